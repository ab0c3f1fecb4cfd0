"""Shared by the translation tests: Apertium skip marker, a counting fake engine, the CECOT glossary
without its deprecated list."""

from __future__ import annotations

import shutil

import pytest

from xlate.glossary.model import Glossary
from xlate.glossary.native import load
from xlate.translate.engine import Engine

requires_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None,
    reason="Apertium is not installed (apt-get install apertium apertium-eng-spa); CI installs it")


class EchoEngine(Engine):
    """Translates by upper-casing, and counts its batches: enough to test caching and batching."""

    name = "echo"
    version = "1"

    def __init__(self):
        self.batches: list[list[str]] = []

    def directions(self):
        return {("es", "en"), ("en", "es")}

    def translate_lines(self, lines, src, tgt):
        self.batches.append(list(lines))
        return [line.upper() for line in lines]


def shipped_glossary_without_deprecated(root, concept_id: str) -> Glossary:
    glossary = Glossary()
    for path in sorted((root / "glossary").glob("*.toml")):
        glossary.extend(load(path))
    concept = glossary.get(concept_id)
    concept.terms = [t for t in concept.terms if t.status != "deprecated"]
    return glossary
