"""The workspace as the corpus rules see it: each file's Partial (its own findings, its observations
for XL104 and the other corpus rules, its suppressions), kept while the file is unchanged.

A keystroke re-observes the one document being edited and concludes over every file's kept
observations, so XL104 counts the whole workspace without reading it again; a scan re-reads only
the files whose size, modification time or inode changed. Open documents are read from the
editor's buffer, never from disk. Pairs (NAME.es.md beside NAME.en.md) are checked from the buffer
of each side that is open, else from its file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from xlate.api import conclude, observe_pairs, observe_texts
from xlate.lint.steps import Partial
from xlate.rules.context import Context
from xlate.run.discovery import discover
from xlate.core.document import Document
from xlate.formats import ReadError
from xlate.core.finding import Finding
from xlate.lint.pairing import counterpart

BUFFER = ("buffer",)   # the version of a file open in the editor: its disk version does not count


def disk_version(path: str) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _read(path: str, ctx: Context) -> Document | None:
    """The file at path as a Document; None when it is gone or cannot be read (as `xlate check` skips it)."""
    if not os.path.isfile(path):
        return None
    try:
        return Document.from_path(Path(path), display=path, max_bytes=ctx.config.max_bytes)
    except ReadError:
        return None


@dataclass
class Kept:
    version: tuple
    partial: Partial


class Corpus:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self._kept: dict[str, Kept] = {}
        self._buffers: dict[str, Document] = {}
        self.files_read = 0   # files read from disk by scans: unchanged files are not read again

    @property
    def file_count(self) -> int:
        return len(self._kept)

    def observe_buffer(self, doc: Document) -> None:
        """The document as the editor holds it: observed now, kept until it changes or closes."""
        self._buffers[doc.path] = doc
        self._kept[doc.path] = Kept(BUFFER, observe_texts([doc], self.ctx))

    def close_buffer(self, path: str) -> None:
        """The editor closed it: the file on disk counts again from the next scan."""
        self._buffers.pop(path, None)
        self._kept.pop(path, None)

    def scan(self, roots: list[Path]) -> int:
        """Observe the files under roots that are new or changed on disk, forget those gone; returns
        how many were. Paths are named as discover finds them under roots (absolute under absolute roots)."""
        found = {os.path.normpath(f) for f in discover(roots, self.ctx.config).files}
        changed = 0
        for path in sorted(found):
            version = disk_version(path)
            kept = self._kept.get(path)
            if kept is None or kept.version not in (BUFFER, version):
                self._observe_file(path, version)
                changed += 1
        for path in [p for p, kept in self._kept.items() if kept.version is not BUFFER and p not in found]:
            del self._kept[path]
            changed += 1
        return changed

    def _observe_file(self, path: str, version: tuple | None) -> None:
        doc = _read(path, self.ctx)
        if doc is None:
            self._kept.pop(path, None)
            return
        self.files_read += 1
        self._kept[path] = Kept(version, observe_texts([doc], self.ctx))

    def counterpart_of(self, path: str) -> str | None:
        patterns = self.ctx.config.pairs
        reverse = [(english, spanish) for spanish, english in patterns]
        other = counterpart(path, patterns) or counterpart(path, reverse)
        return os.path.normpath(other) if other else None

    def _pair_partial(self, path: str) -> Partial:
        other = self.counterpart_of(path)
        if other is None or path not in self._buffers:
            return Partial()
        other_doc = self._buffers.get(other) or _read(other, self.ctx)
        return observe_pairs([self._buffers[path], other_doc], self.ctx) if other_doc else Partial()

    def all_findings(self) -> list[Finding]:
        """Every finding in every kept file, as `xlate check` over them reports it (pairs among them too)."""
        paths = sorted(self._kept)
        docs = {p: self._buffers.get(p) for p in paths}
        pairable = [p for p in paths if self.counterpart_of(p) in self._kept]
        readable = [docs[p] or _read(p, self.ctx) for p in pairable]
        pairs = observe_pairs([d for d in readable if d is not None], self.ctx)
        return conclude([self._kept[p].partial for p in paths] + [pairs], self.ctx)

    def findings(self, path: str) -> list[Finding]:
        """Every finding in the open document at path: its own, the corpus rules' over the whole
        workspace, and its pair's."""
        partials = [kept.partial if p == path else Partial(observations=kept.partial.observations)
                    for p, kept in sorted(self._kept.items())]
        findings = conclude(partials + [self._pair_partial(path)], self.ctx)
        return [f for f in findings if f.path == path]
