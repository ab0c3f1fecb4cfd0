"""Findings per 10,000 words, per rule and language, on real published news (../shared/real-news/).

    python bench/real_news.py                          # engines none and apertium, the per-rule table
    python bench/real_news.py --engine none --save /tmp/rn.json
    python bench/real_news.py --load /tmp/rn.json --compare /tmp/before.json   # before/after table
    python bench/real_news.py --load /tmp/rn.json --samples XL301 --lang es --count 40   # in context
    python bench/real_news.py --codespell              # codespell on the same English text, for scale

The text is WMT newstest and Global Voices (see its README): published copy nobody here wrote, so
most findings on it are false alarms. It stays outside the repository; this script reads it where it
lies (--root, else the first `shared/real-news` beside the repository or a folder above it).

xlate runs once per folder and engine (`en/`, `es/`, `pairs/`, whose NAME.es.md / NAME.en.md files
pair up by themselves), with the shipped glossary, `--no-cache`, `--format json`. A finding counts for
the language of its file: `en` is `en/` and the English side of the pairs, `es` is `es/` and the
Spanish side; the pair rules (XL7xx) are counted apart, per 10,000 words of the pairs' English side.
Which findings are true errors is judged by eye on --samples: nothing here decides it. The script
always exits 0: it measures, it does not gate.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
FOLDERS = ("en", "es", "pairs")
ENGINES = ("none", "apertium")
PAIR_RULE_PREFIX = "XL7"
_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")


def find_root(given: str | None) -> Path:
    if given:
        return Path(given)
    for folder in (ROOT, *ROOT.parents):
        candidate = folder / "shared" / "real-news"
        if candidate.is_dir():
            return candidate
    sys.exit("real_news: no shared/real-news beside the repository or above it; pass --root")


def language_of(path: str) -> str:
    """en or es, from the folder (en/, es/) or the pair's file name (NAME.es.md / NAME.en.md)."""
    if path.endswith(".es.md"):
        return "es"
    if path.endswith(".en.md"):
        return "en"
    return "es" if "/es/" in path else "en"


def column_of(path: str, code: str) -> str:
    """The table column a finding counts in: the pair rules apart, the rest by language."""
    return "pairs" if code.startswith(PAIR_RULE_PREFIX) else language_of(path)


def count_words(root: Path) -> dict[str, int]:
    """Words per table column, counted as runs of word characters (with inner apostrophes)."""
    words: Counter = Counter()
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.md")):
            count = len(_WORD_RE.findall(path.read_text(encoding="utf-8")))
            words[language_of(str(path))] += count
            if path.name.endswith(".en.md"):
                words["pairs"] += count
    return dict(words)


