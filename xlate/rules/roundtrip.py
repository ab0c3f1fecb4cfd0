"""XL601 roundtrip: sentences that do not survive translation to the other language and back."""

from __future__ import annotations

from bisect import bisect_right

from xlate.core.finding import Span
from xlate.text.fold import fold
from xlate.rules.base import Case, CorpusRule, Option, register

MIN_WORDS = 4


@register
class RoundTripRule(CorpusRule):
    """Translates each sentence to the other language and back (English through Spanish, Spanish
    through English) in one batch per direction for the whole run, and reports the sentences
    whose round trip scores below the threshold in sentence chrF (option `threshold`): sentences
    machine translation, and often a hurried human translator, will get wrong.
    Also reports, once per run, each glossary term (preferred or admitted, in the sentence's
    language) that the round trip loses: a term translation will not carry as written.
    Information only. A round trip that copies a token through proves nothing about it, so a high
    score is no guarantee."""

    code = "XL601"
    name = "roundtrip"
    kind = "roundtrip"
    severity = "info"
    options = (Option("threshold", 40.0, 0.0, 100.0, "sentence chrF below which a round trip is reported"),)
    needs_engine = True
    default_enabled = False
    summary = "A sentence that does not survive a round trip through machine translation (chrF below threshold)."
    rationale = ("A sentence the engine cannot take to Spanish and back is often one a reader will stumble on too, or "
                 "one a machine translation of the story will get wrong.")
    cases = (
        Case.wrong("Insights by Ground AI.", flagged="Insights by Ground AI.",
                   message='round trip scores 14.9 (chrF, below 40): "Ideas por Tierra AI." -> "Ideas by '
                           'Tierra AI."', why="with Apertium 3.8"),
        Case.right("The president visited the prison on Friday."),
    )

    def observe(self, doc, ctx) -> list[tuple[Span, str, str, tuple, object]]:
        """(sentence span, text, language, glossary terms in it as (span, term text),
        its round trip if the translation cache already holds it whole, else None) of each sentence
        that may be reported: a sentence whose cached round trip scores well and keeps its terms is
        settled here, so a warm run sends almost nothing to the corpus-wide step."""
        # translation code loads only when used
        from xlate.translate.roundtrip import round_trips_of, scored_sentences
        threshold = self._threshold(ctx)
        found = scored_sentences(doc, ctx.engine, MIN_WORDS)
        # Only a sentence scoring low (or not cached) or holding a term the round trip may lose needs
        # its text and its two translations: most need only their score.
        terms_of = self._kept_terms(doc, found, ctx)
        suspects = [i for i, score in enumerate(found.scores) if score is None or score < threshold or i in terms_of]
        return [(doc.span(s.start, s.end), s.text, s.lang,
                 tuple((doc.span(m.start, m.end), term) for m, term in terms_of.get(i, ())), trip)
                for i, (s, trip) in zip(suspects, round_trips_of(doc, found, suspects, ctx.engine))
                if trip is None or trip.score < threshold or self._lost_terms(terms_of.get(i, ()), trip)]

    def _kept_terms(self, doc, found, ctx) -> dict[int, list]:
        """{index of a sentence: the glossary terms in it that a round trip should keep, as (match, term
        text)}, for the sentences holding any: each match finds its sentence by bisection (there are
        ten times fewer matches than sentences)."""
        terms: dict[int, list] = {}
        for m in ctx.term_matches(doc):
            i = bisect_right(found.starts, m.start) - 1
            if i >= 0 and m.start < found.ends[i] and self._kept_term(m.entries[0].term, found.langs[i]):
                terms.setdefault(i, []).append((m, m.entries[0].term.text))
        return terms

    def _threshold(self, ctx) -> float:
        return float(self.option(ctx, "threshold"))

    @staticmethod
    def _kept_term(term, lang: str) -> bool:
        return term.lang == lang and term.status != "deprecated" and not term.is_abbreviation

    def conclude(self, observations, ctx):
        from xlate.translate.roundtrip import round_trip
        sentences = [item for found in observations for item in found]
        threshold = self._threshold(ctx)
        missing = [(text, lang) for _, text, lang, _, trip in sentences if trip is None]
        fresh = iter(round_trip(missing, ctx.engine))
        trips = [trip or next(fresh) for *_, trip in sentences]
        reported_terms: set[str] = set()
        for (span, _, _, terms, _), trip in zip(sentences, trips):
            lost = self._lost_terms([(t, term) for t, term in terms if fold(term) not in reported_terms], trip)
            if trip.score < threshold:
                message = (f'round trip scores {trip.score:.1f} (chrF, below {threshold:g}): '
                           f'"{trip.forward}" -> "{trip.back}"')
                yield self.report_at(span, message, ctx=ctx)
            for term_span, term in terms:
                if term in lost and fold(term) not in reported_terms:
                    reported_terms.add(fold(term))
                    message = (f'glossary term "{term}" does not survive the round trip: '
                               f'"{trip.forward}" -> "{trip.back}"')
                    yield self.report_at(term_span, message, ctx=ctx)

    @staticmethod
    def _lost_terms(terms, trip) -> set[str]:
        """The texts of terms, given as (match or span, text), missing from the way back and not
        merely copied through (a copied term proves nothing). Each leg is folded once per sentence,
        the way there (in the other language: accents, slow to fold) only if a term is missing."""
        if not terms:
            return set()
        back = fold(trip.back)
        missing = {term for _, term in terms if fold(term) not in back}
        if missing:
            forward = fold(trip.forward)
            missing = {term for term in missing if fold(term) not in forward}
        return missing
