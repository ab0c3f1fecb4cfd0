"""How a check steers the cyclic collector (xlate/infra/collector.py): a process that ends with the run
moves what each document's step leaves alive out of the collector's reach; a library caller's
collector is left as it found it."""

from __future__ import annotations

import gc

from conftest import SEEDS
from xlate.core.config import Config
from xlate.infra.collector import settled
from xlate.rules.context import Context
from xlate.run import parallel
from xlate.run.check import check_paths


def test_only_a_run_that_ends_its_process_is_settled():
    assert settled(False) is None
    gc.unfreeze()
    settled(True)(None)
    try:
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_check_that_ends_its_process_freezes_what_its_documents_leave():
    gc.unfreeze()
    try:
        report = check_paths([SEEDS], Context(config=Config(engine="none"), freeze_builds=True), jobs=1)
        tracked = {id(o) for o in gc.get_objects()}   # every generation the collector walks
        assert report.findings and not any(id(finding) in tracked for finding in report.findings)
    finally:
        gc.unfreeze()


def test_a_library_check_leaves_the_collector_as_it_was(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    gc.unfreeze()
    for jobs in (1, 2):
        check_paths([SEEDS], Context(config=Config(engine="none")), jobs=jobs)
        assert gc.get_freeze_count() == 0
