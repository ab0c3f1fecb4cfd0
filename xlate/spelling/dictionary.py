"""One language's known words, with fast ranked suggestions for unknown ones."""

from __future__ import annotations

import unicodedata

from itertools import combinations
from typing import Callable, Iterable, NamedTuple

from xlate.spelling.edits import ACCENTED, favoured_edit, writable
from xlate.spelling.nearby import MAX_DISTANCE, Nearby
from xlate.text.fold import fold

FAVOURED_BONUS = 10        # an insertion, transposition or accent beats a 10x more frequent replacement
ADDED_FREQUENCY = 1000     # project words rank like ordinary, moderately common words
MIN_LENGTH_FOR_DISTANCE_2 = 5   # two edits to a short word reach almost anything
# An inflected form known only through the rules ranks well below listed words: the rules accept
# some forms no one writes.
INFLECTED_DISCOUNT = 100
# A derived form is an accent slip when its accented spelling is listed and this many times as
# frequent as the form's headword: ademas is además, not a form of the rare ademar.
ACCENT_SLIP_RATIO = 10
# A derivation rule lengthens a listed word by a prefix, an ending and clitics: a word longer than
# the longest listed word by more than this is no derivation of one (and is judged without the rules).
DERIVATION_GROWTH = 20
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def normalise(word: str) -> str:
    """The dictionary key for a word as written: lower case, straight apostrophes."""
    return word.casefold().translate(_APOSTROPHES)


class Suggestions(NamedTuple):
    distance: int              # edits between the word and every suggestion; 0 when there is none
    words: tuple[str, ...]     # best first

    def __bool__(self) -> bool:
        return bool(self.words)


NO_SUGGESTIONS = Suggestions(0, ())


Headwords = Callable[[str], Iterable[str]]


