"""Run XL401 (confusable) over a folder of prose the rules were not written for, to judge precision.

    python bench/confusable_precision.py FOLDER [--language en|es]

Prints every finding with its surrounding text, so each can be judged true or false by eye,
then a summary line: files, words, findings, findings per million words, seconds.
Text used for measuring stays outside the repository.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.formats import ReadError
from xlate.rules.confusable import Confusable401

CONTEXT_CHARS = 60
SUFFIXES = {".txt", ".md"}     # Markdown so that inline code and code blocks are masked as in real use


def excerpt(doc: Document, finding) -> str:
    line = doc.line_text(finding.line)
    start = max(finding.column - 1 - CONTEXT_CHARS, 0)
    end = finding.end_column - 1 + CONTEXT_CHARS
    return " ".join(line[start:end].split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", choices=("en", "es"), help="take every file as this language")
    args = parser.parse_args()

    rule, ctx = Confusable401(), Context()
    files = words = 0
    by_word: Counter[str] = Counter()
    started = time.perf_counter()
    for path in sorted(p for p in args.folder.rglob("*") if p.suffix in SUFFIXES):
        try:
            doc = Document.from_path(path, display=str(path.relative_to(args.folder)))
        except ReadError as exc:
            print(f"skipped {exc}")
            continue
        doc.language_hint = args.language or doc.language_hint
        files += 1
        words += len(doc.words)
        for f in rule.check(doc, ctx):
            by_word[f"{f.text.lower()} -> {f.suggestions[0].lower()}"] += 1
            print(f"{f.path}:{f.line}:{f.column}: {f.text} -> {f.suggestions[0]} | {excerpt(doc, f)}")
    seconds = time.perf_counter() - started
    total = sum(by_word.values())
    print(f"\n{files} files, {words} words, {total} findings "
          f"({total / max(words, 1) * 1e6:.1f} per million words), {seconds:.1f} s")
    for pair, n in by_word.most_common():
        print(f"  {n:4d}  {pair}")


if __name__ == "__main__":
    main()
