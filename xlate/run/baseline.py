"""Baselines: accept the findings a project has today and report only new ones.

A finding's fingerprint is its file (relative to the project root), code, text
and a few words either side of it, never its line number, so findings keep
their fingerprint when lines above them move. Identical fingerprints are
counted: a baseline with two of them lets two through, and a third is new.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Callable

import regex

from xlate.core.config import ConfigError
from xlate.core.finding import Finding
from xlate.infra.atomic import NotReplaced, replace_file
from xlate.infra.regular_file import read_regular_bytes

VERSION = 1
CONTEXT_WORDS = 4
WORD_RE = regex.compile(r"[\p{L}\p{Nd}]+")

LineReader = Callable[[str, int, str], str]   # (path, line, unit) -> that line's text


def project_path(path: str, root: Path | None) -> str:
    """path relative to the project root (or the working folder), with forward slashes."""
    base = (root or Path.cwd()).resolve()
    return Path(os.path.relpath(Path(path).resolve(), base)).as_posix()


def context(line: str, finding: Finding) -> str:
    """Up to CONTEXT_WORDS words either side of the finding on its line, case- and spacing-blind."""
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    before = WORD_RE.findall(line[:start])[-CONTEXT_WORDS:]
    after = WORD_RE.findall(line[end:])[:CONTEXT_WORDS]
    return " ".join(before + ["|"] + after).casefold()


def fingerprint(finding: Finding, line: str, root: Path | None) -> str:
    key = "\x1f".join((project_path(finding.path, root), finding.code, finding.text, context(line, finding)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def fingerprints(findings: list[Finding], read_line: LineReader, root: Path | None) -> list[str]:
    return [fingerprint(f, read_line(f.path, f.line, f.unit), root) for f in findings]


def write_baseline(path: Path, findings: list[Finding], read_line: LineReader, root: Path | None) -> None:
    entries = [{"fingerprint": fp, "path": project_path(f.path, root), "code": f.code, "text": f.text}
               for f, fp in zip(findings, fingerprints(findings, read_line, root))]
    data = {"version": VERSION, "tool": "xlate", "findings": sorted(entries, key=lambda e: (e["path"], e["code"],
                                                                                               e["fingerprint"]))}
    try:   # as --fix writes: a reader (a CI job, git) sees the old baseline or the new one, never half
        replace_file(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    except NotReplaced as exc:
        raise ConfigError(f"{path}: baseline: {exc.reason}") from None


def read_baseline(path: Path) -> Counter:
    try:
        data = json.loads(read_regular_bytes(path).decode("utf-8"))
        version = data.get("version")
        if type(version) is not int or version != VERSION:   # true == 1 in Python, not in a baseline
            raise ValueError(f"unsupported version {version!r}")
        found = Counter(entry["fingerprint"] for entry in data["findings"])
        if not all(isinstance(fp, str) for fp in found):
            raise ValueError("a fingerprint is not a string")
        return found
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except RecursionError:   # json recurses once per nested array or object
        raise ConfigError(f"{path}: not an xlate baseline (nested too deeply); write one with --write-baseline") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{path}: not an xlate baseline ({exc}); write one with --write-baseline") from None


def new_findings(findings: list[Finding], baseline: Counter, read_line: LineReader,
                 root: Path | None) -> list[Finding]:
    """The findings the baseline does not account for."""
    allowance = Counter(baseline)
    fresh = []
    for finding, fp in zip(findings, fingerprints(findings, read_line, root)):
        if allowance[fp] > 0:
            allowance[fp] -= 1
        else:
            fresh.append(finding)
    return fresh


def file_line_reader(max_bytes: int) -> LineReader:
    """Reads lines of the checked files from disk, each file once, under the run's --max-file-size
    (a file read past the default limit has its lines too)."""
    from xlate.core.document import Document
    from xlate.formats import ReadError

    cache: dict[str, Document | None] = {}

    def read_line(path: str, line: int, unit: str = "") -> str:
        if path not in cache:
            try:
                cache[path] = Document.from_path(Path(path), max_bytes=max_bytes)
            except ReadError:
                cache[path] = None
        doc = cache[path]
        line = doc.text_line(line, unit) if doc else line   # a .docx footnote's paragraph: its line of text
        return doc.line_text(line) if doc and line <= len(doc.line_starts) else ""
    return read_line
