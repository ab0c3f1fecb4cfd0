"""The library API: batches checked apart and concluded together give check_texts' answer."""

from __future__ import annotations

from xlate.api import check_texts, conclude, load_context, observe_texts
from xlate.run.check import check_paths
from conftest import SEEDS, SHIPPED_GLOSSARY

NAMES = [("a.md", "Ramón Pérez met Pérez in Lima on Monday.\n"),
         ("b.md", "Pérez said the talks would resume.\n"),
         ("c.md", "Officials said Perez would travel to Quito.\n")]


def test_check_texts_matches_checking_the_files():
    ctx = load_context(glossary=[SHIPPED_GLOSSARY])
    files = sorted(SEEDS.iterdir())
    texts = [(str(f), f.read_text(encoding="utf-8")) for f in files]
    assert check_texts(texts, ctx) == check_paths(files, load_context(glossary=[SHIPPED_GLOSSARY])).findings


def test_corpus_rules_see_every_batch():
    ctx = load_context()
    whole = check_texts(NAMES, ctx)
    assert [(f.path, f.text) for f in whole if f.code == "XL104"] == [("c.md", "Perez")]
    assert conclude([observe_texts(NAMES[:1], ctx), observe_texts(NAMES[1:], ctx)], ctx) == whole


def test_one_batch_alone_has_no_majority():
    assert [f for f in check_texts(NAMES[2:], load_context()) if f.code == "XL104"] == []
