"""Instructions one rule's per-document work executes, counted by valgrind's cachegrind.

    python -m bench.instructions [--rule XL801] [--root ../shared/real-news] [--per-folder 20]

Time on a shared two-core machine moves by 5-10% between runs; an instruction count moves by well
under 0.1%, so a change to a rule's reading that costs or saves 2% shows here and not in a timing.
The figure is the difference of two runs under cachegrind over the same documents, read and prepared
alike (tokens, paragraphs, term matches): one that runs the rule on every document and one that does
not. Loading the tables and the first document's work are in both runs, so the difference is the
steady per-document cost, as in a long check. The documents are the first files, by name, of
real-news `en/newstest2011` and `es/newstest2010` (40 by default: the figure decisions.md reports).
Needs valgrind (`apt install valgrind`); a run takes a few minutes. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("en/newstest2011", "es/newstest2010")
CACHEGRIND = ("valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null")


def chosen_files(root: Path, per_folder: int) -> list[Path]:
    return [path for folder in FOLDERS for path in sorted((root / folder).glob("*.md"))[:per_folder]]


def prepared_rule(code: str, files: list[Path]):
    """(ctx, run_once, documents): the rule called code ready to run on each of the documents of files, as every
    bench that measures one rule prepares it (this one, bench/pattern_costs.py), so their figures compare: the
    context of the repository's glossary with no engine, what every rule shares read beforehand, and one run on
    the first document (what the rule loads once, its modules imported)."""
    sys.path.insert(0, str(ROOT))
    from xlate.cli.common import build_context
    from xlate.core.config import Config
    from xlate.core.document import Document
    from xlate.lint.steps import active_rules
    from xlate.rules.base import CorpusRule

    ctx = build_context(files, (ROOT / "glossary",), Config(engine="none"))
    rule = next(rule for rule in active_rules(ctx) if rule.code == code)
    documents = [Document.from_path(path) for path in files]
    for document in documents:  # what every rule shares is read before the count's difference
        _ = (document.tokens, document.paragraphs, document.distinct_words, document.prose)
        ctx.term_matches(document)
    run_once = rule.observe if isinstance(rule, CorpusRule) else lambda doc, ctx: list(rule.check(doc, ctx))
    run_once(documents[0], ctx)
    return ctx, run_once, documents


def run_rule(code: str, run: bool, files: list[Path]) -> None:
    """The measured process: prepare every document, then run the rule on each (if `run`)."""
    ctx, run_once, documents = prepared_rule(code, files)
    if run:
        for document in documents:
            run_once(document, ctx)


def child_output(code: str, run: bool, files: list[Path], under: tuple[str, ...] = ()) -> str:
    """stderr of the measured process, run under the `under` command (valgrind) if given."""
    command = [*under, sys.executable, "-m", "bench.instructions", "--child", "run" if run else "skip",
               "--rule", code, *map(str, files)]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT))
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stderr


def instructions(code: str, run: bool, files: list[Path]) -> int:
    output = child_output(code, run, files, under=CACHEGRIND)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", output)
    if refs is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{output[-2000:]}")
    return int(refs.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule", default="XL801")
    parser.add_argument("--root", type=Path, default=ROOT.parent / "shared" / "real-news")
    parser.add_argument("--per-folder", type=int, default=20)
    parser.add_argument("--child", choices=("run", "skip"), help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_rule(args.rule, args.child == "run", args.files)
        return 0
    files = chosen_files(args.root, args.per_folder)
    if not files:
        raise SystemExit(f"no files under {args.root}/{{{','.join(FOLDERS)}}}")
    child_output(args.rule, True, files)  # writes what a first run caches on disk, outside the count
    without = instructions(args.rule, False, files)
    with_rule = instructions(args.rule, True, files)
    print(f"{args.rule} over {len(files)} documents: {(with_rule - without) / 1e6:,.0f} M instructions "
          f"({without / 1e6:,.0f} M without the rule, {with_rule / 1e6:,.0f} M with it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
