"""Adding a word to the project's word list (the `words` and `word-lists` configuration keys), as
the "add to the word list" code action does: into the first word-list file the configuration names,
else into its `words` key, else into a new xlate.toml at the project root. Writes are locked and
atomic and keep the file's mode and line endings (xlate/glossary/store.py).
"""

from __future__ import annotations

from pathlib import Path

import tomlkit

from xlate.core.config import Config
from xlate.run.configfile import read_table
from xlate.glossary.store import atomic_write, lock_for


def project_root(start: Path, fallback: Path | None) -> Path:
    """The folder holding .git at or above start, else fallback (the workspace folder), else start's folder."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return fallback or folder


def add_word(word: str, config: Config, near: Path, workspace: Path | None = None) -> Path:
    """Add word to the project's word list; returns the file changed."""
    if config.source is not None:
        lists = (read_table(config.source) or {}).get("word-lists", [])
        lists = [lists] if isinstance(lists, str) else lists
        if lists:
            target = config.source.resolve().parent / lists[0]
            _append_line(target, word)
            return target
        _add_to_words_key(config.source, word)
        return config.source
    target = project_root(near, workspace) / "xlate.toml"
    _add_to_words_key(target, word)
    return target


def _append_line(path: Path, word: str) -> None:
    with lock_for(path):
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if word in {line.strip() for line in text.splitlines()}:
            return
        newline = "\r\n" if "\r\n" in text else "\n"
        if text and not text.endswith(("\n", "\r")):
            text += newline
        atomic_write(path, text + word + newline)


def _add_to_words_key(path: Path, word: str) -> None:
    """words = [...] of [tool.xlate] (pyproject.toml), of [tool.xlate] or the top level (xlate.toml)."""
    with lock_for(path):
        original = path.read_text(encoding="utf-8") if path.exists() else ""
        document = tomlkit.parse(original)
        table = document
        if path.name == "pyproject.toml" or "tool" in document:
            table = document.setdefault("tool", tomlkit.table()).setdefault("xlate", tomlkit.table())
        words = table.setdefault("words", tomlkit.array())
        if word not in words:
            words.append(word)
        text = tomlkit.dumps(document)
        if "\r\n" in original:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        atomic_write(path, text)
