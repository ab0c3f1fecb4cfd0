"""Which statements of a corpus's ledgers are about one entity, and which of them disagree.

Entities are joined across documents: by glossary concept (every rendering and acronym of it),
by a name glossed with an acronym ("Center of Confinement of Terrorism (CECOT)"), and by a
person's last name when the corpus also writes it alone ("José Antonio Kast" and "Kast").
Two statements disagree when they give the same measure, in the same unit, of one entity (named
nearest the figure in at least one of them), for the same date (or one has none), and no value
satisfies both wordings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Iterable

from xlate.rules.facts.ledger import OPENER, Ledger, Statement
from xlate.text.quantities import overlap
from xlate.text.names import content_keys, likely_cognates


class Entities:
    """Entity keys joined into one entity each (a union-find), with the name each is shown by."""

    def __init__(self, ledgers: Iterable[Ledger]):
        ledgers = list(ledgers)
        self._parent: dict[str, str] = {}
        self._written: dict[str, Counter] = defaultdict(Counter)
        named = set()
        for ledger in ledgers:
            for key, text in ledger.names.items():
                if key.startswith(OPENER):
                    key = "name:" + key.removeprefix(OPENER)
                else:
                    self._written[key][text] += 1
                named.add(key)
            for first, second in ledger.aliases:
                self._join(first, second)
        self._join_short_forms([link for ledger in ledgers for link in ledger.surnames if link[1] in named])

    def _join_short_forms(self, links: list[tuple[str, str]]) -> None:
        """Join each full name to the one word the corpus also writes alone ("Kast"), unless that
        word shortens two names whose other words have nothing in common: "Robinson" alone could be
        Bridgid Robinson or De'Angello Robinson, while "Ruiz" is Marta Ruiz and Governor Marta Ruiz,
        and "Izalco" the Izalco Penitentiary Complex and the Complejo Penitenciario de Izalco."""
        fulls: dict[str, set[str]] = defaultdict(set)
        for full, short in links:
            fulls[short].add(full)
        for short, names in fulls.items():
            rest = [content_keys(name.partition(":")[2]) - {short.partition(":")[2]} for name in names]
            if all(_alike(a, b) for a in rest for b in rest):
                for full in names:
                    self._join(full, short)

    def root(self, key: str) -> str:
        """The key the entity is known by; "" for a sentence's first word no document names mid-sentence."""
        if key.startswith(OPENER):
            key = "name:" + key.removeprefix(OPENER)
            if key not in self._written and key not in self._parent:
                return ""   # written only at a sentence's start, and nowhere as part of a name
        while self._parent.get(key, key) != key:
            key = self._parent[key]
        return key

    def _join(self, first: str, second: str) -> None:
        first, second = self.root(first), self.root(second)
        if first != second:   # a glossary concept stays the root: it has the preferred name
            if second.startswith("concept:") and not first.startswith("concept:"):
                first, second = second, first
            self._parent[second] = first

    def name(self, key: str) -> str:
        """How the corpus writes the entity: a concept's preferred name, else its most frequent form."""
        key = self.root(key)
        written = self._written.get(key)
        return written.most_common(1)[0][0] if written else key.partition(":")[2]

    def subject(self, statement: Statement) -> str:
        """The entity named nearest the figure: what the statement is most likely about."""
        return next((root for root in map(self.root, statement.entities) if root), "")

    def of(self, statement: Statement) -> set[str]:
        return {self.root(key) for key in statement.entities} - {""}


def _alike(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two names' other words could name one thing: one holds nothing else, or they share a word or a cognate."""
    return not first or not second or any(likely_cognates(a, b) for a in first for b in second)


def measure_label(statement: Statement, entities: Entities) -> str:
    measure = statement.measure
    if measure.startswith("distance from "):
        return "distance from " + entities.name(measure.removeprefix("distance from "))
    return measure


def disagreements(statements: list[Statement], entities: Entities) -> dict[Statement, list[tuple[Statement, str]]]:
    """Each comparable statement that some other contradicts -> [(other, entity root)]."""
    buckets: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for statement in statements:
        if statement.comparable:
            measure = measure_label(statement, entities)
            for entity in entities.of(statement):
                buckets[measure, statement.unit, entity].append(statement)
    found: dict[Statement, dict[Statement, str]] = defaultdict(dict)
    subjects = {statement: entities.subject(statement) for group in buckets.values() for statement in group}
    ranks = {statement: _ranks(statement, entities) for statement in subjects}   # each once, not once a pair
    for (_, _, entity), group in buckets.items():
        for first, second in combinations(group, 2):
            if second in found[first] or entity not in (subjects[first], subjects[second]):
                continue   # an entity both sentences merely mention ("in Mexico") is not what both figures are about
            if _disagree(first, second):
                found[first][second] = found[second][first] = _shared_subject(ranks[first], ranks[second])
    return {statement: list(others.items()) for statement, others in found.items() if others}


def _ranks(statement: Statement, entities: Entities) -> dict[str, int]:
    """Each entity the statement names, by how near its figure it is named (0: the nearest)."""
    ranked: dict[str, int] = {}
    for position, key in enumerate(statement.entities):
        ranked.setdefault(entities.root(key), position)
    return ranked


def _shared_subject(one: dict[str, int], other: dict[str, int]) -> str:
    """Of the entities both statements name (their _ranks), the one named nearest their figures."""
    return min((one[root] + other[root], root) for root in one.keys() & other.keys() if root)[1]


# Counts of events: a figure without a date may be another day's, so only the same date compares.
EVENT_COUNTS = frozenset({"killed", "wounded", "detained", "released", "deported"})


def _cumulative(statement: Statement) -> bool:
    return statement.scope.startswith("since ") or statement.measure in EVENT_COUNTS


def _disagree(first: Statement, second: Statement) -> bool:
    if (first.path, first.sentence) == (second.path, second.sentence):
        return False   # one sentence: "from 5 to 7", a list; never two claims about one thing
    if first.scope != second.scope and (first.scope and second.scope or _cumulative(first) or _cumulative(second)):
        return False   # facts of different dates; "since 2004", "killed" count over a time of their own
    return not overlap(first, second)
