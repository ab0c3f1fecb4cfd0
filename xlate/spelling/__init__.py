"""English and Spanish dictionaries for the spelling checks.

Built from the word-frequency lists pyspellchecker ships (no system
dictionary, no download), loaded once per process from a compact cache.
"""

from __future__ import annotations

import string
from functools import lru_cache
from typing import Iterable

from xlate.spelling import english, spanish
from xlate.spelling.data import DictionaryDataError, load_frequencies
from xlate.spelling.dictionary import Dictionary, Suggestions, normalise

ALPHABETS = {
    "en": string.ascii_lowercase,
    "es": string.ascii_lowercase + "áéíóúñü",
}


@lru_cache(maxsize=None)
def load_dictionary(lang: str) -> Dictionary:
    """The shipped dictionary for 'en' or 'es', shared by every run in this process."""
    if lang not in ALPHABETS:
        raise DictionaryDataError(f"no dictionary for language {lang!r} (use en or es)")
    if lang == "es":
        frequencies = load_frequencies(lang, extra=spanish.MISSING_WORDS)
        return Dictionary(lang, frequencies, ALPHABETS[lang], derivations=spanish.headwords,
                          inflections=spanish.inflections)
    return Dictionary(lang, load_frequencies(lang), ALPHABETS[lang], derivations=english.headwords)


def project_dictionaries(words: Iterable[str] = (), folded: Iterable[str] = ()) -> dict[str, Dictionary]:
    """Both dictionaries extended with the project word list and folded glossary tokens."""
    words, folded = list(words), list(folded)
    return {lang: load_dictionary(lang).with_words(words, folded) for lang in ALPHABETS}


def run_dictionaries(ctx) -> dict[str, Dictionary]:
    """The run's dictionaries, built once per Context and shared by the spelling rules."""
    glossary_keys = ctx.shared("glossary-keys", ctx.terms.known_keys)
    return ctx.shared("dictionaries", lambda: project_dictionaries(ctx.config.words, glossary_keys))


__all__ = ["ALPHABETS", "Dictionary", "DictionaryDataError", "Suggestions", "load_dictionary",
           "normalise", "project_dictionaries", "run_dictionaries"]
