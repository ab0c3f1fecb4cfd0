"""HTML, .docx and .odt read as documents (issue 18): an HTML page through the standard library's
parser, a .docx through python-docx and an .odt through odfpy, each file made here by its library."""

from __future__ import annotations

import json
import re

import docx
from click.testing import CliRunner
from odf import text as odf_text
from odf.opendocument import OpenDocumentText

from conftest import ROOT
from xlate.cli import main
from xlate.core.document import Document

PAGE = """<!DOCTYPE html>
<html><head><title>Nota</title>
<style>p { font-family: "recieve"; }</style>
<script>var recieve = "teh";</script></head>
<body>
<p class="recieve">The government extended the exception&nbsp;regime; Pol&iacute;tica y m&aacute;s.</p>
<p>Officials said they would recieve the &quot;report&quot; on Friday &amp; recieve it.</p>
<pre>recieve teh code</pre>
</body></html>
"""


def check_json(*args):
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--glossary", str(ROOT / "glossary"),
                                       "--format", "json", *map(str, args)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def test_html_prose_leaves_markup_scripts_and_styles_out(tmp_path):
    page = tmp_path / "nota.html"
    page.write_text(PAGE, encoding="utf-8")
    doc = Document.from_path(page)
    assert "var" not in doc.prose and "font-family" not in doc.prose and "class" not in doc.prose
    assert "Política y más" in doc.prose and "exception\u00a0regime" in doc.prose
    assert doc.prose.count("recieve") == 2   # the paragraph's, not the style's, script's, attribute's or pre's
    assert len(doc.text.splitlines()) == len(PAGE.splitlines())


def test_html_findings_point_at_the_files_line_and_column(tmp_path):
    page = tmp_path / "nota.html"
    page.write_text(PAGE, encoding="utf-8")
    findings = check_json(page)
    lines = PAGE.splitlines()
    typos = [f for f in findings if f["text"] == "recieve"]
    assert len(typos) == 2
    for typo in typos:   # the second one stands after "&quot;" twice: its column is the file's
        assert lines[typo["line"] - 1][typo["column"] - 1:].startswith("recieve")
    assert ("XL101", "exception\u00a0regime") in {(f["code"], f["text"]) for f in findings}
    assert not [f for f in findings if f["text"] in ("iacute", "aacute", "nbsp", "teh", "quot")]


def test_a_folder_scan_reads_html_docx_and_odt(tmp_path):
    (tmp_path / "nota.html").write_text(PAGE, encoding="utf-8")
    make_docx(tmp_path / "nota.docx", ["Officials said they would recieve the report."])
    make_odt(tmp_path / "nota.odt", ["Officials said they would recieve the report."])
    assert {f["path"].rsplit("/", 1)[-1] for f in check_json(tmp_path)} == {"nota.html", "nota.docx", "nota.odt"}


def make_docx(path, paragraphs):
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(path)


def make_odt(path, paragraphs):
    document = OpenDocumentText()
    for paragraph in paragraphs:
        document.text.addElement(odf_text.P(text=paragraph))
    document.save(str(path))


def test_docx_is_read_by_paragraph_and_located_by_paragraph_number(tmp_path):
    path = tmp_path / "nota.docx"
    make_docx(path, ["The government met on Monday.", "", "Officials said they would recieve the report."])
    findings = [f for f in check_json(path) if f["text"] == "recieve"]
    assert [(f["line"], f["column"]) for f in findings] == [(3, 27)]


def test_docx_tables_are_read_where_they_stand(tmp_path):
    document = docx.Document()
    document.add_paragraph("Before the table.")
    document.add_table(rows=1, cols=2).rows[0].cells[1].text = "The goverment replied."
    document.add_paragraph("After the table.")
    path = tmp_path / "table.docx"
    document.save(path)
    doc = Document.from_path(path)
    assert doc.text.splitlines() == ["Before the table.", "", "The goverment replied.", "After the table."]
    assert len(doc.paragraphs) == 3   # one a paragraph: no two merge for want of a blank line


