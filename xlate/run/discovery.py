"""Which files a run checks: folders recursively by include/exclude globs; files named explicitly
always, unless force-exclude asks that exclude leave them out too (pre-commit names every file)."""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from xlate.core.config import Config
from xlate.infra.regular_file import file_kind


@dataclass
class Discovery:
    """The files a run checks, those skipped with a notice, and the named paths it cannot check."""
    files: list[Path] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)   # (path, reason): skipped with a notice
    errors: list[tuple[str, str]] = field(default_factory=list)     # (path, reason): named paths that cannot be checked


def _matches(name: str, rel: str, patterns) -> bool:
    matcher = _matcher(tuple(patterns))
    return bool(matcher(os.path.normcase(name)) or matcher(os.path.normcase(rel)))


@lru_cache(maxsize=16)
def _matcher(patterns: tuple[str, ...]):
    """One regex for a set of globs (in `re` syntax, as fnmatch writes them): an archive's walk tests
    every name against them."""
    return re.compile("|".join(fnmatch.translate(os.path.normcase(p)) for p in patterns) or "(?!)").match


def discover(paths: list[Path], config: Config) -> Discovery:
    include, exclude = config.include, config.exclude
    found = Discovery()
    seen: set[str] = set()   # each file's resolved path: a file named twice, or reached by two routes, is read once

    def add(path: Path, resolved: str | None = None) -> None:
        key = resolved or str(path.resolve())
        if key not in seen:
            seen.add(key)
            found.files.append(path)

    def add_found(folder: str, resolved_folder: str, name: str) -> None:
        path = Path(folder) / name
        kind = file_kind(path, follow_links=False)
        if kind == "file":   # most files: no link to follow, and the folder already resolved
            add(path, os.path.join(resolved_folder, name))
            return
        if kind == "link":
            kind = file_kind(path)
        if kind == "file":
            add(path)
        else:
            found.problems.append((str(path), f"{kind}; skipped"))

    for path in paths:
        kind = file_kind(path)
        if kind == "folder":
            _walk(path, include, exclude, add_found, found)
        elif kind != "file":
            found.errors.append((str(path), kind))
        elif not (config.force_exclude and _excluded(path, config.root, exclude)):
            add(path)
    return found


def _excluded(path: Path, root: Path | None, exclude) -> bool:
    """Whether a walk from root (the configuration's folder, else the working folder) would have
    left out the file at path: it, or a folder on the way to it, matches exclude."""
    base = (root or Path.cwd()).resolve()
    resolved = path.resolve()
    parts = resolved.relative_to(base).parts if resolved.is_relative_to(base) else path.parts
    return any(_matches(name, os.path.join(*parts[:depth]), exclude) for depth, name in enumerate(parts, 1))


def _walk(root: Path, include, exclude, add, found: Discovery) -> None:
    visited: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        found.problems.append((exc.filename, f"cannot read this folder: {exc.strerror}; skipped"))

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=unreadable):
        st = os.stat(folder)
        if (st.st_dev, st.st_ino) in visited:
            found.problems.append((folder, "symbolic link loop (this folder was already visited); skipped"))
            dirs[:] = []
            continue
        visited.add((st.st_dev, st.st_ino))
        rel_folder = os.path.relpath(folder, root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and
                         not _matches(d, os.path.normpath(os.path.join(rel_folder, d)), exclude))
        resolved_folder = None
        for name in sorted(files):
            rel = os.path.normpath(os.path.join(rel_folder, name))
            if _matches(name, rel, include) and not _matches(name, rel, exclude):
                resolved_folder = resolved_folder or os.path.realpath(folder)   # once per folder, not per file
                add(folder, resolved_folder, name)
