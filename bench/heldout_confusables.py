"""Score XL401 (confusable) on the held-out confusables set, per confusion set, without showing it.

    python -m bench.heldout_confusables [FOLDER] [--json]      (from the repository's root)

FOLDER (default bench/heldout-confusables) holds en.txt and es.txt: one sentence a line, a planted
error written [wrong|right], control lines without brackets. The set is measurement data, never
tuning data, so this prints counts only, never a sentence or a word of one: per confusion set
(the planted pair, or for a false alarm the flagged word and its suggestion, as "a/b" in
alphabetical order) the errors planted, caught (the right word suggested at the right place),
findings and false alarms; then recall and precision per language. A finding on a planted error
that suggests another word counts as a miss and a false alarm.

To measure another commit, copy this file into a worktree of it and run it there the same way.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from bench.confusable_dev import read_sentence
from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.rules.confusable import Confusable401

HELDOUT = Path(__file__).resolve().parent / "heldout-confusables"
LANGUAGES = ("en", "es")


def confusion_set(*words: str) -> str:
    return "/".join(sorted({w.lower().replace("’", "'") for w in words}))


def score_file(path: Path, language: str) -> dict[str, dict[str, int]]:
    """Per confusion set: planted, caught, findings, false alarms."""
    rule, ctx = Confusable401(), Context()
    sets: dict[str, dict[str, int]] = defaultdict(lambda: {"planted": 0, "caught": 0, "findings": 0, "false": 0})
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        sentence, plants = read_sentence(line)
        found = {f.column - 1: f for f in rule.check(Document(f"heldout.{language}.txt", sentence,
                                                              language_hint=language), ctx)}
        for plant in plants:
            key = confusion_set(plant.wrong, plant.right)
            sets[key]["planted"] += 1
            f = found.pop(plant.column, None)
            if f is None:
                continue
            sets[key]["findings"] += 1
            if f.suggestions and f.suggestions[0].lower() == plant.right.lower():
                sets[key]["caught"] += 1
            else:
                sets[key]["false"] += 1
        for f in found.values():
            key = confusion_set(f.text, *(f.suggestions[:1]))
            sets[key]["findings"] += 1
            sets[key]["false"] += 1
    return dict(sets)


def totals(sets: dict[str, dict[str, int]]) -> dict[str, float]:
    sums = {k: sum(s[k] for s in sets.values()) for k in ("planted", "caught", "findings", "false")}
    sums["recall"] = round(sums["caught"] / max(sums["planted"], 1), 3)
    sums["precision"] = round((sums["findings"] - sums["false"]) / max(sums["findings"], 1), 3)
    return sums


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=HELDOUT)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    args = parser.parse_args()
    report = {}
    for language in LANGUAGES:
        path = args.folder / f"{language}.txt"
        if path.is_file():
            sets = score_file(path, language)
            report[language] = {"sets": dict(sorted(sets.items())), "total": totals(sets)}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    for language, result in report.items():
        print(f"{language}: {'set':<28} planted caught findings false")
        for key, s in result["sets"].items():
            print(f"    {key:<28} {s['planted']:7d} {s['caught']:6d} {s['findings']:8d} {s['false']:5d}")
        t = result["total"]
        print(f"{language}: {t['planted']} planted, {t['caught']} caught, {t['findings']} findings, "
              f"{t['false']} false: recall {t['recall']:.2f}, precision {t['precision']:.2f}\n")


if __name__ == "__main__":
    main()
