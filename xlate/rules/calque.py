"""XL103 calque: an unlisted, word-for-word rendering of a glossary concept.

What counts as a target (target_parts), and the two shapes of a calque: the preferred English name
reordered (reorders_preferred) and the Spanish term mirrored word by word (mirrors_spanish). The
machinery is elsewhere: the targets' index, kept between runs, in calque_targets.py; which words
can mirror Spanish, judged once per run, in mirror_words.py.
"""

from __future__ import annotations

import bisect
import sys
from itertools import compress
from operator import attrgetter

from xlate.text import names
from xlate.glossary import model
from xlate.glossary.model import Concept
from xlate.text.fold import fold
from xlate.text.names import content_keys, content_sequence, likely_cognates, name_phrases, word_chains
from xlate.rules.base import Case, Rule, register
from xlate.rules.calque_targets import Target, TargetIndex, TargetParts, target_index
from xlate.rules.mirror_words import MirrorWords, mirror_seeds
from xlate.rules.usage import listed_spans


PERSON = "person"   # the category of people's names in a glossary (docs/glossary.md)


def target_parts(concept: Concept) -> TargetParts | None:
    """What the concept gives XL103 to look for (calque_targets.py indexes it), None if it is no
    target. People are none: a name is never translated, so another order of its words or a
    look-alike name ("Natalia Pérez Espinoza" beside "Natalia Espinoza Pérez") is another person,
    not a word-for-word rendering. A target needs a preferred English name, of two content words or
    more unless a Spanish term of two words or more (not an abbreviation) can be mirrored."""
    if concept.category.casefold() == PERSON:
        return None
    spanish = tuple(seq for t in concept.terms if t.lang == "es" and not t.is_abbreviation
                    for seq in [content_sequence(t.text)] if len(seq) >= 2)
    content = frozenset(content_keys(concept.preferred_en))
    if len(content) < 2 and not spanish or not content:
        return None
    return TargetParts(content, spanish)


def targets(glossary) -> TargetIndex:
    """The concepts with a multi-word rendering, indexed (calque_targets.py; kept between runs)."""
    return target_index(glossary, target_parts, (sys.modules[__name__], names, model))


def reorders_preferred(content: frozenset[str], target: Target) -> bool:
    """All the preferred name's content words, reordered, plus at most one word that mirrors the Spanish."""
    if len(target.content) < 2 or not target.content <= content:
        return False
    extra = content - target.content
    return len(extra) <= 1 and all(any(likely_cognates(e, s) for s in target.spanish_words) for e in extra)


def mirrors_spanish(content: tuple[str, ...], target: Target) -> bool:
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
    rationale = ("A name rendered word for word reads as translated, and readers cannot tell that it names the "
                 "institution the glossary's form names.")
    cases = (
        Case.wrong("Kast took a tour of the Center of Confinement of Terrorism.", flagged="Center of Confinement of Terrorism",
                   suggestion="Terrorism Confinement Center",
                   message='"Center of Confinement of Terrorism" looks like a word-for-word rendering of '
                           '"Centro de Confinamiento del Terrorismo" (glossary entry cecot); use "Terrorism '
                           'Confinement Center"', why="the Spanish name, word by word"),
        Case.wrong("Kast took a tour of the Center of Terrorism Confinement.", flagged="Center of Terrorism Confinement",
                   suggestion="Terrorism Confinement Center", why="the preferred name's words in another order"),
        Case.right("Kast took a tour of the Terrorism Confinement Center.", why="the preferred term"),
    )

    def check(self, doc, ctx):
        for start, end, text, target in calques(doc, ctx):
            yield self.report(doc, start, end, f'"{text}" looks like a word-for-word rendering of "{target.label}" '
                                               f'(glossary entry {target.concept_id}); '
                                               f'use "{target.preferred}"', [target.preferred], ctx)


def calques(doc, ctx) -> list[tuple[int, int, str, "Target"]]:
    """(start, end, text, target) of the document's calques, none overlapping another: what XL103
    reports, and what tells XL701 that a paragraph renders a concept (word for word). Once per
    document."""
    if doc.derived.calques is None:
        index = ctx.shared("calque_targets", lambda: targets(ctx.glossary))
        reported: list[tuple[int, int, str, Target]] = []
        for start, end, text, target in _candidates(doc, index, ctx) if index else ():
            if not any(a < end and start < b for a, b, *_ in reported):
                reported.append((start, end, text, target))
        doc.derived.calques = reported
    return doc.derived.calques


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


def mirror_chains(doc, start: int, end: int, index: TargetIndex, ctx):
    """The word chains in [start, end) that could mirror a target's Spanish term (see mirror_seeds)."""
    words = ctx.shared("calque_mirror_words", lambda: MirrorWords(index.spanish_words()))
    seeds = mirror_seeds(doc, words)
    lo, hi = doc.tokens.between(start, end)
    if bisect.bisect_left(seeds, lo) == bisect.bisect_left(seeds, hi):
        return ()
    return word_chains(doc, start, end, anchors=index.mirror_keys, seeds=seeds, usable=words.usable)


def _reordering_candidates(content: frozenset[str], index: TargetIndex) -> list[Target]:
    """Targets whose content is the phrase's, or the phrase's but one word."""
    keys = [content] + [content - {k} for k in content]
    return [t for key in keys for t in index.with_content(key)]


def _mirror_candidates(content: tuple[str, ...], index: TargetIndex) -> list[Target]:
    """Targets with a Spanish term of as many content words, with the same initials (cognates
    share their first letter), whose preferred English shares a content word with the phrase."""
    return index.with_initials(content)


def _matched(spans, index: TargetIndex, candidates, test, listed) -> list[tuple[int, int, str, Target]]:
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


def _ranked_matches(index: TargetIndex, content, candidates, test) -> tuple[Target, ...]:
    """The targets content matches, in the order a scan of the concepts under each key, in sorted
    key order, would find them: the same answer in every process and whatever the candidates'
    order."""
    keys = set(content)
    ranked = sorted(candidates(content, index), key=lambda t: (min(keys & t.content), t.position))
    return tuple(t for t in ranked if test(content, t))


def _first(matches: tuple[Target, ...], text: str) -> Target | None:
    """The first matching target that does not already list text (XL101 and XL102 judge those)."""
    folded = fold(text)
    return next((t for t in matches if not t.lists(folded)), None)
