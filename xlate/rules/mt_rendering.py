"""XL501 mt-rendering: unlisted renderings of glossary concepts, confirmed by machine translation.

The machinery is elsewhere: the glossary indexes the candidates are looked up in (mt_indexes.py),
the verdicts judged once per run and kept between runs (mt_verdicts.py).
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import chain, compress
from operator import attrgetter
from typing import NamedTuple

import regex

from xlate.infra import patterns

from xlate.core.finding import Finding, Span
from xlate.glossary.cache import kept_whole
from xlate.glossary.matcher import TermIndex, plain_index
from xlate.glossary.model import Concept, Glossary, Term
from xlate.text.fold import fold
from xlate.text.names import name_phrases
from xlate.text.phrases import dice
from xlate.rules.base import Case, CorpusRule, Option, register
from xlate.rules.mt_indexes import (INDEX_CODE, concepts_by_abbreviation, concepts_named_in, content_words_es,
                                    related_concepts, spanish_terms_by_word)
from xlate.rules.mt_verdicts import NOT_TRANSLATED, CandidateKey, Confirmation, Verdict, VerdictStore
from xlate.rules.usage import listed_spans

_ARTICLES = frozenset("the a an its their his her this that".split())
_CODE = (sys.modules[__name__], *INDEX_CODE)   # what the variants and verdicts kept between runs derive from
_WORD = patterns.compile(r"[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}'’\-]*")


class Candidate(NamedTuple):
    """An English span that may render a concept, waiting for its translation into Spanish."""
    span: Span | None              # where it is, worked out for a candidate that goes on
    text: str
    concept_ids: tuple[str, ...]
    glossed: bool                  # sits next to the concept's abbreviation: "... (CECOT)"


def _variant_glossary(variants) -> Glossary:
    """Machine translations of Spanish terms, given as (concept id, category, [(variant, Spanish term)]),
    as deprecated English terms of their concepts, noting the Spanish."""
    return Glossary([Concept(cid, [Term(text, "en", "deprecated", note=note) for text, note in terms], category=category)
                     for cid, category, terms in variants])


def _concepts_key(candidate: Candidate) -> CandidateKey:
    """What a candidate's judgements depend on, cheap to hash: a name's concepts (hundreds, for a name
    with a common word: "National") follow from its text, a gloss's concept does not."""
    return CandidateKey(candidate.text, candidate.glossed, candidate.concept_ids if candidate.glossed else ())


def _line(candidate: Candidate) -> str:
    """The candidate's text as the single line the engine translates (and the cache keeps)."""
    return " ".join(candidate.text.split())


