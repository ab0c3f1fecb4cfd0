"""Sentences of a document's prose, with offsets, for round trips (split by xlate/text/sentences.py)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from xlate.core.document import Document
from xlate.text.sentences import sentences_between


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
        for start, end, body in sentences_between(doc.prose, paragraph.start, paragraph.end):
            text = _single_spaced(body)
            if has_words(text):
                sentences.append(Sentence(start, end, text, paragraph.language))
    return sentences


def round_trip_sentences(doc: Document, min_words: int = 1) -> list[Sentence]:
    """The sentences a round trip can take: in English or Spanish."""
    return [s for s in document_sentences(doc, min_words) if s.lang in ("en", "es")]
