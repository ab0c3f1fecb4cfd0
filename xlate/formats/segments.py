"""Bilingual segment files (XLIFF 1.2 and 2.x, gettext PO, TMX), read through translate-toolkit.

translate-toolkit (the library of the Pootle and Weblate ecosystem) parses the file: its units,
their ids, source and target texts, and the languages. What this module adds is where each unit's
source and target stand in the file's own text, so a finding points at the file's line and column:
from the line translate-toolkit gives for a unit (or its <target>, <seg> element), the text between
the element's tags, or between a PO string's quotes, each unit looked for after the one before (a
file written on one line keeps every unit in its place). Inline markup (<g>, <ph/>, <mrk>, CDATA
brackets, tags written as entities), entities (&amp;) and PO escapes (\\n, \\") are blanked out of
the prose, never decoded, so offsets stay the file's. A unit whose located text does not hold the
letters translate-toolkit read (an entity declared in a DTD) is left out of the prose rather than
misplaced.

A document of such a file has the targets as its prose (what the per-document checks read, as copy
of the target language), one paragraph per unit; Segments.prose(text, "source") has the sources.
The file's pairs of source and target are checked unit by unit (xlate/lint/pairing.py), and its
units by XL703 and XL704 (xlate/rules/segment_units.py).
"""

from __future__ import annotations

import bisect
import codecs
import html
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from xlate.formats import DEFAULT_MAX_BYTES, ReadError, reason_of, undecodable_at

XML_NS = "{http://www.w3.org/XML/1998/namespace}"
CHECKED_LANGUAGES = ("es", "en", "")   # the target languages read ("": the file does not say)
# Inline markup: CDATA's brackets (its text is the unit's), tags, tags written as entities
# (&lt;b&gt;, in a <ph>), entities
_INLINE_RE = re.compile(r"<!\[CDATA\[|\]\]>|<[^>]*>|&lt;/?[A-Za-z][^&<>]{0,200}?&gt;|&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_MARKUP_RE = re.compile(r"<[^>]*>")
_PO_ESCAPE_RE = re.compile(r"\\(.)")
_NOT_LINE_BREAK_RE = re.compile(r"[^\r\n]")


@dataclass(frozen=True)
class Unit:
    """One translation unit: its id, where its source and target text stand in the file (lists of
    (start, end) offsets: a PO string may run over several lines), and the texts themselves."""
    id: str
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
    source: str
    target: str
    state: str = ""   # as the file gives it: a PO entry's fuzzy flag, an XLIFF target's or segment's state

    @property
    def start(self) -> int:
        spans = self.target_spans or self.source_spans
        return spans[0][0] if spans else 0


@dataclass(frozen=True)
class Segments:
    kind: str   # xliff, po or tmx
    source_language: str
    target_language: str
    units: tuple[Unit, ...]

    def prose(self, text: str, side: str = "target") -> str:
        """text with everything blanked but the units' targets (or sources)."""
        return _keep_only(text, [span for unit in self.units
                                 for span in (unit.target_spans if side == "target" else unit.source_spans)],
                          self.kind == "po")

    def paragraph_spans(self, prose: str) -> list[tuple[int, int]]:
        """One paragraph a unit: its target where prose holds the targets, else its source."""
        spans = []
        for unit in self.units:
            for side in (unit.target_spans, unit.source_spans):
                if side and prose[side[0][0]:side[-1][1]].strip():
                    spans.append((side[0][0], side[-1][1]))
                    break
        return sorted(spans)

    def located(self) -> tuple[list[int], list[Unit]]:
        """Where each source and target starts, in the file's order, and the unit it is of (unit_at's)."""
        return self._starts, [unit for _, unit in self._spans]

    def unit_at(self, offset: int) -> Unit | None:
        """The unit whose source or target holds offset, else the last one before it."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._spans[i][1] if i >= 0 else None

    @cached_property
    def _spans(self) -> list[tuple[int, Unit]]:
        """(start, unit) of every source and target, in the file's order."""
        return sorted(((side[0][0], unit) for unit in self.units for side in (unit.source_spans, unit.target_spans)
                       if side), key=lambda item: item[0])

    @cached_property
    def _starts(self) -> list[int]:
        return [start for start, _ in self._spans]


WRITABLE = False   # a fix inside a segment would need the format's escaping: reported, not written
LABELS = {"xliff": "XLIFF", "po": "gettext PO", "tmx": "TMX"}
_XML_ROOT_RE = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:[\w.-]+:)?(\w+)", re.S)


def kind_of(text: str) -> str:
    """xliff, tmx or po: an XML file's root element says which; anything else is read as PO."""
    root = _XML_ROOT_RE.match(text[:4096])
    return ("tmx" if root.group(1) == "tmx" else "xliff") if root else "po"


