"""What a figure measures when no word of its clause names the measure: its unit says it.

"300 megawatts of installed capacity" and "460 megavatios", "eight stations" and "diez
estaciones", "4,000 hectares" and "9.900 acres" measure one thing of their entity whatever the
verb: a plant has one installed power, a line one number of stations. Such units are SPECIFIC:
two figures in one of them about the same subject are one quantity.

Other units say only the dimension: a percentage, an amount of money, a time, a length, a count of
people may be the share of electricity or of hotels damaged, the cost or the rent, the trip or the
strike, the line or the river. Those are BROAD: two figures in one of them are one quantity only
when their clauses also share a word saying what is measured ("12% of the electricity" and "el 18 %
de la electricidad", "the trip" and "el viaje"): the same word, a cognate (likely_cognates), or two
words the table below gives as one measure across the languages.

Counts of people whose clause names what happened to them ("killed 14 people", "21 muertos",
"evacuate 38,000 residents", "evacuar a 38.000 vecinos") are counted as people, whichever noun
counts them: the event is the measure (cues.MEASURE_CUES), the noun only who.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from xlate.infra import patterns
from xlate.text.fold import fold, fold_all, strip_accents
from xlate.text.names import content_key, likely_cognates
from xlate.text.quantities import FLOW, STREAK_WORDS
from xlate.text.units import (COUNTED, COUNTED_SYNONYMS, CURRENCY_SIGNS, FUNCTION_WORDS, MEASURED_UNITS, MODIFIER_END,
                              by_word)
from xlate.text.saying import SAYING
from xlate.text.word_classes import has_class
from xlate.text.word_concepts import concept_keys, one_concept
from xlate.text.word_senses import senses


# Units that name by themselves one thing of an entity: a plant has one installed power, a line one
# number of stations, a river one flow. Every other unit of the table (units.MEASURED_UNITS, COUNTED_SYNONYMS) is
# broad: a percentage, money, a time, a length, a weight, a count of people or homes.
SPECIFIC_UNITS = frozenset(f"MW hectare station seat turbine cell bed lane gate {FLOW}".split())
_TABLE_UNITS = frozenset(unit for unit, _ in MEASURED_UNITS.values()) | frozenset(COUNTED_SYNONYMS) \
    | frozenset(CURRENCY_SIGNS.values()) | {FLOW}

# Units that weigh or measure out a stuff: "54,000 metric tons of the brown seaweed", "3,000 barrels of
# the crude" say what is weighed, not a part of a count ("12 of the 40"); and the stuff ("lithium", "litio")
# is no word saying what is measured: the output of a month and the resources in the ground both weigh it.
AMOUNTS_OF_STUFF = frozenset(f"tonne litre barrel m3 {FLOW}".split())
# Counted nouns of people: one unit, "person", when the clause names the event that counts them.
PEOPLE_UNITS = frozenset("""person death inhabitant migrant prisoner soldier worker member fisherman farmer miner
    venezuelan american mexican chilean salvadoran colombian cuban peruvian bolivian argentine
    brazilian ecuadorian guatemalan honduran nicaraguan panamanian dominican haitian""".split())
# What a place holds or houses when the clause says "holds", "alberga": people, not seats or hotels.
# Children and women are a part of the people an event counts ("three women" of "390 deaths"): a
# unit of their own, never counted as persons.
POPULATION_UNITS = PEOPLE_UNITS | frozenset("family household student patient child woman".split())
# Counted things, never people: "los aerogeneradores permanecen detenidos" are stopped, not detained.
THING_UNITS = frozenset("""turbine vehicle truck container flight station seat ship home school hotel cell park
    aircraft lane gate vote company hospital bus match country district province municipality case train""".split())
# The counted things another noun of one story may count too ("412,000 cars" / "341,000 vehicles", "1.4 million
# packs" / "unos 410.000 envases"): paired as nouns by what they name (compare._one_thing_counted). Not the units
# that say by themselves what they measure (SPECIFIC_UNITS: seats, stations); not acts or events, which no other
# noun recounts (a flight, a vote, a match, a case); not places, which a story names rather than counts by another
# noun (a park, a country, a district, a province, a municipality). Families and households count people's homes
# (POPULATION_UNITS, what a place holds), not persons: one article's "124.850 familias" is the other's households,
# so they pair as things do.
_COUNTED_APART = frozenset("flight vote match case park country district province municipality".split())
PAIRED_THINGS = THING_UNITS - SPECIFIC_UNITS - _COUNTED_APART | frozenset({"family", "household"})
EVENTS_OF_PEOPLE = frozenset("killed wounded evacuated displaced detained released deported missing rescued sentenced".split())

_VISIT_VERBS = "visit visits visited visiting visitan visitaron visito visitara"   # (visitors_as)

# Words that name one measure in English and Spanish without being cognates. A word not listed
# here matches itself and its cognates. "_" joins the words of a phrase that names the measure only
# as a whole: "set out" and "left for" are a departure, "set" and "left" alone are not ("set fire",
# "left 30 dead", "the left bank").
MEASURE_WORDS = {
    "trip": "trip trips journey ride travel viaje viajes trayecto recorrido",
    "duration": "take takes took last lasts lasted durar dura durara duro duraria tarda tardara tardo "
                "demora demorara demoro toma tomara tomo tomaria llevara llevo",
    "length": "long length largo larga longitud extension eslora stretches spans recorre recorren",
    "area": "area surface superficie cover covers covered cubre cubria cubierta",
    "height": "high tall tallest taller height rises alto alta altura",   # "the dam rises 225 feet"
    "depth": "deep depth profundo profunda profundidad",
    "output": "produce produces produced production output generate generates generated "
              "produccion produce produjo genera generacion",
    "electricity": "electricity power energy electricidad energia",
    "water": "water agua",   # "lost water service", "quedaron sin agua"
    "damage": "damage damages damaged loss losses lose loses lost danos danados perdidas pierde pierden perdio perdieron",
    "water level": "level nivel",
    "stay": "stay stayed permanencia estancia",
    "fall": "fell fall falls fallen collapsed dropped drop drops cayo cayeron caer caida desplomo desplomaron bajado "
            "bajaron descendio descendido descendieron",
    "departure": "set_out set_off left_for left_from headed_out departed depart marched walked trekked salieron salio "
                 "partieron partio marcharon caminaron",
    "strike": "strike huelga paro",
    "arrival": "arrive arrives arriving arrived arrival arrivals llega llegan llegaron llegara llegaran llego llegada llegadas",
    "throughput": "handle handled handles handling throughput movio movieron mueve mueven movera moveran movimiento",
    "blackout": "blackout blackouts outage outages apagon apagones",
    "blockade": "blockade blockades bloqueo bloqueos roadblock",
    "fire": "fire fires blaze flames incendio incendios fuego llamas",
    "wait": "wait waits waiting waited espera esperas esperan esperar esperaron aguardan aguardaban aguardar "
            "stranded varados varadas",
    "closure": "closed closure shut suspended cerrado cerrada cerrados cerradas cierre clausurado clausurada "
               "suspendio suspendidos suspendidas",
    "affected": "affected disrupted afectados afectadas perjudicados",
    "crossing": "cross crossed crossing crossings cruzar cruzado cruzaron cruce cruces",
    "harvest": "harvest harvests harvested crop crops picked cosecha cosechas cosecharon cosecho recogida recogieron "
               "recogio recolectaron recolecto recoleccion vendimia",   # "se recogieron 480 millones de kilos de uva"
    # what an office hands out: "issued 449,239 certificates", "entregó 499.239 compostelas"
    "issued": "issue issues issued issuing entrega entregan entrego entregaron expidio expidieron emitio emitieron",
    # the visitors a place draws: "drew about 1 million visitors", "recibió 1,5 millones de visitantes"
    "visits": "drew draw draws attracted attracts received receives welcomed recibe reciben recibio recibieron "
              "recibira atrajo atrae atraen " + _VISIT_VERBS,
    "suspected": "suspected sospechoso sospechosos sospechosa sospechosas",   # suspected cases, casos sospechosos
    "rate cut": "cut cuts recorte recortes",   # "the 12th cut", "el noveno recorte"
    # verbs that say a figure is a count or a tally of what it names, whatever they count: "scientists counted 18
    # colonies", "los especialistas contabilizaron once colonias", "las llegadas sumaron", "recorded", "registró"
    # (Apertium has no "contabilizar"; "cuenta" is left out: "cuenta con" is to have)
    "count": "count counts counted counting tally tallies tallied totaled totalled totaling totalling logged "
             "recorded registered numbered census recount conteo recuento censo contar contaron conto contado "
             "contados contadas contabiliza contabilizan contabilizo contabilizaron contabilizado contabilizados "
             "contabilizadas contabilizaba registra registran registro registraron registrado registrados registradas "
             "registraba suma suman sumo sumaron sumaba sumaban totaliza totalizan totalizo totalizaron",
    # a running count, the ordinal of a streak: "for the third consecutive year", "por segundo año seguido",
    # "the third straight month", "in a row": quantities.STREAK_WORDS, by which its _RUNNING_COUNT reads such ordinals
    "streak": " ".join(word.replace(" ", "_") for word in STREAK_WORDS),
    "fleet": "fleet flota",
    "debt": "debt deuda",
    "aid": "aid ayuda",
    # what a thing costs whoever pays it: a cost cue ("cost", "cuesta") and "a combined entry fee of", "el pasaje"
    "price": "cost costs costo costos coste costes cuesta cuestan costaba costaban price prices precio precios "
             "fee fees fare fares tarifa tarifas pasaje pasajes ticket tickets boleto boletos",
    "fine": "fine fined multa multado",
    "loan": "loan credito prestamo",
    "revenue": "revenue revenues sales income ingresos ventas",
    "profit": "profit profits ganancia ganancias utilidades beneficio",
    "wage": "wage wages salary pay salario salarial salariales sueldo",
    "rent": "rent renta alquiler arriendo",
    "turnout": "turnout participacion",
    "unemployment": "unemployment jobless desempleo paro",
    "drought": "drought sequia",
    "inflation": "inflation inflacion",
    "poverty": "poverty pobreza",
    "growth": "growth crecimiento",
    "gdp": "gdp pib",
    "exports": "exports exportaciones",
    "imports": "imports importaciones",
    "reserves": "reserves reservas",
    "river": "river rio",
    "lake": "lake lago",
}
_MEASURE_WORD: dict[str, frozenset[str]] = {}   # a word may name two measures: "paro" is a strike and unemployment
for _measure, _words in MEASURE_WORDS.items():
    for _word in _words.split():
        _MEASURE_WORD[_word] = _MEASURE_WORD.get(_word, frozenset()) | {_measure}

_MEASURE_PHRASE = patterns.compile(r"(?<![\p{L}\p{M}'’-])(?:" + "|".join(
    phrase.replace("_", r"\s+") for phrase in sorted(_MEASURE_WORD, key=len, reverse=True) if "_" in phrase)
    + r")(?![\p{L}\p{M}'’-])")

# The period a rate is of: a monthly figure and an annual one are two measures.
PERIODS = {"month": "monthly mensual mensuales", "year": "annual annually yearly anual anuales interanual",
           "quarter": "quarterly trimestral", "week": "weekly semanal semanales", "day": "daily diario diaria diarios diarias",
           "night": "nightly"}
_PERIOD = by_word(PERIODS)


def other_periods(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two clauses name different periods ("monthly inflation", "la inflación interanual"),
    or one a period and the other none (a daily count and a total)."""
    one, other = {_PERIOD[w] for w in first if w in _PERIOD}, {_PERIOD[w] for w in second if w in _PERIOD}
    return bool(one) != bool(other) or bool(one and other and not one & other)

