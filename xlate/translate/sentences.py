"""Sentences of a document's prose, with offsets, for round trips.

A light splitter: a sentence ends at . ! ? or … (with any closing quotes or
brackets) before a space and a capital, a digit or an opening quote, unless
the word before the point is a known abbreviation or a single initial.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from xlate.core.document import Document

_END = regex.compile(r"""[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(¿¡\[]?[\p{Lu}\p{Nd}])""")
_ABBREVIATIONS = frozenset("""mr mrs ms dr sr sra srta dra st jan feb mar apr jun jul aug sep sept oct nov dec
gen gov sen rep lt col sgt capt prof vs etc no núm art inc corp co ltd jr av avda uu ee dept""".split())
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


class Sentence(NamedTuple):   # a tuple: a 20 MB archive has 200,000 of them
    start: int
    end: int
    text: str
    lang: str


@lru_cache(maxsize=8)
def _has_words(count: int):
    """A test for at least count runs of letters (words, as round trips count them) that stops at the
    count-th: most sentences are long, and listing all their words costs four times as much."""
    if count <= 0:
        return lambda text: True
    return regex.compile(r"(?:\p{L}++\P{L}++){%d}\p{L}" % (count - 1)).search


def _is_abbreviation(text: str, start: int, point: int) -> bool:
    """The word just before text[point], a full stop, no further back than start, is an
    abbreviation or an initial. Read backwards from the point: a regex anchored at the end would
    scan the whole sentence again at every candidate end."""
    if text[point] != ".":
        return False
    longest = _LONGEST_ABBREVIATION
    if point - start > longest and text[point - longest - 1:point].isalpha():
        return False   # a word longer than any abbreviation: most sentence ends, settled at once
    first = point
    while first > start and text[first - 1].isalpha():   # isalpha is \p{L}
        first -= 1
    word = text[first:point]
    return bool(word) and (len(word) == 1 or word.casefold() in _ABBREVIATIONS)


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text, trimmed of surrounding space."""
    return [(start, end) for start, end, _ in _sentences_between(text, 0, len(text))]


def _sentences_between(text: str, pos: int, endpos: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence in text[pos:endpos], trimmed of surrounding space. Offsets
    into text: a document's paragraphs are split in place, never copied out."""
    # Space follows every sentence end, so no word before a later point reaches back past one:
    # each point can be read back as far as pos.
    ends = [m.end() for m in _END.finditer(text, pos, endpos) if not _is_abbreviation(text, pos, m.start())]
    sentences = []
    for start, end in zip([pos, *ends], [*ends, endpos]):
        chunk = text[start:end]
        body = chunk.strip()
        if body:
            lead = len(chunk) - len(chunk.lstrip())
            sentences.append((start + lead, start + lead + len(body), body))
    return sentences


def _single_spaced(text: str) -> str:
    """text with each run of space as one blank. All space but the blank is unprintable, so most
    sentences, printable and without two blanks in a row, are returned as they are, unsplit."""
    if "  " in text or not text.isprintable():
        return " ".join(text.split())
    return text


def sentence_text(prose: str, start: int, end: int) -> str:
    """The text of the sentence at prose[start:end], as it is translated."""
    return _single_spaced(prose[start:end])


def document_sentences(doc: Document, min_words: int = 1) -> list[Sentence]:
    sentences, has_words = [], _has_words(min_words)
    for paragraph in doc.paragraphs:
        for start, end, body in _sentences_between(doc.prose, paragraph.start, paragraph.end):
            text = _single_spaced(body)
            if has_words(text):
                sentences.append(Sentence(start, end, text, paragraph.language))
    return sentences


def round_trip_sentences(doc: Document, min_words: int = 1) -> list[Sentence]:
    """The sentences a round trip can take: in English or Spanish."""
    return [s for s in document_sentences(doc, min_words) if s.lang in ("en", "es")]
