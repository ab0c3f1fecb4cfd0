"""scripts/build_training_text.py: the readers of each packaged format, what counts as prose of the
language, and the split by file that keeps the measured sources' held-out files out of training."""

from __future__ import annotations

import gzip
import shutil
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import build_training_text as build  # noqa: E402


@pytest.mark.parametrize("paragraph, kept", [
    ("Se ha producido un error al leer el archivo de configuración.", True),
    ("Could not read the configuration file from the disk.", False),         # untranslated
    ("Pulse el botón.", False),                                               # too short to give context
    ("${HOME}/.config/{app}/<nombre>_de_la_sesión = [valor] | por omisión", False),   # code
    ("Unable to open the file: el archivo no existe en the given path", False),   # more English than Spanish
])
def test_readable_is_prose_of_the_language(paragraph, kept):
    assert build.readable(paragraph, "es") is kept


@pytest.mark.parametrize("paragraph, kept", [
    ("It's the one whose name they're all whispering, and there is no time to lose.", True),
    ("Se ha producido un error al leer el archivo de configuración.", False),        # Spanish
    ("Run it.", False),
])
def test_readable_english_is_weighed_against_spanish(paragraph, kept):
    assert build.readable(paragraph, "en") is kept


def test_tidy_drops_accelerators_and_joins_lines():
    assert build.tidy("_Abrir el\n  archivo") == "Abrir el archivo"
    assert build.tidy("una_variable de  entorno") == "una_variable de entorno"


def write_mo(path: Path, messages: dict[str, str]) -> None:
    """A compiled gettext catalogue (the GNU .mo layout), as msgfmt writes one."""
    keys = sorted(messages)
    ids = [k.encode() for k in keys]
    strs = [messages[k].encode() for k in keys]
    start = 7 * 4 + 16 * len(keys)
    offsets, data = [], b""
    for table in (ids, strs):
        for item in table:
            offsets.append((len(item), start + len(data)))
            data += item + b"\0"
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    table = b"".join(struct.pack("ii", n, at) for n, at in offsets)
    path.write_bytes(header + table + data)


def test_catalogue_fortune_mallard_and_html_readers(tmp_path):
    mo = tmp_path / "juego.mo"
    write_mo(mo, {"": "Content-Type: text/plain; charset=UTF-8\n", "menu\x04Hello": "Hola, ¿cómo estás tú?",
                  "First one.\n\nSecond one.": "Primer párrafo.\n\nSegundo párrafo."})
    assert sorted(build.catalogue_paragraphs(mo)) == ["Hola, ¿cómo estás tú?", "Primer párrafo.", "Segundo párrafo."]
    assert sorted(build.catalogue_originals(mo)) == ["First one.", "Hello", "Second one."]   # English's text

    fortunes = tmp_path / "refranes.u8"
    fortunes.write_text("Más vale tarde que nunca.\n%\nQuien mucho abarca,\npoco aprieta.\n", encoding="utf-8")
    assert list(build.fortune_paragraphs(fortunes)) == ["Más vale tarde que nunca.", "Quien mucho abarca,\npoco aprieta.\n"]

    page = tmp_path / "ayuda.page"
    page.write_text('<page xmlns="http://projectmallard.org/1.0/"><title>T</title>'
                    '<p>Pulse <gui>Aceptar</gui> para guardar.</p></page>', encoding="utf-8")
    assert list(build.mallard_paragraphs(page)) == ["Pulse Aceptar para guardar."]

    html = tmp_path / "guia.es.html"
    html.write_text("<html><body><p>Ejecute <code>apt update</code> antes de instalar.</p><pre>no</pre>"
                    "<ul><li>Un elemento de la lista</li></ul></body></html>", encoding="utf-8")
    assert [" ".join(p.split()) for p in build.html_paragraphs(html)] == ["Ejecute antes de instalar.",
                                                                          "Un elemento de la lista"]


def test_gather_holds_out_every_nth_file_of_a_measured_source(tmp_path, monkeypatch):
    root = tmp_path / "unpacked"
    prose = "Esta es una frase de prueba que se lee como prosa en español y no como código.\n%\n"
    for n in range(1, 5):
        for folder in ("measured", "other"):
            path = root / folder / f"f{n}.u8"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(prose * n, encoding="utf-8")
    (root / "other" / "vacío.u8").write_text("Too short.\n", encoding="utf-8")
    monkeypatch.setitem(build.SOURCES, "es", [
        build.Source("measured", "measured/*.u8", build.fortune_paragraphs, "test", measured=True),
        build.Source("other", "other/*.u8", build.fortune_paragraphs, "test")])
    out = tmp_path / "out"
    counts = build.gather("es", [root], out, hold_out=2)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt")) == [
        "held-out/measured/f2.txt", "held-out/measured/f4.txt", "train/measured/f1.txt", "train/measured/f3.txt",
        "train/other/f1.txt", "train/other/f2.txt", "train/other/f3.txt", "train/other/f4.txt"]
    words = len(prose.split()) - 1     # the "%" line is no word
    assert counts == {"measured": (4, 4 * words, 2), "other": (4, 10 * words, 0)}
    assert (out / "train" / "measured" / "f3.txt").read_text(encoding="utf-8").count("\n") == 3


