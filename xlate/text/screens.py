"""Screens: a pattern's search turned down before it runs, by the words every match of it holds.

XL801 reads each figure with some forty patterns, each run on a clause or a window around a mention,
and most find nothing there (a measure's cue words, the verbs of reported speech, a minister's
portfolio, a topic's noun). Every match of such a pattern holds one of a known set of words. A text's
words are indexed once (WordIndex: each folded, with where it starts), and a Screen answers by
bisection whether one of its words stands in a range; where none does, the pattern would find nothing
and is not run.

What a screen's words must be: words of letters that the pattern bounds on both sides as \\b does
(a character no \\w, or the range's end), in any case and with or without accents (both sides are
folded), such that every match holds one of them. A run of letters, marks and digits that starts with
a letter holds such a word whole or not at all, so those runs are what the index keeps. A range's end
may cut a word ("nowhere" cut to "now"); the pattern, which sees no further, reads its first part as a
word, and so does the screen. SCREENED lists every screen with the patterns it stands before:
tests/test_screens.py runs each pattern over real-looking text and fails if a screen turns down a
range where its pattern finds a match.

A pattern anchored at its range's end (a window before a name or a figure: "la provincia de ", "owned by
") is tried forward at every position of the window; FromTheEnd runs it reversed, from where a match
must end, to tell whether there is one (see FromTheEnd).
"""

from __future__ import annotations

import bisect
import unicodedata
from itertools import accumulate, compress, filterfalse
from typing import Iterable, NamedTuple

import regex

from xlate.infra import patterns
from xlate.text.fold import fold, fold_all

# A run of letters, marks and digits that starts with a letter: the characters around it are none of
# these, so none is a \w, and a word a pattern bounds with \b on both sides is one such run, whole.
_RUN = patterns.compile(r"\p{L}[\p{L}\p{M}\p{Nd}]*+")
_RUN_SPLIT = patterns.compile(f"({_RUN.pattern})")   # the same, kept by split between what is none


class WordIndex:
    """A text's runs of letters (_RUN_SPLIT), each folded, with where it starts; and, per screen
    asked, the sorted starts of the runs that are one of its words.

    Made from a document's words when they are at hand (core.document.Tokens, split once for every
    check; a word is a run, or runs joined by an apostrophe or a hyphen, "year-end"): its distinct
    words are folded once (written, folded), which other readers of the document's words share
    (written_folding_to; words_holding and word_starts, for the finders of number words, which bound
    a word by what is no letter rather than by \\b); else by splitting the text."""

    __slots__ = ("text", "tokens", "written", "folded", "distinct", "_runs", "_letter_runs", "_starts", "_offsets")

    def __init__(self, text: str, tokens=None):
        self.text, self.tokens = text, tokens
        if tokens is None:
            parts = _RUN_SPLIT.split(text)   # between, run, between, run, ..., between
            self.written, self._starts = parts[1::2], list(accumulate(map(len, parts), initial=0))[1:-1:2]
        else:
            self.written = list(tokens.distinct)
        self.folded = fold_all(self.written)
        # the folded runs of the words that are several ("year-end": year, end), and which words hold each
        self._runs: dict[str, list[str]] = {}
        if tokens is not None:
            for word in filterfalse(str.isalnum, self.written):
                for run in _RUN.findall(word):
                    self._runs.setdefault(fold(run), []).append(word)
        self.distinct = frozenset(self.folded).union(self._runs)
        self._letter_runs: dict[str, frozenset[str]] | None = None
        self._offsets: dict[Screen, list[int]] = {}

    def written_folding_to(self, words: frozenset[str]) -> set[str]:
        """The distinct words as written that fold to one of words (a document's words only)."""
        hit = words.intersection(self.folded)
        return set(compress(self.written, map(hit.__contains__, self.folded))) if hit else set()

    def words_holding(self, words: frozenset[str]) -> set[str]:
        """The distinct words as written that fold to one of words, or hold one as a folded run of letters
        alone ("half" of "one-half", "mitad" of "ab2mitad"): where a finder that bounds its words by what is
        no letter, not by \\b as a screened pattern does, may find one (quantities.fractions_in, dozens_in,
        ordinals_in). A document's words only."""
        found = self.written_folding_to(words)
        if self._letter_runs is None:
            self._letter_runs = {word: frozenset(map(fold, LETTER_RUN.findall(word)))
                                 for word in self.written if not word.isalpha()}
        found.update(word for word, runs in self._letter_runs.items() if not words.isdisjoint(runs))
        return found

    def word_starts(self, written: set[str]) -> list[int]:
        """Where the document's words that are one of written start, in order (a document's words only)."""
        tokens = self.tokens
        return [tokens.starts[i] for i in tokens.indices_of(written)] if written else []

    def offsets(self, screen: "Screen") -> list[int]:
        """Where the runs that are one of screen's words, or start with one of its prefixes, start, in
        order; worked out once per screen."""
        found = self._offsets.get(screen)
        if found is None:
            hit = set(screen.words.intersection(self.distinct))
            if screen.prefixes:
                hit.update(word for word in self.distinct if word.startswith(screen.prefixes))
            found = self._offsets[screen] = self._starts_of(hit) if hit else []
        return found

    def _starts_of(self, hit: set[str]) -> list[int]:
        """Where the runs that fold to one of hit start, in order."""
        if self.tokens is None:
            return list(compress(self._starts, map(hit.__contains__, self.folded)))
        tokens = self.tokens
        starts = self.word_starts(set(compress(self.written, map(hit.__contains__, self.folded))))
        several = {word for run in hit.intersection(self._runs) for word in self._runs[run]}
        if several:   # the runs' own starts inside their words
            starts = sorted(set(starts).union(tokens.starts[i] + run.start() for i in tokens.indices_of(several)
                                              for run in _RUN.finditer(tokens.texts[i]) if fold(run.group()) in hit))
        return starts

    def cut_at(self, end: int) -> str:
        """The folded first part of the run that end cuts ("now" of "nowhere"), or ""."""
        text, start = self.text, end
        while start > 0 and _in_a_run(text[start - 1]):
            start -= 1
        return fold(text[start:end]) if start < end < len(text) and _in_a_run(text[end]) else ""

    def cut_from(self, start: int, end: int) -> str:
        """The folded last part, up to end, of the run that start cuts ("here" of "nowhere"), or ""."""
        text, stop = self.text, start
        if not 0 < start < len(text) or not _in_a_run(text[start - 1]):
            return ""
        while stop < min(end, len(text)) and _in_a_run(text[stop]):
            stop += 1
        return fold(text[start:stop])


