"""Input formats: what turns a file into a Document's text and prose.

A Document keeps two strings of the same length: `text`, the characters its findings' lines and
columns count, and `prose`, the same with everything that is not prose (code, markup, URLs, a
bilingual file's source segments) blanked out character for character, line breaks kept. An input
format says how a file's bytes become `text` and which of it is prose. It is a module that provides:

- `decode(data: bytes, path: str, max_bytes: int) -> tuple[str, bool]`: the text and whether the file
  began with a UTF-8 byte-order mark; raises `ReadError(path, reason)` for a file it cannot read, the
  reason being one a journalist can act on ("not valid UTF-8 (byte 12, line 3)..."). max_bytes
  (--max-file-size) bounds what a container format unpacks too (a .docx's XML), not only the file.
- `prose(text: str) -> str`: text with all that is not prose replaced by spaces, same length,
  every "\n" and "\r" kept, so line and column numbers hold.
- `WRITABLE: bool`: True when `text` is the file's own text, so `--fix` may write a fixed text back
  (False for a format whose text is extracted, say from a zip container).

A format may also provide, when it knows better than blank lines:

- `paragraph_spans(text, prose) -> list[(start, end)]`: where its paragraphs are (one per line of a
  .docx, one per translation unit of an XLIFF file); a span may have a third item, the language the
  file declares for that paragraph ("es", "en"; None: undeclared), as an HTML element's lang does;
- `units(text) -> Segments` (xlate/formats/segments.py): a bilingual file's translation units, with
  their ids (findings carry the id of the unit they fall in) and where each source and target stand;
  such a file's source and target are also checked as a pair, unit by unit;
- `declared_language(text) -> str | None`: the language the file says its prose is in (an XLIFF
  file's target language);
- `read_text(text) -> tuple[str, FileMap | None]`: the text a Document reads from the file's text as
  written, whether it comes from the file (after decode) or from memory (the Python API, an editor's
  buffer), with a FileMap when the two differ in places (an HTML page's entities decoded: after
  "&iacute;", a column of text is seven columns of the file further on).

`decode` may return a third item, a FileMap, when the file's text is extracted in parts (a .docx's
headers, footers and footnotes after its body: a finding there is located by part and paragraph).

and one `register(InputFormat(...))` line below: its name, its module, the file-name suffixes it
reads, and the glob patterns `xlate check` includes by default (the `include` configuration key).
A module is imported only when a file of its kind is read, so a format may import a heavy library
at the top. A file whose suffix no format claims is read as plain text. docs/architecture.md,
"Adding an input format", has the steps.
"""

from __future__ import annotations

import bisect
import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from xlate.infra.regular_file import read_regular_bytes

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
PLAIN_TEXT = "text"


class ReadError(Exception):
    """A file that cannot be checked, with a reason a journalist can act on. damaged: a file of a
    structured format (a .docx, an XLIFF file) its parser refuses, an error of the run (exit status 2),
    where a file that is not text (binary, another encoding) is skipped with a notice."""

    def __init__(self, path: str, reason: str, damaged: bool = False):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.damaged = damaged


def undecodable_at(data: bytes, exc: UnicodeDecodeError) -> str:
    """Where a file stops being text in its encoding, as an editor finds it: "byte 812, line 14"."""
    line = data.count(b"\n", 0, exc.start) + 1
    return f"byte {exc.start}, line {line}"


def reason_of(exc: Exception) -> str:
    """What a parser's exception says, on one short line (its class when it says nothing)."""
    message = str(exc).strip()
    return message.splitlines()[0][:200] if message else exc.__class__.__name__


class FileMap:
    """Where a Document's text stands in its file, when that is not line for line and column for
    column: small and picklable, so a corpus rule can locate what it found after the Document is
    gone (XL104). column_shifts: {line of text: [(column of text, columns of the file to add from
    there on)]}, an HTML page's decoded entities. parts: ((first line of text, part name), ...) in
    order, the body's name "" first: a .docx's headers, footers and footnotes follow its body, and a
    line of a part is its paragraph number within the part."""
    __slots__ = ("column_shifts", "parts", "_firsts")

    def __init__(self, column_shifts: dict[int, list[tuple[int, int]]] | None = None,
                 parts: tuple[tuple[int, str], ...] = ()):
        self.column_shifts = column_shifts or None
        self.parts = tuple(parts)
        self._firsts = [first for first, _ in self.parts]

    def __getstate__(self):
        return self.column_shifts, self.parts

    def __setstate__(self, state):
        self.__init__(*state)

    def position(self, line: int, column: int) -> tuple[int, int]:
        """The file's (line, column) of a 1-based line and column of the text."""
        shifts = self.column_shifts and self.column_shifts.get(line)
        if shifts:
            i = bisect.bisect_right(shifts, (column, float("inf"))) - 1
            column += shifts[i][1] if i >= 0 else 0
        if self.parts:
            i = bisect.bisect_right(self._firsts, line) - 1
            line -= self._firsts[max(i, 0)] - 1
        return line, column

    def text_column(self, line: int, column: int) -> int:
        """The 1-based column of text of a file's column on a line of text: the inverse of position's
        column (a column inside an entity is the column of the entity's last character)."""
        shifts = self.column_shifts and self.column_shifts.get(line)
        if not shifts:
            return column
        added, limit = 0, None
        for text_column, owed in shifts:
            if text_column + owed > column:
                limit = text_column - 1
                break
            added = owed
        column -= added
        return min(column, limit) if limit is not None else column

    def text_line(self, line: int, part: str) -> int:
        """The line of text of a part's line (a .docx footnote's paragraph number): the inverse of position's."""
        first = next((first for first, name in self.parts if name == part), 1)
        return first + line - 1

    def part(self, line: int) -> str:
        """The name of the part a line of text belongs to ("" for the body, or without parts)."""
        i = bisect.bisect_right(self._firsts, line) - 1
        return self.parts[i][1] if i >= 0 else ""


