"""Changing glossary files safely.

Every change runs under a lock file beside the glossary, re-reads the file
inside the lock (so two concurrent `xlate glossary add` runs both land), checks
that the result loads, and replaces the file atomically: a temp file in the
same folder, fsynced, then os.replace. A failed change leaves the file as it was.
"""

from __future__ import annotations

import importlib
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock

from xlate.glossary.loader import FORMAT_MODULES, loader_for
from xlate.glossary.model import Concept, Glossary, GlossaryError

LOCK_TIMEOUT = 60


def format_module(path: Path):
    loader_for(path)   # raises GlossaryError for an unknown suffix
    return importlib.import_module(FORMAT_MODULES[path.suffix.lower()])


def lock_for(path: Path) -> FileLock:
    return FileLock(str(path.with_name(f".{path.name}.lock")), timeout=LOCK_TIMEOUT)


def atomic_write(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def render(path: Path, concepts: list[Concept], previous: str | None = None) -> str:
    """The file's new text, checked to load back as the same concepts before anything is written."""
    module = format_module(path)
    Glossary().extend(concepts, str(path))   # refuses repeated ids and double preferred terms
    text = module.to_text(concepts, path, previous)
    reloaded = module.from_text(text, path)
    if [c.id for c in reloaded] != [c.id for c in concepts]:
        raise GlossaryError(str(path), "internal error: the new file would not load back; nothing written")
    return text


@contextmanager
def editing(path: Path) -> Iterator[list[Concept]]:
    """Yield the file's concepts (empty for a new file) to change in place; write them back on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with lock_for(path):
        previous = path.read_text(encoding="utf-8-sig") if path.exists() else None
        concepts = format_module(path).from_text(previous, path) if previous is not None else []
        yield concepts
        atomic_write(path, render(path, concepts, previous))


def write_new(path: Path, concepts: list[Concept]) -> None:
    """Write concepts as a whole new file (export)."""
    path = Path(path)
    with lock_for(path):
        atomic_write(path, render(path, concepts))
