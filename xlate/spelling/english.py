"""English derivations the frequency list leaves out: relicensing, sublicenses, noncommercially.

The list holds common words; a productive prefix on a listed word, or a plural
or adverb of one, is a word too.
"""

from __future__ import annotations

from typing import Iterator

PREFIXES = ("anti", "co", "counter", "cross", "cyber", "de", "dis", "inter", "mega", "micro", "mis", "multi",
            "neo", "non", "out", "over", "post", "pre", "pseudo", "re", "self", "semi", "sub", "super", "trans",
            "ultra", "un", "under")
SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ly", ""), ("ly", "le"))
MIN_STEM = 4


def headwords(word: str) -> Iterator[str]:
    for prefix in PREFIXES if word.startswith(PREFIXES) else ():   # most words have none: one test in C
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= MIN_STEM:
            yield rest
            yield from _unsuffixed(rest)
    yield from _unsuffixed(word)


_ENDINGS = tuple(ending for ending, _ in SUFFIXES)


def _unsuffixed(word: str) -> Iterator[str]:
    for ending, replacement in SUFFIXES if word.endswith(_ENDINGS) else ():
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_STEM - 1:
            yield stem + replacement
