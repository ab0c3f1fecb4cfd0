"""Finding glossary files and reading them with the loader their format needs."""

from __future__ import annotations

import importlib
from pathlib import Path

from xlate.collector import gc_paused
from xlate.glossary.cache import load_cached
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
    concepts (a check), so the indexes built over them may be kept whole between runs."""
    glossary, stamp = Glossary(), []
    with gc_paused():
        for path in paths:
            files = glossary_files(Path(path))
            for file in files:
                concepts, version = load_cached(file, loader_for(file))
                glossary.extend(concepts, str(file))
                stamp.append(version)
            if not files:
                glossary.sources.append(f"{path} holds no glossary files")
    if read_only and None not in stamp:
        glossary.stamp = tuple(stamp)
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
