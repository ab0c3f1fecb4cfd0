"""Word-processor documents: .docx (python-docx) and .odt (odfpy), read paragraph by paragraph.

These files have no lines, so a document's text is its paragraphs one per line, in the order they
stand (table cells where the file has them): a finding's line is the paragraph's number (empty
paragraphs count, as the word processor counts them) and its column the character in it. The text
is extracted, not the file's own: --fix reports its fixes and leaves the file alone.
"""

from __future__ import annotations

import io
import zipfile

from xlate.formats import ReadError, reason_of
from xlate.formats.text import mask_non_prose

WRITABLE = False


def decode(data: bytes, path: str) -> tuple[str, bool]:
    suffix = path.rsplit(".", 1)[-1].lower()
    try:
        paragraphs = odt_paragraphs(data) if suffix == "odt" else docx_paragraphs(data)
    except ImportError:
        raise ReadError(path, f"reading .{suffix} files needs the formats extra: pip install 'xlate[formats]'") from None
    except zipfile.BadZipFile:
        raise ReadError(path, f"not a .{suffix} file (not a zip archive); not checked", damaged=True) from None
    except Exception as exc:   # a damaged package: python-docx and odfpy raise what their XML parser raises
        raise ReadError(path, f"not a readable .{suffix} file ({reason_of(exc)}); not checked", damaged=True) from None
    return "\n".join(" ".join(p.splitlines()) for p in paragraphs), False   # a break inside a paragraph: a space


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


def docx_paragraphs(data: bytes) -> list[str]:
    """Every paragraph of the body (tables' cells and text boxes included, where they stand), as its
    text. A text box is written twice, for new and old Word (mc:Choice, mc:Fallback): read once."""
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    fallback = {p for box in body.iter(FALLBACK) for p in box.iter(qn("w:p"))}
    return [Paragraph(p, document).text for p in body.iter(qn("w:p")) if p not in fallback]


def odt_paragraphs(data: bytes) -> list[str]:
    """Every paragraph and heading of the body, as its text (odfpy's teletype: tabs, spaces, breaks)."""
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load
    document = load(io.BytesIO(data))
    wanted = {(TEXTNS, "p"), (TEXTNS, "h")}
    return [teletype.extractText(e) for e in _walk(document.text) if e.qname in wanted]


def _walk(element):
    for child in element.childNodes:
        if child.nodeType == child.ELEMENT_NODE:
            yield child
            if child.qname[1] not in ("p", "h"):   # a paragraph's own children are its text
                yield from _walk(child)