LETTER_RUN = patterns.compile(r"\p{L}+")   # a run of letters alone: what the finders of words bound them by


def _may_cut(text: str, at: int) -> bool:
    """A quick test: False when at stands between two characters of which one is ASCII and no letter
    or digit (a space, a mark of punctuation: most ranges end there), so that at cuts no run."""
    pair = text[at - 1:at + 1] if at > 0 else ""
    return len(pair) == 2 and (pair.isalnum() or not pair.isascii())


def _in_a_run(char: str) -> bool:
    """Whether char is a letter, a mark or a decimal digit: one a run holds (\\p{L}, \\p{M}, \\p{Nd})."""
    return char.isalpha() or char.isdecimal() or char > "\u02ff" and unicodedata.category(char)[0] == "M"


_LAST: list[WordIndex] = [WordIndex("")]   # the index of the text read last: a document's patterns ask of one text


def word_index(text: str, tokens=None) -> WordIndex:
    """The index of text, made once while text is the one read (compared by identity: no hashing);
    from tokens, text's words, if given (document_words)."""
    last = _LAST[0]
    if last.text is not text or tokens is not None and last.tokens is not tokens:
        last = _LAST[0] = WordIndex(text, tokens)
    return last


def document_words(doc) -> WordIndex:
    """The index of a document's text, made from its words (split once for every check)."""
    return word_index(doc.prose, doc.tokens)


class Screen:
    """The words one of which every match of a pattern holds (see the module's docstring), and the
    beginnings of words it may hold instead ("incautad" of "incautados", a pattern's "incautad\\w*")."""

    __slots__ = ("words", "prefixes")

    def __init__(self, words: Iterable[str], prefixes: Iterable[str] = ()):
        self.words = frozenset(fold(word) for word in words)
        self.prefixes = tuple(sorted({fold(prefix) for prefix in prefixes}))

    def may_match(self, text: str, start: int = 0, end: int | None = None, copied: bool = False) -> bool:
        """False when none of the words stands in text[start:end]: the pattern would find nothing
        there. copied: the pattern runs on a copy of text[start:end] (folded, say), where a word
        start cuts is a word too ("here" of "nowhere"); on text itself, \\b sees what stands before."""
        index = _LAST[0]
        if index.text is not text:
            index = word_index(text)
        offsets = index._offsets.get(self)
        if offsets is None:
            offsets = index.offsets(self)
        if end is None or end > len(text):
            end = len(text)
        if offsets:
            at = bisect.bisect_left(offsets, start)
            if at < len(offsets) and offsets[at] < end:
                return True
        if _may_cut(text, end) and self.holds(index.cut_at(end)):
            return True
        return copied and _may_cut(text, start) and self.holds(index.cut_from(start, end))

    def holds(self, word: str) -> bool:
        """Whether word (folded) is one of the words or begins with one of the prefixes."""
        return bool(word) and (word in self.words or word.startswith(self.prefixes))