class Dictionary:
    """Known words with frequencies. For a form the list lacks, derivations gives the listed words
    it may derive from (the form is known when one of them is) and inflections the subset safe
    enough to suggest the form by: regular inflection is, a prefix glued to a word is not.
    nearby gives the index that suggestions are looked up in (nearby.py): the listed words and,
    with inflections, the written forms they may be inflected into; by default one of the listed
    words, built in memory."""

    def __init__(self, lang: str, frequencies: dict[str, int], alphabet: str,
                 added: Iterable[str] = (), folded: Iterable[str] = (),
                 derivations: Headwords | None = None, inflections: Headwords | None = None,
                 nearby: Callable[[], Nearby] | None = None):
        self.lang = lang
        self.alphabet = alphabet
        self.derivations = derivations
        self.inflections = inflections
        self._frequencies = frequencies
        self._nearby = nearby or _index_in_memory(frequencies)
        self._added = {normalise(w): ADDED_FREQUENCY for w in added if w.strip()}
        self._folded = frozenset(folded)
        self.longest = max(getattr(frequencies, "longest", None) or max(map(len, frequencies), default=0),
                           max(map(len, self._added), default=0))   # letters of the longest word, at most
        self._suggestions: dict[str, Suggestions] = {}
        self._known: dict[str, bool] = {}   # per distinct word: the derivation rules are the costly part
        self._accented: dict[str, list[str]] = {}   # per key: several checks ask about the same words

    def with_words(self, added: Iterable[str] = (), folded: Iterable[str] = ()) -> "Dictionary":
        """This dictionary plus project words (suggestible) and folded keys (known only)."""
        return Dictionary(self.lang, self._frequencies, self.alphabet,
                          [*self._added, *added], self._folded | set(folded), self.derivations,
                          self.inflections, self._nearby)

    def frequency(self, key: str) -> int:
        return self._frequencies.get(key) or self._added.get(key, 0)

    def headword_frequency(self, key: str, headwords: Headwords | None) -> int:
        """Frequency of the likeliest listed headword key derives from; 0 when none is listed."""
        return max(map(self.frequency, self._headwords(key, headwords)), default=0)

    def derives(self, key: str, headwords: Headwords | None) -> bool:
        """Whether some headword key may derive from is listed (the rules stop at the first)."""
        return any(map(self.frequency, self._headwords(key, headwords)))

    def _headwords(self, key: str, headwords: Headwords | None) -> Iterable[str]:
        """What the rules give for key; nothing for a key far longer than any listed word (a hash,
        a base64 blob), whose rules would cost time with the square of its length."""
        return headwords(key) if headwords and len(key) <= self.longest + DERIVATION_GROWTH else ()

    def form_frequency(self, key: str) -> int:
        """Frequency of a listed word, else of the headword it is a regular inflection of."""
        return self.frequency(key) or self.headword_frequency(key, self.inflections)

    def lists(self, word: str) -> bool:
        """Listed as written (or a glossary token), without derivation rules."""
        key = normalise(word)
        return bool(self.frequency(key)) or (bool(self._folded) and fold(key) in self._folded)

    def knows_form(self, word: str) -> bool:
        """Listed, or a regular inflection of a listed word."""
        return self.lists(word) or self.derives(normalise(word), self.inflections)

    def knows(self, word: str) -> bool:
        """Listed, or derived from a listed word by any rule and no accent slip; once per word."""
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._knows(word)
        return known

    def _knows(self, word: str) -> bool:
        word = unicodedata.normalize("NFC", word)   # "é" written as "e" and a combining accent (Mac files)
        if self.lists(word):
            return True
        key = normalise(word)
        return self.derives(key, self.derivations) and not self.is_accent_slip(key)

    def is_accent_slip(self, key: str) -> bool:
        accented = self.accented_forms(key)
        return bool(accented) and \
            self.frequency(accented[0]) > ACCENT_SLIP_RATIO * self.headword_frequency(key, self.inflections)

    def accented_forms(self, word: str) -> list[str]:
        """Known words spelled as word with up to two accents or tildes added: carcel -> cárcel."""
        key = normalise(word)
        if key not in self._accented:
            self._accented[key] = self._accented_forms(key)
        return self._accented[key]

    def _accented_forms(self, key: str) -> list[str]:
        if len(key) > self.longest:
            return []
        spots = [(i, ACCENTED[letter]) for i, letter in enumerate(key) if letter in ACCENTED]
        forms = {key[:i] + mark + key[i + 1:] for i, marks in spots for mark in marks}
        forms.update(key[:i] + first + key[i + 1:j] + second + key[j + 1:]
                     for (i, firsts), (j, seconds) in combinations(spots, 2) for first in firsts for second in seconds)
        return sorted((f for f in forms if f != key and self.frequency(f)), key=self.frequency, reverse=True)

    def suggest(self, word: str, limit: int = 5) -> Suggestions:
        """Known words one edit away, else two (for longer words), most likely first; cached per word."""
        key = normalise(word)
        if key not in self._suggestions:
            self._suggestions[key] = self._compute(key)
        found = self._suggestions[key]
        return Suggestions(found.distance, found.words[:limit])

    def _compute(self, key: str) -> Suggestions:
        near = self._near(key)
        scores = {}
        for candidate in near[1]:
            favoured = favoured_edit(key, candidate, self.alphabet)
            score = self._candidate_score(candidate) if favoured is not None else 0
            if score:
                scores[candidate] = score * FAVOURED_BONUS if favoured else score
        if scores:
            return Suggestions(1, _best_first(scores))
        if len(key) < MIN_LENGTH_FOR_DISTANCE_2:
            return NO_SUGGESTIONS
        scores = {c: self.frequency(c) for c in near[2] if writable(key, c, self.alphabet)}
        scores = {c: score for c, score in scores.items() if score}
        return Suggestions(2, _best_first(scores)) if scores else NO_SUGGESTIONS

    def _near(self, key: str) -> dict[int, list[str]]:
        """The index's words and the project words one and two edits from key (Damerau-Levenshtein:
        a swap of neighbours is one edit, as it is to a typist)."""
        from rapidfuzz.distance import DamerauLevenshtein, Levenshtein   # here: most checks suggest nothing
        from rapidfuzz.process import extract
        index = self._nearby()
        found = index.candidates(key) if len(key) <= index.longest + MAX_DISTANCE else []
        if self._added:   # project words the index may also hold: each once
            indexed = set(found)
            found += [w for w in self._added if abs(len(w) - len(key)) <= MAX_DISTANCE and w not in indexed]
        # A swap is two Levenshtein edits, so words within MAX_DISTANCE swaps and edits are within
        # twice that many plain edits: that bound, measured far faster, leaves a fifth of the candidates
        # (it rejects first, in C, a word whose length four plain edits cannot reach).
        found = [c for c, _, _ in extract(key, found, scorer=Levenshtein.distance,
                                          score_cutoff=2 * MAX_DISTANCE, limit=None)]
        near = {0: [], 1: [], 2: []}
        for candidate, distance, _ in extract(key, found, scorer=DamerauLevenshtein.distance,
                                              score_cutoff=MAX_DISTANCE, limit=None):
            near[distance].append(candidate)
        return near

    def _candidate_score(self, candidate: str) -> int:
        listed = self.frequency(candidate)
        if listed:
            return listed
        inflected = self.headword_frequency(candidate, self.inflections)
        return inflected and max(1, inflected // INFLECTED_DISCOUNT)


def _best_first(scores: dict[str, int], keep: int = 10) -> tuple[str, ...]:
    return tuple(sorted(scores, key=lambda w: (-scores[w], w))[:keep])


def _index_in_memory(words: Iterable[str]) -> Callable[[], Nearby]:
    """An index of words built on first use: for dictionaries made from a plain dict (tests)."""
    from functools import cache
    from xlate.spelling.nearby import encode
    return cache(lambda: Nearby(encode(words)))
