"""GitHub Actions workflow commands: one ::warning/::error/::notice annotation a finding."""

from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f, names: dict[str, str]) -> str:
    title = f"{f.code} {names[f.code]}" if f.code in names else f.code
    hint = f" (suggestion: {' | '.join(f.suggestions)})" if f.suggestions else ""
    # GitHub's endColumn is inclusive; a Finding's end is exclusive.
    properties = {"file": f.path, "line": f.line, "col": f.column, "endLine": f.end_line,
                  "endColumn": max(f.column, f.end_column - 1) if f.end_line == f.line else f.end_column,
                  "title": title}
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{LEVELS.get(f.severity, 'warning')} {props}::{escape_data(f.message + hint)}"


def render(report, rules, stream) -> None:
    names = {rule.code: rule.name for rule in rules}
    for f in report.findings:
        stream.write(annotation(f, names) + "\n")
