"""Case- and accent-insensitive keys, the one comparison of words every layer shares."""

import re
import unicodedata
from functools import lru_cache

# The combining diacritical marks (all but U+034F, the grapheme joiner, which combines with nothing):
# the accents of Latin letters once decomposed, removed in C before any other mark is looked for.
_LATIN_ACCENTS = re.compile("[\u0300-\u034e\u0350-\u036f]")


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'El País' and 'el pais' fold alike."""
    if text.isascii():   # the common case: no accents to strip, and casefold is lower
        return text.lower()
    if len(text) <= _KEPT_LENGTH:
        return _fold_accented(text)
    return strip_accents(text.casefold())


_KEPT_LENGTH = 40   # a word or a name: folded again and again (a text's words, a name at each mention)


@lru_cache(maxsize=65536)
def _fold_accented(word: str) -> str:
    """fold of a short text with a letter beyond ASCII, kept: decomposing, stripping and recomposing it costs
    ten times a look-up."""
    return strip_accents(word.casefold())


def fold_all(words: list[str]) -> list[str]:
    """[fold(word) for word in words], folded as one text: a word list of 300,000 words folds in a
    tenth of the time (no fold crosses the newlines between words; a word holding one is folded alone)."""
    folded = fold("\n".join(words)).split("\n")
    return folded if len(folded) == len(words) else [fold(word) for word in words]


def strip_accents(text: str) -> str:
    """text without combining marks (unicodedata.combining), recomposed."""
    bare = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFD", text))
    if bare.isascii():   # Spanish text: no other mark, nothing to recompose
        return bare
    return unicodedata.normalize("NFC", "".join(c for c in bare if not unicodedata.combining(c)))
