"""XL701: a glossary concept named in the Spanish original but not rendered in the translation."""

from pathlib import Path

from click.testing import CliRunner

from conftest import CECOT_TOML, ROOT, glossary_from
from xlate.lint.steps import check_documents
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.cli import main

PAIR = Path(__file__).parent / "data" / "pair"


def pair_findings(spanish: str, english: str, code: str = "XL701", **config):
    ctx = Context(glossary=glossary_from(CECOT_TOML), config=Config(select=set(code.split(",")), **config))
    docs = [Document("a.es.md", spanish, format="markdown"), Document("a.en.md", english, format="markdown")]
    return check_documents(docs, ctx)


def test_missing_rendering_is_reported_on_the_english_line_naming_the_spanish_term():
    [f] = pair_findings("Intro.\n\nVisitó el Centro de Confinamiento del Terrorismo ayer.\n",
                        "Intro.\n\nHe visited the anti-terror jail yesterday.\n")
    assert (f.path, f.line, f.kind, f.text) == ("a.en.md", 3, "rendering", "He visited the anti-terror jail yesterday.")
    assert '"Centro de Confinamiento del Terrorismo" (cecot, a.es.md:3)' in f.message
    assert 'use "Terrorism Confinement Center"' in f.message


def test_preferred_admitted_or_abbreviated_renderings_pass():
    spanish = "Visitó el Centro de Confinamiento del Terrorismo.\n"
    for english in ("He visited the Terrorism Confinement Center.\n", "He visited CECOT.\n"):
        assert pair_findings(spanish, english) == []


def test_deprecated_rendering_is_left_to_xl101():
    findings = pair_findings("Visitó el Centro de Confinamiento del Terrorismo.\n",
                             "He visited the Detention Center Against Terrorism.\n", code="XL1,XL7")
    assert [f.code for f in findings] == ["XL101"]


def test_a_calque_is_left_to_xl103_and_reported_once():
    spanish = "Visitó el Centro de Confinamiento del Terrorismo ayer.\n"
    english = "He visited the Center of Confinement of Terrorism yesterday.\n"
    assert [f.code for f in pair_findings(spanish, english, code="XL103,XL701")] == ["XL103"]
    assert [f.code for f in pair_findings(spanish, english, code="XL701")] == ["XL701"]   # XL103 off: XL701 says it


def test_unpaired_documents_are_not_pair_checked():
    ctx = Context(glossary=glossary_from(CECOT_TOML), config=Config(select={"XL701"}))
    assert check_documents([Document("a.es.md", "el Centro de Confinamiento del Terrorismo\n", format="markdown"),
                            Document("b.en.md", "the jail\n", format="markdown")], ctx) == []


def test_pair_fixture_through_the_cli_by_name_and_by_option(tmp_path):
    result = CliRunner().invoke(main, ["check", "-g", str(ROOT / "glossary"), "--select", "XL7", str(PAIR)])
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{PAIR / 'visita.en.md'}:3:1: XL701") and "Centro de Confinamiento del Terrorismo"
               in line for line in lines)
    (tmp_path / "original.md").write_text((PAIR / "visita.es.md").read_text())
    (tmp_path / "translation.md").write_text((PAIR / "visita.en.md").read_text())
    explicit = CliRunner().invoke(main, ["check", "-g", str(ROOT / "glossary"), "--select", "XL7", "--pair",
                                         str(tmp_path / "original.md"), str(tmp_path / "translation.md")])
    def positions(output):
        return [line.split(": ", 1)[0].rsplit(":", 2)[1:] + [line.split(": ", 1)[1][:5]]
                for line in output.splitlines() if ": XL7" in line]
    assert positions(explicit.stdout) == positions(result.stdout) == [["3", "1", "XL701"], ["5", "26", "XL702"]]


def test_a_translation_checked_alone_is_compared_with_its_original_on_disk():
    result = CliRunner().invoke(main, ["check", "-g", str(ROOT / "glossary"), "--select", "XL7",
                                       str(PAIR / "visita.en.md")])
    lines = [line for line in result.stdout.splitlines() if ": XL7" in line]
    assert lines and all(line.startswith(str(PAIR / "visita.en.md")) for line in lines)
    assert any(":3:1: XL701" in line for line in lines) and "in 1 file(s)" in result.stdout


EL_PAIS_TOML = '[[concept]]\nid = "el-pais"\nkeep_spanish = true\nes = "El País"\n'


def test_the_lower_case_ordinary_phrase_is_not_the_name_but_the_name_is_still_checked():
    ctx = Context(glossary=glossary_from(EL_PAIS_TOML), config=Config(select={"XL701"}))
    docs = [Document("a.es.md", "Dijo que el país necesita reformas.\n\nLo publicó El País ayer.\n", format="markdown"),
            Document("a.en.md", "He said the country needs reforms.\n\nA newspaper published it yesterday.\n",
                     format="markdown")]
    [f] = check_documents(docs, ctx)
    assert (f.line, f.text) == (3, "A newspaper published it yesterday.")
