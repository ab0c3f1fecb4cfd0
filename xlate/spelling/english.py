"""English derivations the frequency list leaves out: relicensing, sublicenses, noncommercially.

The list holds common words; a productive prefix on a listed word, or a plural
or adverb of one, is a word too. So is the British -ise spelling of a listed -ize word
(europeanise, europeanised): Oxford and house styles write -ize, most British papers -ise, and
the British word list holds only the common ones.
"""

from __future__ import annotations

from typing import Iterator

PREFIXES = ("anti", "co", "counter", "cross", "cyber", "de", "dis", "inter", "mega", "micro", "mis", "multi",
            "neo", "non", "out", "over", "post", "pre", "pseudo", "re", "self", "semi", "sub", "super", "trans",
            "ultra", "un", "under")
SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ly", ""), ("ly", "le"))
MIN_STEM = 4
# British -is- for the -iz- of a listed word, in each of its forms.
BRITISH_ISE = (("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("isation", "ization"),
               ("isations", "izations"), ("iser", "izer"), ("isers", "izers"))


def headwords(word: str) -> Iterator[str]:
    for prefix in PREFIXES if word.startswith(PREFIXES) else ():   # most words have none: one test in C
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= MIN_STEM:
            yield rest
            yield from _unsuffixed(rest)
    yield from _unsuffixed(word)
    yield from _american(word)


def _american(word: str) -> Iterator[str]:
    """europeanise -> europeanize, organisations -> organizations."""
    for british, american in BRITISH_ISE:
        if word.endswith(british) and len(word) - len(british) >= MIN_STEM:
            yield word[:-len(british)] + american


_ENDINGS = tuple(ending for ending, _ in SUFFIXES)


def _unsuffixed(word: str) -> Iterator[str]:
    for ending, replacement in SUFFIXES if word.endswith(_ENDINGS) else ():
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_STEM - 1:
            yield stem + replacement
