"""The shipped tables that scripts build from Debian's data are what their builders write today: a change to
a builder, or to a table it reads, without a rebuild fails here (as the sound-alikes' test does)."""

from __future__ import annotations

import gzip
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import build_demonyms, build_translations  # noqa: E402


def test_the_shipped_demonyms_equal_a_fresh_build():
    """xlate/data/demonyms.tsv: WordNet's pertainyms and the shipped word translations, read in memory."""
    if not (build_demonyms.WORDNET / "data.adj").exists():
        pytest.skip("WordNet (Debian's wordnet-base) is not installed")
    text, english_forms = build_demonyms.table()
    assert english_forms > 100
    assert build_demonyms.OUT.read_text(encoding="utf-8") == text, \
        "stale: rebuild it with python scripts/build_demonyms.py"


@pytest.mark.apertium
def test_the_shipped_translations_equal_a_fresh_build():
    """xlate/data/noun-translations.tsv.gz and word-translations.tsv.gz: Apertium's eng-spa pair over the
    word classes, run for real (some seconds of lt-proc)."""
    if not (shutil.which("lt-proc") and build_translations.APERTIUM.is_dir()):
        pytest.skip("apertium-eng-spa is not installed")
    fresh = build_translations.tables()
    assert set(fresh) == {build_translations.OUT, build_translations.WORDS_OUT}
    for path, text in fresh.items():
        assert text.count("\n") > 1000
        assert gzip.decompress(path.read_bytes()).decode("utf-8") == text, \
            f"stale: {path.name}: rebuild with python scripts/build_translations.py"
