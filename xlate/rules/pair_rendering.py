from __future__ import annotations

from xlate.pairs import aligned_paragraphs, line_span, location
from xlate.rules.base import PairRule, register


def _names_in_spanish(entry, text: str) -> bool:
    """A Spanish term, or an abbreviation written exactly ("ONU", not the article "un" for "UN")."""
    if entry.term.is_abbreviation:
        return entry.term.text == text
    return entry.term.lang == "es"


def _spanish_concepts(matches, paragraph):
    """Glossary concepts the Spanish paragraph names, first mention each, with an English rendering."""
    seen = {}
    for m in matches:
        if paragraph.start <= m.start < paragraph.end:
            entry = next((e for e in m.entries if _names_in_spanish(e, m.text)), None)
            if entry and entry.concept.preferred_en and entry.concept.id not in seen:
                seen[entry.concept.id] = (m, entry.concept)
    return seen.values()


def _named_in(matches, paragraphs) -> set[str]:
    """Concept ids any glossary form of which (allowed, deprecated or Spanish) appears in paragraphs."""
    return {e.concept.id for m in matches for e in m.entries
            if any(p.start <= m.start < p.end for p in paragraphs)}


@register
class PairRendering(PairRule):
    """In a bilingual pair (NAME.es.md and NAME.en.md, or `--pair`), a glossary concept that the
    Spanish original names but whose corresponding English paragraph has no glossary rendering
    of at all: the translator paraphrased or mistranslated it. The finding sits on the English
    line that corresponds to the Spanish mention and names the Spanish term. English renderings
    that the glossary lists but deprecates, or Spanish left untranslated, are reported by
    XL101 and XL201 instead."""

    code = "XL701"
    name = "pair-rendering"
    kind = "rendering"
    severity = "warning"
    summary = "A glossary term of the Spanish original has no glossary rendering in the translation."
    example = ('es: Visitó el Centro de Confinamiento del Terrorismo.\n'
               'en: He visited the anti-terror jail.\n'
               '-> XL701 the Spanish original names "Centro de Confinamiento del Terrorismo" (cecot) '
               'but this paragraph does not render it; use "Terrorism Confinement Center"')

    def check_pair(self, pair, ctx):
        spanish_matches, english_matches = ctx.term_matches(pair.spanish), ctx.term_matches(pair.english)
        for aligned in aligned_paragraphs(pair, ctx.engine):
            named = _named_in(english_matches, aligned.nearby)
            for match, concept in _spanish_concepts(spanish_matches, aligned.spanish):
                if concept.id in named:
                    continue
                start, end = line_span(pair.english, pair.english_line_for(aligned, match.start))
                yield self.report(pair.english, start, end,
                                  f'the Spanish original names "{match.text}" ({concept.id}, '
                                  f'{location(pair.spanish, match.start)}) but this paragraph does not '
                                  f'render it; use "{concept.preferred_en}"', (), ctx)
