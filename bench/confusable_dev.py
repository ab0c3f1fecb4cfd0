"""Score XL401 (confusable) on the development set tests/data/confusables_dev.txt.

    python bench/confusable_dev.py [FILE]

Each line of the file is a sentence; a planted error is written [wrong|right]. Prints every miss and
false alarm, then recall and precision. The set is for tuning the data file; bench/heldout is not.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import regex

from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.rules.confusable import Confusable401

DEV_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "confusables_dev.txt"
PLANT_RE = regex.compile(r"\[([^|\]]+)\|([^\]]+)\]")


@dataclass(frozen=True)
class Plant:
    column: int          # 0-based offset of the wrong word in the plain sentence
    wrong: str
    right: str


def read_sentence(marked: str) -> tuple[str, list[Plant]]:
    """The sentence as written (wrong words in place) and its planted errors."""
    plain, plants, last = [], [], 0
    for m in PLANT_RE.finditer(marked):
        plain.append(marked[last:m.start()])
        column = sum(map(len, plain))
        plants.append(Plant(column, m.group(1), m.group(2)))
        plain.append(m.group(1))
        last = m.end()
    plain.append(marked[last:])
    return "".join(plain), plants


def read_dev_set(path: Path = DEV_FILE) -> list[tuple[str, list[Plant]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [read_sentence(line) for line in lines if line.strip() and not line.startswith("#")]


def language_of(path: Path) -> str:
    """A development set is English unless its name ends in _es (confusables_dev_es.txt) or is es.txt."""
    return "es" if path.stem.endswith("_es") or path.stem == "es" else "en"


def score(path: Path = DEV_FILE) -> tuple[list[str], list[str], int, int]:
    """Misses, false alarms, planted errors, findings."""
    rule, ctx = Confusable401(), Context()
    misses, false_alarms, planted, found = [], [], 0, 0
    for sentence, plants in read_dev_set(path):
        findings = list(rule.check(Document("dev.txt", sentence, language_hint=language_of(path)), ctx))
        planted += len(plants)
        found += len(findings)
        at = {f.column - 1: f for f in findings}
        for p in plants:
            f = at.pop(p.column, None)
            if f is None or f.suggestions[0].lower() != p.right.lower():
                misses.append(f"miss  {p.wrong} -> {p.right}: {sentence}")
        false_alarms += [f"false {f.text} -> {f.suggestions[0]}: {sentence}" for f in at.values()]
    return misses, false_alarms, planted, found


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV_FILE
    misses, false_alarms, planted, found = score(path)
    print("\n".join(misses + false_alarms))
    hits = planted - len(misses)
    print(f"\n{planted} planted, {found} findings: recall {hits / max(planted, 1):.2f} "
          f"({hits}/{planted}), false alarms {len(false_alarms)}, "
          f"precision {(found - len(false_alarms)) / max(found, 1):.2f}")


if __name__ == "__main__":
    main()
