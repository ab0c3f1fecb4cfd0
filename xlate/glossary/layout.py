"""The keyed layout shared by the TOML and CSV formats: which key holds which terms.

A concept is laid out as lists under fixed keys (es, es_admitted, ..., abbr,
es_abbr). The order of KEYS is also the canonical order of a concept's terms,
so every format loads the same concept into the same Term list.
"""

from __future__ import annotations

from typing import NamedTuple

from xlate.glossary.model import Concept, Term


class Key(NamedTuple):
    name: str
    lang: str
    status: str
    abbreviations: bool = False   # abbr/es_abbr: a bare string is an acronym or abbreviation


KEYS = (
    Key("es", "es", "preferred"), Key("es_admitted", "es", "admitted"), Key("es_deprecated", "es", "deprecated"),
    Key("en", "en", "preferred"), Key("en_admitted", "en", "admitted"), Key("en_deprecated", "en", "deprecated"),
    Key("abbr", "en", "admitted", abbreviations=True), Key("es_abbr", "es", "admitted", abbreviations=True),
)
KEY_NAMES = tuple(k.name for k in KEYS)


def abbreviation_type(text: str) -> str:
    """CECOT, MS-13: acronym; anything else listed as an abbreviation: abbreviation."""
    return "acronym" if text.replace("-", "").isalnum() and text.upper() == text else "abbreviation"


def default_type(key: Key, text: str) -> str:
    """The type a bare string under key gets, so writers only spell out the exceptions."""
    return abbreviation_type(text) if key.abbreviations else "term"


def key_for(term: Term) -> Key:
    """Where a term is written: admitted abbreviations of the usual type under abbr/es_abbr."""
    for key in KEYS:
        if key.abbreviations and (key.lang, key.status) == (term.lang, term.status) \
                and term.is_abbreviation and term.type == abbreviation_type(term.text):
            return key
    return next(k for k in KEYS if not k.abbreviations and (k.lang, k.status) == (term.lang, term.status))


def layout(concept: Concept) -> dict[str, list[Term]]:
    """The concept's terms grouped under their keys, in KEYS order; empty keys left out."""
    grouped: dict[str, list[Term]] = {}
    for term in concept.terms:
        grouped.setdefault(key_for(term).name, []).append(term)
    return {name: grouped[name] for name in KEY_NAMES if name in grouped}


def canonical_terms(terms: list[Term]) -> list[Term]:
    """Terms in KEYS order, keeping their order within a key: the order the native loader produces."""
    rank = {name: i for i, name in enumerate(KEY_NAMES)}
    return sorted(terms, key=lambda t: rank[key_for(t).name] if (t.lang, t.status) in _LAID_OUT else len(rank))


_LAID_OUT = {(k.lang, k.status) for k in KEYS}
