"""Word-processor documents: .docx (python-docx) and .odt (odfpy), read paragraph by paragraph.

These files have no lines, so a document's text is its paragraphs one per line, in the order they
stand (table cells where the file has them): a finding's line is the paragraph's number (empty
paragraphs count, as the word processor counts them) and its column the character in it. A .docx's
or .odt's headers, footers, footnotes and endnotes follow its body, each part's paragraphs numbered from 1: a
finding there is located by the part's name (header1, footer2, footnotes, endnotes: JSON "unit",
text "(unit footnotes)") and its paragraph number in the part. The text is extracted, not the
file's own: --fix reports its fixes and leaves the file alone.

The size limit (--max-file-size) holds for what is read out of the package too, not only for the
zip: the XML parts that hold the text may unpack to at most that many bytes, and the whole package
to UNPACKED_FACTOR times that (a zip bomb is refused before any part is unpacked, with exit 2).
"""

from __future__ import annotations

import io
import re
import zipfile

from xlate.formats import DEFAULT_MAX_BYTES, FileMap, ReadError, reason_of
from xlate.formats.text import mask_non_prose

WRITABLE = False
UNPACKED_FACTOR = 10   # the whole package (pictures too) may unpack to ten times the limit
_TEXT_PART_RE = re.compile(r"\.(?:xml|rels)\Z", re.I)


def decode(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bool, FileMap | None]:
    suffix = path.rsplit(".", 1)[-1].lower()
    try:
        _check_unpacked_size(data, path, suffix, max_bytes)
        parts = odt_parts(data) if suffix == "odt" else docx_parts(data)
    except ImportError:
        raise ReadError(path, f"reading .{suffix} files needs the formats extra: pip install 'xlate[formats]'") from None
    except zipfile.BadZipFile:
        raise ReadError(path, f"not a .{suffix} file (not a zip archive); not checked", damaged=True) from None
    except ReadError:
        raise
    except Exception as exc:   # a damaged package: python-docx and odfpy raise what their XML parser raises
        raise ReadError(path, f"not a readable .{suffix} file ({reason_of(exc)}); not checked", damaged=True) from None
    lines, starts = [], []
    for name, paragraphs in parts:
        starts.append((len(lines) + 1, name))
        lines += [" ".join(p.splitlines()) for p in paragraphs]   # a break inside a paragraph: a space
    return "\n".join(lines), False, FileMap(parts=tuple(starts)) if len(starts) > 1 else None


def _check_unpacked_size(data: bytes, path: str, suffix: str, max_bytes: int) -> None:
    """ReadError (exit 2) for a package whose text parts unpack past max_bytes, or whose parts
    together unpack past UNPACKED_FACTOR times it, read from the zip's directory before anything is
    unpacked (zipfile never unpacks an entry past the size the directory gives it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        entries = package.infolist()
    text = sum(e.file_size for e in entries if _TEXT_PART_RE.search(e.filename))
    everything = sum(e.file_size for e in entries)
    limit = "(raise it with --max-file-size); not checked"
    if text > max_bytes:
        raise ReadError(path, f"its text unpacks to {text / 2**20:.1f} MiB of XML, over the {max_bytes / 2**20:.1f} "
                              f"MiB limit {limit}", damaged=True)
    if everything > UNPACKED_FACTOR * max_bytes:
        raise ReadError(path, f"unpacks to {everything / 2**20:.1f} MiB, over {UNPACKED_FACTOR} times the "
                              f"{max_bytes / 2**20:.1f} MiB limit {limit}", damaged=True)


def prose(text: str) -> str:
    return mask_non_prose(text, markdown=False)


def paragraph_spans(text: str, prose: str) -> list[tuple[int, int]]:
    """Each line is a paragraph of the file."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# The parts beside the body that hold the document's own text, in the order they follow it
_PART_KINDS = ("header", "footer", "footnotes", "endnotes")


