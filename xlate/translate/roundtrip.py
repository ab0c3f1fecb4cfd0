"""Round trips: translate each sentence to the other language and back, score it with chrF.

A low score marks a sentence that machine translation (and often a human
translator) will get wrong. A high score proves less than it seems: a word
the engine does not know is copied through both legs unchanged and scores
perfectly, so a round trip says nothing about tokens it copies.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from xlate.infra.cachefile import source_stamp
from xlate.core.document import Document
from xlate.translate import sentences as splitter
from xlate.translate.cache import CachedEngine, TranslationCache
from xlate.translate.engine import Engine
from xlate.translate.sentences import Sentence, round_trip_sentences, sentence_text

OTHER = {"en": "es", "es": "en"}
_ROW_FORMAT = "2"   # of a document's row: (starts, ends, langs, scores, round trips by index)


class RoundTrip(NamedTuple):   # a tuple: a warm run over an archive reads 200,000 of them
    text: str
    lang: str
    forward: str   # the text in the other language
    back: str      # translated back into its own language
    score: float   # sentence chrF of back against text, 0-100

    def to_dict(self) -> dict:
        return self._asdict()


@lru_cache(maxsize=1)   # one scorer per process
def _chrf():
    from sacrebleu.metrics import CHRF
    return CHRF()


@lru_cache(maxsize=1)
def metric_name() -> str:
    """The scorer and its version, as cache keys hold them. Read from the installed package's
    metadata: a warm run scores nothing, and importing sacrebleu costs 80 ms."""
    from importlib import metadata
    try:
        return f"chrF sacrebleu {metadata.version('sacrebleu')}"
    except metadata.PackageNotFoundError:   # not installed as a distribution (vendored): ask the module
        import sacrebleu
        return f"chrF sacrebleu {sacrebleu.__version__}"


def _score_key(hypothesis: str, reference: str) -> str:
    return f"{reference}\0{hypothesis}"


def chrf_scores(pairs: list[tuple[str, str]], cache: TranslationCache | None = None) -> list[float]:
    """Sentence chrF of each (hypothesis, reference), from the cache where it was computed before
    (scoring costs more than a cached translation)."""
    metric, name = _chrf(), metric_name()
    keys = [_score_key(hyp, ref) for hyp, ref in pairs]
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
    trips = [results[i] for i in range(len(items))]
    if cache:   # whole, for the next run's workers (cached_round_trips)
        keys = _trip_keys(engine, metric_name(), [(t.text, t.lang) for t in trips])
        cache.store_round_trips({key: (t.forward, t.back, t.score) for key, t in zip(keys, trips)})
    return trips


def _trip_keys(engine: Engine, metric: str, items: list[tuple[str, str]]) -> list[bytes]:
    """The cache key of each (text, lang) item's whole round trip: a hash of engine, version, metric,
    language and text joined by NULs. The common start is hashed once and the hash copied."""
    import hashlib
    common = hashlib.blake2b("\0".join((engine.name, engine.version, metric, "")).encode(), digest_size=16)
    keys = []
    for text, lang in items:
        key = common.copy()
        key.update(f"{lang}\0{text}".encode())
        keys.append(key.digest())
    return keys


def cached_scores(items: list[tuple[str, str]], engine: Engine) -> list[float | None]:
    """The round-trip score of each (text, lang) item whose round trip the cache holds whole, None
    for the others: all a sentence that scores well needs, read without its two translations."""
    if not isinstance(engine, CachedEngine):
        return [None] * len(items)
    keys = _trip_keys(engine, metric_name(), items)
    scores = engine.cache.lookup_round_trip_scores(keys)
    return [scores.get(key) for key in keys]


class ScoredSentences(NamedTuple):
    """A document's sentences as columns, and the round-trip score of each whose round trip the cache
    holds (None for the others). A sentence's text is made when asked for: most need only their score."""
    starts: list[int]
    ends: list[int]
    langs: list[str]
    scores: list[float | None]
    trips: dict[int, tuple[str, str, float]]   # by index: the round trips the last run needed whole
    key: bytes | None                          # of the document's row in the cache; None without a cache
    kept: bool                                 # read from that row

    def sentence(self, prose: str, i: int) -> Sentence:
        start, end = self.starts[i], self.ends[i]
        return Sentence(start, end, sentence_text(prose, start, end), self.langs[i])


