"""Candidate spellings one and two edits away (Norvig's deletes, transposes, replaces, inserts).

Typists more often drop or swap a letter, or leave out an accent, than type a
wrong one, so candidates made by inserting, transposing or accenting are
favoured when suggestions are ranked.
"""

from __future__ import annotations

from typing import Iterator

# A letter and the accented letters a Spanish writer may have meant by it.
ACCENTED = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "úü", "n": "ñ"}
_ACCENT_SWAPS = {plain: marks for plain, marks in ACCENTED.items()}
for _plain, _marks in ACCENTED.items():
    for _mark in _marks:
        _ACCENT_SWAPS[_mark] = _plain


def edits1(word: str, alphabet: str) -> tuple[set[str], set[str]]:
    """(favoured, other): strings one insertion, transposition or accent away, and one deletion or
    other replacement away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and b[0] != b[1]}
    inserts = {a + c + b for a, b in splits for c in alphabet}
    accents = {a + c + b[1:] for a, b in splits if b for c in _ACCENT_SWAPS.get(b[0], "")}
    deletes = {a + b[1:] for a, b in splits if b}
    replaces = {a + c + b[1:] for a, b in splits if b for c in alphabet if c != b[0]}
    favoured = transposes | inserts | accents
    return favoured, (deletes | replaces) - favoured


def edits2(word: str, alphabet: str) -> Iterator[set[str]]:
    """Groups of strings that together hold every string two edits from word."""
    favoured, other = edits1(word, alphabet)
    for first in favoured | other:
        favoured2, other2 = edits1(first, alphabet)
        yield favoured2 | other2
