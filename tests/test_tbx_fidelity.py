"""TBX-Basic's own examples through xlate and back: every data category of their Spanish and English
sections survives import and export (counted element by element), exports pass TBX-Basic's Schematron,
and what the glossary commands used to get wrong about such files (issue 18) stays fixed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree, isoschematron

from conftest import ROOT
from glossary_helpers import xlate
from xlate.glossary import native
from xlate.glossary.tbx import XML_LANG, category, language, local

DATA = ROOT / "tests" / "data"
EXAMPLES = [DATA / "Example_Astronomy_DCA_VALID.tbx", DATA / "Example_Astronomy_DCT_VALID.tbx"]
COUNTED = {"term", "definition", "context", "partOfSpeech", "termType", "source", "transactionType", "date",
           "responsibility", "xGraphic", "subjectField", "note", "crossReference", "externalCrossReference",
           "customerSubset", "projectSubset", "geographicalUsage", "grammaticalGender", "termLocation"}


def spanish_and_english_counts(path: Path) -> Counter:
    """Data categories (DCA or DCT) in the entries and language sections xlate reads: Spanish and English."""
    counts = Counter()

    def walk(element, kept):
        for child in element:
            if local(child.tag) == "langSec" and child not in kept:
                continue
            name = local(child.tag)
            kind = name if name in ("term", "note", "date") else category(child)
            counts[kind] += kind in COUNTED
            walk(child, kept)

    for entry in ET.parse(path).getroot().iter():
        if local(entry.tag) == "conceptEntry":
            kept = [s for s in entry if local(s.tag) == "langSec" and language(s.get(XML_LANG)) in ("es", "en")]
            if kept:
                walk(entry, kept)
    return +counts


def adapted_schematron() -> isoschematron.Schematron:
    """TBX-Basic_DCA.sch (LTAC-Global, in tests/data unchanged) for lxml's XSLT 1 Schematron: the query
    binding says xslt1, matches(@target,'https?://.+') becomes two starts-with() tests, and XPath 2's
    ./local-name() becomes local-name(). Nothing else in the rules needs XSLT 2."""
    rules = (DATA / "TBX-Basic_DCA.sch").read_text(encoding="utf-8-sig")
    rules = rules.replace('queryBinding="xslt2"', 'queryBinding="xslt1"')
    rules = rules.replace("matches(@target,'https?://.+')", "starts-with(@target,'http://') or starts-with(@target,'https://')")
    rules = rules.replace("./local-name()", "local-name()")
    assert "matches(" not in rules and "./local-name" not in rules
    return isoschematron.Schematron(etree.fromstring(rules.encode()))


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "glossary").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_schematron_tells_valid_from_invalid():
    schema = adapted_schematron()
    assert schema.validate(etree.parse(str(EXAMPLES[0])))
    assert not schema.validate(etree.parse(str(EXAMPLES[1])))   # DCT elements are not DCA


@pytest.mark.parametrize("example", EXAMPLES, ids=["dca", "dct"])
def test_import_then_export_keeps_every_data_category(project, example):
    before = spanish_and_english_counts(example)
    assert before["definition"] == 74 and before["context"] == 104 and before["partOfSpeech"] == 107
    assert xlate("glossary", "import", example).exit_code == 0
    assert xlate("glossary", "export", "-o", project / "out.tbx").exit_code == 0
    assert spanish_and_english_counts(project / "out.tbx") == before
    assert adapted_schematron().validate(etree.parse(str(project / "out.tbx")))
    # and again, from the export: the same file
    (project / "glossary" / "es-en.toml").unlink()
    assert xlate("glossary", "import", project / "out.tbx").exit_code == 0
    assert xlate("glossary", "export", "-o", project / "again.tbx").exit_code == 0
    assert (project / "again.tbx").read_text(encoding="utf-8") == (project / "out.tbx").read_text(encoding="utf-8")


def test_notes_lose_the_xml_indentation_and_show_prints_what_tbx_holds(project):
    assert xlate("glossary", "import", EXAMPLES[0]).exit_code == 0
    concepts = {c.id: c for c in native.load(project / "glossary" / "es-en.toml")}
    galactic = next(t for t in concepts["c1"].terms if t.text == "galactic cluster")
    assert galactic.note.startswith("Another name for an open star cluster. They are often termed Galactic Clusters ")
    assert "\t" not in galactic.note and galactic.note.count("\n") == 1   # two notes, one per line
    shown = xlate("glossary", "show", "c1")
    assert shown.exit_code == 0
    for expected in ('category = "definition"', "A group of stars formed together in the spiral arms of a galaxy.",
                     'source = "Oxford2007"', 'part_of_speech = "noun"', 'type = "origination"', 'category = "context"'):
        assert expected in shown.stdout
    full_forms = [t for c in concepts.values() for t in c.terms if t.type == "fullForm"]
    assert full_forms


def test_lint_reports_no_duplicates_between_concepts_of_other_languages(project):
    (project / "glossary" / "astronomy.tbx").write_bytes(EXAMPLES[0].read_bytes())
    result = xlate("glossary", "lint")
    assert "XL901" not in result.stdout, result.stdout
