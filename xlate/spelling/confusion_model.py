"""A classifier per confusion set, learnt from correct text: how much likelier one word of a pair is
than the other in the context where one of them is written (XL401's learnt evidence).

The method is Golding and Roth's (1999, "A Winnow-based approach to context-sensitive spelling
correction") and Golding's (1995, a Bayesian hybrid): every occurrence of a set's word in correct,
edited text is a labelled example of that word, and what decides is its context, read as

- collocations: the word or mark right before and right after, the two before, the two after, the
  one before with the one after, each as the words themselves and as their word classes ("the effect
  of": <the> _ <of>; "to affect the": <to> _ <the>; a noun and a preposition around it);
- context words and classes within WINDOW (three) tokens on either side, by side: the words
  themselves, and their parts of speech and the meaning of a noun (WordNet's lexicographer file:
  "sighting" + an act of a person, "citing" + a communication), which generalize where the text is
  thin. Golding and Roth also read the words of grammar up to ten words off ("when ... then");
  here a comparative ten words back outweighed the clause that follows ("There is more space on the
  other side then the popup is placed above": "then" read as "than"), so nothing past WINDOW is read
  (docs/decisions.md, session 12).

A model per pair of words is a logistic regression over those features (trained by
scripts/build_confusion_model.py in plain Python, its weights shipped in a small table): its score
is the log-odds of the pair's second word against its first, so a check asks "how many times
likelier is the other word here" with a few dozen look-ups per suspect. Any language whose word
classes xlate/text/word_classes.py reads works alike: the features read the language's own class
table.

The tokens a model reads are those of xlate.core.document.Tokens, at build time and at check time
alike: words lowercased, and between them the marks of the text between two words (a comma, a
dash, a number as "#"); a sentence's end stops the context ("<s>" before its first word, "</s>"
after its last).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from xlate.infra.tables import load_table
from xlate.text.word_classes import ES_INTERROGATIVES, MEANINGS, PARTS_OF_SPEECH, class_masks, lexicon, mask_of

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
WINDOW = 3                  # tokens either side whose words and classes are features
SCALE = 1000                # weights are shipped as integers: thousandths of a unit of log-odds
# A pair's features (or one kind of them: its cues') are read out of the table whole once this many
# have been looked up one by one: reading out a pair's some 3,000 features costs 0.3 ms, as many
# look-ups as that, and a check weighs most pairs a few times (over real-news pairs 25 pairs, 139
# margins of twenty-odd features each, 3 at the median) and screens a few words thousands of times
# (docs/decisions.md, session 15)
READ_OUT_AFTER = 400
START, END = "<s>", "</s>"
CUE_WEIGHT = SCALE // 2       # what the neighbours must weigh together (ConfusionModel.may_favour): 1.6 times likelier
THRESHOLD = ">"             # a pair's feature ">word": the margin a finding needs where word is written
EXAMPLES_THRESHOLD = "^"    # "^word": above every margin of the data file's right examples where word is written
RECALL = "%"                # "%word": the share of errors (in thousandths) ">word" caught in text not learnt from
OWN_WORDS = "*own"          # the model file's lines that list its own words (Classes), not a pair
NUMBER = "#"
SENTENCE_ENDS = frozenset(".!?¶")
MARKS = {",": ",", ";": ";", ":": ":", "(": "(", ")": ")", "—": "—", "–": "—", "-": "—"}
DOUBLE_QUOTES = frozenset('"“”«»„')     # a word in them is mentioned, not used: the quote is a mark
SINGLE_QUOTES = frozenset("'‘’`")      # no mark: an apostrophe ends "the drivers' cars"
SYMBOL = "_"                            # any other sign: code, a path, markup ("{lnum}", "~", "|")


def model_path(language: str) -> Path:
    return DATA_DIR / f"confusion-model-{language}.tsv.gz"


# ---- context -------------------------------------------------------------------------------

_NO_MARKS: tuple[str, ...] = ()


@lru_cache(maxsize=4096)
def gap_tokens(gap: str) -> tuple[str, ...] | None:
    """The marks of the text between two words, in order, as tokens; None when a sentence ends in
    it (a full stop, a question or exclamation mark, a blank line). A figure is one token, "#"
    ("3.5%", "1,200"); a double quote is '"', a sign of code or markup "_"; single quotes are none
    ("the drivers' cars", "said 'it")."""
    if gap == " ":
        return _NO_MARKS      # most gaps
    if "\n\n" in gap:
        return None
    tokens: list[str] = []
    n, length = 0, len(gap)
    while n < length:
        char = gap[n]
        if char.isdigit():
            tokens.append(NUMBER)
            n += 1
            while n < length and (gap[n].isdigit() or gap[n] == "%"
                                  or (gap[n] in ".," and n + 1 < length and gap[n + 1].isdigit())):
                n += 1
            continue
        if char in SENTENCE_ENDS:
            return None
        if char.isspace() or char in SINGLE_QUOTES:
            n += 1
            continue
        mark = '"' if char in DOUBLE_QUOTES else MARKS.get(char, SYMBOL)
        if not (tokens and tokens[-1] == mark):
            tokens.append(mark)
        n += 1
    return tuple(tokens)


def context(texts: Sequence[str], gaps: Sequence[str], i: int, size: int = 1,
            window: int = WINDOW) -> tuple[list[str], list[str]]:
    """The tokens before word i (nearest first) and after word i + size - 1 (nearest first), at most
    window each, lowercased; "<s>" or "</s>" ends a side at a sentence's edge. texts and gaps as in
    Tokens (gaps[n] is the text between word n and word n + 1)."""
    before: list[str] = []
    n = i - 1
    while len(before) < window:
        marks = gap_tokens(gaps[n]) if n >= 0 else None
        if marks is None:
            before.append(START)
            break
        if marks:
            before.extend(reversed(marks))
        if len(before) >= window:
            break
        before.append(normalise(texts[n]))
        n -= 1
    after: list[str] = []
    n = i + size - 1
    while len(after) < window:
        marks = gap_tokens(gaps[n]) if n < len(gaps) and n + 1 < len(texts) else None
        if marks is None:
            after.append(END)
            break
        if marks:
            after.extend(marks)
        if len(after) >= window:
            break
        after.append(normalise(texts[n + 1]))
        n += 1
    return before[:window], after[:window]


def is_word(token: str) -> bool:
    """A token of context() that is a word, not a mark or a sentence's edge."""
    return token[:1].isalpha()


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    return word.lower().replace("’", "'")


