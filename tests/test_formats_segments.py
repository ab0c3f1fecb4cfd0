"""Bilingual segment files (XLIFF 1.2 and 2.0, gettext PO, TMX) read through translate-toolkit: each
unit's target checked as English copy at the file's own line and column, each unit's source and target
as a pair, findings carrying the unit id. The files are written by translate-toolkit itself."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from translate.storage.po import pofile
from translate.storage.tmx import tmxfile
from translate.storage.xliff import xlifffile
from translate.storage.xliff2 import Xliff2File

from conftest import ROOT
from xlate.cli import main
from xlate.core.document import Document

CECOT_ES = "El Centro de Confinamiento del Terrorismo (CECOT) alberga a 40.000 presos."
CECOT_EN = "The Detention Center Against Terrorism (CECOT) holds 14,000 inmates."   # deprecated name, wrong figure
UNITS = [("cecot", CECOT_ES, CECOT_EN),
         ("denial", "Consuelo Porras lo negó el martes.", ""),                      # untranslated
         ("copied", "Los presos fueron trasladados.", "Los presos fueron trasladados."),   # the source copied
         ("name", "Nayib Bukele", "Nayib Bukele"),                                 # a name may stay the same
         ("typo", "El gobierno lo confirmó.", "The goverment confirmed it.")]


def xliff(store_class) -> bytes:
    store = store_class(sourcelanguage="es", targetlanguage="en")
    for uid, source, target in UNITS:
        unit = store.addsourceunit(source)
        unit.setid(uid)
        if target:
            unit.target = target
    return bytes(store)


def xliff1() -> bytes:
    return xliff(xlifffile)


def xliff2() -> bytes:
    return xliff(Xliff2File)


def po() -> bytes:
    store = pofile()
    store.settargetlanguage("en")
    for uid, source, target in UNITS:
        unit = store.addsourceunit(source)
        unit.setcontext(uid)
        unit.target = target
    return bytes(store)


def tmx() -> bytes:
    store = tmxfile(sourcelanguage="es", targetlanguage="en")
    for _, source, target in UNITS:
        store.addtranslation(source, "es", target, "en")
    return bytes(store)


FILES = {"story.xlf": xliff1, "story2.xliff": xliff2, "story.po": po, "story.tmx": tmx}


def is_unit(found: str, uid: str) -> bool:
    """The unit's id as the file gives it: XLIFF's id, PO's context and msgid, TMX's source (no tuid here)."""
    source = dict((u, s) for u, s, _ in UNITS)[uid]
    return found in (uid, f"{uid} | {source}", source)


def check(*args):
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--glossary", str(ROOT / "glossary"),
                                       "--format", "json", *map(str, args)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


@pytest.fixture(params=sorted(FILES))
def bilingual(request, tmp_path):
    path = tmp_path / request.param
    path.write_bytes(FILES[request.param]())
    return path


def test_the_targets_are_the_prose_at_the_files_own_offsets(bilingual):
    doc = Document.from_path(bilingual)
    assert doc.language_hint == "en"
    assert "Detention Center Against Terrorism" in doc.prose and "goverment" in doc.prose
    assert "Confinamiento" not in doc.prose and "msgid" not in doc.prose and "<" not in doc.prose
    start = doc.prose.index("goverment")
    assert doc.text[start:start + len("goverment")] == "goverment"   # prose offsets are the file's
    assert is_unit(doc.unit_at(start), "typo")


def test_each_unit_is_checked_as_a_pair_and_as_english_copy(bilingual):
    findings = check(bilingual)
    found = {(f["code"], f["text"]) for f in findings}
    assert ("XL101", "Detention Center Against Terrorism") in found      # deprecated rendering
    assert ("XL702", "14,000") in found                                  # the number differs from 40.000
    assert ("XL301", "goverment") in found                               # a typo in the target
    assert {f["code"] for f in findings if f["code"] in ("XL703", "XL704")} == {"XL703", "XL704"}
    assert not [f for f in findings if "Bukele" in f["text"]]            # a name kept the same is no finding
    lines = bilingual.read_text(encoding="utf-8").splitlines()
    for f in findings:
        assert lines[f["line"] - 1][f["column"] - 1:].startswith(f["text"].split("\n")[0][:10]), f
    by_code = {f["code"]: f["unit"] for f in findings}
    assert is_unit(by_code["XL101"], "cecot") and is_unit(by_code["XL703"], "denial") \
        and is_unit(by_code["XL704"], "copied")


def test_sarif_carries_the_unit_id(tmp_path):
    path = tmp_path / "story.xlf"
    path.write_bytes(xliff1())
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--format", "sarif", str(path)])
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert {r["locations"][0]["logicalLocations"][0]["name"] for r in results} >= {"typo", "denial"}


def test_an_xliff_1_2_file_written_by_hand_is_read_too(tmp_path):
    path = tmp_path / "hand.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        ' <file original="nota.md" source-language="es-SV" target-language="en-US" datatype="plaintext"><body>\n'
        '  <trans-unit id="t1">\n'
        '   <source>El régimen de excepción sigue.</source>\n'
        '   <target>The exception regime <g id="1">continues</g> &amp; recieve.</target>\n'
        '  </trans-unit>\n'
        ' </body></file>\n</xliff>\n', encoding="utf-8")
    found = {(f["code"], f["line"], f["column"], f["unit"]) for f in check(path)}
    assert ("XL101", 6, 16, "t1") in found and ("XL301", 6, 63, "t1") in found


def test_a_broken_file_is_skipped_with_the_reason(tmp_path):
    path = tmp_path / "broken.xlf"
    path.write_text('<?xml version="1.0"?>\n<xliff version="1.2"><file><body><trans-unit>', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--engine", "none", str(path)])
    assert "broken.xlf" in result.output and "XLIFF" in result.output and "Traceback" not in result.output


def test_folder_scans_pick_the_segment_files_up(tmp_path):
    for name, make in FILES.items():
        (tmp_path / name).write_bytes(make())
    assert {f["path"].rsplit("/", 1)[-1] for f in check(tmp_path)} == set(FILES)


def typos(path) -> set[tuple[int, int, str, str]]:
    """(line, column, unit, text) of each XL301 finding, checked to stand at its line and column."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = set()
    for f in check(path):
        if f["code"] == "XL301":
            assert lines[f["line"] - 1][f["column"] - 1:].startswith(f["text"]), f
            found.add((f["line"], f["column"], f["unit"], f["text"]))
    return found


