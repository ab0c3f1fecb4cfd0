"""Word-pair evidence for XL401 (xlate/rules/confusable.py): how much more often published
English puts the sound-alike, rather than the word written, between the same two neighbours.

The counts are Google Books' (data/bigrams-en.tsv, built by scripts/build_bigrams.py from the lists
symspellpy ships): a pair is listed only when it was written at least UNSEEN_CEILING times, so
a missing pair is rare, not impossible. The odds are those of a bigram model, the candidate's chance
to follow its left neighbour times its right neighbour's chance to follow it,

    odds = [B(left, right_word) * B(right_word, next) / U(right_word)]
           / [B(left, written) * B(written, next) / U(written)]

with one deliberate bias: a pair that is not listed counts as the ceiling, the most it could have
been, so a word is only ever judged wrong on pairs published English does write with the other word,
never on its own pairs being rare. A contraction is weighed as what it stands for ("it's" as "it is"
or "it has", whichever reads better).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from xlate.infra.tables import load_table
from xlate.text.word_classes import MODALS, class_masks, has_class

BIGRAMS_FILE = Path(__file__).resolve().parent.parent / "data" / "bigrams-en.tsv"
UNSEEN_CEILING = 6_000_000   # the list's smallest count is 6.4 million: any pair missing is rarer
CONTRACTIONS = {
    "it's": (("it", "is"), ("it", "has")), "who's": (("who", "is"), ("who", "has")),
    "they're": (("they", "are"),), "you're": (("you", "are"),), "there's": (("there", "is"),),
    "we're": (("we", "are"),), "that's": (("that", "is"),),
}

# After these a participle stands as well as an adjective or a preposition: the word after decides
AUXILIARIES = frozenset({"am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})


class PairCounts:
    """Words and word pairs with their counts, read once per process."""

    def __init__(self, words: Mapping[str, int], pairs: Mapping[str, int]):
        self.words = words
        self.pairs = pairs

    def pair(self, first: str, second: str) -> int:
        return self.pairs.get(f"{first} {second}", UNSEEN_CEILING)

    def listed(self, first: str, second: str) -> bool:
        return f"{first} {second}" in self.pairs

    def odds(self, left: str | None, written: str, right_word: str, following: str | None) -> float | None:
        """How many times likelier right_word is than written between left and following (None
        for a neighbour that is not a word: a mark, the edge of a sentence). None when the counts
        cannot tell: a word they lack, or no listed pair holding right_word on either side."""
        wanted, against = self._readings(right_word), self._readings(written)
        if wanted is None or against is None or not self._attested(left, wanted, against, following,
                                                                   one_side=" " not in written + right_word):
            return None
        return (max(self._chance(left, r, following) for r in wanted)
                / max(self._chance(left, r, following) for r in against))

    def _readings(self, form: str) -> tuple[tuple[str, ...], ...] | None:
        readings = CONTRACTIONS.get(form) or (tuple(form.split()),)
        if all(word in self.words for reading in readings for word in reading):
            return readings
        return None

    def _attested(self, left, wanted, against, following, one_side: bool) -> bool:
        """Published English writes a reading of the right word next to the word before it and the
        word after it; or, for one word against another (one_side), next to one of them while the
        other is silent, listed with neither word ("could here gunfire": "hear gunfire" and "here
        gunfire" are both too rare to list, and "could hear" decides). Only a word of an open class
        (a noun, verb, adjective or adverb of the lexicon) is silent so: content words' pairs are
        mostly too rare to list, while a pronoun's or an article's common pairs are there, and one
        missing for both forms is a gap of the list ("I accept" is not listed), no evidence. A form
        of two words is weighed on both sides: its own inner pair ("check out") would outweigh a
        noun ("checkout") alone. The word before alone does not decide after "be" or "have": a
        participle follows them as well as an adjective or a preposition does ("was passed", "was
        past midnight"), so the word after decides; nor the word after alone after a verb's past or
        -ing form, which the written word may follow as its adverb ("drove past on its way"); nor
        the word before alone after "to" or a modal when the word written is a verb there too
        ("to wave flags": _fills_verb_slot).
        Next to a mark or at a sentence's edge there is no evidence: the counts hold no sentence
        edges, and that is where "too" and "to" part ("it too." but "it to them"), or "Here" starts
        a sentence that "hear" never does."""
        if not (left and following):
            return False
        right_with_left = any(self.listed(left, reading[0]) for reading in wanted)
        right_with_following = any(self.listed(reading[-1], following) for reading in wanted)
        if right_with_left and right_with_following:
            return True
        if not one_side:
            return False
        if right_with_left:
            return (left not in AUXILIARIES and not _fills_verb_slot(left, against) and _open_class(following)
                    and not any(self.listed(reading[-1], following) for reading in against))
        return (right_with_following and _open_class(left) and not _verb_form(left)
                and not any(self.listed(left, reading[0]) for reading in against))

    def _chance(self, left, reading: tuple[str, ...], following) -> float:
        """The bigram chain left, reading..., following, divided by what the neighbours share."""
        chance = float(self.pair(left, reading[0])) if left else 1.0
        for first, second in zip(reading, reading[1:]):
            chance *= self.pair(first, second) / self.words[first]
        if following:
            chance *= self.pair(reading[-1], following) / self.words[reading[-1]]
        return chance


def _open_class(word: str) -> bool:
    """A noun, verb, adjective or adverb: a word of the lexicon XL401's token patterns read. A single
    letter is there as a letter's name, but is a pronoun or an article first ("I", "a")."""
    return len(word) > 1 and word in class_masks("en")


# After these a verb's base form stands: "to" and the modals
VERB_OPENERS = MODALS | {"to"}


def _fills_verb_slot(left: str, against) -> bool:
    """After "to" or a modal, the word written is a verb's base form: the pair with the word before
    then tells only how often each word is a verb ("to waive" outnumbers "to wave", a noun first), not
    which verb is meant ("to wave flags")."""
    return left in VERB_OPENERS and any(len(r) == 1 and has_class("en", r[0], "verb") for r in against)


def _verb_form(word: str) -> bool:
    """A verb's past, participle or -ing form ("drove", "waved", "driving"), whatever else it is."""
    return has_class("en", word, "past", "participle", "ing")


@lru_cache(maxsize=1)
def pair_counts(path: Path = BIGRAMS_FILE) -> PairCounts:
    """The shipped counts as two tables mapped from the user cache (infra.tables.load_table, named by the
    file's contents, as the word lists are: infra.cachefile.content_stamp), built from the text file on first
    use. A check weighs a few suspects: unmarshalling the whole 1 MB of counts into dicts cost every
    check that had one 23 ms (the counts reach 10^11: 8-byte values)."""
    parse = lru_cache(maxsize=1)(_parse)   # both tables missing from the cache: the text file read once
    return PairCounts(load_table(path, lambda source: parse(source)[0], typecode="Q", variant="-words"),
                      load_table(path, lambda source: parse(source)[1], typecode="Q", variant="-pairs"))


def _parse(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    words: dict[str, int] = {}
    pairs: dict[str, int] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            key, count = line.rstrip("\n").split("\t")
            (pairs if " " in key else words)[key] = int(count)
    return words, pairs


def evidence_words(data: dict) -> set[str]:
    """Every word the English confusions of a confusables data file (as read by tomllib) may weigh."""
    words: set[str] = set()
    for entry in data.get("confusable", []):
        if entry["language"] == "en":
            for form in (*entry.get("forms", {}), *entry.get("forms", {}).values()):
                for word in form.lower().replace("’", "'").split():
                    words.update(*CONTRACTIONS.get(word, ((word,),)))
    return words
