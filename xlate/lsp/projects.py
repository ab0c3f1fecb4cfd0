"""Which configuration and glossary the server checks a file with: those `xlate check` would use for
it (the nearest xlate.toml or [tool.xlate], else defaults; the configured glossary, else glossary/ of
the project root), built again when one of their files changes on disk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from xlate.api import load_context
from xlate.core.config import Config
from xlate.run.configfile import find_config, glossary_paths, load_config, read_table
from xlate.rules.context import Context
from xlate.glossary.loader import glossary_files
from xlate.lsp.corpus import Corpus

Stamp = tuple   # the versions of the files a project was built from


def file_version(path: Path) -> tuple:
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), st.st_mtime_ns, st.st_size, st.st_ino)


@dataclass
class Project:
    """A configuration with its glossary, loaded once for every file that uses them."""
    config: Config
    glossary_paths: list[Path]
    ctx: Context                       # engine none: the pass that runs while the writer types
    stamp: Stamp
    corpus: Corpus
    engine: object = None              # the translation engine of the background pass, when there is one
    engine_ctx: Context | None = field(default=None, repr=False)

    @property
    def root(self) -> Path | None:
        return self.config.root


def _word_list_files(config: Config) -> list[Path]:
    """The word-lists the configuration file names: a change to one reloads the project."""
    if config.source is None:
        return []
    table = read_table(config.source) or {}
    lists = table.get("word-lists", [])
    return [config.source.resolve().parent / p for p in ([lists] if isinstance(lists, str) else lists)]


def stamp_of(config_file: Path | None, config: Config | None, glossaries: list[Path]) -> Stamp:
    files: list[Path] = [config_file] if config_file else []
    if config is not None:
        files += _word_list_files(config)
    for path in glossaries:
        files.append(path)   # a folder's version changes when a file is added or removed
        if path.exists():
            files += glossary_files(path)
    return tuple(file_version(f) for f in files)


class Projects:
    """Projects by configuration file (or by glossary, for files without one), rebuilt when stale."""

    def __init__(self, engine_choice: str = "none", cache_dir: Path | None = None):
        self.engine_choice = engine_choice
        self.cache_dir = cache_dir
        self._projects: dict[tuple, Project] = {}

    def for_file(self, path: Path) -> Project:
        """The project path is checked in; raises ConfigError or GlossaryError when it cannot be used."""
        config_file = find_config(path)
        config = load_config(config_file) if config_file else Config()
        glossaries = [Path(p).resolve() for p in glossary_paths((), config, path)]
        key = (str(config_file), tuple(map(str, glossaries)))
        stamp = stamp_of(config_file, config, glossaries)
        known = self._projects.get(key)
        if known is not None and known.stamp == stamp:
            return known
        ctx = load_context(glossaries, config)
        project = Project(config, glossaries, ctx, stamp, Corpus(ctx))
        self._projects[key] = project
        return project

    def all(self) -> list[Project]:
        return list(self._projects.values())
