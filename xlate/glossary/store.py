"""Changing glossary files safely.

Every change runs under a lock file (in the user cache folder, one per glossary file), re-reads the file
inside the lock (so two concurrent `xlate glossary add` runs both land), checks
that the result loads, and replaces the file atomically (xlate/infra/atomic.py: links,
mode and owner kept; read-only or hard-linked files refused; an edit saved by
someone else meanwhile refused). A failed change leaves the file as it was.
"""

from __future__ import annotations

import hashlib
import importlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from filelock import FileLock

from xlate.infra.atomic import NotReplaced, replace_file
from xlate.glossary.loader import FORMAT_MODULES, loader_for
from xlate.glossary.model import Concept, Glossary, GlossaryError
from xlate.infra.regular_file import read_regular_bytes

LOCK_TIMEOUT = 60


def format_module(path: Path):
    loader_for(path)   # raises GlossaryError for an unknown suffix
    return importlib.import_module(FORMAT_MODULES[path.suffix.lower()])


def lock_for(path: Path) -> FileLock:
    """The lock of a glossary file, kept in the user cache folder (named by the file's resolved path)
    rather than beside the file, where it would show up in `git status` after every change."""
    from xlate.infra.cachefile import cache_dir
    key = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    folder = cache_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    return FileLock(str(folder / f"{key}.lock"), timeout=LOCK_TIMEOUT)


def _new_file_mode() -> int:
    """What open() gives a new file (0666 less the umask); mkstemp's 0600 would hide a shared glossary."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: Path, text: str, previous: str | None = None) -> None:
    """Replace the glossary file by text (xlate/infra/atomic.py); previous: the text the change was made
    from, which the file must still hold."""
    expected = None if previous is None else _bytes_of(path)
    if expected is not None and expected.decode("utf-8-sig", "replace") != previous:
        raise GlossaryError(str(path), "changed on disk while xlate worked on it; nothing written (run again)")
    try:
        replace_file(path, text.encode("utf-8"), expected=expected)
    except NotReplaced as exc:
        raise GlossaryError(exc.path, exc.reason) from None


def _bytes_of(path: Path) -> bytes | None:
    try:
        return read_regular_bytes(path)
    except FileNotFoundError:
        return None


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
    if path.is_dir():
        raise GlossaryError(str(path), "is a folder; name a glossary file (.toml, .tbx, .csv, .tsv)")
    _make_folder(path.parent)
    with _locked(path):
        try:
            previous = read_regular_bytes(path).decode("utf-8-sig") if path.exists() else None
        except (OSError, UnicodeDecodeError) as exc:
            raise GlossaryError(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
        concepts = format_module(path).from_text(previous, path) if previous is not None else []
        yield concepts
        atomic_write(path, render(path, concepts, previous), previous)


def write_new(path: Path, concepts: list[Concept]) -> None:
    """Write concepts as a whole new file (export)."""
    path = Path(path)
    with _locked(path):
        atomic_write(path, render(path, concepts))


def _make_folder(folder: Path) -> None:
    """The glossary's folder: one missing level is made (glossary/ in a project), a deeper missing
    path is refused (a typo in --file must not create folders anywhere)."""
    if folder.is_dir():
        return
    if not folder.parent.is_dir():
        raise GlossaryError(str(folder), "no such folder; create it first")
    try:
        folder.mkdir()
    except OSError as exc:
        raise GlossaryError(str(folder), f"cannot create the folder: {exc.strerror or exc}") from None


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    from filelock import Timeout
    lock = lock_for(path)
    try:
        lock.acquire()
    except Timeout:
        raise GlossaryError(str(path), f"another xlate has been changing it for {LOCK_TIMEOUT} s (lock file "
                                       f"{lock.lock_file}); try again, or delete the lock file if no xlate is running") from None
    except OSError as exc:
        raise GlossaryError(str(path), f"cannot lock it for writing ({lock.lock_file}: {exc.strerror or exc}); "
                                       "is its folder writable?") from None
    try:
        yield
    finally:
        lock.release()
