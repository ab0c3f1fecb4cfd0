"""path:line:col: CODE [kind] message (suggestion) — one line a finding, editors can jump to it."""

from __future__ import annotations

from collections import Counter


def format_finding(f) -> str:
    hint = f" (suggestion: {' | '.join(f.suggestions)})" if f.suggestions else ""
    unit = f" (unit {f.unit}{', ' + f.state if f.state else ''})" if f.unit else ""   # its state: fuzzy...
    return f"{f.path}:{f.line}:{f.column}: {f.code} [{f.kind}]{unit} {f.message}{hint}"


def render(report, rules, stream) -> None:
    for f in report.findings:
        stream.write(format_finding(f) + "\n")
    counts = Counter(f.kind for f in report.findings)
    if report.findings:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
        stream.write(f"\n{len(report.findings)} finding(s) in {report.files_checked} file(s): {kinds}\n")
    else:
        stream.write(f"No findings in {report.files_checked} file(s).\n")
