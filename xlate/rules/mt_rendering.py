"""XL501 mt-rendering: unlisted renderings of glossary concepts, confirmed by machine translation."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

import regex

from xlate.finding import Finding
from xlate.glossary.matcher import TermIndex, fold_token, tokenize
from xlate.glossary.model import Concept, Glossary, Term, fold
from xlate.names import content_keys, name_phrases
from xlate.phrases import content_words, dice
from xlate.rules.base import CorpusRule, register
from xlate.rules.usage import usages

_ARTICLES = frozenset("the a an its their his her this that".split())
_WORD = regex.compile(r"[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}'’\-]*")


class Candidate(NamedTuple):
    """An English span that may render a concept, waiting for its translation into Spanish."""
    template: Finding              # where it is; message filled in once the translation confirms it
    text: str
    concept_ids: tuple[str, ...]
    glossed: bool                  # sits next to the concept's abbreviation: "... (CECOT)"


def _place(finding: Finding) -> tuple:
    return finding.path, finding.line, finding.column, finding.end_line, finding.end_column


def _line(candidate: Candidate) -> str:
    """The candidate's text as the single line the engine translates (and the cache keeps)."""
    return " ".join(candidate.text.split())


def _is_translated(concept: Concept) -> bool:
    """English copy renders this concept in English words: not a name kept as it is (people, El País)."""
    spanish = concept.preferred("es")
    return bool(concept.preferred_en) and not concept.keep_spanish and \
        not (spanish and fold(spanish.text) == fold(concept.preferred_en))


def _concepts_by_english_word(glossary) -> dict[str, list[str]]:
    """Content word of a translated concept's preferred English -> the concepts it belongs to."""
    index: dict[str, list[str]] = {}
    for concept in filter(_is_translated, glossary):
        for key in content_keys(concept.preferred_en):
            index.setdefault(key, []).append(concept.id)
    return index


def _concepts_by_english_term(glossary) -> dict[tuple[str, ...], set[str]]:
    """The folded words of each English term (allowed or not) -> the concepts holding it."""
    index: dict[tuple[str, ...], set[str]] = {}
    for concept in glossary:
        for term in concept.allowed_en() + concept.terms_in("en"):
            index.setdefault(_term_key(term.text), set()).add(concept.id)
    return index


def _spanish_terms_by_word(glossary) -> dict[str, list[tuple[str, int]]]:
    """Content word -> (concept id, position among its preferred and admitted Spanish terms)."""
    index: dict[str, list[tuple[str, int]]] = {}
    for concept in glossary:
        for position, term in enumerate(concept.terms_in("es", "preferred", "admitted")):
            for word in set(_content_words_es(term.text)):
                index.setdefault(word, []).append((concept.id, position))
    return index


@lru_cache(maxsize=65536)
def _term_key(text: str) -> tuple[str, ...]:
    return tuple(fold_token(t) for _, _, t in tokenize(text))


@lru_cache(maxsize=65536)
def _content_words_es(text: str) -> tuple[str, ...]:
    return tuple(content_words(text, "es"))


def _concepts_named_in(text: str, ctx) -> frozenset[str]:
    """The concepts one of whose English terms (allowed or not) is some run of text's words.
    Names recur across an archive: each text is worked out once per run."""
    known = ctx.shared("mt-named-concepts", dict)
    if text not in known:
        by_words = ctx.shared("mt-english-terms", lambda: _concepts_by_english_term(ctx.glossary))
        keys = _term_key(text)
        known[text] = frozenset(cid for a in range(len(keys)) for b in range(a + 1, len(keys) + 1)
                                for cid in by_words.get(keys[a:b], ()))
    return known[text]


def _concepts_by_abbreviation(glossary) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for concept in filter(_is_translated, glossary):
        for abbr in {t.text for t in concept.terms if t.is_abbreviation}:
            index.setdefault(abbr, []).append(concept.id)
    return index


_GLOSS_BEFORE = regex.compile(r"\(\s*([\p{Lu}\d][\p{Lu}\p{Nd}.\-]{0,15})\s*\)")
_GLOSS_AFTER = regex.compile(r"\b([\p{Lu}\d][\p{Lu}\p{Nd}.\-]{0,15})\s*\(([^()\n]{3,80})\)")
_GLOSS_WIDTH = 8   # words before "(ABBR)" that may gloss it


def _glosses(prose: str):
    """(start, end, abbreviation) of the words glossing an abbreviation: 'words (ABBR)', 'ABBR (words)'."""
    for m in _GLOSS_BEFORE.finditer(prose):
        sentence = regex.split(r"[.;:!?()\n]", prose[max(0, m.start() - 200):m.start()])[-1]
        words = list(_WORD.finditer(sentence))[-_GLOSS_WIDTH:]
        while len(words) > 1 and any(fold(w.group()) in _ARTICLES for w in words[:-1]):
            words = words[1:]   # the gloss starts after its article
        if words:
            offset = m.start() - len(sentence)
            yield offset + words[0].start(), offset + words[-1].end(), m.group(1)
    for m in _GLOSS_AFTER.finditer(prose):
        yield m.start(2), m.end(2), m.group(1)


