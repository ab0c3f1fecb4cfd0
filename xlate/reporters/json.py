"""{"version": 1, "findings": [...], "summary": {...}} for scripts and CI."""

from __future__ import annotations

import json
from collections import Counter


def summary(report) -> dict:
    return {
        "files_checked": report.files_checked,
        "findings": len(report.findings),
        "by_kind": dict(sorted(Counter(f.kind for f in report.findings).items())),
        "by_code": dict(sorted(Counter(f.code for f in report.findings).items())),
        "skipped": [{"path": p, "reason": r} for p, r in report.skipped],
        "notices": list(report.notices),
    }


def render(report, rules, stream) -> None:
    data = {"version": 1, "findings": [f.to_dict() for f in report.findings], "summary": summary(report)}
    stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")   # json.dump: one write per token
