from __future__ import annotations

import bisect
import sys
import zlib
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

import regex

from xlate.text import names
from xlate.glossary import model
from xlate.glossary.cache import memoized
from xlate.glossary.model import Concept
from xlate.text.fold import fold
from xlate.text.names import (CONNECTORS, content_key, content_keys, content_sequence, likely_cognates, name_phrases, word_chains)
from xlate.rules.base import Rule, register
from xlate.rules.usage import listed_spans


PERSON = "person"   # the category of people's names in a glossary (docs/glossary.md)


@dataclass(frozen=True, slots=True)   # one per concept of the glossary
class _Target:
    concept: Concept
    content: frozenset[str]                 # content keys of the preferred English term
    spanish: tuple[tuple[str, ...], ...]    # content keys of each Spanish term, in order
    position: int = 0                       # in the glossary

    @property
    def spanish_words(self) -> set[str]:
        return {w for seq in self.spanish for w in seq}

    # What a message says: read from the concept when one is reported, not kept for each target.
    @property
    def concept_id(self) -> str:
        return self.concept.id

    @property
    def label(self) -> str:
        return self.concept.label

    @property
    def preferred(self) -> str:
        return self.concept.preferred_en

    def lists(self, folded: str) -> bool:
        """The glossary already has this form for the concept (XL101 and XL102 judge those)."""
        return any(fold(t.text) == folded for t in self.concept.terms)


@dataclass
class _Index:
    """Targets found without scanning every concept that shares a common word ("national"):
    by their exact set of English content keys (a reordering uses all of them, plus at most one
    more word) and by the first letters of a Spanish term (cognates share their first letter)
    together with each content key of the preferred English (the phrase must share one).

    Plain data (the glossary cache keeps it whole between runs) that names targets by their number;
    a _Target is made when a document first needs it, as most never are."""
    concepts: list[Concept]                            # the glossary's, which targets refer to by position
    targets: list[tuple[int, frozenset[str], tuple]]   # (concept position, content, spanish)
    by_content: dict[frozenset[str], list[int]]
    by_letters: dict[str, list[int]]        # _letters_key(initials, English key) -> target numbers
    mirror_keys: set[str]                   # English keys of the targets in by_letters
    matches: dict = field(default_factory=dict, compare=False)   # test name -> content -> targets, filled as documents are read
    _made: dict[int, _Target] = field(default_factory=dict, compare=False)

    def __bool__(self) -> bool:
        return bool(self.targets)

    def with_content(self, content: frozenset[str]) -> list[_Target]:
        return [self._target(i) for i in self.by_content.get(content, ())]

    def with_letters(self, letters_key: str) -> list[_Target]:
        return [self._target(i) for i in self.by_letters.get(letters_key, ())]

    def spanish_words(self) -> set[str]:
        return {w for _, _, spanish in self.targets for seq in spanish for w in seq}

    def _target(self, number: int) -> _Target:
        if number not in self._made:
            position, content, spanish = self.targets[number]
            self._made[number] = _Target(self.concepts[position], content, spanish, position)
        return self._made[number]


def _letters(keys) -> str:
    """How many content keys, and their initials in order: '3cct' for (centro, confinamiento, terrorismo)."""
    return f"{len(keys)}{''.join(sorted(k[:1] for k in keys))}"


def _letters_key(signature: str, english_key: str) -> str:
    """One string, not a tuple of tuples: at 50,000 concepts the index holds a quarter of a million."""
    return f"{signature}|{english_key}"


def _targets(glossary) -> _Index:
    """Concepts with a multi-word rendering; order is the glossary's, which decides ties. What each
    concept contributes is kept between runs (xlate/glossary/cache.py): 2 s at 50,000 concepts."""
    plain = memoized("calque", glossary, (sys.modules[__name__], names, model), lambda known: _index(glossary, known))
    return _Index(glossary.concepts, *plain)


def _index(glossary, known: dict) -> tuple[tuple, dict, int]:
    """The index's plain data (all but the concepts), the target parts of every concept by what they
    derive from, how many were new."""
    targets, by_content, by_letters, mirror_keys = [], {}, {}, set()
    parts, worked_out = {}, 0
    for position, concept in enumerate(glossary):
        key = _concept_key(concept)
        if key in known:
            parts[key] = known[key]
        else:
            parts[key], worked_out = _target_parts(concept), worked_out + 1
        if parts[key] is None:
            continue
        content, spanish, letter_keys = parts[key]
        number = len(targets)
        targets.append((position, content, spanish))
        by_content.setdefault(content, []).append(number)
        for letter_key in letter_keys:
            by_letters.setdefault(letter_key, []).append(number)
        if letter_keys:
            mirror_keys.update(content)
    return (targets, by_content, by_letters, mirror_keys), parts, worked_out