def test_a_left_out_pair_drops_its_sentences_and_splits_the_paragraph():
    paragraphs = ["Y dijo Dios que era bueno. Aún no llovía sobre la tierra. Y vio la luz del día entero.",
                  "Esto no cambia nada para ellos. Ni aun Salomón se vistió así."]
    assert build.without_words(paragraphs, frozenset({"aun", "aún"})) == [
        "Y dijo Dios que era bueno.", "Y vio la luz del día entero.", "Esto no cambia nada para ellos."]
    assert build.without_words(paragraphs, frozenset()) == paragraphs
    assert build.without_words(["Aunque llueva, iremos al campo con ellos."], frozenset({"aun"})) == \
        ["Aunque llueva, iremos al campo con ellos."]      # a word, not a part of one


def test_gather_leaves_a_sources_pairs_out_and_no_other_source_s(tmp_path, monkeypatch):
    root = tmp_path / "unpacked"
    text = "Y el pueblo esperó aún siete días en la llanura. Y el pueblo volvió a su casa en paz.\n%\n"
    for folder in ("old", "new"):
        (root / folder).mkdir(parents=True)
        (root / folder / "f.u8").write_text(text, encoding="utf-8")
    why = build.LeftOut("aun|aún", "accented by the old rule")
    monkeypatch.setitem(build.SOURCES, "es", [
        build.Source("old", "old/*.u8", build.fortune_paragraphs, "test", leave_out=(why,)),
        build.Source("new", "new/*.u8", build.fortune_paragraphs, "test")])
    build.gather("es", [root], tmp_path / "out", hold_out=0)
    assert (tmp_path / "out/train/old/f.txt").read_text(encoding="utf-8") == "Y el pueblo volvió a su casa en paz.\n"
    assert "aún" in (tmp_path / "out/train/new/f.txt").read_text(encoding="utf-8")


def test_the_1909_bible_gives_no_aun_examples():
    bible = next(source for source in build.SOURCES["es"] if source.name == "reina-valera")
    assert build.left_out_words(bible) == {"aun", "aún"}


@pytest.mark.skipif(shutil.which("man") is None, reason="man-db is not installed")
def test_man_pages_are_read_by_man(tmp_path):
    page = tmp_path / "prueba.1.gz"
    with gzip.open(page, "wt", encoding="utf-8") as out:
        out.write('.TH PRUEBA 1\n.SH NOMBRE\nprueba \\- un programa de ejemplo\n.SH DESCRIPCIÓN\n'
                  'Este programa no hace nada, pero lo hace muy bien y sin errores.\n')
    paragraphs = [p.strip() for p in build.man_paragraphs(page)]
    assert "Este programa no hace nada, pero lo hace muy bien y sin errores." in paragraphs


def test_modern_spelling_of_text_printed_before_1959():
    assert build.modern_spelling("Y llamó Dios á la luz Día, y fué así; Á él le dió pan ó vino.") == \
        "Y llamó Dios a la luz Día, y fue así; A él le dio pan o vino."
    assert build.modern_spelling("Dijo que quizá irá allá.") == "Dijo que quizá irá allá."     # accents within words stay


def test_sword_reader_unpacks_each_block_and_drops_the_markup(tmp_path):
    import zlib
    blocks = ['<title type="main">Génesis</title><div type="x-p" sID="p1"/><w lemma="strong:H1">EN el principio</w> '
              '<w lemma="strong:H2">crió</w> Dios <note>una nota</note>los cielos.',
              '<chapter n="2" sID="Gen.2"/>Y vió Dios que la luz era buena.<div type="x-p" sID="p2"/>Y dijo á Moisés.']
    data, index = b"", b""
    for block in blocks:
        packed = zlib.compress(block.encode())
        index += struct.pack("<III", len(data), len(packed), len(block.encode()))
        data += packed
    (tmp_path / "ot.bzz").write_bytes(data)
    (tmp_path / "ot.bzs").write_bytes(index)
    paragraphs = [" ".join(p.split()) for p in build.sword_paragraphs(tmp_path / "ot.bzz")]
    assert [p for p in paragraphs if p] == ["EN el principio crió Dios los cielos.", "Y vio Dios que la luz era buena.",
                                            "Y dijo a Moisés."]