# Words of a clause that say nothing of what is measured: saying (text.saying), being, having, time.
_SAYS_NOTHING = frozenset(fold(word) for word in SAYING) | frozenset("""according segun
    has have had having hay tiene tienen tenia tenian tendra tendran will would could can may
    sera seria fue son es esta estan era eran than more less most menos mas also tambien
    now today ahora hoy year years ano anos month months mes meses day days dia dias week
    weeks semana semanas about nearly some more only just solo unos unas casi cerca
    against frente next proximo proximos proxima proximas""".split())
_WORD = patterns.compile(r"(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}'’-]*")   # lowercase words: no names


def counts_a_thing(quantity) -> bool:
    """Whether a figure counts things by a common noun outside the table ("1.400 pozos ilegales", "22
    colonies", "11 beaches"): written in lower case, so neither a name, an acronym nor a currency code
    ("12,158 AIDS", "400 CZK"). Such a count is compared only with a count of the same noun (or its
    cognate) in another article of the same story (compare.py): across a folder, nouns counted alike
    are mostly two things."""
    last = quantity.text.rstrip()[-1:]   # the noun's, or the figure's when the noun stands before it ("transits to 24")
    return counted_by_a_noun(quantity.unit) and (last.islower() or last.isdigit()) \
        and (not quantity.compound or quantity.joined and _a_noun(quantity.unit))


