"""Two articles of one story that say one sentence twice state its figure twice.

A desk's second article on a story, or its translation, restates the first sentence by sentence:
"Colombia had 253,000 hectares of coca in 2024, the UN office said" and "Coca covered 235,000 hectares
in Colombia in 2024, according to the UN office's survey". Whoever the ledger takes each sentence to
be about (the country in one, the office in the other), the two sentences say one thing, and a figure
of one unit that each of them states once is one quantity stated twice (compare._restating_pairs,
which still asks that the two measure one thing).

Two sentences restate one another when enough of their content words, besides the figures' own,
match in either language: the same word or its singular ("venezuelans", "country's"), one English
lemma of the two (text/word_senses.py: "recibió" and "received" receive), or cognates ("potential",
"potencial"). The share is Dice's (the matched words of both over all the words of both), so a
sentence that adds a clause to the other still restates it. Calibrated on translations: over the
aligned English and Spanish lines of the measurement corpus outside the repository, 88% of the lines
that translate one another reach RESTATED and 1.1% of pairs of lines that do not (docs/decisions.md,
session 10).
"""

from __future__ import annotations

from functools import lru_cache

from xlate.infra import patterns
from xlate.text.fold import fold
from xlate.text.names import content_key, likely_cognates
from xlate.text.units import FUNCTION_WORDS
from xlate.text.word_senses import senses

RESTATED = 0.25   # Dice's share of matched content words from which two sentences say one thing

_WORD = patterns.compile(r"[\p{L}][\p{L}\p{M}'’-]*")


def restates(one, other) -> bool:
    """Whether the sentences of two statements (ledger.Statement) say one thing: their content words
    but the figures' own match as RESTATED says."""
    first, second = _said_besides(one), _said_besides(other)
    matched = _matched(first, second), _matched(second, first)
    return min(matched) > 0 and sum(matched) >= RESTATED * (len(first) + len(second))


@lru_cache(maxsize=65536)
def _said_besides(statement) -> tuple[str, ...]:
    """The content words of a statement's sentence but its figure's ("1,5 millones de visitantes")."""
    own = content_words(statement.text)
    return tuple(word for word in content_words(statement.sentence) if word not in own)


@lru_cache(maxsize=4096)
def content_words(sentence: str) -> tuple[str, ...]:
    """A sentence's words that say something, folded, each once: no figure, no function word."""
    return tuple(dict.fromkeys(key for key in map(fold, _WORD.findall(sentence))
                               if len(key) > 2 and key not in FUNCTION_WORDS))


def _matched(words: tuple[str, ...], others: tuple[str, ...]) -> int:
    """How many of words match a word of others: the same, a shared English lemma, or a cognate."""
    named = _all_names(others)
    return sum(not _names(word).isdisjoint(named) or _cognate_among(word, others) for word in words)


@lru_cache(maxsize=65536)
def _all_names(words: tuple[str, ...]) -> frozenset[str]:
    """What any of a sentence's words may name (_names): a sentence is set against many others."""
    return frozenset().union(*map(_names, words))


@lru_cache(maxsize=65536)
def _names(word: str) -> frozenset[str]:
    """What a folded word may name: itself, its singular ("venezuelans", "country's": names.content_key)
    and the English lemmas of both."""
    singular = content_key(word)
    return frozenset({word, singular}) | senses(word) | senses(singular)


def _cognate_among(word: str, others: tuple[str, ...]) -> bool:
    """Whether a word of four letters or more has a cognate among others, which open with its letter."""
    return len(word) >= 4 and any(likely_cognates(word, other) for other in _by_initial(others).get(word[0], ()))


@lru_cache(maxsize=65536)
def _by_initial(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A sentence's words of four letters or more by their first letter: the only ones a word may be a
    cognate of (likely_cognates). Made once per sentence, which is set against many others."""
    grouped: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= 4:
            grouped.setdefault(word[0], []).append(word)
    return {initial: tuple(group) for initial, group in grouped.items()}