def test_a_file_written_on_one_line_keeps_every_unit_in_its_place(tmp_path):
    """Each unit is looked for after the one before: XLIFF written without line breaks, inline
    placeholders holding tags as entities, a CDATA section."""
    path = tmp_path / "one-line.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="a" source-language="es" target-language="en" datatype="plaintext"><body>'
        '<trans-unit id="a1"><source>El gobierno lo confirmó.</source><target>The goverment confirmed it.</target></trans-unit>'
        '<trans-unit id="a2"><source>Los presos fueron trasladados.</source><target>The inmates were moved, officials said they would recieve them.</target></trans-unit>'
        '<trans-unit id="a3"><source>Hay <ph id="1">&lt;b&gt;</ph>tres<ph id="2">&lt;/b&gt;</ph> presos.</source>'
        '<target>There are <ph id="1">&lt;b&gt;</ph>three<ph id="2">&lt;/b&gt;</ph> inmates, they would recieve them.</target></trans-unit>'
        '<trans-unit id="a4"><source><![CDATA[Es <b>muy</b> claro.]]></source><target><![CDATA[It is <b>very</b> clear, they would recieve it.]]></target></trans-unit>'
        '</body></file></xliff>\n', encoding="utf-8")
    assert {(unit, text) for _, _, unit, text in typos(path)} == {
        ("a1", "goverment"), ("a2", "recieve"), ("a3", "recieve"), ("a4", "recieve")}
    assert "b" not in Document.from_path(path).prose.split()   # the placeholder's escaped tag is markup


def test_po_plurals_and_continued_strings_are_read_and_obsolete_entries_are_not(tmp_path):
    path = tmp_path / "plural.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy\nmsgctxt "count"\nmsgid "Un preso"\nmsgid_plural "%d presos"\n'
        'msgstr[0] "One inmate they would recieve"\nmsgstr[1] "%d inmates they would recieve"\n\n'
        'msgid ""\n"Una línea larga "\n"que sigue."\nmsgstr ""\n"A long line "\n"that the goverment \\"wrote\\"."\n\n'
        '#~ msgid "Viejo"\n#~ msgstr "Old, they would recieve"\n', encoding="utf-8")
    assert typos(path) == {(10, 34, "count | Un preso", "recieve"), (11, 34, "count | Un preso", "recieve"),
                           (18, 11, "Una línea larga que sigue.", "goverment")}


