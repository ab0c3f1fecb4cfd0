"""Finding glossary files and reading them with the loader their format needs."""

from __future__ import annotations

import importlib
import stat
from pathlib import Path
from typing import Callable

from xlate.infra.collector import gc_paused
from xlate.glossary.cache import checked_before, load_cached, mark_checked
from xlate.glossary.model import Concept, Glossary, GlossaryError
from xlate.infra.regular_file import file_kind, folder_of, has_mode

# suffix -> module with a load(path) -> list[Concept]; imported only when a file needs it.
FORMAT_MODULES = {
    ".toml": "xlate.glossary.native",
    ".tbx": "xlate.glossary.tbx",
    ".csv": "xlate.glossary.tabular",
    ".tsv": "xlate.glossary.tabular",
}


def loader_for(path: Path):
    module = FORMAT_MODULES.get(path.suffix.lower())
    if module is None:
        raise GlossaryError(str(path), f"unknown glossary format {path.suffix!r} "
                                       f"(use one of {', '.join(sorted(FORMAT_MODULES))})")
    return guarded(importlib.import_module(module).load)


def guarded(load: Callable[[Path], list[Concept]]) -> Callable[[Path], list[Concept]]:
    """load, with what any format's reader can meet on a hostile file turned into a GlossaryError
    naming the file: a read that fails, nesting past Python's recursion limit."""
    def load_file(path: Path) -> list[Concept]:
        try:
            return load(path)
        except OSError as exc:
            raise GlossaryError(str(path), f"cannot read: {exc.strerror or exc}") from None
        except RecursionError:
            raise GlossaryError(str(path), "nested too deeply to read") from None
    return load_file


def glossary_files(path: Path) -> list[Path]:
    kind = file_kind(path)
    if kind == "folder":
        try:
            return sorted(p for p in path.iterdir() if p.suffix.lower() in FORMAT_MODULES and file_kind(p) == "file")
        except OSError as exc:
            raise GlossaryError(str(path), f"cannot read this folder: {exc.strerror or exc}") from None
    if kind == "file":
        return [path]
    raise GlossaryError(str(path), "no such glossary file or folder" if kind == "no such file or folder" else kind)


def load_glossary(paths: list[Path], read_only: bool = False) -> Glossary:
    """The concepts of every glossary file under paths; files unchanged since an earlier run are
    read from the parse cache (xlate/glossary/cache.py). read_only: the caller will not change the
    concepts (a check), so the indexes built over them may be kept whole between runs, and files
    found free of conflicts together before are not checked again."""
    glossary, pieces = Glossary(), []   # pieces: (concepts, version of the file, source)
    with gc_paused():
        for path in paths:
            files = glossary_files(Path(path))
            pieces += [(*load_cached(file, loader_for(file)), str(file)) for file in files]
            if not files:
                pieces.append(([], (), f"{path} holds no glossary files"))
        stamp = tuple(version for _, version, _ in pieces)
        stamped = read_only and None not in stamp
        checked = stamped and checked_before(stamp)
        for concepts, _, source in pieces:
            glossary.extend(concepts, source, checked=checked)
    if stamped:
        mark_checked(stamp)
        glossary.stamp = stamp
    return glossary


def find_glossary_dir(start: Path) -> Path | None:
    """The glossary/ folder of the nearest project root at or above start."""
    folder = folder_of(start)
    for candidate in (folder, *folder.parents):
        if has_mode(candidate / "glossary", stat.S_ISDIR):
            return candidate / "glossary"
        if any(has_mode(candidate / marker) for marker in (".git", "pyproject.toml", "xlate.toml")):
            return None
    return None
