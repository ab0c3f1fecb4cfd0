"""Every rule's cases (rules/base.py Case: wrong text, what the rule flags, suggests and says; right
text it must leave alone) run here, with the project's glossary, as docs/rules.md shows them: a
published example cannot drift from what the rule prints. Rules that need an engine run with
Apertium, where it is installed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from xlate.core.config import Config
from xlate.core.document import Document
from xlate.formats import format_for
from xlate.glossary.lint import load_leniently, machine_renderings
from xlate.glossary.loader import load_glossary
from xlate.lint.steps import check_documents
from xlate.rules import all_rules
from xlate.rules.base import GlossaryRule
from xlate.rules.context import Context
from xlate.rules.glossary_lint import lint_concepts, machine_translation, unreadable

RULES = all_rules()
CASES = [pytest.param(rule, case, id=f"{rule.code}-{n}-{'wrong' if case.reported else 'right'}")
         for rule in RULES for n, case in enumerate(rule.cases, 1)]


def apertium(tmp_path):
    if shutil.which("apertium") is None:
        pytest.skip("Apertium is not installed (apt-get install apertium apertium-eng-spa); CI installs it")
    from xlate.translate.select import select_engine
    return select_engine("apertium", tmp_path / "engine-cache").engine


def findings_of(rule, case, tmp_path, monkeypatch) -> list:
    """What the rule reports on the case's documents, as `xlate check` (or `xlate glossary lint`) would."""
    config = Config(select={rule.code})
    engine = apertium(tmp_path) if rule.needs_engine else None
    if issubclass(rule, GlossaryRule):
        monkeypatch.chdir(tmp_path)   # messages name the glossary file as given: terms.toml
        [name] = rule.case_documents(1)
        Path(name).write_text(case.texts[0], encoding="utf-8")
        concepts, problems = load_leniently([Path(name)])
        found = unreadable(problems, config) + lint_concepts(concepts, config)
        if engine:
            found += machine_translation(concepts, machine_renderings(concepts, engine), config)
        return found
    ctx = Context(glossary=load_glossary([ROOT / "glossary"]), config=config, engine=engine)
    docs = [Document(name, text + "\n", format=format_for(Path(name)).name)
            for name, text in zip(rule.case_documents(len(case.texts)), case.texts)]
    return check_documents(docs, ctx)


@pytest.mark.parametrize("rule, case", CASES)
def test_each_case_runs_as_the_documentation_says(rule, case, tmp_path, monkeypatch):
    found = findings_of(rule, case, tmp_path, monkeypatch)
    if not case.reported:
        assert found == [], case
        return
    flagged = [f for f in found if f.text == case.flagged]
    assert flagged, f"{case}: found {[(f.text, f.message) for f in found]}"
    assert flagged[0].suggestions[:1] == ((case.suggestion,) if case.suggestion else ()), flagged[0]
    if case.message:
        assert flagged[0].message == case.message


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_shows_wrong_text_with_its_message_and_right_text(rule):
    assert any(case.reported and case.message for case in rule.cases), f"{rule.code}: no wrong text with its message"
    assert any(not case.reported for case in rule.cases), f"{rule.code}: no right text"
    assert rule.rationale, f"{rule.code}: no rationale (why what it reports matters)"
