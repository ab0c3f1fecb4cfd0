"""English and Spanish dictionaries for the spelling checks.

Built from the word-frequency lists pyspellchecker ships (no system
dictionary, no download), loaded once per process from a compact cache.
"""

from __future__ import annotations

import string
from functools import cache, lru_cache
from typing import Iterable
from zlib import crc32

from xlate.spelling import english, spanish
from xlate.spelling.data import DictionaryDataError, load_frequencies
from xlate.spelling.dictionary import Dictionary, Suggestions, normalise
from xlate.spelling.nearby import Nearby, cached_index, encode
from xlate.spelling.usage import load_usage

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
                          inflections=spanish.inflections, nearby=_suggestion_index(lang, frequencies, True))
    frequencies = load_frequencies(lang)
    return Dictionary(lang, frequencies, ALPHABETS[lang], derivations=english.headwords,
                      nearby=_suggestion_index(lang, frequencies, False))


# Names the generated forms in the index's cache name: change it when nominal_forms changes.
NOMINAL_FORMS_VERSION = 1


def _suggestion_index(lang: str, frequencies, with_written_forms: bool):
    """The index suggestions are looked up in, loaded on first use: the listed words and, for a
    language whose list holds headwords only (Spanish), inflected forms: those wordfreq has people
    write (presos, dijeron) and every plural and feminine of a listed word (parafinas, palapas).
    The inflection rules judge them when they are found. It is cached under the names of the word
    tables it is built from, so a changed word list gets a fresh index."""
    @cache
    def load() -> Nearby:
        written = load_usage(lang) if with_written_forms else None
        def words() -> list[str]:
            if not written:
                return list(frequencies.keys())
            listed = list(frequencies.keys())
            return [*listed, *written.words(), *(f for w in listed for f in spanish.nominal_forms(w))]
        names = [frequencies.name, f"{written.name}+forms{NOMINAL_FORMS_VERSION}" if written else "-"]
        if None in names:   # a table built in memory (the cache folder is not writable): no file to key by
            return Nearby(encode(words()))
        return cached_index(f"{lang}-{crc32('|'.join(names).encode()):08x}", words)

    return load


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
