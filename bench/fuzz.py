"""Fuzz xlate's readers and the full check for longer than the test suite does (issue 21).

    python bench/fuzz.py --minutes 10              # every target, the time shared among them
    python bench/fuzz.py --minutes 2 --target check --alarm 20

Each target of bench/fuzz_targets.py runs in rounds of fresh random seeds until its share of the
time is spent. An input that raises anything but the target's documented error, or takes longer
than --alarm seconds (a hang: cost growing faster than the input), is shrunk by hypothesis and
kept as tests/data/fuzz/<target>-<crc>.<ext>, which tests/test_fuzz.py replays on every run from
then on. Exit status: 0 nothing failed, 1 something did (see the files it names).
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from bench.fuzz_targets import EXTENSIONS, TARGETS  # noqa: E402

KEPT = ROOT / "tests" / "data" / "fuzz"
ROUND_EXAMPLES = 25   # a round is not interrupted: small rounds keep to the time given


class Hang(Exception):
    """An input that took longer than the alarm."""


def fuzz_target(name: str, seconds: float, alarm: int) -> list[Path]:
    strategy, target = TARGETS[name]
    last: list[str] = []

    def guarded(text: str) -> None:
        last[:] = [text]
        signal.alarm(alarm)
        try:
            target(text)
        finally:
            signal.alarm(0)

    kept, deadline = [], time.monotonic() + seconds
    while time.monotonic() < deadline:
        test = settings(max_examples=ROUND_EXAMPLES, deadline=None, database=None, derandomize=False,
                        suppress_health_check=list(HealthCheck))(given(strategy())(guarded))
        try:
            seed(random.randrange(2**32))(test)()
        except Exception as exc:   # hypothesis re-raises the shrunk example's error, having run it last
            kept.append(keep(name, last[0], exc))
    return kept


def keep(name: str, text: str, exc: Exception) -> Path:
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    path = KEPT / f"{name}-{zlib.crc32(data):08x}.{EXTENSIONS[name]}"
    KEPT.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"{name}: {type(exc).__name__}: {str(exc)[:200]}\n  kept as {path.relative_to(ROOT)}", flush=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5, help="total time, shared among the targets")
    parser.add_argument("--target", action="append", choices=sorted(TARGETS), help="only these (repeatable)")
    parser.add_argument("--alarm", type=int, default=10, help="seconds one input may take before it counts as a hang")
    args = parser.parse_args()

    def on_alarm(signum, frame):
        raise Hang(f"one input took more than {args.alarm} s")
    signal.signal(signal.SIGALRM, on_alarm)
    names = args.target or sorted(TARGETS)
    kept = []
    for name in names:
        started = time.monotonic()
        kept += fuzz_target(name, args.minutes * 60 / len(names), args.alarm)
        print(f"{name}: {time.monotonic() - started:.0f} s, {sum(p.name.startswith(name + '-') for p in kept)} kept",
              flush=True)
    return 1 if kept else 0


if __name__ == "__main__":
    sys.exit(main())
