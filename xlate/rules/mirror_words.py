"""Which words of a text can be part of a word-for-word rendering of a Spanish term, for XL103
(xlate/rules/calque.py): a cognate of a Spanish word of some target, or one spare word that only
begins like one. Each word is judged once per run; a document's words become a string of one letter
each (its mirror shape), and the places where a mirror may start are found by a regex over it.
"""

from __future__ import annotations

from functools import cached_property

from xlate.infra import patterns
from xlate.text.fold import fold
from xlate.text.names import CONNECTORS, content_key, likely_cognates

# Word letters of a document's mirror shape: c a cognate of some target's Spanish word, s a word
# that only begins like one (the spare), k a connector, x anything else; " " between words joined
# by one space, "|" otherwise.
_COGNATE_PAIR_RE = patterns.compile(r"c(?: k)*(?: s(?: k)*)? c")


def cognate_lengths(size: int) -> tuple[int, int]:
    """The lengths (shortest, longest) a word of 4 letters or more may have and still be a cognate of
    one of size letters for likely_cognates: difflib's ratio, 2 * matches / (size + length), reaches
    0.75 only if 2 * min(size, length) >= 0.75 * (size + length), that is 3 * size <= 5 * length and
    3 * length <= 5 * size; and a longer word is less than twice as long."""
    return max(4, -(-3 * size // 5)), min(2 * size - 1, 5 * size // 3)


class MirrorWords:
    """Which words can be part of a word-for-word rendering: each must be a cognate of a Spanish
    word of some target, except one word of a long name that need only begin like one (bank/banco).
    Few words of a text are, so a chain is only followed where they cluster."""

    def __init__(self, spanish: set[str]):
        # by initial (cognates share their first letter), shortest first: (length, content key, the key
        # as likely_cognates sees it), and the lengths alone, to cut out the lengths a cognate may have
        self.by_initial: dict[str, list[tuple[int, str, str]]] = {}
        for word in sorted(spanish):
            key = content_key(word)
            self.by_initial.setdefault(key[:1], []).append((len(key), key, content_key(key)))
        for words in self.by_initial.values():
            words.sort()
        self.beginnings = {w[:2] for w in spanish}
        self.cognates: dict[str, bool] = {}   # by content key
        self.letters: dict[str, str] = {}      # by word, as written
        self._within: dict[tuple[str, int], tuple[tuple[str, str], ...]] = {}   # see within

    def is_cognate(self, key: str) -> bool:
        if key not in self.cognates:
            self.cognates[key] = self._find_cognate(key)
        return self.cognates[key]

    def _find_cognate(self, key: str) -> bool:
        english = content_key(key)   # as likely_cognates sees it
        size = len(english)
        within = self.within(english[:1], size)
        if not within:   # most words: no target's Spanish word of their initial has a length they may match
            return False
        if size < 4:   # likely_cognates asks short words to be equal
            return any(english == spanish for spanish, _ in within)
        similarity = self._similarity
        return any(2.0 * similarity(english, seen) / (size + len(seen)) >= 0.75
                   and likely_cognates(key, spanish) for spanish, seen in within)

    def within(self, initial: str, size: int) -> tuple[tuple[str, str], ...]:
        """(content key, the key as likely_cognates sees it) of the targets' Spanish words of that
        initial (cognates share their first letter) that a word of size letters may be a cognate of:
        of its length if it is short, else of the lengths cognate_lengths allows. Once per initial
        and size, where every word asked anew: a few hundred pairs for a run's thousands of words."""
        found = self._within.get((initial, size))
        if found is None:
            if size < 4:
                shortest = longest = size
            else:
                shortest, longest = cognate_lengths(size)
            found = self._within[initial, size] = tuple(
                (spanish, seen) for length, spanish, seen in self.by_initial.get(initial, ()) if shortest <= length <= longest)
        return found

    @cached_property
    def _similarity(self):
        """The longest common subsequence's length (rapidfuzz, in C): difflib's ratio cannot exceed
        what it allows, so most words are never compared in full. Imported by the first comparison,
        as in names._ratio_at_least."""
        from rapidfuzz.distance import LCSseq
        return LCSseq.similarity

    def letter(self, word: str) -> str:
        if fold(word) in CONNECTORS:
            return "k"
        key = content_key(word)
        return "c" if self.is_cognate(key) else "s" if key[:2] in self.beginnings else "x"

    def shape(self, doc) -> str:
        """The document's words as mirror letters (see Tokens.shape)."""
        if doc.derived.mirror_shape is None:
            letters = self.letters
            for word in doc.distinct_words.difference(letters):
                letters[word] = self.letter(word)
            doc.derived.mirror_shape = doc.tokens.shape(letters)
        return doc.derived.mirror_shape

    def usable(self, key: str, before: list[str] | tuple = ()) -> bool:
        """key may follow the content keys before it in a mirror: a cognate, or the one spare word."""
        return self.is_cognate(key) or key[:2] in self.beginnings and all(map(self.is_cognate, before))


def mirror_seeds(doc, words: MirrorWords) -> list[int]:
    """Where a mirror may start, in word order. A mirror holds two cognates with nothing but
    connectors and at most one spare word between them, so chains are only followed from such
    pairs, found by a regex over the document's shape, or from the content word just before."""
    if doc.derived.mirror_seeds is None:
        shape, seeds = words.shape(doc), set()
        for pair in _COGNATE_PAIR_RE.finditer(shape, overlapped=True):
            first = pair.start() // 2
            k = first - 1
            while k >= 0 and shape[2 * k] == "k":
                k -= 1
            seeds.update((first, k) if k >= 0 else (first,))
        doc.derived.mirror_seeds = sorted(seeds)
    return doc.derived.mirror_seeds
