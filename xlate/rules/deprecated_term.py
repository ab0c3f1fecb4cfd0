from __future__ import annotations

from xlate.rules.base import Rule, register
from xlate.rules.usage import DEPRECATED, usages


@register
class DeprecatedTerm(Rule):
    """A rendering the glossary lists as deprecated for a concept, in English or Spanish copy.
    The suggestion is the concept's preferred term in the same language; the glossary's note on
    the variant, if any, is quoted in the message."""

    code = "XL101"
    name = "deprecated-term"
    kind = "rendering"
    severity = "warning"
    fixable = True
    summary = "A deprecated rendering of a glossary concept; use the preferred term."
    example = ('Kast visited the Detention Center Against Terrorism.\n'
               '-> XL101 "Detention Center Against Terrorism" is a deprecated rendering of cecot; '
               'use "Terrorism Confinement Center"')

    def check(self, doc, ctx):
        for usage in usages(doc, ctx):
            if usage.verdict == DEPRECATED and usage.expected:
                note = f" ({usage.entry.term.note})" if usage.entry.term.note else ""
                yield self.report(doc, usage.match.start, usage.match.end,
                                  f'"{usage.match.text}" is a deprecated rendering of {usage.entry.concept.id}; '
                                  f'use "{usage.expected}"{note}', [usage.expected], ctx)
