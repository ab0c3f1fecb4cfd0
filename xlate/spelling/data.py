"""The word-frequency lists behind the dictionaries.

pyspellchecker ships one gzipped JSON object per language (wordfreq one msgpack file, see usage.py).
They are parsed once and kept as a table in the user cache, mapped into memory by later runs
(xlate/infra/tables.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Callable
from zlib import crc32

from xlate.infra.cachefile import content_stamp
from xlate.infra.tables import WordTable, load_table

_MAX_FREQUENCY = 2**32 - 1   # the largest count a table of typecode I holds


class DictionaryDataError(Exception):
    """The shipped word list is missing: pyspellchecker is not installed or lacks the language."""


def source_path(lang: str) -> Path:
    """Where pyspellchecker keeps the word list, found without importing it."""
    import importlib.util
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        raise DictionaryDataError("the spelling checks need pyspellchecker: pip install pyspellchecker")
    path = Path(spec.submodule_search_locations[0], "resources", f"{lang}.json.gz")
    if not path.is_file():
        raise DictionaryDataError(f"pyspellchecker has no {lang!r} word list ({path})")
    return path


def parse_source(source: Path) -> dict[str, int]:
    import gzip
    import json
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        return {word: min(int(freq), _MAX_FREQUENCY) for word, freq in json.load(handle).items()}


WORD_LISTS = Path(__file__).resolve().parent.parent / "data" / "words"


def word_list_path(lang: str) -> Path | None:
    """The compiled Hunspell word list shipped for lang (every form, one a line; see
    scripts/build_word_lists.py), or None."""
    path = WORD_LISTS / f"{lang}.txt.gz"
    return path if path.is_file() else None


def read_word_list(path: Path) -> list[str]:
    import gzip
    return gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")


def load_frequencies(lang: str, extra: Mapping[str, int] | None = None,
                     weigh: Callable[[list[str], dict[str, int]], dict[str, int]] | None = None,
                     weighing: str = "") -> WordTable:
    """Word -> frequency for lang from pyspellchecker's list, plus (or overridden by) extra words,
    plus, with weigh, the forms of the shipped Hunspell word list that weigh keeps, at the
    frequencies it gives them (weigh(forms, the frequency list) -> form -> frequency).

    The extra words and the word list go into the cached table, whose name then carries a digest
    of them, the list's size and checksum and weighing (a version of weigh's judgement).
    """
    extra = dict(extra or {})
    variant = f"+{crc32(repr(sorted(extra.items())).encode('utf-8')):08x}" if extra else ""
    forms = word_list_path(lang) if weigh else None
    if forms:
        variant += "+hunspell{}-{:08x}{}".format(*content_stamp(forms), weighing)

    def parse(source: Path) -> dict[str, int]:
        frequencies = parse_source(source)
        if forms:
            weighed = weigh(read_word_list(forms), frequencies)
            frequencies.update(weighed)
            if max(weighed.values(), default=0) > _MAX_FREQUENCY:
                frequencies.update((form, min(n, _MAX_FREQUENCY)) for form, n in weighed.items())
        return {**frequencies, **extra}

    return load_table(source_path(lang), parse, variant=variant)
