"""How each glossary term found in a document is used: the one judgement the glossary rules share.

Every match of a glossary term gets one verdict: fine, a deprecated variant,
a casing/accent slip of an allowed form, or a term left in the other language
(Spanish in English copy, English in Spanish copy where the glossary has the Spanish term).
XL101, XL102 and XL201 each report one verdict.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from xlate.glossary.matcher import Entry, Match, plural_phrase
from xlate.infra import patterns
from xlate.rules.base import Rule
from xlate.text.fold import strip_accents

OK, DEPRECATED, SLIP, UNTRANSLATED = "ok", "deprecated", "slip", "untranslated"


class Usage(NamedTuple):
    match: Match
    entry: Entry
    verdict: str
    expected: str     # what the glossary prefers here
    lang: str         # language of the paragraph


def usages(doc, ctx) -> list[Usage]:
    if doc.derived.usages is None:
        doc.derived.usages = [judge(m, doc) for m in ctx.term_matches(doc)]
    return doc.derived.usages


class Spans:
    """Non-overlapping spans in text order (glossary matches are), asked whether one covers a range."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans, self.starts = spans, [start for start, _ in spans]

    def cover(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1   # the only span that can: the last to start by start
        return i >= 0 and end <= self.spans[i][1]


def listed_spans(doc, ctx) -> Spans:
    """Where doc uses glossary terms: spans other rules leave to the glossary rules."""
    if doc.derived.listed_spans is None:
        doc.derived.listed_spans = Spans([(u.match.start, u.match.end) for u in usages(doc, ctx)])
    return doc.derived.listed_spans


def judge(match: Match, doc) -> Usage:
    lang = doc.language_at(match.start)
    if all(e.tail for e in match.entries):
        return _judge_tail(match, lang)
    return (_judge_english if lang == "en" else _judge_spanish)(match, doc, lang)


def one_line(text: str) -> str:
    """A term as written, with a hard wrap's line break (and indentation) read as the space it is."""
    return " ".join(text.split()) if "\n" in text else text


def _judge_tail(match: Match, lang: str) -> Usage:
    """The tail of a long name is judged on its accents only: "Lopez Obrador" is a slip, while
    other casings of a tail are too often ordinary words to call."""
    entry = match.entries[0]
    text = one_line(match.text)
    slip = text != entry.written and strip_accents(text) == strip_accents(entry.written)
    return Usage(match, entry, SLIP if slip else OK, entry.written, lang)


def _allowed_here(entry: Entry, lang: str) -> bool:
    term, concept = entry.term, entry.concept
    if term.status == "deprecated":
        return False
    if term.lang == lang or term.is_abbreviation:
        return True
    return lang == "en" and concept.keep_spanish


def _judge_english(match: Match, doc, lang: str) -> Usage:
    text = one_line(match.text)
    allowed = [e for e in match.entries if _allowed_here(e, lang)]
    for entry in allowed:
        if entry.written == text or acceptable_case_variant(text, entry.written, doc, match.start):
            return Usage(match, entry, OK, entry.written, lang)
    deprecated = [e for e in match.entries if e.term.status == "deprecated" and e.term.lang == "en"]
    if deprecated:
        entry = deprecated[0]
        return Usage(match, entry, DEPRECATED, inflect(entry.concept.preferred_en, entry), lang)
    if allowed:
        entry = allowed[0]
        return Usage(match, entry, OK if is_ordinary_phrase(text, entry.written, lang) else SLIP, entry.written, lang)
    spanish = [e for e in match.entries if e.term.lang == "es" and not e.term.is_abbreviation]
    if spanish and spanish[0].concept.preferred_en and not is_glossed(doc.prose, match.start, match.end):
        entry = spanish[0]
        return Usage(match, entry, UNTRANSLATED, inflect(entry.concept.preferred_en, entry), lang)
    return Usage(match, match.entries[0], OK, match.entries[0].term.text, lang)


def _judge_spanish(match: Match, doc, lang: str) -> Usage:
    text = one_line(match.text)
    spanish = [e for e in match.entries if e.term.lang == "es"]
    for entry in spanish:
        if entry.term.status != "deprecated" and (
                entry.written == text or acceptable_case_variant(text, entry.written, doc, match.start)):
            return Usage(match, entry, OK, entry.written, lang)
    if spanish:
        entry = spanish[0]
        preferred = entry.concept.preferred("es")
        if entry.term.status == "deprecated":
            return Usage(match, entry, DEPRECATED, inflect(preferred.text, entry) if preferred else "", lang)
        return Usage(match, entry, OK if is_ordinary_phrase(text, entry.written, lang) else SLIP, entry.written, lang)
    english = [e for e in match.entries if e.term.lang == "en" and not e.term.is_abbreviation
               and not _in_a_name(e, text, doc, match.start)]
    if english and not is_glossed(doc.prose, match.start, match.end):
        # English left in Spanish copy where the glossary has the Spanish term (XL201)
        entry = english[0]
        preferred = entry.concept.preferred("es")
        if preferred and strip_accents(preferred.text).casefold() != strip_accents(text).casefold():
            return Usage(match, entry, UNTRANSLATED, inflect(preferred.text, entry), lang)
    return Usage(match, match.entries[0], OK, match.entries[0].term.text, lang)


def _in_a_name(entry: Entry, text: str, doc, start: int) -> bool:
    """A common noun of the glossary capitalised mid-sentence is part of a name ("Human Rights
    Watch"), which Spanish copy keeps in English."""
    return entry.written.islower() and text[:1].isupper() and not doc.is_sentence_start(start)


def inflect(preferred: str, entry: Entry) -> str:
    """The suggestion in the number the text used: 'mega-prisons' for 'megacárceles'."""
    if not entry.plural or not preferred.islower():
        return preferred
    lang = "en" if entry.concept.preferred("en") else "es"
    return " ".join(plural_phrase(preferred.split(" "), lang))


def is_ordinary_phrase(text: str, name: str, lang: str) -> bool:
    """A name written all in lower case whose words are all words of the language is an ordinary
    phrase, not the name: "el país" (the country) is not El País. "el pais" or "cecot" still slip."""
    if not text.islower() or name.islower():
        return False
    from xlate.spelling import load_dictionary   # the spelling data only when a name is met in lower case
    dictionary = load_dictionary(lang)
    return all(dictionary.knows(word) for word in text.split())


def acceptable_case_variant(text: str, term: str, doc, start: int) -> bool:
    """Casing that style allows. A lowercase term may take a capital first letter (sentence start,
    a title before a name), title case or capitals; a name keeps its casing, except in capitals in
    a dateline or heading ("MEXICO CITY (AP) —")."""
    if text.casefold() != term.casefold():   # accents differ: that is a slip, never style
        return False
    if any(c.isupper() for c in term):
        return text == term or (text.isupper() and (" " in term or doc.in_capitals(start)))
    return text in (text[:1].upper() + text[1:].lower(), text.title(), text.upper())


_GLOSS_INTRO = patterns.compile(r"(?:known|referred to|translated)(?: locally| in Spanish| in Mexico)? as(?: the)?\s*$"
                             r"|(?:called|dubbed|nicknamed|Spanish for|Spanish word|Spanish term)(?: the)?\s*[\"“‘']?$",
                             regex.I)


_GLOSS_AFTER = patterns.compile(r"(?:,|\s[-–—])\s*(?:or|meaning|that is|i\.e\.)\s", regex.I)


def is_glossed(prose: str, start: int, end: int) -> bool:
    """Spanish that the writer explains or names on purpose: followed by a parenthesis, itself in
    parentheses after the English ('the Terrorism Confinement Center (Centro de ...)'), explained
    right after ('a "villa miseria", or shantytown'), or
    introduced as a name ('known in Spanish as the Guardia Nacional')."""
    after = prose[end:end + 12].lstrip(" \"”’'*_")
    if after.startswith("(") or _GLOSS_AFTER.match(after):
        return True
    before = prose[max(0, start - 200):start]
    return before.rfind("(") > before.rfind(")") or bool(_GLOSS_INTRO.search(before[-40:]))


class UsageRule(Rule):
    """A glossary rule that reports one verdict of the shared judgement, with the expected form as
    its single suggestion."""

    verdict: str
    fixable = True

    def message(self, usage: Usage) -> str:
        raise NotImplementedError

    def check(self, doc, ctx):
        for usage in usages(doc, ctx):
            if usage.verdict == self.verdict and usage.expected:
                yield self.report(doc, usage.match.start, usage.match.end, self.message(usage), [usage.expected], ctx)
