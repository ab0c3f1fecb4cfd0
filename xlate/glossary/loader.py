"""Finding glossary files and reading them with the loader their format needs."""

from __future__ import annotations

import importlib
from pathlib import Path

from xlate.infra.collector import gc_paused
from xlate.glossary.cache import checked_before, load_cached, mark_checked
from xlate.glossary.model import Glossary, GlossaryError

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
    return importlib.import_module(module).load


def glossary_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() in FORMAT_MODULES and p.is_file())
    if path.is_file():
        return [path]
    raise GlossaryError(str(path), "no such glossary file or folder")


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
    start = start.resolve()
    for folder in [start if start.is_dir() else start.parent, *(start if start.is_dir() else start.parent).parents]:
        candidate = folder / "glossary"
        if candidate.is_dir():
            return candidate
        if (folder / ".git").exists() or (folder / "pyproject.toml").exists() or (folder / "xlate.toml").exists():
            return None
    return None
