"""Whether two words name one concept by WordNet, in either language: synonyms ("count", "number";
"cosecha": harvest, "crop"), a derivation ("employs", "employees"; "tall", "height") or one word the
other's broader term ("ponds", "lakes"; "lagunas": lagoon, lake). XL801 reads by it whether two clauses
say one thing is measured (facts/measures.py).

The table is data/word-concepts.tsv.gz, built by scripts/build_word_concepts.py from Princeton
WordNet 3.0: each English lemma with the synsets of its first senses, what its word derives, and the
hypernyms one step up that are narrow enough to say what is measured. A Spanish word reaches it
through its English lemmas (text/word_senses.py). A word the table lacks names no concept.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from xlate.infra.tables import WordTable
from xlate.text.counted_nouns import translation_table
from xlate.text.word_senses import senses

CONCEPTS_FILE = Path(__file__).resolve().parent.parent / "data" / "word-concepts.tsv.gz"
class Concepts(NamedTuple):
    own: frozenset[str]       # the synsets the word names, and those its word derives
    broader: frozenset[str]   # their hypernyms, one step up (the table's "1:")


_NONE = Concepts(frozenset(), frozenset())


def one_concept(first: str, second: str) -> bool:
    """Whether two folded words name one concept: one's own is the other's own or broader term."""
    one, other = concepts_of(first), concepts_of(second)
    return not one.own.isdisjoint(other.own) or not one.own.isdisjoint(other.broader) \
        or not other.own.isdisjoint(one.broader)


def concept_keys(word: str) -> frozenset[str]:
    """Keys two words share whenever one_concept holds of them: every concept, own or broader."""
    found = concepts_of(word)
    return found.own | found.broader


@lru_cache(maxsize=65536)
def concepts_of(word: str) -> Concepts:
    """The concepts of a folded word's English lemmas (text/word_senses.py), in either language."""
    own, broader = set(), set()
    for lemma in senses(word):
        found = _lemma_concepts(lemma)
        own |= found.own
        broader |= found.broader
    return Concepts(frozenset(own), frozenset(broader - own)) if own else _NONE


@lru_cache(maxsize=16384)
def _lemma_concepts(lemma: str) -> Concepts:
    table = _table()
    index = table.get(f"wn:{lemma}")
    if index is None:
        return _NONE
    own, broader = [], []
    for concept in table.word_at(index)[1:].split():
        steps, _, synset = concept.rpartition(":")
        (broader if steps else own).append(synset)
    return Concepts(frozenset(own), frozenset(broader))


@lru_cache(maxsize=1)
def _table() -> WordTable:
    return translation_table(CONCEPTS_FILE)
