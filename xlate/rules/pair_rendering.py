from __future__ import annotations

from xlate.core.pairs import aligned_paragraphs, line_span, location
from xlate.rules.base import Case, PairRule, register
from xlate.rules.calque import Calque, calques
from xlate.rules.usage import is_ordinary_phrase


def _names_in_spanish(entry, text: str) -> bool:
    """A Spanish term, or an abbreviation written exactly ("ONU", not the article "un" for "UN");
    not a name in lower case that is an ordinary phrase ("el país", the country, is not El País)."""
    if entry.term.is_abbreviation:
        return entry.term.text == text
    return entry.term.lang == "es" and not is_ordinary_phrase(text, entry.written, "es")


def _names_in_english(entry, text: str) -> bool:
    """An English term (preferred, admitted or deprecated: each names the concept), or an
    abbreviation written exactly; not a name in lower case that is an ordinary phrase."""
    if entry.term.is_abbreviation:
        return entry.term.text == text
    return entry.term.lang == "en" and not is_ordinary_phrase(text, entry.written, "en")


def _original_concepts(matches, paragraph, spanish: bool = True):
    """Glossary concepts the original's paragraph names, first mention each, with (concept, the
    rendering the translation should use): an English rendering of a Spanish original, a Spanish
    one of an English original."""
    names_it = _names_in_spanish if spanish else _names_in_english
    seen = {}
    for m in matches:
        if paragraph.start <= m.start < paragraph.end:
            entry = next((e for e in m.entries if names_it(e, m.text)), None)
            if entry and entry.concept.id not in seen:
                rendering = entry.concept.preferred_en if spanish else _preferred_text(entry.concept, "es")
                if rendering:
                    seen[entry.concept.id] = (m, entry.concept, rendering)
    return seen.values()


def _preferred_text(concept, lang: str) -> str:
    term = concept.preferred(lang)
    return term.text if term else ""


def _named_in(matches, calqued, paragraphs) -> set[str]:
    """Concept ids any glossary form of which (allowed, deprecated or Spanish) appears in paragraphs,
    or a calque of which (XL103's, given as (start, concept id))."""
    def inside(offset: int) -> bool:
        return any(p.start <= offset < p.end for p in paragraphs)
    return ({e.concept.id for m in matches for e in m.entries if inside(m.start)}
            | {concept_id for start, concept_id in calqued if inside(start)})


@register
class PairRendering(PairRule):
    """In a bilingual pair (NAME.es.md and NAME.en.md, or `--pair`), a glossary concept that the
    Spanish original names but whose corresponding English paragraph has no glossary rendering
    of at all: the translator paraphrased or mistranslated it. The finding sits on the English
    line that corresponds to the Spanish mention and names the Spanish term. English renderings
    that the glossary lists but deprecates, Spanish left untranslated, or a word-for-word
    rendering are reported by XL101, XL201 and XL103 instead. In a segment file translating English
    into Spanish (XLIFF, PO, TMX), the same unit by unit the other way: a concept the English source
    names that the Spanish target does not render, on the target, naming the Spanish preferred term."""

    code = "XL701"
    name = "pair-rendering"
    kind = "rendering"
    severity = "warning"
    summary = "A glossary term of the Spanish original has no glossary rendering in the translation."
    rationale = ("A glossary term of the original that the translation does not render is a name lost or paraphrased "
                 "in translation.")
    cases = (
        Case.wrong("Visitó el Centro de Confinamiento del Terrorismo.", "He visited the anti-terror jail.",
                   flagged="He visited the anti-terror jail.",
                   message='the Spanish original names "Centro de Confinamiento del Terrorismo" (cecot, '
                           'a.es.md:1) but this paragraph does not render it; use "Terrorism Confinement '
                           'Center"'),
        Case.right("Visitó el Centro de Confinamiento del Terrorismo.", "He visited the Terrorism Confinement Center."),
    )

    def check_pair(self, pair, ctx):
        sides = pair.sides()
        original_matches, translation_matches = ctx.term_matches(sides.original), ctx.term_matches(sides.translation)
        # a calque is XL103's to report: the paragraph renders the concept, word for word (in English)
        calqued = [(start, target.concept_id) for start, _, _, target in calques(pair.english, ctx)
                   ] if sides.spanish_is_original and ctx.config.enabled("XL103", Calque.default_enabled) else []
        for aligned in aligned_paragraphs(pair, ctx.engine):
            named = _named_in(translation_matches, calqued, sides.nearby(aligned))
            for match, concept, rendering in _original_concepts(original_matches, sides.original_paragraph(aligned),
                                                                sides.spanish_is_original):
                if concept.id in named:
                    continue
                start, end = line_span(sides.translation, pair.translation_line_for(aligned, match.start))
                yield self.report(sides.translation, start, end,
                                  f'the {sides.original_name} original names "{match.text}" ({concept.id}, '
                                  f'{location(sides.original, match.start)}) but this paragraph does not '
                                  f'render it; use "{rendering}"', (), ctx)