class Screened:
    """A pattern behind a screen: search, match and finditer run it only where the screen lets them
    (a range of the text that holds one of its words), and find nothing elsewhere, as it would."""

    __slots__ = ("pattern", "screen")

    def __init__(self, pattern, screen: Screen):
        self.pattern, self.screen = pattern, screen

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.search(text, pos, endpos) if self.screen.may_match(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.match(text, pos, endpos) if self.screen.may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.finditer(text, pos, endpos) if self.screen.may_match(text, pos, endpos) else iter(())


class Guard(NamedTuple):
    """A screen, the patterns it stands before, and whether they run on a copy of the range (may_match's copied)."""
    screen: Screen
    patterns: list
    copied: bool


SCREENED: list[Guard] = []   # every screen, for tests/test_screens.py


def screen(words: Iterable[str], *guarded, prefixes: Iterable[str] = (), copied: bool = False) -> Screen:
    """A Screen of words (and prefixes), listed in SCREENED with the patterns it stands before."""
    made = Screen(words, prefixes)
    SCREENED.append(Guard(made, list(guarded), copied))
    return made


def screened(pattern, words: Iterable[str] | Screen, prefixes: Iterable[str] = ()) -> Screened:
    """pattern behind a screen of words, or behind a screen other patterns share (listed in SCREENED)."""
    if isinstance(words, Screen):
        next(guard for guard in SCREENED if guard.screen is words).patterns.append(pattern)
        return Screened(pattern, words)
    return Screened(pattern, screen(words, pattern, prefixes=prefixes))


class FromTheEnd:
    """A pattern every match of which ends where the range searched ends ($: "la provincia de " before a
    name, "owned by " before one), searched from that end. Searched forward, the pattern is tried at every
    position of the range and fails at nearly all of them; run reversed (the regex module's REVERSE flag),
    it is tried where a match must end and read leftwards. Both find a match in the same ranges (one
    pattern, one language of strings), so the reversed pattern decides whether there is one; which match
    is returned is the forward search's (where the match starts and what its groups hold may differ
    between the two directions), unless same_groups says the two give the same for this pattern (listed
    in FROM_THE_END: tests/test_screens.py checks both on real text and on random ranges)."""

    __slots__ = ("pattern", "reversed", "same_groups")

    def __init__(self, pattern, same_groups: bool = False):
        if _DIRECTED.search(pattern.pattern):
            raise ValueError(f"an atomic group, a possessive quantifier or a back-reference reads one way: {pattern.pattern}")
        self.pattern, self.same_groups = pattern, same_groups
        self.reversed = patterns.compile(pattern.pattern, pattern.flags | regex.REVERSE)

    def search(self, text: str, pos: int | None = None, endpos: int | None = None):
        found = self.reversed.search(text, pos, endpos)
        if found is None or self.same_groups:
            return found
        return self.pattern.search(text, pos, endpos)


# What makes the strings a pattern matches depend on the direction it is read in: what an atomic group or a
# possessive quantifier keeps, what a back-reference refers to.
_DIRECTED = patterns.compile(r"\(\?>|(?<!\\)[*+?]\+|\{\d*,?\d*\}\+|\\[1-9]|\(\?P=")

FROM_THE_END: list[FromTheEnd] = []   # every pattern searched from the end, for tests/test_screens.py


def from_the_end(pattern, same_groups: bool = False) -> FromTheEnd:
    """pattern (anchored at its range's end) searched from the end, listed in FROM_THE_END."""
    made = FromTheEnd(pattern, same_groups)
    FROM_THE_END.append(made)
    return made


# A long alternation of phrases (cues.py's cue words, some five hundred) is tried at each word of its range,
# and each try reads every phrase: a quarter of a millisecond for a clause. When every phrase opens with a
# word of its own (written out, or a stem its \w* ends), a match can open only at a run of word characters
# that is one of those words, or begins with one of the stems: AtOpenings tries the pattern there alone.

# Where such a pattern's matches open, as its source opens: no word character before (\b, each branch opening
# with a word character), or neither that nor a hyphen; and the runs of word characters that open there.
_OPENING_RUNS = {r"(?<![\w-])": patterns.compile(r"(?<![\w-])\w+"), r"\b": patterns.compile(r"(?<!\w)\w+")}
_WORD_CHARACTERS = patterns.compile(r"\w+")


class AtOpenings:
    """A pattern that opens with one of _OPENING_RUNS, each of whose branches opens with one of the words of
    a Screen (as the pattern writes it, folded) or with one of its prefixes followed by \\w*, ending where a
    word ends: finditer tries it only at the runs of word characters the screen holds (Screen.holds), in
    order, each after the match before it ends, and finds what the pattern's own finditer finds (the one
    match a position gives, the next found past its end). Listed in AT_OPENINGS: tests/test_screens.py
    compares both."""

    __slots__ = ("pattern", "opening", "runs")

    def __init__(self, pattern, opening: Screen):
        self.pattern, self.opening = pattern, opening
        self.runs = next((runs for opening, runs in _OPENING_RUNS.items() if pattern.pattern.startswith(opening)), None)
        if self.runs is None:
            raise ValueError(f"a pattern tried at its openings opens with one of {list(_OPENING_RUNS)}: {pattern.pattern[:40]}")
        if not all(_WORD_CHARACTERS.fullmatch(word) for word in (*opening.words, *opening.prefixes)):
            raise ValueError("a pattern's opening words and stems are runs of word characters")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end, holds = pos, self.opening.holds
        for run in self.runs.finditer(text, pos, endpos):
            if run.start() >= end and holds(run.group()):
                match = self.pattern.match(text, run.start(), endpos)
                if match:
                    end = match.end()
                    yield match


AT_OPENINGS: list[AtOpenings] = []   # every pattern tried at its openings, for tests/test_screens.py


def at_openings(pattern, opening: Screen) -> AtOpenings:
    """pattern tried only at the runs of word characters opening holds, listed in AT_OPENINGS."""
    made = AtOpenings(pattern, opening)
    AT_OPENINGS.append(made)
    return made


# Alternations tried at fewer positions. A search tries its pattern at every position of its range: a
# \b alone holds at a word's end as well as at its start, and a branch that opens with a lookbehind runs
# it at every position, before the branch's own words fail there (the lookbehinds of scopes._DATE_RE were
# half its time). A lookahead that every match holds anyway turns most positions down first: WORD_START
# for a pattern each branch of which opens with a letter or a digit, behind() for a lookbehind. Each
# such pattern is listed in GUARDED; tests/test_screens.py runs it without its lookaheads (unguarded)
# on real-looking text and compares what both find.

WORD_AHEAD = r"(?=\w)"
WORD_START = r"\b" + WORD_AHEAD   # where a match of a pattern whose branches all open with a letter or a digit starts

_LOOKAHEADS: list[str] = [WORD_AHEAD]   # every lookahead written by behind(), for unguarded
_CAPTURING = patterns.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\((?P<open>\?P?<(?P<name>\w+)>|(?!\?))")


def behind(lookbehind: str, rest: str) -> str:
    """lookbehind, then rest (a branch's source), the lookbehind run only where rest matches: rest is
    looked ahead first (its groups unnamed, so that they capture nothing there)."""
    ahead = "(?=" + _CAPTURING.sub(_uncaptured, rest) + ")"
    _LOOKAHEADS.append(ahead)
    return ahead + lookbehind + rest


def _uncaptured(match) -> str:
    if match.group("open") is None:
        return match.group()   # an escape or a class of characters, as written
    if not match.group("name"):
        raise ValueError("behind(): a group that captures must be named in the branch it guards")
    return "(?:"


GUARDED: list = []   # every pattern holding a lookahead of WORD_START or behind(), for tests/test_screens.py


def guarded(pattern):
    """pattern (compiled), listed in GUARDED."""
    GUARDED.append(pattern)
    return pattern


def unguarded(source: str) -> str:
    """source without the lookaheads WORD_START and behind() wrote in it: the pattern as it reads."""
    for ahead in sorted(_LOOKAHEADS, key=len, reverse=True):
        source = source.replace(ahead, "")
    return source
