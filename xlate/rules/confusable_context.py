"""The words around a suspect of XL401 (xlate/rules/confusable.py), as its context patterns and word
pairs read them: the context string of a window (ContextReader), the plain word on either side
(neighbour), what each suspect's surroundings are, worked out once (Surroundings), and the neighbour
screen that rules out most suspects by the words beside them before any window is built.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

import regex

from xlate.core.document import WORD_PATTERN
from xlate.infra import patterns
from xlate.rules.confusable_data import TARGET, WINDOW
from xlate.rules.confusable_sound import confusables_with_sound_alikes, words_before_a_slot
from xlate.rules.confusable_tokens import TokenPattern
from xlate.text.pattern_reading import WordClass

MAX_FORM_WORDS = 3              # more than any wrong form has ("por qué", "a ver", "si no")
GLUED_MARKS = ".,:;/"           # a mark glued to the word after it is not a token (".login")
CONTEXT_TOKEN_RE = patterns.compile(
    f"({WORD_PATTERN})"                                               # a word, as Document.tokens reads it
    r"|(\p{N}+(?:[.,:/]\p{N}+)*)"                                      # a number -> "#"
    r"|(\n[ \t\r]*\n)"                                                # a blank line -> "¶"
    r"|(_+)"                                                           # masked non-prose -> "_"
    r"|(?![" + GLUED_MARKS + r"]\p{L})([^\s\p{L}\p{N}])")                # a mark, unless glued to a word


def normalise(word: str) -> str:
    return word.lower().replace("’", "'")


def neighbour(doc, n: int, after: bool = False) -> str | None:
    """The word before word n + 1 (or, after, the word after word n) when one plain space parts
    them: a mark, a line break or masked code between them ends the evidence."""
    tokens = doc.tokens
    if not 0 <= n < len(tokens.gaps) or tokens.gaps[n] != " " or doc.text[tokens.ends[n]] != " ":
        return None
    return normalise(tokens.texts[n + 1 if after else n])


class Surroundings:
    """What stands around the suspect at word i, for a wrong form of `size` words starting there:
    the plain word before it and after it, the window's prose lowercased, and its context string, of
    `reach` words each side (an entry's: WINDOW for most). Each is worked out when first asked and
    once only, as several entries and forms ask alike."""

    def __init__(self, doc, reader: "ContextReader", i: int):
        self.doc, self.reader, self.i = doc, reader, i
        self.before = neighbour(doc, i - 1)
        self._after: dict[int, str | None] = {}
        self._lowered: dict[tuple[int, int], str] = {}
        self._window: dict[tuple[int, int], str] = {}

    def after(self, size: int) -> str | None:
        if size not in self._after:
            self._after[size] = neighbour(self.doc, self.i + size - 1, after=True)
        return self._after[size]

    def lowered(self, size: int, reach: int = WINDOW) -> str:
        if (size, reach) not in self._lowered:
            self._lowered[size, reach] = self.reader.lowered(self.i, self.i + size - 1, reach)
        return self._lowered[size, reach]

    def window(self, size: int, reach: int = WINDOW) -> str:
        if (size, reach) not in self._window:
            self._window[size, reach] = self.reader.window(self.i, self.i + size - 1, reach)
        return self._window[size, reach]


class ContextReader:
    """Tokens around a word of a document, as the space-joined string patterns are matched against.

    The words are the document's own (Document.tokens reads them with the same pattern), so only
    the gaps between them are read with CONTEXT_TOKEN_RE: most gaps are one space, and the gaps a
    text repeats (", ", ".\\n\\n") are read once (gap_tokens). This gives the tokens a regex over the
    whole slice would, at less cost per window."""

    def __init__(self, doc):
        self.prose = doc.prose
        self.text = doc.text
        self.tokens = doc.tokens

    def context_tokens(self, start: int, end: int) -> list[str]:
        """The tokens of prose[start:end], a slice that starts and ends at word edges."""
        tokens = self.tokens
        lo, hi = tokens.between(start, end)
        if lo == hi:
            return list(gap_tokens(self.masked(start, end), followed_by_word=False))
        starts, ends = tokens.starts, tokens.ends
        if self.prose[start:end] == self.text[start:end]:
            inner = tokens.gaps[lo:hi - 1]
        else:
            inner = list(map(self.masked, ends[lo:hi - 1], starts[lo + 1:hi]))
        found: list[str] = []
        for word, gap in zip(tokens.texts[lo:hi], [self.masked(start, starts[lo]), *inner]):
            if gap and gap != " ":
                found += gap_tokens(gap, followed_by_word=True)
            found.append(normalise(word))
        tail = self.masked(ends[hi - 1], end)
        if tail:   # the slice ends here, so a glued mark at its end is a mark
            found += gap_tokens(tail, followed_by_word=False)
        return found

    def masked(self, start: int, end: int) -> str:
        """prose[start:end], where masked non-prose (code, a URL) shows as "_" rather than vanishing."""
        prose = self.prose[start:end]
        text = self.text[start:end]
        if prose != text:
            prose = "".join("_" if p != t and not t.isspace() else p for p, t in zip(prose, text))
        return prose

    def span(self, first: int, last: int, reach: int = WINDOW) -> tuple[int, int]:
        """Where the window of words[first..last], reach words each side, lies in the prose."""
        starts, ends = self.tokens.starts, self.tokens.ends
        start = starts[first - reach] if first >= reach else 0
        end = ends[last + reach] if last + reach < len(ends) else len(self.prose)
        return start, end

    def lowered(self, first: int, last: int, reach: int = WINDOW) -> str:
        """The prose of the window of words[first..last], lowercased (see LazyPattern.may_match)."""
        start, end = self.span(first, last, reach)
        return self.prose[start:end].lower()

    def window(self, first: int, last: int, reach: int = WINDOW) -> str:
        """Context string for words[first..last] (the suspect, written as TARGET) and reach words each side."""
        starts, ends = self.tokens.starts, self.tokens.ends
        start, end = self.span(first, last, reach)
        left = self.context_tokens(start, starts[first])
        right = self.context_tokens(ends[last], end)
        return " ".join(left + [TARGET] + right)


@lru_cache(maxsize=4096)
def gap_tokens(gap: str, followed_by_word: bool) -> tuple[str, ...]:
    """The tokens of a stretch of prose without letters. A glued mark right before a word is
    dropped, as CONTEXT_TOKEN_RE drops it when it reads on into the word. An "@" of the text (a
    handle, an address) is non-prose, "_": the window writes the suspect as "@"."""
    if followed_by_word and gap and gap[-1] in GLUED_MARKS:
        gap = gap[:-1]
    return tuple("#" if number else "¶" if blank_line else "_" if masked or mark == TARGET else mark
                 for _, number, blank_line, masked, mark in CONTEXT_TOKEN_RE.findall(gap))


class NeighbourScreen(NamedTuple):
    """The words one of a suspect's patterns wants right beside it (neighbour_screen): a suspect
    whose neighbours no pattern allows is never read whole. Not xlate.text.screens.Screen, which
    turns a pattern's search down by the words every match of it holds."""
    before: frozenset[str]       # a word one of the patterns wants right before the suspect (a WordClass
    after: frozenset[str]        # ... or right after it         when a pattern names a shape or class)
    all_before: bool             # every pattern names the word before
    all_after: bool              # every pattern names the word after
    # each pattern's own pair (words before, words after; None: any): a suspect is kept only when
    # one pattern allows both its neighbours ("que @ la" of one pattern and "le @" of another do
    # not keep "que de la", Spanish's commonest words)
    pairs: tuple[tuple[frozenset[str] | None, frozenset[str] | None], ...] = ()
    verdicts: dict[tuple[str, str], bool] | None = None    # on the pairs of neighbours met: a text repeats them


@lru_cache(maxsize=1024)
def neighbour_screen(word: str) -> NeighbourScreen | None:
    """The screen of word's entries (see _screen), one object for every word of the same entries:
    the hundreds of forms an entry reads from the lexicon ("cambió", "firmara") are screened in one
    call (confusable.py groups the suspects of a document by their screen)."""
    screen = _screen(word)
    if screen is None:
        return None
    entries = tuple(confusables_with_sound_alikes()[word])
    key = tuple(entry.id for entry in entries)
    shared = _SHARED_SCREENS.get(key)
    if shared is None or any(a is not b for a, b in zip(shared[0], entries)):
        shared = _SHARED_SCREENS[key] = (entries, screen)    # the entries kept: a reload makes others
    return shared[1]


_SHARED_SCREENS: dict[tuple[str, ...], tuple[tuple, NeighbourScreen]] = {}


def _screen(word: str) -> NeighbourScreen | None:
    """What must stand next to word (as written) for any of the shipped entries to report it (see
    neighbour_words; a form of several words names the word after its first); None when nothing
    must: an entry weighs word pairs, or has a pattern that names neither neighbour and no cue words
    (one that does is screened by them instead: near_cues). Most "el" and "se" of a
    Spanish text are left after two set look-ups."""
    before: set[str] = set()
    after: set[str] = set()
    shapes_after: list[str] = []
    lexicon_before: set[tuple[str, int, int]] = set()   # word classes (a token pattern's <noun>)
    lexicon_after: set[tuple[str, int, int]] = set()
    all_before = all_after = True
    pairs: list[tuple[frozenset[str] | None, frozenset[str] | None]] = []
    entries = confusables_with_sound_alikes()[word]
    if all(entry.sound_alike for entry in entries):   # only slots decide them
        languages = tuple(sorted({entry.language for entry in entries}))
        return NeighbourScreen(words_before_a_slot(languages), frozenset(), True, False)
    for entry in entries:
        if entry.needs_no_pattern:
            return None
        several = {form.split()[1] for form in entry.forms if " " in form}   # "a ver": "ver" is next
        after |= several
        all_before = all_before and not several
        if several:
            pairs.append((None, frozenset(several)))
        if all(" " in form for form in entry.forms):
            continue
        for pattern in entry.context:
            words_before, words_after = pattern.neighbours
            if words_before is None and words_after is None:
                if _cue_bound(pattern):
                    continue       # screened by its cue words (near_cues)
                return None
            pairs.append((words_before, words_after))
            before |= words_before or frozenset()
            after |= words_after or frozenset()
            if getattr(words_after, "shapes", None) is not None:
                shapes_after.append(words_after.shapes.pattern)
            lexicon_before.update(getattr(words_before, "lexicon", ()))
            lexicon_after.update(getattr(words_after, "lexicon", ()))
            all_before = all_before and words_before is not None
            all_after = all_after and words_after is not None
    shapes = "|".join(f"(?:{shape})" for shape in shapes_after) or None
    words_before = WordClass(before, lexicon=tuple(lexicon_before)) if lexicon_before else frozenset(before)
    words_after = WordClass(after, shapes, tuple(lexicon_after)) if shapes or lexicon_after else frozenset(after)
    # one pair says no more than the sums: left out, as most suspects' screens are
    return NeighbourScreen(words_before, words_after, all_before, all_after, tuple(pairs) if len(pairs) > 1 else (), {})


def _cue_bound(pattern) -> bool:
    """A token pattern that names neither word beside the suspect but needs some words in a row
    in its window ("<es_wish> que ... @": a wish three words back): it may match only near them."""
    return isinstance(pattern, TokenPattern) and bool(pattern.cue_run)


@lru_cache(maxsize=1024)
def cue_runs(word: str) -> tuple[tuple[int, tuple[frozenset[str], ...]], ...]:
    """The cue runs (TokenPattern.cue_run) of the patterns of word (as written) that
    neighbour_screen leaves to near_cues, each with its entry's reach."""
    return tuple((entry.reach, pattern.cue_run) for entry in confusables_with_sound_alikes()[word]
                 for pattern in entry.context if pattern.neighbours == (None, None) and _cue_bound(pattern))


def near_cues(doc, indices: list[int], runs: tuple[tuple[int, tuple[frozenset[str], ...]], ...]) -> list[int]:
    """The words of indices with one of the runs of cue words (lowercase, in a row) within its
    entry's reach (WINDOW words each side for most, a form of several words taken at its widest):
    Spanish "de" is a suspect for "dé" only after a wish + que, and a text without one keeps none of
    its thousands."""
    if not runs or not indices:
        return []
    places = sorted({j for _, run in runs for j in _run_places(doc, run)})
    if not places:
        return []
    reach = max(reach for reach, _ in runs) + MAX_FORM_WORDS    # the widest keeps more, never fewer
    return [i for i in indices if _any_between(places, i - reach, i + reach)]


def _run_places(doc, run: tuple[frozenset[str], ...]) -> list[int]:
    """Where the words of run stand in a row in doc (by its words: a mark between them is not seen,
    which only keeps more)."""
    written = _as_written(run[0]) & doc.distinct_words
    texts = doc.tokens.texts
    return [j for j in doc.tokens.indices_of(written) if all(
        j + k < len(texts) and normalise(texts[j + k]) in cues for k, cues in enumerate(run[1:], 1))] if written else []


@lru_cache(maxsize=64)
def _as_written(cues: frozenset[str]) -> frozenset[str]:
    """The cue words as a sentence, a heading or the text writes them."""
    return frozenset(w for cue in cues for w in (cue, cue.capitalize(), cue.upper()))


def _any_between(places: list[int], lo: int, hi: int) -> bool:
    """Some number of the sorted places lies in lo..hi."""
    n = bisect_left(places, lo)
    return n < len(places) and places[n] <= hi


def screened_in(doc, indices: list[int], screen: NeighbourScreen) -> list[int]:
    """The words of indices (each a suspect the screen is for) that some pattern the screen sums up
    may match, by the words on either side (neighbour: one plain space parts them). One call for all
    the places of a suspect: "de", "el" and "to" stand thousands of times in a long text, and this
    is most of what XL401 does with them."""
    tokens = doc.tokens
    text, gaps, ends, texts = doc.text, tokens.gaps, tokens.ends, tokens.texts
    last = len(gaps)
    words_before, words_after, all_before, all_after, pairs, verdicts = screen
    kept = []
    for i in indices:
        n = i - 1
        if 0 <= n < last and gaps[n] == " " and text[ends[n]] == " ":
            left = texts[n].lower()
            left = left if "’" not in left else normalise(left)
        elif _after_a_mark(doc, i):     # a mark or the text's start: no word a pattern names is there
            left = _NO_WORD
        else:       # a number is "#"; a line break or masked code between rules nothing out
            left = "#" if _number_beside(doc, n, last=True) else _ANY_WORD
        before_fails = left is not _ANY_WORD and left not in words_before
        if before_fails and all_before:
            continue        # most suspects end here: every pattern names the word before
        if 0 <= i < last and gaps[i] == " " and text[ends[i]] == " ":
            right = texts[i + 1].lower()
            right = right if "’" not in right else normalise(right)
        else:       # the screens never rule a suspect out by a mark after it
            right = "#" if _number_beside(doc, i, last=False) else _ANY_WORD
        after_fails = right is not _ANY_WORD and right not in words_after
        if (before_fails and after_fails) or (after_fails and all_after):
            continue
        if pairs and not _one_pattern_allows(left, right, pairs, verdicts):
            continue
        kept.append(i)
    return kept


def _one_pattern_allows(left: str, right: str, pairs: tuple, verdicts: dict[tuple[str, str], bool]) -> bool:
    """Some pattern's pair of neighbours (NeighbourScreen.pairs) allows left before the suspect and right
    after it; worked out once for each pair of words (the screen keeps the verdicts)."""
    verdict = verdicts.get((left, right))
    if verdict is None:
        if len(verdicts) > 50_000:
            verdicts.clear()
        verdict = verdicts[left, right] = any(
            (b is None or left is _ANY_WORD or left in b) and (a is None or right is _ANY_WORD or right in a)
            for b, a in pairs)
    return verdict


_NO_WORD = "\x00"       # no word stands before the suspect: in no pattern's words
_ANY_WORD = "\x01"      # a mark after it: taken as allowing any


def _number_beside(doc, n: int, last: bool) -> bool:
    """The gap after word n (n may be -1: before the first word) holds a number as its last token
    (last) or its first: the context string has "#" there ("el 17 de abril", "de 2031"), and a
    pattern that names a word beside the suspect cannot match."""
    tokens = doc.tokens
    if n >= len(tokens.gaps):
        return False
    start = tokens.ends[n] if n >= 0 else 0
    end = tokens.starts[n + 1] if n + 1 < len(tokens.starts) else len(doc.text)
    gap = doc.text[start:end]
    if not gap or gap != doc.prose[start:end] or not any(map(str.isdigit, gap)):
        return False
    read = gap_tokens(gap, followed_by_word=n + 1 < len(tokens.starts))
    return bool(read) and read[-1 if last else 0] == "#"


def _after_a_mark(doc, i: int) -> bool:
    """Word i starts the text, or a mark that is a token of its own stands right before it
    (". El", "(el"): then no word does."""
    if i == 0:
        return doc.tokens.starts[0] == 0 or not doc.text[:doc.tokens.starts[0]].strip()
    gap = doc.text[doc.tokens.ends[i - 1]:doc.tokens.starts[i]]
    return gap == doc.prose[doc.tokens.ends[i - 1]:doc.tokens.starts[i]] and gap[-1:] == " " \
        and gap.rstrip()[-1:] != "" and gap.rstrip()[-1] in "!?¡¿()\"“”«».;:,"
