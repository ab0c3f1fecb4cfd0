"""Round trips: translate each sentence to the other language and back, score it with chrF.

A low score marks a sentence that machine translation (and often a human
translator) will get wrong. A high score proves less than it seems: a word
the engine does not know is copied through both legs unchanged and scores
perfectly, so a round trip says nothing about tokens it copies.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from xlate.translate.engine import Engine

OTHER = {"en": "es", "es": "en"}


@dataclass(frozen=True)
class RoundTrip:
    text: str
    lang: str
    forward: str   # the text in the other language
    back: str      # translated back into its own language
    score: float   # sentence chrF of back against text, 0-100

    def to_dict(self) -> dict:
        return asdict(self)


def chrf_scorer():
    from sacrebleu.metrics import CHRF
    metric = CHRF()
    return lambda hypothesis, reference: metric.sentence_score(hypothesis, [reference]).score


def round_trip(items: list[tuple[str, str]], engine: Engine) -> list[RoundTrip]:
    """Round-trip (text, lang) items: two engine batches per language, whatever the number of items."""
    results: dict[int, RoundTrip] = {}
    score = chrf_scorer()
    for lang in sorted({lang for _, lang in items}):
        indexes = [i for i, (_, item_lang) in enumerate(items) if item_lang == lang]
        texts = [items[i][0] for i in indexes]
        forward = engine.translate(texts, lang, OTHER[lang])
        back = engine.translate(forward, OTHER[lang], lang)
        for i, text, fwd, bck in zip(indexes, texts, forward, back):
            results[i] = RoundTrip(text, lang, fwd, bck, round(score(bck, text), 1))
    return [results[i] for i in range(len(items))]