def test_tmx_variants_in_any_order(tmp_path):
    path = tmp_path / "memory.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
        'datatype="plaintext" segtype="sentence" adminlang="en" srclang="es" o-tmf="x"/><body>\n'
        '<tu tuid="t1"><tuv xml:lang="en"><seg>The goverment confirmed it.</seg></tuv><tuv xml:lang="es"><seg>El gobierno '
        'lo confirmó.</seg></tuv></tu><tu tuid="t2"><tuv xml:lang="es"><seg>Los presos.</seg></tuv><tuv xml:lang="en">'
        '<seg>The inmates, they would recieve them.</seg></tuv></tu>\n</body></tmx>\n', encoding="utf-8")
    assert {(unit, text) for _, _, unit, text in typos(path)} == {("t1", "goverment"), ("t2", "recieve")}
    doc = Document.from_path(path)
    assert "gobierno" not in doc.prose and doc.language_hint == "en"


def test_a_file_translating_english_into_spanish_is_checked_as_spanish_copy_unit_by_unit(tmp_path):
    store = xlifffile(sourcelanguage="en", targetlanguage="es")
    for uid, source, target in [("u1", "The prisoners were moved.", ""),
                                ("u2", "Officials denied it on Tuesday.", "Officials denied it on Tuesday."),
                                ("u3", "The government confirmed it.", "El gobierno lo confirmó.")]:
        unit = store.addsourceunit(source)
        unit.setid(uid)
        if target:
            unit.target = target
    path = tmp_path / "story.es.xlf"
    path.write_bytes(bytes(store))
    assert Document.from_path(path).language_hint == "es"
    assert {(f["code"], f["unit"]) for f in check(path) if f["code"] in ("XL703", "XL704")} == {
        ("XL703", "u1"), ("XL704", "u2")}


def test_a_damaged_file_is_an_error_and_the_other_files_are_still_reported(tmp_path):
    (tmp_path / "broken.xlf").write_text('<?xml version="1.0"?>\n<xliff version="1.2"><file><body><trans-unit>',
                                         encoding="utf-8")
    (tmp_path / "broken.po").write_text('msgid "a\nmsgstr "b"\n', encoding="utf-8")
    (tmp_path / "story.xlf").write_bytes(xliff1())
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--format", "json", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "goverment" in result.stdout   # the readable file's findings are all there
    assert "error: " in result.stderr and "broken.xlf: not a readable XLIFF file (" in result.stderr
    assert "broken.po: not a readable gettext PO file (" in result.stderr and "Traceback" not in result.output


def test_the_python_api_reads_segment_files_by_name(tmp_path):
    from xlate.api import check_texts, load_context
    from xlate.formats import ReadError
    ctx = load_context([ROOT / "glossary"])
    findings = check_texts([("story.xlf", xliff1().decode("utf-8"))], ctx)
    assert {(f.code, f.unit) for f in findings} >= {("XL101", "cecot"), ("XL703", "denial"), ("XL301", "typo")}
    with pytest.raises(ReadError, match=r"^broken\.po: not a readable gettext PO file"):
        check_texts([("broken.po", 'msgid "a\nmsgstr "b"\n')], ctx)


FRENCH_XLIFF = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
    '<file original="n" source-language="es" target-language="fr-FR" datatype="plaintext"><body>\n'
    '<trans-unit id="a"><source>El gobierno lo confirmó.</source><target>Le gouvernement a confirmé.</target>'
    '</trans-unit>\n</body></file></xliff>\n')


def test_the_python_api_refuses_a_translation_into_another_language_as_the_command_line_skips_it():
    """Given as text, a French XLIFF is the same ReadError (not damaged) the command line skips the
    file with, not its French target read as English copy ('gouvernement is not a word'), whatever
    its name says (docs/decisions.md)."""
    from xlate.api import check_texts, load_context
    from xlate.formats import ReadError
    ctx = load_context([ROOT / "glossary"])
    for name in ("fr.xlf", "story.en.xlf"):
        with pytest.raises(ReadError, match=rf"^{re.escape(name)}: translates into 'fr', and xlate checks Spanish "
                                            "and English copy; skipped$") as caught:
            check_texts([(name, FRENCH_XLIFF)], ctx)
        assert not caught.value.damaged
    with pytest.raises(ReadError, match=r"^fr\.xlf: translates into 'fr'"):
        Document.from_text("fr.xlf", FRENCH_XLIFF)
    assert check_texts([("story.xlf", xliff1().decode("utf-8"))], ctx)   # Spanish and English still read


