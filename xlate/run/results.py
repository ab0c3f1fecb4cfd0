"""What checking each file yielded, kept between runs, so a re-run checks only what changed.

An editor re-running `xlate check content/` after fixing two articles, or a newsroom checking its
archive every night, has the same files checked again and again. Like ruff's cache, this keeps each
file's result of the per-document step (its Partial: findings, corpus-rule observations, exemptions)
under a key made of

- the file's path as given and its bytes (BLAKE2b), and
- everything else its result depends on (the run fingerprint): xlate's own code and data, and the
  word lists of pyspellchecker and wordfreq (each file's size and mtime), the Python and regex
  versions, the whole configuration, the glossary files (path, size, mtime, inode, as the parse
  cache keys them) and the engine's name and version (an Argos model's digest).

The corpus-wide step (XL104's minority forms, XL501's confirmations) and the pair rules run on
every run, over cached and fresh partials alike, so the output is the same as without the cache
(tested). Runs over less than MIN_CACHED_BYTES of text, a pre-commit hook's few changed files,
neither read nor write it: checking them costs less than opening a database. Rows unused for
KEEP_DAYS days are dropped; `xlate cache clear` drops all; `--no-cache` bypasses it.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from xlate.infra.cachefile import open_database, rows_in_chunks

if TYPE_CHECKING:
    import sqlite3

    from xlate.lint.steps import Partial
    from xlate.rules.context import Context

CACHE_FILE = "results.sqlite3"
MIN_CACHED_BYTES = 512_000
KEEP_DAYS = 30
FORMAT = 1
# One row per file (its absolute path): the latest result replaces the one before, so an archive
# checked under many glossary versions keeps one result per file, not one per version.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS file_result (
    file TEXT PRIMARY KEY, key BLOB NOT NULL, partial BLOB NOT NULL, used INTEGER NOT NULL
) WITHOUT ROWID;
"""


class ResultCache:
    def __init__(self, ctx: Context | None, directory: Path | None = None):
        """ctx: the run whose results are looked up and stored; None to count or clear them only."""
        from xlate.infra.cachefile import cache_dir, close_at_exit
        self.ctx = ctx
        self.path = Path(directory or cache_dir()) / CACHE_FILE
        self._conn: sqlite3.Connection | None = None
        self._run_key: bytes | None = None
        self._keys: dict[str, tuple[bytes, tuple[int, int]]] = {}   # path -> (key, (size, mtime) when hashed)
        close_at_exit(self)

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = open_database(self.path, _SCHEMA)
        return self._conn

    def lookup(self, files: list[Path]) -> dict[str, Partial]:
        """The stored result of each file whose key matches, by path as given; keys are kept for store()."""
        import pickle
        wanted = {}   # absolute path -> (path as given, key)
        for path in files:
            key = self._file_key(path)
            if key is not None:
                wanted[os.path.abspath(path)] = (str(path), key)
        found, used = {}, []
        try:
            for file, key, blob in rows_in_chunks(self.conn, "SELECT file, key, partial FROM file_result "
                                                  "WHERE file IN ({marks})", (), list(wanted)):
                given, wanted_key = wanted[file]
                if key == wanted_key:
                    found[given] = pickle.loads(blob)
                    used.append(file)
        except Exception:   # an unreadable or damaged cache only costs speed
            return {}
        self._touch(used)
        return found

    def store(self, fresh: list[tuple[str, Partial]]) -> None:
        """Keep what checking gave for files hashed by lookup() and unchanged since."""
        import pickle
        rows = []
        for path, partial in fresh:
            key, stamp = self._keys.get(path, (None, None))
            if key is not None and _stamp(Path(path)) == stamp:   # not edited while being checked
                rows.append((os.path.abspath(path), key, pickle.dumps(partial, protocol=pickle.HIGHEST_PROTOCOL),
                             _today()))
        if not rows:
            return
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.executemany("INSERT OR REPLACE INTO file_result VALUES (?, ?, ?, ?)", rows)
                self.conn.execute("DELETE FROM file_result WHERE used < ?", (_today() - KEEP_DAYS,))
        except Exception:   # a cache that cannot be written (read-only, locked, damaged) only costs speed
            pass

    def count(self) -> int:
        """How many files have a stored result (0 when there is no cache, or a damaged one)."""
        if not self.path.exists():
            return 0
        import sqlite3
        try:
            return self.conn.execute("SELECT COUNT(*) FROM file_result").fetchone()[0]
        except sqlite3.DatabaseError:
            return 0

    def clear(self) -> int:
        """Delete every stored result; returns how many there were (0 for a damaged file, deleted)."""
        if not self.path.exists():
            return 0
        import sqlite3
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                count = self.conn.execute("SELECT COUNT(*) FROM file_result").fetchone()[0]
                self.conn.execute("DELETE FROM file_result")
            self.conn.execute("VACUUM")
        except sqlite3.DatabaseError:
            self.close()
            for leftover in self.path.parent.glob(self.path.name + "*"):
                leftover.unlink(missing_ok=True)
            return 0
        return count

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _touch(self, files: list[str]) -> None:
        """Mark rows used today (at most one write per row and day), so pruning spares them. A cache
        that cannot be written (a read-only folder) still serves what it holds."""
        try:
            with self.conn:
                for _ in rows_in_chunks(self.conn, "UPDATE file_result SET used = ? WHERE used < ? "
                                                   "AND file IN ({marks})", (_today(), _today()), files):
                    pass
        except Exception:
            pass

    def _file_key(self, path: Path) -> bytes | None:
        import hashlib
        stamp = _stamp(path)
        if stamp is None or stamp[0] > self.ctx.config.max_bytes:
            return None   # checking reports it, and checks it every time
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digest = hashlib.blake2b(self.run_key, digest_size=20)
        digest.update(os.fsencode(str(path)) + b"\0")
        digest.update(data)
        key = digest.digest()
        self._keys[str(path)] = (key, stamp)
        return key

    @property
    def run_key(self) -> bytes:
        if self._run_key is None:
            import hashlib
            self._run_key = hashlib.blake2b(repr(run_fingerprint(self.ctx)).encode(), digest_size=20).digest()
        return self._run_key


