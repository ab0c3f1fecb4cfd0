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


def test_no_fix_objects_for_files_fix_cannot_write(tmp_path, monkeypatch):
    """XL102's CECOT is a fix --fix makes in Markdown, and refuses in an HTML page, a .docx or an
    XLIFF file (their text is decoded or extracted): SARIF offers it where --fix would make it only."""
    import docx
    monkeypatch.chdir(ROOT)
    sentence = "Inmates were moved to the Cecot prison on Monday."
    (tmp_path / "glossary").mkdir()
    (tmp_path / "nota.md").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "nota.html").write_text(f"<p>{sentence}</p>\n", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph(sentence)
    document.save(tmp_path / "nota.docx")
    (tmp_path / "nota.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file source-language="es" target-language="en" datatype="plaintext" original="n"><body>\n'
        '<trans-unit id="u1"><source>Los reos fueron trasladados al Cecot el lunes.</source>'
        f'<target>{sentence}</target></trans-unit>\n</body></file></xliff>\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--glossary", str(ROOT / "glossary"),
                                       "--format", "sarif", str(tmp_path)])
    log = json.loads(result.stdout)
    jsonschema.validate(log, SCHEMA)
    cecot = {Path(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).name: r
             for r in log["runs"][0]["results"] if r["ruleId"] == "XL102"}
    assert sorted(cecot) == ["nota.docx", "nota.html", "nota.md", "nota.xlf"]
    assert [name for name, r in sorted(cecot.items()) if "fixes" in r] == ["nota.md"]
    assert all(r["properties"]["suggestions"] == ["CECOT"] for r in cecot.values())
