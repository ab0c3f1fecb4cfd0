"""The benchmark's corpus and glossary generators: deterministic, and the manifest is exact."""

from __future__ import annotations

import json

from bench.corpus import generate_corpus
from bench.glossary import write_glossary
from xlate.glossary import load_glossary


def test_same_seed_same_corpus(tmp_path):
    generate_corpus(tmp_path / "a", files=5, total_bytes=20_000, seed=1)
    generate_corpus(tmp_path / "b", files=5, total_bytes=20_000, seed=1)
    for left in sorted((tmp_path / "a").iterdir()):
        assert left.read_bytes() == (tmp_path / "b" / left.name).read_bytes()


def test_manifest_points_at_each_planted_text(tmp_path):
    planted = generate_corpus(tmp_path, files=20, total_bytes=80_000, seed=2)
    assert planted and json.loads((tmp_path / "MANIFEST.json").read_text())["planted"][0]["text"] == planted[0].text
    for p in planted:
        line = (tmp_path / p.path).read_text(encoding="utf-8").split("\n")[p.line - 1]
        assert line[p.column - 1:p.column - 1 + len(p.text)] == p.text


def test_glossary_has_the_concepts_asked_for_and_the_shipped_ones(tmp_path):
    glossary = load_glossary([write_glossary(tmp_path / "g.toml", 800)])
    assert len(glossary) == 800
    assert glossary.get("cecot") and glossary.get("megacarcel")
