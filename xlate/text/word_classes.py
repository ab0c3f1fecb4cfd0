"""Word classes (parts of speech) of English and Spanish words, for XL401's token patterns
(xlate/rules/confusable_tokens.py): "profits" is a plural noun, "dijo" a finite verb, "tense" an
adjective, a noun or a verb; and what a noun means: "detentions" a state, "pedal" an artifact,
"minister" a person, and a Spanish noun what the English noun it translates means ("valla" a fence,
an artifact).

The table is data/word-classes.tsv.gz, built by scripts/build_word_classes.py from LemmInflect's
English lexicon (the NIH SPECIALIST Lexicon), Princeton WordNet's nouns (by their first sense) and
the affix flags of the RLA-ES Hunspell dictionary; see that script for what each class means. A word may be in several classes, and a word the table
lacks is in none: a token pattern that asks for a class never matches it (rare words decide nothing).
The table is read once per process, from the user cache when it is there (marshal, several times
faster than parsing the text), one language at a time.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from zlib import crc32

from xlate.infra.tables import load_table

CLASSES_FILE = Path(__file__).resolve().parent.parent / "data" / "word-classes.tsv.gz"
PARTS_OF_SPEECH = {
    "en": ("noun", "plural", "verb", "past", "participle", "ing", "verb_s", "adj", "adv"),
    "es": ("noun", "adj", "nominal", "verb", "finite", "infinitive", "gerund", "participle"),
}
# What an English noun means by its first sense in WordNet: the lexicographer files, noun.act to
# noun.time, as the classes n.act ... n.time ("detentions" n.state, "pedal" n.artifact).
NOUN_SENSES = ("act", "animal", "artifact", "attribute", "body", "cognition", "communication", "event",
               "feeling", "food", "group", "location", "motive", "object", "person", "phenomenon", "plant",
               "possession", "process", "quantity", "relation", "shape", "state", "substance", "time")
# Narrow kinds a noun is by any of its senses, by WordNet's hypernyms ("vessel": a ship as well as a
# blood vessel), as the classes kind.vehicle, kind.ruler (scripts/build_word_classes.py).
KINDS = ("vehicle", "ruler")
# A Spanish noun means what the English noun it translates means (scripts/build_word_classes.py: "valla"
# is a fence, n.artifact), so both languages have the same meanings.
NOUN_MEANINGS = tuple(f"n.{sense}" for sense in NOUN_SENSES) + tuple(f"kind.{kind}" for kind in KINDS)
MEANINGS = {"en": NOUN_MEANINGS, "es": NOUN_MEANINGS}
CLASSES = {language: names + MEANINGS[language] for language, names in PARTS_OF_SPEECH.items()}
# English words of grammar the table has no class for: the modals and the negated forms of "do",
# before which a verb's base form stands ("will advise", "didn't advise"); XL401's slots and its
# word-pair weighing read them alike
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should", "cannot",
                    "can't", "won't", "wouldn't", "couldn't", "shouldn't", "mustn't", "don't", "doesn't",
                    "didn't", "mightn't"})
# What opens a question with its subject after it ("How will the strike effect", "Did the president
# loose"), or an inversion ("Nor will the levy effect"): XL401's question slot reads it, and its data
# file as the macro <asking>
ASKING_OPENERS = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should", "do",
                            "does", "did"})
# Spanish interrogatives. A direct question opens with "¿", so one at a sentence's start without it
# is the relative or the conjunction it is written as ("Como provienen de...": since they come)
ES_INTERROGATIVES = frozenset({"qué", "cómo", "dónde", "adónde", "cuándo", "quién", "quiénes", "cuál", "cuáles",
                               "cuánto", "cuánta", "cuántos", "cuántas"})


class UnknownWordClass(ValueError):
    pass


def bit(language: str, name: str) -> int:
    """The bit of class name in a word's mask."""
    try:
        return 1 << CLASSES[language].index(name)
    except (KeyError, ValueError):
        raise UnknownWordClass(f"no word class {name!r} in {language!r} "
                               f"(classes: {', '.join(CLASSES.get(language, ()))})") from None


def lexicon(language: str, mask: int) -> "Mapping[str, int] | Meanings":
    """The table a test of the classes in mask reads: the parts of speech alone unless it asks what
    a noun means (the meanings cost a second read, which most runs never need)."""
    if mask >> len(PARTS_OF_SPEECH[language]):
        return _with_meanings(language)
    return class_masks(language)


def has_class(language: str, word: str, *names: str) -> bool:
    """Whether the lexicon lists word in any of the classes named ("noun"; "n.substance", "n.food"):
    the one test of a word's class, reading the meanings only when a name is one."""
    mask = mask_of(language, *names)
    return bool(lexicon(language, mask).get(word, 0) & mask)


