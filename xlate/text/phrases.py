"""Comparing short phrases across translations: content words, lightly stemmed, and their overlap."""

from __future__ import annotations

from xlate.infra import patterns

from xlate.text.fold import fold

FUNCTION_WORDS = {
    "en": frozenset("the a an of for against on in to and at by from with its their his her".split()),
    "es": frozenset("el la los las lo de del al a en contra para por y e con un una sus su".split()),
}
_WORD = patterns.compile(r"[\p{L}\p{Nd}]+")


def stem(word: str) -> str:
    """Plural and gender endings off, so centro/centros and center/centers compare alike."""
    for ending in ("es", "s", "o", "a"):
        if len(word) > 4 + len(ending) and word.endswith(ending):
            return word[: -len(ending)]
    return word


def content_words(text: str, lang: str) -> list[str]:
    skip = FUNCTION_WORDS.get(lang, frozenset())
    return [stem(w) for w in (fold(m.group()) for m in _WORD.finditer(text)) if w not in skip]


def dice(shared: int, size_a: int, size_b: int) -> float:
    """Overlap of two non-empty sets of words, 0 (nothing shared) to 1 (the same words), from how many
    words they share and their sizes (Dice's coefficient)."""
    return 2 * shared / (size_a + size_b)
