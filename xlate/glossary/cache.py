"""A persistent cache of parsed glossary files: a 50,000-concept glossary is parsed once, not every run.

Each glossary file has one slot, <cache dir>/glossary/<hash of its path>.marshal, holding
(key, concepts as plain tuples). marshal reads plain tuples about ten times faster than
tomllib parses TOML, and far faster than pickle rebuilds dataclasses. The key holds the
file's path (resolved, and as given, since concept sources quote it), size, mtime_ns, the
xlate version and the fields of Concept and Term: any change parses the file again and
rewrites the slot. An unreadable, corrupt or unwritable cache is ignored, never an error,
and nothing is written beside the glossary.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import tempfile
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Callable

from xlate import __version__
from xlate.spelling.data import cache_dir
from xlate.glossary.model import LENIENT, Concept, Term

FOLDER = "glossary"
_TERM_FIELDS = tuple(f.name for f in fields(Term))
_CONCEPT_FIELDS = tuple(f.name for f in fields(Concept))
_TERMS = _CONCEPT_FIELDS.index("terms")
_FORMAT = ("xlate-glossary-cache", 1, __version__, _CONCEPT_FIELDS, _TERM_FIELDS)


@contextmanager
def gc_paused():
    """Building hundreds of thousands of long-lived objects: the cyclic collector would walk
    them over and over and find nothing to free (a third of the build time at 50,000 concepts)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def cache_folder() -> Path:
    return cache_dir() / FOLDER


def load_cached(path: Path, load: Callable[[Path], list[Concept]]) -> list[Concept]:
    """load(path), or the concepts it gave last time if the file has not changed since."""
    if LENIENT.get():   # lint keeps entries a check refuses: those must never be served to a check
        return load(path)
    try:
        stat = path.stat()
    except OSError:
        return load(path)   # let the loader report it
    key = (*_FORMAT, str(path), str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    slot = cache_folder() / f"{hashlib.sha256(repr(key[-4:-2]).encode()).hexdigest()[:32]}.marshal"
    concepts = _read(slot, key)
    if concepts is None:
        concepts = load(path)
        _write(slot, key, [_plain(c) for c in concepts])
    return concepts


def _plain(concept: Concept) -> tuple:
    values = [getattr(concept, name) for name in _CONCEPT_FIELDS]
    values[_TERMS] = tuple(tuple(getattr(t, name) for name in _TERM_FIELDS) for t in concept.terms)
    return tuple(values)


def _concept(values: tuple) -> Concept:
    values = list(values)
    values[_TERMS] = [Term(*term) for term in values[_TERMS]]
    return Concept(*values)


def _read(slot: Path, key: tuple) -> list[Concept] | None:
    try:
        stored_key, concepts = marshal.loads(slot.read_bytes())   # marshal.load(file) reads in small pieces: 10x slower
        if stored_key != key:
            return None
        return [_concept(values) for values in concepts]
    except Exception:   # missing, truncated or garbled: parse the glossary again
        return None


def _write(slot: Path, key: tuple, concepts: list[tuple]) -> None:
    """Atomically: a run reading the slot meanwhile sees the old entry or the new one, never half."""
    try:
        slot.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps((key, concepts))
        handle, temp = tempfile.mkstemp(dir=slot.parent, prefix=slot.stem, suffix=".tmp")
    except (OSError, ValueError):   # a read-only cache folder, or a value marshal cannot store
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temp, slot)
    except OSError:
        Path(temp).unlink(missing_ok=True)
