from __future__ import annotations

from xlate.rules.base import register
from xlate.rules.usage import UNTRANSLATED, Usage, UsageRule


@register
class UntranslatedTerm(UsageRule):
    """A Spanish glossary term left in English copy where the glossary gives an English rendering
    ("the megacarcel", with or without the accent). Names whose preferred English form is the
    Spanish name (El Faro, Morena) are not findings, nor is Spanish that the writer glosses on the
    spot, followed by a parenthesis or itself in parentheses after the English."""

    code = "XL201"
    name = "untranslated-term"
    verdict = UNTRANSLATED
    kind = "untranslated"
    severity = "warning"
    summary = "Spanish glossary term left untranslated in English copy."
    example = 'a megacarcel located 74 km from San Salvador\n-> XL201 "megacarcel" is Spanish ("megacárcel"); in English copy write "mega-prison"'

    def message(self, usage: Usage) -> str:
        return (f'"{usage.match.text}" is Spanish ("{usage.entry.concept.label}"); '
                f'in English copy write "{usage.expected}"')
