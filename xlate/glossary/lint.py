"""What makes a glossary wrong or risky, one small function per problem: the judgements behind
the glossary rules XL900-XL910 (xlate/rules/glossary_lint.py declares their codes and makes the
findings).

Each function takes the loaded concepts and yields Problems. Functions that compare two concepts
skip pairs that are duplicates (XL901), so one problem is reported once. Files are loaded leniently
(model.LENIENT), so an empty term or an unknown language is a problem here, not a load error.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from xlate.glossary.loader import glossary_files, loader_for
from xlate.glossary.model import LANGUAGES, LENIENT, Concept, GlossaryError, Term
from xlate.text.fold import fold

COMMON_WORD_RANK = 10000   # an abbreviation among a language's 10,000 commonest words collides with prose
# ISO 639-1: a language section with any other code is most likely a typo ("sp", "esp").
ISO_639_1 = frozenset("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik
io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt
my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so
sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())


class Problem(NamedTuple):
    """One problem of a glossary, found where a concept is defined (or in a file: Unreadable)."""
    path: str
    line: int
    message: str
    text: str = ""


def location(concept: Concept) -> tuple[str, int]:
    path, _, rest = concept.source.partition(":")
    line = rest.split(":")[0]
    return path or concept.id, int(line) if line.isdigit() else 1


def problem(concept: Concept, message: str, text: str = "") -> Problem:
    return Problem(*location(concept), message, text)


def _where(concept: Concept) -> str:
    return f"{concept.id!r} ({concept.source})" if concept.source else repr(concept.id)


def _preferred_pair(concept: Concept) -> tuple[str, str]:
    es, en = concept.preferred("es"), concept.preferred("en")
    return fold(es.text) if es else "", fold(en.text) if en else ""


def duplicates(a: Concept, b: Concept) -> bool:
    """Same id, or the same Spanish and English preferred terms (concepts with neither, which hold only
    other languages of a multilingual termbase, repeat nothing)."""
    pair = _preferred_pair(a)
    return a.id == b.id or (any(pair) and pair == _preferred_pair(b))


def _checked_terms(concept: Concept) -> list[Term]:
    return [t for t in concept.terms if t.lang in LANGUAGES and t.text.strip()]


class _Related:
    """The concepts that share something with a given one, found through indexes rather than by
    comparing every pair: a check costs about the number of terms, not its square (2,000 concepts
    took 52 s pairwise). Positions stand for concepts: a pair (i, j) with i < j is the pair the
    pairwise checks call (a, b)."""

    def __init__(self, concepts: list[Concept]):
        self.concepts = concepts
        self.pair_keys = [_preferred_pair(c) for c in concepts]
        self.by_id = _index((c.id, i) for i, c in enumerate(concepts))
        self.by_pair = _index((key, i) for i, key in enumerate(self.pair_keys))
        self.preferred = _index(((t.lang, t.text), i) for i, c in enumerate(concepts)
                                for t in c.terms_in("es", "preferred") + c.terms_in("en", "preferred"))
        self.folded = _index(((t.lang, fold(t.text)), (i, t)) for i, c in enumerate(concepts) for t in _checked_terms(c))

    def duplicates(self, i: int, j: int) -> bool:
        return self.concepts[i].id == self.concepts[j].id or (any(self.pair_keys[i]) and self.pair_keys[i] == self.pair_keys[j])

    def duplicates_before(self, j: int) -> list[int]:
        """The concepts before j that duplicate it (same id, or same preferred terms), in order."""
        same_pair = self.by_pair[self.pair_keys[j]] if any(self.pair_keys[j]) else []   # no es/en terms: nothing repeated
        return sorted({i for i in self.by_id[self.concepts[j].id] + same_pair if i < j})


def _index(items) -> dict:
    """key -> the values under it, in order, each once."""
    index: dict = {}
    for key, value in items:
        values = index.setdefault(key, [])
        if not values or values[-1] != value:
            values.append(value)
    return index


def duplicate_concepts(concepts):
    related = _Related(concepts)
    for j, b in enumerate(concepts):
        for i in related.duplicates_before(j):
            a = concepts[i]
            what = "id" if a.id == b.id else "Spanish and English preferred terms"
            yield problem(b, f"concept {b.id!r} repeats the {what} of {_where(a)}", b.id)


def shared_preferred_terms(concepts):
    related = _Related(concepts)
    for j, b in enumerate(concepts):
        for term in b.terms_in("es", "preferred") + b.terms_in("en", "preferred"):
            for i in related.preferred[(term.lang, term.text)]:
                if i < j and not related.duplicates(i, j):
                    yield problem(b, f"{term.lang} term {term.text!r} is preferred in both {b.id!r} and "
                                     f"{_where(concepts[i])}", term.text)


def deprecated_elsewhere_preferred(concepts):
    related = _Related(concepts)
    for j, bad in enumerate(concepts):
        for term in bad.terms_in("es", "deprecated") + bad.terms_in("en", "deprecated"):
            for i in related.preferred.get((term.lang, term.text), ()):
                if i != j and not related.duplicates(i, j):
                    yield problem(bad, f"{term.text!r} is deprecated in {bad.id!r} but preferred in "
                                       f"{_where(concepts[i])}", term.text)


def admitted_and_deprecated(concepts):
    for concept in concepts:
        for term in concept.terms_in("es", "deprecated") + concept.terms_in("en", "deprecated"):
            allowed = [t for t in concept.terms_in(term.lang, "preferred", "admitted") if fold(t.text) == fold(term.text)]
            if allowed:
                yield problem(concept, f"{term.text!r} is both {allowed[0].status} and deprecated in "
                                       f"{concept.id!r}", term.text)


def empty_terms(concepts):
    for concept in concepts:
        if any(not t.text.strip() for t in concept.terms):
            yield problem(concept, f"concept {concept.id!r} has an empty term")


def unknown_languages(concepts):
    for concept in concepts:
        for lang in sorted({t.lang for t in concept.terms if t.lang not in ISO_639_1}):
            yield problem(concept, f"concept {concept.id!r} has terms in unknown language {lang!r}; "
                                   "xlate reads only es and en, so they are ignored", lang)


def case_accent_variants(concepts):
    related = _Related(concepts)
    for j, b in enumerate(concepts):
        reported: set[int] = set()   # one finding per pair of concepts: the first of b's terms that clashes
        for term in _checked_terms(b):
            for i, other in related.folded[(term.lang, fold(term.text))]:
                if i < j and i not in reported and other.text != term.text and not related.duplicates(i, j):
                    reported.add(i)
                    yield problem(b, f"{term.text!r} in {b.id!r} differs only by case or accents from "
                                     f"{other.text!r} in {_where(concepts[i])}; the checker cannot tell "
                                     "them apart", term.text)


def abbreviations_that_are_words(concepts):
    for concept in concepts:
        for term in concept.terms:
            word = fold(term.text).replace(".", "")
            if term.is_abbreviation and term.lang in LANGUAGES and word in common_words(term.lang):
                yield problem(concept, f"abbreviation {term.text!r} is also the common "
                                       f"{'English' if term.lang == 'en' else 'Spanish'} word {word!r}; "
                                       "matches in ordinary prose will be wrong", term.text)


def deprecated_without_preferred(concepts):
    for concept in concepts:
        for lang in LANGUAGES:
            deprecated = concept.terms_in(lang, "deprecated")
            kept_name = lang == "en" and concept.keep_spanish and concept.preferred("es")
            if deprecated and concept.preferred(lang) is None and not kept_name:
                yield problem(concept, f"concept {concept.id!r} deprecates {deprecated[0].text!r} but has no "
                                       f"preferred {lang} term, so the checks cannot report it",
                              deprecated[0].text)


@lru_cache(maxsize=2)
def common_words(lang: str) -> frozenset[str]:
    from spellchecker import SpellChecker
    frequency = SpellChecker(language=lang, distance=1).word_frequency.dictionary
    return frozenset(sorted(frequency, key=frequency.get, reverse=True)[:COMMON_WORD_RANK])


# --- machine translation (needs an engine, so it runs apart from the other checks) ------------

def machine_renderings(concepts: list[Concept], engine) -> dict[str, str]:
    """concept id -> the engine's English for its Spanish preferred term, where the glossary does not
    list it yet (as preferred, admitted or deprecated)."""
    sources = [(c, c.preferred("es")) for c in concepts if c.preferred("es") and not c.keep_spanish]
    outputs = engine.translate([term.text for _, term in sources], "es", "en") if sources else []
    renderings = {}
    for (concept, source), output in zip(sources, outputs):
        output = _initial_case_like(output.strip(), source.text)
        listed = {fold(t.text) for t in concept.terms_in("en")}   # any status: a listed variant is known
        if output and fold(output) not in listed | {fold(source.text)}:   # left untranslated: nothing to learn
            renderings[concept.id] = output
    return renderings


def _initial_case_like(output: str, source: str) -> str:
    """Engines capitalise a segment's first letter; a lowercase term keeps its lowercase rendering."""
    return output[:1].lower() + output[1:] if output and source[:1].islower() else output


def machine_translation_problems(concepts: list[Concept], renderings: dict[str, str]) -> list[Problem]:
    by_id = {c.id: c for c in concepts}
    return [problem(by_id[cid], f"machine translation renders {by_id[cid].preferred('es').text!r} as "
                                f"{text!r}; add it as deprecated with --add-mt-variants", text)
            for cid, text in renderings.items()]


# --- running ---------------------------------------------------------------------------------

def load_leniently(paths: Iterable[Path]) -> tuple[list[Concept], list[Problem]]:
    """Every concept of every file, conflicts included; a file that cannot be read is one problem."""
    concepts, unreadable = [], []
    token = LENIENT.set(True)
    try:
        for path in paths:
            for file in glossary_files(Path(path)):
                try:
                    concepts += loader_for(file)(file)
                except GlossaryError as exc:
                    unreadable.append(Problem(str(file), _line(exc), f"cannot read the glossary file: {exc.message}"))
    finally:
        LENIENT.reset(token)
    return concepts, unreadable


def _line(exc: GlossaryError) -> int:
    parts = exc.source.split(":")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
