"""Capitalised name phrases and the content words that identify them.

"Center of Confinement of Terrorism" and "Terrorism Confinement Center" share
their content words; comparing those (not the word order or the small words
between them) is how calques and re-orderings of a name are recognised.
"""

from __future__ import annotations

import bisect
from itertools import compress, repeat
from functools import lru_cache
from typing import Iterator, NamedTuple

from xlate.infra import patterns
from xlate.text.fold import fold

CONNECTORS = frozenset("of the for against de del la las los el".split())
_BRITISH = {"centre": "center", "defence": "defense", "programme": "program", "labour": "labor",
            "organisation": "organization", "organised": "organized"}
_POSSESSIVE = patterns.compile(r"['’]s$")
_LETTERS = patterns.compile(r"\p{L}[\p{L}\p{M}'’]*")


class NamePhrase(NamedTuple):
    start: int
    end: int
    text: str
    content: frozenset[str]   # content keys of its capitalised words


@lru_cache(maxsize=65536)
def content_key(word: str) -> str:
    """Fold case and accents, US spelling, no possessive or plural -s: 'Centres' -> 'center'."""
    key = fold(_POSSESSIVE.sub("", word))
    key = _BRITISH.get(key, key)
    if len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        key = _BRITISH.get(key[:-1], key[:-1])
    return key


def content_keys(text: str) -> frozenset[str]:
    return frozenset(content_key(w) for w in _LETTERS.findall(text)
                     if fold(w) not in CONNECTORS)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@lru_cache(maxsize=262144)   # the same pairs come up for every occurrence of a name
def likely_cognates(english: str, spanish: str) -> bool:
    """confinement/confinamiento, court/corte, nation/nación: same first letter, mostly the same letters."""
    english, spanish = _without_prothetic_e(content_key(english), content_key(spanish))
    if english[:1] != spanish[:1] or min(len(english), len(spanish)) < 4:
        return english == spanish
    return _ratio_at_least(english, spanish, 0.75)


_VOWELS = frozenset("aeiou")


def _without_prothetic_e(one: str, other: str) -> tuple[str, str]:
    """Two keys with the e Spanish puts before an s and a consonant taken off the one that has it, when the
    other opens with that s and consonant: estado/state, esterilizado/sterilized, estación/station."""
    for first, second in ((one, other), (other, one)):
        if second.startswith("es") and first.startswith(second[1:3]) and second[2:3] not in _VOWELS and len(second) > 3:
            return (first, second[1:]) if first is one else (second[1:], first)
    return one, other


def _ratio_at_least(first: str, second: str, least: float) -> bool:
    """Whether difflib's ratio of two words is at least `least`. The blocks difflib matches are a
    common subsequence of the words, so the longest common subsequence (rapidfuzz, in C: 0.3 us
    against difflib's 50) bounds its ratio from above; it settles nineteen pairs in twenty
    (real-news en, XL801's descriptions: 7,546 pairs, 316 left for difflib, all cognates)."""
    from rapidfuzz.distance import LCSseq   # here: imported by the first comparison (the spelling check's suggestions import it too)
    total = len(first) + len(second)
    if 2.0 * LCSseq.similarity(first, second) / total < least:
        return False
    from difflib import SequenceMatcher   # here: one pair in twenty gets this far, and most checks none
    return SequenceMatcher(None, first, second, autojunk=False).ratio() >= least


def content_sequence(text: str) -> tuple[str, ...]:
    """Content keys in their order: 'Centro de Confinamiento del Terrorismo' -> (centro, confinamiento, terrorismo)."""
    return tuple(content_key(w) for w in _LETTERS.findall(text) if fold(w) not in CONNECTORS)


class Chain(NamedTuple):
    start: int
    end: int
    text: str
    content: tuple[str, ...]


# One letter per word, to find name runs with a regex over the document's shape rather than a
# Python loop over its words: N a capitalised word, T a capitalised connector ("The", "De"),
# k a lowercase connector, o anything else; between words, " " for a single space, "|" otherwise.
_NAME_RUN_RE = patterns.compile(r"N(?: [NTk])*")
# The runs holding two names or more: a lone capitalised word (most of them) never reaches Python.
_TWO_NAME_RUN_RE = patterns.compile(r"N(?: [Tk])* N(?: [NTk])*")
_SHAPES: dict[str, str] = {}
_PHRASE_CONTENT: dict[str, frozenset[str]] = {}   # a name's content keys, the same at every occurrence
_MAX_SHAPES = 200_000   # distinct words remembered; a bound so an archive's vocabulary cannot grow memory forever


