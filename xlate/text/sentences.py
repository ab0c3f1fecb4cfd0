"""Sentences of a text, with offsets: a light splitter for round trips and the fact ledger.

A sentence ends at . ! ? or … (with any closing quotes or brackets) before a space and a capital,
a digit or an opening quote, unless the word before the point is a known abbreviation or a single
initial.
"""

from __future__ import annotations

import regex

from xlate.infra import patterns

_END = patterns.compile(r"""[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(¿¡\[]?[\p{Lu}\p{Nd}])""")
_ABBREVIATIONS = frozenset("""mr mrs ms dr sr sra srta dra st jan feb mar apr jun jul aug sep sept oct nov dec
gen gov sen rep lt col sgt capt prof vs etc no núm art inc corp co ltd jr av avda uu ee dept""".split())
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


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
    return [(start, end) for start, end, _ in sentences_between(text, 0, len(text))]


def sentences_between(text: str, pos: int, endpos: int) -> list[tuple[int, int, str]]:
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
