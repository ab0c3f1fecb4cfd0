"""What the first check after an install costs, builder by builder.

    python -m bench.first_check FILE [--runs 3]

Each run checks FILE (`xlate check --engine none --no-cache --quiet`) in a new process whose user
cache is a new, empty folder, as after an install, with CPU timers around each builder of what
later checks only read back: the word lists (parsing, weighing Hunspell's forms, encoding the
tables), the suggestion index and XL401's data. Prints each figure's median over the runs. A
builder's figure includes the builders it calls (the word lists include the weighing). Nothing here
is a test: timings depend on the machine; compare trees by running this from each, in turn.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (module, attribute, label): the builders timed, where the check looks them up
BUILDERS = (
    ("xlate.spelling", "load_frequencies", "word lists (parse, weigh, encode)"),
    ("xlate.spelling.hunspell", "weigh", "  weighing Hunspell's forms"),
    ("xlate.infra.tables", "encode", "encoding word tables (all)"),
    ("xlate.spelling", "cached_index", "suggestion index"),
    ("xlate.rules.confusable_data", "load_confusables", "XL401's data (parse, cues)"),
)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(timings: dict[str, float], label: str, function):
    def wrapper(*args, **kwargs):
        start = _cpu()
        try:
            return function(*args, **kwargs)
        finally:
            timings[label] = timings.get(label, 0.0) + _cpu() - start
    return wrapper


def child(path: str) -> None:
    """One first check in this process (its cache folder set by the parent): timings as JSON."""
    import importlib
    timings: dict[str, float] = {}
    for module_name, attribute, label in BUILDERS:
        module = importlib.import_module(module_name)
        setattr(module, attribute, _timed(timings, label, getattr(module, attribute)))
    from xlate.cli import main
    start, wall = _cpu(), time.perf_counter()
    try:
        main(["check", "--engine", "none", "--no-cache", "--quiet", path], standalone_mode=False)
    except SystemExit:
        pass
    timings["check, in all"] = _cpu() - start
    timings["check, wall"] = time.perf_counter() - wall
    print(json.dumps(timings))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(str(args.file))
        return 0
    runs: list[dict[str, float]] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="xlate-first-") as cache:
            env = {**os.environ, "XLATE_CACHE_DIR": cache}
            env.pop("PYTHONDONTWRITEBYTECODE", None)   # as installed: xlate's own bytecode is compiled
            done = subprocess.run([sys.executable, "-m", "bench.first_check", "--child", str(args.file.resolve())],
                                  capture_output=True, text=True, cwd=ROOT, env=env)
            if done.returncode:
                raise SystemExit(done.stderr[-2000:])
            runs.append(json.loads(done.stdout.splitlines()[-1]))
    print(f"  first check of {args.file} with an empty cache, median of {args.runs} runs "
          f"(load average {os.getloadavg()[0]:.1f}):")
    for label in [label for *_, label in BUILDERS] + ["check, in all", "check, wall"]:
        values = [run.get(label, 0.0) for run in runs]
        unit = "wall" if "wall" in label else "CPU"
        print(f"    {statistics.median(values):6.2f} s {unit}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