def worth_caching(total_bytes: int) -> bool:
    return total_bytes >= MIN_CACHED_BYTES


def run_fingerprint(ctx: Context) -> tuple:
    """Everything besides a file's own bytes that its result depends on."""
    import unicodedata

    import regex

    engine = ctx.engine and (ctx.engine.name, ctx.engine.version)
    return (FORMAT, sys.version, unicodedata.unidata_version, regex.__version__, _code_stamps(), _word_list_stamps(),
            canonical(ctx.config),
            tuple((source, _stamp(Path(source), inode=True)) for source in ctx.glossary.sources), engine)


def canonical(value):
    """value as nested tuples in a fixed order: a set's iteration order changes from run to run."""
    if is_dataclass(value):
        return (type(value).__name__, *((f.name, canonical(getattr(value, f.name))) for f in fields(value)))
    if isinstance(value, (set, frozenset)):
        return ("set", *sorted(map(canonical, value), key=repr))
    if isinstance(value, dict):
        return ("dict", *sorted(((canonical(k), canonical(v)) for k, v in value.items()), key=repr))
    if isinstance(value, (list, tuple)):
        return tuple(map(canonical, value))
    return repr(value)


def _code_stamps() -> tuple:
    """Size and mtime of every file of the xlate package (its code and its data, the compiled word
    lists among them): an upgrade or an edit is a new fingerprint. This module is in xlate/run."""
    package = Path(__file__).resolve().parent.parent
    return tuple((str(p.relative_to(package)), _stamp(p)) for p in sorted(package.rglob("*"))
                 if p.is_file() and "__pycache__" not in p.parts)


def _word_list_stamps() -> tuple:
    """The shipped word lists the spelling and usage checks read (a package upgrade replaces them)."""
    from xlate.spelling import data, usage
    stamps = []
    for source_path in (data.source_path, usage.source_path):
        for lang in ("en", "es"):
            try:
                path = source_path(lang)
            except data.DictionaryDataError:
                path = None
            stamps.append(path and (str(path), _stamp(path)))
    return tuple(stamps)


def _stamp(path: Path, inode: bool = False) -> tuple[int, ...] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino) if inode else (stat.st_size, stat.st_mtime_ns)


def _today() -> int:
    return int(time.time() // 86_400)
