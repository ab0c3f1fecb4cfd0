"""XL801 tries only the pairs of statements that could disagree (issue 17): the pairs it leaves
untried are pairs the comparison would reject, so its findings are those of trying every pair."""

from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from xlate.cli.common import build_context
from xlate.core.config import Config
from xlate.core.document import Document
from xlate.rules.facts import compare
from xlate.rules.facts.entities import Entities
from xlate.rules.facts.ledger import document_ledger
from xlate.rules.facts.measures import MEASURE_WORDS, PERIODS, _same_measure_word, measure_word_keys
from xlate.rules.facts.pairing import pairs_apart
from xlate.text.units import COUNTED_SYNONYMS

_TABLE_WORDS = sorted({word for table in (MEASURE_WORDS, PERIODS, COUNTED_SYNONYMS) for words in table.values()
                       for word in words.split()})
# Words of the tables and words of few letters, so that random words are often cognates.
_WORDS = st.one_of(st.sampled_from(_TABLE_WORDS), st.text(alphabet="electrsidán", min_size=1, max_size=12))


_ENDINGS = st.sampled_from(["", "s", "es", "a", "o", "idad", "ity", "ción", "tion", "ado", "ed"])


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.tuples(_WORDS, _WORDS), st.tuples(_WORDS, _ENDINGS, _ENDINGS).map(
    lambda stem: (stem[0] + stem[1], stem[0] + stem[2]))))   # a stem with two endings: often cognates
def test_two_words_that_measure_alike_share_a_key(words):
    first, second = words
    if _same_measure_word(first, second):
        assert set(measure_word_keys(first)) & set(measure_word_keys(second))


@pytest.mark.parametrize("first, second", [("electricity", "electricidad"), ("refinery", "refineria"),
                                           ("passengers", "pasajeros"), ("strike", "paro"), ("monthly", "mensual")])
def test_words_of_one_measure_share_a_key(first, second):
    assert _same_measure_word(first, second)
    assert set(measure_word_keys(first)) & set(measure_word_keys(second))


class _Range:
    def __init__(self, low: float, high: float, keys: frozenset[int]):
        self.low, self.high, self.keys = low, high, keys


_VALUES = st.sampled_from([0.0, 1.0, 2.0, 2.5, 3.0, 5.0, float("inf")])


@st.composite
def _ranges(draw) -> list[_Range]:
    ranges = []
    for _ in range(draw(st.integers(0, 14))):
        low, high = sorted((draw(_VALUES), draw(_VALUES)))
        ranges.append(_Range(low, high, draw(st.frozensets(st.integers(0, 3), max_size=3))))
    return ranges


@settings(max_examples=400, deadline=None)
@given(_ranges())
def test_pairs_apart_are_the_pairs_of_a_key_whose_ranges_may_not_overlap(ranges):
    expected = [(i, j) for (i, a), (j, b) in combinations(enumerate(ranges), 2)
                if a.keys & b.keys and max(a.low, b.low) >= min(a.high, b.high)]
    assert list(pairs_apart(ranges, lambda item: item.keys)) == expected


def _every_pair(group, keys):
    """The pairing disagreements used before issue 17's: every pair of a bucket tried."""
    return combinations(range(len(group)), 2)


@pytest.mark.parametrize("corpus", ["facts-dev", "facts-dev2", "facts-dev3"])
def test_the_findings_are_those_of_every_pair(corpus):
    folder = ROOT / "bench" / corpus
    glossary = next(folder.glob("glossary.*"))
    ctx = build_context([folder], (glossary,), Config(engine="none"))
    ledgers = [document_ledger(Document.from_path(path), ctx) for path in sorted(folder.glob("*.md"))
               if path.name != "README.md"]
    statements = [s for ledger in ledgers for s in ledger.statements]
    entities = Entities(ledgers)
    found = compare.disagreements(statements, entities)
    assert found and found == compare.disagreements(statements, entities, pairing=_every_pair)