def test_segment_files_in_the_encoding_they_declare_are_read(tmp_path):
    """A PO file with an ISO-8859-1 charset header and an XLIFF file declaring ISO-8859-1 in its XML
    declaration are read in that encoding: every unit, accents whole, findings at the file's columns."""
    po_text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n"Language: en\\n"\n\n'
               'msgctxt "cecot"\nmsgid "' + CECOT_ES + '"\nmsgstr "' + CECOT_EN + '"\n\n'
               'msgctxt "typo"\nmsgid "El gobierno lo confirmó."\nmsgstr "The goverment confirmed it."\n')
    xliff_text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n'
                  '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
                  '<file original="n" source-language="es" target-language="en" datatype="plaintext"><body>\n'
                  '<trans-unit id="cecot"><source>' + CECOT_ES + '</source><target>' + CECOT_EN + '</target></trans-unit>\n'
                  '<trans-unit id="typo"><source>El gobierno lo confirmó.</source>'
                  '<target>The goverment confirmed it.</target></trans-unit>\n</body></file></xliff>\n')
    for name, text in (("latin.po", po_text), ("latin.xlf", xliff_text)):
        path = tmp_path / name
        path.write_bytes(text.encode("iso-8859-1"))
        doc = Document.from_path(path)
        assert [u.source for u in doc.segments.units] == [CECOT_ES, "El gobierno lo confirmó."], name
        findings = check(path)
        assert {(f["code"], f["text"], f["unit"].split(" | ")[0]) for f in findings} >= {
            ("XL101", "Detention Center Against Terrorism", "cecot"), ("XL702", "14,000", "cecot"),
            ("XL301", "goverment", "typo")}, name
        lines = text.splitlines()
        for f in findings:
            assert lines[f["line"] - 1][f["column"] - 1:].startswith(f["text"][:10]), (name, f)


def test_a_segment_file_not_in_the_encoding_it_declares_is_a_clear_error(tmp_path):
    (tmp_path / "klingon.xlf").write_bytes(b'<?xml version="1.0" encoding="x-klingon"?>\n<xliff version="1.2"/>\n')
    (tmp_path / "wrong.po").write_bytes(b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=windows-1252\\n"\n\n'
                                        b'msgid "a"\nmsgstr "b \x81"\n')
    (tmp_path / "story.xlf").write_bytes(xliff1())
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--format", "json", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "goverment" in result.stdout
    assert (f"error: {tmp_path / 'klingon.xlf'}: declares the encoding 'x-klingon', which is not one Python knows"
            in result.stderr)
    assert (f"error: {tmp_path / 'wrong.po'}: not valid windows-1252, the encoding it declares (byte 91, line 6)"
            in result.stderr)


def test_a_file_translating_english_into_spanish_gets_the_pair_checks_too(tmp_path):
    """XL701 and XL702 read an English original and its Spanish translation unit by unit, as they
    read a Spanish original and its English translation: the findings sit on the Spanish target."""
    store = xlifffile(sourcelanguage="en", targetlanguage="es")
    for uid, source, target in [
            ("wrong", "The Terrorism Confinement Center holds 40,000 inmates.",
             "El centro antiterrorista alberga a 14.000 presos."),
            ("right", "The Terrorism Confinement Center holds 40,000 inmates, officials said.",
             "El Centro de Confinamiento del Terrorismo alberga a 40.000 presos, según las autoridades.")]:
        unit = store.addsourceunit(source)
        unit.setid(uid)
        unit.target = target
    path = tmp_path / "story.es.xlf"
    path.write_bytes(bytes(store))
    findings = [f for f in check(path) if f["code"] in ("XL701", "XL702")]
    lines = path.read_text(encoding="utf-8").splitlines()
    target_line = next(i for i, line in enumerate(lines, 1) if "El centro antiterrorista" in line)
    assert sorted((f["code"], f["unit"], f["line"]) for f in findings) == [
        ("XL701", "wrong", target_line), ("XL702", "wrong", target_line)]
    messages = {f["code"]: f["message"] for f in findings}
    assert messages["XL701"].startswith('the English original names "Terrorism Confinement Center" (cecot, ')
    assert messages["XL701"].endswith('but this paragraph does not render it; use "Centro de Confinamiento del Terrorismo"')
    assert messages["XL702"].startswith('"14.000" is not in the English original (') and "says 40,000" in messages["XL702"]