def test_fix_reports_but_never_writes_a_docx(tmp_path):
    path = tmp_path / "nota.docx"
    make_docx(path, ["Inmates were moved to the Cecot prison on Monday."])   # XL102's one fix: CECOT
    before = path.read_bytes()
    story = tmp_path / "story.md"
    story.write_text("Inmates were moved to the Cecot prison on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--glossary", str(ROOT / "glossary"),
                                       "--fix", str(path), str(story)])
    assert result.exit_code == 2, result.output   # asked to write a fix it cannot: an error, as an unwritable file is
    assert "XL102" in result.stdout and f"error: {path}: --fix cannot write docx files back" in result.stderr
    assert "1 fix not applied" in result.stderr
    assert path.read_bytes() == before
    assert "CECOT" in story.read_text(encoding="utf-8")   # the file it can write is fixed all the same


def test_odt_is_read_by_paragraph(tmp_path):
    path = tmp_path / "nota.odt"
    make_odt(path, ["The government met on Monday.", "Officials said they would recieve the report."])
    findings = [f for f in check_json(path) if f["text"] == "recieve"]
    assert [(f["line"], f["column"]) for f in findings] == [(2, 27)]


def test_a_damaged_docx_or_odt_is_an_error_with_a_reason(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "broken.odt").write_bytes(b"PK\x03\x04 not really a zip")
    make_docx(tmp_path / "nota.docx", ["Officials said they would recieve the report."])
    result = CliRunner().invoke(main, ["check", "--engine", "none", str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "error: " + str(tmp_path / "broken.docx") + ": not a .docx file (not a zip archive)" in result.stderr
    assert str(tmp_path / "broken.odt") + ": not a .odt file" in result.stderr
    assert "recieve" in result.stdout   # the readable file is reported all the same


def test_diff_and_write_baseline_say_which_files_could_not_be_read_and_exit_2(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "nota.md").write_text("Officials said they would recieve the report.\n", encoding="utf-8")
    for extra in (["--diff"], ["--write-baseline", str(tmp_path / "baseline.json")]):
        result = CliRunner().invoke(main, ["check", "--engine", "none", *extra, str(tmp_path)])
        assert result.exit_code == 2, (extra, result.output)
        assert "error: " + str(tmp_path / "broken.docx") in result.stderr, extra


def test_facts_and_glossary_suggest_say_which_files_could_not_be_read_and_exit_2(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "nota.md").write_text("The prison holds 15,000 inmates, officials said.\n", encoding="utf-8")
    for command in (["facts"], ["glossary", "suggest"]):
        result = CliRunner().invoke(main, [*command, str(tmp_path)])
        assert result.exit_code == 2, (command, result.output)
        assert "error: " + str(tmp_path / "broken.docx") in result.stderr, command


def test_every_pages_columns_are_the_files_in_a_run_of_many(tmp_path):
    """Each page's column shifts are the Document's own, however many pages a run reads."""
    for n in range(12):
        (tmp_path / f"page{n}.html").write_text(
            f"<p>{'&eacute;' * n}The officials said they would recieve the report &amp; recieve it.</p>\n",
            encoding="utf-8")
    findings = [f for f in check_json(tmp_path) if f["text"] == "recieve"]
    assert len(findings) == 24
    for f in findings:
        line = (tmp_path / f["path"].rsplit("/", 1)[-1]).read_text(encoding="utf-8").splitlines()[f["line"] - 1]
        assert line[f["column"] - 1:f["end_column"] - 1] == "recieve", f


def test_html_paragraphs_are_its_blocks_as_markdowns_are_its_blank_lines(tmp_path):
    """A Spanish quotation in its own <p> is a Spanish paragraph, with or without blank lines, as in
    Markdown; an entity inside a word (a soft hyphen) leaves the word whole."""
    english = "The government said the prisoners would be moved to the new prison on Friday, officials said."
    spanish = "El gobierno dijo que los presos serían trasladados a la nueva cárcel el viernes, según los funcionarios."
    page = tmp_path / "nota.html"
    page.write_text(f"<html><body>\n<h1>Officials met on Monday</h1>\n<p>{english}</p>\n<p>{spanish}</p>\n"
                    "<p>They said it would hap&shy;pen soon.</p>\n</body></html>\n", encoding="utf-8")
    story = tmp_path / "nota.md"
    story.write_text(f"# Officials met on Monday\n\n{english}\n\n{spanish}\n\nThey said it would happen soon.\n",
                     encoding="utf-8")
    doc = Document.from_path(page)
    assert [(doc.prose[p.start:p.end], p.language) for p in doc.paragraphs][1:3] == [(english, "en"), (spanish, "es")]
    assert "happen" in doc.text and len(doc.paragraphs) == 4
    assert [f for f in check_json(page) if f["code"] != "XL301"] == [] == check_json(story)


def test_a_docx_text_box_is_read_once(tmp_path):
    """Word writes a text box (a pull quote) twice, for new and old readers (mc:Choice, mc:Fallback)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    document = docx.Document()
    document.add_paragraph("Before the box.")
    box = ("<w:p><w:r><w:t>Officials said they would recieve the report.</w:t></w:r></w:p>")
    document.add_paragraph("The anchor.")._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent>'
        f'</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{box}</w:txbxContent>'
        '</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>'))
    document.add_paragraph("After the box.")
    path = tmp_path / "box.docx"
    document.save(path)
    assert Document.from_path(path).text.splitlines() == [
        "Before the box.", "The anchor.", "Officials said they would recieve the report.", "After the box."]


def test_an_html_page_given_as_text_is_read_as_one_read_from_its_file(tmp_path):
    """The Python API and the language server (Document.from_text, check_texts) read a page as the
    command line does: entities decoded, the file's columns given back."""
    from xlate.api import check_texts, load_context
    page = tmp_path / "nota.html"
    page.write_text(PAGE, encoding="utf-8")
    from_file, from_text = Document.from_path(page), Document.from_text(str(page), PAGE)
    assert from_text.text == from_file.text and from_text.prose == from_file.prose
    assert "Política y más" in from_text.prose and "iacute" not in from_text.prose
    api = check_texts([(str(page), PAGE)], load_context(glossary=[ROOT / "glossary"]))
    cli = check_json(page)
    assert [(f.code, f.line, f.column, f.end_line, f.end_column, f.text) for f in api] == \
        [(f["code"], f["line"], f["column"], f["end_line"], f["end_column"], f["text"]) for f in cli]
    assert not [f for f in api if f.text in ("iacute", "aacute", "nbsp", "quot")]


def test_every_rules_columns_in_an_html_page_are_the_files_after_entities(tmp_path):
    """Findings of several rules (XL104 among them, a corpus rule located after the documents are
    gone), each after entities on its line and one with an entity inside: the file's line and
    columns hold exactly what was found."""
    import html as html_module
    (tmp_path / "other.md").write_text("Visitors to Chalatenango saw the prison. The road to Chalatenango "
                                       "was closed by police. Chalatenango is calm.\n", encoding="utf-8")
    page = tmp_path / "nota.html"
    page.write_text(
        "<html><body>\n"
        "<p>&ldquo;Caf&eacute;&rdquo; &mdash; the prison near Chalaten&aacute;ngo was secured by the army.</p>\n"
        "<p>&ldquo;Caf&eacute;&rdquo; &mdash; the prison near Chalatenángo was secured by the army.</p>\n"
        "<p>&ldquo;Caf&eacute;&rdquo; &mdash; inmates were moved to the Cecot prison, officials said.</p>\n"
        "<p>&ldquo;Caf&eacute;&rdquo; &mdash; officials said they would recieve the report.</p>\n"
        "<p>&ldquo;Caf&eacute;&rdquo; &mdash; the Detention Center Against Terrorism opened.</p>\n"
        "</body></html>\n", encoding="utf-8")
    lines = page.read_text(encoding="utf-8").splitlines()
    findings = [f for f in check_json(tmp_path) if f["path"].endswith("nota.html")]
    assert {"XL101", "XL102", "XL104"} <= {f["code"] for f in findings}
    assert len([f for f in findings if f["code"] == "XL104"]) == 2
    assert any(f["text"] == "recieve" for f in findings)
    for f in findings:
        assert f["line"] == f["end_line"], f
        assert html_module.unescape(lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]) == f["text"], f


def test_pages_that_read_alike_keep_their_own_columns(tmp_path):
    """Two pages whose decoded text is the same (an entity in one, the character and the spaces it
    saved in the other) keep each their own columns: a page's column shifts are its Document's."""
    (tmp_path / "a.html").write_text("<p>Caf&eacute; officials said they would recieve it.</p>\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Café officials said they would recieve it.</p>       \n", encoding="utf-8")
    assert Document.from_path(tmp_path / "a.html").text == Document.from_path(tmp_path / "b.html").text
    for order in (("a.html", "b.html"), ("b.html", "a.html")):
        findings = [f for f in check_json(*(tmp_path / name for name in order)) if f["text"] == "recieve"]
        assert {f["path"].rsplit("/", 1)[-1]: f["column"] for f in findings} == {"a.html": 42, "b.html": 35}


def _docx_with_padding(path, sentence, padding=0, media=0):
    """A .docx of one paragraph whose document.xml holds `padding` more spaces (packed to almost
    nothing), and a picture part of `media` zero bytes: what a zip bomb is made of."""
    import io
    import zipfile
    buffer = io.BytesIO()
    make_docx(buffer, [sentence])
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * padding, 1)
            target.writestr(entry.filename, data)
        if media:
            target.writestr("word/media/image1.png", b"\0" * media)


