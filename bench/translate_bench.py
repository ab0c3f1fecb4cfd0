"""Translation benchmark: raw Apertium vs xlate's round trip vs the cached re-run, on the same sentences.

The sentences are the seeds' plus a generated 5,000-sentence corpus. Prints, from one run:
- raw: `apertium eng-spa` once over every sentence, then `apertium spa-eng` once over its output;
- xlate round trip: the same two legs through xlate (batching, cache writes, chrF scoring), cold cache;
- cached: the same round trip again, answered from the cache.
Targets: round trip <= 1.2x the two raw calls; cached >= 20x faster than the cold round trip.

Each figure is the best of --repeat runs (default 3), so other work on the machine disturbs it less.

Usage: python bench/translate_bench.py [--sentences 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.core.document import Document  # noqa: E402
from xlate.translate import CachedEngine, TranslationCache  # noqa: E402
from xlate.translate.apertium import SEPARATOR, ApertiumEngine  # noqa: E402
from xlate.translate.roundtrip import round_trip  # noqa: E402
from xlate.translate.sentences import document_sentences  # noqa: E402

SUBJECTS = ["The president", "A judge", "The minister of security", "Human rights groups", "The prison director",
            "Two journalists", "The opposition", "Police officers", "The government", "Families of inmates"]
VERBS = ["visited", "criticized", "defended", "described", "inspected", "questioned", "praised", "closed"]
OBJECTS = ["the new prison", "the security plan", "the state of exception", "the gang crackdown",
           "the detention conditions", "the mass trials", "the border checkpoint", "the report on deaths"]
TAILS = ["on Friday", "after the meeting", "in Tecoluca", "during a press conference", "last year",
         "without giving details", "before the election", "for the third time"]


def generated_sentences(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    sentences = []
    while len(sentences) < count:
        n = len(sentences)
        sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                         f"{rng.choice(TAILS)}, according to report {n + 1}.")
    return sentences


def seed_sentences() -> list[str]:
    docs = [Document.from_path(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [s.text for d in docs for s in document_sentences(d, min_words=2) if s.lang == "en"]


def raw_apertium(mode: str, sentences: list[str]) -> tuple[float, list[str]]:
    start = time.perf_counter()
    out = subprocess.run(["apertium", "-u", "-f", "txt", mode], input=SEPARATOR.join(sentences) + "\n",
                         capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - start, out.strip("\n").split(SEPARATOR)


def timed_round_trip(sentences: list[str], cache_dir: Path) -> tuple[float, list]:
    engine = CachedEngine(ApertiumEngine(), TranslationCache(cache_dir))
    engine.version  # the engine's fingerprint is computed once per run, outside the timed part
    start = time.perf_counter()
    trips = round_trip([(s, "en") for s in sentences], engine)
    return time.perf_counter() - start, trips


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sentences = seed_sentences() + generated_sentences(args.sentences)
    raw = forward_time = back_time = cold = warm = float("inf")
    for _ in range(args.repeat):
        forward, spanish = raw_apertium("eng-spa", sentences)
        back, _ = raw_apertium("spa-eng", spanish)
        if forward + back < raw:
            raw, forward_time, back_time = forward + back, forward, back
        with tempfile.TemporaryDirectory() as cache_dir:
            cold_run, trips = timed_round_trip(sentences, Path(cache_dir))
            warm_run, again = timed_round_trip(sentences, Path(cache_dir))
        assert [t.score for t in trips] == [t.score for t in again]
        cold, warm = min(cold, cold_run), min(warm, warm_run)
    print(f"sentences:                 {len(sentences)} ({len(sentences) - args.sentences} from seeds)")
    print(f"raw apertium, two calls:   {raw:7.2f} s  (eng-spa {forward_time:.2f} s + spa-eng {back_time:.2f} s)")
    print(f"xlate round trip (cold):   {cold:7.2f} s  = {cold / raw:.2f}x raw   (target <= 1.2x)")
    print(f"xlate round trip (cached): {warm:7.2f} s  = {cold / warm:.0f}x faster than cold (target >= 20x)")
    print(f"median chrF:               {sorted(t.score for t in trips)[len(trips) // 2]:.1f}")


if __name__ == "__main__":
    main()
