"""The in-memory glossary: concepts holding Spanish and English terms with a status.

Loaders and writers for each file format live beside this module and only
translate between their format and these classes.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from xlate.text.fold import fold

LANGUAGES = ("es", "en")
STATUSES = ("preferred", "admitted", "deprecated")
# "term": xlate's plain term; the rest are TBX-Basic's termType values, kept as they are.
TERM_TYPES = ("term", "fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase")
# TBX administrativeStatus values and how xlate reads them.
STATUS_ALIASES = {
    "preferred": "preferred", "preferredterm-admn-sts": "preferred",
    "admitted": "admitted", "admittedterm-admn-sts": "admitted",
    "deprecated": "deprecated", "deprecatedterm-admn-sts": "deprecated",
    "superseded": "deprecated", "supersededterm-admn-sts": "deprecated",
    "legal": "admitted", "regulated": "admitted", "standardized": "preferred",
}


class GlossaryError(Exception):
    """A glossary that cannot be used, naming the file, the place and the problem."""

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source
        self.message = message


def shown(text: str, limit: int = 60) -> str:
    """text quoted for an error message, cut short: a cell or a declaration may be megabytes long."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


@dataclass(slots=True)
class Detail:
    """One piece of terminological data the checks do not read but a translator or a termbase does: a
    TBX data category (definition, context, source, xGraphic, geographicalUsage, customerSubset...)
    with its text, the link it points to (xref, crossReference) and the source grouped with it."""
    category: str
    value: str = ""
    target: str = ""
    source: str = ""


@dataclass(slots=True)
class Transaction:
    """Who did what to an entry and when (TBX transacGrp: origination, modification)."""
    type: str
    date: str = ""
    responsibility: str = ""
    target: str = ""   # the id of the responsible person in the termbase's back matter


@dataclass(slots=True)
class Record:
    """What a level of an entry holds besides terms: details and transactions. Concepts have one,
    each language section has one (its definition, its notes), each term has one."""
    details: list[Detail] = field(default_factory=list)
    transactions: list[Transaction] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.details or self.transactions)


@dataclass(slots=True)   # no __dict__ each: a 50,000-concept glossary holds a quarter of a million terms
class Term:
    """One way to write a concept in one language, with its status (preferred, admitted, deprecated)."""
    text: str
    lang: str
    status: str = "preferred"
    type: str = "term"
    note: str = ""
    part_of_speech: str = ""
    record: Record | None = None   # None for the plain terms most glossaries hold: no list per term

    @property
    def is_abbreviation(self) -> bool:
        return self.type in ("acronym", "abbreviation")


@dataclass(slots=True)
class Concept:
    """A glossary entry: one thing and the terms that name it in each language."""
    id: str
    terms: list[Term] = field(default_factory=list)
    keep_spanish: bool = False   # the preferred English form is the Spanish name itself (El País)
    category: str = ""
    note: str = ""
    source: str = ""             # where it was defined, for error messages
    record: Record | None = None   # the entry's own details and transactions (TBX), if any
    languages: dict[str, Record] | None = None   # per language section: its definition, notes, transactions

    def terms_in(self, lang: str, *statuses: str) -> list[Term]:
        return [t for t in self.terms if t.lang == lang and (not statuses or t.status in statuses)]

    def preferred(self, lang: str) -> Term | None:
        full = [t for t in self.terms_in(lang, "preferred") if not t.is_abbreviation]
        return (full or self.terms_in(lang, "preferred") or [None])[0]

    @property
    def label(self) -> str:
        """How messages name the concept to a journalist: its Spanish name, else its English one."""
        term = self.preferred("es") or self.preferred("en")
        return term.text if term else self.id

    @property
    def preferred_en(self) -> str:
        """What English copy should say: the English preferred term or, failing that, the Spanish name."""
        term = self.preferred("en") or (self.preferred("es") if self.keep_spanish else None)
        return term.text if term else ""

    def allowed_en(self) -> list[Term]:
        """Forms English copy may use: preferred and admitted English terms, and the Spanish
        name itself where the concept keeps it."""
        allowed = self.terms_in("en", "preferred", "admitted")
        if self.keep_spanish:
            allowed += self.terms_in("es", "preferred", "admitted")
        return allowed


