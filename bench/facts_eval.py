"""Recall and precision of the fact check (XL801) on a corpus with planted contradictions.

    .venv/bin/python bench/facts_eval.py --glossary bench/facts-dev/glossary.toml bench/facts-dev   # the dev set (tuning data)
    .venv/bin/python bench/facts_eval.py --glossary bench/heldout-facts/glossary.tbx bench/heldout-facts

The corpus folder holds the articles and an answers file: answers.json (bench/heldout-facts: a list
of {id, kind, entity, statements: [{file, line, text}]}) or answers.tsv (bench/facts-dev: one row
per pair, `kind<TAB>file:line<TAB>file:line<TAB>note`, `#` starts a comment). kind is
`contradiction` (the statements cannot all be true) or `consistent` (a restatement to leave alone).

Scored as bench/heldout-facts/README.md says: a finding is right when its file:line is a statement
of a contradiction and the statements its message names include another of that contradiction;
recall is the share of contradictions with a right finding; precision is right findings over all
XL801 findings. Lines are compared, not columns. Only the articles are checked: the set's README
describes its planted figures and is no story of the desk.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

_NAMED = re.compile(r"(?:^|\s)(\S+?):(\d+) \"")   # file:line "figure" in a finding's message


class Answer(NamedTuple):
    kind: str
    places: frozenset   # (file name, line) of each statement
    note: str


def read_answers(corpus: Path) -> list[Answer]:
    if (corpus / "answers.json").exists():
        return [Answer(item["kind"], frozenset((Path(s["file"]).name, s["line"]) for s in item["statements"]),
                       f"{item.get('id', '')} {item.get('entity', '')}".strip())
                for item in json.loads((corpus / "answers.json").read_text(encoding="utf-8"))]
    answers = []
    path = corpus / "answers.tsv"
    for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        kind, first, second, *note = row.split("\t")
        answers.append(Answer(kind, frozenset((_place(first), _place(second))), note[0] if note else ""))
    for answer in answers:
        if answer.kind not in ("contradiction", "consistent"):
            raise SystemExit(f"{corpus}: kind {answer.kind!r} is neither contradiction nor consistent")
    return answers


def _place(text: str) -> tuple[str, int]:
    name, _, line = text.strip().rpartition(":")
    return Path(name).name, int(line)


class Reported(NamedTuple):
    place: tuple[str, int]
    named: frozenset    # the (file name, line) places its message names
    message: str


_NOT_ARTICLES = {"README.md"}


def articles(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.glob("*.md") if p.name not in _NOT_ARTICLES)


def reported(corpus: Path, glossary: list[str]) -> list[Reported]:
    """XL801's findings over the corpus's articles, each with its place and the places it names."""
    command = [sys.executable, "-m", "xlate", "check", "--engine", "none", "--no-cache", "--select", "XL801",
               "--format", "json", *sum((["--glossary", g] for g in glossary), []), *map(str, articles(corpus))]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"xlate check failed ({result.returncode}): {result.stderr.strip()}")
    return [Reported((Path(f["path"]).name, f["line"]),
                     frozenset((Path(name).name, int(line)) for name, line in _NAMED.findall(f["message"])),
                     f["message"])
            for f in json.loads(result.stdout)["findings"]]


def right(finding: Reported, answer: Answer) -> bool:
    return answer.kind == "contradiction" and finding.place in answer.places \
        and bool((finding.named & answer.places) - {finding.place})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--glossary", action="append", default=[])
    parser.add_argument("--show", action="store_true", help="list the misses and the false alarms")
    args = parser.parse_args()
    answers = read_answers(args.corpus)
    findings = reported(args.corpus, args.glossary)
    planted = [a for a in answers if a.kind == "contradiction"]
    found = [a for a in planted if any(right(f, a) for f in findings)]
    correct = [f for f in findings if any(right(f, a) for a in planted)]
    recall = len(found) / len(planted) if planted else 0.0
    precision = len(correct) / len(findings) if findings else 1.0
    print(f"planted contradictions: {len(planted)}, consistent restatements: {len(answers) - len(planted)}")
    print(f"XL801 findings: {len(findings)}, right {len(correct)}; contradictions found {len(found)}")
    print(f"recall {recall:.2f}  precision {precision:.2f}")
    if args.show:
        for answer in planted:
            if answer not in found:
                print("missed:", " / ".join(f"{n}:{l}" for n, l in sorted(answer.places)), "--", answer.note)
        for finding in findings:
            if finding not in correct:
                print("false alarm:", "%s:%d" % finding.place, "--", finding.message)


if __name__ == "__main__":
    main()
