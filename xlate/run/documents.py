"""Reading the files of a run as documents, one at a time, and the report they go into."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from xlate.core.document import Document
from xlate.core.finding import Finding
from xlate.formats import ReadError
from xlate.rules.context import Context


@dataclass
class Report:
    """What a check found, what it skipped or could not read, and how many files it checked."""
    findings: list[Finding] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (path, reason)
    errors: list[tuple[str, str]] = field(default_factory=list)    # (path, reason): named, cannot be checked
    notices: list[str] = field(default_factory=list)
    files_checked: int = 0


def read_documents(files: list[Path], ctx: Context, report: Report) -> Iterator[Document]:
    """Documents one at a time, so a large run never holds them all; unreadable files go to report."""
    for path in files:
        try:
            doc = Document.from_path(path, max_bytes=ctx.config.max_bytes)
        except ReadError as exc:
            (report.errors if exc.damaged else report.skipped).append((exc.path, exc.reason))
            continue
        report.files_checked += 1
        yield doc


def load_documents(files: list[Path], ctx: Context, report: Report) -> list[Document]:
    return list(read_documents(files, ctx, report))
