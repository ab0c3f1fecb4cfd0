"""Which documents pair up: a Spanish original and its English translation, by file-name pattern
(Hugo's NAME.es.md / NAME.en.md by default, configurable) or as given (`--pair SRC TGT`); and a
bilingual file (XLIFF, PO, TMX) with itself: its sources and its targets, unit by unit."""

from __future__ import annotations

import os
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from xlate.core.document import Document
from xlate.core.pairs import AlignedParagraph, Pair


def counterpart(path: str, patterns) -> str | None:
    """The English file a Spanish file's name pairs with, if its path fits a pattern. {name}
    stands for one path component, or for several when the pattern itself has a slash
    (es/{name}.md -> en/{name}.md for per-language folders)."""
    posix = Path(path).as_posix()
    for ending, pattern, english in _name_patterns(tuple(map(tuple, patterns))):
        m = posix.endswith(ending) and pattern.search(posix)   # most paths end otherwise: no search
        if m:
            return posix[:m.start()] + english.replace("{name}", m.group("name"))
    return None


@lru_cache(maxsize=64)
def _name_patterns(patterns: tuple) -> list[tuple[str, re.Pattern, str]]:
    """(what the path must end with, the pattern, the English name) for each (Spanish, English)
    pattern, compiled once: a run asks about every file, twice."""
    made = []
    for spanish, english in patterns:
        before, after = spanish.split("{name}")
        name = r".+?" if "/" in spanish else r"[^/]+"
        pattern = re.compile(rf"(?:^|(?<=/)){re.escape(before)}(?P<name>{name}){re.escape(after)}\Z")
        made.append((after, pattern, english))
    return made


def unchecked_originals(docs: list[Document], patterns) -> list[Path]:
    """Spanish originals of the English files being checked that are not checked themselves, so a
    translation is compared with its original even when only the translation changed (pre-commit)."""
    reverse = [(english, spanish) for spanish, english in patterns]
    checked = {os.path.normpath(d.path) for d in docs}
    originals = (counterpart(d.path, reverse) for d in docs)
    return [Path(o) for o in originals if o and os.path.normpath(o) not in checked and Path(o).is_file()]


def pairs_apart(paths: list[str], patterns, bilingual=frozenset()) -> dict[str, str]:
    """The pairs among paths that stand apart from every other path, each side's path (normalised)
    to its partner's: a Spanish file whose counterpart is among paths and names it back, neither
    side with a counterpart the other way nor named by any other path, neither a bilingual file;
    and a bilingual file (its sources and its targets) that no name pairs with another, partner of
    itself. find_pairs finds such a pair alike over its documents alone and over every document of
    a run, so its pair rules may run as soon as its sides are read (steps.PairsAsRead), and the
    other pairs be found without them."""
    reverse = [(english, spanish) for spanish, english in patterns]
    keys = {os.path.normpath(p): p for p in paths}
    forward = {key: os.path.normpath(other) for key, path in keys.items() if (other := counterpart(path, patterns))}
    backward = {key: os.path.normpath(other) for key, path in keys.items() if (other := counterpart(path, reverse))}
    named = Counter([*forward.values(), *backward.values()])
    apart = {key: key for key in bilingual if key in keys and key not in forward and key not in backward
             and not named[key]}
    for spanish, english in forward.items():
        if (english in keys and backward.get(english) == spanish and spanish not in backward and english not in forward
                and named[spanish] == named[english] == 1 and not {spanish, english} & bilingual):
            apart[spanish], apart[english] = english, spanish
    return apart


def partners_within(paths: list[str], partners: dict[str, str], reach: int) -> dict[str, str]:
    """The pairs of partners (pairs_apart) whose two sides are both among paths, at most reach
    places apart: what one pass over paths can pair while holding at most reach documents."""
    place = {os.path.normpath(p): n for n, p in enumerate(paths)}
    return {key: other for key, other in partners.items()
            if key in place and other in place and abs(place[key] - place[other]) <= reach}


def find_pairs(docs: list[Document], patterns, explicit=()) -> list[Pair]:
    """Pairs among docs by name pattern, plus the explicit (spanish_path, english_path) pairs."""
    by_path = {os.path.normpath(d.path): d for d in docs}
    pairs, paired = [], set()
    for spanish, english in explicit:
        es, en = by_path.get(os.path.normpath(str(spanish))), by_path.get(os.path.normpath(str(english)))
        if es and en:
            pairs.append(Pair(es, en))
            paired.add(os.path.normpath(es.path))
    for doc in docs:
        other = counterpart(doc.path, patterns)
        if other and os.path.normpath(doc.path) not in paired and os.path.normpath(other) in by_path:
            pairs.append(Pair(doc, by_path[os.path.normpath(other)]))
    return pairs + [pair for pair in map(unit_pair, docs) if pair]


def unit_pair(doc: Document) -> Pair | None:
    """A bilingual file between Spanish and English as a pair: a view of the file whose prose is the
    sources, and the file itself (its prose, the targets), each unit's source and target aligned.
    Spanish sources translated into English are a Spanish original and its English translation; English
    sources translated into Spanish an English original (Pair.original "en") and its Spanish translation."""
    segments = doc.segments
    if not segments:
        return None
    target = doc.language_hint or _mostly(doc)
    source = "es" if target == "en" else "en" if target == "es" else ""
    if not source:
        return None
    sources = Document(doc.path, doc.text, format=doc.format, language_hint=segments.source_language or None,
                       file_map=doc.file_map)
    sources.prose = segments.prose(doc.text, "source")   # set before anything reads the view's words
    if segments.source_language not in (source, "") or _mostly(sources) != source:
        return None
    source_at = {p.start: p for p in sources.paragraphs}
    target_at = {p.start: p for p in doc.paragraphs}
    units = [(source_at[u.source_spans[0][0]], target_at[u.target_spans[0][0]]) for u in segments.units
             if u.source_spans and u.target_spans and u.source_spans[0][0] in source_at
             and u.target_spans[0][0] in target_at]
    if source == "es":
        return Pair(sources, doc, aligned=[AlignedParagraph(es, en, (en,)) for es, en in units])
    return Pair(doc, sources, aligned=[AlignedParagraph(es, en, (en,)) for en, es in units], original="en")


def _mostly(doc: Document) -> str:
    """The language most of doc's prose is in, by paragraph length."""
    weight: dict[str, int] = {}
    for paragraph in doc.paragraphs:
        weight[paragraph.language] = weight.get(paragraph.language, 0) + paragraph.end - paragraph.start
    return max(weight, key=weight.get) if weight else ""
