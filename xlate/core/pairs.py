"""Bilingual pairs: a Spanish original and its English translation, and which paragraphs correspond.

Pairs come from file-name patterns (Hugo's NAME.es.md / NAME.en.md by default,
configurable) or from `--pair SRC TGT`. Paragraphs are aligned:

1. one to one, when both sides have the same number of paragraphs;
2. otherwise, with a translation engine, by the similarity (chrF) of each
   Spanish paragraph's machine translation to the English paragraphs, in order;
3. otherwise by relative position in the text: a Spanish paragraph halfway
   through the original corresponds to the English paragraph halfway through
   the translation. This is approximate, so pair checks then also accept what
   they look for in the neighbouring English paragraphs.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from xlate.core.document import Document, Paragraph

# Positional alignment is a guess: how many English paragraphs either side also count.
POSITIONAL_SLACK = 1


class AlignedParagraph(NamedTuple):
    spanish: Paragraph
    english: Paragraph          # the best corresponding English paragraph
    nearby: tuple[Paragraph, ...]   # English paragraphs where a rendering also counts (english included)


class Sides(NamedTuple):
    """A pair as its original and its translation: a Spanish original and its English translation,
    or (a segment file translating English into Spanish) an English original and its Spanish one."""
    original: Document
    translation: Document
    original_name: str            # "Spanish" or "English", as messages name the original
    spanish_is_original: bool

    def original_paragraph(self, aligned: AlignedParagraph) -> Paragraph:
        return aligned.spanish if self.spanish_is_original else aligned.english

    def translated_paragraph(self, aligned: AlignedParagraph) -> Paragraph:
        return aligned.english if self.spanish_is_original else aligned.spanish

    def nearby(self, aligned: AlignedParagraph) -> tuple[Paragraph, ...]:
        """The translated paragraphs where what the original says also counts."""
        return aligned.nearby if self.spanish_is_original else (aligned.spanish,)


@dataclass
class Pair:
    """A Spanish document and its English counterpart, one the translation of the other."""
    spanish: Document
    english: Document
    aligned: list[AlignedParagraph] | None = field(default=None, repr=False)   # aligned_paragraphs, once
    original: str = "es"   # the language of the original: "en" for a segment file translating into Spanish

    def sides(self) -> Sides:
        if self.original == "es":
            return Sides(self.spanish, self.english, "Spanish", True)
        return Sides(self.english, self.spanish, "English", False)

    def translation_line_for(self, aligned: AlignedParagraph, offset: int) -> int:
        """The translation's line matching an offset of the original: same relative place in the
        aligned paragraph."""
        if self.original == "es":
            return _line_for(aligned.spanish, aligned.english, self.english, offset)
        return _line_for(aligned.english, aligned.spanish, self.spanish, offset)


def _line_for(source: Paragraph, target: Paragraph, doc: Document, offset: int) -> int:
    """The line of doc (of its text) at the place in target that offset has in source."""
    share = (offset - source.start) / max(1, source.end - source.start)
    return bisect.bisect_right(doc.line_starts, target.start + int(share * (target.end - target.start)))


def aligned_paragraphs(pair: Pair, engine=None) -> list[AlignedParagraph]:
    if pair.aligned is None:
        es, en = pair.spanish.paragraphs, pair.english.paragraphs
        if not es or not en:
            pair.aligned = []
        elif len(es) == len(en):
            pair.aligned = [AlignedParagraph(s, e, (e,)) for s, e in zip(es, en)]
        elif engine is not None:
            pair.aligned = align_by_translation(pair, engine)
        else:
            pair.aligned = align_by_position(pair)
    return pair.aligned


def align_by_position(pair: Pair) -> list[AlignedParagraph]:
    es, en = pair.spanish.paragraphs, pair.english.paragraphs
    es_total, en_total = max(1, len(pair.spanish.text)), max(1, len(pair.english.text))
    en_starts = [p.start / en_total for p in en]
    aligned = []
    for s in es:
        middle = (s.start + s.end) / 2 / es_total
        i = max(0, bisect.bisect_right(en_starts, middle) - 1)
        nearby = tuple(en[max(0, i - POSITIONAL_SLACK):i + POSITIONAL_SLACK + 1])
        aligned.append(AlignedParagraph(s, en[i], nearby))
    return aligned


def align_by_translation(pair: Pair, engine) -> list[AlignedParagraph]:
    """Monotonic alignment maximising the chrF of machine-translated Spanish against the English
    (each Spanish paragraph matches one English paragraph or none; order is kept)."""
    from sacrebleu.metrics import CHRF

    chrf = CHRF()
    es, en = pair.spanish.paragraphs, pair.english.paragraphs
    translated = engine.translate([pair.spanish.prose[p.start:p.end] for p in es], "es", "en")
    english = [pair.english.prose[p.start:p.end] for p in en]
    score = [[chrf.sentence_score(t, [e]).score for e in english] for t in translated]
    # best[i][j]: best total for the first i Spanish and first j English paragraphs
    best = [[0.0] * (len(en) + 1) for _ in range(len(es) + 1)]
    for i in range(1, len(es) + 1):
        for j in range(1, len(en) + 1):
            best[i][j] = max(best[i - 1][j], best[i][j - 1], best[i - 1][j - 1] + score[i - 1][j - 1])
    aligned, i, j = [], len(es), len(en)
    while i and j:
        if best[i][j] == best[i - 1][j - 1] + score[i - 1][j - 1] and score[i - 1][j - 1] > 0:
            aligned.append(AlignedParagraph(es[i - 1], en[j - 1], (en[j - 1],)))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return aligned[::-1]


def line_span(doc: Document, line: int) -> tuple[int, int]:
    """Offsets of a line's text without its indentation and line break."""
    start = doc.line_starts[line - 1]
    content = doc.line_text(line)
    indent = len(content) - len(content.lstrip())
    return start + indent, start + len(content)


def location(doc: Document, offset: int) -> str:
    """file:line of an offset, for messages that point to the other side of a pair; file:part:line
    in a file read in parts, where a line is a paragraph of the part (nota.es.docx:footnotes:2)."""
    line = doc.position(offset)[0]
    part = doc.unit_at(offset) if doc.file_map is not None and doc.file_map.parts else ""
    return f"{Path(doc.path).name}:{part + ':' if part else ''}{line}"
