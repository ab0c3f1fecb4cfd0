"""Places English and Spanish copy name differently: "Havana" / "La Habana", "Mexico City" / "Ciudad de
México", "Brazil" / "Brasil", "London" / "Londres".

No rule of spelling makes one name of the other, so they come from a table, data/place-names.tsv,
built by scripts/build_place_names.py from the Unicode CLDR (countries and regions, and the cities
time zones are named after). Names are compared folded (case and accents ignored) and without a
leading article, as a name is written mid-sentence or opening one: "La Habana" and "Habana".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from xlate.text.fold import fold

PLACE_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "place-names.tsv"

# The definite articles a name may open with ("La Habana", "The Hague"); the glossary's matcher reads them too.
ARTICLES = frozenset("the el la los las".split())

# The kind of place each class word names, folded: a name written with one ("Cauca River", "Río Cauca", "el
# río Cauca", "Lake Titicaca") is that kind of place, where the bare name alone may be another ("Cauca",
# "Magdalena", "Paraná" are departments or states too). English class words by kind; a Spanish word is
# the class its English translation is (the noun-translations table: "puente" bridge, "embalse"
# reservoir, "provincia" province), besides the few listed here the table lacks or reads otherwise.
_ENGLISH_CLASSES = {word: kind for kind, words in {
    "river": "river", "lake": "lake", "mountain": "mount mountain", "volcano": "volcano", "island": "island",
    "street": "street", "avenue": "avenue", "bay": "bay", "lagoon": "lagoon", "bridge": "bridge", "dam": "dam",
    "province": "province", "sanctuary": "sanctuary", "reservoir": "reservoir", "canal": "canal", "port": "port",
    "department": "department"}.items() for word in words.split()}
PLACE_CLASSES = {**_ENGLISH_CLASSES, "cerro": "mountain", "carrer": "street", "avenida": "avenue", "represa": "dam",
                 "presa": "dam"}

# Where a class word stands in a name: English before the name only for a few ("Lake Titicaca", "Mount
# Roraima", "Port of Spain"), else after it ("Cauca River", "Itaipu Dam", "Buenos Aires Province");
# Spanish before it ("Río Cauca", "Carrer de Mallorca", "Puente Baltimore", "Provincia de Buenos Aires").
_ENGLISH_FIRST = frozenset("lake mount port".split())
_PARTICLES = frozenset("de del la el of the".split())


def place_class(word: str, language: str = "") -> str:
    """The kind of place a folded class word names ("rio": river, "puente": bridge, "dam": dam), or ""; in
    English ("en"), Spanish ("es") or either ("")."""
    if language != "es" and word in _ENGLISH_CLASSES:
        return _ENGLISH_CLASSES[word]
    if language == "en":
        return ""
    return PLACE_CLASSES.get(word) or _ENGLISH_CLASSES.get(_spanish_noun(word), "")


@lru_cache(maxsize=4096)
def _spanish_noun(word: str) -> str:
    from xlate.text.counted_nouns import english_singular   # the noun table, read when a name may hold a class word
    return english_singular(word, "es")


def place_key(name: str) -> str:
    """A name folded, without a leading article: "La Habana" -> "habana"."""
    key = fold(name)
    first, space, rest = key.partition(" ")
    return rest if space and first in ARTICLES else key


@lru_cache(maxsize=1)
def _name_pairs() -> tuple[tuple[str, str], ...]:
    """The table's (English name, Spanish name) pairs, as written."""
    return tuple(tuple(line.split("\t")) for line in PLACE_NAMES_FILE.read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _spanish_names() -> dict[str, frozenset[str]]:
    """Each English place name's key -> the keys of its Spanish names."""
    found: dict[str, set[str]] = {}
    for english, spanish in _name_pairs():
        found.setdefault(place_key(english), set()).add(place_key(spanish))
    return {english: frozenset(spanish) for english, spanish in found.items()}


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    """Each listed place's key, English or Spanish -> the place as English writes it (the demonyms table's
    spelling first: "Singapore", "Canada")."""
    found = {place_key(place): place for place in _demonyms().values()}
    for english, spanish in _name_pairs():
        found.setdefault(place_key(english), english)
        found.setdefault(place_key(spanish), english)
    return found


def english_place_name(name: str) -> str:
    """The place a table lists that a name names, in English or Spanish, as English writes it ("Singapur",
    "Singapore": "Singapore"), else ""."""
    return _english_names().get(place_key(name), "")


def spanish_names(english: str) -> frozenset[str]:
    """The keys of the Spanish names of the place an English name names ("havana": {"habana"}), if any."""
    return _spanish_names().get(place_key(english), frozenset())


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(_spanish_names()).union(*_spanish_names().values())


def is_listed_place(name: str) -> bool:
    """Whether a table names the place, in English or Spanish: the CLDR's names that differ ("France",
    "Francia", "La Habana"), or the place an adjective of its people names ("Argentina", "Chile", "Peru",
    written alike in both languages, and common words besides: "argentina", "chile")."""
    key = place_key(name)
    return key in _known() or key in _peoples_places()


def without_class_word(name: str) -> tuple[str, str]:
    """The name without its place's class word, and the kind of place it names ("cauca river" -> "cauca",
    "river"; "carrer de mallorca" -> "mallorca", "street"; "port of chancay" -> "chancay", "port"), or
    ("", "")."""
    words = name.split()
    if len(words) < 2:
        return "", ""
    if words[0] not in _ENGLISH_FIRST and (kind := place_class(words[-1], "en")):
        return " ".join(words[:-1]), kind
    kind = place_class(words[0], "en") if words[0] in _ENGLISH_FIRST else place_class(words[0], "es")
    if kind:
        rest = words[1:]
        while len(rest) > 1 and rest[0] in _PARTICLES:
            rest = rest[1:]
        return " ".join(rest), kind
    return "", ""


# Countries news names in a way the tables of place names and of demonyms do not read by themselves, as English
# writes each: by abbreviation, in either language's copy (the CLDR's short names, "US", "UK", "EE. UU.", and the
# dotted forms wire copy prints: "U.S. exports", "las exportaciones de EE.UU." are one country's, joined to "United
# States" and "Estados Unidos" by the table above); and by a Spanish adjective of the one country whose English
# word names two places ("estadounidense": "American", which names the Americas as often as the United States;
# scripts/build_demonyms.py writes its forms into the demonyms table).
COUNTRIES = {
    "United States": {"abbreviations": "U.S.A. U.S. USA US EE.UU. EE._UU. EE_UU EEUU",
                      "spanish_adjective": "estadounidense", "english_adjective": "american"},
    "United Kingdom": {"abbreviations": "U.K. UK"},
}
COUNTRY_ABBREVIATIONS = {form.replace("_", " "): place for place, country in COUNTRIES.items()
                         for form in country["abbreviations"].split()}
# The Spanish adjective of one country -> (its English word, which names two places; the country).
ONE_COUNTRY_ADJECTIVES = {country["spanish_adjective"]: (country["english_adjective"], place)
                          for place, country in COUNTRIES.items() if "spanish_adjective" in country}


DEMONYMS_FILE = Path(__file__).resolve().parent.parent / "data" / "demonyms.tsv"


@lru_cache(maxsize=1)
def _demonyms() -> dict[tuple[str, str], str]:
    """(folded adjective, language) -> the place it is of, as English writes it (data/demonyms.tsv, built by
    scripts/build_demonyms.py from WordNet's pertainyms and Apertium's translations of them)."""
    found = {}
    for line in DEMONYMS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, language, place = line.split("\t")
            found[form, language] = place
    return found


@lru_cache(maxsize=1)
def _peoples_places() -> frozenset[str]:
    return frozenset(place_key(place) for place in _demonyms().values())


def place_of_people(word: str, language: str) -> str:
    """The place an adjective of its people names ("Argentine", "argentinas": Argentina), or ""."""
    return _demonyms().get((fold(word), language), "")


@lru_cache(maxsize=1)
def demonym_forms() -> frozenset[str]:
    """The folded forms of the demonyms table, either language (a document's words are screened by it)."""
    return frozenset(form for form, _ in _demonyms())
