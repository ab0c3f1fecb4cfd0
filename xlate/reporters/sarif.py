"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDE viewers).

One run; tool.driver lists the whole rule catalogue with descriptions and help;
each result has a region with code-point columns. Fixable findings carry a SARIF
fix, in a file --fix can write (not an HTML page, a .docx or an XLIFF file, whose text is decoded
or extracted); every suggestion is also in the result's properties.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from xlate import __version__
from xlate.formats import can_write

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A path relative to the working folder (the repository root in CI), or a file: URI outside it."""
    relative = os.path.relpath(Path(path).resolve(), Path.cwd().resolve())
    if relative.startswith(".."):
        return "file://" + quote(os.fsencode(Path(path).resolve().as_posix()))
    return quote(os.fsencode(Path(relative).as_posix()))   # bytes: a name that is not UTF-8 becomes %FF


def rule_descriptor(rule) -> dict:
    help_text = rule.description() + (f"\n\nExample:\n{rule.example()}" if rule.example() else "")
    example = "".join(f"    {line}\n" for line in rule.example().splitlines())
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description()},
        "help": {"text": help_text,
                 "markdown": rule.description() + (f"\n\nExample:\n\n{example}" if example else "")},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.default_enabled},
        "properties": {"kind": rule.kind, "tags": [rule.kind], "fixable": rule.fixable},
    }


def region(f) -> dict:
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}


def result(f, index: dict[str, int], fixable: set[str]) -> dict:
    uri = artifact_uri(f.path)
    data = {
        "ruleId": f.code,
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                            "region": {**region(f), "snippet": {"text": f.text}}}}],
        "properties": {"kind": f.kind, "suggestions": list(f.suggestions)},
    }
    if f.unit:   # a bilingual file's translation unit
        data["locations"][0]["logicalLocations"] = [{"name": f.unit, "kind": "element"}]
    if f.state:   # and its state as the file gives it (fuzzy, needs-review-translation...)
        data["properties"]["state"] = f.state
    if f.code in index:
        data["ruleIndex"] = index[f.code]
    if f.code in fixable and len(f.suggestions) == 1 and can_write(f.path):   # what --fix would write
        data["fixes"] = [{"description": {"text": f'Replace "{f.text}" with "{f.suggestions[0]}"'},
                          "artifactChanges": [{"artifactLocation": {"uri": uri},
                                               "replacements": [{"deletedRegion": region(f),
                                                                 "insertedContent": {"text": f.suggestions[0]}}]}]}]
    return data


def sarif_log(report, rules) -> dict:
    index = {rule.code: i for i, rule in enumerate(rules)}
    fixable = {rule.code for rule in rules if rule.fixable}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "xlate", "version": __version__, "semanticVersion": __version__,
                                "rules": [rule_descriptor(rule) for rule in rules]}},
            "columnKind": "unicodeCodePoints",
            "results": [result(f, index, fixable) for f in report.findings],
            "invocations": [{"executionSuccessful": True,
                             "toolExecutionNotifications": [
                                 {"level": "note", "message": {"text": f"{path}: {reason}"}}
                                 for path, reason in report.skipped]}],
        }],
    }


def render(report, rules, stream) -> None:
    json.dump(sarif_log(report, rules), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