# ---- features ------------------------------------------------------------------------------

class Classes:
    """A language's word classes as a model reads them: a word's tag is its parts of speech joined
    ("noun+verb"), or the word itself when it is one of the model's own words (the commonest words of
    its training text: "the", "of", "will", "there" are each a class of their own, as the closed
    classes are in a tagger) or the lexicon has no part of speech for it (a mark is its own tag); its
    meanings are what its noun means ("n.person", "kind.vehicle")."""

    def __init__(self, language: str, own_words: Container[str] = frozenset()):
        self.parts = [(name, mask_of(language, name)) for name in PARTS_OF_SPEECH[language]]
        self.meanings = [(name, mask_of(language, name)) for name in MEANINGS[language]]
        self.part_masks = class_masks(language)
        self.meaning_masks = lexicon(language, mask_of(language, *MEANINGS[language]))
        self.own_words = own_words
        self._tags: dict[str, str] = {}
        self._senses: dict[str, tuple[str, ...]] = {}

    def tag(self, word: str) -> str:
        found = self._tags.get(word)
        if found is None:
            if word in self.own_words:
                found = word
            else:
                mask = self.part_masks.get(word, 0)
                found = "+".join(name for name, bit in self.parts if mask & bit) or word
            self._tags[word] = found
        return found

    def senses(self, word: str) -> tuple[str, ...]:
        found = self._senses.get(word)
        if found is None:
            mask = self.meaning_masks.get(word, 0)
            found = self._senses[word] = tuple(name for name, bit in self.meanings if mask & bit)
        return found