def test_fuzzy_and_needs_review_units_are_checked_and_their_state_shown(tmp_path):
    """A fuzzy PO entry or an XLIFF target in a needs-review state is checked like any other (see
    docs/decisions.md) and its findings say the state (JSON "state")."""
    (tmp_path / "story.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
        '#, fuzzy\nmsgctxt "draft"\nmsgid "El gobierno lo confirmó."\nmsgstr "The goverment confirmed it."\n\n'
        'msgctxt "done"\nmsgid "El gobierno lo negó."\nmsgstr "The goverment denied it."\n', encoding="utf-8")
    (tmp_path / "story.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="n" source-language="es" target-language="en" datatype="plaintext"><body>\n'
        '<trans-unit id="draft"><source>El gobierno lo confirmó.</source>'
        '<target state="needs-review-translation">The goverment confirmed it.</target></trans-unit>\n'
        '<trans-unit id="done"><source>El gobierno lo negó.</source><target>The goverment denied it.</target></trans-unit>\n'
        '</body></file></xliff>\n', encoding="utf-8")
    typos = [f for f in check(tmp_path) if f["text"] == "goverment"]
    assert sorted((f["path"].rsplit(".", 1)[-1], f["unit"].split(" | ")[0], f.get("state")) for f in typos) == [
        ("po", "done", None), ("po", "draft", "fuzzy"),
        ("xlf", "done", None), ("xlf", "draft", "needs-review-translation")]
    # the text report and SARIF say it too (they gave the unit only)
    text = CliRunner().invoke(main, ["check", "--engine", "none", str(tmp_path / "story.xlf")]).stdout
    assert re.search(r"story\.xlf:\d+:\d+: XL301 \[typo\] \(unit draft, needs-review-translation\) ", text)
    assert re.search(r"story\.xlf:\d+:\d+: XL301 \[typo\] \(unit done\) ", text)
    sarif = json.loads(CliRunner().invoke(main, ["check", "--engine", "none", "--format", "sarif", str(tmp_path)]).stdout)
    typos = [r for r in sarif["runs"][0]["results"] if r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
             == "goverment"]
    assert sorted((r["locations"][0]["logicalLocations"][0]["name"].split(" | ")[0], r["properties"].get("state"))
                  for r in typos) == [("done", None), ("done", None), ("draft", "fuzzy"), ("draft", "needs-review-translation")]


def test_a_corpus_rules_finding_in_a_segment_file_carries_its_unit(tmp_path):
    """XL104 locates its findings after the documents are gone: in a segment file they still name the
    unit (and its state) as every other rule's do."""
    (tmp_path / "other.md").write_text("Visitors to Chalatenango saw the prison. The road to Chalatenango was "
                                       "closed by police. Chalatenango is calm.\n", encoding="utf-8")
    (tmp_path / "story.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="n" source-language="es" target-language="en" datatype="plaintext"><body>\n'
        '<trans-unit id="first"><source>El gobierno lo confirmó.</source><target>The government confirmed it.</target>'
        '</trans-unit>\n<trans-unit id="place"><source>La cárcel cerca de Chalatenango fue asegurada.</source>'
        '<target state="translated">The prison near Chalatenángo was secured.</target></trans-unit>\n'
        '</body></file></xliff>\n', encoding="utf-8")
    [found] = [f for f in check(tmp_path) if f["code"] == "XL104"]
    assert (found["text"], found["unit"], found["state"]) == ("Chalatenángo", "place", "translated")
    line = (tmp_path / "story.xlf").read_text(encoding="utf-8").splitlines()[found["line"] - 1]
    assert line[found["column"] - 1:found["end_column"] - 1] == "Chalatenángo"


def test_a_file_translating_into_another_language_is_skipped_with_a_notice(tmp_path):
    """A French XLIFF or a German PO file in the project (the default include reads *.xlf and *.po)
    has targets that are no Spanish or English copy: skipped with a notice naming the language, as
    a file in another encoding is (review of issue 18: its French target was read as English copy,
    'gouvernement is not a word; did you mean government?')."""
    (tmp_path / "fr.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="n" source-language="es" target-language="fr-FR" datatype="plaintext"><body>\n'
        '<trans-unit id="a"><source>El gobierno lo confirmó.</source><target>Le gouvernement a confirmé.</target>'
        '</trans-unit>\n</body></file></xliff>\n', encoding="utf-8")
    (tmp_path / "de.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n\n'
        'msgid "El gobierno lo confirmó."\nmsgstr "Die Regierung hat es bestätigt."\n', encoding="utf-8")
    (tmp_path / "story.xlf").write_bytes(xliff1())
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--glossary", str(ROOT / "glossary"),
                                       "--format", "json", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert {f["path"].rsplit("/", 1)[-1] for f in json.loads(result.stdout)["findings"]} == {"story.xlf"}
    assert f"{tmp_path / 'fr.xlf'}: translates into 'fr', and xlate checks Spanish and English copy; skipped" \
        in result.stderr
    assert f"{tmp_path / 'de.po'}: translates into 'de'" in result.stderr
