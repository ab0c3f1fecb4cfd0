"""How each glossary term found in a document is used: the one judgement the glossary rules share.

Every match of a glossary term gets one verdict: fine, a deprecated variant,
a casing/accent slip of an allowed form, or Spanish left in English copy.
XL101, XL102 and XL201 each report one verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from xlate.glossary.matcher import Entry, Match
from xlate.glossary.model import strip_accents

OK, DEPRECATED, SLIP, UNTRANSLATED = "ok", "deprecated", "slip", "untranslated"


@dataclass(frozen=True)
class Usage:
    match: Match
    entry: Entry
    verdict: str
    expected: str     # what the glossary prefers here
    lang: str         # language of the paragraph


def usages(doc, ctx) -> list[Usage]:
    if "usages" not in doc.derived:
        doc.derived["usages"] = [judge(m, doc) for m in ctx.term_matches(doc)]
    return doc.derived["usages"]


def judge(match: Match, doc) -> Usage:
    lang = doc.language_at(match.start)
    if all(e.partial for e in match.entries):
        return _judge_partial(match, lang)
    return (_judge_english if lang == "en" else _judge_spanish)(match, doc, lang)


def _judge_partial(match: Match, lang: str) -> Usage:
    """The tail of a long name is judged on its accents only: "Lopez Obrador" is a slip, while
    other casings of a tail are too often ordinary words to call."""
    entry = match.entries[0]
    slip = match.text != entry.partial and strip_accents(match.text) == strip_accents(entry.partial)
    return Usage(match, entry, SLIP if slip else OK, entry.partial, lang)


def _allowed_here(entry: Entry, lang: str) -> bool:
    term, concept = entry.term, entry.concept
    if term.status == "deprecated":
        return False
    if term.lang == lang or term.is_abbreviation:
        return True
    return lang == "en" and concept.keep_spanish


def _judge_english(match: Match, doc, lang: str) -> Usage:
    text = match.text
    allowed = [e for e in match.entries if _allowed_here(e, lang)]
    for entry in allowed:
        if entry.term.text == text or acceptable_case_variant(text, entry.term.text):
            return Usage(match, entry, OK, entry.term.text, lang)
    deprecated = [e for e in match.entries if e.term.status == "deprecated" and e.term.lang == "en"]
    if deprecated:
        entry = deprecated[0]
        return Usage(match, entry, DEPRECATED, entry.concept.preferred_en, lang)
    if allowed:
        entry = allowed[0]
        return Usage(match, entry, SLIP, entry.term.text, lang)
    spanish = [e for e in match.entries if e.term.lang == "es" and not e.term.is_abbreviation]
    if spanish and spanish[0].concept.preferred_en and not is_glossed(doc.prose, match.start, match.end):
        entry = spanish[0]
        return Usage(match, entry, UNTRANSLATED, entry.concept.preferred_en, lang)
    return Usage(match, match.entries[0], OK, match.entries[0].term.text, lang)


def _judge_spanish(match: Match, doc, lang: str) -> Usage:
    text = match.text
    spanish = [e for e in match.entries if e.term.lang == "es"]
    for entry in spanish:
        if entry.term.status != "deprecated" and (
                entry.term.text == text or acceptable_case_variant(text, entry.term.text)):
            return Usage(match, entry, OK, entry.term.text, lang)
    if spanish:
        entry = spanish[0]
        preferred = entry.concept.preferred("es")
        if entry.term.status == "deprecated":
            return Usage(match, entry, DEPRECATED, preferred.text if preferred else "", lang)
        return Usage(match, entry, SLIP, entry.term.text, lang)
    return Usage(match, match.entries[0], OK, match.entries[0].term.text, lang)


def acceptable_case_variant(text: str, term: str) -> bool:
    """Casing that style allows for a lowercase term: a capital first letter (sentence start,
    a title before a name), title case or capitals in a heading. Names keep their own casing."""
    if text.casefold() != term.casefold():   # accents differ: that is a slip, never style
        return False
    if any(c.isupper() for c in term):
        return text == term
    return text in (text[:1].upper() + text[1:].lower(), text.title(), text.upper())


def is_glossed(prose: str, start: int, end: int) -> bool:
    """Spanish that the writer explains on the spot: followed by a parenthesis, or itself in
    parentheses after the English ('the Terrorism Confinement Center (Centro de ...)')."""
    after = prose[end:end + 4].lstrip(" \"”’'*_")
    if after.startswith("("):
        return True
    before = prose[max(0, start - 200):start]
    return before.rfind("(") > before.rfind(")")
