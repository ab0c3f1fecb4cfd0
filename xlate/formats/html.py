"""HTML pages: the prose of a page, read with the standard library's HTML parser (html.parser).

Not prose, blanked character for character: tags with their attributes, comments, declarations,
and the bodies of script, style, code, pre, template, textarea, svg, math and noscript. A block
tag (p, li, td, h1...) leaves a "|" in the prose where it stood, so a heading and the paragraph
after it, or two table cells, are not read as one sentence or one name.

A lang attribute says the language of what its element holds (lang="es" in an English page: a
Spanish quotation; <html lang="en">: the page's own, as NAME.en.md says a Markdown file's), where
the words would otherwise decide.

Entities are decoded (&iacute; is í, &nbsp; a no-break space), so the words are those a reader
sees ("recib&iacute;" is no typo "iacute"). The text keeps the file's lines: an entity's character
takes the entity's place and the characters it saved are added as spaces at the end of its line,
so a finding's line is the file's; read_text() gives the Document a FileMap that maps its columns
back to the file's (after "&iacute;", a column of text is seven columns of the file further on).
A page read from a file and one given as text (the Python API, an editor's buffer) are read alike. &lt;, &gt;
and &amp; stay as written (decoded, they would read as markup) and are blanked. Since the text is
decoded, --fix leaves HTML files alone.
"""

from __future__ import annotations

import bisect
import codecs
import html
import re
from functools import lru_cache
from html.parser import HTMLParser

from xlate.formats import DEFAULT_MAX_BYTES, FileMap, ReadError, undecodable_at
from xlate.formats.text import decode as decode_text, mask_non_prose

WRITABLE = False
NOT_PROSE = frozenset({"script", "style", "code", "pre", "template", "textarea", "svg", "math", "noscript"})
BLOCKS = frozenset("""p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd td th tr table thead tbody tfoot caption br hr
section article header footer aside nav main blockquote figure figcaption title address details summary form
fieldset legend label option select button""".split())
SELF_CLOSING = frozenset("p li dt dd tr td th option".split())   # closed by the next one's start tag
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())   # never closed
BOUNDARY = "|"   # a sentence end to the checks; never part of a word
KEPT_AS_WRITTEN = frozenset("<>&")
# Written as entities inside words (Un&shy;known): decoded to nothing, so the word stays whole
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"), None)
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*\n")   # a blank line inside a block still parts paragraphs


