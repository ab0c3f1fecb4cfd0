"""Confusion sets generated from sound, for XL401 (xlate/rules/confusable.py).

Real-word errors are mostly sound-alikes: "a peace of the puzzle", "fell prey" written "fell pray",
"the waste of her dress". A hand-written list of confusions (xlate/data/confusables.toml) meets
new ones in every text, so English words that sound alike are also read from a table built from
the CMU Pronouncing Dictionary (xlate/data/homophones-en.tsv, scripts/build_homophones.py says
which pairs it keeps: common words of different parts of speech, not two spellings of one word).

Each pair gives an entry in each direction with no pattern of its own: it is decided by the
evidence that needs none, the word-pair counts (odds of DEFAULT_ODDS for the sound-alike between
the same two neighbours) and the part-of-speech slots ("will peace", "the prey of"), as the
hand-written entries that weigh word pairs are. A word a hand-written entry names, as the word
written or the word meant, is left to that entry: the generated pairs of its sound-alikes are
dropped, since whoever wrote the entry chose which directions and frames are slips.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from xlate.rules.confusable_data import Confusable, load_confusables, spellings
from xlate.rules.confusable_slots import PARTS_MASK, SLOT_OPENERS, VERB_FORMS, part_of_speech_says
from xlate.text.pattern_reading import WordClass
from xlate.text.word_classes import class_masks, has_class, mask_of

HOMOPHONES_FILE = Path(__file__).resolve().parent.parent / "data" / "homophones-en.tsv"


@lru_cache(maxsize=1)
def confusables_with_sound_alikes() -> dict[str, list[Confusable]]:
    """The hand-written entries (load_confusables) and, for every pair of the homophone table whose
    words none of them names, an entry for each word, keyed as load_confusables keys them."""
    index = load_confusables()
    named = hand_written_words(index)
    merged = dict(index)
    for written, right in sound_alike_pairs():
        if written in named or right in named or not may_be_judged(written, right):
            continue
        entry = sound_alike_entry(written, right)
        for key in spellings(written):
            merged[key] = merged.get(key, []) + [entry]
    return merged


def sound_alike_entry(written: str, right: str) -> Confusable:
    """The generated confusion of written for right, decided by the part-of-speech slots alone:
    word-pair odds never reach infinite evidence. The counts favour the commoner word of a pair
    wherever both are rare beside a neighbour ("the dam" loses to "the damn", "new aircraft" to
    "knew"), which a hand-written entry's patterns and excuses bound and a generated one cannot."""
    return Confusable(
        id=f"en-sound-{written}-{right}", language="en", forms={written: right},
        why=f'"{written}" and "{right}" sound alike, and only "{right}" is of a part of speech that fits here',
        context=(), unless=(), lowercase_only=True, evidence=math.inf, sound_alike=True)


def sound_alike_says(before_left: str | None, left: str | None, written: str, right: str,
                     following: str | None, antecedent: str | None = None) -> bool:
    """The part-of-speech slots (confusable_slots.py) for a generated pair, read more narrowly than
    for a written entry, whose author chose the sets the slots judge:
    - a verb after a determiner is a noun made from it ("the write failed", "a tease"): English makes
      one of any verb, and the lexicon lists only the common ones;
    - where both words are verbs, the slip is of inflection, not of sound: "has build a factory" is
      "built", not "billed";
    - two nouns make a compound, which may be used as a verb when the second is one ("will cell
      phone you", "teachers will lesson plan"), so a noun in a verb's slot says nothing when a word
      that is a noun and a verb follows it ("would lesson inequality" is read)."""
    if _is(written, *VERB_FORMS) and _is(right, *VERB_FORMS):
        return False
    if following is not None and _is(following, "noun", "plural") and _is(following, "verb") \
            and _is(right, *VERB_FORMS):
        return False
    return part_of_speech_says(before_left, left, written, right, following, antecedent, verbs_as_nouns=True)


def may_be_judged(written: str, right: str) -> bool:
    """Whether any slot sound_alike_says reads can take right and not written: right is a verb form
    and written none (a modal's, "to"'s, a subject's, "have"'s or a passive's verb), written a verb
    form only and right an adjective ("be"'s predicate), or written a noun only and right an
    adjective (after a word of degree). A word no slot can judge is no suspect,
    so a check never looks at its thousands of right uses ("made", "way", "days")."""
    if _is(written, *VERB_FORMS):
        return _only(written, *VERB_FORMS) and _is(right, "adj") and not _is(right, *VERB_FORMS)
    return _is(right, *VERB_FORMS) or (_only(written, "noun") and _is(right, "adj"))


@lru_cache(maxsize=1)
def words_before_a_slot() -> WordClass:
    """What stands right before every slot sound_alike_says reads (a modal, "to", "not", a subject
    pronoun, a form of "be" or "have", a word of degree, a plural noun): any other place of a
    generated suspect is passed over unread (confusable_context.neighbour_screen)."""
    return WordClass(SLOT_OPENERS, lexicon=(("en", mask_of("en", "plural"), 0),))


def _only(word: str, *classes: str) -> bool:
    return not class_masks("en").get(word, 0) & ~mask_of("en", *classes) & PARTS_MASK


def _is(word: str, *classes: str) -> bool:
    return has_class("en", word, *classes)


def hand_written_words(index: dict[str, list[Confusable]]) -> frozenset[str]:
    """Every word an English hand-written entry names, as a wrong form or a right one."""
    return frozenset(word for entries in index.values() for entry in entries if entry.language == "en"
                     for pair in entry.forms.items() for form in pair for word in form.split())


@lru_cache(maxsize=1)
def sound_alike_pairs(path: Path = HOMOPHONES_FILE) -> tuple[tuple[str, str], ...]:
    """The table's (written, meant) pairs, in its order."""
    with open(path, encoding="utf-8") as lines:
        return tuple(tuple(line.split()) for line in lines if line.strip() and not line.startswith("#"))
