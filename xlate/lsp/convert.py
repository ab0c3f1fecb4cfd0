"""Findings as LSP diagnostics, and positions between xlate's code points and the client's units.

xlate counts columns in code points; LSP clients count in UTF-16 code units unless they agreed on
another encoding at initialisation, so a line with an emoji or a letter outside the Basic
Multilingual Plane would put every later diagnostic in the wrong place without this conversion.
"""

from __future__ import annotations

from pathlib import Path

import xlate
from lsprotocol import types

from xlate.core.document import Document
from xlate.core.finding import Finding

SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}
SOURCE = "xlate"


def client_column(line: str, column: int, encoding: str) -> int:
    """A 0-based code-point column of line in the client's position encoding."""
    if encoding == types.PositionEncodingKind.Utf32:
        return column
    codec = "utf-16-le" if encoding == types.PositionEncodingKind.Utf16 else "utf-8"
    units = len(line[:column].encode(codec, "surrogatepass"))
    return units // 2 if codec == "utf-16-le" else units


def code_point_column(line: str, units: int, encoding: str) -> int:
    """The 0-based code-point column of a column in the client's units (the inverse of client_column)."""
    if encoding == types.PositionEncodingKind.Utf32:
        return min(units, len(line))
    column, used = 0, 0
    while column < len(line) and used < units:
        used += client_column(line[column], 1, encoding)
        column += 1
    return column


def position(doc: Document, line: int, column: int, encoding: str) -> types.Position:
    """A 1-based line and code-point column of doc as an LSP position."""
    line = min(line, len(doc.line_starts))
    return types.Position(line - 1, client_column(doc.line_text(line), column - 1, encoding))


def finding_range(f: Finding, doc: Document, encoding: str) -> types.Range:
    return types.Range(position(doc, f.line, f.column, encoding), position(doc, f.end_line, f.end_column, encoding))


def offset_at(doc: Document, pos: types.Position, encoding: str) -> int:
    """The code-point offset in doc of an LSP position, a position in the file (after an HTML
    page's entities, its FileMap gives the column of the text)."""
    line = min(pos.line + 1, len(doc.line_starts))
    return doc.offset_of(line, code_point_column(doc.line_text(line), pos.character, encoding) + 1)


def rule_anchor(code: str) -> str:
    """The anchor of a rule's section in docs/rules.md ("## XL101 deprecated-term"), as Markdown
    renderers (GitHub, VS Code) slug headings."""
    from xlate.rules import rule_by_code
    rule = rule_by_code(code)
    return f"{code.lower()}-{rule.name.lower()}" if rule else code.lower()


def rules_document(cache_dir: Path | None = None) -> Path:
    """docs/rules.md of the source tree xlate runs from, else the same catalogue written into the
    cache folder (an installed wheel has no docs/): a link that always opens."""
    beside = Path(xlate.__file__).resolve().parent.parent / "docs" / "rules.md"
    if beside.is_file():
        return beside
    from xlate.infra.cachefile import cache_dir as default_cache_dir
    from xlate.rules.catalogue import rules_markdown
    generated = (cache_dir or default_cache_dir()) / f"rules-{xlate.__version__}.md"
    if not generated.is_file():
        generated.parent.mkdir(parents=True, exist_ok=True)
        generated.write_text(rules_markdown(), encoding="utf-8")
    return generated


def diagnostic(f: Finding, doc: Document, encoding: str, rules_uri: str) -> types.Diagnostic:
    return types.Diagnostic(
        range=finding_range(f, doc, encoding),
        message=f.message,
        severity=SEVERITY.get(f.severity, types.DiagnosticSeverity.Warning),
        code=f.code,
        code_description=types.CodeDescription(href=f"{rules_uri}#{rule_anchor(f.code)}"),
        source=f"{SOURCE}:{f.kind}",
        data={"text": f.text, "suggestions": list(f.suggestions)},
    )