def decode(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bool]:
    """The file's text, in the encoding it declares (an XML declaration's encoding, a PO header's
    charset), else UTF-8; ReadError (exit 2) for an encoding Python does not know or bytes that are
    not in it."""
    from xlate.formats.text import decode as decode_text
    declared = _declared_encoding(data)
    if declared is None:
        text, bom = decode_text(data, path)
    else:
        text, bom = _decoded_as(data, path, declared), False
    try:
        checked_language(text, path)
    except ImportError:
        raise ReadError(path, f"reading {_label(path, text)} files needs the formats extra: "
                              "pip install 'xlate[formats]'") from None
    except ReadError as exc:
        if not exc.damaged:
            raise
        raise ReadError(path, exc.reason.replace(LABELS[kind_of(text)], _label(path, text), 1), damaged=True) from None
    return text, bom


_XML_ENCODING_RE = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_PO_CHARSET_RE = re.compile(rb'^"Content-Type:[^"\n]*?charset=([A-Za-z0-9._:-]+)', re.M | re.I)
_PO_HEADER_REACH = 65536   # the header is the file's first entry
_XML_DECLARED_RE = re.compile(r"\A(\ufeff?\s*<\?xml\s[^>]*?\bencoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)")
_PO_DECLARED_RE = re.compile(r'^("Content-Type:[^"\n]*?charset=)([A-Za-z0-9._:-]+)', re.M | re.I)


def _declared_encoding(data: bytes) -> str | None:
    """The encoding a segment file declares, when it is not UTF-8 (nor a PO template's "CHARSET")."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        declared = _XML_ENCODING_RE.match(data)
    else:
        declared = _PO_CHARSET_RE.search(data, 0, _PO_HEADER_REACH)
    if not declared:
        return None
    name = declared.group(1).decode("ascii")
    if name.upper() == "CHARSET":
        return None
    try:
        return None if codecs.lookup(name).name in ("utf-8", "utf-8-sig") else name
    except LookupError:
        return name   # _decoded_as says it is unknown


def _decoded_as(data: bytes, path: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise ReadError(path, f"declares the encoding {encoding!r}, which is not one Python knows; convert it to "
                              "UTF-8 to check it (iconv -t UTF-8)", damaged=True) from None
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"not valid {encoding}, the encoding it declares ({undecodable_at(data, exc)}); "
                              "correct its declaration or convert it to UTF-8", damaged=True) from None


def _as_utf8(kind: str, text: str) -> bytes:
    """The file's text for its parser, encoded as UTF-8 and declaring it (its lines unchanged)."""
    declared = _PO_DECLARED_RE if kind == "po" else _XML_DECLARED_RE
    return declared.sub(lambda m: m.group(1) + "UTF-8", text, count=1).encode("utf-8")


def _label(path: str, text: str) -> str:
    """What the file is said to be: by its name, else by its content."""
    suffix = path.rsplit(".", 1)[-1].lower()
    return {"po": LABELS["po"], "tmx": LABELS["tmx"], "xlf": LABELS["xliff"], "xliff": LABELS["xliff"]}.get(
        suffix, LABELS[kind_of(text)])


def prose(text: str) -> str:
    return units(text).prose(text)


def paragraph_spans(text: str, prose: str) -> list[tuple[int, int]]:
    return units(text).paragraph_spans(prose)


def read_text(text: str) -> tuple[str, None]:
    """The text as written, from the file or from memory (the Python API, an editor's buffer); the
    same ReadError as decode for a file translating into another language (docs/decisions.md)."""
    checked_language(text)
    return text, None


def declared_language(text: str) -> str | None:
    """The target language the file declares, when xlate checks copy in it."""
    language = units(text).target_language
    return language if language in ("es", "en") else None


def checked_language(text: str, path: str = "") -> str:
    """The file's target language ("" when it does not say); ReadError (skipped, not damaged) when
    it is not one xlate checks: a French or German translation's targets are no copy xlate reads."""
    target = units(text).target_language
    if target not in CHECKED_LANGUAGES:
        raise ReadError(path, f"translates into {target!r}, and xlate checks Spanish and English copy; skipped")
    return target


def units(text: str) -> Segments:
    """The file's units; ReadError (damaged, without a path) for a file translate-toolkit refuses."""
    kind = kind_of(text)
    try:
        return segments(kind, text)
    except ImportError:
        raise
    except Exception as exc:   # translate-toolkit raises what its parsers raise (lxml, ValueError...)
        raise ReadError("", f"not a readable {LABELS[kind]} file ({reason_of(exc)}); not checked",
                        damaged=True) from None


