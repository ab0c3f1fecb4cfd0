"""The one result type every check produces and every reporter renders."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

KINDS: tuple[str, ...] = ("typo", "confusable", "rendering", "untranslated", "roundtrip", "glossary", "fact")
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

    def to_dict(self) -> dict:
        data = {name: getattr(self, name) for name in _FIELD_NAMES}   # asdict deep-copies: 5x slower
        data["suggestions"] = list(self.suggestions)
        return data

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.end_line, self.end_column, self.text)


_FIELD_NAMES = tuple(f.name for f in fields(Finding))
