"""Round trips: translate each sentence to the other language and back, score it with chrF.

A low score marks a sentence that machine translation (and often a human
translator) will get wrong. A high score proves less than it seems: a word
the engine does not know is copied through both legs unchanged and scores
perfectly, so a round trip says nothing about tokens it copies.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from xlate.translate.cache import CachedEngine, TranslationCache
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


def chrf_scores(pairs: list[tuple[str, str]], cache: TranslationCache | None = None) -> list[float]:
    """Sentence chrF of each (hypothesis, reference), from the cache where it was computed before
    (scoring costs more than a cached translation)."""
    import sacrebleu
    from sacrebleu.metrics import CHRF
    metric, name = CHRF(), f"chrF sacrebleu {sacrebleu.__version__}"
    keys = [f"{ref}\0{hyp}" for hyp, ref in pairs]
    known = cache.lookup_scores(name, keys) if cache else {}
    fresh = {k: round(metric.sentence_score(hyp, [ref]).score, 1)
             for k, (hyp, ref) in zip(keys, pairs) if k not in known}
    if cache:
        cache.store_scores(name, fresh)
    return [known.get(k, fresh.get(k)) for k in keys]


def round_trip(items: list[tuple[str, str]], engine: Engine) -> list[RoundTrip]:
    """Round-trip (text, lang) items: two engine batches per language, whatever the number of items."""
    results: dict[int, RoundTrip] = {}
    cache = engine.cache if isinstance(engine, CachedEngine) else None
    for lang in sorted({lang for _, lang in items}):
        indexes = [i for i, (_, item_lang) in enumerate(items) if item_lang == lang]
        texts = [items[i][0] for i in indexes]
        forward = engine.translate(texts, lang, OTHER[lang])
        back = engine.translate(forward, OTHER[lang], lang)
        scores = chrf_scores(list(zip(back, texts)), cache)
        for i, text, fwd, bck, score in zip(indexes, texts, forward, back, scores):
            results[i] = RoundTrip(text, lang, fwd, bck, score)
    return [results[i] for i in range(len(items))]