@lru_cache(maxsize=8)
def segments(kind: str, text: str) -> Segments:
    store = _store(kind, _as_utf8(kind, text))
    lines = _line_starts(text)
    source_language, target_language = _languages(kind, store)
    units, cursor = [], 0   # units stand in the file in the store's order: each is looked for after the last
    for unit in store.units:
        if unit.isheader() or unit.isobsolete() or not (unit.source or "").strip():
            continue
        source_spans, target_spans, cursor = _locate(kind, unit, text, lines, source_language, cursor)
        source, target = _strings(unit.source), _strings(unit.target)
        units.append(Unit(_unit_id(unit), _checked(text, source_spans, source, kind),
                          _checked(text, target_spans, target, kind), source[0], target[0], _state(kind, unit)))
    return Segments(kind, source_language, target_language, tuple(units))


def _state(kind: str, unit) -> str:
    """The unit's state as the file writes it: "fuzzy" for a PO entry flagged so, an XLIFF 1.2
    target's state attribute (needs-review-translation, translated...), an XLIFF 2 segment's
    (initial, translated, reviewed, final); "" when it gives none (TMX has none)."""
    if kind == "po":
        return "fuzzy" if unit.isfuzzy() else ""
    element = getattr(unit, "xmlelement", None)
    if kind == "tmx" or element is None:
        return ""
    if element.get("state"):   # an XLIFF 2 segment
        return element.get("state")
    target = next((child for child in element if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1] == "target"),
                  None)
    return target.get("state", "") if target is not None else ""


def _strings(value) -> list[str]:
    """A unit's source or target as its strings: a PO plural's forms, else the one text."""
    strings = getattr(value, "strings", None)
    return [str(s) for s in strings] if strings else [str(value or "")]


def _store(kind: str, data: bytes):
    if kind == "po":
        from translate.storage.po import pofile
        return pofile.parsestring(data)
    if kind == "tmx":
        from translate.storage.tmx import tmxfile
        return tmxfile.parsestring(data)
    from translate.storage.xliff import xlifffile
    try:
        return xlifffile.parsestring(data)
    except ValueError as exc:
        if "XLIFF 2" not in str(exc):
            raise
        from translate.storage.xliff2 import Xliff2File
        return Xliff2File.parsestring(data)


def _languages(kind: str, store) -> tuple[str, str]:
    source = store.getsourcelanguage() or ""
    target = store.gettargetlanguage() or ""
    if kind == "tmx" and not target:   # the language of the other variant of the first unit
        for unit in store.units:
            langs = [tuv.get(f"{XML_NS}lang", "") for tuv in unit.xmlelement.iter("tuv")]
            target = next((lang for lang in langs if lang.lower() != source.lower()), "")
            break
    return _short(source), _short(target)


def _short(language: str) -> str:
    """es-ES, es_MX -> es."""
    return re.split(r"[-_]", language)[0].lower()


def _unit_id(unit) -> str:
    """The id a translator finds in the file: the trans-unit's, the XLIFF 2 unit's (a segment has
    none of its own, mostly) or the TMX tuid; a PO entry's context and msgid."""
    element = getattr(unit, "xmlelement", None)
    for holder in (element, element.getparent() if element is not None else None):
        if holder is not None and (holder.get("id") or holder.get("tuid")):
            return holder.get("id") or holder.get("tuid")
    return str(unit.getid()).replace("\x04", " | ")


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _locate(kind, unit, text, lines, source_language, cursor):
    """(source spans, target spans, where the next unit is looked for), from the line the parser read
    the unit at but never before the end of the previous unit's: a file written on one line keeps
    every unit in its place."""
    if kind == "po":
        return _po_entry(text, max(cursor, lines[unit.line_number - 1] if unit.line_number else 0))
    element = unit.xmlelement
    opening = _opening(text, element, max(cursor, _line_of(lines, element)))
    if opening is None:
        return (), (), cursor
    cursor = opening.start()
    if kind == "tmx":   # each <tuv>'s <seg>, in the file's order
        located = []
        for tuv in element.iter("{*}tuv", "tuv"):
            seg = next(iter(tuv.iter("{*}seg", "seg")), None)
            spans, cursor = _element_text(text, seg, "seg", cursor)
            located.append((_short(tuv.get(f"{XML_NS}lang", "")), spans))
        source = next((spans for language, spans in located if language == source_language), ())
        target = next((spans for language, spans in located if language != source_language), ())
        return source, target, cursor
    spans = {}
    for child in element:   # the unit's own <source> and <target> (not those of an <alt-trans>)
        name = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if name in ("source", "target") and name not in spans:
            spans[name], cursor = _element_text(text, child, name, cursor)
    return spans.get("source", ()), spans.get("target", ()), cursor


def _line_of(lines: list[int], element) -> int:
    return lines[element.sourceline - 1] if element is not None and element.sourceline else 0


