"""SARIF output: valid against the official SARIF 2.1.0 schema, with rules, regions and fixes."""

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from xlate.cli import main
from xlate.rules import GlossaryRule, all_rules

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())


def sarif(*paths):
    result = CliRunner().invoke(main, ["check", "--format", "sarif", *map(str, paths)])
    return result.exit_code, json.loads(result.stdout)


def test_seeds_report_is_valid_sarif():
    code, log = sarif(SEEDS)
    assert code == 1
    jsonschema.validate(log, SCHEMA)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_driver_lists_every_rule_with_descriptions_and_help():
    _, log = sarif(SEEDS)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    # every rule a check can report; the glossary's own (XL9xx) are xlate glossary lint's
    assert [r["id"] for r in rules] == [r.code for r in all_rules() if not issubclass(r, GlossaryRule)]
    deprecated = rules[[r["id"] for r in rules].index("XL101")]
    assert deprecated["name"] == "deprecated-term"
    assert deprecated["shortDescription"]["text"] and deprecated["fullDescription"]["text"]
    assert "Example" in deprecated["help"]["text"]


def test_results_have_rule_level_region_and_a_fix_for_fixable_findings(monkeypatch):
    monkeypatch.chdir(ROOT)   # artifact URIs are relative to the working folder
    _, log = sarif(SEEDS / "003_2c53e98d458cc8bf.txt")
    results = {r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]: r for r in log["runs"][0]["results"]}
    deprecated = results["Detention Center Against Terrorism"]
    assert deprecated["ruleId"] == "XL101" and deprecated["level"] == "warning"
    location = deprecated["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "seeds/003_2c53e98d458cc8bf.txt"
    assert {k: location["region"][k] for k in ("startLine", "startColumn", "endLine", "endColumn")} == \
        {"startLine": 9, "startColumn": 85, "endLine": 9, "endColumn": 119}
    replacement = deprecated["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "Terrorism Confinement Center"
    calque = results["Center of Confinement of Terrorism"]
    assert "fixes" not in calque and calque["properties"]["suggestions"] == ["Terrorism Confinement Center"]


def test_clean_run_is_valid_sarif_with_no_results(tmp_path):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "ok.md").write_text("All quiet.\n")
    code, log = sarif(tmp_path / "ok.md")
    jsonschema.validate(log, SCHEMA)
    assert code == 0 and log["runs"][0]["results"] == []