def _a_noun(unit: str) -> bool:
    """Whether the word a figure is joined to is a noun ("a 3,200-megapixel camera", "the 75-page report")."""
    return has_class("en", unit, "noun")


# Whether a word is a noun for people, by one of three tests, each the one its question needs
# (docs/decisions.md, session 15, mend15b):
# - "word": the word itself, in English, is a person's noun in WordNet (n.person: customer, fisherman): a unit
#   already read in English, whose part of a body of people is no part of a whole (comparable.py);
# - "any sense": any English noun it translates to names a person ("600 mineros", "500 ingenieros"): a
#   workforce's noun (cues.staff), where the clause's verb has already said people work;
# - "every sense": every English noun it translates to does, the word itself if it has none: the unnamed
#   person an age is of (stories.py: "el agresor de 31 años"), where one sense of a thing ("un contrato de 30
#   años": agreement, and a hire) says the years are no age.
PERSON_TESTS = ("word", "any sense", "every sense")


def person_noun(word: str, test: str) -> str:
    """The English noun for people word is by test (PERSON_TESTS, above): the word itself ("word"), or the
    first alphabetically of the English nouns it translates to; "" if it is none."""
    if test == "word":
        return word if has_class("en", word, "n.person") else ""
    if test == "any sense":
        return min((sense for sense in senses(word) if has_class("en", sense, "n.person")), default="")
    nouns = sorted(lemma for lemma in senses(word) or {word} if has_class("en", lemma, "noun"))
    return nouns[0] if nouns and all(has_class("en", lemma, "n.person") for lemma in nouns) else ""


