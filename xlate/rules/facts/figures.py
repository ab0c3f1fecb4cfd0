"""The figures a document states, paragraph by paragraph: what the fact ledger (ledger.py) reads.

A figure is a quantity with a unit (text.quantities: "7,200 pounds", "doce mil presos", "la mitad"), a
year or a day (scopes.py), a ranking or a record ("the third-largest", "the lowest since 1943"). Each
finder reads only the paragraphs holding what it needs (a digit, a spelled number, "docena", "mitad",
"noveno", "halve"): most paragraphs of a corpus hold none, and the document's one index of its words
(text.screens.document_words) tells where they are.
"""

from __future__ import annotations

import bisect
from itertools import compress

import regex

from xlate.infra import patterns
from xlate.rules.facts import scopes
from xlate.rules.facts.mentions import common_word
from xlate.text.numbers import ORDINAL_SUFFIX, spelled_number_words
from xlate.text.quantities import (DOZEN_WORDS, FRACTION_WORDS, MULTIPLE_WORDS, ORDINAL_WORDS, Quantity, dozens_in,
                                   fractions_in, may_hold_one_time, multiples_in, one_time_in, ordinals_in, quantities_in,
                                   ranks_in)
from xlate.text.screens import LETTER_RUN, document_words


def document_figures(doc) -> list[tuple[int, object, list[Quantity]]]:
    """(index, paragraph, its figures) for each paragraph of doc that states one; once per
    document. Only paragraphs holding a digit or a number word ("doce mil", "una docena", "la
    mitad", "el noveno") are read, and each finder of words only where its words stand."""
    if doc.derived.fact_figures is None:
        words = _DocumentWords(doc)
        number_words = _number_word_offsets(doc, words)
        dozen_words = _offsets_holding(doc, DOZEN_WORDS, words)   # "una docena de vehículos"
        fraction_words = _offsets_holding(doc, FRACTION_WORDS, words)   # "la mitad de los casos"
        ordinal_words = _offsets_holding(doc, ORDINAL_WORDS, words)   # "el noveno recorte desde marzo"; "12th" has a digit
        multiple_words = _offsets_holding(doc, MULTIPLE_WORDS, words)   # "pledged to halve brine extraction"
        figures = []
        for index, paragraph in enumerate(doc.paragraphs):
            spelled = _holds(number_words, paragraph)
            dozens, fractions, ordinals = (_holds(dozen_words, paragraph), _holds(fraction_words, paragraph),
                                           _holds(ordinal_words, paragraph))
            one_time = may_hold_one_time(doc.prose, paragraph.start, paragraph.end)   # "durante más de un día"
            digit = _DIGIT.search(doc.prose, paragraph.start, paragraph.end)
            multiples = _holds(multiple_words, paragraph)
            if spelled or dozens or fractions or ordinals or multiples or one_time or digit:
                found = ([q for q in quantities_in(doc.prose, paragraph.start, paragraph.end, spelled, common_word,
                                                       paragraph.language)
                          if q.unit not in scopes.MONTHS]   # "26 de octubre" is a day, not 26 Octobers
                         + (dozens_in(doc.prose, paragraph.start, paragraph.end) if dozens else [])
                         + (fractions_in(doc.prose, paragraph.start, paragraph.end) if fractions else [])
                         + (multiples_in(doc.prose, paragraph.start, paragraph.end) if multiples else [])
                         + (ordinals_in(doc.prose, paragraph.start, paragraph.end) if ordinals or digit else [])
                         + (ranks_in(doc.prose, paragraph.start, paragraph.end)
                            if ordinals or digit and _DIGIT_ORDINAL.search(doc.prose, paragraph.start, paragraph.end) else [])
                         + (one_time_in(doc.prose, paragraph.start, paragraph.end) if one_time else [])
                         + scopes.years(doc.prose, paragraph.start, paragraph.end)
                         + scopes.days(doc.prose, paragraph.start, paragraph.end)
                         + (scopes.records(doc.prose, paragraph.start, paragraph.end)
                            if digit and _SINCE.search(doc.prose, paragraph.start, paragraph.end) else []))
                if found:
                    figures.append((index, paragraph, found))
        doc.derived.fact_figures = figures
    return doc.derived.fact_figures


def _holds(offsets: list[int], paragraph) -> bool:
    """Whether a word at one of offsets (sorted) stands in paragraph."""
    return bisect.bisect_left(offsets, paragraph.start) < bisect.bisect_left(offsets, paragraph.end)


def _number_word_offsets(doc, words: "_DocumentWords") -> list[int]:
    """The offsets of the words that hold a word a spelled number may start with ("doce",
    "veintidós-mil" holds two): a paragraph with none holds no spelled number. None in a document
    none of whose words is one."""
    number_words = spelled_number_words()
    if number_words.isdisjoint(words.lowered):
        return []
    hit = number_words.intersection(words.lowered)
    holding = set(compress(words.written, map(hit.__contains__, words.lowered_in_order)))
    holding.update(word for word, lowered in zip(words.written, words.lowered_in_order)
                   if not lowered.isalpha() and ("-" in lowered or "'" in lowered or "’" in lowered)   # the joiners a word may hold
                   and not number_words.isdisjoint(_WORD_JOINER.split(lowered)))
    return words.index.word_starts(holding)


_WORD_JOINER = patterns.compile(r"\W+")


def _offsets_holding(doc, words: frozenset[str], written: "_DocumentWords") -> list[int]:
    """The offsets of doc's words that hold one of words (folded, or as written) as a run of
    letters: the finder of those words (dozens_in, fractions_in, ordinals_in) matches a word
    bounded by what is no letter, so a paragraph with none of them gives it nothing to find
    ("la mitad", "one-half", "half’s" hold "half"). None in a document that writes none of
    words as a word of its own (in lowercase), as before paragraphs were told apart."""
    if words.isdisjoint(written.lowered) and words.isdisjoint(written.lowered_runs):
        return []   # (a joined word may hold one: "third-largest")
    return written.index.word_starts(written.index.words_holding(words))


class _DocumentWords:
    """A document's distinct words as _offsets_holding and _number_word_offsets read them for each
    finder of words, found once per document: the document's one index of its words (index,
    text.screens.document_words: as written, folded, and the words holding a run of letters), and in
    lowercase, with the letter runs of those that are no single run ("third-largest")."""

    def __init__(self, doc):
        self.index = document_words(doc)   # the index the patterns' screens read too
        self.written = self.index.written
        self.lowered_in_order = list(map(str.lower, self.written))
        self.lowered = set(self.lowered_in_order)
        self.lowered_runs = {run for word in self.lowered if not word.isalpha() for run in LETTER_RUN.findall(word)}



_DIGIT = patterns.compile(r"\d")   # what a paragraph holds for a number written in figures
# What a paragraph must hold for a ranking or a record to be looked for in it: the finders' patterns
# try every word, these one literal ("2nd-busiest", "since 1943", "desde 1998").
_DIGIT_ORDINAL = patterns.compile(r"\d" + ORDINAL_SUFFIX)
_SINCE = patterns.compile(r"since|desde", regex.I)