class _Spans(HTMLParser):
    """Where the markup, the non-prose bodies and the entities of a page are, by offset."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.markup: list[tuple[int, int, bool]] = []    # (start, end, ends a block)
        self.entities: list[tuple[int, int, str]] = []   # (start, end, decoded)
        self.hidden: list[tuple[int, int]] = []
        self._open_hidden: list[tuple[str, int]] = []    # open non-prose elements: (tag, where the body starts)
        self.languages: list[tuple[int, int, str]] = []  # (start, end, language) of each element with a lang
        self._open_languages: list[tuple[str, int, str]] = []   # open ones: (tag, where the body starts, language)
        self.root_language: str | None = None            # <html lang="...">, es or en

    @classmethod
    @lru_cache(maxsize=4)   # prose() and paragraph_spans() read the same page, one after the other
    def of(cls, text: str) -> "_Spans":
        spans = cls(text)
        spans.feed(text)
        spans.close()
        return spans

    def here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _until(self, start: int, closer: str = ">") -> int:
        end = self.text.find(closer, start)
        return len(self.text) if end == -1 else end + len(closer)

    def _tag(self, tag: str) -> int:
        start = self.here()
        raw = self.get_starttag_text() or ""
        end = start + len(raw) if raw else self._until(start)
        self.markup.append((start, end, tag in BLOCKS))
        return end

    def handle_starttag(self, tag, attrs):
        if tag in SELF_CLOSING and self._open_languages and self._open_languages[-1][0] == tag:
            self.handle_endtag(tag, markup=False)   # <p lang="es">...<p>: the first paragraph ends here
        end = self._tag(tag)
        if tag in NOT_PROSE:
            self._open_hidden.append((tag, end))
        language = next((value for name, value in attrs if name in ("lang", "xml:lang") and value is not None), None)
        if language is not None and tag not in VOID:
            self._open_languages.append((tag, end, language))
            if tag == "html":
                self.root_language = _short(language)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag)

    def handle_endtag(self, tag, markup: bool = True):
        start = self.here()
        if markup:
            self.markup.append((start, self._until(start), tag in BLOCKS))
        if markup and self._open_hidden and self._open_hidden[-1][0] == tag:
            self.hidden.append((self._open_hidden.pop()[1], start))
        opened = [i for i, (name, _, _) in enumerate(self._open_languages) if name == tag]
        if opened:   # the element closes, with any left open inside it (a <p> never closed)
            for _, body, language in self._open_languages[opened[-1]:]:
                self.languages.append((body, start, language))
            del self._open_languages[opened[-1]:]

    def handle_comment(self, data):
        start = self.here()
        self.markup.append((start, self._until(start, "-->"), False))

    def handle_decl(self, decl):
        start = self.here()
        self.markup.append((start, self._until(start), False))

    handle_pi = handle_decl

    def unknown_decl(self, data):
        start = self.here()
        self.markup.append((start, self._until(start, "]]>" if data.startswith("CDATA[") else ">"), False))

    def _entity(self, name: str, prefix: str):
        start = self.here()
        end = start + len(prefix) + len(name)
        end += self.text.startswith(";", end)
        self.entities.append((start, end, html.unescape(self.text[start:end])))

    def handle_entityref(self, name):
        self._entity(name, "&")

    def handle_charref(self, name):
        self._entity(name, "&#")

    def close(self):
        super().close()
        self.hidden += [(start, len(self.text)) for _, start in self._open_hidden]   # never closed
        self.languages += [(start, len(self.text), language) for _, start, language in self._open_languages]

    def language_at(self, offset: int) -> str | None:
        """The language the innermost element holding offset declares (lang="es", "en-US"): es, en,
        or None (none declared, or another language)."""
        holding = [(start, language) for start, end, language in self.languages if start <= offset < end]
        return _short(max(holding)[1]) if holding else None

    def outside_markup(self) -> list[tuple[int, int, str]]:
        """The entities of the page's text (not inside a tag, a comment or a script)."""
        covered = sorted([(a, b) for a, b, _ in self.markup] + self.hidden)
        return [e for e in self.entities if not _inside(e[0], covered)]


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """offset within one of spans (sorted by start; a span never starts inside an earlier one that
    ends after it, except a hidden body, which holds no markup the parser reports)."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1] or i >= 1 and spans[i - 1][0] <= offset < spans[i - 1][1]


def decode(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bool]:
    """The page as written: UTF-8, or, where its bytes are not UTF-8, the encoding its <meta> declares
    in its first 1024 bytes (an archive's ISO-8859-1 or windows-1252 pages; ISO-8859-1 and ASCII
    read as windows-1252, as browsers read them); read_text decodes its entities."""
    try:
        return decode_text(data, path)
    except ReadError as exc:
        declared = _META_CHARSET_RE.search(data, 0, 1024)
        if not declared or "UTF-8" not in exc.reason:   # binary, UTF-16: as for any text file
            raise
        not_utf8 = exc
    name = declared.group(1).decode("ascii")
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        raise ReadError(path, f"not valid UTF-8, and declares the encoding {name!r}, which is not one Python "
                              "knows; convert it to UTF-8 to check it") from None
    if encoding == "utf-8":
        raise not_utf8
    encoding = "cp1252" if encoding in ("latin-1", "iso8859-1", "ascii") else encoding
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"not valid {name}, the encoding it declares ({undecodable_at(data, exc)}), nor UTF-8; "
                              "convert it to UTF-8 to check it") from None


# <meta charset="iso-8859-1"> or <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
_META_CHARSET_RE = re.compile(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)


def read_text(raw: str) -> tuple[str, FileMap | None]:
    """The page with its entities decoded in place (see the module's docstring), and the FileMap
    that gives the file's columns back: the one reading of a page, from a file or from memory."""
    entities = [(start, end, value.translate(INVISIBLE)) for start, end, value in _Spans.of(raw).outside_markup()
                if not set(value) & KEPT_AS_WRITTEN]
    if not entities:
        return raw, None
    text, shifts = _decoded(raw, entities)
    return text, FileMap(column_shifts=shifts) if shifts else None


def _decoded(raw: str, entities: list[tuple[int, int, str]]) -> tuple[str, dict]:
    """raw with each entity replaced by its characters, the characters saved added as spaces at the
    end of the entity's line, so every line keeps its place; and the column shifts that makes."""
    out, done, owed, shifts = [], 0, 0, {}
    line, line_start = 1, 0
    for start, end, value in entities:
        line_end = _line_end(raw, done)
        if owed and line_end <= start:   # the previous entities' line ends before this one
            out += [raw[done:line_end], " " * owed]
            done, owed = line_end, 0
        line += raw.count("\n", line_start, start)
        line_start = raw.rfind("\n", 0, start) + 1
        out += [raw[done:start], value]
        owed += (end - start) - len(value)
        done = end
        shifts.setdefault(line, []).append((start - line_start + 1 - (owed - (end - start) + len(value)) + len(value), owed))
    line_end = _line_end(raw, done)
    out += [raw[done:line_end], " " * owed, raw[line_end:]]
    return "".join(out), shifts


def _line_end(raw: str, offset: int) -> int:
    """Where the line holding offset ends: before its \r\n or \n, or at the end of the text."""
    end = raw.find("\n", offset)
    if end == -1:
        return len(raw)
    return end - 1 if raw[end - 1:end] == "\r" else end


def prose(text: str) -> str:
    spans = _Spans.of(text)
    blanks = [(a, b, BOUNDARY if block else "") for a, b, block in spans.markup]
    blanks += [(a, b, "") for a, b in spans.hidden] + [(a, b, "") for a, b, _ in spans.outside_markup()]
    return mask_non_prose(_blanked(text, blanks), markdown=False)


def declared_language(text: str) -> str | None:
    """The page's language as its <html lang="..."> declares it (es or en), as a file name's .es says
    a Markdown file's: its paragraphs are in it, but where an element inside declares another."""
    return _Spans.of(text).root_language


def paragraph_spans(text: str, prose: str) -> list[tuple[int, int, str | None]]:
    """The page's paragraphs: what stands between two block tags (p, li, td, h1, br...), blank
    lines or not, so a Spanish quotation in its own <p> is a paragraph of its own language, as it
    is in Markdown; each with the language the innermost element holding it declares (lang="es"
    in an English page: a Spanish paragraph), else None (the document's language decides)."""
    page = _Spans.of(text)
    cuts = sorted(point for a, b, block in page.markup if block for point in (a, b))
    bounds = [0, *cuts, len(text)]
    spans = []
    for start, end in zip(bounds[::2], bounds[1::2]):   # from a block tag's end to the next one's start
        for piece in _PARAGRAPH_BREAK_RE.split(prose[start:end]) if prose[start:end].strip() else ():
            if piece.strip():
                first = prose.index(piece, start)
                lead = len(piece) - len(piece.lstrip())
                spans.append((first + lead, first + len(piece.rstrip()), page.language_at(first + lead)))
                start = first + len(piece)
    return spans


def _short(language: str) -> str | None:
    """es-SV, en_US -> es, en; any other language -> None."""
    short = re.split(r"[-_]", language.strip())[0].lower()
    return short if short in ("es", "en") else None


def _blanked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """text with each (start, end, mark) span as spaces (line breaks kept), led by mark if it has one."""
    parts, done = [], 0
    for start, end, mark in sorted(spans):
        start = max(start, done)
        if start >= end:
            continue
        blank = "".join(c if c in "\r\n" else " " for c in text[start:end])
        parts += [text[done:start], mark + blank[1:] if mark and blank[:1] == " " else blank]
        done = end
    return "".join(parts) + text[done:]