# Units outside the table that are no noun counting things: a place in a series or a ranking, a
# date, and what measures a change or a score ("rose 0.1 points", "ganó por 12 puntos").
_NOT_THINGS = frozenset("ordinal rank date day point punto".split())


def counted_by_a_noun(unit: str) -> bool:
    """Whether a unit is a counted noun outside the table ("pozo", "colony")."""
    return bool(unit) and unit not in _TABLE_UNITS and unit not in _NOT_THINGS and " " not in unit


def unit_measure(unit: str) -> str:
    """The measure a unit of the table names by itself ("quantity"); "" for a noun outside it
    ("12 towers", "two rockets"): listed by `xlate facts`, never compared."""
    return "quantity" if unit in _TABLE_UNITS else ""


def is_broad(unit: str) -> bool:
    return unit not in SPECIFIC_UNITS


# What people do that counts them whatever noun names them: an event they suffered, the work they do
# ("Trabajan en la obra unas 1.800 personas", "En la obra trabajan más de 3.000 operarios") or where they
# live ("home to about 11,000 people", "de unos 16.000 habitantes").
COUNTED_BY_WHAT_THEY_DO = EVENTS_OF_PEOPLE | {"workforce", "population"}


def counted_as(measure: str, unit: str) -> str:
    """The unit people are counted in when the clause names what happened to them or what they do:
    "killed 14 people" and "21 muertos" are both 14 and 21 persons killed; "1.800 personas" and
    "3.000 operarios" who work on a site, two counts of its workforce; "11,000 people" and "16.000
    habitantes" of an island, two of its population."""
    return "person" if measure in COUNTED_BY_WHAT_THEY_DO and unit in PEOPLE_UNITS else unit


# People said to visit a place are its visitors, whichever noun counts them: "About 3.9 million people visited the
# basilica" and "El templo recibió 4,9 millones de visitantes" are two counts of its visitors.
VISITING = frozenset(_VISIT_VERBS.split())
VISITORS = "tourist"   # the unit of visitors, tourists, visitantes (units.COUNTED_SYNONYMS)


def visitors_as(unit: str, words: tuple[str, ...]) -> str:
    """The unit of people whose clause says they visited ("people visited", "personas visitaron"): visitors."""
    return VISITORS if unit == "person" and not VISITING.isdisjoint(words) else unit


def measure_words(clause: str, unit_text: str) -> tuple[str, ...]:
    """The words of a clause that may say what its figure measures: lowercase content words,
    neither the figure's own words nor reporting, being or time words."""
    if not clause:
        return ()   # (no noun governs a subject's name: _head_of's "")
    own = {fold(w) for w in _WORD.findall(unit_text)}
    return tuple(dict.fromkeys(
        key for key in _with_compound_parts(fold_all(_WORD.findall(clause)))
        if len(key) > 2 and key not in FUNCTION_WORDS and key not in _SAYS_NOTHING and key not in own)) \
        + _phrases(clause)


