"""English and Spanish dictionaries for the spelling checks.

Built from the word-frequency lists pyspellchecker ships (no system
dictionary, no download), loaded once per process from a compact cache.
"""

from __future__ import annotations

import string
from functools import cache, lru_cache, partial
from typing import Iterable
from zlib import crc32

from xlate.spelling import english, hunspell, spanish
from xlate.spelling.data import DictionaryDataError, load_frequencies
from xlate.spelling.dictionary import Dictionary, Suggestions, normalise
from xlate.spelling.nearby import Nearby, cached_index, encode

ALPHABETS = {
    "en": string.ascii_lowercase,
    "es": string.ascii_lowercase + "áéíóúñü",
}


@lru_cache(maxsize=None)
def load_dictionary(lang: str) -> Dictionary:
    """The shipped dictionary for 'en' or 'es', shared by every run in this process: pyspellchecker's
    frequency list and every form of the shipped Hunspell dictionaries (docs/decisions.md). With
    every inflected form listed, Spanish derives only prefixed forms and attached clitics, and
    suggests only listed words: a form only rules make up ("Imaginémosnos") is no suggestion."""
    if lang not in ALPHABETS:
        raise DictionaryDataError(f"no dictionary for language {lang!r} (use en or es)")
    weigh = partial(hunspell.weigh, lang)
    if lang == "es":
        frequencies = load_frequencies(lang, extra=spanish.MISSING_WORDS, weigh=weigh, weighing=hunspell.WEIGHING)
        return Dictionary(lang, frequencies, ALPHABETS[lang], derivations=spanish.attachments,
                          nearby=_suggestion_index(lang, frequencies))
    frequencies = load_frequencies(lang, weigh=weigh, weighing=hunspell.WEIGHING)
    return Dictionary(lang, frequencies, ALPHABETS[lang], derivations=english.headwords,
                      nearby=_suggestion_index(lang, frequencies))


def _suggestion_index(lang: str, frequencies):
    """The index suggestions are looked up in, loaded on first use: the listed words (every form of
    the Hunspell lists, so Spanish needs no generated inflections). It is cached under the name of
    the word table it is built from, so a changed word list gets a fresh index."""
    @cache
    def load() -> Nearby:
        if frequencies.name is None:   # a table built in memory (the cache folder is not writable)
            return Nearby(encode(frequencies.words()))
        return cached_index(f"{lang}-{crc32(frequencies.name.encode()):08x}", frequencies.words)

    return load


def project_dictionaries(words: Iterable[str] = (), folded: Iterable[str] = ()) -> dict[str, Dictionary]:
    """Both dictionaries extended with the project word list and folded glossary tokens."""
    words, folded = list(words), list(folded)
    return {lang: load_dictionary(lang).with_words(words, folded) for lang in ALPHABETS}


def run_dictionaries(ctx) -> dict[str, Dictionary]:
    """The run's dictionaries, built once per Context and shared by the spelling rules."""
    glossary_keys = ctx.shared("glossary_keys", ctx.terms.known_keys)
    return ctx.shared("dictionaries", lambda: project_dictionaries(ctx.config.words, glossary_keys))


__all__ = ["ALPHABETS", "Dictionary", "DictionaryDataError", "Suggestions", "load_dictionary",
           "normalise", "project_dictionaries", "run_dictionaries"]
