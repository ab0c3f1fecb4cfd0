"""xlate's own glossary format: TOML, one [[concept]] table per concept (schema: docs/glossary.md)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import regex

from xlate.glossary.model import Concept, GlossaryError, Term, validate_concept

SUFFIXES = (".toml",)
_STATUS_KEYS = {"": "preferred", "_admitted": "admitted", "_deprecated": "deprecated"}
_KNOWN_KEYS = {"id", "category", "note", "keep_spanish", "abbr", "es_abbr"} | {
    f"{lang}{suffix}" for lang in ("es", "en") for suffix in _STATUS_KEYS}
_CONCEPT_HEADER = regex.compile(r"^[ \t]*\[\[[ \t]*concept[ \t]*\]\]", regex.M)


def _concept_lines(text: str) -> list[int]:
    return [text.count("\n", 0, m.start()) + 1 for m in _CONCEPT_HEADER.finditer(text)]


def _terms(value, lang: str, status: str, where: str, term_type: str = "term") -> list[Term]:
    items = value if isinstance(value, list) else [value]
    terms = []
    for item in items:
        if isinstance(item, str):
            terms.append(Term(item, lang, status, _abbr_type(item) if term_type != "term" else "term"))
        elif isinstance(item, dict) and isinstance(item.get("term"), str):
            unknown = set(item) - {"term", "note", "type"}
            if unknown:
                raise GlossaryError(where, f"unknown key {sorted(unknown)[0]!r} in a term table")
            kind = item.get("type") or (_abbr_type(item["term"]) if term_type != "term" else "term")
            terms.append(Term(item["term"], lang, status, kind, item.get("note", "")))
        else:
            raise GlossaryError(where, f"expected a term (a string or {{term = \"...\", note = \"...\"}}), got {item!r}")
    return terms


def _abbr_type(text: str) -> str:
    return "acronym" if text.replace("-", "").isalnum() and text.upper() == text else "abbreviation"


def concept_from_table(table: dict, where: str) -> Concept:
    if not isinstance(table.get("id"), str):
        raise GlossaryError(where, "every [[concept]] needs an id = \"...\"")
    unknown = set(table) - _KNOWN_KEYS
    if unknown:
        raise GlossaryError(where, f"unknown key {sorted(unknown)[0]!r} (known keys: {', '.join(sorted(_KNOWN_KEYS))})")
    terms: list[Term] = []
    for lang in ("es", "en"):
        for suffix, status in _STATUS_KEYS.items():
            if f"{lang}{suffix}" in table:
                terms += _terms(table[f"{lang}{suffix}"], lang, status, where)
    for key, lang in (("abbr", "en"), ("es_abbr", "es")):
        if key in table:
            terms += _terms(table[key], lang, "admitted", where, term_type="abbreviation")
    keep = table.get("keep_spanish", False)
    if not isinstance(keep, bool):
        raise GlossaryError(where, "keep_spanish must be true or false")
    concept = Concept(table["id"], terms, keep, str(table.get("category", "")), str(table.get("note", "")), where)
    validate_concept(concept)
    return concept


def parse(text: str, source: str) -> list[Concept]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GlossaryError(source, f"invalid TOML: {exc}") from None
    tables = data.get("concept", [])
    if set(data) - {"concept"}:
        raise GlossaryError(source, f"unknown top-level key {sorted(set(data) - {'concept'})[0]!r}; "
                                    "entries go in [[concept]] tables")
    if not isinstance(tables, list):
        raise GlossaryError(source, "'concept' must be an array of tables ([[concept]])")
    lines = _concept_lines(text)
    return [concept_from_table(t, f"{source}:{lines[i] if i < len(lines) else '?'}") for i, t in enumerate(tables)]


def load(path: Path) -> list[Concept]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(str(path), f"not valid UTF-8 (byte {exc.start})") from None
    return parse(text, str(path))