def scored_sentences(doc: Document, engine: Engine, min_words: int) -> ScoredSentences:
    """The document's English and Spanish sentences of min_words words or more, with their cached
    scores. Once every sentence of a document is scored, the columns are kept together under a hash
    of the document (see round_trips_of): a warm run then reads one row for the document, instead of
    splitting it into sentences and reading a row for each (two thirds of its extra work)."""
    key = _document_key(engine, doc, min_words) if isinstance(engine, CachedEngine) else None
    kept = engine.cache.lookup_document_scores(key) if key else None
    if isinstance(kept, tuple) and len(kept) == len(ScoredSentences._fields) - 2:   # else damaged: read anew
        return ScoredSentences(*kept, key, True)
    sentences = round_trip_sentences(doc, min_words)
    scores = cached_scores([(s.text, s.lang) for s in sentences], engine)
    return ScoredSentences([s.start for s in sentences], [s.end for s in sentences], [s.lang for s in sentences],
                           scores, {}, key, False)


def round_trips_of(doc: Document, found: ScoredSentences, indexes: list[int], engine: Engine,
                   ) -> list[tuple[Sentence, RoundTrip | None]]:
    """The sentences at indexes with their cached round trips (None where the cache lacks one): from
    the document's row where it holds them, else from the round-trip table. Once every sentence is
    scored and these are all found, the row is written (again) to hold exactly these, which the next
    run over the same document and glossary will need."""
    sentences = [found.sentence(doc.prose, i) for i in indexes]
    trips = [RoundTrip(s.text, s.lang, *found.trips[i]) if i in found.trips else None
             for i, s in zip(indexes, sentences)]
    missing = [k for k, trip in enumerate(trips) if trip is None]
    looked_up = cached_round_trips([(sentences[k].text, sentences[k].lang) for k in missing], engine)
    for k, trip in zip(missing, looked_up):
        trips[k] = trip
    if found.key and (missing or not found.kept) and None not in found.scores and None not in trips:
        held = {i: (t.forward, t.back, t.score) for i, t in zip(indexes, trips)}
        engine.cache.store_document_scores(found.key, (found.starts, found.ends, found.langs, found.scores, held))
    return list(zip(sentences, trips))


def _document_key(engine: Engine, doc: Document, min_words: int) -> bytes:
    """A hash of all a document's scored sentences derive from: engine, version, metric, the sentence
    splitter's code and word minimum, the paragraphs (bounds and languages) and the prose."""
    import hashlib
    key = hashlib.blake2b(digest_size=16)
    key.update("\0".join((_ROW_FORMAT, engine.name, engine.version, metric_name(), str(min_words),
                          _splitter_stamp(), repr([tuple(p) for p in doc.paragraphs]), "")).encode())
    key.update(doc.prose.encode())
    return key.digest()


@lru_cache(maxsize=1)   # read once per process: every document's key holds it
def _splitter_stamp() -> str:
    """The sentence splitter's source stamp: a change to how sentences are split changes every key."""
    return repr(source_stamp(splitter))


def cached_round_trips(items: list[tuple[str, str]], engine: Engine) -> list[RoundTrip | None]:
    """The round trips of (text, lang) items that the cache holds whole (both legs and the score),
    None for the others: what round_trip would return, found without the engine. Workers call
    it on their own documents, so a warm run reads its cache in parallel."""
    found: list[RoundTrip | None] = [None] * len(items)
    if not isinstance(engine, CachedEngine):
        return found
    cache, metric = engine.cache, metric_name()
    keys = _trip_keys(engine, metric, items)
    whole = cache.lookup_round_trips(keys)
    for i, ((text, lang), key) in enumerate(zip(items, keys)):
        if key in whole:
            found[i] = RoundTrip(text, lang, *whole[key])
    rest = [i for i, trip in enumerate(found) if trip is None]
    for i, trip in zip(rest, _from_cached_legs([items[i] for i in rest], engine, metric)):
        found[i] = trip
    cache.store_round_trips({keys[i]: (found[i].forward, found[i].back, found[i].score) for i in rest if found[i]})
    return found


def _from_cached_legs(items: list[tuple[str, str]], engine: CachedEngine, metric: str) -> list[RoundTrip | None]:
    """Round trips put together from cached translations and scores (a cache filled before whole
    round trips were kept, or by `xlate translate`)."""
    found: list[RoundTrip | None] = [None] * len(items)
    cache, name, version = engine.cache, engine.name, engine.version
    for lang in sorted({lang for _, lang in items}):
        texts = [text for text, item_lang in items if item_lang == lang]
        forward = cache.lookup(name, version, lang, OTHER[lang], texts)
        back = cache.lookup(name, version, OTHER[lang], lang, list(forward.values()))
        pairs = {text: _score_key(back[fwd], text) for text, fwd in forward.items() if fwd in back}
        scores = cache.lookup_scores(metric, list(pairs.values()))
        for i, (text, item_lang) in enumerate(items):
            if item_lang == lang and text in pairs and pairs[text] in scores:
                fwd = forward[text]
                found[i] = RoundTrip(text, lang, fwd, back[fwd], scores[pairs[text]])
    return found
