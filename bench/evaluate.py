"""Score xlate on the held-out corpus: precision and recall per kind of error.

    python bench/evaluate.py                      # runs `xlate check` on bench/heldout/
    python bench/evaluate.py --corpus bench/heldout2   # another held-out set
    python bench/evaluate.py --engine apertium    # extra options go to `xlate check`
    python bench/evaluate.py --findings out.json  # scores a saved `--format json` report
    python bench/evaluate.py --glossary g.toml    # the same glossary in another format

A finding is a true positive when it lies in the same file and line as a
planted error, covers part of its span (or has the same text), and has the
same kind. Each planted error counts at most once. The script always exits 0:
it measures, it does not gate.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEFAULT_HELDOUT = BENCH / "heldout"
KIND_ORDER = ("typo", "confusable", "rendering", "untranslated", "roundtrip", "glossary", "file")


@dataclass(frozen=True)
class Answer:
    """One planted error from answers.json; line and column are 1-based."""

    file: str
    line: int
    text: str
    kind: str
    expected_suggestion: str = ""
    column: int | None = None
    category: str = ""

    @classmethod
    def from_dict(cls, data: dict) -> "Answer":
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})

    def where(self) -> str:
        return f"{self.file}:{self.line}" + (f":{self.column}" if self.column else "")


@dataclass(frozen=True)
class Hit:
    """One finding from `xlate check --format json`, its path made relative to the corpus."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    kind: str
    code: str = ""
    text: str = ""
    message: str = ""
    suggestions: tuple[str, ...] = ()

    @classmethod
    def from_finding(cls, data: dict, corpus: Path, base: Path) -> "Hit":
        return cls(file=corpus_relative(data["path"], corpus, base), line=data["line"], column=data["column"],
                   end_line=data["end_line"], end_column=data["end_column"], kind=data["kind"],
                   code=data.get("code", ""), text=data.get("text", ""), message=data.get("message", ""),
                   suggestions=tuple(data.get("suggestions", ())))

    def where(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass
class Score:
    matches: list[tuple[Answer, Hit]] = field(default_factory=list)
    misses: list[Answer] = field(default_factory=list)
    false_alarms: list[Hit] = field(default_factory=list)
    # A false alarm that sits on a missed planted error but names another kind.
    wrong_kind: dict[Hit, Answer] = field(default_factory=dict)


def corpus_relative(path: str, corpus: Path, base: Path) -> str:
    """Finding paths depend on how xlate was called; answers name files relative to the corpus folder."""
    full = Path(path) if Path(path).is_absolute() else base / path
    try:
        return full.resolve().relative_to(corpus.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def locates(hit: Hit, answer: Answer) -> bool:
    """Same file and line, and the spans overlap (or, without a column in the key, the text is the same)."""
    if hit.file != answer.file or not hit.line <= answer.line <= hit.end_line:
        return False
    if fold(hit.text) == fold(answer.text):
        return True
    if answer.column is None:
        return False
    start = hit.column if hit.line == answer.line else 1
    end = hit.end_column if hit.end_line == answer.line else float("inf")
    return start < answer.column + len(answer.text) and answer.column < end


def score(answers: list[Answer], hits: list[Hit]) -> Score:
    """Pair each planted error with at most one finding of its kind; the rest are misses and false alarms."""
    result = Score()
    found: set[int] = set()
    used: set[int] = set()
    for a_index, answer in enumerate(answers):
        for h_index, hit in enumerate(hits):
            if h_index not in used and hit.kind == answer.kind and locates(hit, answer):
                result.matches.append((answer, hit))
                found.add(a_index)
                used.add(h_index)
                break
    result.misses = [a for i, a in enumerate(answers) if i not in found]
    result.false_alarms = [h for i, h in enumerate(hits) if i not in used]
    for hit in result.false_alarms:
        near = next((a for a in result.misses if locates(hit, a)), None)
        if near is not None:
            result.wrong_kind[hit] = near
    return result


def same_suggestion(expected: str, offered: tuple[str, ...]) -> bool:
    """A leading 'the' is ignored: 'the disappeared' and 'disappeared' fix the same slip."""
    def bare(text: str) -> str:
        text = fold(text)
        return text[4:] if text.startswith("the ") else text
    return bool(expected) and any(bare(expected) == bare(s) for s in offered)


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def table_rows(result: Score, answers: list[Answer], hits: list[Hit]) -> list[tuple]:
    """(kind, planted, found, tp, fp, precision, recall, suggestion ok) per kind, then overall."""
    kinds = sorted({a.kind for a in answers} | {h.kind for h in hits},
                   key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k))
    rows = []
    for kind in [*kinds, None]:
        def wanted(k: str, kind=kind) -> bool:
            return kind is None or k == kind
        planted = sum(wanted(a.kind) for a in answers)
        found = sum(wanted(h.kind) for h in hits)
        pairs = [(a, h) for a, h in result.matches if wanted(a.kind)]
        fixed = sum(same_suggestion(a.expected_suggestion, h.suggestions) for a, h in pairs)
        rows.append((kind or "overall", planted, found, len(pairs), found - len(pairs), ratio(len(pairs), found),
                     ratio(len(pairs), planted), ratio(fixed, len(pairs))))
    return rows


def category_rows(result: Score, answers: list[Answer]) -> list[tuple]:
    """Recall per category of planted error (e.g. deprecated vs calque renderings)."""
    categories = sorted({(a.kind, a.category) for a in answers if a.category},
                        key=lambda kc: (KIND_ORDER.index(kc[0]) if kc[0] in KIND_ORDER else 99, kc[1]))
    found = [a for a, _ in result.matches]
    rows = []
    for kind, category in categories:
        planted = sum(1 for a in answers if (a.kind, a.category) == (kind, category))
        tp = sum(1 for a in found if (a.kind, a.category) == (kind, category))
        rows.append((f"{kind}/{category}", planted, tp, ratio(tp, planted)))
    return rows


def format_table(header: tuple, rows: list[tuple]) -> str:
    cells = [tuple(str(c) for c in row) for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_report(result: Score, answers: list[Answer], hits: list[Hit]) -> str:
    parts = [format_table(("kind", "planted", "found", "tp", "fp", "precision", "recall", "sugg_ok"),
                          table_rows(result, answers, hits)),
             "", format_table(("category", "planted", "tp", "recall"), category_rows(result, answers)),
             "", f"Misses ({len(result.misses)}):"]
    parts += [f"  {a.where()}  {a.kind}/{a.category}  {a.text!r} -> {a.expected_suggestion!r}" for a in result.misses]
    parts += ["", f"False alarms ({len(result.false_alarms)}):"]
    for hit in result.false_alarms:
        note = f"  [wrong kind: planted {result.wrong_kind[hit].kind}]" if hit in result.wrong_kind else ""
        parts.append(f"  {hit.where()}  {hit.code} {hit.kind}  {hit.text!r}: {hit.message}{note}")
    return "\n".join(parts)


def load_answers(corpus: Path) -> list[Answer]:
    return [Answer.from_dict(d) for d in json.loads((corpus / "answers.json").read_text(encoding="utf-8"))]


def run_xlate(corpus: Path, glossary: Path, extra: list[str]) -> dict | None:
    """The JSON report of `xlate check` on the corpus, or None (with the reason on stderr) if it failed."""
    command = [sys.executable, "-m", "xlate", "check", "--format", "json",
               "--glossary", str(glossary), str(corpus), *extra]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        print(f"xlate check failed (exit {done.returncode}):\n{done.stderr.strip()}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", "--heldout", dest="corpus", type=Path, default=DEFAULT_HELDOUT,
                        help="corpus folder with answers.json and glossary.tbx (default: bench/heldout)")
    parser.add_argument("--findings", type=Path, help="score this saved JSON report instead of running xlate")
    parser.add_argument("--glossary", type=Path, help="glossary for the run (default: glossary.tbx in the corpus)")
    args, extra = parser.parse_known_args(argv)
    corpus = args.corpus.resolve()
    if args.findings:
        report, base = json.loads(args.findings.read_text(encoding="utf-8")), Path.cwd()
    else:
        glossary = (args.glossary or corpus / "glossary.tbx").resolve()
        report, base = run_xlate(corpus, glossary, extra), ROOT
    if report is None:
        return 0
    answers = load_answers(corpus)
    hits = [Hit.from_finding(f, corpus, base) for f in report.get("findings", [])]
    print(format_report(score(answers, hits), answers, hits))
    return 0


if __name__ == "__main__":
    sys.exit(main())