def _concept_key(concept) -> tuple[str, int]:
    """What a concept's target parts derive from: its id and a CRC of its terms. A CRC, not the terms
    themselves: 50,000 concepts' worth of copied terms, read back each run, cost 35 MB; two versions
    of one concept with the same CRC (one chance in four billion) would only keep a stale target."""
    terms = "\0".join(f"{t.text}\1{t.lang}\1{t.status}\1{t.type}" for t in concept.terms)
    return concept.id, zlib.crc32(f"{concept.keep_spanish}\0{concept.category}\0{terms}".encode())


def _target_parts(concept) -> tuple | None:
    """The _Target fields the concept gives, but the concept itself and its position, then its
    by_letters keys (the _letters of each Spanish term with each English content key); None if it is
    no target. People are none: a name is never translated, so another order of its words or a
    look-alike name ("Natalia Pérez Espinoza" beside "Natalia Espinoza Pérez") is another person,
    not a word-for-word rendering."""
    if concept.category.casefold() == PERSON:
        return None
    preferred = concept.preferred_en
    # Keys interned (and kept interned by the marshalled cache): at 50,000 concepts, one "national"
    # instead of thousands saves tens of megabytes.
    spanish = tuple(tuple(map(sys.intern, seq)) for t in concept.terms if t.lang == "es" and not t.is_abbreviation
                    for seq in [content_sequence(t.text)] if len(seq) >= 2)
    content = frozenset(map(sys.intern, content_keys(preferred)))
    if len(content) < 2 and not spanish or not content:
        return None
    signatures = {_letters(seq) for seq in spanish}
    return content, spanish, tuple(sys.intern(_letters_key(s, key)) for s in signatures for key in content)


def reorders_preferred(content: frozenset[str], target: _Target) -> bool:
    """All the preferred name's content words, reordered, plus at most one word that mirrors the Spanish."""
    if len(target.content) < 2 or not target.content <= content:
        return False
    extra = content - target.content
    return len(extra) <= 1 and all(any(likely_cognates(e, s) for s in target.spanish_words) for e in extra)


def mirrors_spanish(content: tuple[str, ...], target: _Target) -> bool:
    """Word for word from the Spanish: 'regime of exception' for 'régimen de excepción'. Two words
    must keep the Spanish order (in English order they are often a fair rendering); from three
    words on, the order may shift ('Court Supreme of Justice of the Nation'), and from four one
    word may be translated rather than mirrored ('Bank Central of the Argentine Republic')."""
    for seq in target.spanish:
        if len(seq) != len(content):
            continue
        if all(map(likely_cognates, content, seq)):
            return True
        spare = 1 if len(seq) >= 4 else 0
        if len(seq) >= 3 and _unpaired(content, seq) <= spare and _pairs_up(list(content), list(seq), spare):
            return True
    return False


def _unpaired(english, spanish) -> int:
    """How many English words are a cognate of no Spanish word: more than the spare, and no pairing
    can work. A quick test first, as with a large glossary most candidates are other people's names."""
    return sum(not any(likely_cognates(e, s) for s in spanish) for e in english)


def _pairs_up(english: list[str], spanish: list[str], spare: int = 0) -> bool:
    """Each English word a cognate of a different Spanish word, but for `spare` of them that only
    begin alike (bank/banco); a tiny bipartite matching, as names have at most six content words."""
    if not english:
        return True
    first, rest = english[0], english[1:]
    if spare and any(first[:2] == s[:2] and _pairs_up(rest, spanish[:i] + spanish[i + 1:], spare - 1)
                     for i, s in enumerate(spanish)):
        return True
    return any(likely_cognates(first, s) and _pairs_up(rest, spanish[:i] + spanish[i + 1:], spare)
               for i, s in enumerate(spanish))