def _shape_letter(word: str) -> str:
    if word in CONNECTORS:
        return "k"
    if not is_capitalised(word):
        return "o"
    return "T" if fold(word) in CONNECTORS else "N"


def _shape(doc) -> str:
    if doc.derived.name_shape is None:
        if len(_SHAPES) > _MAX_SHAPES:
            _SHAPES.clear()
            _PHRASE_CONTENT.clear()
        for word in doc.distinct_words.difference(_SHAPES):   # not '- keys()', which walks the whole dict
            _SHAPES[word] = _shape_letter(word)
        doc.derived.name_shape = doc.tokens.shape(_SHAPES)
    return doc.derived.name_shape


def word_chains(doc, start: int, end: int, max_content: int = 6, anchors=None, seeds=None, usable=None) -> Iterator[Chain]:
    """Every run of 2..max_content content words joined by single spaces and connectors, all of them
    capitalised or all lowercase, the way a word-for-word rendering of a Spanish name reads.
    With anchors (a set of content keys), only the runs that hold one of them; with seeds (word
    indices, sorted), only the runs that start there; with usable(content key, content so far) -> bool,
    a run stops at the first word it refuses: callers that know which words can take part skip
    the rest of the text."""
    tokens = doc.tokens
    lo, hi = tokens.between(start, end)
    texts, starts, ends, gaps = tokens.texts, tokens.starts, tokens.ends, tokens.gaps
    if seeds is not None:
        seeds = seeds[bisect.bisect_left(seeds, lo):bisect.bisect_left(seeds, hi)]
    for i in (range(lo, hi) if seeds is None else seeds):
        connector, first_key, capitalised = _chain_facts(texts[i])
        if connector or usable is not None and not usable(first_key, ()):
            continue
        content = [first_key]
        anchored = anchors is None or first_key in anchors
        for j in range(i + 1, hi):
            if gaps[j - 1] != " " or len(content) >= max_content:
                break
            connector, key, same_case = _chain_facts(texts[j])
            if connector:
                continue
            if same_case != capitalised or usable is not None and not usable(key, content):
                break
            content.append(key)
            anchored = anchored or key in anchors
            if anchored:
                yield Chain(starts[i], ends[j], doc.prose[starts[i]:ends[j]], tuple(content))


@lru_cache(maxsize=65536)
def _chain_facts(word: str) -> tuple[bool, str, bool]:
    """(is a connector, content key, is capitalised): what word_chains asks of every word."""
    return fold(word) in CONNECTORS, content_key(word), is_capitalised(word)


def name_phrases(doc, start: int = 0, end: int | None = None, min_words: int = 2) -> list[NamePhrase]:
    """Runs of capitalised words, with lowercase connectors between them, inside one line: those
    wholly inside [start, end). A run never crosses a paragraph, so paragraph bounds lose none."""
    end = len(doc.prose) if end is None else end
    phrases, starts = _document_phrases(doc, min_words)
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [p for p in phrases[lo:hi] if p.end <= end]


def _document_phrases(doc, min_words: int) -> tuple[list[NamePhrase], list[int]]:
    """Every name run of the document, and where each starts; found once, asked for by paragraph.
    A document holds dozens of runs: each step below goes over all of them at once, in C where it
    can, and the phrases are made as plain tuples (tuple.__new__), without a Python call each."""
    found_before = doc.derived.name_phrases
    if min_words not in found_before:
        tokens, shape = doc.tokens, _shape(doc)
        found = [(run.start() // 2, shape[run.start():run.end():2].rstrip("k"))   # a run ends on a name
                 for run in (_TWO_NAME_RUN_RE if min_words >= 2 else _NAME_RUN_RE).finditer(shape)]
        if min_words > 1:   # (every run holds one name: it starts with one)
            found = [(first, letters) for first, letters in found if letters.count("N") >= min_words]
        starts = [tokens.starts[first] for first, _ in found]
        ends = [tokens.ends[first + len(letters) - 1] for first, letters in found]
        texts = list(map(doc.prose.__getitem__, map(slice, starts, ends)))
        for text, (first, letters) in zip(texts, found):
            if text not in _PHRASE_CONTENT:   # the content keys of its capitalised words, not its connectors
                names = compress(tokens.texts[first:first + len(letters)], map("N".__eq__, letters))
                _PHRASE_CONTENT[text] = frozenset(map(content_key, names))
        phrases = list(map(tuple.__new__, repeat(NamePhrase),
                           zip(starts, ends, texts, map(_PHRASE_CONTENT.__getitem__, texts))))
        found_before[min_words] = phrases, starts
    return found_before[min_words]
