"""Build xlate/data/word-concepts.tsv.gz: the WordNet concepts an English lemma names, so that XL801
reads two words saying what a figure measures as one measure when WordNet makes them one.

    apt-get install wordnet-base && .venv/bin/python scripts/build_word_concepts.py

"Scientists counted 18 colonies" and "the census numbered 11 colonies", "the 30-meter-tall pyramid"
and "24 metros de altura", "the harvest" and "the crop", "employs 1,800" and "its 1,800 employees":
the words differ, and no spelling rule or one translation joins them; Princeton WordNet 3.0 (Debian's
wordnet-base, /usr/share/wordnet) does, by four of its relations:

- synonyms: the synsets of a lemma's first senses (SENSES_KEPT per part of speech, in WordNet's order,
  that of how often a sense was met in its tagged texts, and only senses those texts met): "count" and
  "number", "crop" and "harvest". A lemma's rare senses are left out: "get" is no arrival, "well" no
  source of supply, "great" no achiever.
- derivations, noun <-> verb <-> adjective, from the lemma's own word (WordNet's lexical "+" pointer):
  "employ" and "employee", "die" and "death", "produce" and "production"; and an adjective's attribute
  ("=": "tall" and "high" measure height, "deep" depth, "long" length).
- broader terms: a noun sense's hypernyms ("@") BROADER_DEPTH step up, so that a word and a word
  for its kind ("ponds" and "lakes", "ocasiones" and "times") meet; only broader synsets narrow enough to
  say what is measured (at most BROADER_LARGEST synsets below them): "event", "act", "measure", "thing"
  would join everything. Not a verb's (WordNet's verb hypernyms are manners: "fill" is to "change state",
  "kill" a kind of "be"), nor a derivation's ("vote": "voter", whose kind is "citizen").
- never a unit of measure or an amount (noun.quantity): units are the unit table's (text/units.py),
  and "rupee" is no "cent" of it, "a dozen" no "number".
- never a part and its whole (meronyms, holonyms): "the core zone" is no measure of "the reserve", "a
  phase" none of "the project" (xlate reads a part as a measure of its own: facts/ledger.py).

The lemmas are those the words xlate reads may name in English: the English of both translation
tables (data/word-translations.tsv.gz, data/noun-translations.tsv.gz, from Apertium: a Spanish word
reaches WordNet through them) and the English words of data/word-classes.tsv.gz. A line is
"lemma<TAB>wn<TAB>concepts": each concept a part of speech and a synset offset in base 36 ("n2kq5w"),
a broader one after the steps it lies up ("1:n2kq5w"). xlate/text/word_concepts.py reads it.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import wordnet  # noqa: E402
from scripts.wordnet import WORDNET  # noqa: E402

DATA = ROOT / "xlate" / "data"
OUT = DATA / "word-concepts.tsv.gz"
PARTS_OF_SPEECH = {"noun": "n", "verb": "v", "adj": "a"}
SENSES_KEPT = 2          # a lemma's first senses per part of speech
BROADER_DEPTH = 1        # hypernym steps (docs/decisions.md, session 12: two made false pairs on real-news)
BROADER_LARGEST = 300    # synsets at most below a broader concept kept
QUANTITY_FILE = 23       # WordNet's lexicographer file noun.quantity: units of measure and amounts


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if not number:
            return text


class WordNet:
    """The parts of WordNet 3.0's data and index files this table needs."""

    def __init__(self, folder: Path):
        self.senses: dict[tuple[str, str], list[str]] = {}        # (lemma, pos) -> synset keys, first sense first
        self.tagged: dict[tuple[str, str], int] = {}              # (lemma, pos) -> how many of them were met tagged
        self.words: dict[str, list[str]] = {}                     # synset key -> its words, lowercase
        self.hypernyms: dict[str, list[str]] = defaultdict(list)
        self.hyponyms: dict[str, list[str]] = defaultdict(list)
        self.derived: dict[tuple[str, str], list[str]] = defaultdict(list)   # (synset, word) -> synsets
        self.attributes: dict[str, list[str]] = defaultdict(list)
        self.units: set[str] = set()                              # noun.quantity's synsets: units, amounts
        for name, pos in PARTS_OF_SPEECH.items():
            for synset in wordnet.synsets(folder, name):
                self._add(synset, pos)
            for entry in wordnet.index(folder, name):
                self.senses[entry.lemma, pos] = [pos + offset for offset in entry.synsets]
                self.tagged[entry.lemma, pos] = entry.tagged

    def _add(self, synset: wordnet.Synset, pos: str) -> None:
        key = pos + synset.offset
        words = self.words[key] = [lemma.lower().split("(")[0] for lemma in synset.lemmas]
        if pos == "n" and synset.lex_file == QUANTITY_FILE:
            self.units.add(key)
        for symbol, offset, their_pos, numbers in synset.pointers:
            other = ("a" if their_pos == "s" else their_pos) + offset
            if symbol == "@":
                self.hypernyms[key].append(other)
                self.hyponyms[other].append(key)
            elif symbol == "+":
                source = int(numbers[:2], 16)
                if source:
                    self.derived[key, words[source - 1]].append(other)
            elif symbol == "=":
                self.attributes[key].append(other)

    def below(self) -> dict[str, int]:
        """How many synsets lie below each (hyponyms, at any depth): how broad it is."""
        sizes: dict[str, int] = {}

        def size(key: str, seen: frozenset = frozenset()) -> int:
            if key not in sizes:
                sizes[key] = sum(1 + size(child, seen | {key}) for child in self.hyponyms.get(key, ()) if child not in seen)
            return sizes[key]
        sys.setrecursionlimit(10000)
        for key in list(self.words):
            size(key)
        return sizes


