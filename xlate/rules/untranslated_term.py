from __future__ import annotations

from xlate.rules.base import Case, register
from xlate.rules.usage import UNTRANSLATED, Usage, UsageRule


@register
class UntranslatedTerm(UsageRule):
    """A Spanish glossary term left in English copy where the glossary gives an English rendering
    ("the megacarcel", with or without the accent), and an English one left in Spanish copy where
    it gives the Spanish term ("el Terrorism Confinement Center": "Centro de Confinamiento del
    Terrorismo"). Names whose preferred English form is the Spanish name (El Faro, Morena) are not
    findings, nor is a term that the writer glosses on the spot, followed by a parenthesis or
    itself in parentheses after the other language's."""

    code = "XL201"
    name = "untranslated-term"
    verdict = UNTRANSLATED
    kind = "untranslated"
    severity = "warning"
    summary = "A glossary term left untranslated: Spanish in English copy, or English in Spanish copy."
    rationale = "A term the glossary translates, left in the other language, is a rendering the reader was owed."
    cases = (
        Case.wrong("A megacarcel located 74 km from San Salvador.", flagged="megacarcel", suggestion="mega-prison",
                   message='"megacarcel" is Spanish ("megacárcel"); in English copy write "mega-prison"'),
        Case.right("A mega-prison located 74 km from San Salvador.", why="the glossary's English"),
    )

    def message(self, usage: Usage) -> str:
        if usage.lang == "es":
            return f'"{usage.match.text}" is English; in Spanish copy write "{usage.expected}"'
        return (f'"{usage.match.text}" is Spanish ("{usage.entry.concept.label}"); '
                f'in English copy write "{usage.expected}"')
