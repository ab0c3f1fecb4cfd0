"""The word-frequency lists behind the dictionaries, and their compact on-disk form.

pyspellchecker ships one gzipped JSON object per language. Parsing it costs
more than a checker may spend at start-up, so the first run writes a compact
copy to the user cache (frequencies as a uint32 array, then the words joined
by newlines) and later runs read that copy back in a few milliseconds. The
cache name carries the size and modification time of the shipped file, so an
upgraded pyspellchecker gets a fresh copy.
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

FORMAT = 1
_HEADER = struct.Struct("<4sII")   # magic, format, word count
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


def cache_path(source: Path) -> Path:
    stat = source.stat()
    lang = source.name.split(".")[0]
    return cache_dir() / f"words-{lang}-{stat.st_size}-{stat.st_mtime_ns}-{sys.byteorder}-v{FORMAT}.bin"


def parse_source(source: Path) -> dict[str, int]:
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        return {word: min(int(freq), _MAX_FREQUENCY) for word, freq in json.load(handle).items()}


def encode(frequencies: dict[str, int]) -> bytes:
    words = sorted(frequencies)
    counts = array.array("I", (frequencies[w] for w in words))
    return _HEADER.pack(_MAGIC, FORMAT, len(words)) + counts.tobytes() + "\n".join(words).encode("utf-8")


def decode(data: bytes) -> dict[str, int]:
    magic, fmt, count = _HEADER.unpack_from(data)
    if magic != _MAGIC or fmt != FORMAT:
        raise ValueError("not a xlate word-frequency file")
    counts = array.array("I")
    end = _HEADER.size + count * counts.itemsize
    counts.frombytes(data[_HEADER.size:end])
    words = data[end:].decode("utf-8").split("\n") if count else []
    if len(words) != count:
        raise ValueError("truncated xlate word-frequency file")
    return dict(zip(words, counts))


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


def load_frequencies(lang: str) -> dict[str, int]:
    """Word -> frequency for lang, from the compact cache, building it on first use.

    An unreadable or unwritable cache only costs speed: the shipped list is parsed instead.
    """
    source = source_path(lang)
    cached = cache_path(source)
    try:
        return decode(cached.read_bytes())
    except (OSError, ValueError, struct.error):
        pass
    frequencies = parse_source(source)
    try:
        write_atomically(cached, encode(frequencies))
    except OSError:
        pass
    return frequencies
