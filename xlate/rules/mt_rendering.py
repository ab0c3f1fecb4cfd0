"""XL501 mt-rendering: unlisted renderings of glossary concepts, confirmed by machine translation."""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from xlate.finding import Finding
from xlate.glossary.matcher import TermIndex, fold_token, tokenize
from xlate.glossary.model import Concept, Glossary, Term, fold
from xlate.rules.base import CorpusRule, register
from xlate.phrases import FUNCTION_WORDS, content_words, dice

_CAPITALISED = r"\p{Lu}[\p{L}\p{M}'’\-]*"
_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
_CONNECTOR = r"(?:of|the|for|against|de|del)"   # not and/in/on: they join two names more often than not
NAME_PHRASE = regex.compile(rf"{_CAPITALISED}(?:{_GAP}(?:{_CONNECTOR}{_GAP})*{_CAPITALISED})+")
_POSSESSIVE = regex.compile(r"['’]s$")
_ARTICLES = frozenset("the a an its their his her this that".split())
_WORD = regex.compile(r"[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}'’\-]*")


@dataclass(frozen=True)
class Candidate:
    """An English span that may render a concept, waiting for its translation into Spanish."""
    template: Finding              # where it is; message filled in once the translation confirms it
    text: str
    concept_ids: tuple[str, ...]
    glossed: bool                  # sits next to the concept's abbreviation: "... (CECOT)"


