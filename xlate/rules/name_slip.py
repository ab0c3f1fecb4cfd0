from __future__ import annotations

from xlate.rules.base import Case, register
from xlate.rules.usage import SLIP, Usage, UsageRule


@register
class NameSlip(UsageRule):
    """A glossary name written with the wrong casing or without (or with wrong) accents:
    "Cecot" where the glossary says "CECOT", "El Pais" for "El País", "Jose Antonio Kast".
    Lowercase common terms may still be capitalised at a sentence start or in a title."""

    code = "XL102"
    name = "name-slip"
    verdict = SLIP
    kind = "rendering"
    severity = "warning"
    summary = "A glossary name with a casing or accent slip."
    rationale = ("A name is written one way: a lost accent or capital is a misspelt name, and searches and archives "
                 "miss it.")
    cases = (
        Case.wrong("El Pais broke the news.", flagged="El Pais", suggestion="El País",
                   message='"El Pais" should be written "El País", as in the glossary'),
        Case.right("El País broke the news.", why="as the glossary writes it"),
    )

    def message(self, usage: Usage) -> str:
        return f'"{usage.match.text}" should be written "{usage.expected}", as in the glossary'
