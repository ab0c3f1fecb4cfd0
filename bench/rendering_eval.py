"""Rendering recall and precision with and without machine translation, on held-out sentences.

bench/rendering_eval.tsv holds sentences written once and never tuned on: unlisted renderings of
shipped-glossary concepts (label 1, with the span) and clean sentences with look-alike names
(label 0). Each sentence is checked alone with the shipped glossary, once with --engine none and
once with Apertium. A positive is found when a rendering finding overlaps its span; every other
rendering finding is a false alarm.

Usage: python bench/rendering_eval.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.lint.steps import check_documents  # noqa: E402
from xlate.core.config import Config  # noqa: E402
from xlate.rules.context import Context  # noqa: E402
from xlate.core.document import Document  # noqa: E402
from xlate.glossary import load_glossary  # noqa: E402
from xlate.translate import select_engine  # noqa: E402


def cases() -> list[tuple[int, str, str]]:
    rows = []
    for line in (ROOT / "bench" / "rendering_eval.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            label, _, span, sentence = line.split("\t")
            rows.append((int(label), span, sentence))
    return rows


def score(engine) -> tuple[int, int, int, int]:
    """(found, positives, false alarms, findings) over all cases."""
    ctx = Context(glossary=load_glossary([ROOT / "glossary"]), config=Config(), engine=engine)
    found = false_alarms = findings = 0
    rows = cases()
    for n, (label, span, sentence) in enumerate(rows):
        renderings = [f for f in check_documents([Document(f"{n}.txt", sentence + "\n")], ctx)
                      if f.kind == "rendering"]
        hits = [f for f in renderings if label and (span in f.text or f.text in span)]
        found += bool(hits)
        false_alarms += len(renderings) - len(hits)
        findings += len(renderings)
    return found, sum(label for label, _, _ in rows), false_alarms, findings


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        engines = {"none": None, "apertium": select_engine("apertium", Path(cache)).engine}
        print(f"{'engine':10} {'recall':>14} {'precision':>16}")
        for name, engine in engines.items():
            found, positives, false_alarms, findings = score(engine)
            precision = (findings - false_alarms) / findings if findings else 1.0
            print(f"{name:10} {found:3}/{positives} = {found / positives:4.0%} "
                  f"{findings - false_alarms:3}/{findings} = {precision:4.0%}")


if __name__ == "__main__":
    main()
