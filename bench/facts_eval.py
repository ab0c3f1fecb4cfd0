"""Recall and precision of the fact check (XL801) on a corpus with planted contradictions.

    .venv/bin/python bench/facts_eval.py bench/facts-dev            # the dev set (tuning data)
    .venv/bin/python bench/facts_eval.py --glossary glossary bench/heldout-facts   # measurement only

The corpus folder holds the articles and an answers file, answers.tsv: one row per pair of
statements, `kind<TAB>file:line<TAB>file:line<TAB>note`, kind `contradiction` (the two cannot both
be true) or `consistent` (a restatement a checker must leave alone); `#` starts a comment.

A planted contradiction is found when XL801 reports either statement naming the other (the
finding's line and the file:line its message names). Precision is over the pairs XL801 reports:
a pair is right when it is a planted contradiction, wrong otherwise (a consistent restatement or
any pair the answers do not plant). Lines are compared, not columns: one pair per two lines.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

_NAMED = re.compile(r"(?:^|\s)(\S+?):(\d+) \"")   # file:line "figure" in a finding's message


def read_answers(path: Path) -> dict[frozenset, tuple[str, str]]:
    """{frozenset of two (file name, line)}: (kind, note)."""
    answers = {}
    for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        kind, first, second, *note = row.split("\t")
        if kind not in ("contradiction", "consistent"):
            raise SystemExit(f"{path}:{number}: kind {kind!r} is neither contradiction nor consistent")
        answers[frozenset((_place(first), _place(second)))] = (kind, note[0] if note else "")
    return answers


def _place(text: str) -> tuple[str, int]:
    name, _, line = text.strip().rpartition(":")
    return Path(name).name, int(line)


def reported_pairs(corpus: Path, glossary: list[str]) -> dict[frozenset, str]:
    """{frozenset of two (file name, line)}: a message of XL801 reporting them, over corpus."""
    command = [sys.executable, "-m", "xlate", "check", "--engine", "none", "--no-cache", "--select", "XL801",
               "--format", "json", *sum((["--glossary", g] for g in glossary), []), str(corpus)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"xlate check failed ({result.returncode}): {result.stderr.strip()}")
    pairs = {}
    for finding in json.loads(result.stdout)["findings"]:
        here = (Path(finding["path"]).name, finding["line"])
        for name, line in _NAMED.findall(finding["message"]):
            pairs.setdefault(frozenset((here, (Path(name).name, int(line)))), finding["message"])
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--glossary", action="append", default=[])
    parser.add_argument("--show", action="store_true", help="list the misses and the wrong reports")
    args = parser.parse_args()
    answers = read_answers(args.corpus / "answers.tsv")
    reported = reported_pairs(args.corpus, args.glossary)
    planted = {pair for pair, (kind, _) in answers.items() if kind == "contradiction"}
    consistent = {pair for pair, (kind, _) in answers.items() if kind == "consistent"}
    found = planted & reported.keys()
    wrong = reported.keys() - planted
    recall = len(found) / len(planted) if planted else 0.0
    precision = len(found) / len(reported) if reported else 1.0
    print(f"planted contradictions: {len(planted)}, consistent restatements: {len(consistent)}")
    print(f"reported pairs: {len(reported)}; right {len(found)}, on a consistent restatement "
          f"{len(wrong & consistent)}, unplanted {len(wrong - consistent)}")
    print(f"recall {recall:.2f}  precision {precision:.2f}")
    if args.show:
        for pair in sorted(planted - found, key=sorted):
            print("missed:", " / ".join(f"{n}:{l}" for n, l in sorted(pair)), "--", answers[pair][1])
        for pair in sorted(wrong, key=sorted):
            print("wrong:", " / ".join(f"{n}:{l}" for n, l in sorted(pair)), "--", reported[pair])


if __name__ == "__main__":
    main()
