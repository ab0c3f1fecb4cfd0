"""xlate glossary lint: clean on the shipped glossary; each problem of a fixture reported exactly once."""

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from glossary_helpers import xlate
from xlate.glossary.lint import load_leniently, machine_renderings
from xlate.rules.glossary_lint import glossary_rules, lint_concepts, unreadable
from xlate.glossary.native import parse

FIXTURES = Path(__file__).parent / "data" / "lint"


def lint_json(*paths, engine="none"):
    args = [a for p in paths for a in ("--glossary", p)]
    result = xlate("glossary", "lint", "--format", "json", "--engine", engine, *args)
    return result.exit_code, json.loads(result.stdout)["findings"]


def test_shipped_glossary_is_clean():
    code, findings = lint_json(ROOT / "glossary")
    assert (code, findings) == (0, [])


@pytest.mark.apertium
def test_shipped_glossary_already_lists_what_apertium_makes_of_it():
    if not shutil.which("apertium"):
        pytest.skip("apertium is not installed")
    code, findings = lint_json(ROOT / "glossary", engine="apertium")
    assert (code, findings) == (0, [])


def test_each_problem_is_reported_exactly_once():
    code, findings = lint_json(FIXTURES)
    assert code == 1
    assert sorted(f["code"] for f in findings) == [
        "XL901", "XL902", "XL903", "XL904", "XL905", "XL906", "XL907", "XL908"]
    assert all(f["kind"] == "glossary" for f in findings)
    by_code = {f["code"]: f for f in findings}
    assert by_code["XL901"]["path"].endswith("problems.toml") and by_code["XL901"]["line"] == 9
    assert by_code["XL906"]["text"] == "sp" and by_code["XL906"]["path"].endswith("languages.tbx")
    assert by_code["XL908"]["text"] == "ICE"


def test_every_check_has_a_distinct_code_and_name():
    rules = glossary_rules()
    assert len({r.code for r in rules}) == len({r.name for r in rules}) == len(rules)


def test_an_unreadable_file_is_one_finding(tmp_path):
    (tmp_path / "bad.toml").write_text("[[concept]]\nid = \n", encoding="utf-8")
    concepts, problems = load_leniently([tmp_path])
    assert concepts == [] and [f.code for f in unreadable(problems)] == ["XL900"]


TWO = '''
[[concept]]
id = "megacarcel"
es = "megacárcel"
en = "mega-prison"

[[concept]]
id = "mano-dura"
es = "mano dura"
en = "iron fist"

[[concept]]
id = "gang-member"
es = "pandillero"
en = "gang member"
'''


class FakeEngine:
    """Stands in for a xlate.translate engine: a fixed dictionary."""
    def translate(self, segments, src, tgt):
        return [{"megacárcel": "Megaprison", "mano dura": "Iron Fist", "pandillero": "pandillero"}[s]
                for s in segments]


def test_machine_renderings_that_differ_from_every_allowed_term():
    """Iron Fist is the preferred term up to case; pandillero came back untranslated; Megaprison is new
    and keeps the lowercase initial of megacárcel."""
    concepts = parse(TWO, "t.toml")
    assert machine_renderings(concepts, FakeEngine()) == {"megacarcel": "megaprison"}


def test_lint_without_an_engine_says_machine_translation_is_skipped(monkeypatch, tmp_path):
    import xlate.cli.glossary as cli
    monkeypatch.setattr(cli, "engine_or_none", lambda name: cli.notice("machine translation skipped: test"))
    result = xlate("glossary", "lint", "--engine", "auto", "--glossary", ROOT / "glossary")
    assert result.exit_code == 0 and "machine translation skipped" in result.stderr


def test_add_mt_variants_adds_them_as_deprecated(monkeypatch, tmp_path):
    import xlate.cli.glossary as cli
    path = tmp_path / "g.toml"
    path.write_text(TWO, encoding="utf-8")
    monkeypatch.setattr(cli, "engine_or_none", lambda name: FakeEngine())
    result = xlate("glossary", "lint", "--add-mt-variants", "--glossary", path)
    assert "XL910" in result.stdout
    [megacarcel, _, _] = parse(path.read_text(encoding="utf-8"), "g.toml")
    assert [(t.text, t.status) for t in megacarcel.terms_in("en")] == [("mega-prison", "preferred"),
                                                                       ("megaprison", "deprecated")]


@pytest.mark.parametrize("rule", glossary_rules(), ids=lambda r: r.code)
def test_no_check_fires_on_the_shipped_glossary(rule):
    concepts, _ = load_leniently([ROOT / "glossary"])
    assert rule.lint(concepts) == []
    assert lint_concepts(concepts) == []


def test_glossary_codes_are_in_the_one_catalogue_and_configuration_applies_to_them(tmp_path, monkeypatch):
    listed = xlate("rules").stdout
    assert all(code in listed for code in ("XL900", "XL901", "XL908", "XL910"))
    (tmp_path / "xlate.toml").write_text('ignore = ["XL906"]\n[severity]\nXL901 = "warning"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, findings = lint_json(FIXTURES)
    assert "XL906" not in {f["code"] for f in findings}
    assert {f["severity"] for f in findings if f["code"] == "XL901"} == {"warning"}


def test_a_document_check_runs_no_glossary_rule():
    from xlate.lint.steps import active_rules
    from xlate.rules.context import Context
    assert not [r.code for r in active_rules(Context()) if r.code.startswith("XL9")]


def test_lint_exits_as_check_does_info_passes_and_an_unreadable_file_is_an_error(tmp_path, monkeypatch):
    """Exit 0 clean or info only (as xlate check counts severities), 1 warnings or errors, 2 a file
    that cannot be read, even with XL900 ignored in the configuration."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    glossary = tmp_path / "terms.toml"
    glossary.write_text('[[concept]]\nid = "x"\nes = "megacárcel"\nen_deprecated = "mega jail"\n', encoding="utf-8")
    assert xlate("glossary", "lint", "--glossary", glossary).exit_code == 1   # XL909, a warning
    (tmp_path / "xlate.toml").write_text('severity = { XL909 = "info" }\n', encoding="utf-8")
    result = xlate("glossary", "lint", "--glossary", glossary)
    assert "XL909" in result.stdout and result.exit_code == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("[[concept]]\nid = \n", encoding="utf-8")
    for config in ("", 'ignore = ["XL900"]\n'):
        (tmp_path / "xlate.toml").write_text(config, encoding="utf-8")
        result = xlate("glossary", "lint", "--glossary", bad)
        assert result.exit_code == 2, (config, result.output)
        assert f"error: {bad}: cannot read the glossary file" in result.stderr
        assert ("XL900" in result.stdout) == (not config)
