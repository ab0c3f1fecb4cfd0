from __future__ import annotations

from xlate.rules.base import Case, register
from xlate.rules.usage import DEPRECATED, Usage, UsageRule


@register
class DeprecatedTerm(UsageRule):
    """A rendering the glossary lists as deprecated for a concept, in English or Spanish copy.
    The suggestion is the concept's preferred term in the same language; the glossary's note on
    the variant, if any, is quoted in the message."""

    code = "XL101"
    name = "deprecated-term"
    verdict = DEPRECATED
    kind = "rendering"
    severity = "warning"
    summary = "A deprecated rendering of a glossary concept; use the preferred term."
    rationale = ("A deprecated rendering is one the desk has ruled out, wrong or a paraphrase: readers meet one "
                 "institution under two names.")
    cases = (
        Case.wrong("Kast visited the Detention Center Against Terrorism.", flagged="Detention Center Against Terrorism",
                   suggestion="Terrorism Confinement Center",
                   message='"Detention Center Against Terrorism" is a deprecated rendering of "Centro de '
                           'Confinamiento del Terrorismo"; use "Terrorism Confinement Center" (not the '
                           "prison's name; a paraphrase)"),
        Case.right("Kast visited the Terrorism Confinement Center.", why="the preferred term"),
    )

    def message(self, usage: Usage) -> str:
        note = f" ({usage.entry.term.note})" if usage.entry.term.note else ""
        return (f'"{usage.match.text}" is a deprecated rendering of "{usage.entry.concept.label}"; '
                f'use "{usage.expected}"{note}')
