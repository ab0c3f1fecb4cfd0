"""The noun a figure counts, as one English singular in either language and either number.

"11 beaches" and "siete playas" count beaches, "40,000 inmates" and "40.000 reclusos" prisoners, "12
trenes" and "18 trains" trains: two counts compare only as counts of one noun, so the noun is read
into the English singular it names. The table is data/noun-translations.tsv.gz, built by
scripts/build_translations.py from Apertium's English-Spanish dictionaries over the nouns of
the word classes (data/word-classes.tsv.gz): a Spanish form gives its lemma's English word, an
English plural its singular. A Spanish noun the table lacks is its English cognate by its ending where
English has that noun ("municipalidad": municipality); any other is read by its ending ("guardaparques":
guardaparque), and names itself: two articles then compare it only with the same word or a cognate.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from xlate.infra.tables import WordTable, load_table, word_valued

TRANSLATIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "noun-translations.tsv.gz"


def english_singular(key: str, language: str = "") -> str:
    """The English singular a folded noun names (key: fold()'s); language "en" or "es" reads the
    form as a word of that language, "" as English first (a form both spell: "pies", "personas")."""
    table = _table()
    for lang in ("en", "es") if not language else (language,):
        index = table.get(f"{lang}:{key}")
        if index is not None:
            return table.word_at(index)[1:]
    return (language != "en" and _english_cognate(key)) or _by_ending(key, language)


# A Spanish noun's ending and its English cognate's, for the nouns Apertium's dictionaries lack
# ("municipalidad": municipality; "inconsistencia": inconsistency): folded, singular.
_COGNATE_ENDINGS = (("idad", "ity"), ("encia", "ence"), ("encia", "ency"), ("ancia", "ance"), ("ancia", "ancy"),
                    ("cion", "tion"), ("sion", "sion"), ("ismo", "ism"), ("ista", "ist"), ("mento", "ment"),
                    ("ario", "ary"), ("orio", "ory"), ("aje", "age"), ("ura", "ure"))
_COGNATE_LEAST = 3   # letters before the ending: "ciudad" is no "city"
_COGNATE_ENDING = re.compile("(?:" + "|".join(dict.fromkeys(spanish for spanish, _ in _COGNATE_ENDINGS)) + ")(?:e?s)?$")


@lru_cache(maxsize=65536)
def _english_cognate(key: str) -> str:
    """The English noun a Spanish noun the table lacks is the cognate of, by its ending, singular or plural
    ("municipalidades": municipality), where the English word is a noun of the word classes; else ""."""
    if not _COGNATE_ENDING.search(key):
        return ""
    from xlate.text.word_classes import has_class   # read only for a noun the table lacks
    for singular in dict.fromkeys((key, _by_ending(key, "es"))):
        for spanish, english in _COGNATE_ENDINGS:
            stem = singular[:-len(spanish)]
            if singular.endswith(spanish) and len(stem) >= _COGNATE_LEAST and has_class("en", stem + english, "noun") \
                    and not _false_friend(stem, stem + english):
                return stem + english
    return ""


_KIN_LEAST = 4   # letters a Spanish noun of the table shares with the cognate's stem to be of its family


def _false_friend(stem: str, english: str) -> bool:
    """Whether the table gives the English word to other Spanish nouns only, none of the cognate's family:
    "translación" is no "translation" (traducción), "tributario" no "tributary" (afluente); "municipalidad"
    is "municipality", as "municipio" is."""
    spanish = _spanish_nouns_of(english)
    return bool(spanish) and not any(noun.startswith(stem[:_KIN_LEAST]) for noun in spanish)


def _spanish_nouns_of(english: str) -> list[str]:
    """The Spanish forms the table translates to an English word: those valued with its index among the
    table's words (WordTable.words_valued), for the few cognates a check meets, where a dict of every English
    word's 11,700 forms cost the first one a tenth of a second."""
    table = _table()
    index = table.get("=" + english)
    return table.words_valued(index, "es:") if index is not None else []


# Spanish adds -es to a singular ending in a consonant: "megapíxeles", "ciudades", "luces" (z -> c), "países",
# "redes"; a consonant before that one makes it a singular's own e ("triples", "madres", "dulces": no word ends "pl")
_SPANISH_CONSONANT_PLURAL = ("les", "res", "nes", "des", "ces", "ses")
_SPANISH_PLURAL_LEAST = 5   # letters of the shortest such plural: "luces", "redes", "voces"


def _by_ending(key: str, language: str = "") -> str:
    """A plural the table lacks, by its ending: "colonias" -> "colonia", "families" -> "family",
    Spanish "megapixeles" -> "megapixel" (language "es" only: English "tables" is no "tabl")."""
    if language == "es" and key.endswith(_SPANISH_CONSONANT_PLURAL) and len(key) >= _SPANISH_PLURAL_LEAST \
            and key[-4] in "aeiou":
        return key[:-3] + "z" if key.endswith("ces") else key[:-2]
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return key


@lru_cache(maxsize=1)
def _table() -> WordTable:
    return translation_table(TRANSLATIONS_FILE)


def translation_table(path: Path) -> WordTable:
    """A shipped table of "form<TAB>language<TAB>english" as a mapped one (infra.tables.load_table, as
    the word lists are), built from the file on first use: "es:playas" -> the index of "=beach" among
    its own sorted words (WordTable.word_at)."""
    return load_table(path, _parse)


def _parse(path: Path) -> dict[str, int]:
    import gzip   # only when the user cache lacks the table
    forms = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                form, language, english = line.rstrip("\n").split("\t")
                forms[f"{language}:{form}"] = "=" + english
    return word_valued(forms)
