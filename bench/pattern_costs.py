"""Which regular expressions one rule's per-document work spends its time in, pattern by pattern.

    python -m bench.pattern_costs [--rule XL801] [--root ../shared/real-news] [--per-folder 20] [--top 25]

The rule runs over the documents bench/instructions.py counts (the first files, by name, of real-news
`en/newstest2011` and `es/newstest2010`), read and prepared alike, with every pattern compiled at the top of
an xlate module (and the pattern behind each text.screens helper: Screened, FromTheEnd, AtOpenings)
recording its calls; each pattern's calls are then replayed alone, best of three, so what is printed is
the time inside the regex engine, without the rule's Python around it. A pattern kept elsewhere (in a
list, a dict, a closure) is not seen. Session 17 found the cue alternation this way (0.26 ms a clause:
cues.py). Timings depend on the machine; nothing here is a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.instructions import chosen_files, prepared_rule  # noqa: E402

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_HELPERS = ("Screened", "FromTheEnd", "AtOpenings")   # text.screens' classes that hold a pattern


class _Recording:
    """A compiled pattern that records each call of its methods (arguments), then calls the pattern."""

    def __init__(self, pattern, calls: list):
        self._pattern, self._calls = pattern, calls

    def __getattr__(self, name: str):
        method = getattr(self._pattern, name)
        if name not in _METHODS:
            return method

        def recorded(*args, **kwargs):
            self._calls.append((name, args, kwargs))
            return method(*args, **kwargs)
        return recorded


def record_patterns() -> dict[str, tuple[object, list]]:
    """Put a recording stand-in in place of every module-level pattern of the xlate modules loaded:
    name -> (the pattern, the calls it will record)."""
    recorded: dict[str, tuple[object, list]] = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("xlate.") or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            name = f"{module_name.removeprefix('xlate.')}.{attribute}"
            if isinstance(value, regex.Pattern):
                calls = recorded.setdefault(name, (value, []))[1]
                setattr(module, attribute, _Recording(value, calls))
            elif type(value).__name__ in _HELPERS and isinstance(getattr(value, "pattern", None), regex.Pattern):
                calls = recorded.setdefault(name, (value.pattern, []))[1]
                value.pattern = _Recording(value.pattern, calls)
                if isinstance(getattr(value, "reversed", None), regex.Pattern):   # FromTheEnd's
                    reversed_calls = recorded.setdefault(name + " (from the end)", (value.reversed, []))[1]
                    value.reversed = _Recording(value.reversed, reversed_calls)
    return recorded


def replayed_seconds(pattern, calls: list) -> float:
    """The best of three replays of calls on pattern, a finditer's matches read to the end."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for method, args, kwargs in calls:
            found = getattr(pattern, method)(*args, **kwargs)
            if method == "finditer":
                for _ in found:
                    pass
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rule", default="XL801")
    parser.add_argument("--root", type=Path, default=ROOT.parent / "shared" / "real-news")
    parser.add_argument("--per-folder", type=int, default=20)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    files = chosen_files(args.root, args.per_folder)
    if not files:
        raise SystemExit(f"no files under {args.root}")
    ctx, run_once, documents = prepared_rule(args.rule, files)   # as bench/instructions.py measures it
    recorded = record_patterns()
    start = time.perf_counter()
    for document in documents[1:]:
        run_once(document, ctx)
    whole = time.perf_counter() - start
    costs = sorted(((replayed_seconds(pattern, calls), len(calls), name) for name, (pattern, calls) in recorded.items()
                    if calls), reverse=True)
    inside = sum(seconds for seconds, _, _ in costs)
    print(f"{args.rule} over {len(documents) - 1} documents: {whole * 1000:.0f} ms (recording), "
          f"{inside * 1000:.0f} ms of it inside {len(costs)} patterns (replayed)")
    for seconds, count, name in costs[:args.top]:
        print(f"  {seconds * 1000:8.2f} ms  {count:6d} calls  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
