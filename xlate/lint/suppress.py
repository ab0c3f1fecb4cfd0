"""What a file exempts from reporting: inline suppression comments, per-file ignores, other languages.

Editors write HTML comments, which Markdown renders invisibly and which read
fine in plain text too (codes are optional; without codes every check is off):

    <!-- xlate: ignore XL201 -->        the next non-blank line
    text <!-- xlate: ignore-line -->    this line
    <!-- xlate: disable XL101 -->       from here ...
    <!-- xlate: enable XL101 -->        ... to here (or to the end of the file)

Exemptions are computed once per document while checking and applied to all
findings afterwards, in one filtering stage, so no rule needs to know about them. Their lines are
the document's lines of text: in a file read in parts (a .docx's header1, footnotes), whose findings
count lines by part, a finding's line is read back through the document's FileMap.
"""

from __future__ import annotations

import bisect
import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, NamedTuple

import regex

from xlate.core.config import Config
from xlate.core.finding import Finding
from xlate.formats import FileMap
from xlate.infra import patterns

DIRECTIVE_RE = patterns.compile(r"<!--\s*xlate:\s*(ignore-line|ignore|disable|enable)\b(.*?)-->", regex.S | regex.I)
CODE_RE = patterns.compile(r"XL\d*", regex.I)
EVERY_CODE = "XL"    # a prefix of every code


class LineRange(NamedTuple):
    first: int   # lines of the document's text
    last: int
    codes: frozenset[str]

    def covers(self, finding: Finding, line: int) -> bool:
        return self.first <= line <= self.last and any(finding.code.startswith(c) for c in self.codes)


@dataclass
class Exemptions:
    """The line ranges of a document whose findings its suppression comments switch off."""
    ranges: list[LineRange] = field(default_factory=list)
    parts: FileMap | None = None   # a file read in parts: where its parts' lines start in the text

    def covers(self, finding: Finding) -> bool:
        line = self.parts.text_line(finding.line, finding.unit) if self.parts is not None else finding.line
        return any(r.covers(finding, line) for r in self.ranges)

    @classmethod
    def of(cls, doc, config: Config) -> "Exemptions":
        last_line = len(doc.line_starts)
        ranges = comment_ranges(doc, last_line)
        ignored = file_ignores(doc.path, config)
        if ignored:
            ranges.append(LineRange(1, last_line, frozenset(ignored)))
        ranges.extend(other_language_ranges(doc, config.languages))
        parts = doc.file_map if doc.file_map is not None and doc.file_map.parts else None
        return cls(ranges, parts)


def _text_line(doc, offset: int) -> int:
    """The line of the document's text holding offset (a file's line but in a file read in parts)."""
    return bisect.bisect_right(doc.line_starts, offset)


def _codes(argument: str) -> frozenset[str]:
    return frozenset(c.upper() for c in CODE_RE.findall(argument)) or frozenset({EVERY_CODE})


def _next_content_line(doc, line: int, last_line: int) -> int:
    while line < last_line and not doc.line_text(line + 1).strip():
        line += 1
    return min(line + 1, last_line)


def comment_ranges(doc, last_line: int) -> list[LineRange]:
    ranges: list[LineRange] = []
    open_blocks: dict[str, int] = {}    # code -> line its disable comment is on
    if "<!--" not in doc.text:   # most files have no comment at all: no need to search them
        return ranges
    for m in DIRECTIVE_RE.finditer(doc.text):
        directive, codes = m.group(1).lower(), _codes(m.group(2))
        line, end_line = _text_line(doc, m.start()), _text_line(doc, m.end())
        if directive == "ignore-line":
            ranges.append(LineRange(line, end_line, codes))
        elif directive == "ignore":
            target = _next_content_line(doc, end_line, last_line)
            ranges.append(LineRange(target, target, codes))
        elif directive == "disable":
            for code in codes:
                open_blocks.setdefault(code, line)
        else:
            closing = list(open_blocks) if codes == {EVERY_CODE} else [c for c in codes if c in open_blocks]
            for code in closing:
                ranges.append(LineRange(open_blocks.pop(code), line, frozenset({code})))
    ranges.extend(LineRange(start, last_line, frozenset({code})) for code, start in open_blocks.items())
    return ranges


def file_ignores(path: str, config: Config) -> set[str]:
    """Codes that per-file-ignores turns off for path (globs match the path from the project root,
    the path as given, or the file name)."""
    if not config.per_file_ignores:
        return set()
    candidates = {Path(path).as_posix(), Path(path).name}
    if config.root is not None:
        relative = os.path.relpath(Path(path).resolve(), config.root.resolve())
        candidates.add(Path(relative).as_posix())
    codes: set[str] = set()
    for pattern, ignored in config.per_file_ignores.items():
        if any(fnmatch.fnmatch(c, pattern) for c in candidates):
            codes |= ignored
    return codes


def other_language_ranges(doc, languages: tuple[str, ...]) -> list[LineRange]:
    """Paragraphs in a language the project does not check (say, Spanish quotes in English-only copy)."""
    if set(languages) >= {"en", "es"}:
        return []
    return [LineRange(_text_line(doc, p.start), _text_line(doc, max(p.start, p.end - 1)), frozenset({EVERY_CODE}))
            for p in doc.paragraphs if p.language not in languages]


def without_exempt(findings: Iterable[Finding], exemptions: dict[str, Exemptions]) -> list[Finding]:
    """The filtering stage: drop findings their file exempts."""
    empty = Exemptions()
    return [f for f in findings if not exemptions.get(f.path, empty).covers(f)]
