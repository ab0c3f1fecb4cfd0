"""What a bilingual file's units say by themselves, in either direction: a source left without a
translation, and a target that is its source copied (XLIFF, PO and TMX files;
xlate/formats/segments.py). The findings carry the unit's id."""

from __future__ import annotations

from xlate.infra import patterns

from xlate.rules.base import Case, Rule, register

LOWERCASE_WORD_RE = patterns.compile(r"(?<!\p{L})\p{Ll}{3,}(?!\p{L})")


def _prose_of(text: str) -> bool:
    """Words to translate, not only names, figures or codes: a word of three letters in lower case."""
    return bool(LOWERCASE_WORD_RE.search(text))


def _xliff(*units: tuple[str, str, str | None]) -> str:
    """An XLIFF 1.2 file from Spanish into English on one line, for the cases: (id, source, target
    or None for <target/>)."""
    body = "".join(f'<trans-unit id="{uid}"><source>{source}</source>'
                   + ("<target/>" if target is None else f"<target>{target}</target>") + "</trans-unit>"
                   for uid, source, target in units)
    return ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="nota.md" '
            f'source-language="es" target-language="en" datatype="plaintext"><body>{body}</body></file></xliff>')


class UnitRule(Rule):
    """A check of a bilingual file's units, one by one; its cases are one XLIFF file each."""

    def check(self, doc, ctx):
        for unit in doc.segments.units if doc.segments else ():
            found = self.check_unit(unit)
            if found:
                spans, message = found
                yield self.report(doc, spans[0][0], spans[-1][1], message, (), ctx)

    def check_unit(self, unit):
        """(the spans the finding covers, its message) when the unit is wrong, else None."""
        raise NotImplementedError

    @classmethod
    def case_documents(cls, count: int) -> tuple[str, ...]:
        return ("a.xlf",)


@register
class UntranslatedUnit(UnitRule):
    """In a bilingual file (XLIFF, PO, TMX), a unit whose source has words to translate and whose
    target is missing or empty: the translation is missing. The finding sits on the unit's source,
    with the unit's id. A source of names, figures or codes alone is left alone."""

    code = "XL703"
    name = "untranslated-unit"
    kind = "untranslated"
    severity = "warning"
    summary = "A unit of a bilingual file has no translation."
    rationale = ("A unit left empty is published in the source language, or not at all, when the file goes back "
                 "to the content system.")
    cases = (
        Case.wrong(_xliff(("p2", "Porras lo negó el martes.", None)), flagged="Porras lo negó el martes.",
                   message="this unit has no translation"),
        Case.right(_xliff(("p3", "Nayib Bukele", None)), why="a name alone needs no translation"),
        Case.right(_xliff(("p2", "Porras lo negó el martes.", "Porras denied it on Tuesday."))),
    )

    def check_unit(self, unit):
        if unit.source_spans and not unit.target.strip() and _prose_of(unit.source):
            return unit.source_spans, "this unit has no translation"
        return None


@register
class SourceCopied(UnitRule):
    """In a bilingual file, a unit whose target is its source unchanged although the source has words
    to translate ("Porras lo negó." for "Porras lo negó."): copied and never translated. Names,
    figures and codes alone may stay the same."""

    code = "XL704"
    name = "source-copied"
    kind = "untranslated"
    severity = "warning"
    summary = "A unit's translation is its source, copied unchanged."
    rationale = ("Translation tools copy the source into an empty target on request; a copy left there reads as "
                 "translated to every check that only asks whether a target exists.")
    cases = (
        Case.wrong(_xliff(("u2", "Porras lo negó.", "Porras lo negó.")), flagged="Porras lo negó.",
                   message="the translation is the source, unchanged"),
        Case.right(_xliff(("u3", "Nayib Bukele", "Nayib Bukele")), why="a name may stay the same"),
    )

    def check_unit(self, unit):
        if unit.target_spans and " ".join(unit.target.split()) == " ".join(unit.source.split()) \
                and _prose_of(unit.source):
            return unit.target_spans, "the translation is the source, unchanged"
        return None