def test_the_size_limit_holds_for_what_a_docx_unpacks_to(tmp_path):
    """--max-file-size bounds the text read out of a .docx (its XML parts), not only the zip: past
    it, an error naming the file (exit 2) after the other files' findings; under it, nothing lost."""
    sentence = "Officials said they would recieve the report."
    _docx_with_padding(tmp_path / "bomb.docx", sentence, padding=3_000_000)
    _docx_with_padding(tmp_path / "pictures.docx", sentence, media=12_000_000)
    (tmp_path / "story.md").write_text(sentence + "\n", encoding="utf-8")
    assert all((tmp_path / name).stat().st_size < 100_000 for name in ("bomb.docx", "pictures.docx"))
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--max-file-size", "1000000", "--format", "json",
                                       str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert [f["path"].rsplit("/", 1)[-1] for f in json.loads(result.stdout)["findings"]] == ["story.md"]
    errors = dict(line.removeprefix("xlate: error: ").split(": ", 1) for line in result.stderr.splitlines()
                  if line.startswith("xlate: error: "))
    assert re.fullmatch(r"its text unpacks to 3\.\d MiB of XML, over the 1\.0 MiB limit \(raise it with "
                        r"--max-file-size\); not checked", errors[str(tmp_path / "bomb.docx")])
    assert re.fullmatch(r"unpacks to 1[12]\.\d MiB, over 10 times the 1\.0 MiB limit \(raise it with --max-file-size\); "
                        r"not checked", errors[str(tmp_path / "pictures.docx")])
    findings = check_json("--max-file-size", "20000000", tmp_path)
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in findings if f["text"] == "recieve") == [
        "bomb.docx", "pictures.docx", "story.md"]