@dataclass
class Glossary:
    """The concepts of one or more glossary files, in the order they were read."""
    concepts: list[Concept] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # Set by load_glossary(read_only=True): the versions of the files the concepts were read from. The
    # caller promises not to change the concepts, so indexes derived from them may be kept whole between
    # runs under this stamp (glossary/cache.py). extend() clears it.
    stamp: tuple | None = field(default=None, repr=False, compare=False)
    _positions: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, through a position index checked on every use, so concepts
        added, removed or replaced since the index was built are still found."""
        position = self._positions.get(concept_id)
        if position is None or position >= len(self.concepts) or self.concepts[position].id != concept_id:
            self._positions = {c.id: i for i, c in reversed(list(enumerate(self.concepts)))}   # first one wins
            position = self._positions.get(concept_id)
        return None if position is None else self.concepts[position]

    def find(self, query: str) -> list[Concept]:
        """Concepts whose id or any term matches query, ignoring case and accents."""
        key = fold(query.strip())
        exact = [c for c in self.concepts if fold(c.id) == key or any(fold(t.text) == key for t in c.terms)]
        if exact:
            return exact
        return [c for c in self.concepts if key in fold(c.id) or any(key in fold(t.text) for t in c.terms)]

    def extend(self, others: Iterable[Concept], source: str = "", checked: bool = False) -> None:
        """Add concepts, refusing conflicts: a repeated id, or one term preferred in two concepts.
        checked: these concepts were found free of conflicts with those before them by an earlier run."""
        self.stamp = None
        if checked:
            self.concepts += others
        else:
            index = _ConflictIndex(self.concepts)
            for concept in others:
                keys = _preferred_keys(concept)
                clash = index.conflict(concept, keys)
                if clash:
                    raise GlossaryError(concept.source or source, clash)
                self.concepts.append(concept)
                index.add(concept, keys)
        if source:
            self.sources.append(source)

    def conflict(self, concept: Concept) -> str | None:
        return _ConflictIndex(self.concepts).conflict(concept)


def _preferred_keys(concept: Concept) -> set[tuple[str, str]]:
    return {(t.lang, t.text) for t in concept.terms if t.status == "preferred" and not t.is_abbreviation}


class _ConflictIndex:
    """Ids and preferred terms of the concepts so far, so adding 50,000 concepts stays linear."""

    def __init__(self, concepts: list[Concept]):
        self.ids: dict[str, Concept] = {}
        self.preferred: dict[tuple[str, str], tuple[int, Concept]] = {}
        for concept in concepts:
            self.add(concept)

    def add(self, concept: Concept, keys: set[tuple[str, str]] | None = None) -> None:
        self.ids.setdefault(concept.id, concept)
        for key in _preferred_keys(concept) if keys is None else keys:
            self.preferred.setdefault(key, (len(self.preferred), concept))

    def conflict(self, concept: Concept, keys: set[tuple[str, str]] | None = None) -> str | None:
        """Why concept cannot join these; keys: its _preferred_keys, if the caller has them already."""
        other = self.ids.get(concept.id)
        if other:
            return f"concept id {concept.id!r} is already defined" + (f" in {other.source}" if other.source else "")
        keys = _preferred_keys(concept) if keys is None else keys
        clashes = [self.preferred[key] for key in keys if key in self.preferred]
        if not clashes:
            return None
        other = min(clashes, key=lambda c: c[0])[1]   # the earliest concept, as a linear scan finds it
        term = next(t for t in other.terms if (t.lang, t.text) in keys and t.status == "preferred")
        return (f"{term.lang} term {term.text!r} is preferred in both {concept.id!r} and {other.id!r}"
                + (f" ({other.source})" if other.source else ""))


# Set while `xlate glossary lint` loads files: it reports these problems as findings instead.
LENIENT = ContextVar("lenient_glossary_loading", default=False)


def validate_concept(concept: Concept) -> None:
    """Raise GlossaryError for an entry no check could use."""
    if LENIENT.get():
        return
    where = concept.source or concept.id
    if not concept.id.strip():
        raise GlossaryError(where, "concept without an id")
    if not concept.terms:
        raise GlossaryError(where, f"concept {concept.id!r} has no terms")
    for term in concept.terms:
        if not term.text.strip():
            raise GlossaryError(where, f"concept {concept.id!r} has an empty {term.lang} term")
        if term.lang not in LANGUAGES:
            raise GlossaryError(where, f"concept {concept.id!r}: unknown language {term.lang!r} (use es or en)")
        if term.status not in STATUSES:
            raise GlossaryError(where, f"concept {concept.id!r}: unknown status {term.status!r} "
                                       f"(use {', '.join(STATUSES)})")


def slug(text: str) -> str:
    """A concept id from a term: 'Terrorism Confinement Center' -> 'terrorism-confinement-center'."""
    return "-".join("".join(c if c.isalnum() else " " for c in fold(text)).split())
