"""The fuzz suite (issue 21): every target of bench/fuzz_targets.py, briefly and with a fixed seed
(a minute or so in all), and every input that ever failed one, replayed. Longer runs with fresh
seeds: python bench/fuzz.py --minutes N (it keeps what fails in tests/data/fuzz/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from bench.fuzz_targets import TARGETS

DATA = Path(__file__).parent / "data"
# Examples per target in the suite: the check is far slower per input than a loader.
EXAMPLES = {"check": 80, "document": 300}
DEFAULT_EXAMPLES = 250
TEXT_TARGETS = ("document", "check")

# The report's files (../shared/repro, copied) and what each reaches. The two long-word files also
# hang the full check in the typo suggester (REPORT.md H3, issue 17's): replayed through it once
# that lands (add "check" to their targets).
REPRO = {
    "crash-cell.tsv": ("glossary-tsv",),
    "crash-encoding.tbx": ("glossary-tbx",),
    "crash-nested.toml": ("glossary-toml",),
    "fuzzed-hang-62k.md": ("document", "check"),
    "fuzzed-hang-16k.md": ("document", "check"),
    "long-word.md": ("document", "check"),
}


def _fuzz_test(name: str):
    strategy, target = TARGETS[name]
    return settings(max_examples=EXAMPLES.get(name, DEFAULT_EXAMPLES), deadline=None, derandomize=True,
                    database=None, suppress_health_check=list(HealthCheck))(given(strategy())(target))


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz(name):
    _fuzz_test(name)()


def _kept_cases():
    for path in sorted((DATA / "fuzz").glob("*")):
        yield pytest.param(path.name.rsplit("-", 1)[0], path, id=path.name)
    for file, names in REPRO.items():
        for name in names:
            yield pytest.param(name, DATA / "repro" / file, id=f"{name}:{file}")


@pytest.mark.parametrize("name, path", list(_kept_cases()))
def test_every_input_that_once_failed(name, path):
    data = path.read_bytes()
    TARGETS[name][1](data.decode("utf-8", "replace") if name in TEXT_TARGETS else data)
