"""Every rule's cases (rules/base.py Case: wrong text, what the rule flags, suggests and says; right
text it must leave alone) run here, with the project's glossary, as docs/rules.md shows them: a
published example cannot drift from what the rule prints. So do the cases kept as data in
tests/data/rule-cases/ (one TOML file per rule code), which are regression cases, not documentation. Rules that need an engine run with
Apertium, where it is installed."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT
from xlate.core.config import Config
from xlate.core.document import Document
from xlate.glossary.lint import load_leniently, machine_renderings
from xlate.glossary.loader import load_glossary
from xlate.lint.steps import check_documents
from xlate.rules import all_rules
from xlate.rules.base import Case, GlossaryRule
from xlate.rules.context import Context
from xlate.rules.glossary_lint import lint_concepts, machine_translation, unreadable

RULES = all_rules()
CASES = [pytest.param(rule, case, id=f"{rule.code}-{n}-{'wrong' if case.reported else 'right'}")
         for rule in RULES for n, case in enumerate(rule.cases, 1)]
# Cases kept as data, one file per rule (tests/data/rule-cases/XLnnn.toml), as sqlfluff keeps its
# YAML cases: an editor who meets a false alarm adds the sentence as [[right]] without writing Python.
CASE_FILES = ROOT / "tests" / "data" / "rule-cases"
CASE_KEYS = {"wrong": {"text", "texts", "flagged", "suggestion", "message", "why"}, "right": {"text", "texts", "why"}}


def data_cases(folder: Path = CASE_FILES) -> list:
    """The cases of every rule-case file, checked for shape: a known code, known keys, one text or texts."""
    by_code = {rule.code: rule for rule in RULES}
    cases = []
    for path in sorted(folder.glob("*.toml")):
        rule = by_code.get(path.stem)
        assert rule, f"{path.name}: no rule {path.stem} (name the file after a code of `xlate rules`)"
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        assert set(table) <= set(CASE_KEYS), f"{path.name}: only [[wrong]] and [[right]] tables, not {sorted(table)}"
        for kind, entries in table.items():
            for n, entry in enumerate(entries, 1):
                where = f"{path.name} [[{kind}]] {n}"
                assert set(entry) <= CASE_KEYS[kind], f"{where}: unknown keys {sorted(set(entry) - CASE_KEYS[kind])}"
                assert ("text" in entry) != ("texts" in entry), f"{where}: give text or texts"
                texts = [entry["text"]] if "text" in entry else entry["texts"]
                fields = {k: v for k, v in entry.items() if k not in ("text", "texts")}
                if kind == "wrong":
                    fields.setdefault("suggestion", None)   # unchecked unless the file gives one
                case = Case.wrong(*texts, **fields) if kind == "wrong" else Case.right(*texts, **fields)
                cases.append(pytest.param(rule, case, id=f"{path.stem}-{kind}-{n}"))
    return cases


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
    # built as the command line builds them: the name says the format and the language (a.es.md)
    docs = [Document.from_text(name, text + "\n") for name, text in zip(rule.case_documents(len(case.texts)), case.texts)]
    return check_documents(docs, ctx)


@pytest.mark.parametrize("rule, case", CASES + data_cases())
def test_each_case_runs_as_the_documentation_says(rule, case, tmp_path, monkeypatch):
    found = findings_of(rule, case, tmp_path, monkeypatch)
    if not case.reported:
        assert found == [], case
        return
    flagged = [f for f in found if f.text == case.flagged]
    assert flagged, f"{case}: found {[(f.text, f.message) for f in found]}"
    if case.suggestion is not None:   # None: a data case that leaves the suggestion unchecked
        assert flagged[0].suggestions[:1] == ((case.suggestion,) if case.suggestion else ()), flagged[0]
    if case.message:
        assert flagged[0].message == case.message


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_shows_wrong_text_with_its_message_and_right_text(rule):
    assert any(case.reported and case.message for case in rule.cases), f"{rule.code}: no wrong text with its message"
    assert any(not case.reported for case in rule.cases), f"{rule.code}: no right text"
    assert rule.rationale, f"{rule.code}: no rationale (why what it reports matters)"


def test_a_rule_case_file_of_the_wrong_shape_is_refused_with_its_name(tmp_path):
    (tmp_path / "XL301.toml").write_text('[[right]]\ntext = "fine"\nflaged = "typo"\n')
    with pytest.raises(AssertionError, match=r"XL301.toml \[\[right\]\] 1: unknown keys \['flaged'\]"):
        data_cases(tmp_path)
    (tmp_path / "XL301.toml").unlink()
    (tmp_path / "XL999.toml").write_text('[[right]]\ntext = "fine"\n')
    with pytest.raises(AssertionError, match="no rule XL999"):
        data_cases(tmp_path)
