"""Time two checkouts of xlate against each other, in interleaved rounds, per rule and whole.

    python bench/compare.py /path/to/before /path/to/after --rounds 5

Each figure is `python -m xlate check --no-cache --engine none --jobs 1` run in each checkout's
folder (so each runs its own code with this interpreter), with the shipped glossary, on one seed file (start-up) and on a
generated corpus (bench/corpus.py), with every rule and with each rule alone (--select XLnnn). In
each round the two checkouts run one after the other, in alternating order, so a busy spell of a
shared machine slows both; the figure is the median over rounds of after's wall time over
before's. Nothing here is a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import generate_corpus  # noqa: E402

RULES = ["XL101", "XL102", "XL103", "XL104", "XL201", "XL202", "XL301", "XL401", "XL701", "XL702", "XL801"]


def wall(checkout: Path, args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "xlate", "check", "--no-cache", "--engine", "none", "--jobs", "1",
                    "--glossary", str(ROOT / "glossary"), *args],
                   cwd=checkout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bytes", type=int, default=2_000_000, dest="total_bytes")
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/xlate-compare-corpus"))
    args = parser.parse_args()
    if not args.corpus.exists():
        generate_corpus(args.corpus, files=args.total_bytes // 10_000, total_bytes=args.total_bytes, seed=0)
    seed = str((ROOT / "seeds").resolve() / sorted(p.name for p in (ROOT / "seeds").glob("000_*.txt"))[0])
    cases = {"one file (start-up)": [seed], "corpus, all rules": [str(args.corpus)]}
    cases.update({f"corpus, {code} alone": ["--select", code, str(args.corpus)] for code in RULES})
    print(f"{'case':<26} {'before s':>9} {'after s':>9} {'after/before':>13}  (median of {args.rounds} rounds)")
    for name, case in cases.items():
        wall(args.before, case), wall(args.after, case)   # warm the caches both read (word lists, glossary)
        befores, afters = [], []
        for round_number in range(args.rounds):
            sides = [(args.before, befores), (args.after, afters)]
            for checkout, times in sides if round_number % 2 == 0 else sides[::-1]:
                times.append(wall(checkout, case))
        ratio = statistics.median(a / b for a, b in zip(afters, befores))
        print(f"{name:<26} {statistics.median(befores):9.2f} {statistics.median(afters):9.2f} {ratio:13.3f}",
              flush=True)


if __name__ == "__main__":
    main()