def own_words_of(counts: Mapping[str, int], most: int = 150) -> list[str]:
    """A training text's commonest words, each a class of its own (see Classes)."""
    return sorted(sorted(counts, key=lambda word: (-counts[word], word))[:most])


def features(classes: Classes, before: Sequence[str], after: Sequence[str]) -> list[str]:
    """Golding and Roth's features of one occurrence, from the tokens before and after it (nearest
    first, as context() gives them)."""
    l1, l2 = _at(before, 0, START), _at(before, 1, START)
    r1, r2 = _at(after, 0, END), _at(after, 1, END)
    tag = classes.tag
    t_l1, t_l2, t_r1, t_r2 = tag(l1), tag(l2), tag(r1), tag(r2)
    found = [
        f"l1={l1}", f"r1={r1}", f"l2={l2} {l1}", f"r2={r1} {r2}", f"lr={l1} {r1}",
        f"tl1={t_l1}", f"tr1={t_r1}", f"tl2={t_l2} {t_l1}", f"tr2={t_r1} {t_r2}", f"tlr={t_l1} {t_r1}",
        f"l1tr={l1} {t_r1}", f"tl1r={t_l1} {r1}",
        f"xl1={_ending(l1)}", f"xr1={_ending(r1)}", f"xl2={_ending(l2)}",
        f"txl1={t_l1}~{l1[-2:]}", f"txr1={t_r1}~{r1[-2:]}",
    ]
    for side, tokens in (("l", before), ("r", after)):
        for token in tokens[:WINDOW]:
            if token in (START, END):
                continue
            found.append(f"w{side}={token}")
            found.extend(f"m{side}={sense}" for sense in classes.senses(token))
        found.extend(f"s{side}={sense}" for sense in classes.senses(_at(tokens, 0, "")))
    return found


def _ending(word: str) -> str:
    """A word's last three letters, what its form says of it where the lexicon cannot ("quickly" an
    adverb, "firmado" a participle); a short word is itself. With its tag, the last two ("adj~er":
    "larger" a comparative, where "available" is "adj~le")."""
    return word[-3:] if len(word) > 4 else word


def _at(tokens: Sequence[str], n: int, default: str) -> str:
    return tokens[n] if n < len(tokens) else default


# ---- training ------------------------------------------------------------------------------

def pair_key(first: str, second: str) -> str:
    """The name of the model that weighs first against second: the two words in sorted order."""
    return "|".join(sorted((first, second)))


def train(examples: Sequence[tuple[int, list[str]]], least: int = 2, epochs: int = 8, rate: float = 0.1,
          l2: float = 1e-5, seed: int = 1, balanced: bool = False) -> dict[str, float]:
    """A logistic regression over the examples (label 1 for the pair's second word in sorted order,
    0 for its first; the features of each), by stochastic gradient descent with an L2 penalty: its
    weights, "" the bias. Features seen in fewer than `least` examples are left out: a single
    occurrence says nothing of the word.

    Stochastic descent stops short of the optimum, so its weights depend on the order the examples
    came in; and an order drawn by position is a new one whenever a sentence of the text comes or
    goes, which moves a margin with no change in what the text says (rebuilt without 0.6% of its
    text, the Spanish model moved margins by a median 0.37: docs/decisions.md, session 14). So each
    epoch's order ranks the examples by a key of their content mixed with the seed and the epoch
    (content_keys, ranked): an example keeps its rank among the others whatever else the text holds,
    and the same examples in any order learn the same weights. A builder averages the descents of
    several seeds (scripts/build_confusion_model.py, learn)."""
    seen = Counter(feature for _, found in examples for feature in set(found))
    kept = [(label, [f for f in found if seen[f] >= least]) for label, found in examples]
    return _descend(kept, content_keys(found for _, found in examples), epochs, rate, l2, seed, balanced)