_GLOSS_BEFORE = patterns.compile(r"\(\s*([\p{Lu}\d][\p{Lu}\p{Nd}.\-]{0,15})\s*\)")
_GLOSS_AFTER = patterns.compile(r"\b([\p{Lu}\d][\p{Lu}\p{Nd}.\-]{0,15})\s*\(([^()\n]{3,80})\)")
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
    options = (Option("similarity", 0.6, 0.0, 1.0, "how closely (Dice over content words) the translation of a "
                      "name must match the concept's Spanish term"),
               Option("glossed_similarity", 0.4, 0.0, 1.0, "the same, for the words glossing an abbreviation: "
                      "\"Terrorism Confinement Center (CECOT)\""))
    summary = "An unlisted rendering of a glossary concept, confirmed by machine translation."
    rationale = ("Machine-translated copy carries the engine's rendering of a name, which nobody listed in the "
                 "glossary and no other check knows.")
    cases = (
        Case.wrong("Kast toured the Center of Confinement of Terrorism.", flagged="Center of Confinement of Terrorism",
                   suggestion="Terrorism Confinement Center",
                   message='"Center of Confinement of Terrorism" renders "Centro de Confinamiento del '
                           'Terrorismo" (glossary entry cecot): machine translation reads it as "Centro de '
                           'Confinamiento de Terrorismo"; use "Terrorism Confinement Center"', why="with Apertium 3.8"),
        Case.right("Kast toured the Terrorism Confinement Center.", why="the preferred term"),
    )

    # -- per document ------------------------------------------------------------
    def observe(self, doc, ctx) -> tuple[list[Finding], list[Finding | Candidate], dict]:
        """(variant findings, then the candidates in order: a finding for each that the translation
        cache already confirms, the candidate itself for each whose translation it does not hold yet;
        then the verdicts this document's candidates taught the run, for the corpus-wide step to keep).
        Judging here spares the corpus-wide step, in one process, a warm run's candidates (tens of
        thousands over an archive): most reach it settled, and most are not confirmed, so a candidate's place in the
        file (its span) is only worked out for those that go on."""
        variants = self.variant_index(ctx)
        matches = [m for m in variants.find(doc.prose, doc.tokens, ctx.key_tokens(doc))
                   if doc.language_at(m.start) == "en"]
        listed = listed_spans(doc, ctx)
        spans = [(start, end, ids, glossed) for start, end, ids, glossed in self._candidates(doc, ctx)
                 if doc.language_at(start) == "en" and not listed.cover(start, end)]
        guesses = self._new_guesses(doc, {(m.start, m.end) for m in matches}, spans, ctx)
        learned = self._learn_cached([candidate for *_, candidate in guesses], ctx)
        return [self._variant_finding(doc, m, ctx) for m in matches], self._judge_cached(doc, guesses, ctx), learned

    def _new_guesses(self, doc, taken: set, spans, ctx) -> list[tuple[int, int, Candidate]]:
        """(start, end, candidate without its span) for the spans not at a variant's or an earlier
        span's place, nor holding a term of their concept."""
        fresh = []
        for start, end, ids, glossed in spans:
            if (start, end) not in taken:
                candidate = Candidate(None, doc.text[start:end], ids, glossed)
                if not self._is_glossary_term(candidate, ctx):
                    taken.add((start, end))
                    fresh.append((start, end, candidate))
        return fresh

    def _judge_cached(self, doc, guesses, ctx) -> list[Finding | Candidate]:
        """Each candidate's finding (none if not confirmed) where the cache holds its translation, else
        the candidate with its span, for the corpus-wide step to translate."""
        verdicts = self._verdicts(ctx)
        judged = []
        for start, end, candidate in guesses:
            translation, confirmed = verdicts[_concepts_key(candidate)]
            if translation is None or confirmed:
                candidate = candidate._replace(span=doc.span(start, end))
                judged.append(self._finding(candidate, confirmed, translation, ctx) if confirmed else candidate)
        return judged

    def _learn_cached(self, candidates: list[Candidate], ctx) -> dict[CandidateKey, Verdict]:
        """Judge the candidates the run has not met yet, from the translation cache; returns the new
        verdicts that have a translation (the others wait for the engine). Names recur across an
        archive, and the translation cache only grows after every document is read: each is looked up
        and judged once per run, and, for a glossary loaded read-only, once for all runs."""
        from xlate.translate.cache import CachedEngine   # translation code loads only when used
        verdicts = self._verdicts(ctx)
        new = {key: c for c in candidates if (key := _concepts_key(c)) not in verdicts}
        if not new:
            return {}
        lines = list(map(_line, new.values()))
        spanish = ctx.engine.cached(lines, "en", "es") if isinstance(ctx.engine, CachedEngine) else {}
        for key, candidate in new.items():
            translation = spanish.get(_line(candidate))
            verdicts[key] = NOT_TRANSLATED if translation is None else self._verdict(candidate, translation, ctx)
        return {key: verdicts[key] for key in new if verdicts[key].translation is not None}

    def _verdicts(self, ctx) -> VerdictStore:
        """The run's verdicts by candidate, starting from what earlier runs kept."""
        return ctx.shared("mt_verdicts", lambda: VerdictStore(ctx.glossary, _CODE, self._verdict_depends(ctx)))

    def _verdict_depends(self, ctx) -> tuple:
        """What a verdict derives from besides the glossary and the code: the engine's translation and
        the similarity a confirmation needs."""
        return (ctx.engine.name, ctx.engine.version, self._threshold(ctx, True), self._threshold(ctx, False))

    def _threshold(self, ctx, glossed: bool) -> float:
        return self.option(ctx, "glossed_similarity" if glossed else "similarity")

    def variant_index(self, ctx) -> TermIndex:
        """Machine translations of the glossary's Spanish terms, as deprecated English terms: built
        once per run."""
        return ctx.shared("mt_variant_index", lambda: self._build_variant_index(ctx))

    def _build_variant_index(self, ctx) -> TermIndex:
        """Kept whole between runs (with the term index over it) for a glossary loaded read-only: the
        translations depend only on the engine, which the key names with its version."""
        engine = ctx.engine
        variants, plain = kept_whole("mt-variants", ctx.glossary, _CODE, lambda: self._variant_data(ctx),
                                     (engine.name, engine.version))
        index = TermIndex(_variant_glossary(variants), plain)
        ctx.terms.share_tokens(index.known_keys())   # one list of key tokens per document serves both
        return index

    def _variant_data(self, ctx) -> tuple[list, tuple]:
        """The variants as plain data, (concept id, category, [(variant, Spanish term)]), and the plain
        term index over them."""
        sources = [(c, t) for c in ctx.glossary for t in c.terms_in("es", "preferred", "admitted")
                   if not t.is_abbreviation]
        english = ctx.engine.translate([t.text for _, t in sources], "es", "en") if sources else []
        variants: dict[str, tuple] = {}
        for (concept, term), variant in zip(sources, english):
            if self._is_new_variant(concept, term, variant):
                variants.setdefault(concept.id, (concept.id, concept.category, []))[2].append((variant, term.text))
        return list(variants.values()), plain_index(_variant_glossary(variants.values()), {})[0]

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
        """(start, end, concept ids, glossed) for name phrases that share a content word with a
        concept's preferred English, and for the words glossing a concept's abbreviation."""
        named = name_phrases(doc)   # a name never crosses a line, so it lies in one paragraph
        related_ids = related_concepts(ctx, list(map(attrgetter("content"), named)))
        for phrase, ids in compress(zip(named, related_ids), related_ids):   # most relate to no concept
            yield phrase.start, phrase.end, ids, False
        by_abbreviation = concepts_by_abbreviation(ctx)
        for start, end, abbr in _glosses(doc.prose):
            for concept_id in by_abbreviation.get(abbr, ()):
                yield start, end, (concept_id,), True

    # -- over all documents: one translation batch ---------------------------------
    def conclude(self, observations, ctx):
        waiting = [item for _, items, _ in observations for item in items if isinstance(item, Candidate)]
        texts = list(dict.fromkeys(map(_line, waiting)))
        spanish = dict(zip(texts, ctx.engine.translate(texts, "en", "es"))) if texts else {}
        learned = {key: verdict for _, _, taught in observations for key, verdict in taught.items()}
        learned.update({_concepts_key(item): self._verdict(item, spanish[_line(item)], ctx) for item in waiting})
        self._verdicts(ctx).keep(learned)
        for variants, _, _ in observations:
            yield from variants
        for _, items, _ in observations:
            for item in items:
                if not isinstance(item, Candidate):
                    yield item
                    continue
                translation, confirmed = learned[_concepts_key(item)]
                if confirmed:
                    yield self._finding(item, confirmed, translation, ctx)

    def _verdict(self, candidate: Candidate, translation: str, ctx) -> Verdict:
        """A candidate's translation and what it confirms, judged once per run: a candidate's
        translation is the same wherever it stands."""
        verdicts = self._verdicts(ctx)
        key = _concepts_key(candidate)
        if (verdicts.get(key) or NOT_TRANSLATED).translation is None:
            verdicts[key] = Verdict(translation, self._confirmed_term(candidate, translation, ctx))
        return verdicts[key]

    @staticmethod
    def _is_glossary_term(candidate: Candidate, ctx) -> bool:
        """Spans holding a term of their concept (allowed, or deprecated: XL101's) are not guesses:
        some run of the span's words is one of the concept's English terms. Judged once per run."""
        known = ctx.shared("mt_glossary_terms", dict)
        key = _concepts_key(candidate)
        if key not in known:
            named = concepts_named_in(candidate.text, ctx)
            known[key] = bool(named) and not named.isdisjoint(candidate.concept_ids)
        return known[key]

    def _confirmed_term(self, candidate: Candidate, translation: str, ctx) -> Confirmation | None:
        """The Spanish term of the candidate's concepts whose content words best overlap (Dice) the
        translation's, if enough; ties go to the earlier concept and term. A term holding all the
        translation's words and more is a longer name ("Peru's Congress" in full), not this one."""
        threshold = self._threshold(ctx, candidate.glossed)
        if threshold > 1:
            return None   # no overlap can reach it
        if fold(" ".join(translation.split())) == fold(" ".join(candidate.text.split())):
            return None   # copied through: the engine did not read it as words it knows, it proves nothing
        words = frozenset(content_words_es(translation))
        best, best_score = None, 0.0
        shared_words = self._shared_words(candidate.concept_ids, words, threshold, ctx)
        for place, (shared, size) in sorted(shared_words.items()):
            if shared == len(words) and size > len(words):
                continue
            score = dice(shared, len(words), size)
            if score > best_score:
                best, best_score = place, score
        if best is None or best_score < threshold:
            return None
        return Confirmation(candidate.concept_ids[best[0]], best[1])

    @staticmethod
    def _shared_words(concept_ids, words, threshold: float, ctx) -> dict[tuple[int, int], tuple[int, int]]:
        """{(rank of the concept among the candidate's, position of its Spanish term): (how many of
        words the term holds, how many content words it has)} for the terms that may score threshold:
        the others cannot confirm anything. A term sharing c of the words has at least c words, so it
        scores at most 2c / (len(words) + c): a concept whose terms share fewer words, counted for
        all concepts at once in C, is passed over ("nacional" is in thousands)."""
        by_word = spanish_terms_by_word(ctx)
        rank = {cid: n for n, cid in enumerate(concept_ids)}
        holders = [by_word[word] for word in words if word in by_word]
        counts = Counter(chain.from_iterable(rank.keys() & holding.keys() for holding in holders))
        least = threshold * len(words) / (2 - threshold)
        shared: dict[tuple[int, int], tuple[int, int]] = {}
        for cid in [cid for cid, count in counts.items() if count >= least]:
            for holding in holders:
                for position, size in holding.get(cid, ()):
                    place = (rank[cid], position)
                    shared[place] = (shared[place][0] + 1 if place in shared else 1, size)
        return shared

    def _finding(self, candidate: Candidate, confirmed: Confirmation, translation: str, ctx) -> Finding:
        concept = ctx.glossary.get(confirmed.concept_id)
        term = concept.terms_in("es", "preferred", "admitted")[confirmed.term]
        message = (f'"{candidate.text}" renders "{term.text}" (glossary entry {concept.id}): machine translation reads it as '
                   f'"{translation}"; use "{concept.preferred_en}"')
        return self.report_at(candidate.span, message, (concept.preferred_en,), ctx)
