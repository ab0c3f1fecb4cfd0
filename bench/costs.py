"""Where a check's time goes, measured inside one process: per file and per rule.

    python -m bench.costs FILE_OR_FOLDER ... [--glossary PATH]

Prints the CPU seconds of each rule over all the documents (document rules' check, corpus rules'
observe and conclude), of reading the documents, and the slowest files (the per-document step of
each file, after a first file has loaded the word lists, indexes and glossary, as in a long run).
A rule's figure includes what it is the first to compute of the documents' shared derived data
(term matches, name runs), so the order of the rules matters a little; the rules run in the
catalogue's order, as in a check. With --slowest 0 the per-rule figures come from the process's
first pass, as a check's do; after the slowest-files pass, what that pass learnt once per run (the
verdicts on each distinct word and name) is still learnt, and the figures are lower. Nothing here is
a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.cli.common import build_context  # noqa: E402
from xlate.core.config import Config  # noqa: E402
from xlate.core.document import Document  # noqa: E402
from xlate.lint.steps import active_rules, observe_one_by_one  # noqa: E402
from xlate.rules.base import CorpusRule  # noqa: E402
from xlate.run.discovery import discover  # noqa: E402


def files_under(paths: list[Path], config: Config) -> list[Path]:
    return discover(paths, config).files


def per_file(files: list[Path], ctx) -> list[tuple[float, Path]]:
    """(CPU seconds of the per-document step, path) for each file, slowest first; the first file
    is checked twice, so that loading what every run loads once is not charged to it."""
    timed = []
    list(observe_one_by_one([Document.from_path(files[0])], ctx))
    for path in files:
        doc = Document.from_path(path)
        start = time.process_time()
        list(observe_one_by_one([doc], ctx))
        timed.append((time.process_time() - start, path))
    return sorted(timed, reverse=True)


def per_rule(files: list[Path], ctx) -> dict[str, float]:
    """CPU seconds per rule over all files (documents read fresh, so no rule finds another's
    results of an earlier pass), plus reading the documents and splitting their words."""
    costs = {"reading (document, words)": 0.0}
    rules = active_rules(ctx)
    observations: dict[str, list] = {}
    for path in files:
        start = time.process_time()
        doc = Document.from_path(path)
        doc.tokens
        costs["reading (document, words)"] += time.process_time() - start
        for rule in rules:
            start = time.process_time()
            if isinstance(rule, CorpusRule):
                observations.setdefault(rule.code, []).append(rule.observe(doc, ctx))
            else:
                list(rule.check(doc, ctx))
            label = f"{rule.code} {rule.name}"
            costs[label] = costs.get(label, 0.0) + time.process_time() - start
    for rule in rules:
        if isinstance(rule, CorpusRule):
            start = time.process_time()
            list(rule.conclude(observations.get(rule.code, []), ctx))
            costs[f"{rule.code} {rule.name}"] += time.process_time() - start
    return costs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--glossary", type=Path, default=ROOT / "glossary")
    parser.add_argument("--slowest", type=int, default=5,
                        help="how many of the slowest files to list; 0: none, and the cost per rule is then "
                             "that of a check's first pass (nothing learnt yet per word or per name)")
    args = parser.parse_args(argv)
    config = Config(engine="none")
    ctx = build_context(args.paths, (args.glossary,), config)
    files = files_under(args.paths, config)
    if args.slowest:
        timed = per_file(files, ctx)
        print(f"  slowest files (per-document step, CPU, of {len(files)}):")
        for seconds, path in timed[:args.slowest]:
            print(f"    {seconds:6.3f} s  {path} ({path.stat().st_size / 1000:.1f} KB)")
        ctx = build_context(args.paths, (args.glossary,), config)
    costs = per_rule(files, ctx)
    total = sum(costs.values())
    how = ("a fresh context: what the first pass learnt per word and per name stays learnt" if args.slowest
           else "the process's first pass, as a check's")
    print(f"  CPU per rule over the {len(files)} files ({how}; total {total:.2f} s):")
    for label, seconds in sorted(costs.items(), key=lambda item: -item[1]):
        print(f"    {seconds:6.2f} s {100 * seconds / total:5.1f} %  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
