"""Files in the user cache folder that several processes may read and write at once.

Every cache xlate keeps (glossary parses and indexes, the confusables data, the Apertium probe)
is one marshalled (key, data) pair: a reader that finds another key, or a file it cannot read,
builds the data again, and a writer replaces the whole file at once. A cache that cannot be
written only costs speed.
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path


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
