"""The word-frequency lists behind the dictionaries, and their compact on-disk form.

pyspellchecker ships one gzipped JSON object per language (wordfreq one
msgpack file, see usage.py). Parsing it costs more than a checker may spend at
start-up, so the first run writes a compact copy to the user cache (the
values as one array, then the words, sorted, joined by newlines) and later
runs read that copy back in a few milliseconds. The cache name carries the
size and modification time of the shipped file, so an upgraded package gets a
fresh copy.
"""

from __future__ import annotations

import array
import gzip
import importlib.util
import json
import os
import struct
import sys
import tempfile
from pathlib import Path
from typing import Callable

FORMAT = 2
_HEADER = struct.Struct("<4sIIc")   # magic, format, word count, array typecode
_MAGIC = b"XLWF"
_MAX_FREQUENCY = 2**32 - 1


class DictionaryDataError(Exception):
    """The shipped word list is missing: pyspellchecker is not installed or lacks the language."""


def source_path(lang: str) -> Path:
    """Where pyspellchecker keeps the word list, found without importing it."""
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        raise DictionaryDataError("the spelling checks need pyspellchecker: pip install pyspellchecker")
    path = Path(spec.submodule_search_locations[0], "resources", f"{lang}.json.gz")
    if not path.is_file():
        raise DictionaryDataError(f"pyspellchecker has no {lang!r} word list ({path})")
    return path


def cache_dir() -> Path:
    override = os.environ.get("XLATE_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs
    return Path(platformdirs.user_cache_dir("xlate", appauthor=False))


def cache_path(source: Path, variant: str = "") -> Path:
    """variant names what the parse kept of the source, when that may change without the source changing."""
    stat = source.stat()
    name = source.name.split(".")[0] + variant
    return cache_dir() / f"words-{name}-{stat.st_size}-{stat.st_mtime_ns}-{sys.byteorder}-v{FORMAT}.bin"


def parse_source(source: Path) -> dict[str, int]:
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        return {word: min(int(freq), _MAX_FREQUENCY) for word, freq in json.load(handle).items()}


def encode(values: dict[str, int], typecode: str = "I") -> bytes:
    """values as a compact table: typecode is the array type their range fits (I for counts, B for bytes)."""
    words = sorted(values)
    column = array.array(typecode, (values[w] for w in words))
    header = _HEADER.pack(_MAGIC, FORMAT, len(words), typecode.encode("ascii"))
    return header + column.tobytes() + "\n".join(words).encode("utf-8")


def decode_table(data: bytes) -> tuple[list[str], array.array]:
    """The sorted words and their values, in step: cheaper than a dict when few words are looked up."""
    magic, fmt, count, typecode = _HEADER.unpack_from(data)
    if magic != _MAGIC or fmt != FORMAT:
        raise ValueError("not a xlate word-frequency file")
    column = array.array(typecode.decode("ascii"))
    end = _HEADER.size + count * column.itemsize
    column.frombytes(data[_HEADER.size:end])
    words = data[end:].decode("utf-8").split("\n") if count else []
    if len(words) != count or len(column) != count:
        raise ValueError("truncated xlate word-frequency file")
    return words, column


def decode(data: bytes) -> dict[str, int]:
    return dict(zip(*decode_table(data)))


def write_atomically(path: Path, data: bytes) -> None:
    """Concurrent first runs (pre-commit, parallel CI jobs) must never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def load_table(source: Path, parse: Callable[[Path], dict[str, int]], typecode: str = "I",
               variant: str = "") -> tuple[list[str], array.array]:
    """The words and values parse reads from source, from the compact cache, building it on first use.

    An unreadable or unwritable cache only costs speed: the shipped list is parsed instead.
    """
    cached = cache_path(source, variant)
    try:
        return decode_table(cached.read_bytes())
    except (OSError, ValueError, struct.error):
        pass
    data = encode(parse(source), typecode)
    try:
        write_atomically(cached, data)
    except OSError:
        pass
    return decode_table(data)


def load_frequencies(lang: str) -> dict[str, int]:
    """Word -> frequency for lang from pyspellchecker's list."""
    return dict(zip(*load_table(source_path(lang), parse_source)))
