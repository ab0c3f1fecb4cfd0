"""What a story's figures are about when it gives no name: its event and its unnamed people.

"The runoff is set for Oct. 19" and "La segunda vuelta será el 26 de octubre", "The quake killed
300 people" and "El sismo dejó 250 muertos", "A 7-year-old girl from Honduras died" and "Una niña
hondureña de 9 años murió": the runoff, the quake and the girl have no name, but two articles of
one story mean one runoff, one quake and one girl by them. Each is an entity of its own, keyed by
its class in English ("story:event:runoff", "story:person:girl") whichever language writes it, and
joined across articles only when they tell one story: they share names (entities.Entities.same_story).
Two unnamed people of one class in one article may be two people ("a man, 45, and a man, 60"):
they are never compared within it.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from xlate.infra import patterns
from xlate.text.fold import fold
from xlate.text.screens import from_the_end
from xlate.rules.facts.measures import POPULATION_UNITS, person_noun
from xlate.text.quantities import Quantity, is_age_apposition
from xlate.text.units import COUNTED, by_word

STORY = "story:"
EVENT = STORY + "event:"
PERSON = STORY + "person:"
# The people a story's event killed, wounded, evacuated...: one count per story, whatever each
# sentence names ("Four workers were killed at the refinery", "Seis trabajadores murieron en el siniestro").
TOLL = STORY + "toll"
TOLLS = frozenset("killed wounded evacuated displaced missing rescued".split())
# The country a sentence opens with, unnamed ("El país produjo unos 860.000 barriles diarios, de los que casi dos
# tercios salieron de Vaca Muerta", "The country exported"): the whole, not the thing named before nor the part
# the sentence names after; one in two articles of one story, as an unnamed event is.
COUNTRY = STORY + "place:country"
# A place named by the adjective of its people ("las exportaciones energéticas argentinas", "Venezuelan oil"):
# keyed by the place's name ("story:people:argentina"), joined to the name where the corpus writes it
# (entities.Entities); ranked after the names a sentence holds, never the story's topic nor carried on to the
# next sentence, as the story's other unnamed things.
PEOPLES_PLACE = STORY + "people:"
# The thing a sentence opens with as a definite noun, named or not ("La planta emplea", "The plant employs",
# "La catedral, meta de todas las rutas, recibió", "The rotating cuts affect"): keyed by the noun's English
# singular ("story:thing:plant"), one thing in two articles of one story whatever name each article's
# description resolves to, as an unnamed event is.
THING = STORY + "thing:"

# Events a story tells, by class, in English and Spanish ("_" joins a phrase). A capitalised one is
# part of a name ("Hurricane Melissa", "the Copa América"): names are entities already.
EVENT_NOUNS = {
    "runoff": "runoff run-off second_round segunda_vuelta balotaje ballotage",
    "first round": "first_round primera_vuelta",
    "election": "election elections elecciones comicios",
    "referendum": "referendum referéndum referendo plebiscite plebiscito",
    "earthquake": "earthquake quake temblor sismo terremoto",
    "eruption": "eruption erupción",
    "hurricane": "hurricane huracán",
    "storm": "storm tormenta",
    "flood": "flood floods flooding inundación inundaciones crecida",
    "landslide": "landslide mudslide deslave derrumbe alud",
    "wildfire": "wildfire fire blaze incendio fuego siniestro",
    "drought": "drought sequía",
    "strike": "strike walkout huelga paro",
    "blockade": "blockade bloqueo",
    "protest": "protest protests march demonstration protesta protestas marcha manifestación",
    "caravan": "caravan caravana",
    "attack": "attack attacks ataque atentado",
    "explosion": "explosion blast explosión estallido",
    "shooting": "shooting tiroteo balacera",
    "crash": "crash collision choque accidente colisión",
    "shipwreck": "shipwreck sinking naufragio",
    "spill": "spill derrame",
    "outbreak": "outbreak epidemic brote epidemia",
    "blackout": "blackout outage apagón",
    "summit": "summit cumbre",
    "census": "census censo",
}
# People a story counts on without naming them, by class: "a 7-year-old girl", "una niña de 9 años".
PERSON_NOUNS = {
    "girl": "girl nina chica muchacha",
    "boy": "boy nino chico muchacho",
    "child": "child kid toddler menor",
    "baby": "baby infant bebe",
    "teenager": "teenager teen adolescente",
    "man": "man hombre",
    "woman": "woman mujer",
    "driver": "driver conductor chofer",
    "pilot": "pilot piloto",
    "student": "student estudiante alumno alumna",
    "victim": "victim victima",
    "suspect": "suspect sospechoso sospechosa",
    "officer": "officer policeman policewoman agente",
    "soldier": "soldier soldado",
    "tourist": "tourist turista",
    "fisherman": "fisherman pescador",
    "farmer": "farmer campesino agricultor",
    "worker": "worker trabajador obrero",
    "migrant": "migrant migrante",
}
_EVENT = {fold(word.replace("_", " ")): name for name, words in EVENT_NOUNS.items() for word in words.split()}
_PERSON = by_word(PERSON_NOUNS)


def _phrases(table: dict[str, str]) -> str:
    words = patterns.longest_first(fold(w) for ws in table.values() for w in ws.split())
    return "|".join(w.replace("_", r"\s+") for w in words)


# Lowercase: "the runoff", "el sismo"; a sentence may open with one ("Runoff" is rare; "El sismo" is not).
_EVENT_RE = patterns.compile(r"(?<![\p{L}\p{M}-])(?P<noun>" + _phrases(EVENT_NOUNS) + r")(?![\p{L}\p{M}-])")
_ARTICLE_BEFORE = from_the_end(patterns.compile(r"(?:\b(?:the|this|that|a|an|its|el|la|los|las|del|al|este|esta|ese|esa|un|una"
                                   r"|su|sus)\s+(?:\p{Ll}[\p{L}-]*\s+)?|['’]s\s+(?:\p{Ll}[\p{L}-]*\s+)?)$", regex.I))


class StoryMention(NamedTuple):
    start: int
    end: int
    key: str
    text: str


def _folded(text: str, start: int, end: int) -> str:
    """text[start:end] case- and accent-folded, at the same offsets ("" if folding changed its length)."""
    folded = fold(text[start:end])
    return folded if len(folded) == end - start else ""


# The first words of the events' names as written, with their accents and without ("erupción", "erupcion")
_FIRST_WORDS = frozenset(form for words in EVENT_NOUNS.values() for word in words.split()
                         for form in (word.split("_")[0], fold(word.split("_")[0])))


def event_words(words) -> frozenset[str]:
    """Of a document's distinct words, those an event's name may start with ("runoff", "segunda"):
    the words event_mentions looks for first."""
    return frozenset(fold(word) for word in _FIRST_WORDS.intersection(map(str.lower, words)))


def event_mentions(text: str, start: int, end: int, words: frozenset[str] = _FIRST_WORDS) -> list[StoryMention]:
    """The events text[start:end] names with a common noun after an article or a possessive ("the
    runoff", "Sunday's runoff", "el sismo"); words: event_words of the document."""
    folded, found = _folded(text, start, end), []
    if not any(word in folded for word in words):
        return found   # most sentences name no event: a substring test is cheaper than the pattern
    for match in _EVENT_RE.finditer(folded):
        at, to = start + match.start(), start + match.end()
        if not text[at].islower() and not _opens_sentence(text, at):
            continue   # "Hurricane Melissa": a name
        if not _ARTICLE_BEFORE.search(folded, max(0, match.start() - 30), match.start()):
            continue   # "election day", "fire" as a verb: only "the fire", "el incendio"
        noun = " ".join(match.group("noun").split())
        found.append(StoryMention(at, to, EVENT + _EVENT[noun], text[at:to]))
    return found


def _person(text: str, start: int, end: int) -> StoryMention | None:
    """The person or people a lowercase noun names: "girl", "niña"; "residentes de 60 años" too."""
    word = fold(text[start:end])
    if not text[start].islower():
        return None
    if word in _PERSON:
        return StoryMention(start, end, PERSON + _PERSON[word], text[start:end])
    people = COUNTED.get(word)
    return StoryMention(start, end, PERSON + people, text[start:end]) if people in POPULATION_UNITS else None


# The person an age is of, when no name stands by it: "a 7-year-old girl", "a 7-year-old Honduran
# girl", "a girl, 7,", "una niña (hondureña) de 9 años", "un hombre de 45 años".
_TWO_WORDS_AFTER = patterns.compile(r"\s+(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}-]*))?")
_PERSON_BEFORE_AGE = from_the_end(patterns.compile(r"(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?(?:,|\s+de|\s+of)\s+$"))


def person_of_age(text: str, start: int, end: int) -> StoryMention | None:
    """The unnamed person an age at text[start:end] is of, if a person noun stands right by it."""
    if text[start:end].endswith("old"):
        after = _TWO_WORDS_AFTER.match(text, end)
        for group in (1, 2) if after else ():
            if after.group(group) and (found := _person(text, after.start(group), after.end(group))):
                return found
    before = _PERSON_BEFORE_AGE.search(text, max(0, start - 40), start)
    for group in (1, 2) if before else ():
        if before.group(group) and (found := _person(text, before.start(group), before.end(group))
                                    or _person_by_sense(text, before.start(group), before.end(group))):
            return found
    return None


# The years of a person's age, by the words around them: "45-year-old", "aged 45", "de 45 años de edad",
# "who turned 45", 45 "or older", and "de" after a word and a comma ("Ana Ruiz, de 45 años", "un hombre, de 45
# años": regex.I makes \p{Lu} any cased letter, so it is any word, not a name; the age in apposition
# after a name is quantities.is_age_apposition's).
_AGE_AFTER = patterns.compile(r"(?:-old|\s+old|\s+de\s+edad|\s+of\s+age|\s+(?:or|and)\s+(?:older|over)|\s+(?:o|y)\s+m[aá]s)\b", regex.I)
_AGE_COMPOUND = from_the_end(patterns.compile(r"\d-years?-old$"))
_AGE_BEFORE = patterns.compile(r"(?:\b(?:aged|age\s+of|edad\s+de|who\s+is|who\s+was|who\s+turned)|\p{Lu}[\p{L}\p{M}]+,\s+de)\s+$", regex.I)
# The years a person has, turns or turned in Spanish are an age: "Ahora, Ana Ruiz tiene 40 años", "Tenía 49
# años cuando", "habría cumplido 81 años el sábado", "a sus 53 años", "fundó a los 47 años", "antes de los 24
# años", "los mayores de 19 años"; not the years of something they have
# ("tiene 40 años de experiencia", "cumplió 20 años de condena", "cumplió 15 años dirigiendo la escuela").
_YEARS_HAD = patterns.compile(r"\b(?i:a\s+sus|a\s+los|antes\s+de\s+los|(?:mayores|menores)\s+de|tengo|tenemos|tienes"
                              r"|ten[ií]a|ten[ií]an|tiene|tienen|tendr[ií]a|tendr[aá]|cumpl[ií]a|cumple|cumpli[oó]"
                              r"|cumplir[aá]|cumplido|cumplir)\s+$")
_OF_SOMETHING = patterns.compile(r"\s+(?:de|of|como|en\s+el\s+cargo|al\s+frente)\b|\s+(?:ago|atr[aá]s)\b"
                                 r"|\s+\p{L}+(?:ando|iendo|yendo)\b", regex.I)   # "cumplió 15 años dirigiendo la escuela"


def _years_had(text: str, quantity: Quantity) -> bool:
    """Whether years are a person's age by the verb before them (_YEARS_HAD), not of something after."""
    return bool(_YEARS_HAD.search(text, max(0, quantity.start - 30), quantity.start)) \
        and not _OF_SOMETHING.match(text, quantity.end)


def is_age(text: str, quantity: Quantity) -> bool:
    """Whether a figure in years is a person's age: by the words around it (above), the bare number
    between commas after a name (quantities.is_age_apposition), or the unnamed person by it (person_of_age)."""
    return bool(_AGE_COMPOUND.search(quantity.text) or _AGE_AFTER.match(text, quantity.end)
                or _AGE_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
                or _years_had(text, quantity)
                or is_age_apposition(text, quantity.start, quantity.end)
                or person_of_age(text, quantity.start, quantity.end))


def _person_by_sense(text: str, start: int, end: int) -> StoryMention | None:
    """A lowercase noun every English noun it translates to names a person, by WordNet's first sense of each
    (word_senses, word_classes): "el agresor de 31 años" (aggressor, assailant), "un señor de 76 años", "la
    historiadora de 61 años", "este abogado de 43 años" (lawyer, solicitor; "plead" is no noun), "a gentleman
    of 57 years". Not "un contrato de 30 años" (agreement, and a hire), "un bono a 10 años", "un tipo de"
    (type): a noun with any sense of a thing is none."""
    if not text[start].islower():
        return None
    noun = person_noun(fold(text[start:end]), "every sense")
    return StoryMention(start, end, PERSON + noun, text[start:end]) if noun else None


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip()
    return not before or before[-1] in ".!?\n—–"
