"""Files in the user cache folder that several processes may read and write at once.

Every small cache xlate keeps (glossary parses and indexes, the confusables data, the Apertium
probe) is one marshalled (key, data) pair: a reader that finds another key, or a file it cannot
read, builds the data again, and a writer replaces the whole file at once. A cache that cannot be
written only costs speed. The large ones (translations, per-file results) are SQLite databases in
WAL mode, opened by open_database.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

BUSY_TIMEOUT_MS = 30_000
MMAP_BYTES = 1 << 30
_IN_CHUNK = 500   # values bound per query: well under SQLite's limit on bound parameters


def write_atomically(path: Path, data: bytes) -> None:
    """Concurrent first runs (pre-commit, parallel CI jobs) must never see half a file."""
    import tempfile   # only when writing: a warm run never does
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def read_keyed(path: Path, key):
    """The data stored in path under key, or None (no file, another key, a damaged file)."""
    try:
        stored_key, data = marshal.loads(path.read_bytes())   # marshal.load(file) reads in small pieces: 10x slower
    except Exception:
        return None
    return data if stored_key == key else None


def write_keyed(path: Path, key, data) -> None:
    """Store data under key, atomically; a read-only folder or data marshal cannot hold is skipped."""
    try:
        write_atomically(path, marshal.dumps((key, data)))
    except (OSError, ValueError):
        pass


_STAMPS_KEY = 1
_stamps: dict[str, tuple[int, int, int]] | None = None   # path -> (size, modification time, CRC-32)


def content_stamp(path: Path) -> tuple[int, int]:
    """(size, CRC-32) of a file's content: what a cache built from the file is named after, so a
    reinstall of the same file (a CI job that restores its cache, pre-commit's environment for a new
    hook version: new modification times) finds what was built from it. Each version of a file is
    read once: its CRC is remembered, under its size and modification time, in one small file."""
    global _stamps
    stat = path.stat()
    stamps_file = cache_dir() / "stamps.marshal"
    if _stamps is None:
        _stamps = read_keyed(stamps_file, _STAMPS_KEY) or {}
    known = _stamps.get(str(path))
    if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
        return stat.st_size, known[2]
    crc = zlib.crc32(path.read_bytes())
    _stamps[str(path)] = (stat.st_size, stat.st_mtime_ns, crc)
    write_keyed(stamps_file, _STAMPS_KEY, _stamps)
    return stat.st_size, crc


_open_caches = None   # the caches close_at_exit will close (a WeakSet once the first registers)


def close_at_exit(cache) -> None:
    """cache.close() runs at the process's exit if cache is still alive, so its database's log is
    checkpointed into the file (no -wal file left beside it). The xlate program ends without the
    interpreter's teardown (xlate/infra/ending.py), which would otherwise have closed the connection
    while freeing it. A --jobs worker ends without exit handlers: it never closes its parent's."""
    global _open_caches
    if _open_caches is None:
        import atexit
        import weakref
        _open_caches = weakref.WeakSet()
        atexit.register(lambda: [each.close() for each in list(_open_caches)])
    _open_caches.add(cache)


def open_database(path: Path, schema: str) -> "sqlite3.Connection":
    """A connection to a cache database that concurrent runs (two pre-commit hooks, --jobs workers,
    Dask workers) may share: WAL mode and a busy timeout; sqlite3 (and filelock, for a new
    database) are imported only here. A connection must not cross a fork: open one per process."""
    import sqlite3
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        conn.executescript(schema)    # WAL is kept in the file: the busy timeout holds from here on
    else:
        # Switching a new database to WAL ignores the busy timeout, so set-up takes turns.
        from filelock import FileLock
        with FileLock(str(path) + ".lock", timeout=BUSY_TIMEOUT_MS / 1000):
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(schema)
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")   # a warm run is all reads: map them, no read() calls
    return conn


def remove_database(path: Path) -> None:
    """Delete a cache database and its WAL files; one that is not a file (a folder, made by hand
    or by accident) is renamed aside, never deleted with what it holds."""
    import shutil
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.move(leftover, leftover.with_name(f"{leftover.name}.not-a-cache-{os.getpid()}"))
        else:
            leftover.unlink(missing_ok=True)


def rows_in_chunks(conn: "sqlite3.Connection", query: str, params: tuple, values: list):
    """The rows of query over values, whose "{marks}" (in an IN list) take the values a chunk SQLite
    accepts at a time; params bind the placeholders before it."""
    for i in range(0, len(values), _IN_CHUNK):
        chunk = values[i:i + _IN_CHUNK]
        yield from conn.execute(query.format(marks=",".join("?" * len(chunk))), (*params, *chunk))


def fingerprint(data: bytes) -> tuple[int, int]:
    """Length and CRC-32: a cache entry's key is compared whole, so a clash costs a rebuild, never a
    wrong answer. (hashlib would cost a one-file check 3 ms to import.)"""
    return len(data), zlib.crc32(data)


def source_stamp(module: ModuleType) -> tuple[int, int]:
    """The fingerprint of a module's source: what a cache derived by that code is keyed by, so an
    edit to the code makes its entries stale."""
    return fingerprint(Path(module.__file__).read_bytes())


def cache_dir() -> Path:
    override = os.environ.get("XLATE_CACHE_DIR")
    if override:
        return Path(override)
    return _xdg_cache_dir() or _platform_cache_dir()


def _xdg_cache_dir() -> Path | None:
    """platformdirs' answer on plain Linux, where it is unambiguous, without importing it (a few ms
    of every run): $XDG_CACHE_HOME/xlate, else ~/.cache/xlate. None elsewhere or for any doubt."""
    if sys.platform != "linux" or "ANDROID_DATA" in os.environ:
        return None
    xdg, home = os.environ.get("XDG_CACHE_HOME", ""), os.environ.get("HOME", "")
    if xdg.startswith("/"):
        return Path(xdg, "xlate")
    return Path(home, ".cache", "xlate") if home.startswith("/") and not xdg.strip() else None


def _platform_cache_dir() -> Path:
    import platformdirs
    return Path(platformdirs.user_cache_dir("xlate", appauthor=False))