def _descend(kept: Sequence[tuple[int, list[str]]], keys: Sequence[int], epochs: int, rate: float, l2: float,
             seed: int, balanced: bool) -> dict[str, float]:
    """One descent of train's, its epochs' orders ranked by the examples' content keys mixed with the
    seed and the epoch (ranked)."""
    positives = sum(label for label, _ in kept)
    weights: dict[str, float] = {"": 0.0 if balanced else math.log((positives + 1) / (len(kept) - positives + 1))}
    # balanced: each word's examples weigh as much as the other's together, so the weights tell the
    # evidence of the context and the bias stays near 0, whatever the words' frequencies
    share = ((len(kept) / (2 * max(1, len(kept) - positives)), len(kept) / (2 * max(1, positives))) if balanced
             else (1.0, 1.0))
    step = 0
    for epoch in range(epochs):
        for n in ranked(keys, seed * 1000 + epoch):
            label, found = kept[n]
            step += 1
            speed = rate / (1 + step * rate * l2 * 50)
            score = weights[""] + sum(weights.get(f, 0.0) for f in found)
            error = (label - _sigmoid(score)) * share[label]
            weights[""] += speed * error
            for f in found:
                w = weights.get(f, 0.0)
                weights[f] = w + speed * (error - l2 * w)
    return weights


_MASK64 = (1 << 64) - 1


