"""A persistent translation cache: SQLite under the user's cache directory.

Keyed by engine, engine version (or model digest), direction and source text,
so a new Apertium release or another model never serves stale translations.
WAL mode and a busy timeout let two runs (two pre-commit hooks, say) read and
write the same cache at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from xlate.infra.cachefile import close_at_exit, open_database, remove_database, rows_in_chunks
from xlate.translate.engine import Engine, WrappingEngine

if TYPE_CHECKING:
    import sqlite3

CACHE_FILE = "translations.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translation (
    engine TEXT NOT NULL, version TEXT NOT NULL, src TEXT NOT NULL, tgt TEXT NOT NULL,
    source TEXT NOT NULL, target TEXT NOT NULL,
    PRIMARY KEY (engine, version, src, tgt, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS score (
    metric TEXT NOT NULL, pair TEXT NOT NULL, value REAL NOT NULL,
    PRIMARY KEY (metric, pair)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS round_trip (
    key BLOB PRIMARY KEY, forward TEXT NOT NULL, back TEXT NOT NULL, score REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS document_scores (
    key BLOB PRIMARY KEY, sentences BLOB NOT NULL
) WITHOUT ROWID;
"""


# Each table with the columns this code reads: a database of another schema fails one of them.
_SCHEMA_PROBES = (
    "SELECT engine, version, src, tgt, source, target FROM translation LIMIT 0",
    "SELECT metric, pair, value FROM score LIMIT 0",
    "SELECT key, forward, back, score FROM round_trip LIMIT 0",
    "SELECT key, sentences FROM document_scores LIMIT 0",
)


def _damaged(exc: Exception, path: Path) -> bool:
    """Whether exc says the database file itself is unusable (garbage, malformed, another schema, a
    folder where it or its lock should be), which a new one cures; not a lock, a permission or a
    read-only folder, which deleting the file would not cure."""
    import sqlite3
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    return not any(word in str(exc) for word in ("locked", "readonly", "unable to open", "busy"))


def _notice(message: str) -> None:
    import sys
    print(f"xlate: {message}", file=sys.stderr)


def default_cache_dir() -> Path:
    from xlate.infra.cachefile import cache_dir
    return cache_dir()


@dataclass(frozen=True)
class CacheStats:
    path: Path
    size_bytes: int
    entries: dict[tuple[str, str, str, str], int]   # (engine, version, src, tgt) -> count


