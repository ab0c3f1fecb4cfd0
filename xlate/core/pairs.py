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


@dataclass
class Pair:
    spanish: Document
    english: Document
    aligned: list[AlignedParagraph] | None = field(default=None, repr=False)   # aligned_paragraphs, once

    def english_line_for(self, aligned: AlignedParagraph, offset: int) -> int:
        """The English line matching a Spanish offset: same relative place in the aligned paragraph."""
        es, en = aligned.spanish, aligned.english
        share = (offset - es.start) / max(1, es.end - es.start)
        return self.english.position(en.start + int(share * (en.end - en.start)))[0]


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
    """file:line of an offset, for messages that point to the other side of a pair."""
    return f"{Path(doc.path).name}:{doc.position(offset)[0]}"
