"""Shared fixtures: small documents, small glossaries, and the rule runner every check test uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlate.lint.steps import check_documents
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.formats import format_for
from xlate.glossary.model import Glossary
from xlate.glossary.native import parse

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHIPPED_GLOSSARY = ROOT / "glossary"

CECOT_TOML = '''
[[concept]]
id = "cecot"
es = "Centro de Confinamiento del Terrorismo"
en = "Terrorism Confinement Center"
abbr = ["CECOT"]
en_deprecated = ["Detention Center Against Terrorism"]

[[concept]]
id = "megacarcel"
es = "megacárcel"
en = "mega-prison"

[[concept]]
id = "el-pais"
keep_spanish = true
es = "El País"

[[concept]]
id = "state-of-exception"
es = "régimen de excepción"
en = "state of exception"
en_deprecated = ["exception regime"]
es_deprecated = ["régimen excepcional"]
'''


def glossary_from(toml: str) -> Glossary:
    glossary = Glossary()
    glossary.extend(parse(toml, "test.toml"))
    return glossary


def run_rules(text: str, codes: str, toml: str = CECOT_TOML, path: str = "doc.md", **config) -> list:
    """Findings of the given rule codes (comma-separated) on one document."""
    ctx = Context(glossary=glossary_from(toml), config=Config(select=set(codes.split(",")), **config))
    return check_documents([Document(path, text, format=format_for(Path(path)).name)], ctx)


def texts(findings) -> list[str]:
    return [f.text for f in findings]


@pytest.fixture
def small_glossary() -> Glossary:
    return glossary_from(CECOT_TOML)


@pytest.fixture(autouse=True)
def _translation_cache_in_tmp(tmp_path_factory, monkeypatch):
    """Commands that translate cache into a temp folder, never the user's cache."""
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path_factory.mktemp("xlate-cache")))
