"""The Dask example returns exactly the single-process findings."""

from __future__ import annotations

import pytest

from bench.corpus import generate_corpus
from xlate.api import load_context
from xlate.run.check import check_paths
from xlate.run.discovery import discover
from conftest import SHIPPED_GLOSSARY

pytest.importorskip("distributed")


def test_dask_findings_equal_single_process(tmp_path):
    from bench.dask_example import dask_findings
    generate_corpus(tmp_path, files=12, total_bytes=60_000, seed=5)
    ctx = load_context(glossary=[SHIPPED_GLOSSARY])
    files = discover([tmp_path], ctx.config).files
    single = check_paths([tmp_path], load_context(glossary=[SHIPPED_GLOSSARY]), jobs=1).findings
    assert single
    assert dask_findings(files, ctx, workers=2, batch=5) == single
