"""TBX-Basic import (v3 DCA and DCT, v2 martif) and export, and broken or hostile TBX files."""

from pathlib import Path

import pytest

from conftest import ROOT
from glossary_helpers import content, tbx_basic_problems, xlate
from xlate.glossary import tbx
from xlate.glossary.model import Concept, GlossaryError, Term

DATA = Path(__file__).parent / "data"


def write(tmp_path, text, name="g.tbx"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def v3(body: str, ns="urn:iso:std:iso:30042:ed-2") -> str:
    return (f'<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xmlns="{ns}">\n'
            f'<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>\n'
            f'<text><body>\n{body}\n</body></text></tbx>\n')


@pytest.mark.parametrize("name", ["Example_Astronomy_DCA_VALID.tbx", "Example_Astronomy_DCT_VALID.tbx"])
def test_astronomy_examples_load_in_both_styles(name):
    concepts = {c.id: c for c in tbx.load(DATA / name)}
    assert len(concepts) == 39   # 45 entries, 6 of them only in Zulu: other languages are skipped
    disk = concepts["c2"]
    assert disk.category == "Stellar Birth"
    assert [(t.text, t.status) for t in disk.terms_in("en")] == [
        ("circumstellar accretion disk", "preferred"), ("accretion disc", "admitted"), ("circumstellar disk", "admitted")]
    galactic = next(t for t in concepts["c1"].terms if t.text == "galactic cluster")
    assert galactic.status == "deprecated" and "open star cluster" in galactic.note   # superseded
    assert concepts["c1"].preferred("es").text == "cúmulo abierto"   # no status: the first term is preferred
    assert all(t.lang in ("es", "en") for c in concepts.values() for t in c.terms)


def test_both_astronomy_styles_read_the_same():
    dca, dct = tbx.load(DATA / "Example_Astronomy_DCA_VALID.tbx"), tbx.load(DATA / "Example_Astronomy_DCT_VALID.tbx")
    assert [[(t.text, t.status, t.type) for t in c.terms] for c in dca] == \
        [[(t.text, t.status, t.type) for t in c.terms] for c in dct]


def test_v2_martif_with_tig_and_region_codes(tmp_path):
    path = write(tmp_path, '''<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US"><martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc>
</martifHeader><text><body>
<termEntry id="ine">
  <langSet xml:lang="es-MX"><tig><term>Instituto Nacional Electoral</term>
    <termNote type="administrativeStatus">preferred</termNote></tig>
    <tig><term>INE</term><termNote type="termType">acronym</termNote>
    <termNote type="administrativeStatus">admitted</termNote></tig></langSet>
  <langSet xml:lang="en-US"><tig><term>National Electoral Institute</term></tig>
    <tig><term>National Electoral Institution</term>
    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>a calque</note></tig></langSet>
  <langSet xml:lang="fr"><tig><term>Institut national électoral</term></tig></langSet>
</termEntry></body></text></martif>''')
    [concept] = tbx.load(path)
    assert [(t.text, t.lang, t.status, t.type, t.note) for t in concept.terms] == [   # in the native order
        ("Instituto Nacional Electoral", "es", "preferred", "term", ""),
        ("National Electoral Institute", "en", "preferred", "term", ""),
        ("National Electoral Institution", "en", "deprecated", "term", "a calque"),
        ("INE", "es", "admitted", "acronym", "")]


@pytest.mark.parametrize("ns", ["urn:iso:std:iso:30042:ed-2", "urn:iso:std:iso:30042:ed:3.0"])
def test_identical_preferred_terms_keep_the_spanish_name(tmp_path, ns):
    path = write(tmp_path, v3('''<conceptEntry id="el-pais">
      <langSec xml:lang="es-ES"><termSec><term>El País</term></termSec></langSec>
      <langSec xml:lang="en-GB"><termSec><term>El País</term></termSec></langSec></conceptEntry>
    <conceptEntry id="pemex">
      <langSec xml:lang="es"><termSec><term>Petróleos Mexicanos</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Mexican Petroleum</term></termSec></langSec></conceptEntry>''', ns))
    el_pais, pemex = tbx.load(path)
    assert el_pais.keep_spanish and not pemex.keep_spanish


def test_export_is_tbx_basic_and_reads_back(tmp_path):
    concepts = [Concept("cecot", [Term("Centro de Confinamiento del Terrorismo", "es"),
                                  Term("Terrorism Confinement Center", "en"),
                                  Term("Detention Center Against Terrorism", "en", "deprecated", note="a <paraphrase> & more"),
                                  Term("CECOT", "en", "admitted", "acronym")], category="place", note="prison"),
                Concept("el-pais", [Term("El País", "es")], keep_spanish=True)]
    text = tbx.dumps(concepts)
    assert tbx_basic_problems(text) == []
    assert content(tbx.load(write(tmp_path, text))) == content(concepts)


def test_export_refuses_an_id_xml_cannot_hold():
    with pytest.raises(GlossaryError, match="not a valid XML id"):
        tbx.dumps([Concept("18th-street", [Term("Barrio 18", "es")])])


BROKEN = {
    "not well-formed": ('<tbx xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n<conceptEntry id="a">\n</body></text></tbx>',
                        r"g\.tbx:4:\d+: not well-formed XML"),
    "wrong root": ('<?xml version="1.0"?>\n<glossary/>', r"g\.tbx:2: root element is <glossary>"),
    "unknown namespace": ('<tbx xmlns="urn:example"/>', "unknown TBX namespace 'urn:example'"),
    "unknown status": (v3('<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term>\n'
                          '<termNote type="administrativeStatus">obsoleteTerm-admn-sts</termNote>'
                          '</termSec></langSec></conceptEntry>'), r"g\.tbx:6: unknown administrativeStatus"),
    "empty term": (v3('<conceptEntry id="a"><langSec xml:lang="en">\n<termSec><term> </term></termSec>'
                      '</langSec></conceptEntry>'), r"g\.tbx:6: <termSec> without a term"),
    "section without language": (v3('<conceptEntry id="a">\n<langSec><termSec><term>x</term></termSec></langSec>'
                                    '</conceptEntry>'), r"g\.tbx:6: <langSec> without xml:lang"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_name_the_file_line_and_problem(tmp_path, case):
    text, message = BROKEN[case]
    with pytest.raises(GlossaryError, match=message):
        tbx.load(write(tmp_path, text))


BILLION_LAUGHS = '''<?xml version="1.0"?>
<!DOCTYPE tbx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>&lol3;</body></text></tbx>'''


def test_entity_expansion_is_refused_before_it_expands(tmp_path):
    with pytest.raises(GlossaryError, match=r"g\.tbx:3: refused: .*entit"):
        tbx.load(write(tmp_path, BILLION_LAUGHS))


def test_external_entities_are_refused(tmp_path):
    text = ('<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
            '<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>&secret;</body></text></tbx>')
    with pytest.raises(GlossaryError, match="refused"):
        tbx.load(write(tmp_path, text))


def test_check_reads_a_tbx_glossary(tmp_path):
    path = write(tmp_path, v3('''<conceptEntry id="cecot">
      <langSec xml:lang="es"><termSec><term>Centro de Confinamiento del Terrorismo</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Terrorism Confinement Center</term></termSec>
        <termSec><term>Detention Center Against Terrorism</term>
        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>'''))
    doc = write(tmp_path, "Kast visited the Detention Center Against Terrorism on Friday.\n", "a.md")
    result = xlate("check", "--glossary", path, doc)
    assert result.exit_code == 1
    assert "Detention Center Against Terrorism" in result.stdout and "Terrorism Confinement Center" in result.stdout


def test_check_stops_on_a_broken_tbx_with_exit_2(tmp_path):
    result = xlate("check", "--glossary", write(tmp_path, BILLION_LAUGHS), ROOT / "seeds")
    assert result.exit_code == 2 and "g.tbx:3" in result.stderr