@register
class Calque(Rule):
    """An unlisted, word-for-word rendering of a glossary concept. Two shapes are recognised: a
    capitalised name that uses the content words of the preferred English name in another order
    or with other small words ("Center of Terrorism Confinement" for "Terrorism Confinement
    Center"; one extra word is allowed when it mirrors the Spanish name, as in "Supreme Court of
    Justice"), and a phrase whose words mirror the Spanish term one by one, in the Spanish order
    ("Center of Confinement of Terrorism" for "Centro de Confinamiento del Terrorismo", "regime of
    exception" for "régimen de excepción"). The phrase must share a content word with the preferred
    English, and forms the glossary lists are left to XL101 and XL102."""

    code = "XL103"
    name = "calque"
    kind = "rendering"
    severity = "warning"
    summary = "An unlisted word-for-word rendering of a glossary term; use the preferred term."
    example = ('a tour of the Center of Confinement of Terrorism\n'
               '-> XL103 "Center of Confinement of Terrorism" looks like a word-for-word rendering of "Centro de Confinamiento del Terrorismo" (glossary entry cecot); '
               'use "Terrorism Confinement Center"')

    def check(self, doc, ctx):
        for start, end, text, target in calques(doc, ctx):
            yield self.report(doc, start, end, f'"{text}" looks like a word-for-word rendering of "{target.label}" '
                                               f'(glossary entry {target.concept_id}); '
                                               f'use "{target.preferred}"', [target.preferred], ctx)


def calques(doc, ctx) -> list[tuple[int, int, str, "_Target"]]:
    """(start, end, text, target) of the document's calques, none overlapping another: what XL103
    reports, and what tells XL701 that a paragraph renders a concept (word for word). Once per
    document."""
    if "calques" not in doc.derived:
        index = ctx.shared("calque-targets", lambda: _targets(ctx.glossary))
        reported: list[tuple[int, int, str, _Target]] = []
        for start, end, text, target in _candidates(doc, index, ctx) if index else ():
            if not any(a < end and start < b for a, b, *_ in reported):
                reported.append((start, end, text, target))
        doc.derived["calques"] = reported
    return doc.derived["calques"]


def _candidates(doc, index, ctx):
    """(start, end, text, target) in English paragraphs, longest spans first within each paragraph;
    none inside a glossary term, which XL101 and XL102 judge."""
    listed = listed_spans(doc, ctx)
    found = []
    for language, start, end in doc.stretches():   # most documents are one stretch: no call per paragraph
        if language != "en":
            continue
        found += _matched(name_phrases(doc, start, end), index, _reordering_candidates, reorders_preferred, listed)
        found += _matched(mirror_chains(doc, start, end, index, ctx), index, _mirror_candidates, mirrors_spanish,
                          listed)
    return sorted(found, key=lambda f: (doc.paragraph_index(f[0]), f[0] - f[1], f[0]))


# Word letters of a document's mirror shape: c a cognate of some target's Spanish word, s a word
# that only begins like one (the spare), k a connector, x anything else; " " between words joined
# by one space, "|" otherwise.
_COGNATE_PAIR_RE = regex.compile(r"c(?: k)*(?: s(?: k)*)? c")


class _MirrorWords:
    """Which words can be part of a word-for-word rendering: each must be a cognate of a Spanish
    word of some target, except one word of a long name that need only begin like one (bank/banco).
    Few words of a text are, so a chain is only followed where they cluster."""

    def __init__(self, index: _Index):
        spanish = index.spanish_words()
        self.by_start: dict[tuple[str, int], list[tuple[str, frozenset]]] = {}   # by initial and length
        for word in sorted(spanish):
            key = content_key(word)
            self.by_start.setdefault((key[:1], len(key)), []).append((key, _letter_bag(key)))
        self.beginnings = {w[:2] for w in spanish}
        self.cognates: dict[str, bool] = {}   # by content key
        self.letters: dict[str, str] = {}      # by word, as written

    def is_cognate(self, key: str) -> bool:
        if key not in self.cognates:
            self.cognates[key] = self._find_cognate(key)
        return self.cognates[key]

    def _find_cognate(self, key: str) -> bool:
        english = content_key(key)   # as likely_cognates sees it
        size = len(english)
        if size < 4:   # likely_cognates asks short words to be equal
            return any(english == spanish for spanish, _ in self.by_start.get((english[:1], size), ()))
        letters = _letter_bag(english)
        for length in range(4, 2 * size):
            total = size + length
            # difflib's ratio cannot exceed what the lengths and the shared letters allow
            # (its real_quick_ratio and quick_ratio): most words are never compared in full.
            if 2 * min(size, length) < 0.75 * total:
                continue
            for spanish, spanish_letters in self.by_start.get((english[:1], length), ()):
                if 2 * len(letters & spanish_letters) >= 0.75 * total and likely_cognates(key, spanish):
                    return True
        return False

    def letter(self, word: str) -> str:
        if fold(word) in CONNECTORS:
            return "k"
        key = content_key(word)
        return "c" if self.is_cognate(key) else "s" if key[:2] in self.beginnings else "x"

    def shape(self, doc) -> str:
        """The document's words as mirror letters (see Tokens.shape)."""
        if "mirror-shape" not in doc.derived:
            letters = self.letters
            for word in doc.distinct_words.difference(letters):
                letters[word] = self.letter(word)
            doc.derived["mirror-shape"] = doc.tokens.shape(letters)
        return doc.derived["mirror-shape"]

    def usable(self, key: str, before: list[str] | tuple = ()) -> bool:
        """key may follow the content keys before it in a mirror: a cognate, or the one spare word."""
        return self.is_cognate(key) or key[:2] in self.beginnings and all(map(self.is_cognate, before))


