"""The glossary indexes XL501 (xlate/rules/mt_rendering.py) reads: which concepts an English name may
render, which English terms a text holds, which Spanish terms hold a word, which concepts an
abbreviation names. Each is built once per run and, for a glossary loaded read-only, kept whole
between runs (xlate/glossary/cache.py kept_whole) as plain data: concepts by id, terms by position.
What a name or a text is found to relate to is kept for the run, as names recur across an archive.
"""

from __future__ import annotations

import sys
from functools import lru_cache

from xlate.glossary import matcher, model
from xlate.glossary.cache import kept_whole
from xlate.glossary.matcher import fold_token, tokenize
from xlate.glossary.model import Concept
from xlate.text import names, phrases
from xlate.text.fold import fold
from xlate.text.names import content_keys
from xlate.text.phrases import content_words

# What the indexes derive from: a change to these modules' source rebuilds what earlier runs kept.
INDEX_CODE = (sys.modules[__name__], names, phrases, matcher, model)

ConceptIds = tuple[str, ...]
# (position of a Spanish term among its concept's preferred and admitted ones, its number of content words)
SpanishTermRef = tuple[int, int]


def is_translated(concept: Concept) -> bool:
    """English copy renders this concept in English words: not a name kept as it is (people, El País)."""
    spanish = concept.preferred("es")
    return bool(concept.preferred_en) and not concept.keep_spanish and \
        not (spanish and fold(spanish.text) == fold(concept.preferred_en))


def related_concepts(ctx, contents: list[frozenset[str]]) -> list[ConceptIds]:
    """For each name's content words, the translated concepts whose preferred English holds one of
    them, sorted. A common word ("National") relates thousands of concepts: each distinct set of
    words is looked up once per run, and the names sharing it share one tuple."""
    related = _shared(ctx, "mt_related_concepts", _concepts_by_english_word)
    ids_of = ctx.shared("mt_related_ids", dict)
    for content in set(contents).difference(ids_of):
        ids_of[content] = tuple(sorted({cid for key in content for cid in related.get(key, ())}))
    return list(map(ids_of.__getitem__, contents))


def concepts_named_in(text: str, ctx) -> frozenset[str]:
    """The concepts one of whose English terms (allowed or not) is some run of text's words.
    Names recur across an archive: each text is worked out once per run."""
    known = ctx.shared("mt_named_concepts", dict)
    if text not in known:
        by_words = _shared(ctx, "mt_english_terms", _concepts_by_english_term)
        keys = term_key(text)
        known[text] = frozenset(cid for a in range(len(keys)) for b in range(a + 1, len(keys) + 1)
                                for cid in by_words.get(keys[a:b], ()))
    return known[text]


def spanish_terms_by_word(ctx) -> dict[str, dict[str, list[SpanishTermRef]]]:
    """Content word -> concept id -> the Spanish terms of the concept holding the word (see
    _spanish_terms_by_word)."""
    return _shared(ctx, "mt_spanish_terms", _spanish_terms_by_word)


def concepts_by_abbreviation(ctx) -> dict[str, list[str]]:
    """An abbreviation -> the translated concepts it names."""
    return _shared(ctx, "mt_abbreviations", _concepts_by_abbreviation)


@lru_cache(maxsize=65536)
def term_key(text: str) -> tuple[str, ...]:
    """The folded words of a text, as the English-terms index is keyed."""
    return tuple(fold_token(t) for _, _, t in tokenize(text))


@lru_cache(maxsize=65536)
def content_words_es(text: str) -> tuple[str, ...]:
    return tuple(content_words(text, "es"))


def _shared(ctx, name: str, build):
    """An index over the run's glossary, built once per run and, for a glossary loaded read-only,
    kept whole between runs."""
    return ctx.shared(name, lambda: kept_whole(name, ctx.glossary, INDEX_CODE, lambda: build(ctx.glossary)))


def _concepts_by_english_word(glossary) -> dict[str, list[str]]:
    """Content word of a translated concept's preferred English -> the concepts it belongs to."""
    index: dict[str, list[str]] = {}
    for concept in filter(is_translated, glossary):
        for key in content_keys(concept.preferred_en):
            index.setdefault(key, []).append(concept.id)
    return index


def _concepts_by_english_term(glossary) -> dict[tuple[str, ...], set[str]]:
    """The folded words of each English term (allowed or not) -> the concepts holding it."""
    index: dict[tuple[str, ...], set[str]] = {}
    for concept in glossary:
        for term in concept.allowed_en() + concept.terms_in("en"):
            index.setdefault(term_key(term.text), set()).add(concept.id)
    return index


def _spanish_terms_by_word(glossary) -> dict[str, dict[str, list[SpanishTermRef]]]:
    """Content word -> concept id -> (position among the concept's preferred and admitted Spanish
    terms, how many content words the term has) for each such term holding the word, but
    abbreviations, which confirm nothing."""
    index: dict[str, dict[str, list[SpanishTermRef]]] = {}
    for concept in glossary:
        for position, term in enumerate(concept.terms_in("es", "preferred", "admitted")):
            words = set(content_words_es(term.text))
            for word in words if not term.is_abbreviation else ():
                index.setdefault(word, {}).setdefault(concept.id, []).append((position, len(words)))
    return index


def _concepts_by_abbreviation(glossary) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for concept in filter(is_translated, glossary):
        for abbr in {t.text for t in concept.terms if t.is_abbreviation}:
            index.setdefault(abbr, []).append(concept.id)
    return index
