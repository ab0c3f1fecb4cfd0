"""CSV and TSV glossaries: one row per concept, the columns of the native format (docs/glossary.md).

A cell lists terms separated by "|". A term may carry its type in brackets
and a note in braces: `Detention Center Against Terrorism {a paraphrase}`,
`INE [acronym]`. A backslash makes the next character literal (\\| \\[ \\] \\{ \\} \\\\),
so any text survives a round trip. Only `es` and `en` columns are needed;
a missing id is made from the preferred term.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import regex

from xlate.glossary.layout import KEY_NAMES, KEYS, Key, default_type, layout
from xlate.glossary.model import TERM_TYPES, Concept, GlossaryError, Term, shown, slug, validate_concept
from xlate.infra.regular_file import read_regular_bytes

SUFFIXES = (".csv", ".tsv")
COLUMNS = ("id", "es", "es_admitted", "es_deprecated", "en", "en_admitted", "en_deprecated", "abbr", "es_abbr",
           "keep_spanish", "category", "note")
_LANGUAGE_HEADER = regex.compile(r"(es|en)[-_][a-z0-9]{2,3}|(spanish)|(english)")
_TRUE, _FALSE = {"true", "yes", "1", "x"}, {"false", "no", "0", ""}
_SPECIAL = "\\|[]{}"


def delimiter_for(path: Path) -> str:
    return "\t" if path.suffix.lower() == ".tsv" else ","


# --- cells -----------------------------------------------------------------------------------

def escape(text: str) -> str:
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def format_cell(terms: list[Term], key: Key) -> str:
    items = []
    for term in terms:
        item = escape(term.text)
        if term.type != default_type(key, term.text):
            item += f" [{term.type}]"
        if term.note:
            item += " {" + escape(term.note) + "}"
        items.append(item)
    return " | ".join(items)


class _Item:
    def __init__(self):
        self.parts = {"text": [], "type": [], "note": []}
        self.seen: set[str] = set()

    def value(self, part: str) -> str:
        return "".join(self.parts[part])


def parse_cell(cell: str, where: str) -> list[tuple[str, str, str]]:
    """'a | b [acronym] {why}' -> [(text, type, note)], type '' where the column decides."""
    if not cell.strip():
        return []
    items, item, part, chars = [], _Item(), "text", iter(cell)
    for char in chars:
        if char == "\\":
            escaped = next(chars, None)
            if escaped is None:
                raise GlossaryError(where, f"a backslash ends the cell {shown(cell)}")
            if part == "after":
                raise GlossaryError(where, f"text after a [type] or {{note}} in {shown(cell)} (they end a term)")
            item.parts[part].append(escaped)
        elif part in ("type", "note") and char == ("]" if part == "type" else "}"):
            item.seen.add(part)
            part = "after"
        elif part in ("type", "note"):
            item.parts[part].append(char)
        elif char == "|":
            items.append(_finish(item, where, cell))
            item, part = _Item(), "text"
        elif char in "[{" and ("type" if char == "[" else "note") not in item.seen:
            part = "type" if char == "[" else "note"
        elif part == "after" and char.isspace():
            continue
        elif part == "text" and char not in "]}[{":
            item.parts["text"].append(char)
        else:
            raise GlossaryError(where, f"unexpected {char!r} in {shown(cell)} (write \\{char} for the character itself)")
    if part in ("type", "note"):
        raise GlossaryError(where, f"unclosed {'[' if part == 'type' else '{'} in {shown(cell)}")
    items.append(_finish(item, where, cell))
    return items


def _finish(item: _Item, where: str, cell: str) -> tuple[str, str, str]:
    text, kind = item.value("text").strip(), item.value("type").strip()
    if not text:
        raise GlossaryError(where, f"empty term in {shown(cell)}")
    if kind and kind not in TERM_TYPES:
        raise GlossaryError(where, f"unknown term type {kind!r} in {shown(cell)} (use {', '.join(TERM_TYPES)})")
    return text, kind, item.value("note")


# --- rows ------------------------------------------------------------------------------------

def column_name(header: str) -> str:
    name = header.strip().lower().replace(" ", "_").replace("-", "_")
    match = _LANGUAGE_HEADER.fullmatch(name)
    if match:
        return match.group(1) or ("es" if match.group(2) else "en")
    return name


def _boolean(value: str, where: str) -> bool:
    value = value.strip().lower()
    if value not in _TRUE | _FALSE:
        raise GlossaryError(where, f"keep_spanish must be true or false, not {value!r}")
    return value in _TRUE


def concept_from_row(row: dict[str, str], where: str) -> Concept:
    terms = [Term(text, key.lang, key.status, kind or default_type(key, text), note)
             for key in KEYS for text, kind, note in parse_cell(row.get(key.name, ""), where)]
    concept = Concept(row.get("id", "").strip(), terms, _boolean(row.get("keep_spanish", ""), where),
                      row.get("category", ""), row.get("note", ""), where)
    if not concept.id and terms:
        concept.id = slug((concept.preferred("en") or concept.preferred("es") or terms[0]).text)
    validate_concept(concept)
    return concept


def parse(text: str, source: str, delimiter: str = ",") -> list[Concept]:
    # strict: a quote never closed is an error, not a field that swallows every row after it
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        header = next(reader, None)
        if not header:
            return []
        columns = _columns(header, source)
        concepts, made, line = [], [], reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                cells = _cells(row, columns, f"{source}:{line}")
                concepts.append(concept_from_row(cells, f"{source}:{line}"))
                made.append(not cells.get("id", "").strip())
            line = reader.line_num + 1
    except csv.Error as exc:
        problem = "a quoted field is never closed" if "end of data" in str(exc) else f"malformed row: {exc}"
        raise GlossaryError(f"{source}:{line}", problem) from None
    _number_made_ids(concepts, made)
    return concepts


def _columns(header: list[str], source: str) -> list[str]:
    columns = [column_name(h) for h in header]
    unknown = [h for h, c in zip(header, columns) if c not in COLUMNS]
    if unknown or len(set(columns)) < len(columns):
        problem = f"unknown column {unknown[0]!r}" if unknown else "a column appears twice"
        raise GlossaryError(f"{source}:1", f"{problem} (columns: {', '.join(COLUMNS)})")
    if not {"es", "en"} & set(columns):
        raise GlossaryError(f"{source}:1", "needs an es or an en column")
    return columns


def _cells(row: list[str], columns: list[str], where: str) -> dict[str, str]:
    if len(row) > len(columns):
        raise GlossaryError(where, f"{len(row)} fields but {len(columns)} columns")
    return dict(zip(columns, row))


def _number_made_ids(concepts: list[Concept], made: list[bool]) -> None:
    """Ids made from terms may repeat ('bank' twice) and are numbered; an id the file gives is never
    changed, so a repeated one reaches the loader, which refuses it."""
    seen: dict[str, int] = {}
    for concept, id_made in zip(concepts, made):
        if not id_made:
            continue
        seen[concept.id] = seen.get(concept.id, 0) + 1
        if seen[concept.id] > 1:
            concept.id = f"{concept.id}-{seen[concept.id]}"


def load(path: Path) -> list[Concept]:
    try:
        text = read_regular_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(str(path), f"not valid UTF-8 (byte {exc.start})") from None
    return parse(text, str(path), delimiter_for(path))


def dumps(concepts: list[Concept], delimiter: str = ",") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")   # CRLF: RFC 4180, and fields holding \r get quoted
    writer.writerow(COLUMNS)
    for concept in concepts:
        keyed = layout(concept)
        cells = {name: format_cell(keyed.get(name, []), key) for name, key in zip(KEY_NAMES, KEYS)}
        cells.update(id=concept.id, keep_spanish="true" if concept.keep_spanish else "",
                     category=concept.category, note=concept.note)
        writer.writerow([cells[c] for c in COLUMNS])
    return out.getvalue()


def from_text(text: str, path: Path) -> list[Concept]:
    return parse(text, str(path), delimiter_for(path))


def to_text(concepts: list[Concept], path: Path, previous: str | None = None) -> str:
    return dumps(concepts, delimiter_for(path))