def content_keys(examples: Iterable[Sequence[str]]) -> list[int]:
    """A 64-bit key of each example's features (its context), the k-th of identical ones keyed apart:
    what ranks it in an order or a sample, so that neither depends on where in the text it stands."""
    import hashlib   # training only
    keys, copies = [], Counter()
    for found in examples:
        text = "\t".join(found)
        copies[text] += 1
        digest = hashlib.blake2b(f"{copies[text]}\t{text}".encode("utf-8"), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big"))
    return keys


def ranked(keys: Sequence[int], seed: int) -> list[int]:
    """The indices of keys ranked by the keys mixed with seed (xor with a mask, then an odd multiplier,
    modulo 2^64): another order for each seed, and each key's rank among the others the same whatever
    else the list holds."""
    import random   # training only
    draw = random.Random(seed)
    mask, odd = draw.getrandbits(64), draw.getrandbits(64) | 1
    return sorted(range(len(keys)), key=lambda n: ((keys[n] ^ mask) * odd) & _MASK64)


def _sigmoid(score: float) -> float:
    if score < -30:
        return 0.0
    if score > 30:
        return 1.0
    return 1 / (1 + math.exp(-score))


def prune(weights: Mapping[str, float], smallest: float = 0.05) -> dict[str, int]:
    """The weights worth shipping, in thousandths: one that moves the odds by less than 5% is noise."""
    return {f: round(w * SCALE) for f, w in weights.items() if f == "" or abs(w) >= smallest}


def write_model(path: Path, language: str, models: Mapping[str, Mapping[str, int]], own_words: Iterable[str],
                header: str) -> None:
    """The models of a language as a gzipped table: a line "pair<TAB>feature<TAB>weight", the bias
    with an empty feature, and a line "*own<TAB>word<TAB>1" for each of the own words the features
    were read with; header's lines as comments first. Sorted, and written without a time stamp, so
    that a rebuild from the same text is the same file."""
    import gzip   # building a model only
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines.append(f"# language: {language}; weights in 1/{SCALE} of log-odds of the pair's second word")
    lines.extend(f"{OWN_WORDS}\t{word}\t1" for word in sorted(own_words))
    for pair in sorted(models):
        for feature, weight in sorted(models[pair].items()):
            lines.append(f"{pair}\t{feature}\t{weight}")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


def _parse(path: Path) -> dict[str, int]:
    import gzip   # only when the user cache lacks the table: a warm check never imports it
    weights: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                pair, feature, weight = line.rstrip("\n").split("\t")
                weights[f"{pair}\t{feature}"] = int(weight)
    return weights


# ---- scoring -------------------------------------------------------------------------------

class Bars(NamedTuple):
    """How a language's learnt evidence decides: one rule (ConfusionModel.finds), these its data (in every
    language the margin must also pass its direction's threshold and stand above its right examples).
    least: the margin, with the log of the word pairs' odds where they tell, must reach it (e^4 is 55
    times likelier); word_pairs: the odds of the word pairs (published English's counts of the two
    neighbours, none in Spanish) are read beside the margin, and count against the threshold where they
    favour the word written; beside_patterns: the model decides for entries with context patterns too, where none of them did
    (otherwise only for entries that need none); beside_recall: there, only in a direction whose threshold
    caught at least this share of the errors in text the model had not learnt from (ConfusionModel.recall):
    an entry is given patterns where the word pairs cannot tell its words apart, and a model that
    cannot either (less/fewer: 14-20%, where its/it's is 37%, affect/effect 77%) should not decide alone;
    interrogatives: the words that, at a sentence's start without the language's opening mark, the
    model never proposes beside the patterns (Spanish "Como provienen de...": a direct question opens
    with "¿", so the word written is the relative or conjunction it spells)."""
    least: float
    word_pairs: bool
    beside_patterns: bool
    beside_recall: float = 0.0
    interrogatives: frozenset[str] = frozenset()


BARS = {
    # chosen on the dev sets with the patterns off, real-news and other correct English, with each
    # direction's threshold at 0.01 alarms per 10,000 words of text not learnt from (docs/decisions.md,
    # session 13, clf13): the word pairs and the model read the same neighbours independently; the
    # right examples keep the data file's traps clean ("The principle holds for every member."); 4.0 with
    # the name guard of confusable.learnt_evidence; beside the patterns too (session 14, clf14), for the
    # entries whose word pairs are off (its -> it's, affect -> effect, your -> you're: evidence = 0), by
    # the one reading of confusable.learnt_beside_patterns (the word pairs' odds read as word_pairs says)
    "en": Bars(least=4.0, word_pairs=True, beside_patterns=True, beside_recall=0.3),
    # chosen on the Spanish dev sets, real-news and the held-out documentation (session 12, clf12es); each
    # direction's threshold at 0.2 alarms per 10,000 words of the training text it was not trained on
    # (session 13, clf13es: "de" for "dé" needs 17.7, "se" for "sé" 4.4; a least of 5 read "pero se tiene
    # que hacer" as "sé"); 5.5 with the model of five orders (session 14, clf14es: its margins move a tenth
    # of what one order's did, and none of real-news's or the held-back documentation's correct uses sits
    # between 5.5 and 6)
    "es": Bars(least=5.5, word_pairs=False, beside_patterns=True, interrogatives=ES_INTERROGATIVES),
}


class Cues(NamedTuple):
    """What one model weighs for the other word in the words right beside it: the weights (toward the
    other word, in thousandths) of the word before and after it, and of their word classes
    (Classes.tag)."""
    before: Mapping[str, int]
    after: Mapping[str, int]
    classes_before: Mapping[str, int]
    classes_after: Mapping[str, int]

    def favour(self, left: str, following: str, tag: Callable[[str], str]) -> bool:
        """Whether the two neighbours together weigh at least CUE_WEIGHT for the other word: "no se si"
        (sé) has no neighbour that does alone, and a margin of 7."""
        return (self.before.get(left, 0) + self.after.get(following, 0) + self.classes_before.get(tag(left), 0)
                + self.classes_after.get(tag(following), 0)) >= CUE_WEIGHT


class ConfusionModel:
    """The shipped models of one language: weights keyed "pair<TAB>feature" in one table. A pair's
    bias and thresholds are one keyed lookup each; a margin, and the cues beside a suspect, look up
    the features they read one by one, until READ_OUT_AFTER of them have been, then read the pair's
    features out as a dict (_PairFeatures): a check weighs most pairs a few times, some many, and
    screens many more that it never weighs."""

    def __init__(self, language: str, weights: Mapping[str, int]):
        self.language = language
        self.weights = weights
        self.classes = Classes(language, frozenset(_with_prefix(weights, f"{OWN_WORDS}\t")))
        self._pairs: dict[str, _PairFeatures] = {}
        self._cues: dict[tuple[str, str], Cues] = {}
        self._weighs: dict[tuple[str, str], bool] = {}

    def _pair(self, written: str, right: str) -> "_PairFeatures":
        """The pair's model, feature -> weight: what a margin reads."""
        pair = pair_key(written, right)
        found = self._pairs.get(pair)
        if found is None:
            found = self._pairs[pair] = _PairFeatures(self.weights, f"{pair}\t")
        return found

    def _weight(self, written: str, right: str, feature: str) -> int | None:
        """One weight of the pair's model, looked up by its key in the table ("" the bias)."""
        return self.weights.get(f"{pair_key(written, right)}\t{feature}")

    def knows(self, written: str, right: str) -> bool:
        return self._weight(written, right, "") is not None

    def threshold(self, written: str, right: str) -> float | None:
        """The margin a finding needs where written stands for right: set at build time where correct
        uses of written in text the model had not learnt from raise at most the build's --rate alarms
        per 10,000 words of it, this direction alone (above every one at rate 0; the model's header
        says the rate; scripts/build_confusion_model.py, calibrate); None where that threshold let
        through too few of the errors in that text for the model to be worth weighing."""
        found = self._weight(written, right, f"{THRESHOLD}{written}")
        return None if found is None else found / SCALE

    def recall(self, written: str, right: str) -> float | None:
        """The share of the errors in text the model had not learnt from (occurrences of right read as if
        written stood there) that the direction's threshold caught (scripts/build_confusion_model.py,
        Calibration); None where the model has no threshold for it or was built without these rows."""
        found = self._weight(written, right, f"{RECALL}{written}")
        return None if found is None else found / SCALE

    def tells_apart(self, written: str, right: str) -> bool:
        """Whether the direction's threshold caught enough of the errors in text the model had not learnt
        from (recall) for the model to decide alone beside an entry's patterns (Bars.beside_recall; every
        direction where the language's bars set no share)."""
        least = BARS[self.language].beside_recall
        return not least or (self.recall(written, right) or 0) >= least

    def examples_threshold(self, written: str, right: str) -> float | None:
        """Above every margin the model gives written in the right examples of the data file's entries
        that take it as wrong (scripts/build_confusion_model.py, example_threshold); None when none
        holds it."""
        found = self._weight(written, right, f"{EXAMPLES_THRESHOLD}{written}")
        return None if found is None else found / SCALE

    def weighs(self, written: str, right: str) -> bool:
        """Whether a margin of this direction can decide at all (finds): a threshold for the direction
        (none without a model for the pair). Asked for every suspect: kept per direction."""
        found = self._weighs.get((written, right))
        if found is None:
            found = self._weighs[(written, right)] = self.threshold(written, right) is not None
        return found

    def finds(self, written: str, right: str, margin: float, odds: float = 0.0) -> bool:
        """The one rule by which a learnt margin decides that right was meant where written stands, in
        every language (BARS holds their differences): the margin, with the log of the word pairs' odds
        where they tell (two independent readings of the context, so their log-odds add: the evidence),
        at least the language's least; the margin at least the direction's threshold, and so the
        evidence where the word pairs find the word written the likelier (odds under 1: what they say
        against right counts against the threshold, which bounds the margins of correct uses alone;
        "The investigation lead to the arrest", margin 6.7 and odds 0.89 for "led", is found, "can
        damage cells and lead to", 5.2 and 0.57, is not); and the right examples' bar."""
        evidence = margin + (math.log(odds) if odds else 0.0)
        if not min(margin, evidence) >= (self.threshold(written, right) or math.inf):
            return False
        if margin < (self.examples_threshold(written, right) or 0):
            return False
        return evidence >= BARS[self.language].least

    def may_favour(self, written: str, right: str, left: str, following: str) -> bool:
        """Whether the words right beside the suspect and their classes together weigh for right
        (CUE_WEIGHT: half a unit of log-odds or more, 1.6 times likelier; "will" before "affect", a
        noun after "their", "no" before "se" with "si" after it): a margin that passes a threshold
        almost always has such neighbours, so the words beside tell, before any context is read, where
        the model is worth weighing (a check meets "their" and "then" in every paragraph). Their sum,
        not one of them alone: a neighbour's weight is one of many a retraining moves, and "si" after
        "no se" fell from 0.56 to 0.43 in a rebuild that left its margin at 7 (docs/decisions.md,
        session 14)."""
        return self.cues(written, right).favour(left, following, self.classes.tag)

    def cues(self, written: str, right: str) -> "Cues":
        """The weights of the words and classes right beside the suspect, toward right (may_favour)."""
        key = (written, right)
        found = self._cues.get(key)
        if found is None:
            sign, pair = (1 if right > written else -1), pair_key(written, right)
            found = self._cues[key] = Cues(*(_PairFeatures(self.weights, f"{pair}\t{kind}", sign)
                                             for kind in ("l1=", "r1=", "tl1=", "tr1=")))
        return found

    def margin(self, written: str, right: str, before: Sequence[str], after: Sequence[str],
               prior: bool = False) -> float | None:
        """The log-odds of right against written that this context gives, by the model of their pair;
        None when no model was trained for it (too few examples of either word in the training text).
        The context's evidence alone unless prior: the pair's bias is how much commoner one word was
        in the training text ("whose" fourteen times "who's" in 1961's edited prose), which says
        nothing of which word a writer who wrote one of them meant (measured: on the dev sets, with the
        bias, 178 planted errors pass the threshold that lets 5 correct uses through; without, 267)."""
        weights = self._pair(written, right)
        bias = weights.get("")
        if bias is None:
            return None
        get = weights.get
        score = (bias if prior else 0) + sum(get(feature, 0) for feature in features(self.classes, before, after))
        score /= SCALE
        return score if right > written else -score

    def margin_at(self, texts: Sequence[str], gaps: Sequence[str], i: int, written: str, right: str,
                  size: int = 1) -> float | None:
        """margin for the word (or words) written at texts[i:i + size]."""
        if not self.knows(written, right):
            return None
        return self.margin(written, right, *context(texts, gaps, i, size))


class _PairFeatures:
    """One pair's weights (or one kind of them, with prefix "pair<TAB>l1=" say), toward the word sign
    says: each looked up in the table under the prefix when asked for, until READ_OUT_AFTER have
    been, then all read out as a dict. What a margin reads of a pair (ConfusionModel._pair) and its
    cues of the words beside a suspect; the same weights either way."""
    __slots__ = ("_table", "_prefix", "_sign", "_asked", "_read")

    def __init__(self, table: Mapping[str, int], prefix: str, sign: int = 1):
        self._table, self._prefix, self._sign = table, prefix, sign
        self._asked = 0
        self._read: dict[str, int] | None = None

    def get(self, feature: str, default=None):
        if self._read is not None:
            return self._read.get(feature, default)
        self._asked += 1
        if self._asked > READ_OUT_AFTER:
            sign = self._sign
            self._read = {key: sign * weight for key, weight in _with_prefix(self._table, self._prefix).items()}
            return self._read.get(feature, default)
        found = self._table.get(self._prefix + feature)
        return default if found is None else self._sign * found


def _with_prefix(weights: Mapping[str, int], prefix: str) -> dict[str, int]:
    """The entries of weights under prefix, less it: a shipped table bisects its sorted words."""
    if hasattr(weights, "with_prefix"):
        return weights.with_prefix(prefix)
    return {key[len(prefix):]: value for key, value in weights.items() if key.startswith(prefix)}


@lru_cache(maxsize=4)
def confusion_model(language: str) -> ConfusionModel | None:
    """The shipped model of a language, mapped from the user cache (infra.tables.load_table); None
    when none is shipped for it."""
    path = model_path(language)
    if not path.exists():
        return None
    return ConfusionModel(language, load_table(path, _parse, typecode="i", variant="-weights"))


def occurrences(texts: Sequence[str], gaps: Sequence[str], words: Iterable[str]) -> Iterable[tuple[int, str]]:
    """Where a word of words stands among texts, lowercased, as a training example may be: written
    in lower case, or capitalised as a sentence's first word (elsewhere a capital makes a name: "the
    Council", "Lead")."""
    wanted = frozenset(words)
    for n, text in enumerate(texts):
        word = normalise(text)
        if word in wanted and (text[:1].islower() or n == 0 or gap_tokens(gaps[n - 1]) is None):
            yield n, word
