"""The one result type every check produces and every reporter renders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import NamedTuple

# Every kind of finding, declared here only. The order is overlap resolution's: when two findings cover
# the same words, the more specific kind (earlier here) wins.
KINDS: tuple[str, ...] = ("rendering", "untranslated", "confusable", "typo", "roundtrip", "glossary", "fact")
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one span. Lines and columns are 1-based code points; ends are exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    kind: str
    severity: str
    message: str
    text: str = ""
    suggestions: tuple[str, ...] = field(default=())
    unit: str = ""   # in a bilingual file (XLIFF, PO, TMX), the id of the translation unit
    state: str = ""  # and the unit's state when the file gives one (fuzzy, needs-review-translation...)

    def to_dict(self) -> dict:
        data = {name: getattr(self, name) for name in _FIELD_NAMES}   # asdict deep-copies: 5x slower
        data["suggestions"] = list(self.suggestions)
        if not self.unit:
            del data["unit"]
        if not self.state:
            del data["state"]
        return data

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.end_line, self.end_column, self.text)


class Span(NamedTuple):
    """Where a finding will be, before its message is known: what a corpus rule observes in a document
    (small and picklable) and reports from once the whole corpus is seen (Rule.report_at)."""
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    unit: str = ""
    state: str = ""


_FIELD_NAMES = tuple(f.name for f in fields(Finding))


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def printable_path(path: str) -> str:
    """A file name as reports show it: bytes that are not UTF-8 (a name from another system) as \\xff
    and control characters as \\n, \\x01, so every report is valid UTF-8 (JSON and SARIF parsers
    refuse anything else) and a finding stays on one line."""
    if path.isprintable():
        return path
    text = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def with_printable_paths(findings: list[Finding]) -> list[Finding]:
    return [f if f.path.isprintable() else replace(f, path=printable_path(f.path)) for f in findings]
