"""Candidate spellings one edit away (Norvig's deletes, transposes, replaces, inserts).

Typists more often drop or swap a letter, or leave out an accent, than type a
wrong one, so candidates made by inserting, transposing or accenting are
marked as favoured when suggestions are ranked.
"""

from __future__ import annotations

from typing import Iterator

# A letter and the accented letters a Spanish writer may have meant by it.
ACCENTED = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "úü", "n": "ñ"}
_ACCENT_PAIRS = {(plain, accented) for plain, marks in ACCENTED.items() for accented in marks}
_ACCENT_PAIRS |= {(b, a) for a, b in _ACCENT_PAIRS}


def edits1(word: str, alphabet: str) -> Iterator[tuple[str, bool]]:
    """(candidate, favoured) for every string one edit from word; repeats are possible."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:], False                                   # delete
            for c in alphabet:
                if c != right[0]:
                    yield left + c + right[1:], (right[0], c) in _ACCENT_PAIRS   # replace
        if len(right) > 1 and right[0] != right[1]:
            yield left + right[1] + right[0] + right[2:], True              # transpose
        for c in alphabet:
            yield left + c + right, True                                    # insert


def edits2(word: str, alphabet: str) -> Iterator[str]:
    """Every string two edits from word (and some one or zero edits away)."""
    for first in {candidate for candidate, _ in edits1(word, alphabet)}:
        for second, _ in edits1(first, alphabet):
            yield second