def _strip_leading_function_words(start: int, text: str) -> tuple[int, str]:
    words = list(_WORD.finditer(text))
    skip = 0
    while skip < len(words) - 1 and fold(words[skip].group()) in FUNCTION_WORDS["en"]:
        skip += 1
    cut = words[skip].start() if words else 0
    return start + cut, text[cut:]


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
               '-> XL501 "Center of Confinement of Terrorism" renders cecot (Centro de Confinamiento del '
               'Terrorismo); use "Terrorism Confinement Center"')

    def __init__(self):
        self._variant_index: TermIndex | None = None

    # -- per document --------------------------------------------------------------
    def observe(self, doc, ctx) -> tuple[list[Finding], list[Candidate]]:
        variants = [self._variant_finding(doc, m, ctx) for m in self.variant_index(ctx).find(doc.prose)
                    if doc.language_at(m.start) == "en"]
        candidates = [self._candidate(doc, start, end, ids, glossed)
                      for start, end, ids, glossed in self._candidates(doc, ctx) if doc.language_at(start) == "en"]
        return variants, candidates

    def variant_index(self, ctx) -> TermIndex:
        """Machine translations of the glossary's Spanish terms, as deprecated English terms."""
        if self._variant_index is None:
            sources = [(c, t) for c in ctx.glossary for t in c.terms_in("es", "preferred", "admitted")
                       if not t.is_abbreviation]
            english = ctx.engine.translate([t.text for _, t in sources], "es", "en") if sources else []
            concepts = {}
            for (concept, term), variant in zip(sources, english):
                if self._is_new_variant(concept, term, variant):
                    concepts.setdefault(concept.id, Concept(concept.id, [], category=concept.category))
                    concepts[concept.id].terms.append(Term(variant, "en", "deprecated", note=term.text))
            self._variant_index = TermIndex(Glossary(list(concepts.values())))
        return self._variant_index

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
                           f'({concept.id}); use "{concept.preferred_en}"', [concept.preferred_en], ctx)

    def _candidates(self, doc, ctx):
        """(start, end, concept ids, glossed) for name phrases and abbreviation glosses."""
        prose = doc.prose
        for m in NAME_PHRASE.finditer(prose):
            start, text = _strip_leading_function_words(m.start(), _POSSESSIVE.sub("", m.group()))
            ids = self._related_concepts(text, ctx)
            if ids:
                yield start, start + len(text), ids, False
        for concept in ctx.glossary:
            for abbr in {t.text for t in concept.terms if t.is_abbreviation}:
                for start, end in self._glosses(prose, abbr, concept):
                    yield start, end, (concept.id,), True

    @staticmethod
    def _related_concepts(text: str, ctx) -> tuple[str, ...]:
        words = set(content_words(text, "en"))
        if len(words) < 2:
            return ()
        return tuple(c.id for c in ctx.glossary
                     if c.preferred_en and words & set(content_words(c.preferred_en, "en")))

    @staticmethod
    def _glosses(prose: str, abbr: str, concept: Concept):
        """Spans glossing abbr: 'words (ABBR)' and 'ABBR (words)'."""
        width = len(_WORD.findall(concept.preferred_en)) + 2
        for m in regex.finditer(rf"\(\s*{regex.escape(abbr)}\s*\)", prose):
            sentence = regex.split(r"[.;:!?()\n]", prose[max(0, m.start() - 200):m.start()])[-1]
            words = list(_WORD.finditer(sentence))[-width:]
            if words:
                while len(words) > 1 and any(fold(w.group()) in _ARTICLES for w in words[:-1]):
                    words = words[1:]   # the gloss starts after its article
                start = m.start() - len(sentence) + words[0].start()
                yield start, m.start() - len(sentence) + words[-1].end()
        for m in regex.finditer(rf"\b{regex.escape(abbr)}\s*\(([^()\n]{{3,80}})\)", prose):
            yield m.start(1), m.end(1)

    def _candidate(self, doc, start: int, end: int, concept_ids, glossed) -> Candidate:
        template = self.report(doc, start, end, "")
        return Candidate(template, doc.text[start:end], tuple(concept_ids), glossed)

    # -- over all documents: one translation batch ---------------------------------
    def conclude(self, observations, ctx):
        seen = {(f.path, f.line, f.column, f.end_line, f.end_column) for variants, _ in observations for f in variants}
        candidates = []
        for candidate in (c for _, found in observations for c in found):
            t = candidate.template
            if (t.path, t.line, t.column, t.end_line, t.end_column) not in seen and not self._is_glossary_term(candidate, ctx):
                seen.add((t.path, t.line, t.column, t.end_line, t.end_column))
                candidates.append(candidate)
        texts = list(dict.fromkeys(" ".join(c.text.split()) for c in candidates))
        spanish = dict(zip(texts, ctx.engine.translate(texts, "en", "es"))) if texts else {}
        for variants, _ in observations:
            yield from variants
        for candidate in candidates:
            translation = spanish[" ".join(candidate.text.split())]
            confirmed = self._confirmed_term(candidate, translation, ctx)
            if confirmed:
                yield self._finding(candidate, *confirmed, translation, ctx)

    @staticmethod
    def _is_glossary_term(candidate: Candidate, ctx) -> bool:
        """Spans holding a term of their concept (allowed, or deprecated: XL101's) are not guesses."""
        def key(text: str) -> str:
            return " " + " ".join(fold_token(t) for _, _, t in tokenize(text)) + " "
        words = key(candidate.text)
        return any(key(t.text) in words for cid in candidate.concept_ids
                   for t in ctx.glossary.get(cid).allowed_en() + ctx.glossary.get(cid).terms_in("en"))

    def _confirmed_term(self, candidate: Candidate, translation: str, ctx) -> tuple[Concept, Term] | None:
        threshold = ctx.config.option(self.code, "glossed_similarity" if candidate.glossed else "similarity",
                                      0.4 if candidate.glossed else 0.6)
        words = content_words(translation, "es")
        best, best_score = None, 0.0
        for concept in (ctx.glossary.get(cid) for cid in candidate.concept_ids):
            for term in concept.terms_in("es", "preferred", "admitted"):
                score = dice(words, content_words(term.text, "es"))
                if not term.is_abbreviation and score > best_score:
                    best, best_score = (concept, term), score
        return best if best_score >= threshold else None

    def _finding(self, candidate: Candidate, concept: Concept, term: Term, translation: str, ctx) -> Finding:
        message = (f'"{candidate.text}" renders {concept.id} ({term.text}): machine translation reads it as '
                   f'"{translation}"; use "{concept.preferred_en}"')
        return replace(candidate.template, message=message, suggestions=(concept.preferred_en,),
                       severity=ctx.config.severity_for(self.code, self.severity))
