from __future__ import annotations

from xlate.rules.base import Rule, register
from xlate.rules.usage import SLIP, usages


@register
class NameSlip(Rule):
    """A glossary name written with the wrong casing or without (or with wrong) accents:
    "Cecot" where the glossary says "CECOT", "El Pais" for "El País", "Jose Antonio Kast".
    Lowercase common terms may still be capitalised at a sentence start or in a title."""

    code = "XL102"
    name = "name-slip"
    kind = "rendering"
    severity = "warning"
    fixable = True
    summary = "A glossary name with a casing or accent slip."
    example = 'El Pais broke the news.\n-> XL102 "El Pais" should be written "El País"'

    def check(self, doc, ctx):
        for usage in usages(doc, ctx):
            if usage.verdict == SLIP:
                yield self.report(doc, usage.match.start, usage.match.end,
                                  f'"{usage.match.text}" should be written "{usage.expected}" '
                                  f'({usage.entry.concept.id} in the glossary)', [usage.expected], ctx)