def run_xlate(root: Path, engine: str) -> list[dict]:
    findings = []
    for folder in FOLDERS:
        command = [str(BIN / "xlate"), "check", "--format", "json", "--no-cache", "--engine", engine,
                   "--glossary", str(ROOT / "glossary"), str(root / folder)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if done.returncode not in (0, 1):
            sys.exit(f"real_news: {' '.join(command)} exited {done.returncode}:\n{done.stderr}")
        findings += json.loads(done.stdout)["findings"]
    return findings


def per_rule(findings: list[dict], words: dict[str, int]) -> dict[str, dict[str, float]]:
    """rule -> column -> findings per 10,000 words."""
    counts = Counter((f["code"], column_of(f["path"], f["code"])) for f in findings)
    table: dict[str, dict[str, float]] = {}
    for (code, column), n in counts.items():
        table.setdefault(code, {})[column] = 10_000 * n / words[column]
    return table


def print_table(results: dict, words: dict[str, int], before: dict | None = None) -> None:
    print(f"words: en {words['en']:,}, es {words['es']:,} (pairs' English side {words['pairs']:,})")
    for engine, findings in results.items():
        now = per_rule(findings, words)
        was = per_rule(before[engine], words) if before and engine in before else None
        print(f"\nengine {engine}: findings per 10,000 words" + (" (before -> after)" if was else ""))
        print("| rule | en | es | pairs |\n|---|---:|---:|---:|")
        for code in sorted(set(now) | set(was or {})):
            print(f"| {code} | " + " | ".join(_cell(now, was, code, c) for c in ("en", "es", "pairs")) + " |")
        totals = {c: sum(v.get(c, 0) for v in now.values()) for c in ("en", "es", "pairs")}
        was_totals = {c: sum(v.get(c, 0) for v in was.values()) for c in totals} if was else None
        print("| all | " + " | ".join(_cell({"": totals}, was and {"": was_totals}, "", c) for c in totals) + " |")


def _cell(now: dict, was: dict | None, code: str, column: str) -> str:
    value = now.get(code, {}).get(column, 0.0)
    if was is None:
        return f"{value:.1f}"
    return f"{was.get(code, {}).get(column, 0.0):.1f} -> {value:.1f}"


def print_samples(findings: list[dict], code: str, lang: str | None, count: int, seed: int) -> None:
    """A random sample of one rule's findings, each with its line and the span marked [[...]]."""
    chosen = [f for f in findings if f["code"] == code and (lang is None or language_of(f["path"]) == lang)]
    random.Random(seed).shuffle(chosen)
    print(f"{len(chosen)} {code} finding(s){' in ' + lang if lang else ''}; showing {min(count, len(chosen))}")
    for f in chosen[:count]:
        line = Path(f["path"]).read_text(encoding="utf-8").splitlines()[f["line"] - 1]
        start = f["column"] - 1
        end = f["end_column"] - 1 if f["end_line"] == f["line"] else len(line)
        context = line[max(0, start - 80):start] + "[[" + line[start:end] + "]]" + line[end:end + 80]
        print(f"\n{Path(f['path']).name}:{f['line']}:{f['column']} {f['message']}\n    {context}")


def codespell_rate(root: Path, words: dict[str, int]) -> None:
    codespell = BIN / "codespell" if (BIN / "codespell").exists() else shutil.which("codespell")
    if not codespell:
        print("codespell is not installed (pip install codespell)")
        return
    english = [str(p) for p in sorted((root / "en").rglob("*.md"))] + \
              [str(p) for p in sorted((root / "pairs").rglob("*.en.md"))]
    done = subprocess.run([str(codespell), *english], capture_output=True, text=True)
    n = sum(1 for line in done.stdout.splitlines() if "==>" in line)
    print(f"codespell on the English text: {n} findings, {10_000 * n / words['en']:.1f} per 10,000 words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", help="the real-news folder (default: shared/real-news found above)")
    parser.add_argument("--engine", choices=ENGINES, action="append", help="repeatable; default: both")
    parser.add_argument("--save", help="write the findings to this JSON file")
    parser.add_argument("--load", help="read findings saved by --save instead of running xlate")
    parser.add_argument("--compare", help="findings saved earlier: print before -> after")
    parser.add_argument("--samples", metavar="CODE", help="print a sample of this rule's findings in context")
    parser.add_argument("--lang", choices=("en", "es"), help="with --samples: only this language")
    parser.add_argument("--count", type=int, default=30, help="with --samples: how many (default 30)")
    parser.add_argument("--seed", type=int, default=15, help="with --samples: the sample's random seed")
    parser.add_argument("--codespell", action="store_true", help="also count codespell's findings")
    args = parser.parse_args()
    root = find_root(args.root)
    words = count_words(root)
    if args.load:
        results = json.loads(Path(args.load).read_text(encoding="utf-8"))
    else:
        results = {engine: run_xlate(root, engine) for engine in args.engine or ENGINES}
    if args.save:
        Path(args.save).write_text(json.dumps(results), encoding="utf-8")
    if args.samples:
        for engine, findings in results.items():
            print(f"== engine {engine}")
            print_samples(findings, args.samples, args.lang, args.count, args.seed)
        return
    before = json.loads(Path(args.compare).read_text(encoding="utf-8")) if args.compare else None
    print_table(results, words, before)
    if args.codespell:
        codespell_rate(root, words)


if __name__ == "__main__":
    main()