@dataclass(frozen=True)
class InputFormat:
    """A kind of file xlate reads: its name, the module that decodes it, its suffixes and what a
    folder's check includes by default."""
    name: str
    module: str                         # provides decode, prose and WRITABLE (see above)
    suffixes: tuple[str, ...]           # lower case, with the dot
    default_include: tuple[str, ...]    # glob patterns checked by default

    def implementation(self) -> ModuleType:
        return importlib.import_module(self.module)

    def decode(self, data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bool, "FileMap | None"]:
        """(the file's text as written, whether it began with a byte-order mark, its FileMap if any)."""
        text, bom, *file_map = self.implementation().decode(data, path, max_bytes)
        return text, bom, file_map[0] if file_map else None

    def prose(self, text: str) -> str:
        return self.implementation().prose(text)

    @property
    def writable(self) -> bool:
        return self.implementation().WRITABLE

    @property
    def bilingual(self) -> bool:
        """A file of translation units (XLIFF, PO, TMX): checked as a pair of sources and targets too."""
        return hasattr(self.implementation(), "units")

    def paragraph_spans(self, text: str, prose: str) -> list[tuple[int, int]] | None:
        spans = getattr(self.implementation(), "paragraph_spans", None)
        return spans(text, prose) if spans else None

    def units(self, text: str):
        units = getattr(self.implementation(), "units", None)
        return units(text) if units else None

    def read(self, text: str) -> tuple[str, "FileMap | None"]:
        """The text a Document reads, from the file's text as written (see read_text above)."""
        read_text = getattr(self.implementation(), "read_text", None)
        return read_text(text) if read_text else (text, None)

    def declared_language(self, text: str) -> str | None:
        declared = getattr(self.implementation(), "declared_language", None)
        return declared(text) if declared else None


FORMATS: dict[str, InputFormat] = {}
_BY_SUFFIX: dict[str, InputFormat] = {}


def register(fmt: InputFormat) -> None:
    if fmt.name in FORMATS:
        raise ValueError(f"input format {fmt.name!r} is registered twice")
    taken = [suffix for suffix in fmt.suffixes if suffix in _BY_SUFFIX]
    if taken:
        raise ValueError(f"input format {fmt.name!r}: {', '.join(taken)} already read by another format")
    FORMATS[fmt.name] = fmt
    _BY_SUFFIX.update(dict.fromkeys(fmt.suffixes, fmt))


def input_format(name: str) -> InputFormat:
    return FORMATS[name]


def format_for(path: Path) -> InputFormat:
    """The format that reads path, by its suffix; plain text for a suffix no format claims."""
    return _BY_SUFFIX.get(path.suffix.lower()) or FORMATS[PLAIN_TEXT]


def can_write(path: str) -> bool:
    """Whether --fix may write a fix into the file at path: its format's text is the file's own
    (Markdown, plain text), not extracted or decoded from it (a .docx, an HTML page, an XLIFF file)."""
    return format_for(Path(path)).writable


def default_include() -> tuple[str, ...]:
    return tuple(pattern for fmt in FORMATS.values() for pattern in fmt.default_include)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(str(path), f"file is {size / 2**20:.1f} MiB, over the {max_bytes / 2**20:.1f} MiB limit "
                                       "(raise it with --max-file-size); skipped")
        return read_regular_bytes(path)
    except OSError as exc:
        raise ReadError(str(path), f"cannot read: {exc.strerror or exc}") from None


register(InputFormat("markdown", "xlate.formats.markdown", (".md", ".markdown", ".mdown", ".mkd", ".mdx"),
                     ("*.md", "*.markdown")))
register(InputFormat(PLAIN_TEXT, "xlate.formats.text", (".txt", ".text"), ("*.txt", "*.text")))
register(InputFormat("html", "xlate.formats.html", (".html", ".htm", ".xhtml"), ("*.html", "*.htm")))
register(InputFormat("docx", "xlate.formats.office", (".docx",), ("*.docx",)))
register(InputFormat("odt", "xlate.formats.office", (".odt",), ("*.odt",)))
register(InputFormat("xliff", "xlate.formats.segments", (".xlf", ".xliff"), ("*.xlf", "*.xliff")))
register(InputFormat("po", "xlate.formats.segments", (".po",), ("*.po",)))
register(InputFormat("tmx", "xlate.formats.segments", (".tmx",), ("*.tmx",)))
