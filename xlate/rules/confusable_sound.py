"""Confusion sets generated from sound, for XL401 (xlate/rules/confusable.py).

Real-word errors are mostly sound-alikes: "a peace of the puzzle", "fell prey" written "fell pray",
"the waste of her dress". A hand-written list of confusions (xlate/data/confusables.toml) meets
new ones in every text, so words that sound alike are also read from tables built at build time
(scripts/build_homophones.py says which pairs it keeps): English from the CMU Pronouncing
Dictionary (xlate/data/homophones-en.tsv: common words of different parts of speech, not two
spellings of one word), Spanish from spelling read as sound with seseo and yeísmo
(xlate/data/homophones-es.tsv: "vienes"/"bienes", "ciento"/"siento").

Each pair gives an entry in each direction with no pattern of its own, decided by the part-of-speech
slots alone (sound_alike_says: confusable_slots.py, confusable_slots_es.py), read more narrowly than
for a hand-written entry: no determiner's slot in English ("the write failed"), no verb for a verb,
no noun after "to". Word-pair counts never decide one: they favour the commoner word wherever both
are rare beside a neighbour, which a hand-written entry's patterns and excuses bound and a generated
one cannot. A word a hand-written entry names, as the word written or the word meant, is left to
that entry: the generated pairs of its sound-alikes are dropped, since whoever wrote the entry
chose which directions and frames are slips.

Which pairs are generated (sound_alikes_to_generate: not named by a hand-written entry, judged by some
slot) is worked out at build time, not at every check's start, where it cost 30-40 ms of each
process (docs/decisions.md, session 14): scripts/build_sound_alikes.py writes the pairs kept to
xlate/data/sound-alikes.tsv, which a check reads; a test rebuilds it and compares, so it never goes
stale when the data file, the homophone tables or the slots change.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from xlate.rules.confusable_data import Confusable, EntryIndex, Forms, load_confusables, spellings
from xlate.rules.confusable_slots import SLOT_OPENERS, VERB_FORMS, part_of_speech_says
from xlate.rules.confusable_slots import any_slot_takes as english_slot_takes
from xlate.rules.confusable_slots_es import SLOT_OPENERS as ES_SLOT_OPENERS
from xlate.rules.confusable_slots_es import any_slot_takes as spanish_slot_takes
from xlate.rules.confusable_slots_es import spanish_slots_say
from xlate.text.pattern_reading import WordClass
from xlate.text.word_classes import has_class, mask_of

HOMOPHONES_FILE = Path(__file__).resolve().parent.parent / "data" / "homophones-en.tsv"
TABLES = {"en": HOMOPHONES_FILE, "es": HOMOPHONES_FILE.with_name("homophones-es.tsv")}
# The pairs sound_alikes_to_generate keeps, as scripts/build_sound_alikes.py wrote them
GENERATED_FILE = HOMOPHONES_FILE.with_name("sound-alikes.tsv")
# A generated entry's why: the finding's message adds what the slot that decided takes
# ("the two sound alike; a modal takes a verb")
WHY = {"en": "the two sound alike", "es": "las dos suenan igual"}


@lru_cache(maxsize=1)
def confusables_with_sound_alikes() -> EntryIndex:
    """The hand-written entries (load_confusables) and, for every pair of a homophone table whose
    words none of its language's entries names, an entry, keyed as load_confusables keys them."""
    return load_confusables().with_entries(
        (sound_alike_entry(written, right, language), spellings(written)) for language, written, right in generated_pairs())


def sound_alikes_to_generate(index: Mapping[str, list[Confusable]]) -> list[tuple[str, str, str]]:
    """(language, written, right) for each pair of the homophone tables, in their order, whose words
    no hand-written entry of its language names and which some slot may judge (may_be_judged): what
    scripts/build_sound_alikes.py writes to GENERATED_FILE."""
    kept = []
    for language in TABLES:
        named = hand_written_words(index, language)
        kept += [(language, written, right) for written, right in sound_alike_pairs(language)
                 if written not in named and right not in named and may_be_judged(written, right, language)]
    return kept


def sound_alike_entry(written: str, right: str, language: str = "en") -> Confusable:
    """The generated confusion of written for right, decided by the part-of-speech slots alone
    (sound_alike; evidence 0: word pairs are never weighed for it). The counts favour the commoner word of a pair
    wherever both are rare beside a neighbour ("the dam" loses to "the damn", "new aircraft" to
    "knew"), which a hand-written entry's patterns and excuses bound and a generated one cannot."""
    return Confusable(
        id=f"{language}-sound-{written}-{right}", language=language, forms=Forms({written: right}),
        why=WHY[language],
        context=(), unless=(), lowercase_only=True, evidence=0.0, sound_alike=True)