def _opening(text: str, element, start: int) -> re.Match | None:
    return _tag_re(element.tag.rsplit("}", 1)[-1], closing=False).search(text, start)


@lru_cache(maxsize=None)
def _tag_re(name: str, closing: bool) -> re.Pattern:
    if closing:
        return re.compile(rf"</(?:[\w.-]+:)?{re.escape(name)}\s*>")
    return re.compile(rf"<(?:[\w.-]+:)?{re.escape(name)}(?=[\s/>])[^>]*?(/?)>")


def _element_text(text: str, element, name: str, cursor: int) -> tuple[tuple[tuple[int, int], ...], int]:
    """Where the text of element (a <source>, a <target>, a <tuv>'s <seg>) stands, between its start
    tag and its end tag, looked for from cursor; and where the search goes on."""
    if element is None:
        return (), cursor
    opening = _opening(text, element, max(cursor, 0))
    if not opening:
        return (), cursor
    if opening.group(1):   # <target/>
        return (), opening.end()
    closing = _tag_re(name, closing=True).search(text, opening.end())
    if not closing:
        return (), opening.end()
    return ((opening.end(), closing.start()),), closing.end()


_PO_KEYWORD_RE = re.compile(r"^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+\"", re.M)
_PO_CONTINUATION_RE = re.compile(r"[ \t]*\"")


def _po_entry(text: str, start: int):
    """(msgid's strings, msgstr's strings, the entry's end) of the PO entry from start: the insides
    of the quoted strings, continuation lines included, msgid_plural with the source and every
    msgstr[n] with the target."""
    source, target, cursor = [], [], start
    head = _PO_KEYWORD_RE.search(text, start)
    while head and (not source or head.group(1) != "msgctxt" and head.group(1) != "msgid"):
        spans, cursor = _po_strings(text, head.end() - 1)
        if head.group(1) in ("msgid", "msgid_plural"):
            source += spans
        elif head.group(1).startswith("msgstr"):
            target += spans
        following = _PO_KEYWORD_RE.match(text, cursor + 1) if cursor < len(text) else None
        if not following:
            break
        head = following
    return tuple(source), tuple(target), cursor


def _po_strings(text: str, quote: int) -> tuple[list[tuple[int, int]], int]:
    """The insides of a PO string starting at the quote at quote and of its continuation lines; and
    where the last line ends."""
    spans, end = [], quote
    while True:
        close = _closing_quote(text, quote + 1)
        if close is None:
            return spans, _line_end(text, quote)
        if close > quote + 1:
            spans.append((quote + 1, close))
        end = _line_end(text, close)
        following = _PO_CONTINUATION_RE.match(text, end + 1)
        if end >= len(text) or not following:
            return spans, end
        quote = following.end() - 1


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end == -1 else end


def _closing_quote(text: str, i: int) -> int | None:
    while i < len(text) and text[i] != "\n":
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    return None


def _checked(text: str, spans, expected: list[str], kind: str) -> tuple[tuple[int, int], ...]:
    """spans, when they hold the letters translate-toolkit read there (markup and entities set
    aside on both sides); else none: a unit is left out of the prose rather than misplaced."""
    po = kind == "po"
    located = "".join(_letters(_blank_inline(html.unescape(text[a:b].replace("<![CDATA[", "").replace("]]>", "")),
                                             po)) for a, b in spans)
    return tuple(spans) if located == "".join(_letters(_MARKUP_RE.sub(" ", html.unescape(e))) for e in expected) else ()


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _blank_inline(piece: str, po: bool) -> str:
    """Markup and entities as spaces, and in a PO file escapes too (the escaped character itself
    kept when it is a quote or a backslash, dropped when it is a letter: \\n)."""
    piece = _INLINE_RE.sub(lambda m: " " * len(m.group()), piece)
    return _PO_ESCAPE_RE.sub(_escape_blanked, piece) if po else piece


def _escape_blanked(match: re.Match) -> str:
    """\\n -> two spaces; \\" -> a space and the quote before a word (opening), the quote and a space after one."""
    char = match.group(1)
    if char.isalnum():
        return "  "
    following = match.string[match.end():match.end() + 1]
    return " " + char if following.isalnum() else char + " "


def _keep_only(text: str, spans, po: bool) -> str:
    """text as spaces (line breaks kept), but for spans, whose inline markup is blanked too."""
    out, done = [], 0
    for start, end in sorted(spans):
        out.append(_blank(text[done:start]))
        out.append(_blank_inline(text[start:end], po))
        done = end
    out.append(_blank(text[done:]))
    return "".join(out)


def _blank(piece: str) -> str:
    return _NOT_LINE_BREAK_RE.sub(" ", piece)