def _add_notes(document, kind, notes):
    """A footnotes or endnotes part (python-docx writes none) with Word's separator note and notes."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.ns import nsdecls
    body = "".join(f'<w:{kind[:-1]} w:id="{i}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{kind[:-1]}>'
                   for i, text in enumerate(notes, start=1))
    xml = (f'<w:{kind} {nsdecls("w")}><w:{kind[:-1]} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
           f'</w:p></w:{kind[:-1]}>{body}</w:{kind}>').encode()
    part = Part(PackURI(f"/word/{kind}.xml"),
                f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml", xml, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)


def test_docx_headers_footers_and_footnotes_are_checked_located_by_part_and_paragraph(tmp_path):
    document = docx.Document()
    document.add_paragraph("The government met on Monday.")
    document.add_paragraph("Officials said they would recieve the report.")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Daily briefing"
    section.header.add_paragraph("The goverment briefing.")
    section.footer.paragraphs[0].text = "Page footer: the goverment."
    _add_notes(document, "footnotes", ["A first note.", "They would recieve it, the note says."])
    path = tmp_path / "nota.docx"
    document.save(path)
    found = sorted((f["unit"] if "unit" in f else "", f["line"], f["column"], f["text"])
                   for f in check_json(path) if f["text"] in ("recieve", "goverment"))
    assert found == [("", 2, 27, "recieve"), ("footer1", 1, 18, "goverment"),
                     ("footnotes", 2, 12, "recieve"), ("header1", 2, 5, "goverment")]
    text = CliRunner().invoke(main, ["check", "--engine", "none", str(path)]).stdout
    assert f"{path}:2:12: XL301 [typo] (unit footnotes)" in text
    baseline = tmp_path / "baseline.json"   # each finding's fingerprint reads its own part's line
    CliRunner().invoke(main, ["check", "--engine", "none", "--write-baseline", str(baseline), str(path)])
    assert len({e["fingerprint"] for e in json.loads(baseline.read_text())["findings"]}) == 4
    assert CliRunner().invoke(main, ["check", "--engine", "none", "--baseline", str(baseline), str(path)]).exit_code == 0


def test_a_docx_read_in_parts_has_its_suppressions_and_pair_locations_by_part(tmp_path):
    """A suppression comment holds for its own part's paragraph, and a pair message's file:line names
    the part (issue 18: both counted a part's paragraphs as the body's lines, so an ignore-line in
    the body's paragraph 2 silenced the footnotes' paragraph 2 too, an ignore in footnote 3 silenced
    the blank footnote 4, not 5 (it read the text's line 4, footnote 1, as the next with text), and
    'nota.es.docx:1' named the body's first paragraph for a footnote)."""
    document = docx.Document()
    document.add_paragraph("The government met on Monday.")
    document.add_paragraph("Officials would recieve the report. <!-- xlate: ignore-line XL301 -->")
    document.add_paragraph("They said they would recieve it.")
    _add_notes(document, "footnotes", ["A note the writers recieve.", "They would recieve it, the note says.",
                                       "&lt;!-- xlate: ignore XL301 --&gt;", "",   # XML: the comment as text
                                       "Another note they recieve."])
    path = tmp_path / "nota.docx"
    document.save(path)
    found = sorted((f.get("unit", ""), f["line"]) for f in check_json(path) if f["text"] == "recieve")
    assert found == [("", 3), ("footnotes", 1), ("footnotes", 2)]
    spanish, english = docx.Document(), docx.Document()
    spanish.add_paragraph("El Centro de Confinamiento del Terrorismo alberga a presos.")
    english.add_paragraph("The Terrorism Confinement Center holds prisoners.")
    _add_notes(spanish, "footnotes", ["El penal tiene 40.000 presos."])
    _add_notes(english, "footnotes", ["The prison holds 14,000 inmates."])
    spanish.save(tmp_path / "nota.es.docx")
    english.save(tmp_path / "nota.en.docx")
    [number] = [f for f in check_json("--pair", tmp_path / "nota.es.docx", tmp_path / "nota.en.docx",
                                      tmp_path / "nota.es.docx", tmp_path / "nota.en.docx") if f["code"] == "XL702"]
    assert (number["unit"], number["line"]) == ("footnotes", 1)
    assert "(nota.es.docx:footnotes:1 says 40.000)" in number["message"]


def test_odt_headers_footers_and_footnotes_are_checked_located_by_part_and_paragraph(tmp_path):
    """As a .docx's: the page style's header and footer (styles.xml) follow the body, then its
    footnotes, each part's paragraphs numbered from 1 (issue 18: an .odt's header and footer were not
    read, and a footnote ran on inside its paragraph with its citation: '...the report.1A first note.')."""
    from odf.style import Footer, Header, MasterPage, PageLayout
    document = OpenDocumentText()
    layout = PageLayout(name="pm1")
    document.automaticstyles.addElement(layout)
    page = MasterPage(name="Standard", pagelayoutname=layout)
    header, footer = Header(), Footer()
    header.addElement(odf_text.P(text="Daily briefing"))
    header.addElement(odf_text.P(text="The goverment briefing."))
    footer.addElement(odf_text.P(text="Page footer: the goverment."))
    page.addElement(header)
    page.addElement(footer)
    document.masterstyles.addElement(page)
    document.text.addElement(odf_text.P(text="The government met on Monday."))
    noted = odf_text.P(text="Officials said they would recieve the report.")
    note = odf_text.Note(id="ftn1", noteclass="footnote")
    note.addElement(odf_text.NoteCitation(text="1"))
    body = odf_text.NoteBody()
    body.addElement(odf_text.P(text="A first note."))
    body.addElement(odf_text.P(text="They would recieve it, the note says."))
    note.addElement(body)
    noted.addElement(note)
    document.text.addElement(noted)
    path = tmp_path / "nota.odt"
    document.save(str(path))
    found = sorted((f["unit"] if "unit" in f else "", f["line"], f["column"], f["text"])
                   for f in check_json(path) if f["text"] in ("recieve", "goverment"))
    assert found == [("", 2, 27, "recieve"), ("footer1", 1, 18, "goverment"),
                     ("footnotes", 2, 12, "recieve"), ("header1", 2, 5, "goverment")]
    assert Document.from_path(path).line_text(2) == "Officials said they would recieve the report."


def test_html_lang_attributes_say_a_paragraphs_language(tmp_path):
    """An element with lang="es" in an English page is Spanish copy, and lang="en" in a Spanish page
    English copy, as a file name's .es or .en says a Markdown file's language; the page's own
    <html lang> is the document's."""
    english = "The officials said on Friday that the prisoners would be moved to the new prison soon."
    spanish = "Los funcionarios dijeron el viernes que los presos serían trasladados pronto a la nueva cárcel."
    short_spanish = "Gracias a todos."   # too short for the words to say its language
    page = tmp_path / "nota.html"
    page.write_text(f'<html lang="en"><body>\n<p>{english}</p>\n<blockquote lang="es-SV"><p>{short_spanish}</p>'
                    f'</blockquote>\n<p>{english}</p>\n</body></html>\n', encoding="utf-8")
    doc = Document.from_path(page)
    assert doc.language == "en"
    assert [(doc.prose[p.start:p.end], p.language) for p in doc.paragraphs] == [
        (english, "en"), (short_spanish, "es"), (english, "en")]
    assert [f for f in check_json(page) if f["text"] in ("Gracias", "todos")] == []
    page.write_text(f'<html lang="es"><body>\n<p>{spanish}</p>\n<p lang="en">Thanks to all.</p>\n</body></html>\n',
                    encoding="utf-8")
    doc = Document.from_path(page)
    assert [p.language for p in doc.paragraphs] == ["es", "en"] and doc.language == "es"
    assert Document.from_text("nota.html", page.read_text(encoding="utf-8")).paragraphs == doc.paragraphs
    page.write_text(f'<body>\n<p lang="es">{short_spanish}\n<p>Thanks to all.\n</body>\n', encoding="utf-8")
    doc = Document.from_path(page)   # an unclosed <p> ends at the next one, as a browser reads it
    assert [p.language for p in doc.paragraphs] == ["es", "en"] and doc.language_hint is None


def test_an_xl801_finding_in_an_html_page_ends_where_its_figure_ends_in_the_file(tmp_path):
    """A figure holding entities ("74&nbsp;kil&oacute;metros") ends at the file's column, not at its
    start plus the decoded figure's length (12 columns short here before)."""
    import html as html_module
    (tmp_path / "a.md").write_text("Izalco lies 75 kilometers from San Miguel.\n", encoding="utf-8")
    page = tmp_path / "b.html"
    page.write_text("<html><body>\n<p>&ldquo;Caf&eacute;&rdquo; &mdash; Izalco lies about 74&nbsp;kil&oacute;metros "
                    "from San Miguel.</p>\n</body></html>\n", encoding="utf-8")
    found = [f for f in check_json("--select", "XL801", tmp_path) if f["path"].endswith("b.html")]
    assert [(f["line"], f["column"], f["end_line"], f["end_column"]) for f in found] == [(2, 50, 2, 81)]
    line = page.read_text(encoding="utf-8").splitlines()[1]
    assert html_module.unescape(line[found[0]["column"] - 1:found[0]["end_column"] - 1]) == found[0]["text"]


def test_an_xl801_finding_in_a_docx_footnote_names_its_part(tmp_path):
    """A figure in a footnote is located by the part and its paragraph, in the finding (JSON unit,
    text '(unit footnotes)') and where another finding names it ('nota.docx:1 (footnotes)')."""
    (tmp_path / "a.md").write_text("Izalco lies 75 kilometers from San Miguel.\n", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("The volcano erupted on Monday.")
    _add_notes(document, "footnotes", ["Izalco lies about 74 kilometers from San Miguel."])
    path = tmp_path / "nota.docx"
    document.save(path)
    found = {f["path"].rsplit("/", 1)[-1]: f for f in check_json("--select", "XL801", tmp_path)}
    assert (found["nota.docx"].get("unit"), found["nota.docx"]["line"], found["nota.docx"]["column"]) == ("footnotes", 1, 13)
    assert f'{path}:1 (footnotes) "about 74 kilometers"' in found["a.md"]["message"]
    text = CliRunner().invoke(main, ["check", "--engine", "none", "--select", "XL801", str(tmp_path)]).stdout
    assert f"{path}:1:13: XL801 [fact] (unit footnotes)" in text


def test_a_page_not_in_utf8_is_read_in_the_encoding_its_meta_declares(tmp_path):
    """An archive's page in windows-1252 or ISO-8859-1 that says so in a <meta> is read in it (review
    of issue 18: skipped as 'not valid UTF-8' while a segment file's declared encoding is read); a
    page whose bytes are UTF-8 is read as UTF-8 whatever it declares, one declaring UTF-8 falsely is
    skipped as before, with the reason."""
    sentence = "<p>Pol\u00edtica \u201cdel\u201d gobierno. Officials would recieve the report.</p>\n"
    pages = {"w1252.html": ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252"),
             "latin.html": ('<meta charset="ISO-8859-1">', "cp1252"),
             "utf8.html": ('<meta charset="iso-8859-1">', "utf-8")}
    for name, (meta, encoding) in pages.items():
        (tmp_path / name).write_bytes(f"<html><head>{meta}</head><body>\n{sentence}</body></html>\n".encode(encoding))
    (tmp_path / "false.html").write_bytes(f'<meta charset="utf-8">\n{sentence}'.encode("cp1252"))
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--format", "json", str(tmp_path)])
    found = {(f["path"].rsplit("/", 1)[-1], f["text"], f["line"], f["column"]) for f in json.loads(result.stdout)["findings"]}
    column = sentence.index("recieve") + 1
    assert {(name, line, col) for name, text, line, col in found if text == "recieve"} == {
        ("w1252.html", 2, column), ("latin.html", 2, column), ("utf8.html", 2, column)}
    assert {text for name, text, _, _ in found} >= {"gobierno"}   # the words whole: Pol\u00edtica no typo
    assert not [f for f in found if f[1].startswith("Pol") or f[1] == "tica"]
    assert f"{tmp_path / 'false.html'}: not valid UTF-8 (byte" in result.stderr