def sound_alike_says(before_left: str | None, left: str | None, written: str, right: str,
                     following: str | None, antecedent: str | None = None, language: str = "en") -> str | None:
    """What the slot takes, as the part-of-speech slots (confusable_slots.py) say it for a finding's
    message, when it takes right and not written; None when none decides. Read more narrowly for a
    generated pair than for a written entry, whose author chose the sets the slots judge:
    - a verb after a determiner is a noun made from it ("the write failed", "a tease"): English makes
      one of any verb, and the lexicon lists only the common ones;
    - where both words are verbs, the slip is of inflection, not of sound: "has build a factory" is
      "built", not "billed";
    - two nouns make a compound, which may be used as a verb when the second is one ("will cell
      phone you", "teachers will lesson plan"), so a noun in a verb's slot says nothing when a word
      that is a noun and a verb follows it ("would lesson inequality" is read);
    - "to" before a noun is a preposition as often as the infinitive's mark, and the noun its object
      ("put to sea the next day", "from morning to night this week", "from cell to cell the"): a
      written entry's author knows which nouns are slips there, a generated pair cannot, so a noun
      after "to" is never read as a verb misspelt.
    Spanish pairs are read by the Spanish slots (confusable_slots_es.py), which have no determiner's
    slot for a verb either."""
    if language == "es":
        return spanish_slots_say(before_left, left, written, right)
    if has_class("en", written, *VERB_FORMS) and has_class("en", right, *VERB_FORMS):
        return None
    if following is not None and has_class("en", following, "noun", "plural") and has_class("en", following, "verb") \
            and has_class("en", right, *VERB_FORMS):
        return None
    if left == "to" and has_class("en", written, "noun", "plural"):
        return None
    return part_of_speech_says(before_left, left, written, right, following, antecedent, verbs_as_nouns=True)


def may_be_judged(written: str, right: str, language: str = "en") -> bool:
    """Whether any slot sound_alike_says reads can take right and not written, wherever it stands
    (confusable_slots.any_slot_takes, confusable_slots_es.any_slot_takes). A word no slot can judge
    is no suspect, so a check never looks at its thousands of right uses ("made", "way", "days")."""
    return (spanish_slot_takes if language == "es" else english_slot_takes)(written, right)


@lru_cache(maxsize=4)
def words_before_a_slot(languages: tuple[str, ...] = ("en",)) -> WordClass:
    """What stands right before every slot sound_alike_says reads in any of the languages: in
    English a modal, "to", "not", a subject pronoun, a form of "be" or "have", a word of degree, a
    plural noun (confusable_slots.SLOT_OPENERS); in Spanish a determiner or a pronoun before a verb
    (confusable_slots_es.SLOT_OPENERS). Any other place of a generated suspect is passed over unread
    (confusable_context.neighbour_screen)."""
    openers = {"en": SLOT_OPENERS, "es": ES_SLOT_OPENERS}
    words = frozenset().union(*(openers[language] for language in languages))
    return WordClass(words, lexicon=(("en", mask_of("en", "plural"), 0),) if "en" in languages else ())


def hand_written_words(index: Mapping[str, list[Confusable]], language: str = "en") -> frozenset[str]:
    """Every word a hand-written entry of the language names, as a wrong form or a right one."""
    # The index lists an entry under each of its spellings: read each entry once, or an entry of
    # many forms is read once per form (2.5 million words on every check's start)
    entries = {entry.id: entry for listed in index.values() for entry in listed if entry.language == language}
    return frozenset(word for entry in entries.values()
                     for pair in entry.forms.items() for form in pair for word in form.split())


@lru_cache(maxsize=2)
def sound_alike_pairs(language: str = "en") -> tuple[tuple[str, str], ...]:
    """The language's table's (written, meant) pairs, in its order."""
    return _pairs_in(TABLES[language])


@lru_cache(maxsize=1)
def generated_pairs() -> tuple[tuple[str, str, str], ...]:
    """The (language, written, right) pairs of GENERATED_FILE, in its order."""
    return _pairs_in(GENERATED_FILE)


def _pairs_in(path: Path) -> tuple[tuple[str, ...], ...]:
    """The rows of a table of word pairs (a language before them in GENERATED_FILE), each its fields, in
    order: blank lines and "#" comments skipped."""
    with open(path, encoding="utf-8") as lines:
        return tuple(tuple(line.split()) for line in lines if line.strip() and not line.startswith("#"))
