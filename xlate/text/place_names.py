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
# "Magdalena", "Paraná" are departments or states too).
PLACE_CLASSES = {word: kind for kind, words in {
    "river": "river rio", "lake": "lake lago", "mountain": "mount cerro", "volcano": "volcano volcan",
    "island": "island isla", "street": "street calle carrer", "avenue": "avenue avenida", "bay": "bay bahia",
    "lagoon": "lagoon laguna"}.items() for word in words.split()}

# Where a class word stands in a name: first ("Lake Titicaca", "Río Cauca", "Carrer de Mallorca"), last
# ("Cauca River"); folded. Not "Mount" alone for a company's name: only places' classes.
_CLASS_FIRST = frozenset("lake mount rio lago volcan cerro isla carrer calle avenida bahia laguna".split())
_CLASS_LAST = frozenset("river lake volcano island street avenue bay lagoon".split())
_PARTICLES = frozenset("de del la el".split())


def place_key(name: str) -> str:
    """A name folded, without a leading article: "La Habana" -> "habana"."""
    key = fold(name)
    first, space, rest = key.partition(" ")
    return rest if space and first in ARTICLES else key


@lru_cache(maxsize=1)
def _spanish_names() -> dict[str, frozenset[str]]:
    """Each English place name's key -> the keys of its Spanish names."""
    found: dict[str, set[str]] = {}
    for line in PLACE_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            english, spanish = line.split("\t")
            found.setdefault(place_key(english), set()).add(place_key(spanish))
    return {english: frozenset(spanish) for english, spanish in found.items()}


def spanish_names(english: str) -> frozenset[str]:
    """The keys of the Spanish names of the place an English name names ("havana": {"habana"}), if any."""
    return _spanish_names().get(place_key(english), frozenset())


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(_spanish_names()).union(*_spanish_names().values())


def is_listed_place(name: str) -> bool:
    """Whether the table names the place, in English or Spanish ("France", "Francia", "La Habana")."""
    return place_key(name) in _known()


def without_class_word(name: str) -> tuple[str, str]:
    """The name without its place's class word, and the kind of place it names ("cauca river" -> "cauca",
    "river"; "carrer de mallorca" -> "mallorca", "street"), or ("", "")."""
    words = name.split()
    if len(words) > 1 and words[-1] in _CLASS_LAST:
        return " ".join(words[:-1]), PLACE_CLASSES[words[-1]]
    if len(words) > 1 and words[0] in _CLASS_FIRST:
        rest = words[1:]
        while len(rest) > 1 and rest[0] in _PARTICLES:
            rest = rest[1:]
        return " ".join(rest), PLACE_CLASSES[words[0]]
    return "", ""


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


def place_of_people(word: str, language: str) -> str:
    """The place an adjective of its people names ("Argentine", "argentinas": Argentina), or ""."""
    return _demonyms().get((fold(word), language), "")


@lru_cache(maxsize=1)
def demonym_forms() -> frozenset[str]:
    """The folded forms of the demonyms table, either language (a document's words are screened by it)."""
    return frozenset(form for form, _ in _demonyms())
