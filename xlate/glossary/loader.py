"""Finding glossary files and reading them with the loader their format needs.

A glossary format is a module that translates between its files and the model (model.py), and
provides:

- `load(path: Path) -> list[Concept]`: every concept of the file, each with `source` set to
  "file:line" where it is defined; a file it cannot read raises `GlossaryError(source, message)`.
  Under model.LENIENT (glossary lint) it keeps conflicting or empty terms for the lint to report.
- `from_text(text: str, path: Path) -> list[Concept]`: the concepts of a file's text already in memory
  (path names it in messages and, for CSV/TSV, says the delimiter): what `xlate glossary add` and
  `edit` change, and how store.py checks that a new text loads back before writing it.
- `to_text(concepts: list[Concept], path: Path, previous: str | None = None) -> str`: the file's new
  text; previous, the file's current text, lets a format keep what it cannot model (comments,
  layout) when `xlate glossary add` or `edit` rewrites one concept.

Register it with one GlossaryFormat line in GLOSSARY_FORMATS below: its name (for `glossary export
--format`), its module (imported only when a file of its kind is read) and its suffixes.
"""

from __future__ import annotations

import importlib
import stat
from pathlib import Path
from typing import Callable, NamedTuple

from xlate.infra.collector import gc_paused
from xlate.glossary.cache import checked_before, load_cached, mark_checked
from xlate.glossary.model import Concept, Glossary, GlossaryError
from xlate.infra.regular_file import file_kind, folder_of, has_mode


class GlossaryFormat(NamedTuple):
    name: str
    module: str
    suffixes: tuple[str, ...]   # lower case, with the dot; the first is what export writes


GLOSSARY_FORMATS = (
    GlossaryFormat("toml", "xlate.glossary.native", (".toml",)),
    GlossaryFormat("tbx", "xlate.glossary.tbx", (".tbx",)),
    GlossaryFormat("csv", "xlate.glossary.tabular", (".csv",)),
    GlossaryFormat("tsv", "xlate.glossary.tabular", (".tsv",)),
)
FORMAT_MODULES = {suffix: fmt.module for fmt in GLOSSARY_FORMATS for suffix in fmt.suffixes}
EXPORT_SUFFIXES = {fmt.name: fmt.suffixes[0] for fmt in GLOSSARY_FORMATS}   # glossary export --format


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