def _with_compound_parts(keys):
    """The keys, and before a compound modifier's participle the words it joins ("seaweed-collecting
    ships": seaweed, as "sargassum-collecting vessels" gives sargassum); not every compound's parts
    ("long-term" says no length)."""
    for key in keys:
        yield key
        if "-" in key and _PARTICIPLE_COMPOUND.fullmatch(key):   # (a compound holds a hyphen: most words need no pattern)
            yield from key.split("-")[:-1]


_PARTICIPLE_COMPOUND = patterns.compile(r"\p{Ll}+(?:-\p{Ll}+)*-" + MODIFIER_END)


def _phrases(clause: str) -> tuple[str, ...]:
    """The phrases of the table of measures in a clause, as the table writes them: "set_out"."""
    return tuple("_".join(match.group().split()) for match in _MEASURE_PHRASE.finditer(strip_accents(clause)))


def is_measure_word(word: str) -> bool:
    """A word of the table of measures (damage, daños, trip, viaje, ...) or of counted things
    (passengers, pasajeros, ...)."""
    return word in _MEASURE_WORD or word in COUNTED or word in _PERIOD


def not_the_stuff(unit: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """words without the stuff a weight or a volume is of (AMOUNTS_OF_STUFF): a substance or a food by
    its first sense in English ("lithium", "carbonate", "oil", "coffee"), or by a Spanish word's English
    ("litio"); words of the table of measures stay ("water": "lost water service")."""
    if unit not in AMOUNTS_OF_STUFF:
        return words
    return tuple(word for word in words if word in _MEASURE_WORD or not any(map(_is_stuff, senses(word))))


@lru_cache(maxsize=4096)
def _is_stuff(word: str) -> bool:
    return has_class("en", word, "n.substance", "n.food")


def share_a_measure_word(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two clauses share a word saying what is measured: the same, one English lemma in
    either language (text/word_senses.py), one WordNet concept (text/word_concepts.py), a cognate, or
    one measure of the table."""
    return any(_same_measure_word(a, b) for a in first for b in second)


@lru_cache(maxsize=65536)
def _same_measure_word(first: str, second: str) -> bool:
    if first == second or COUNTED.get(first, first) == COUNTED.get(second, second):
        return True   # the same word, or one noun of the table of counted things: passengers, pasajeros
    if first in _PERIOD or second in _PERIOD:   # "every day" and "a diario": one daily count
        return _PERIOD.get(first) == _PERIOD.get(second)
    listed = _MEASURE_WORD.get(first), _MEASURE_WORD.get(second)
    if listed[0] or listed[1]:
        return bool(listed[0] and listed[1] and listed[0] & listed[1])
    if senses(first) & senses(second):
        return True   # one English lemma in either language: "counted" and "contaron", "received" and "recibió"
    if one_concept(first, second):
        return True   # one WordNet concept: "harvest" and "crop", "tall" and "altura", "ponds" and "lakes"
    # cognates sharing their first three letters: electricity/electricidad, lithium/litio
    return min(len(first), len(second)) >= 4 and content_key(first)[:3] == content_key(second)[:3] \
        and likely_cognates(first, second)


@lru_cache(maxsize=65536)   # a figure's words are keyed for each entity it may be about, and recur across figures
def measure_word_keys(word: str) -> tuple[tuple[str, str], ...]:
    """Keys that two words share whenever _same_measure_word holds of them (it may hold of fewer):
    the statements of one entity are paired by these keys (facts/pairing.py), not each with each.
    Follows _same_measure_word branch by branch: change the two together."""
    keys = (("word", COUNTED.get(word, word)),)
    if word in _PERIOD:
        return keys + (("period", _PERIOD[word]),)
    listed = _MEASURE_WORD.get(word)
    if listed:
        return keys + tuple(("measure", measure) for measure in sorted(listed))
    keys += tuple(("sense", sense) for sense in sorted(senses(word)))
    keys += tuple(("concept", concept) for concept in sorted(concept_keys(word)))
    return keys + ((("cognate", content_key(word)[:3]),) if len(word) >= 4 else ())