def only_of(language: str, word: str, *names: str) -> bool:
    """Whether the lexicon lists word in these parts of speech and in no other (its meanings aside)."""
    mask = class_masks(language).get(word, 0)
    return bool(mask) and not mask & ~mask_of(language, *names) & mask_of(language, *PARTS_OF_SPEECH[language])


def is_listed(language: str, word: str) -> bool:
    """Whether the lexicon has the word at all: nothing is concluded from a word it lacks."""
    return word in class_masks(language)


@lru_cache(maxsize=256)
def mask_of(language: str, *names: str) -> int:
    """The bits of the classes named, summed once per tuple of names."""
    return sum(bit(language, name) for name in names)


@lru_cache(maxsize=2)
def _with_meanings(language: str) -> "Meanings":
    return Meanings(class_masks(language), class_masks(language, meanings=True))


class Meanings:
    """The parts of speech and the meanings of a language's words, read as one table (get) without
    building one: a copy of the larger table would cost more than all the look-ups of a check. A
    possessive means what its noun does ("the truck's", "the drivers'"), though it is no noun (it
    stands where a determiner does)."""
    __slots__ = ("parts", "meanings")

    def __init__(self, parts: Mapping[str, int], meanings: Mapping[str, int]):
        self.parts, self.meanings = parts, meanings

    def get(self, word: str, default: int = 0) -> int:
        found = self.parts.get(word, 0) | self.meanings.get(word, 0)
        if not found and word.endswith("'"):
            found = self.meanings.get(word[:-1], 0)
        elif not found and word.endswith("'s"):
            found = self.meanings.get(word[:-2], 0)
        return found or default


@lru_cache(maxsize=4)
def class_masks(language: str, path: Path = CLASSES_FILE, meanings: bool = False) -> Mapping[str, int]:
    """Each word of the language with the mask of its parts of speech (see bit), or of its meanings
    alone: kept apart because a mask of parts of speech is a small number (the meanings' bits take
    eight bytes a word). A table mapped from the user cache (infra.tables.load_table, as the word
    lists are), built from the shipped file on first use: opening it costs nothing, where
    unmarshalling a dict cost 18-20 ms a language, and a check looks up a few thousand words at
    most (3,200 over real-news es)."""
    kept = MEANINGS[language] if meanings else PARTS_OF_SPEECH[language]
    layout = crc32("|".join(kept).encode())   # the bits a mask holds: a new class builds a new table
    return load_table(path, lambda source: _parse(source, language, kept), typecode="Q" if meanings else "I",
                      variant=f"-{'meanings' if meanings else 'classes'}-{language}-{layout:08x}")


# An ending makes nouns of other words when the lexicon holds at least this many nouns that are a word
# of it plus that ending ("visit"+"or", "plant"+"ation", "class"+"room"); the rest of a clipped word is
# one word's alone ("hippo"+"potamus", "rhino"+"ceros": 1).
DERIVED_LEAST = 3
_STEM_LEAST, _ENDING_MOST = 4, 9   # letters of the word an ending is added to; of the longest ending counted ("ification")


def derives_nouns(ending: str) -> bool:
    """Whether ending is one the lexicon of either language makes nouns with, of other words (nouns,
    verbs, adjectives): "or" (visitor), "ation" (plantation), "y" (colony), "room" (classroom); not
    "potamus". A longer noun that is a shorter word plus such an ending is another noun, where a
    clipping ("hippo") is the same one."""
    return _noun_endings().get(ending, 0) >= DERIVED_LEAST


@lru_cache(maxsize=1)
def _noun_endings() -> Mapping[str, int]:
    """Each ending with how many nouns of the lexicon it makes of other words: counted once per user cache
    (a pass over both languages' words), a mapped table after."""
    return load_table(CLASSES_FILE, _count_noun_endings, variant=f"-noun-endings-{_STEM_LEAST}-{_ENDING_MOST}")


def _count_noun_endings(path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for language in ("en", "es"):
        masks = _parse(path, language, PARTS_OF_SPEECH[language])
        noun, plural = bit(language, "noun"), bit("en", "plural") if language == "en" else 0
        words = mask_of(language, "noun", "verb", "adj")
        for word, mask in masks.items():
            if mask & noun and not mask & plural:   # a plural is its noun with an inflection, no other noun
                for cut in range(max(_STEM_LEAST, len(word) - _ENDING_MOST), len(word)):   # the stem's length
                    if masks.get(word[:cut], 0) & words:
                        counts[word[cut:]] = counts.get(word[cut:], 0) + 1
    return counts


def _parse(path: Path, language: str, kept: tuple[str, ...]) -> dict[str, int]:
    import gzip   # only when the user cache lacks the table: a warm check never imports it
    bits = {name: bit(language, name) for name in kept}
    masks: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, lang, classes = line.rstrip("\n").split("\t")
            if lang == language:
                mask = sum(bits.get(c, 0) for c in classes.split())
                if mask:
                    masks[word] = mask
    return masks