class TranslationCache:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory else default_cache_dir()
        self.path = self.directory / CACHE_FILE
        self._conn: sqlite3.Connection | None = None
        self._pid = os.getpid()
        close_at_exit(self)

    @property
    def conn(self) -> sqlite3.Connection:
        """Opened on first use: sqlite3 (and filelock, for a new database) are imported only then.
        A process forked from the one that opened it (a --jobs worker) opens its own: an SQLite
        connection must not cross a fork."""
        if self._conn is not None and self._pid != os.getpid():
            self._conn = None
        if self._conn is None:
            self._pid = os.getpid()
            self._conn = self._open()
        return self._conn

    def _open(self) -> "sqlite3.Connection":
        """The cache database, checked to have the tables and columns this code reads. A damaged one
        (not a database, another schema, a folder in its place) is rebuilt with a notice; one that
        cannot be opened at all (a read-only cache folder) is replaced by a memory-only one for this
        run, with a notice: a cache only ever costs speed."""
        import sqlite3
        try:
            return self._open_checked()
        except (sqlite3.DatabaseError, OSError) as exc:
            problem = exc
        conn = None
        if _damaged(problem, self.path):
            try:
                remove_database(self.path)
                conn = self._open_checked()
                _notice(f"the translation cache {self.path} was damaged ({problem}); started a new one")
            except (sqlite3.DatabaseError, OSError) as exc:
                problem = exc
        if conn is None:
            _notice(f"cannot use the translation cache {self.path} ({problem}); this run keeps its translations "
                    "in memory only")
            conn = sqlite3.connect(":memory:", isolation_level=None)
            conn.executescript(_SCHEMA)
        return conn

    def _open_fails(self) -> bool:
        import sqlite3
        try:
            self._open_checked().close()
            return False
        except (sqlite3.DatabaseError, OSError):
            return True

    def _open_checked(self) -> "sqlite3.Connection":
        conn = open_database(self.path, _SCHEMA)
        try:
            for query in _SCHEMA_PROBES:
                conn.execute(query).fetchall()
        except BaseException:
            conn.close()
            raise
        return conn

    def _using(self, work):
        """work(connection); a database found damaged only now is rebuilt, and work done again."""
        import sqlite3
        try:
            return work(self.conn)
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc, self.path):   # locked, read-only: not the file's fault
                raise
            self.close()
            remove_database(self.path)
            _notice(f"the translation cache {self.path} was damaged ({exc}); started a new one")
            return work(self.conn)

    def _select_in(self, query: str, key: tuple, texts: list, row=None) -> dict:
        """{first column: second column} of the rows matching texts; with row, {first: row(rest)}."""
        def select(conn):
            rows = rows_in_chunks(conn, query, key, list(dict.fromkeys(texts)))
            return dict(rows if row is None else ((r[0], row(r[1:])) for r in rows))
        return self._using(select)

    def _insert(self, query: str, rows: list[tuple]) -> None:
        def insert(conn):
            with conn:   # one transaction: one fsync for the whole batch
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(query, rows)
        if rows:
            self._using(insert)

    def lookup(self, engine: str, version: str, src: str, tgt: str, texts: list[str]) -> dict[str, str]:
        return self._select_in("SELECT source, target FROM translation WHERE engine=? AND version=? AND src=? "
                               "AND tgt=? AND source IN ({marks})", (engine, version, src, tgt), texts)

    def store(self, engine: str, version: str, src: str, tgt: str, pairs: dict[str, str]) -> None:
        self._insert("INSERT OR REPLACE INTO translation VALUES (?, ?, ?, ?, ?, ?)",
                     [(engine, version, src, tgt, s, t) for s, t in pairs.items()])

    def lookup_scores(self, metric: str, pairs: list[str]) -> dict[str, float]:
        """Scores already computed with metric; a pair is reference and hypothesis joined by a NUL."""
        return self._select_in("SELECT pair, value FROM score WHERE metric=? AND pair IN ({marks})", (metric,), pairs)

    def store_scores(self, metric: str, scores: dict[str, float]) -> None:
        self._insert("INSERT OR REPLACE INTO score VALUES (?, ?, ?)", [(metric, p, v) for p, v in scores.items()])

    def lookup_round_trips(self, keys: list[bytes]) -> dict[bytes, tuple[str, str, float]]:
        """Whole round trips, (forward, back, score), stored under keys (translate/roundtrip.py makes
        them): one look-up per sentence instead of one per leg and one for the score."""
        return self._select_in("SELECT key, forward, back, score FROM round_trip WHERE key IN ({marks})", (), keys,
                               row=tuple)

    def lookup_round_trip_scores(self, keys: list[bytes]) -> dict[bytes, float]:
        """The scores alone of the whole round trips stored under keys: most sentences need no more."""
        return self._select_in("SELECT key, score FROM round_trip WHERE key IN ({marks})", (), keys)

    def store_round_trips(self, trips: dict[bytes, tuple[str, str, float]]) -> None:
        self._insert("INSERT OR REPLACE INTO round_trip VALUES (?, ?, ?, ?)", [(k, *v) for k, v in trips.items()])

    def lookup_document_scores(self, key: bytes):
        """What store_document_scores kept under key, or None (not kept, or unreadable)."""
        import marshal
        row = self._using(lambda conn: conn.execute("SELECT sentences FROM document_scores WHERE key = ?",
                                                    (key,)).fetchone())
        try:
            return marshal.loads(row[0]) if row else None
        except (EOFError, ValueError, TypeError):
            return None

    def store_document_scores(self, key: bytes, sentences) -> None:
        """Keep a document's sentences and their round-trip scores (plain data) under key."""
        import marshal
        self._insert("INSERT OR REPLACE INTO document_scores VALUES (?, ?)", [(key, marshal.dumps(sentences))])

    def stats(self) -> CacheStats:
        if not self.path.exists():
            return CacheStats(self.path, 0, {})
        rows = self._using(lambda conn: conn.execute(
            "SELECT engine, version, src, tgt, COUNT(*) FROM translation "
            "GROUP BY engine, version, src, tgt ORDER BY engine, version, src, tgt").fetchall())
        size = sum(p.stat().st_size for p in self.directory.glob(CACHE_FILE + "*"))
        return CacheStats(self.path, size, {tuple(r[:4]): r[4] for r in rows})

    def clear(self) -> int:
        """Delete every cached translation; returns how many there were. A cache that cannot be
        opened is deleted whole: clearing must always work."""
        if not self.path.exists():
            return 0
        if self._open_fails():
            remove_database(self.path)
            return 0

        def delete_all(conn) -> int:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                count = conn.execute("SELECT COUNT(*) FROM translation").fetchone()[0]
                for table in ("translation", "score", "round_trip", "document_scores"):
                    conn.execute(f"DELETE FROM {table}")
            conn.execute("VACUUM")
            return count
        return self._using(delete_all)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class CachedEngine(WrappingEngine):
    """Any engine, answering from the cache first and sending only what is new, in one batch."""

    def __init__(self, engine: Engine, cache: TranslationCache):
        super().__init__(engine)
        self.cache = cache

    def cached(self, lines: list[str], src: str, tgt: str) -> dict[str, str]:
        """The translations the cache already holds of lines (single-line segments), by line."""
        return self.cache.lookup(self.name, self.version, src, tgt, lines)

    def translate_lines(self, lines: list[str], src: str, tgt: str) -> list[str]:
        known = self.cached(lines, src, tgt)
        missing = list(dict.fromkeys(line for line in lines if line not in known))
        if missing:
            fresh = dict(zip(missing, self.engine.translate(missing, src, tgt)))
            self.cache.store(self.name, self.version, src, tgt, fresh)
            known.update(fresh)
        return [known[line] for line in lines]