@register
class MtRendering(CorpusRule):
    """Catches renderings of glossary concepts that nobody listed, by asking the translation engine.
    Each Spanish glossary term is translated to English once: the engine's output is exactly what
    machine-translated copy will contain, so it is caught as a variant. And English spans that look
    like they might render a concept (capitalised names sharing words with the preferred English,
    or the words glossing the concept's abbreviation) are translated to Spanish: when the
    translation closely matches the concept's Spanish term, the span is reported with the
    preferred English as the suggestion. Spans that are already glossary terms are left to the
    glossary rules."""

    code = "XL501"
    name = "mt-rendering"
    kind = "rendering"
    severity = "warning"
    needs_engine = True
    summary = "An unlisted rendering of a glossary concept, confirmed by machine translation."
    example = ('Kast toured the Center of Confinement of Terrorism.\n'
               '-> XL501 "Center of Confinement of Terrorism" renders "Centro de Confinamiento del '
               'Terrorismo" (glossary entry cecot): machine translation reads it as "Centro de Confinamiento de '
               'Terrorismo"; use "Terrorism Confinement Center"')

    # -- per document ------------------------------------------------------------
    def observe(self, doc, ctx) -> tuple[list[Finding], list[Finding | Candidate]]:
        """(variant findings, then the candidates in order: a finding for each that the translation
        cache already confirms, the candidate itself for each whose translation it does not hold yet).
        Judging here spares the corpus-wide step, in one process, a warm run's candidates (30,000 over
        an archive): most reach it settled."""
        variants = [self._variant_finding(doc, m, ctx) for m in self.variant_index(ctx).find(doc.prose, doc.tokens)
                    if doc.language_at(m.start) == "en"]
        listed = [(u.match.start, u.match.end) for u in usages(doc, ctx)]
        candidates = [self._candidate(doc, start, end, ids, glossed)
                      for start, end, ids, glossed in self._candidates(doc, ctx)
                      if doc.language_at(start) == "en" and not any(a <= start and end <= b for a, b in listed)]
        return variants, self._judge_cached(self._new_guesses(variants, candidates, ctx), ctx)

    def _new_guesses(self, variants: list[Finding], candidates: list[Candidate], ctx) -> list[Candidate]:
        """The candidates not at a variant's or an earlier candidate's place, nor holding a term of their concept."""
        seen = {_place(f) for f in variants}
        fresh = []
        for candidate in candidates:
            place = _place(candidate.template)
            if place not in seen and not self._is_glossary_term(candidate, ctx):
                seen.add(place)
                fresh.append(candidate)
        return fresh

    def _judge_cached(self, candidates: list[Candidate], ctx) -> list[Finding | Candidate]:
        """Each candidate's finding (none if not confirmed) where the cache holds its translation, else itself."""
        from xlate.translate.cache import CachedEngine   # translation code loads only when used
        if not isinstance(ctx.engine, CachedEngine) or not candidates:
            return list(candidates)
        spanish = ctx.engine.cached(list(dict.fromkeys(_line(c) for c in candidates)), "en", "es")
        judged = (self._judged(c, spanish[_line(c)], ctx) if _line(c) in spanish else c for c in candidates)
        return [item for item in judged if item is not None]

    def variant_index(self, ctx) -> TermIndex:
        """Machine translations of the glossary's Spanish terms, as deprecated English terms: built
        once per run (rules are made anew for each batch of documents; the run's context is not)."""
        return ctx.shared("mt-variant-index", lambda: self._build_variant_index(ctx))

    def _build_variant_index(self, ctx) -> TermIndex:
        sources = [(c, t) for c in ctx.glossary for t in c.terms_in("es", "preferred", "admitted")
                   if not t.is_abbreviation]
        english = ctx.engine.translate([t.text for _, t in sources], "es", "en") if sources else []
        concepts = {}
        for (concept, term), variant in zip(sources, english):
            if self._is_new_variant(concept, term, variant):
                concepts.setdefault(concept.id, Concept(concept.id, [], category=concept.category))
                concepts[concept.id].terms.append(Term(variant, "en", "deprecated", note=term.text))
        return TermIndex(Glossary(list(concepts.values())))

    @staticmethod
    def _is_new_variant(concept: Concept, term: Term, variant: str) -> bool:
        """Worth catching: two words or more, not copied through, not already in the glossary."""
        known = {fold(t.text) for t in concept.terms}
        return len(_WORD.findall(variant)) >= 2 and fold(variant) not in known | {fold(term.text)}

    def _variant_finding(self, doc, match, ctx) -> Finding:
        entry = match.entries[0]
        concept = ctx.glossary.get(entry.concept.id)
        return self.report(doc, match.start, match.end,
                           f'"{match.text}" is how machine translation renders "{entry.term.note}" '
                           f'(glossary entry {concept.id}); use "{concept.preferred_en}"', [concept.preferred_en], ctx)

    def _candidates(self, doc, ctx):
        """(start, end, concept ids, glossed) for name phrases and abbreviation glosses."""
        related = ctx.shared("mt-related-concepts", lambda: _concepts_by_english_word(ctx.glossary))
        # Names recur across an archive, and a common word ("National") relates thousands of concepts:
        # each distinct set of words is looked up once per run, and its candidates share one tuple.
        ids_of = ctx.shared("mt-related-ids", dict)
        for para in doc.paragraphs:
            for phrase in name_phrases(doc, para.start, para.end):
                ids = ids_of.get(phrase.content)
                if ids is None:
                    ids = ids_of[phrase.content] = tuple(sorted({cid for key in phrase.content
                                                                 for cid in related.get(key, ())}))
                if ids:
                    yield phrase.start, phrase.end, ids, False
        by_abbreviation = ctx.shared("mt-abbreviations", lambda: _concepts_by_abbreviation(ctx.glossary))
        for start, end, abbr in _glosses(doc.prose):
            for concept_id in by_abbreviation.get(abbr, ()):
                yield start, end, (concept_id,), True

    def _candidate(self, doc, start: int, end: int, concept_ids, glossed) -> Candidate:
        template = self.report(doc, start, end, "")
        return Candidate(template, doc.text[start:end], tuple(concept_ids), glossed)

    # -- over all documents: one translation batch ---------------------------------
    def conclude(self, observations, ctx):
        waiting = [item for _, items in observations for item in items if isinstance(item, Candidate)]
        texts = list(dict.fromkeys(map(_line, waiting)))
        spanish = dict(zip(texts, ctx.engine.translate(texts, "en", "es"))) if texts else {}
        for variants, _ in observations:
            yield from variants
        for _, items in observations:
            for item in items:
                finding = self._judged(item, spanish[_line(item)], ctx) if isinstance(item, Candidate) else item
                if finding:
                    yield finding

    def _judged(self, candidate: Candidate, translation: str, ctx) -> Finding | None:
        """The finding for a candidate whose translation confirms it, else None. Names recur: each
        (text, translation, concepts, glossed) is judged once per run."""
        judged = ctx.shared("mt-judged", dict)
        key = (candidate.text, translation, candidate.concept_ids, candidate.glossed)
        if key not in judged:
            judged[key] = self._confirmed_term(candidate, translation, ctx)
        confirmed = judged[key]
        return self._finding(candidate, *confirmed, translation, ctx) if confirmed else None

    @staticmethod
    def _is_glossary_term(candidate: Candidate, ctx) -> bool:
        """Spans holding a term of their concept (allowed, or deprecated: XL101's) are not guesses:
        some run of the span's words is one of the concept's English terms."""
        named = _concepts_named_in(candidate.text, ctx)
        return bool(named) and not named.isdisjoint(candidate.concept_ids)

    def _confirmed_term(self, candidate: Candidate, translation: str, ctx) -> tuple[Concept, Term] | None:
        threshold = ctx.config.option(self.code, "glossed_similarity" if candidate.glossed else "similarity",
                                      0.4 if candidate.glossed else 0.6)
        if fold(" ".join(translation.split())) == fold(" ".join(candidate.text.split())):
            return None   # copied through: the engine did not read it as words it knows, it proves nothing
        words = frozenset(_content_words_es(translation))
        best, best_score = None, 0.0
        for concept, term, term_words in self._sharing_words(candidate.concept_ids, words, ctx):
            if term.is_abbreviation or words < term_words:
                continue   # an abbreviation, or a short form ("Peru's Congress"): not another rendering
            score = dice(words, term_words)
            if score > best_score:
                best, best_score = (concept, term), score
        return best if best_score >= threshold else None

    @staticmethod
    def _sharing_words(concept_ids, words, ctx):
        """(concept, Spanish term, the set of its content words) for the candidate's concepts, in their
        order, whose term shares one of words (a set) with the translation: the others score nothing.
        An index by word spares a scan of every term of every concept sharing a common English word
        ("National")."""
        by_word = ctx.shared("mt-spanish-terms", lambda: _spanish_terms_by_word(ctx.glossary))
        order = {cid: n for n, cid in enumerate(concept_ids)}
        found = {(order[cid], position) for word in words for cid, position in by_word.get(word, ()) if cid in order}
        at = ctx.shared("mt-spanish-term-at", dict)   # the same terms come up for candidate after candidate
        for n, position in sorted(found):
            key = (concept_ids[n], position)
            if key not in at:
                concept = ctx.glossary.get(key[0])
                term = concept.terms_in("es", "preferred", "admitted")[position]
                at[key] = concept, term, frozenset(_content_words_es(term.text))
            yield at[key]

    def _finding(self, candidate: Candidate, concept: Concept, term: Term, translation: str, ctx) -> Finding:
        message = (f'"{candidate.text}" renders "{term.text}" (glossary entry {concept.id}): machine translation reads it as '
                   f'"{translation}"; use "{concept.preferred_en}"')
        return replace(candidate.template, message=message, suggestions=(concept.preferred_en,),
                       severity=ctx.config.severity_for(self.code, self.severity))
