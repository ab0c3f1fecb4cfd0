"""xlate's own glossary format: TOML, one [[concept]] table per concept (schema: docs/glossary.md).

Reading uses tomllib; writing uses tomlkit and edits the user's document in
place, so comments, key order and concept order survive an add or an edit.
tomlkit is imported only to write: every check reads the project glossary.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from xlate.glossary.layout import KEY_NAMES, KEYS, Key, default_type, layout
from xlate.glossary.model import LANGUAGES, TERM_TYPES, Concept, Detail, GlossaryError, Record, Term, Transaction, validate_concept
from xlate.infra.regular_file import read_regular_bytes
from xlate.infra.tomlfile import parse_toml

if TYPE_CHECKING:
    from tomlkit.items import Table

SUFFIXES = (".toml",)
_CONCEPT_KEYS = ("id", "category", "note", "keep_spanish", "details", "history", "languages")
_TERM_KEYS = {"term", "note", "type", "part_of_speech", "details", "history"}
# Details and history entries (see Detail and Transaction in model.py), as TOML tables.
_DETAIL_KEYS = {"category": "category", "value": "value", "target": "target", "source": "source"}
_HISTORY_KEYS = {"type": "type", "date": "date", "by": "responsibility", "by_id": "target"}
_KNOWN_KEYS = set(_CONCEPT_KEYS) | set(KEY_NAMES)
_CONCEPT_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*concept[ \t]*\]\]", re.M)   # ASCII: re matches as regex did


def _concept_lines(text: str) -> list[int]:
    """Line number of each [[concept]] header, counting newlines once through the text."""
    lines, line, last = [], 1, 0
    for m in _CONCEPT_HEADER.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        lines.append(line)
    return lines


def _terms(value, key: Key, where: str) -> list[Term]:
    items = value if isinstance(value, list) else [value]
    terms = []
    for item in items:
        if isinstance(item, str):
            terms.append(Term(item, key.lang, key.status, default_type(key, item)))
        elif isinstance(item, dict) and isinstance(item.get("term"), str):
            unknown = set(item) - _TERM_KEYS
            if unknown:
                raise GlossaryError(where, f"unknown key {sorted(unknown)[0]!r} in a term table")
            if not isinstance(item.get("note", ""), str) or not isinstance(item.get("type", ""), str):
                raise GlossaryError(where, f"a term's note and type are strings, not {item!r}")
            kind = item.get("type") or default_type(key, item["term"])
            if kind not in TERM_TYPES:
                raise GlossaryError(where, f"unknown term type {kind!r} (use {', '.join(TERM_TYPES)})")
            terms.append(Term(item["term"], key.lang, key.status, kind, str(item.get("note", "")),
                              str(item.get("part_of_speech", "")), record_from(item, where)))
        else:
            raise GlossaryError(where, f"expected a term (a string or {{term = \"...\", note = \"...\"}}), got {item!r}")
    return terms


def _entries(table: dict, name: str, keys: dict[str, str], make, where: str) -> list:
    items = table.get(name, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise GlossaryError(where, f"{name} must be a list of tables ({{{', '.join(keys)} = \"...\"}})")
    for item in items:
        unknown = set(item) - set(keys)
        if unknown:
            raise GlossaryError(where, f"unknown key {sorted(unknown)[0]!r} in {name} (known: {', '.join(keys)})")
    return [make(**{keys[k]: str(v) for k, v in item.items()}) for item in items]


def record_from(table: dict, where: str) -> Record | None:
    """The details and history of a concept, language or term table; None when it has neither."""
    record = Record(_entries(table, "details", _DETAIL_KEYS, Detail, where),
                    _entries(table, "history", _HISTORY_KEYS, Transaction, where))
    if any(not d.category for d in record.details) or any(not t.type for t in record.transactions):
        raise GlossaryError(where, "every details entry needs a category and every history entry a type")
    return record or None


def _languages(value, where: str) -> dict[str, Record] | None:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise GlossaryError(where, "languages must be a table of language tables (languages.en = {details = [...]})")
    for lang, table in value.items():
        if set(table) - {"details", "history"}:
            raise GlossaryError(where, f"unknown key {sorted(set(table) - {'details', 'history'})[0]!r} in languages.{lang}")
    records = {lang: record_from(table, where) for lang, table in value.items()}
    return {lang: record for lang, record in records.items() if record} or None


def concept_from_table(table: dict, where: str) -> Concept:
    if not isinstance(table.get("id"), str):
        raise GlossaryError(where, "every [[concept]] needs an id = \"...\"")
    unknown = set(table) - _KNOWN_KEYS
    if unknown:
        raise GlossaryError(where, f"unknown key {sorted(unknown)[0]!r} (known keys: {', '.join(sorted(_KNOWN_KEYS))})")
    terms = [term for key in KEYS if key.name in table for term in _terms(table[key.name], key, where)]
    keep = table.get("keep_spanish", False)
    if not isinstance(keep, bool):
        raise GlossaryError(where, "keep_spanish must be true or false")
    concept = Concept(table["id"], terms, keep, str(table.get("category", "")), str(table.get("note", "")), where,
                      record_from(table, where), _languages(table.get("languages", {}), where))
    validate_concept(concept)
    return concept


def parse(text: str, source: str) -> list[Concept]:
    data = parse_toml(text, source, lambda message: GlossaryError("", message))
    tables = data.get("concept", [])
    if set(data) - {"concept"}:
        raise GlossaryError(source, f"unknown top-level key {sorted(set(data) - {'concept'})[0]!r}; "
                                    "entries go in [[concept]] tables")
    if not isinstance(tables, list):
        raise GlossaryError(source, "'concept' must be an array of tables ([[concept]])")
    lines = _concept_lines(text)
    for i, table in enumerate(tables):
        if not isinstance(table, dict):
            raise GlossaryError(f"{source}:{lines[i] if i < len(lines) else '?'}",
                                f"'concept' must be an array of tables ([[concept]]), not of {type(table).__name__}")
    return [concept_from_table(t, f"{source}:{lines[i] if i < len(lines) else '?'}") for i, t in enumerate(tables)]


def load(path: Path) -> list[Concept]:
    try:
        text = read_regular_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(str(path), f"not valid UTF-8 (byte {exc.start})") from None
    return parse(text, str(path))


# --- writing ---------------------------------------------------------------------------------

def _term_value(term: Term, key: Key):
    """A bare string where the key's defaults say it all, else {term, type?, note?, part_of_speech?,
    details?, history?}."""
    if term.type == default_type(key, term.text) and not (term.note or term.part_of_speech or term.record):
        return term.text
    import tomlkit
    table = tomlkit.inline_table()
    table["term"] = term.text
    if term.type != default_type(key, term.text):
        table["type"] = term.type
    if term.note:
        table["note"] = term.note
    if term.part_of_speech:
        table["part_of_speech"] = term.part_of_speech
    table.update(record_values(term.record))
    return table


def _entry_values(entry, keys: dict[str, str]) -> dict:
    return {name: getattr(entry, attr) for name, attr in keys.items() if getattr(entry, attr)}


def record_values(record: Record | None) -> dict:
    """details and history as TOML arrays of inline tables (each on its own line when they are long)."""
    if not record:
        return {}
    import tomlkit
    values = {}
    for name, entries, keys in (("details", record.details, _DETAIL_KEYS), ("history", record.transactions, _HISTORY_KEYS)):
        if entries:
            array = tomlkit.array()
            for entry in entries:
                table = tomlkit.inline_table()
                table.update(_entry_values(entry, keys))
                array.append(table)
            values[name] = array.multiline(len(entries) > 1 or len(str(array)) > 80)
    return values


def _key_value(name: str, terms: list[Term]):
    key = next(k for k in KEYS if k.name == name)
    values = [_term_value(t, key) for t in terms]
    if name in ("es", "en") and len(values) == 1 and isinstance(values[0], str):
        return values[0]
    import tomlkit
    array = tomlkit.array()
    array.extend(values)
    if sum(len(str(v)) for v in values) > 80:
        array.multiline(True)
    return array


def concept_values(concept: Concept) -> dict:
    """The concept as TOML values, keys in the order a new table gets them."""
    values = {"id": concept.id}
    if concept.category:
        values["category"] = concept.category
    if concept.note:
        values["note"] = concept.note
    if concept.keep_spanish:
        values["keep_spanish"] = True
    values.update(record_values(concept.record))
    if concept.languages:
        import tomlkit
        languages = tomlkit.inline_table()
        for lang, record in sorted(concept.languages.items(), key=lambda item: (item[0] not in LANGUAGES, item[0])):
            table = tomlkit.inline_table()
            table.update(record_values(record))
            languages[lang] = table
        values["languages"] = languages
    values.update({name: _key_value(name, terms) for name, terms in layout(concept).items()})
    return values


def _new_table(concept: Concept) -> Table:
    import tomlkit
    table = tomlkit.table()
    table.trivia.indent = "\n"   # a blank line before [[concept]], as people write them
    for key, value in concept_values(concept).items():
        table[key] = value
    return table


def _update_table(table: Table, concept: Concept) -> None:
    """Change only what differs, so the table's comments and key order stay."""
    values = concept_values(concept)
    for key in [k for k in table if k not in values]:
        del table[key]
    for key, value in values.items():
        if key not in table or _plain(table[key]) != _plain(value):
            table[key] = value


def _plain(value):
    return value.unwrap() if hasattr(value, "unwrap") else value


def dumps(concepts: list[Concept]) -> str:
    return update("# xlate glossary (schema: docs/glossary.md)\n", concepts)


def update(text: str, concepts: list[Concept]) -> str:
    """text with its [[concept]] tables made equal to concepts, matched by id: changed tables edited in
    place, new ones appended, missing ones removed."""
    import tomlkit
    from tomlkit.items import AoT
    document = tomlkit.parse(text)
    if "concept" not in document:
        document.append("concept", AoT([]))
    tables: AoT = document["concept"]
    wanted = {c.id: c for c in concepts}
    for index in reversed(range(len(tables))):
        if tables[index].get("id") not in wanted:
            del tables[index]
    present = {table.get("id"): table for table in tables}
    for concept in concepts:
        if concept.id in present:
            _update_table(present[concept.id], concept)
        else:
            tables.append(_new_table(concept))
    return tomlkit.dumps(document)


def from_text(text: str, path: Path) -> list[Concept]:
    return parse(text, str(path))


def to_text(concepts: list[Concept], path: Path, previous: str | None = None) -> str:
    return update(previous, concepts) if previous is not None else dumps(concepts)
