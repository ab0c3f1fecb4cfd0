"""CSV and TSV glossaries: the full column layout, the translators' two-column layout, cells and errors."""

import pytest

from glossary_helpers import content
from xlate.glossary import tabular
from xlate.glossary.model import GlossaryError


def load(tmp_path, text, name="g.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return tabular.load(path)


def test_full_layout_with_lists_notes_and_types(tmp_path):
    [cecot] = load(tmp_path, "id,es,en,en_deprecated,abbr,category\n"
                             'cecot,Centro de Confinamiento del Terrorismo,Terrorism Confinement Center,'
                             '"Detention Center Against Terrorism {a paraphrase, not the name} | Terror Center",CECOT,place\n')
    assert [(t.text, t.status, t.type, t.note) for t in cecot.terms] == [
        ("Centro de Confinamiento del Terrorismo", "preferred", "term", ""),
        ("Terrorism Confinement Center", "preferred", "term", ""),
        ("Detention Center Against Terrorism", "deprecated", "term", "a paraphrase, not the name"),
        ("Terror Center", "deprecated", "term", ""),
        ("CECOT", "admitted", "acronym", "")]
    assert cecot.category == "place"


def test_translators_two_columns_with_language_headers(tmp_path):
    concepts = load(tmp_path, "es-ES\ten-US\nmegacárcel\tmega-prison\nEl País\tEl País\n", "g.tsv")
    assert [c.id for c in concepts] == ["mega-prison", "el-pais"]
    assert concepts[0].preferred("es").text == "megacárcel"


def test_escapes_keep_special_characters():
    terms = [("a | b", "acronym", "why {not} \\ [x]")]
    cell = r"a \| b [acronym] {why \{not\} \\ \[x\]}"
    assert tabular.parse_cell(cell, "w") == terms


def test_export_reads_back(tmp_path):
    concepts = load(tmp_path, 'id,es,en,keep_spanish,note\nel-pais,El País,,yes,"Spanish daily, ""quoted""\nline 2"\n')
    assert content(tabular.parse(tabular.dumps(concepts), "x")) == content(concepts)


@pytest.mark.parametrize("text, message", [
    ("id,es,fr\na,b,c\n", r"g\.csv:1: unknown column 'fr'"),
    ("id,category\na,b\n", "needs an es or an en column"),
    ("es,en\nuno,\"one {why\"\n", r"g\.csv:2: unclosed \{"),
    ("es,en\nuno,one | | two\n", r"g\.csv:2: empty term"),
    ("es,en,keep_spanish\nuno,one,maybe\n", r"g\.csv:2: keep_spanish must be true or false"),
    ("es,en\nuno,one,extra\n", r"g\.csv:2: 3 fields but 2 columns"),
    ("es,en\nuno,one [noun]\n", "unknown term type 'noun'"),
])
def test_broken_rows_name_the_line_and_problem(tmp_path, text, message):
    with pytest.raises(GlossaryError, match=message):
        load(tmp_path, text)
