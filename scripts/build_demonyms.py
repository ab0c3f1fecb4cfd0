"""Build xlate/data/demonyms.tsv: the adjectives of a place's people with the place they are of.

    apt-get install wordnet-base && .venv/bin/python scripts/build_demonyms.py

"Argentina's energy exports" and "las exportaciones energéticas argentinas" state one country's
figure; "Venezuelan oil" is Venezuela's. No rule of spelling makes the place of the adjective
(Salvadoran, El Salvador; Peruvian, Peru; Argentine, Argentina), so a table:

- English: Princeton WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet), its pertainyms: an
  adjective "of or relating to" a noun, or derived from it (data.adj's "\\" and "+" pointers), kept when that noun is a place
  (lexicographer file noun.location) that is a country, a city or an administrative district of today
  (an instance of one of those classes, its gloss saying nothing of old): "Argentine", "Argentinian" ->
  Argentina; "Parisian" -> Paris; "Texan" -> Texas. Not WordNet's other places ("Olympic": Olympia, a
  plain; "Aeolian": Aeolis, an ancient region, which Spanish "eólica" of wind power translates to), nor
  an adjective of two places ("American": the Americas or the United States).
- Spanish: the Spanish forms of xlate/data/word-translations.tsv.gz (Apertium's English-Spanish
  dictionary, scripts/build_translations.py) whose English lemma is such an adjective:
  "argentinas" -> argentinian -> Argentina, when the English lemmas that are such adjectives name one
  place ("español": spaniard spanish -> Spain); and, given by hand in xlate/text/place_names.py's COUNTRIES, the
  Spanish adjectives of one country whose English word is of two ("estadounidense": American), each with the
  forms of it that table holds ("estadounidenses").

A line is "form<TAB>language<TAB>place": the form folded (xlate.text.fold), the place as English writes it.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import wordnet  # noqa: E402
from scripts.wordnet import WORDNET  # noqa: E402
from xlate.text.fold import fold  # noqa: E402  (the table's keys)
from xlate.text.place_names import ONE_COUNTRY_ADJECTIVES  # noqa: E402

OUT = ROOT / "xlate" / "data" / "demonyms.tsv"
WORD_TRANSLATIONS = ROOT / "xlate" / "data" / "word-translations.tsv.gz"
LOCATION = 15   # WordNet's lexicographer file noun.location (lexnames(5WN))
# Adjectives WordNet files as a place's that news copy reads otherwise: a faith, a language or a people
# wider than the place ("Roman", "Latin", "English" of the language, "Indian" of the Americas' peoples,
# "Norse" of Scandinavia, "American" and "americano" of the Americas as often as of the United States), or whose Spanish translation is another word ("polish": lustre; "grenadian":
# granadino, of Granada).
NOT_A_PLACE = frozenset("""roman romanic christian latin gothic english arab arabian hebrew jewish indian
    anglo-indian norse polish grenadian babylonian american""".split())

HEADER = """# Adjectives of a place's people and the place they are of, for XL801's entities (xlate/rules/facts/mentions.py).
# English: Princeton WordNet 3.0's pertainyms (wordnet-base); Spanish: Apertium eng-spa's translations of them
# (xlate/data/word-translations.tsv.gz), and the forms there of the Spanish adjectives of one country that
# xlate/text/place_names.py's COUNTRIES gives by hand ("estadounidense", whose English names two places).
# Licences: demonyms-LICENSE.md. Rebuilt by scripts/build_demonyms.py; do not edit.
# A line is "form<TAB>language<TAB>place", the form folded.
"""


def places() -> dict[str, list[str]]:
    """Each place of today a news story names, by offset -> its names: an instance of a country, a city or
    an administrative district (a state, a province), named by a proper name, not of old ("an ancient city")."""
    kinds: dict[str, list[str]] = {}   # a class's offset -> its hypernyms' offsets
    instances = {}
    for offset, lex_file, lemmas, pointers, gloss in wordnet.synsets(WORDNET, "noun"):
        if lex_file != LOCATION:
            continue
        kinds[offset] = [target for symbol, target, part, _ in pointers if symbol == "@" and part == "n"]
        of = [target for symbol, target, part, _ in pointers if symbol == "@i" and part == "n"]
        if of and lemmas[0][:1].isupper() and not _OF_OLD.match(gloss):
            instances[offset] = (of, [lemma.partition("(")[0].replace("_", " ") for lemma in lemmas])

    def a_place_of_today(kind: str, seen: frozenset = frozenset()) -> bool:
        return kind in PLACE_KINDS or any(a_place_of_today(up, seen | {kind}) for up in kinds.get(kind, ()) if up not in seen)
    return {offset: names for offset, (of, names) in instances.items() if any(map(a_place_of_today, of))}


# The classes whose instances are places of today: country, city, administrative district (WordNet 3.0 offsets).
PLACE_KINDS = frozenset({"08544813", "08524735", "08491826"})
_OF_OLD = re.compile(r"\s*(?:an?\s+)?(?:ancient|former|biblical|legendary|mythical)\b", re.I)   # how the gloss opens


def _name_for(adjective: str, names: list[str]) -> str:
    """Which of a place's names an adjective is of: one whose word opens as the adjective does, not the
    adjective itself ("Russian": Russia, of "Soviet Russia, Russia"; not "Swiss Confederation" of
    "Switzerland, Swiss Confederation"), else the first ("French": France, of "France, French Republic")."""
    word, stem = fold(adjective), fold(adjective)[:4]
    return next((name for name in names if word not in fold(name).split()
                 and any(fold(part).startswith(stem) for part in name.split())), names[0])


def english() -> dict[str, str]:
    """Each capitalised adjective pertaining to one place -> the place: "argentine" -> "Argentina"."""
    named = places()
    found: dict[str, set[str]] = defaultdict(set)
    for _, _, lemmas, pointers, _ in wordnet.synsets(WORDNET, "adj"):
        targets = [named[target] for symbol, target, part, _ in pointers
                   if symbol in "\\+" and part == "n" and target in named]   # "of or relating to" it, or derived from it
        for lemma in lemmas:
            word = lemma.partition("(")[0]
            if word[:1].isupper() and "_" not in word and fold(word) not in NOT_A_PLACE:
                found[fold(word)].update(_name_for(word, names) for names in targets)
    return {word: next(iter(targets)) for word, targets in found.items() if len(targets) == 1}


def spanish(english_places: dict[str, str]) -> dict[str, str]:
    """Each Spanish form whose English lemmas that are adjectives of a place name one place ("español":
    spaniard spanish -> Spain): "argentinas" -> "Argentina"; and the forms of the adjectives of one country."""
    with gzip.open(WORD_TRANSLATIONS, "rt", encoding="utf-8") as lines:
        rows = [line.rstrip("\n").split("\t") for line in lines if not line.startswith("#")]
    places_of = ((form, {english_places[lemma] for lemma in lemmas.split() if lemma in english_places})
                 for form, language, lemmas in rows if language == "es")
    return {form: places.pop() for form, places in places_of if len(places) == 1} | _one_country_forms(rows)


def _one_country_forms(rows: list[list[str]]) -> dict[str, str]:
    """The Spanish forms of place_names.ONE_COUNTRY_ADJECTIVES -> the country: the forms the translations name
    by the adjective's English word that open with its stem, as Spanish inflects an adjective at its end
    ("estadounidenses": American -> United States)."""
    found = {}
    for adjective, (english_word, place) in ONE_COUNTRY_ADJECTIVES.items():
        stem = adjective.rstrip("aeo")
        found |= {form: place for form, language, lemmas in rows
                  if language == "es" and form.startswith(stem) and english_word in lemmas.split()}
    return found


def table() -> tuple[str, int]:
    """demonyms.tsv's text as this build writes it, and how many of its forms are English."""
    english_places = english()
    rows = sorted((word, "en", place) for word, place in english_places.items())
    rows += sorted((word, "es", place) for word, place in spanish(english_places).items())
    return HEADER + "".join("\t".join(row) + "\n" for row in rows), len(english_places)


def main() -> None:
    text, english_forms = table()
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - HEADER.count(chr(10))} forms ({english_forms} English)")


if __name__ == "__main__":
    main()
