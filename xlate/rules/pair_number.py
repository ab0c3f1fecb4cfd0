from __future__ import annotations

from collections import defaultdict

from xlate.text.numbers import numbers_in, spelled_values
from xlate.core.pairs import aligned_paragraphs, line_span, location
from xlate.rules.base import PairRule, register


def _numbers(doc, paragraphs):
    return [n for p in paragraphs for n in numbers_in(doc.prose, p.start, p.end)]


def _values(doc, paragraphs) -> set:
    """Every value a paragraph states, in digits or as a small number word."""
    return {n.value for n in _numbers(doc, paragraphs)} | {v for p in paragraphs
                                                            for v in spelled_values(doc.prose, p.start, p.end)}


@register
class PairNumber(PairRule):
    """In a bilingual pair, a number (a figure, a date, an amount) in an English paragraph that the
    corresponding Spanish paragraph does not state, or a Spanish number missing from the English.
    Values are compared, not spellings: 40.000 and 40,000 agree, as do "115 millones de dólares"
    and "$115 million", and a small number in digits on one side may be a word on the other.
    Times and slash dates are not compared."""

    code = "XL702"
    name = "pair-number"
    kind = "rendering"
    severity = "warning"
    summary = "A number that differs between a Spanish original and its translation."
    example = ('es: Tiene capacidad para 40.000 reos.\n'
               'en: It can hold 4,000 inmates.\n'
               '-> XL702 "4,000" is not in the Spanish original (article.es.md:1 says 40.000)')

    def check_pair(self, pair, ctx):
        aligned = aligned_paragraphs(pair, ctx.engine)
        spanish_for = defaultdict(list)      # English paragraph -> Spanish paragraphs aligned near it
        for item in aligned:
            for english in item.nearby:
                spanish_for[english].append(item.spanish)
        for english, spanish in spanish_for.items():
            yield from self._extra_english(pair, english, spanish, ctx)
        for item in aligned:
            yield from self._missing_english(pair, item, ctx)

    def _extra_english(self, pair, english, spanish, ctx):
        expected = _values(pair.spanish, spanish)
        stated = sorted({n.text: n for n in _numbers(pair.spanish, spanish)}.values(), key=lambda n: n.start)
        for number in _numbers(pair.english, [english]):
            if number.value not in expected:
                said = f" says {', '.join(n.text for n in stated)}" if stated else " has no numbers here"
                where = location(pair.spanish, spanish[0].start)
                yield self.report(pair.english, number.start, number.end,
                                  f'"{number.text}" is not in the Spanish original ({where}{said})', (), ctx)

    def _missing_english(self, pair, item, ctx):
        english_values = _values(pair.english, item.nearby)
        english_numbers = {n.value for n in _numbers(pair.english, [item.english])}
        spanish_values = _values(pair.spanish, [item.spanish])
        if english_numbers - spanish_values:
            return   # the differing English number is already reported, naming these
        for number in _numbers(pair.spanish, [item.spanish]):
            if number.value not in english_values:
                start, end = line_span(pair.english, pair.english_line_for(item, number.start))
                yield self.report(pair.english, start, end,
                                  f'the Spanish original\'s "{number.text}" ({location(pair.spanish, number.start)}) '
                                  f'is missing from this paragraph', (), ctx)