def docx_parts(data: bytes) -> list[tuple[str, list[str]]]:
    """(part name, its paragraphs' texts) of the body ("") and of every header, footer, footnotes
    and endnotes part that holds text, in that order (header1, header2, ..., footer1, ...)."""
    import docx
    document = docx.Document(io.BytesIO(data))
    parts = [("", _paragraphs(document.element.body, document))]
    related = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind in _PART_KINDS and not rel.is_external:
            related[str(rel.target_part.partname)] = (kind, rel.target_part)
    for partname, (kind, part) in sorted(related.items(), key=lambda item: _part_order(item[1][0], item[0])):
        paragraphs = _paragraphs(_element(part), document)
        if any(p.strip() for p in paragraphs):
            parts.append((partname.rsplit("/", 1)[-1].removesuffix(".xml"), paragraphs))
    return parts


def _part_order(kind: str, partname: str) -> tuple:
    number = re.search(r"(\d+)\.xml\Z", partname)
    return _PART_KINDS.index(kind), int(number.group(1)) if number else 0, partname


def _element(part):
    """A part's XML: python-docx parses headers and footers; footnotes and endnotes it keeps as bytes."""
    element = getattr(part, "element", None)
    if element is None:
        from docx.oxml import parse_xml
        element = parse_xml(part.blob)
    return element


def _paragraphs(element, document) -> list[str]:
    """Every paragraph under element (tables' cells and text boxes included, where they stand), as
    its text. A text box is written twice, for new and old Word (mc:Choice, mc:Fallback): read once.
    The separators Word keeps among the footnotes (a footnote with a w:type) are no text."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    skipped = {p for box in element.iter(FALLBACK) for p in box.iter(qn("w:p"))}
    skipped |= {p for tag in ("w:footnote", "w:endnote") for note in element.iter(qn(tag))
                if note.get(qn("w:type")) for p in note.iter(qn("w:p"))}
    return [Paragraph(p, document).text for p in element.iter(qn("w:p")) if p not in skipped]


def odt_parts(data: bytes) -> list[tuple[str, list[str]]]:
    """(part name, its paragraphs' texts) of the body ("") and, as a .docx's, of each page style's
    headers and footers (header1, header2, ..., footer1, ...: styles.xml's master pages in order,
    left and first-page ones counted as theirs) and of the footnotes and endnotes, taken out of the
    paragraphs they stand in (odfpy's text of a paragraph would run its note's citation and text on)."""
    from odf.opendocument import load
    document = load(io.BytesIO(data))
    notes: dict[str, list[str]] = {"footnote": [], "endnote": []}
    parts = [("", _odt_paragraphs(document.text, notes))]
    numbered = {"header": 0, "footer": 0}
    for master in document.masterstyles.childNodes if document.masterstyles else ():
        for element in master.childNodes:
            kind = element.qname[1].split("-", 1)[0] if element.nodeType == element.ELEMENT_NODE else ""
            if kind in numbered:
                paragraphs = _odt_paragraphs(element, notes)
                if any(p.strip() for p in paragraphs):
                    numbered[kind] += 1
                    parts.append((f"{kind}{numbered[kind]}", paragraphs))
    parts.sort(key=lambda part: ("", "header", "footer").index(part[0].rstrip("0123456789")))
    parts += [(f"{kind}s", notes[kind]) for kind in ("footnote", "endnote") if any(p.strip() for p in notes[kind])]
    return parts


def _odt_paragraphs(element, notes: dict[str, list[str]]) -> list[str]:
    """Every paragraph and heading under element, as its text (odfpy's teletype: tabs, spaces,
    breaks), its notes' paragraphs moved to notes by their class."""
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.text import Note, NoteBody
    texts = []
    for paragraph in _walk(element):
        if paragraph.qname not in ((TEXTNS, "p"), (TEXTNS, "h")):
            continue
        for note in paragraph.getElementsByType(Note):
            kind = "endnote" if note.getAttribute("noteclass") == "endnote" else "footnote"
            for body in note.getElementsByType(NoteBody):
                notes[kind] += _odt_paragraphs(body, notes)
            note.parentNode.removeChild(note)
        texts.append(teletype.extractText(paragraph))
    return texts


def _walk(element):
    for child in element.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            yield child
            if child.qname[1] not in ("p", "h"):   # a paragraph's own children are its text
                yield from _walk(child)