def concepts(wordnet: WordNet, lemma: str, below: dict[str, int]) -> list[str]:
    """The concepts of lemma: its first senses' synsets, what its word derives and an adjective's
    attribute; then, marked with their steps, the broader synsets up to BROADER_DEPTH steps up."""
    own: dict[str, None] = {}
    senses = first_senses(wordnet, lemma)
    for synset in senses:
        own[synset] = None
        for other in [*wordnet.derived.get((synset, lemma), ()), *wordnet.attributes.get(synset, ())]:
            own[other] = None
    broader: dict[str, int] = {}
    level = [synset for synset in senses if synset[0] == "n"]   # a noun's kinds, not a verb's manners nor a derivation's
    for step in range(1, BROADER_DEPTH + 1):
        level = [parent for synset in level for parent in wordnet.hypernyms.get(synset, ())]
        for parent in level:
            if parent not in own and parent not in broader and below.get(parent, 0) <= BROADER_LARGEST \
                    and parent not in wordnet.units:
                broader[parent] = step
    own = {synset: None for synset in own if synset not in wordnet.units}
    return [_written(synset) for synset in own] + [f"{step}:{_written(synset)}" for synset, step in broader.items()]


def first_senses(wordnet: WordNet, lemma: str) -> list[str]:
    """A lemma's first senses in each part of speech, up to SENSES_KEPT, and only those WordNet's tagged
    texts met ("great" the adjective, not "a great" the achiever: no text tagged the noun); a lemma no
    tagged text met in any part of speech keeps each one's first sense ("hippo")."""
    tagged = {pos: wordnet.tagged.get((lemma, pos), 0) for pos in PARTS_OF_SPEECH.values()}
    if not any(tagged.values()):
        return [synsets[0] for pos in PARTS_OF_SPEECH.values() if (synsets := wordnet.senses.get((lemma, pos)))]
    return [synset for pos, count in tagged.items() for synset in wordnet.senses.get((lemma, pos), [])[:min(SENSES_KEPT, count)]]


def _written(synset: str) -> str:
    return synset[0] + _base36(int(synset[1:]))


def english_lemmas() -> set[str]:
    """The English the words xlate reads may name: both translation tables' English, and the English
    words of the word classes."""
    lemmas = set()
    for name in ("word-translations", "noun-translations"):
        with gzip.open(DATA / f"{name}.tsv.gz", "rt", encoding="utf-8") as lines:
            for line in lines:
                if not line.startswith("#"):
                    lemmas.update(line.rstrip("\n").split("\t")[2].split())
    with gzip.open(DATA / "word-classes.tsv.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[1] == "en":
                lemmas.add(fields[0])
    return lemmas


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help=f"WordNet 3.0's dict folder (default: {WORDNET})")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    wordnet = WordNet(args.wordnet)
    below = wordnet.below()
    rows = []
    for lemma in sorted(english_lemmas()):
        found = concepts(wordnet, lemma.replace(" ", "_"), below)
        if found:
            rows.append(f"{lemma}\twn\t{' '.join(found)}\n")
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as out:   # (no date: a rebuild is byte-identical)
        out.write(("# English lemmas with the WordNet concepts each names: first senses, derivations, attributes,\n"
                  f"# and hypernyms up to {BROADER_DEPTH} step(s) up (\"1:\" one step) of at most {BROADER_LARGEST} synsets below.\n"
                  "# From Princeton WordNet 3.0 (Debian's wordnet-base; see word-concepts-LICENSE.md).\n"
                  "# Rebuilt by scripts/build_word_concepts.py; do not edit.\n" + "".join(rows)).encode("utf-8"))
    print(f"{len(rows)} lemmas -> {args.out}")


if __name__ == "__main__":
    main()
