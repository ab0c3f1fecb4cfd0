"""The input-format registry: a format is a module plus one registration, and a file of its kind is
read, checked and (when writable) fixed through it."""

from pathlib import Path

import pytest

from conftest import run_rules
from xlate import formats
from xlate.core.document import Document
from xlate.formats import InputFormat, ReadError, format_for, register
from xlate.run.fix import fix_file


@pytest.fixture
def notes_format():
    fmt = InputFormat("notes", "notes_format", (".notes",), ("*.notes",))
    register(fmt)
    yield fmt
    del formats.FORMATS["notes"]
    del formats._BY_SUFFIX[".notes"]


def test_markdown_and_plain_text_are_found_by_suffix_and_anything_else_reads_as_plain_text():
    assert format_for(Path("a.MD")).name == "markdown"
    assert format_for(Path("a.txt")).name == "text"
    assert format_for(Path("a.rst")).name == "text"
    assert formats.default_include() == ("*.md", "*.markdown", "*.txt", "*.text", "*.html", "*.htm", "*.docx",
                                         "*.odt", "*.xlf", "*.xliff", "*.po", "*.tmx")


def test_a_format_registered_twice_or_claiming_a_taken_suffix_is_refused():
    with pytest.raises(ValueError, match="registered twice"):
        register(InputFormat("markdown", "xlate.formats.markdown", (".mdz",), ()))
    with pytest.raises(ValueError, match=r"\.md already read"):
        register(InputFormat("other", "xlate.formats.markdown", (".md",), ()))


def test_a_registered_format_decides_what_is_prose(notes_format, tmp_path):
    path = tmp_path / "story.notes"
    path.write_text("% check the Cecot spelling\nThe Cecot prison opened.\n", encoding="utf-8")
    doc = Document.from_path(path)
    assert doc.format == "notes"
    assert doc.prose == " " * 26 + "\nThe Cecot prison opened.\n"
    assert [f.line for f in run_rules(doc.text, "XL102", path="doc.notes")] == [2]


def test_a_file_of_a_format_that_is_not_writable_is_never_fixed(notes_format, tmp_path):
    path = tmp_path / "story.notes"
    path.write_text("The Cecot prison opened.\n", encoding="utf-8")
    [finding] = run_rules(path.read_text(), "XL102", path=str(path))
    assert fix_file(str(path), [finding]) is None
    plain = tmp_path / "story.txt"
    plain.write_text("The Cecot prison opened.\n", encoding="utf-8")
    [finding] = run_rules(plain.read_text(), "XL102", path=str(plain))
    assert fix_file(str(plain), [finding]).after == "The CECOT prison opened.\n"


def test_a_file_a_format_cannot_decode_is_a_read_error(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Espa\xf1a\n".encode("latin-1"))
    with pytest.raises(ReadError, match="not valid UTF-8"):
        Document.from_path(path)


def test_code_blocks_are_blanked_on_their_own_lines_whatever_control_characters_stand_before():
    from xlate.formats.markdown import without_code_blocks
    text = "Intro\x0cwith a form feed.\n\n- item\n\n      recieve_code()\n\nThe end.\n"
    blanked = without_code_blocks(text)
    assert blanked.split("\n")[4].strip() == "" and "recieve_code" not in blanked
    assert blanked.split("\n")[0] == "Intro\x0cwith a form feed." and len(blanked) == len(text)