def _letter_bag(word: str) -> frozenset[tuple[str, int]]:
    """Each letter of word with its count so far ("nación": (n, 1), (a, 1), ..., (n, 2)): the size
    of two bags' intersection is how many letters the words share, counted in C."""
    return frozenset((letter, word.count(letter, 0, i + 1)) for i, letter in enumerate(word))


def mirror_chains(doc, start: int, end: int, index: _Index, ctx):
    """The word chains in [start, end) that could mirror a target's Spanish term (see mirror_seeds)."""
    words = ctx.shared("calque-mirror-words", lambda: _MirrorWords(index))
    seeds = mirror_seeds(doc, words)
    lo, hi = doc.tokens.between(start, end)
    if bisect.bisect_left(seeds, lo) == bisect.bisect_left(seeds, hi):
        return ()
    return word_chains(doc, start, end, anchors=index.mirror_keys, seeds=seeds, usable=words.usable)


def mirror_seeds(doc, words: _MirrorWords) -> list[int]:
    """Where a mirror may start, in word order. A mirror holds two cognates with nothing but
    connectors and at most one spare word between them, so chains are only followed from such
    pairs, found by a regex over the document's shape, or from the content word just before."""
    if "mirror-seeds" not in doc.derived:
        shape, seeds = words.shape(doc), set()
        for pair in _COGNATE_PAIR_RE.finditer(shape, overlapped=True):
            first = pair.start() // 2
            k = first - 1
            while k >= 0 and shape[2 * k] == "k":
                k -= 1
            seeds.update((first, k) if k >= 0 else (first,))
        doc.derived["mirror-seeds"] = sorted(seeds)
    return doc.derived["mirror-seeds"]


def _reordering_candidates(content: frozenset[str], index: _Index) -> list[_Target]:
    """Targets whose content is the phrase's, or the phrase's but one word."""
    keys = [content] + [content - {k} for k in content]
    return [t for key in keys for t in index.with_content(key)]


def _mirror_candidates(content: tuple[str, ...], index: _Index) -> list[_Target]:
    keys = index.mirror_keys.intersection(content)
    if not keys:
        return []
    signature = _letters(content)
    found = {t.position: t for key in keys for t in index.with_letters(_letters_key(signature, key))}
    return list(found.values())


def _matched(spans, index: _Index, candidates, test, listed) -> list[tuple[int, int, str, _Target]]:
    """(start, end, text, target) of each span (NamePhrase or Chain) whose content matches a target,
    but those inside a glossary term. The matches of a content are kept for the run, as the same
    names and chains recur across an archive; so most spans are sifted out by a dict lookup in C,
    not a Python call each."""
    spans = list(spans)
    contents = list(map(attrgetter("content"), spans))
    known = index.matches.setdefault(test.__name__, {})
    new = set(contents).difference(known)
    for span in compress(spans, map(new.__contains__, contents)):
        # Not for spans inside glossary terms: with a large glossary, most are names it lists.
        if span.content not in known and not listed.cover(span.start, span.end):
            known[span.content] = _ranked_matches(index, span.content, candidates, test)
    found = []
    for span in compress(spans, map(known.get, contents)):
        target = None if listed.cover(span.start, span.end) else _first(known[span.content], span.text)
        if target:
            found.append((span.start, span.end, span.text, target))
    return found


def _ranked_matches(index: _Index, content, candidates, test) -> tuple[_Target, ...]:
    """The targets content matches, in the order a scan of the concepts under each key, in sorted
    key order, would find them: the same answer in every process and whatever the candidates'
    order."""
    keys = set(content)
    ranked = sorted(candidates(content, index), key=lambda t: (min(keys & t.content), t.position))
    return tuple(t for t in ranked if test(content, t))


def _first(matches: tuple[_Target, ...], text: str) -> _Target | None:
    """The first matching target that does not already list text (XL101 and XL102 judge those)."""
    folded = fold(text)
    return next((t for t in matches if not t.lists(folded)), None)
