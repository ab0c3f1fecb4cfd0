"""Which kind of slip one edit is (how far apart two spellings are is rapidfuzz's business).

Typists more often drop or swap a letter, or leave out an accent, than type a
wrong one, so one-edit candidates made by inserting, transposing or accenting
are favoured when suggestions are ranked.
"""

from __future__ import annotations

# A letter and the accented letters a Spanish writer may have meant by it.
ACCENTED = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "úü", "n": "ñ"}
_ACCENT_SWAPS = {plain: marks for plain, marks in ACCENTED.items()}
for _plain, _marks in ACCENTED.items():
    for _mark in _marks:
        _ACCENT_SWAPS[_mark] = _plain
ACCENT_LETTERS = frozenset("".join(_ACCENT_SWAPS))


def favoured_edit(word: str, candidate: str, alphabet: str) -> bool | None:
    """For a candidate one edit from word: True for an insertion, transposition or accent, False
    for a deletion or another replacement, None when the edit would write a letter that is neither
    in alphabet nor an accent of the letter it replaces (no typist's slip in this language)."""
    if len(candidate) == len(word) + 1:
        at = next((i for i, (a, b) in enumerate(zip(word, candidate)) if a != b), len(word))
        return True if candidate[at] in alphabet else None
    if len(candidate) == len(word) - 1:
        return False
    at = next(i for i, (a, b) in enumerate(zip(word, candidate)) if a != b)
    if word[at + 1:] != candidate[at + 1:]:
        return True   # two neighbours swapped: the only other single edit between equal lengths
    if candidate[at] in _ACCENT_SWAPS.get(word[at], ""):
        return True
    return False if candidate[at] in alphabet else None


def writable(word: str, candidate: str, alphabet: str) -> bool:
    """Whether every letter candidate adds to word is one the language's typists write."""
    return all(letter in alphabet or letter in ACCENT_LETTERS for letter in set(candidate) - set(word))
