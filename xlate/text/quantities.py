"""A figure as a fact states it: value, unit, approximation and the values it allows.

"about 74 kilometers", "75 kilometers (47 miles)", "over 250 Venezuelans", "$115 million",
"115 millones de dólares", "capacity for up to 40,000 inmates", "doce mil presos": each is read
into a Quantity whose interval holds every value the wording allows, in one unit per dimension
(kilometres, US dollars), so two statements can be compared by whether their intervals meet.

A figure stands for the values that round to it, at its last non-zero digit, but at most 2.5%
either way (5% with about, around, some, unos): "75" allows 74.5 to 75.5, "about 15,000" allows
14,500 to 15,500, "40,000" allows 39,000 to 41,000. The bounds are half-open, as rounding is,
so "about 74" and "75" do not meet: a desk publishing both has two figures for one distance.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Callable, NamedTuple

import regex

from xlate.infra import patterns
from xlate.text.counted_nouns import english_singular
from xlate.text.fold import fold
from xlate.text.numbers import ORDINAL_SUFFIX, SCALES, Number, numbers_in, spelled_number_words, spelled_numbers_in
from xlate.text.screens import screened

INFINITY = float("inf")

# What the words just before a figure say about it ("_" joins the words of a phrase). Longest phrases first
# when matching. Spanish writes the figure's article after the word ("casi el 40 %", "al menos el 25 %",
# "cerca de la mitad") and joins de and a to el ("más del 80 %", "cerca del 30 %", "en torno al 20 %"):
# _qualifier_pattern reads them, save after hasta ("subió hasta el 15 %" is the level reached, no ceiling).
QUALIFIERS = {
    "about": """about around some roughly approximately an_estimated estimated unos unas alrededor_de
                aproximadamente cerca_de en_torno_a ronda rondan rondaba rondaban rondó rondaron rondará rondarán""",
    "over": "over more_than above in_excess_of upwards_of exceeding más_de mas_de superior_a",
    "at least": "at_least no_fewer_than no_less_than al_menos por_lo_menos como_mínimo no_menos_de",
    "up to": "up_to as_many_as as_much_as at_most a_maximum_of no_more_than hasta como_máximo un_máximo_de",
    "under": "under less_than fewer_than below menos_de",
    "nearly": "nearly almost close_to just_under casi",
}
_NO_ARTICLE_AFTER = frozenset({"hasta"})


def _qualifier_pattern(phrase: str) -> str:
    """A phrase of QUALIFIERS as a pattern, with the article Spanish may write after it, joined to a
    final de or a ("del", "al") or standing alone ("el", "la", "los", "las")."""
    pattern = phrase.replace("_", r"\s+")
    if phrase in _NO_ARTICLE_AFTER:
        return pattern
    joined = "l?" if phrase.endswith(("_de", "_a")) else ""
    return pattern + joined + r"(?:\s+(?:el|la|los|las))?"


_QUALIFIER_RE = patterns.compile(
    r"(?<![\p{L}])(?P<words>" + "|".join(
        f"(?P<{name.replace(' ', '_')}>"
        + "|".join(_qualifier_pattern(p) for p in sorted(words.split(), key=len, reverse=True)) + ")"
        for name, words in QUALIFIERS.items()) + r")\s+(?:US)?[$€£]?\s*$", regex.I)

# Units with a dimension convert into the dimension's unit; the rest are counted nouns.
CELSIUS = "degree"   # a temperature in degrees Celsius: the unit "33,5 grados" counts in
MEASURED_UNITS = {
    # word (folded) -> (unit, factor to it)
    "km": ("km", 1), "kms": ("km", 1), "kilometer": ("km", 1), "kilometers": ("km", 1),
    "kilometre": ("km", 1), "kilometres": ("km", 1), "kilometro": ("km", 1), "kilometros": ("km", 1),
    "mile": ("km", Decimal("1.609344")), "miles": ("km", Decimal("1.609344")),
    "milla": ("km", Decimal("1.609344")), "millas": ("km", Decimal("1.609344")),
    "meter": ("km", Decimal("0.001")), "meters": ("km", Decimal("0.001")), "metre": ("km", Decimal("0.001")),
    "metres": ("km", Decimal("0.001")), "metro": ("km", Decimal("0.001")), "metros": ("km", Decimal("0.001")),
    "percent": ("percent", 1), "per cent": ("percent", 1), "por ciento": ("percent", 1), "%": ("percent", 1),
    "dollar": ("USD", 1), "dollars": ("USD", 1), "dolar": ("USD", 1), "dolares": ("USD", 1),
    "euro": ("EUR", 1), "euros": ("EUR", 1),
    # a hundredth of whatever currency the story's is: "45 cents", "60 centavos de dólar"
    "cent": ("cent", 1), "cents": ("cent", 1), "centavo": ("cent", 1), "centavos": ("cent", 1),
    # the region's own currencies, each its own unit (a peso is Mexico's, Chile's or Colombia's: one story's)
    "peso": ("peso", 1), "pesos": ("peso", 1), "sol": ("sol", 1), "soles": ("sol", 1),
    "quetzal": ("quetzal", 1), "quetzales": ("quetzal", 1), "lempira": ("lempira", 1), "lempiras": ("lempira", 1),
    "colon": ("colon", 1), "colones": ("colon", 1), "bolivar": ("bolivar", 1), "bolivares": ("bolivar", 1),
    "year": ("year", 1), "years": ("year", 1), "ano": ("year", 1), "anos": ("year", 1),
    # a month is 730.5 hours (a year's twelfth): "eight months" and "ocho semanas" are one duration's two values
    "month": ("hour", Decimal("730.5")), "months": ("hour", Decimal("730.5")), "mes": ("hour", Decimal("730.5")),
    "meses": ("hour", Decimal("730.5")),
    # every area in hectares, as land is most often given: "30 kilómetros cuadrados" is 3,000 hectares, 12,000 acres 4,856
    "hectare": ("hectare", 1), "hectares": ("hectare", 1), "hectarea": ("hectare", 1), "hectareas": ("hectare", 1),
    "acre": ("hectare", Decimal("0.40468564")), "acres": ("hectare", Decimal("0.40468564")),
    "foot": ("km", Decimal("0.0003048")), "feet": ("km", Decimal("0.0003048")),
    "inch": ("km", Decimal("0.0000254")), "inches": ("km", Decimal("0.0000254")),
    "pulgada": ("km", Decimal("0.0000254")), "pulgadas": ("km", Decimal("0.0000254")),
    "cm": ("km", Decimal("0.00001")), "centimeter": ("km", Decimal("0.00001")), "centimeters": ("km", Decimal("0.00001")),
    "centimetre": ("km", Decimal("0.00001")), "centimetres": ("km", Decimal("0.00001")),
    "centimetro": ("km", Decimal("0.00001")), "centimetros": ("km", Decimal("0.00001")),
    "mm": ("km", Decimal("0.000001")), "millimeter": ("km", Decimal("0.000001")), "millimeters": ("km", Decimal("0.000001")),
    "millimetre": ("km", Decimal("0.000001")), "millimetres": ("km", Decimal("0.000001")),
    "milimetro": ("km", Decimal("0.000001")), "milimetros": ("km", Decimal("0.000001")),
    "square meters": ("hectare", Decimal("0.0001")), "square metres": ("hectare", Decimal("0.0001")),
    "metros cuadrados": ("hectare", Decimal("0.0001")), "m2": ("hectare", Decimal("0.0001")),
    "pie": ("km", Decimal("0.0003048")), "pies": ("km", Decimal("0.0003048")),
    # volumes, as a river's flow or a reservoir's water is given ("24,000 cubic meters per second", "hm3")
    "cubic meters": ("m3", 1), "cubic metres": ("m3", 1), "metros cubicos": ("m3", 1), "m3": ("m3", 1),
    "cubic feet": ("m3", Decimal("0.028316846592")), "pies cubicos": ("m3", Decimal("0.028316846592")),
    "hectometros cubicos": ("m3", 1000000), "hm3": ("m3", 1000000),
    "cubic kilometers": ("m3", 1000000000), "cubic kilometres": ("m3", 1000000000),
    "kilometros cubicos": ("m3", 1000000000), "km3": ("m3", 1000000000),
    "square kilometers": ("hectare", 100), "square kilometres": ("hectare", 100), "kilometros cuadrados": ("hectare", 100),
    "km2": ("hectare", 100),
    # a square hectometre is a hectare: "40 hm²", as a reservoir's flooded land is given
    "hm2": ("hectare", 1), "square hectometers": ("hectare", 1), "square hectometres": ("hectare", 1),
    "hectometros cuadrados": ("hectare", 1),
    "square miles": ("hectare", Decimal("258.998811")), "millas cuadradas": ("hectare", Decimal("258.998811")),
    "square feet": ("hectare", Decimal("0.000009290304")), "pies cuadrados": ("hectare", Decimal("0.000009290304")),
    "megawatt": ("MW", 1), "megawatts": ("MW", 1), "megavatio": ("MW", 1), "megavatios": ("MW", 1),
    "mw": ("MW", 1), "gigawatt": ("MW", 1000), "gigawatts": ("MW", 1000), "gigavatio": ("MW", 1000),
    "gigavatios": ("MW", 1000), "gw": ("MW", 1000),
    # energy, what power gives over a time: "generated 1,540 gigawatt-hours", "5.900 gigavatios hora"
    "megawatt hours": ("MWh", 1), "megawatt hour": ("MWh", 1), "megavatios hora": ("MWh", 1), "megavatio hora": ("MWh", 1),
    "mwh": ("MWh", 1), "gigawatt hours": ("MWh", 1000), "gigawatt hour": ("MWh", 1000), "gigavatios hora": ("MWh", 1000),
    "gigavatio hora": ("MWh", 1000), "gwh": ("MWh", 1000), "terawatt hours": ("MWh", 1000000),
    "teravatios hora": ("MWh", 1000000), "twh": ("MWh", 1000000), "kilowatt hours": ("MWh", Decimal("0.001")),
    "kilovatios hora": ("MWh", Decimal("0.001")), "kwh": ("MWh", Decimal("0.001")),
    "light years": ("km", Decimal("9.4607304725808e12")), "light-years": ("km", Decimal("9.4607304725808e12")),
    "anos luz": ("km", Decimal("9.4607304725808e12")),
    # a port's containers are counted in twenty-foot equivalent units; oil in barrels
    "teu": ("TEU", 1), "teus": ("TEU", 1), "barrel": ("barrel", 1), "barrels": ("barrel", 1), "barril": ("barrel", 1),
    "barriles": ("barrel", 1),
    "kg": ("tonne", Decimal("0.001")), "kilogram": ("tonne", Decimal("0.001")), "kilograms": ("tonne", Decimal("0.001")),
    "kilo": ("tonne", Decimal("0.001")), "kilos": ("tonne", Decimal("0.001")), "kilogramo": ("tonne", Decimal("0.001")),
    "kilogramos": ("tonne", Decimal("0.001")),
    # grams, milligrams, ounces: "180 milligrams of sodium" and "440 miligramos" (Apertium's "milligramme") weigh alike
    "gram": ("tonne", Decimal("1e-6")), "grams": ("tonne", Decimal("1e-6")), "gramme": ("tonne", Decimal("1e-6")),
    "grammes": ("tonne", Decimal("1e-6")), "gramo": ("tonne", Decimal("1e-6")), "gramos": ("tonne", Decimal("1e-6")),
    "mg": ("tonne", Decimal("1e-9")), "milligram": ("tonne", Decimal("1e-9")), "milligrams": ("tonne", Decimal("1e-9")),
    "milligramme": ("tonne", Decimal("1e-9")), "milligrammes": ("tonne", Decimal("1e-9")),
    "miligramo": ("tonne", Decimal("1e-9")), "miligramos": ("tonne", Decimal("1e-9")),
    "ounce": ("tonne", Decimal("0.000028349523125")), "ounces": ("tonne", Decimal("0.000028349523125")),
    "onza": ("tonne", Decimal("0.000028349523125")), "onzas": ("tonne", Decimal("0.000028349523125")),
    "tonne": ("tonne", 1), "tonnes": ("tonne", 1), "ton": ("tonne", 1), "tons": ("tonne", 1),
    "tonelada": ("tonne", 1), "toneladas": ("tonne", 1), "metric tons": ("tonne", 1),
    "liter": ("litre", 1), "liters": ("litre", 1), "litre": ("litre", 1), "litres": ("litre", 1),
    "litro": ("litre", 1), "litros": ("litre", 1), "gallon": ("litre", Decimal("3.78541178")),
    "gallons": ("litre", Decimal("3.78541178")), "galon": ("litre", Decimal("3.78541178")),
    "galones": ("litre", Decimal("3.78541178")),
    "minute": ("hour", Decimal(1) / 60), "minutes": ("hour", Decimal(1) / 60), "minuto": ("hour", Decimal(1) / 60),
    "minutos": ("hour", Decimal(1) / 60), "hour": ("hour", 1), "hours": ("hour", 1), "hora": ("hour", 1),
    "horas": ("hour", 1), "day": ("hour", 24), "days": ("hour", 24), "dia": ("hour", 24), "dias": ("hour", 24),
    "week": ("hour", 168), "weeks": ("hour", 168), "semana": ("hour", 168), "semanas": ("hour", 168),
    # a temperature in Fahrenheit is no count of degrees Celsius, nor is its difference one: "about 2 degrees
    # Fahrenheit above the August average" and "superó en 1,2 grados el promedio" (Celsius) agree. Its own unit,
    # compared only with Fahrenheit (a level converts with an offset, a difference without: not told apart here)
    "degrees fahrenheit": ("°F", 1), "degree fahrenheit": ("°F", 1), "grados fahrenheit": ("°F", 1),
    # degrees Celsius, as the count of degrees Spanish copy writes ("33,5 grados") is: "Celsius" is no name
    "degrees celsius": (CELSIUS, 1), "degree celsius": (CELSIUS, 1), "grados celsius": (CELSIUS, 1),
    "grado celsius": (CELSIUS, 1), "grados centigrados": (CELSIUS, 1), "grado centigrado": (CELSIUS, 1),
    "degrees centigrade": (CELSIUS, 1),
    # speeds, as a hurricane's winds and a train's top speed are given ("150 mph", "240 km/h", "60 knots"); a
    # length per hour is read as one (_PER_HOUR: "160 kilometers per hour", "120 kilómetros por hora")
    "mph": ("km/h", Decimal("1.609344")), "kph": ("km/h", 1), "knot": ("km/h", Decimal("1.852")),
    "knots": ("km/h", Decimal("1.852")), "nudo": ("km/h", Decimal("1.852")), "nudos": ("km/h", Decimal("1.852")),
}
SPEED = "km/h"
AREA = "hectare"   # every area is in hectares
_MEASURES = frozenset(unit for unit, _ in MEASURED_UNITS.values())
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "£": "GBP"}
CURRENCIES = frozenset({*CURRENCY_SIGNS.values(), "peso", "sol", "quetzal", "lempira", "colon", "bolivar"})

# Counted nouns that name the same thing in either language, so "15,000 inmates" and "15.000 reos" compare.
COUNTED_SYNONYMS = {
    "prisoner": "inmate inmates prisoner prisoners detainee detainees reo reos preso presos recluso reclusos "
                "interno internos prisionero prisioneros privados",
    # and the people an event counts, named by what happened to them: "230 heridos", "200 injured"
    "person": "people person persons personas persona individuals injured wounded missing herido heridos heridas "
              "lesionado lesionados desaparecido desaparecidos desaparecidas damnificados evacuados "
              "desplazados rescatados",
    "death": "death deaths dead muerte muertes muertos fallecidos victims victimas homicide homicides "
             "homicidio homicidios murders asesinatos",
    "migrant": "migrant migrants migrante migrantes inmigrantes immigrants",
    "soldier": "soldier soldiers soldado soldados troops",
    "inhabitant": "inhabitant inhabitants resident residents habitantes pobladores residentes vecinos",
    "member": "member members miembros integrantes",
    "child": "child children kids nino ninos nina ninas menor menores minor minors",
    "woman": "woman women mujer mujeres",
    "patient": "patient patients paciente pacientes",
    "journalist": "journalist journalists reporter reporters periodista periodistas",
    "police officer": "officer officers policeman policemen policia policias",
    "doctor": "doctor doctors medico medicos",
    "teacher": "teacher teachers maestro maestros maestra maestras docente docentes",
    "tourist": "tourist tourists turista turistas visitor visitors visitante visitantes",
    "candidate": "candidate candidates candidato candidatos candidata candidatas",
    "country": "country countries pais paises nation nations nacion naciones",
    "district": "district districts distrito distritos",
    "province": "province provinces provincia provincias",
    "municipality": "municipality municipalities municipio municipios",
    "company": "company companies firm firms empresa empresas compania companias",
    "hospital": "hospital hospitals hospitales",
    "bus": "bus buses autobus autobuses",
    "spectator": "spectator spectators espectador espectadores",
    "match": "match matches game games partido partidos",
    "worker": "worker workers employee employees staff trabajadores empleados operario operarios obrero obreros",
    # workers by trade, as a story of a lake, a mine or a harvest counts them
    "fisherman": "fisherman fishermen fisher fishers pescador pescadores",
    "farmer": "farmer farmers agricultor agricultores campesino campesinos",
    "miner": "miner miners minero mineros",
    "job": "job jobs empleo empleos",
    # who a utility or a service counts: "210,000 customers", "1,2 millones de clientes", "140.000 abonados"
    "customer": "customer customers client clients subscriber subscribers user users cliente clientes abonado abonados "
                "usuario usuarios suscriptor suscriptores",
    # things a desk counts, named alike in either language
    "station": "station stations estacion estaciones",
    "seat": "seat seats escano escanos banca bancas curul curules",
    "turbine": "turbine turbines aerogenerador aerogeneradores turbina turbinas",
    "family": "family families familia familias",
    "household": "household households hogar hogares",
    "home": "home homes house houses vivienda viviendas casa casas",
    "passenger": "passenger passengers pasajero pasajeros traveler travelers traveller travellers viajero viajeros",
    "vehicle": "vehicle vehicles vehiculo vehiculos",
    "school": "school schools escuela escuelas",
    "hotel": "hotel hotels hoteles",
    "container": "container containers contenedor contenedores",
    "truck": "truck trucks lorry lorries camion camiones tanker tankers cisterna cisternas",
    "train": "train trains tren trenes",
    # one count of vessels by any name: "embarcación" is any vessel, "barco" a ship or a boat
    "ship": "ship ships vessel vessels buque buques barco barcos navio navios boat boats lancha lanchas bote botes "
            "embarcacion embarcaciones",
    "aircraft": "aircraft airplane airplanes plane planes jet jets avion aviones aeronave aeronaves",
    "lane": "lane lanes carril carriles",
    "gate": "gate gates entrance entrances acceso accesos puerta puertas",
    "vote": "vote votes voto votos",
    "flight": "flight flights vuelo vuelos",
    "cell": "cell cells celda celdas",
    "student": "student students estudiante estudiantes alumno alumnos",
    "case": "case cases caso casos",
    "park": "park parks parque parques",
}
# A pound is a weight only with what it weighs after it ("7,200 pounds of cocaine", "88 pounds of
# uranium", "libras de cocaína"); alone it is as often the currency ("25.000 libras", "2 millones de
# libras"), a noun the table does not measure.
_WEIGHED = {"pound": Decimal("0.00045359237"), "pounds": Decimal("0.00045359237"), "libra": Decimal("0.00045359237"),
            "libras": Decimal("0.00045359237")}
_OF_AFTER = patterns.compile(r"\s+(?:of|de)\s+(?!(?:the|his|her|its|their|this|that|el|la|los|las|su|sus|un|una|este|esta)\b)\p{Ll}")


def by_word(table: dict[str, str]) -> dict[str, str]:
    """A table of name -> "word word ..." read the other way: word -> name."""
    return {word: name for name, words in table.items() for word in words.split()}


_COUNTED = by_word(COUNTED_SYNONYMS)
# Words between a figure and its noun that say nothing about what is counted.
_SKIPPED_BEFORE_NOUN = frozenset("""more other new large small additional young former alleged suspected
                                    mas otros otras nuevos nuevas""".split())
NOUN_RE = patterns.compile(r"[\p{L}][\p{L}\p{M}'’]*")
_CURRENCY_BEFORE = patterns.compile(r"(US\$|\$|€|£)\s*$")
_SPACE_OR_DE = patterns.compile(r"\s*(?:de\s+)?")
# A count of what its owner has, the owner between the figure and the noun: "all 62 of Amazonas state's
# municipalities", "only 48 of their nests", "1.47 million of LUMA Energy's customers", "48 de sus nidos".
# Not "12 of the 40 inmates" nor "12 of its 40": a number after the owner is the whole, read on its own.
_OF_OWNERS = patterns.compile(r"\s+(?:of\s+(?:its|their|his|her|our|(?:\p{L}[\p{L}.&-]*\s+){0,3}?\p{L}[\p{L}.&-]*['’]s?)"
                              r"|de\s+(?:sus|su|nuestros|nuestras))(?=\s+\p{L})", regex.I)
_NAMED_NUMBER = patterns.compile(r"(\p{Lu}[\p{L}\p{M}]+) $")
_SPREAD_OVER = patterns.compile(r"\b(?:spread|spreads|extends?|extending|stretch(?:es|ing)?|scattered|distributed)\s+over$",
                             regex.I)
_CONVERSION_RE = patterns.compile(r"\s*\(\s*(?:about\s+|some\s+|unos\s+)?$")
# The last word of a compound modifier, which says whose, where or how made ("U.S.-funded", "state-run",
# "Santiago-based", "Mexico-bound", "Spanish-speaking", "sargassum-collecting"): a participle, in -ed or in
# -ing after four letters or more, or a word that makes such modifiers. Not the second word of a hyphenated
# name ("Ban Ki-moon", "Chang-ting"). Read here (_COMPOUND_MODIFIER), by XL801's names (facts/mentions.py
# _COMPOUND_MODIFIER) and by its measure words (facts/measures.py _PARTICIPLE_COMPOUND: the lower-case
# words of this file's compound modifier, "seaweed-collecting").
MODIFIER_END = r"(?:\p{Ll}+ed|\p{Ll}{4,}ing|run|made|built|born|led|held|grown|known|hit|bound|style)"
# A compound modifier between a figure and its noun says whose or how made, not what is counted: "41
# U.S.-funded deportation flights", "30 state-run hospitals", "12 U.N. peacekeepers": an abbreviation
# with its dots, or words joined by hyphens ending as a modifier does. Read past, the noun is counted.
_COMPOUND_MODIFIER = patterns.compile(r"\s+((?:\p{Lu}\.){2,}(?:-\p{L}+)*|\p{L}+(?:-\p{L}+)*-" + MODIFIER_END + r")(?=\s+\p{Ll})")


class Quantity(NamedTuple):
    start: int           # the figure with its qualifier and unit, in the prose
    end: int
    text: str
    value: Decimal       # as written, in the written unit
    unit: str            # km, USD, percent, year, or a counted noun (prisoner, person, venezuelan)
    qualifier: str       # "", about, over, at least, up to, under, nearly
    low: float           # the values the wording allows, in unit: [low, high) (see interval)
    high: float
    compound: bool       # written as a compound adjective: "a 40,000-inmate prison"
    joined: bool = False   # a figure in digits joined to the word it counts: "a 40-room hotel", "the 75-page report"


# "una docena de vehículos", "a dozen containers", "una veintena de heridos": about 12, about 20.
_DOZEN = patterns.compile(r"(?<![\p{L}-])(?:(?:una|a)\s+(?P<word>docena|dozen|veintena|decena|score))(?:\s+(?:de|of))?\s+", regex.I)
_DOZENS = {"docena": 12, "dozen": 12, "veintena": 20, "decena": 10, "score": 20}
DOZEN_WORDS = frozenset(_DOZENS)   # a document with none of them holds no dozens: dozens_in need not read it


def dozens_in(text: str, start: int, end: int) -> list[Quantity]:
    """Counts written as a dozen or a score ("una docena de vehículos"): about 12, with the noun after."""
    found = []
    for match in _DOZEN.finditer(text, start, end):
        unit, _, unit_end, _ = _unit_after(text, match.end() - 1, end)
        if not unit or unit in ("percent",):
            continue
        value = Decimal(_DOZENS[match.group("word").lower()])
        low, high = interval(value, "about")
        found.append(Quantity(match.start(), unit_end, text[match.start():unit_end], value, unit, "about",
                              float(low), float(high), False))
    return found


def _as_written(words) -> frozenset[str]:
    """words as a document may write them, with their accents and without ("décima", "decima"): a
    document that writes none of them need not be searched for them."""
    words = list(words)
    return frozenset(words) | frozenset(map(fold, words))


# Shares written as fractions are percentages ("la mitad de los casos", "a third of the electricity",
# "una cuarta parte del área", "cut by a third"): a fraction is round, so it allows what "about" does.
# A fraction is a share only of something ("of the cases", "de los casos", not "a quarter of an hour",
# "un cuarto de siglo") or as a change's amount ("by a third", "en un tercio", "a la mitad").
_FRACTIONS_AS_WRITTEN = {"half": 50, "mitad": 50, "third": Decimal("33.3"), "thirds": Decimal("33.3"),
                         "tercio": Decimal("33.3"), "tercios": Decimal("33.3"), "tercera": Decimal("33.3"),
                         "terceras": Decimal("33.3"), "quarter": 25, "quarters": 25, "cuarta": 25, "cuartas": 25,
                         "fifth": 20, "quinta": 20, "tenth": 10, "décima": 10}
_FRACTIONS = {fold(word): value for word, value in _FRACTIONS_AS_WRITTEN.items()}
_FRACTION_TIMES = {"two": 2, "three": 3, "dos": 2, "tres": 3}
FRACTION_WORDS = _as_written(_FRACTIONS_AS_WRITTEN)   # a document with none holds no fraction
_FRACTION = patterns.compile(
    r"(?<![\p{L}-])(?:(?P<article>a|an|one|la|las|una|un|el)\s+)?(?:(?P<times>two|three|dos|tres)\s+)?"
    r"(?P<word>half|thirds?|quarters?|fifth|tenth|mitad|tercios?|(?:tercera|terceras|cuartas?|quinta|d[ée]cima)\s+partes?)"
    r"(?![\p{L}-])", regex.I)
_SHARE_OF = patterns.compile(r"\s+(?:of|de|del)\s+(?!(?:a|an|one|un|una|hora|horas|siglo|century|hour|mile|milla|point|punto)\b)"
                             r"|\s+(?:the|its|their|were|are|was|is|eran|son|fue|fueron)\b"
                             r"|\s+to\s+(?:the|its|their)\b", regex.I)   # "adds a quarter to the city's supply", not "a quarter to five"
_CHANGE_BY = patterns.compile(r"\b(?:by|in|en|a|to|por)\s+$", regex.I)
# "the first half of 2024", "the third quarter", "the tenth of May", "two and a half": no share
_NOT_A_SHARE_BEFORE = patterns.compile(r"\b(?:first|second|third|fourth|last|latter|final|next|previous|past|same|this|that"
                                       r"|the|each|every|and|y|primer|primera|segundo|segunda|tercer|ultimo|ultima)\s+$",
                                       regex.I)


def is_superlative(word: str) -> bool:
    """An English word in -est that the lexicon does not call a noun: "longest", not "test", "interest"."""
    return len(word) > 4 and word.lower().endswith("est") and not is_english_noun(word)


@lru_cache(maxsize=1024)
def is_english_noun(word: str) -> bool:
    """Whether the word classes call an English word a noun ("test", "trip"; not "longest")."""
    from xlate.text.word_classes import has_class   # read only when a word's class decides a figure
    return has_class("en", word.lower(), "noun")


# Verbs that say the size of a change by themselves: to halve is to cut by half, to double to add as much
# again ("SQM pledged to halve brine extraction", "el puerto duplicó su carga"): the change's amount, in
# percent, round as a fraction is. "double", "triple" are adjectives and "doubles", "triples" nouns too ("a
# double murder", "16 triples anotados" in basketball): only the past and the gerund, and the Spanish verb
# but its plural noun, are read; "more than doubled" is over 100%.
_MULTIPLES_AS_WRITTEN = {
    **dict.fromkeys("halve halves halved halving".split(), 50),
    **dict.fromkeys("""doubled doubling duplica duplican duplicó duplicaron duplicará duplicarán duplicado
                       duplicar duplicarse""".split(), 100),
    **dict.fromkeys("""tripled tripling triplica triplican triplicó triplicaron triplicará triplicarán
                       triplicado triplicar triplicarse""".split(), 200)}
_MULTIPLES = {fold(word): value for word, value in _MULTIPLES_AS_WRITTEN.items()}
MULTIPLE_WORDS = _as_written(_MULTIPLES_AS_WRITTEN)   # a document with none holds no such change
_MULTIPLE = patterns.compile(r"(?<![\p{L}-])(?:" + "|".join(patterns.longest_first(MULTIPLE_WORDS)) + r")(?![\p{L}-])",
                             regex.I)


def multiples_in(text: str, start: int, end: int) -> list[Quantity]:
    """Changes whose verb says their size ("halve", "duplicó"), as percentages of change."""
    found = []
    for match in _MULTIPLE.finditer(text, start, end):
        found.append(_round_share(text, match.start(), match.end(), Decimal(_MULTIPLES[fold(match.group())])))
    return found


def is_multiple(quantity: Quantity) -> bool:
    return quantity.unit == "percent" and fold(quantity.text.split()[-1]) in _MULTIPLES


def is_fraction(quantity: Quantity) -> bool:
    """A figure written as a fraction ("la mitad", "a third")."""
    return quantity.unit == "percent" and not _DIGITS.search(quantity.text) \
        and any(fold(word) in _FRACTIONS for word in quantity.text.split())


_DIGITS = patterns.compile(r"\d")


def fractions_in(text: str, start: int, end: int) -> list[Quantity]:
    """Shares written as fractions ("casi la mitad", "a third of"), as percentages."""
    found = []
    for match in _FRACTION.finditer(text, start, end):
        word, article = fold(match.group("word").split()[0]), fold(match.group("article") or "")
        if word == "mitad" and article != "la" or _NOT_A_SHARE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue   # "a mitad de camino" is midway
        if not (_SHARE_OF.match(text, match.end()) or _CHANGE_BY.search(text, max(0, match.start() - 4), match.start())):
            continue
        value = Decimal(_FRACTIONS[word]) * _FRACTION_TIMES.get(fold(match.group("times") or ""), 1)
        found.append(_round_share(text, match.start(), match.end(), value))
    return found


def _round_share(text: str, start: int, end: int, value: Decimal) -> Quantity:
    """A percentage written in words ("la mitad", "halve"), with the qualifier before it: round, it
    allows 5% either side, as "about" does."""
    before = text[max(0, start - 40):start]
    qualifier_match = _QUALIFIER_RE.search(before)
    qualifier = _qualifier_name(qualifier_match) or "about"
    at = start - (len(before) - qualifier_match.start("words") if qualifier_match else 0)
    low, high = interval(value, qualifier) if qualifier != "about" else (value * Decimal("0.95"), value * Decimal("1.05"))
    return Quantity(at, end, text[at:end], value, "percent", qualifier,
                    float(low), float(high) if high != INFINITY else INFINITY, False)


# Ordinals that count a series: "the 12th cut since March", "el noveno recorte desde marzo", "su
# duodécimo día", "the third straight month", "la 12.ª alza consecutiva". An ordinal that only says which
# one ("the second round", "la primera vuelta", "the first floor") counts nothing: it is read only with a
# word of a running count after its noun (since, desde, consecutive, in a row, so far, en lo que va).
_ORDINAL_NAMES = {n: words.split() for n, words in enumerate([
    "first primer primero primera", "second segundo segunda", "third tercer tercero tercera", "fourth cuarto cuarta",
    "fifth quinto quinta", "sixth sexto sexta", "seventh séptimo séptima", "eighth octavo octava",
    "ninth noveno novena", "tenth décimo décima", "eleventh undécimo undécima decimoprimero decimoprimera",
    "twelfth duodécimo duodécima decimosegundo decimosegunda", "thirteenth decimotercero decimotercera",
    "fourteenth decimocuarto decimocuarta", "fifteenth decimoquinto decimoquinta"], 1)}
_ORDINAL_NAMES[20] = "twentieth vigésimo vigésima".split()
_ORDINALS = {fold(word): n for n, words in _ORDINAL_NAMES.items() for word in words}
ORDINAL_WORDS = _as_written(word for words in _ORDINAL_NAMES.values() for word in words)   # and a digit: "12th"
# Words that make an ordinal a streak's, a running count: "the third consecutive year", "the third straight month",
# "por segundo año seguido", "three years in a row". Of them only the adjectives in _STREAK_BEFORE_NOUN stand
# between the ordinal and its noun; the others follow the noun ("el segundo año seguido").
STREAK_WORDS = ("consecutive", "consecutively", "straight", "in a row", "consecutivo", "consecutiva", "consecutivos",
                "consecutivas", "seguido", "seguida", "seguidos", "seguidas")
_STREAK_BEFORE_NOUN = ("straight", "consecutive", "consecutivo", "consecutiva")
_ORDINAL = patterns.compile(
    r"\b(?i:the|its|his|her|their|this|a|el|la|del|al|su|sus|los|las|por)\s+(?P<ordinal>\d{1,3}" + ORDINAL_SUFFIX +
    r"|\p{L}+)(?:\s+(?i:" + "|".join(_STREAK_BEFORE_NOUN) + r"))?\s+(?P<noun>\p{Ll}[\p{L}-]*)")
_RUNNING_COUNT = patterns.compile(r"[^.;:!?]{0,60}?\b(?:since|desde|"
                                  + "|".join(word.replace(" ", r"\s+") for word in STREAK_WORDS) +
                                  r"|so\s+far|en\s+lo\s+que\s+va|(?P<year>this\s+year|este\s+a[ñn]o"
                                  r"|(?-i:of\s+the\s+year|del\s+a[ñn]o)(?!\s+(?:pasado|anterior|que\s+viene|pr[oó]ximo|siguiente))))\b",
                                  regex.I)   # "el tercer apagón del año", not "Company of the Year"
# Parts of a year and places in a ranking say which one of the year: "the second quarter of the year", "el
# segundo semestre del año", "the third place in the Company of the year"; they count nothing.
_WHICH_OF_THE_YEAR = frozenset("""quarter half week month day season place position trimestre semestre cuatrimestre
    bimestre semana mes dia temporada lugar puesto posicion""".split())
_ORDINAL_DIGITS = patterns.compile(r"\d+")
_WRITTEN_ORDINAL = patterns.compile(r"\d" + ORDINAL_SUFFIX + "$")   # the number reader keeps the suffix: "12th", "3º"
_ELAPSED = frozenset({"hour", "year"})   # "the strike entered its 12th day": a time gone by, as "cumple tres semanas"


def ordinals_in(text: str, start: int, end: int) -> list[Quantity]:
    """Ordinals that count a series ("the 12th cut since March"), unit "ordinal"."""
    found = []
    for match in _ORDINAL.finditer(text, start, end):
        word = match.group("ordinal")
        value = int(_ORDINAL_DIGITS.match(word).group()) if word[0].isdigit() else _ORDINALS.get(fold(word))
        running = value and _RUNNING_COUNT.match(text, match.end("ordinal"), end)
        if not running or running.group("year") and fold(match.group("noun")) in _WHICH_OF_THE_YEAR:
            continue
        low, high = interval(Decimal(value), "")
        found.append(Quantity(match.start("ordinal"), match.end("ordinal"), word, Decimal(value), "ordinal", "",
                              float(low), float(high), False))
    return found


# A place in a ranking: "the third-largest drug seizure in Ecuador's history", "the 2nd-busiest port", "el
# segundo más grande de su historia", "la tercera ciudad más poblada", "el segundo mayor productor". The
# ordinal is the figure, unit "rank"; what is ranked is what its clause's words say ("history", "historia").
_RANK_ORDINAL = r"(?:\d{1,2}" + ORDINAL_SUFFIX + "|" + "|".join(patterns.longest_first(ORDINAL_WORDS)) + ")"
_RANK = patterns.compile(
    rf"(?<![\p{{L}}-])(?P<ordinal>{_RANK_ORDINAL})(?:-|\s+)(?:(?P<est>\p{{Ll}}+est)|most\s+\p{{Ll}}+)\b"
    rf"|(?<![\p{{L}}-])(?P<ordinal_es>{_RANK_ORDINAL})\s+(?:\p{{Ll}}+\s+)?"
    r"(?:m[aá]s\s+(?!(?:tarde|temprano|adelante|all[aá]|atr[aá]s|pronto|de|que)\b)\p{Ll}+|mayor|menor|peor|mejor)\b", regex.I)


def ranks_in(text: str, start: int, end: int) -> list[Quantity]:
    """Places in a ranking (_RANK), from the second on: "the largest" names none."""
    found = []
    for match in _RANK.finditer(text, start, end):
        word = match.group("ordinal") or match.group("ordinal_es")
        value = int(_ORDINAL_DIGITS.match(word).group()) if word[0].isdigit() else _ORDINALS.get(fold(word))
        if not value or value < 2 or match.group("est") and is_english_noun(match.group("est")):
            continue   # "the second protest", "the third test": a noun in -est is no superlative
        low, high = interval(Decimal(value), "")
        found.append(Quantity(match.start(), match.end(), match.group(), Decimal(value), "rank", "",
                              float(low), float(high), False))
    return found


# "más de un día", "durante un mes", "for a week", "nearly a year": one of a time, read only after a
# qualifier or "for"/"durante" (alone, "a day" is a rate, "un día" a day of the story).
_ONE_TIME = patterns.compile(r"\b(?:más\s+de|mas\s+de|menos\s+de|casi|durante|hasta|more\s+than|over|nearly|almost"
                             r"|for|under)\s+(?P<one>un|una|a|an|one)\s+(?=(?:d[ií]a|semana|mes|hora|day|week|month|hour)\b)",
                             regex.I)


# What one_time_in needs: an article and a unit of time, one plain pattern, cheaper than _ONE_TIME
_ONE_TIME_HINT = screened(patterns.compile(r" (?:un|una|a|an|one) (?:d[ií]a|semana|mes|hora|day|week|month|hour)\b", regex.I),
                          "día semana mes hora day week month hour".split())


def may_hold_one_time(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may say "durante más de un día" (one_time_in): a plain pattern first."""
    return _ONE_TIME_HINT.search(text, start, end) is not None


def one_time_in(text: str, start: int, end: int) -> list[Quantity]:
    """Durations of one unit written with an article ("durante más de un día"): 1 day, 1 week."""
    found = []
    for match in _ONE_TIME.finditer(text, start, end):
        quantity = _quantity(text, Number(match.start("one"), match.end("one"), match.group("one"), Decimal(1)), end)
        if quantity and quantity.unit == "hour":
            found.append(quantity)
    return found


def quantities_in(text: str, start: int, end: int, spelled: bool = True,
                  is_word: Callable[[str], bool] | None = None, language: str = "") -> list[Quantity]:
    """Every figure in text[start:end] with its unit; figures written in parentheses right after
    one of the same dimension ("75 kilometers (47 miles)") are its conversion, not a new figure.
    spelled=False: the caller knows the text holds no number word ("doce", "twenty").
    is_word: whether a capitalised word is a word of the language (a dictionary's): one opening a
    sentence before a number ("Hay 40 presos") is then no name ("Route 66"); None: every such word is.
    language: of the text ("en", "es"), which a counted noun is read in (counted_nouns); "": either."""
    found: list[Quantity] = []
    numbers = sorted([*numbers_in(text, start, end), *(spelled_numbers_in(text, start, end) if spelled else ())])
    read_to = start
    for number in numbers:
        if number.start < read_to:
            continue   # "mil millones" of "1,5 mil millones": the scale of a figure already read
        read_to = number.end
        share = _one_in(text, number, numbers)
        if share:
            found.append(share)
            read_to = share.end   # "two in three pilgrims": one share, not two figures
            continue
        number = _and_a_half(text, _a_fraction_of(text, number))
        while found and found[-1].start >= number.start:
            found.pop()   # "three quarters" of "three quarters of a million dollars": the fraction, not a time
        quantity = found and _elided(text, number, found[-1], verb_only=True) or _quantity(text, number, end, is_word, language) \
            or _first_end(text, number, numbers, end, language)
        if quantity is None and found:
            quantity = _elided(text, number, found[-1]) or _shared_out(text, number, found[-1])
        if quantity is None:
            continue
        if found and _is_conversion(text, found[-1], quantity):
            continue
        found.append(quantity)
    return found


# "two in three pilgrims", "one in four", "uno de cada cuatro", "three out of 10": a share, n/m of the whole. A
# writer rounds a share to such a fraction: it stands for the shares between (n - 1/2)/m and (n + 1/2)/m. Not
# "3 in 2010" (a year), nor "2 in 10 minutes" (m measures).
_IN_EVERY = patterns.compile(r"\s+(?:in|out\s+of(?:\s+every)?|of\s+every|de\s+cada)\s+", regex.I)
_ONE_IN_EVERY = patterns.compile(r"(?<![\p{L}\d])(?:one|uno|una)\s+(?:in|out\s+of(?:\s+every)?|of\s+every|de\s+cada)\s+$", regex.I)


def is_one_in(quantity) -> bool:
    """Whether a figure (a Quantity, or a statement of one: its unit and text) is a share written "n in m"."""
    return quantity.unit == "percent" and bool(_IN_EVERY.search(quantity.text))


def _one_in(text: str, number, numbers) -> Quantity | None:
    """The share "n in m" that opens at number (or "one in m" that ends with it), as a percentage, or None."""
    one = _ONE_IN_EVERY.search(text, max(0, number.start - 20), number.start)
    if one:
        part, start, whole = Decimal(1), one.start(), number
    else:
        between = _IN_EVERY.match(text, number.end)
        whole = next((other for other in numbers if other.start >= number.end), None)
        if not between or whole is None or whole.start != between.end():
            return None
        part, start = number.value, number.start
    if not 0 < part < whole.value or _NOT_ELIDED.fullmatch(text, whole.start, whole.end) \
            or _unit_after(text, whole.end, len(text))[0] in _MEASURES:
        return None
    low, high = (part - Decimal("0.5")) * 100 / whole.value, (part + Decimal("0.5")) * 100 / whole.value
    return Quantity(start, whole.end, text[start:whole.end], part * 100 / whole.value, "percent", "",
                    float(low), float(high), False)


def _quantity(text: str, number, limit: int, is_word: Callable[[str], bool] | None = None,
              language: str = "") -> Quantity | None:
    before = text[max(0, number.start - 40):number.start]
    named = _NAMED_NUMBER.search(before)
    if named and fold(named.group(1)) not in FUNCTION_WORDS and not (is_word and _opening_word(before, named, is_word)):
        return None   # Barrio 18, Apollo 11, Route 66: a name, not a figure
    sign = _CURRENCY_BEFORE.search(before)
    unit, factor, end, compound = _unit_after(text, number.end, limit, language)
    if sign:
        unit, factor = CURRENCY_SIGNS[sign.group(1)], 1
    elif not unit and (is_age_apposition(text, number.start, number.end) or _AGE_CLAUSE.search(before)):
        unit, factor = "year", 1   # "Ana Pérez, 45, said", "Boric, who is 37,"
    elif not unit:
        unit, end = _changed_to(text, number, before, end, language)   # "cut daily transits to 24"
        factor = 1
    if not unit or _WRITTEN_ORDINAL.search(number.text) and unit not in _ELAPSED:
        return None   # "the 12th cut", "3º sindicato", "the 185th kilometer" say which one; "its 12th day" how long
    if unit in _MEASURES and number.value == int(number.value) and (half := _A_HALF.match(text, end, limit)):
        number, end = number._replace(value=number.value + Decimal("0.5")), half.end()   # "cinco horas y media"
    if unit == "m3" and (flow := _PER_SECOND.match(text, end, limit)):
        unit, end = FLOW, flow.end()   # "24,000 cubic meters of water per second": a flow, not a volume
    if unit == "km" and (speed := _PER_HOUR.match(text, end, limit)):
        unit, end = SPEED, speed.end()   # "240 km/h", "185 miles an hour": a speed, not a length
    qualifier_match = _QUALIFIER_RE.search(before)
    if qualifier_match and _SPREAD_OVER.search(before, 0, qualifier_match.end("words")):
        qualifier_match = None   # "spread over 4,000 hectares": where, not how many
    qualifier = _qualifier_name(qualifier_match)
    if not qualifier and _AT_LEAST_AFTER.match(text, end):
        qualifier = "at least"   # "for ten years at least", "300 o más", "diez años como mínimo"
    start = number.start - (len(before) - qualifier_match.start("words") if qualifier_match
                            else len(sign.group()) if sign else 0)
    low, high = interval(number.value, qualifier)
    if number.value in _COUNTED_BOTH_ENDS and _DAYS.match(text, number.end):
        low = interval(number.value - 1, qualifier)[0]   # "quince días" may be two weeks
    low, high = float(low * factor), float(high * factor) if high != INFINITY else INFINITY
    if unit in TEMPERATURES and not qualifier and (minus := _BELOW_ZERO.search(text, max(0, number.start - 7), number.start)):
        start, low, high = minus.start(), -high, -low   # "-5 °C" is five below zero, not five
    return Quantity(start, end, text[start:end], number.value, unit, qualifier, low, high, compound,
                    compound and number.text[-1:].isdigit() and bool(_JOINED_WORD.fullmatch(text, number.end, end)))


# The word a figure's hyphen joins it to, all of it in lower case: not "8-10 million" (a range), "4-0 every"
# (a score) nor "2-Blog" (a name).
_JOINED_WORD = patterns.compile(r"-\p{Ll}+")


# A count a change brings its object to, the object named apart from the figure: "will cut daily transits to
# 24", "raise the daily cap on visitors to Machu Picchu to 6,500", "limitará a 28 los tránsitos diarios",
# "reducirá a 32 los cupos". The noun is the object's last plural (English) or the one after the figure's
# article (Spanish); only for a figure with no unit of its own ("limit wage increases to 18%" has one).
_CHANGE_VERB = r"(?:cut|cuts|raise|raises|raised|reduce|reduces|reduced|lower|lowers|lowered|increase|increases|increased" \
               r"|limit|limits|limited|trim|trims|trimmed|boost|boosts|boosted)"
_CHANGED_OBJECT_TO = patterns.compile(rf"\b{_CHANGE_VERB}\s+(?:(?:the|its|their)\s+)?(?P<object>(?:[\p{{L}}-]+\s+){{1,8}}?)to\s+$",
                                      regex.I)
_TO_ARTICLE_NOUN = patterns.compile(r"\s+(?:los|las)\s+(?P<noun>\p{Ll}[\p{L}\p{M}]+)")
_SPANISH_TO = patterns.compile(r"\p{L}\s+a\s+$")
_WEEKDAYS = frozenset("lunes martes miercoles jueves viernes sabados domingos".split())


def _changed_to(text: str, number, before: str, end: int, language: str) -> tuple[str, int]:
    """(the noun counted, the figure's end) of a figure a change brings its object to (above), or ("", end)."""
    if language != "en" and _SPANISH_TO.search(before) and (noun := _TO_ARTICLE_NOUN.match(text, number.end)):
        key = fold(noun.group("noun"))
        if key.endswith("s") and key not in FUNCTION_WORDS and key not in _WEEKDAYS:   # "bajó a 3 los domingos"
            english = english_singular(key, "es")
            return _COUNTED.get(english, english), noun.end()
    if language != "es" and (change := _CHANGED_OBJECT_TO.search(text, max(0, number.start - 80), number.start)):
        plurals = [word for word in NOUN_RE.finditer(change.group("object")) if _english_class(fold(word.group())) == "plural"]
        if plurals:
            english = english_singular(fold(plurals[-1].group()), "en")
            return _COUNTED.get(english, english), end
    return "", end


# The first end of "de 35 a 60 centavos", "from 45 to 60 cents": written without its unit, which is the
# second end's; not "from 5 to 7 million" (the second's scale is its own). Only "from X to Y", as a change
# writes the level it left and the one it reached ("between 20 and 30 euros" stays the second's alone).
_TO_THE_NEXT = patterns.compile(r"\s+(?:to|a|hasta)\s+", regex.I)
_FROM_THE_FIRST = patterns.compile(r"\b(?:from|de|desde)\s+$", regex.I)


def _first_end(text: str, number, numbers, limit: int, language: str) -> Quantity | None:
    """The first end of a change written "from X to Y" with its unit after the second, or None."""
    second = next((other for other in numbers if other.start > number.start), None)
    to = _TO_THE_NEXT.match(text, number.end)
    if second is None or not to or to.end() != second.start or not second.text.replace(".", "").replace(",", "").isdigit() \
            or not _FROM_THE_FIRST.search(text, max(0, number.start - 8), number.start) \
            or not number.text.replace(".", "").replace(",", "").isdigit() or _NOT_ELIDED.fullmatch(number.text):
        return None
    unit, factor, _, compound = _unit_after(text, second.end, limit, language)
    if not unit or unit in COUNTED_SYNONYMS or counted_by_a_noun_shape(unit) or compound:
        return None   # measured units only: "12 to 15 people" says its own noun after each end as often as not
    low, high = interval(number.value, "")
    return Quantity(number.start, number.end, text[number.start:number.end], number.value, unit, "",
                    float(low * factor), float(high * factor), False)


def counted_by_a_noun_shape(unit: str) -> bool:
    """A unit that is a counted noun outside the tables: no unit of measure."""
    return unit not in _MEASURES


FLOW = "m3/s"
# Spanish counts a week as "ocho días" and a fortnight as "quince días", from a day to the same day after,
# both ends counted: "en 15 días" is "within two weeks" as often as fifteen days.
_COUNTED_BOTH_ENDS = frozenset({8, 15})
_DAYS = patterns.compile(r"\s+d[ií]as\b", regex.I)
_PER_HOUR = patterns.compile(r"\s*/\s*h\b|\s+(?:per|an|a|por|each|cada)\s+(?:hour|hora)\b|\s+a\s+la\s+hora\b"
                             r"|-(?:per|an|a)-hour\b", regex.I)   # and a compound's: "a 250-mile-an-hour wind"
_PER_SECOND = patterns.compile(r"(?:\s+(?:of|de)\s+\p{Ll}+)?\s+(?:per|a|por|each|cada)\s+(?:second|segundo)\b", regex.I)
# A half added to a whole number: "five and a half hours", "2 and a half years" (before the unit, in English:
# Spanish says "las cinco y media" of a time), "cinco horas y media", "dos años y medio", "five hours and a half"
# (after a measured unit): 5.5 hours, 2.5 years. A scale word after the half multiplies the whole: "two and a
# half million inhabitants" is 2,500,000 people.
_A_HALF = patterns.compile(r"\s+(?:(?P<spanish>y\s+medi[oa])|and\s+a\s+half)\b", regex.I)
_SCALE_AFTER = patterns.compile(r"\s+(?P<scale>%s)\b" % "|".join(
    regex.escape(scale).replace(r"\ ", r"\s+") for scale in sorted(SCALES, key=len, reverse=True)), regex.I)


def _and_a_half(text: str, number):
    """number with "and a half" after it read as its half ("five and a half"), and a scale word after
    the half read as its multiple ("1 and a half billion"), or number."""
    half = _A_HALF.match(text, number.end)
    if not half or half.group("spanish") or number.value != int(number.value):
        return number
    value, end = number.value + Decimal("0.5"), half.end()
    if scale := _SCALE_AFTER.match(text, end):
        value, end = value * SCALES[" ".join(scale.group("scale").lower().split())], scale.end()
    return Number(number.start, end, text[number.start:end], value)


_AT_LEAST_AFTER = patterns.compile(r",?\s+(?:at\s+least|or\s+more|como\s+m[ií]nimo|o\s+m[aá]s|al\s+menos)\b", regex.I)


# A figure whose noun is left out because the clause before named it: "rescued 31 people, and 33
# remain missing", "dejó 28 muertos y 230 heridos" (a noun already), "killed 14 and injured 30".
# The word after it is a verb or a participle, or the clause ends.
_ELIDED_BETWEEN = patterns.compile(r"[^.!?()\d]{1,50}")
_VERB_AFTER = (r"\s+(?:remain|remained|remains|are|were|was|is|have|had|has|died|survived|siguen|seguian"
               r"|permanecen|permanecian|estan|estaban|fueron|eran|son|han|habian|quedaron|resultaron|murieron"
               r"|sobrevivieron|\p{Ll}+(?:ed|ados|adas|idos|idas))\b")
_ELIDED_VERB = patterns.compile(_VERB_AFTER)
_ELIDED_AFTER = patterns.compile(r"\s*(?:$|[.,;:)—–])|" + _VERB_AFTER)
_NOT_ELIDED = patterns.compile(r"(?:1[89]|20)\d\d")   # a year alone is no count
# The words that set one figure or time against another, in either language: "95,000 inhabitants, against
# 80,000 in 2010", "up from 80,000", "frente a 80.000 en 2010", "contra el año anterior". One table for the
# figure set against (_COMPARED_WITH, here) and the time a change is measured from (scopes._NOT_A_BASE, which
# adds the bare prepositions that mark a base only before a time: "from a year earlier", "que el año anterior";
# before a figure they are a range or a qualifier, "from 5 to 7", "more than 80,000").
SET_AGAINST = ("against", "compared with", "compared to", "versus", "vs.", "vs", "up from", "down from", "frente a",
               "contra", "comparado con", "comparada con", "comparados con", "comparadas con", "respecto a")
SET_AGAINST_SOURCE = "|".join(regex.escape(phrase).replace(r"\ ", r"\s+")
                              for phrase in sorted(SET_AGAINST, key=len, reverse=True))
# What a figure is set against counts what it counts, whatever follows: "compared with 80,000 a decade ago",
# "contra 80.000 hace diez años", "frente a los 80.000".
_COMPARED_WITH = patterns.compile(rf"\b(?:{SET_AGAINST_SOURCE})(?:\s+l[oa]s)?\s+$", regex.I)


# "half a million" is 500,000 and "a quarter of a billion dollars" 250 million: the number words read
# "a million", the fraction stands before them ("three quarters of a million", "a third of a billion").
_FRACTION_OF_A_NUMBER = patterns.compile(r"\b(?:half|(?:(?P<times>a|an|one|two|three)\s+)?(?P<word>quarter|third|fifth|tenth)s?"
                                         r"\s+of)\s+$", regex.I)
_PARTS = {"quarter": 4, "third": 3, "fifth": 5, "tenth": 10}
_A_NUMBER = patterns.compile(r"an?\s", regex.I)   # "a million": compiled once, not looked up in regex's cache at every figure


def _a_fraction_of(text: str, number):
    """"half a million", "a quarter of a billion": the fraction before the number words that read "a million"."""
    if not _A_NUMBER.match(text, number.start, number.end):
        return number
    fraction = _FRACTION_OF_A_NUMBER.search(text, max(0, number.start - 24), number.start)
    if not fraction:
        return number
    times = _FRACTION_TIMES.get((fraction.group("times") or "a").lower(), 1)
    parts = _PARTS[fraction.group("word").lower()] if fraction.group("word") else 2
    value = number.value * times / parts
    return number._replace(start=fraction.start(), value=value if value == value.to_integral() else Decimal(f"{value:.3g}"))


def _elided(text: str, number, previous: Quantity, verb_only: bool = False) -> Quantity | None:
    """The figure a clause counts with the noun of the figure just before it, in the same sentence
    (verb_only: only when a verb follows it, so "33 remain" is not counted in "remains")."""
    if previous.unit not in COUNTED_SYNONYMS or not _ELIDED_BETWEEN.fullmatch(text, previous.end, number.start):
        return None
    if _NOT_ELIDED.fullmatch(text, number.start, number.end):
        return None
    if not (_ELIDED_VERB if verb_only else _ELIDED_AFTER).match(fold(text[number.end:number.end + 20])) \
            and (verb_only or not _COMPARED_WITH.search(text, max(0, number.start - 30), number.start)):
        return None
    before = text[max(0, number.start - 40):number.start]
    if _CURRENCY_BEFORE.search(before) or _NAMED_NUMBER.search(before):
        return None
    qualifier_match = _QUALIFIER_RE.search(before)
    qualifier = _qualifier_name(qualifier_match)
    start = number.start - (len(before) - qualifier_match.start("words") if qualifier_match else 0)
    low, high = interval(number.value, qualifier)
    return Quantity(start, number.end, text[start:number.end], number.value, previous.unit, qualifier,
                    float(low), float(high) if high != INFINITY else INFINITY, False)


# A count shared out among places, its noun written once: "send 60 hippos to India and 10 to Mexico", "60 reos a
# Tela y 10 a Omoa", "2,000 in Lima and 500 in Cusco": the second figure counts what the first does, after the
# same preposition (so the two are a list, and neither the whole: "enviar 70 hipopótamos" restates both).
_PLACE_PREPOSITION = patterns.compile(r"\s+(to|in|at|into|a|en|hacia|al)\b", regex.I)
_AND_BEFORE = patterns.compile(r"[^.;:!?()\d]{1,60}?\s(?:and|y|e)\s+$", regex.I)


def _shared_out(text: str, number, previous: Quantity) -> Quantity | None:
    """The figure after "and" that counts the noun of the figure before it, both before a place (above), or None."""
    place = _PLACE_PREPOSITION.match(text, previous.end)
    if not place or _NOT_ELIDED.fullmatch(text, number.start, number.end) \
            or not _AND_BEFORE.fullmatch(text, previous.end, number.start):
        return None
    again = _PLACE_PREPOSITION.match(text, number.end)
    if not again or fold(again.group(1)) != fold(place.group(1)):
        return None
    low, high = interval(number.value, "")
    return Quantity(number.start, number.end, number.text, number.value, previous.unit, "", float(low), float(high), False)


_SENTENCE_START = patterns.compile(r"(?:^|[.!?]\s+|\n\s*|\s[—–]\s+)$")   # a dateline's dash opens one: "LIMA — Murieron"


def _opening_word(before: str, named, is_word: Callable[[str], bool]) -> bool:
    """A sentence's capitalised first word that is a word of the language: "Hay 40 presos",
    "Quedan 12 detenidos" state figures; "Route 66" mid-sentence is a name."""
    return bool(_SENTENCE_START.search(before, 0, named.start())) and is_word(named.group(1))


_AGE_CLAUSE = patterns.compile(r"\b(?:who|who\s+is\s+now|quien)\s+(?:is|was|turned|turns|cumplió|cumple)\s+$|\bwho\s+is\s+$", regex.I)
_AGE_APPOSITION_BEFORE = patterns.compile(r"\p{Lu}[\p{L}\p{M}'’-]+,\s*$")
_AGE_DIGITS = patterns.compile(r"\d{1,3}")
_SPACES = patterns.compile(r"\s+")


def is_age_apposition(text: str, start: int, end: int) -> bool:
    """A bare number between commas right after a name is, in news copy, the person's age."""
    return (text.startswith(",", end) and bool(_AGE_APPOSITION_BEFORE.search(text, max(0, start - 40), start))
            and _AGE_DIGITS.fullmatch(text, start, end) is not None)


def _qualifier_name(match) -> str:
    if not match:
        return ""
    return next(name.replace("_", " ") for name, value in match.groupdict().items() if value and name != "words")


# An area or a volume abbreviated with its exponent: "km2", "km²", "m2", "m³", "hm3" (hectometres cubed)
_POWER_UNIT = patterns.compile(r"[ \u00a0\u202f]?(?P<base>km|hm|m)(?P<power>[23²³])(?![\p{L}\d])")
_EXPONENTS = {"2": "2", "²": "2", "3": "3", "³": "3"}
_FAHRENHEIT_SIGN = patterns.compile(r"[ \u00a0\u202f]?[°º][ \u00a0\u202f]?F(?![\p{L}\d])")
_CELSIUS_SIGN = patterns.compile(r"[ \u00a0\u202f]?[°º][ \u00a0\u202f]?C(?![\p{L}\d])")
TEMPERATURES = frozenset({"°F", CELSIUS})
# A temperature below zero: a minus sign or a hyphen standing for one right before the figure ("-5 °C", "−5"),
# or the word ("minus 5 degrees", "menos 5 grados"); not a hyphen joining words ("Covid-19").
_BELOW_ZERO = patterns.compile(r"(?:(?:^|(?<=[\s(]))[-−–]|\b(?i:minus|menos)\s+)$")


def _unit_after(text: str, position: int, limit: int, language: str = "") -> tuple[str, Decimal | int, int, bool]:
    """(unit, factor into it, end of the unit's word, written as a compound) of the figure ending at position."""
    rest = _past_modifier(text[position:min(limit, position + 60)])
    if rest.startswith("%"):
        return "percent", 1, position + 1, False
    if rest[:1] in " \u00a0\u202f" and rest.startswith("%", 1):   # "18 %": Spanish and French style
        return "percent", 1, position + 2, False
    if fahrenheit := _FAHRENHEIT_SIGN.match(rest):   # "88.7°F", "88,7 ºF"
        return "°F", 1, position + fahrenheit.end(), False
    if celsius := _CELSIUS_SIGN.match(rest):   # "35 °C", "35ºC"
        return CELSIUS, 1, position + celsius.end(), False
    if power := _POWER_UNIT.match(rest):   # "30 km2", "30 km²", "250 m³": the exponent is no word of NOUN_RE's
        measured = MEASURED_UNITS.get(power.group("base").lower() + _EXPONENTS[power.group("power")])
        if not measured:   # a power the table does not measure is no figure (rather than a wrong unit)
            return "", 0, position, False
        return measured[0], measured[1], position + power.end(), False
    if (owners := _OF_OWNERS.match(rest)) and not _year_before(text, position):   # "48 of their nests"
        unit, factor, end, _ = _unit_after(text, position + owners.end(), limit, language)
        plural = unit in COUNTED_SYNONYMS or text[:end].endswith("s")   # "5 of their own" counts nothing
        whole = NOUN_RE.match(text, position + owners.end() + 1)   # "five of his seven children": the whole
        if whole and fold(whole.group()) in spelled_number_words():
            return "", 0, position, False
        return (unit, factor, end, False) if unit and unit not in _MEASURES and plural else ("", 0, position, False)
    compound = rest.startswith("-")
    words = list(NOUN_RE.finditer(rest[1:] if compound else rest))
    offset = position + (1 if compound else 0)
    if not words or (not compound and not _SPACE_OR_DE.fullmatch(rest, 0, words[0].start())):
        return "", 0, position, False
    two = fold(" ".join(w.group() for w in words[:2]))
    if compound and len(words) > 1:   # "a 3,000-square-kilometer salt flat", "24,943-square-foot": a compound's unit is singular
        two = next((plural for plural in (two + "s", two.removesuffix("foot") + "feet") if plural in MEASURED_UNITS), two)
    if len(words) > 1 and two in MEASURED_UNITS:   # per cent, por ciento
        unit, factor = MEASURED_UNITS[two]
        return unit, factor, offset + words[1].end(), compound
    index = 0
    if fold(words[0].group()) == "de" and len(words) > 1:   # 115 millones de dólares, 12.000 de ellos
        index = 1
        two = fold(" ".join(w.group() for w in words[1:3]))
        if len(words) > 2 and two in MEASURED_UNITS:   # 400 millones de años luz
            unit, factor = MEASURED_UNITS[two]
            return unit, factor, offset + words[2].end(), compound
    while index < len(words) - 1 and fold(words[index].group()) in _SKIPPED_BEFORE_NOUN:
        index += 1
    if not compound:
        index = _past_a_size(rest, words, index)
    modifiers_first = language != "es" and not compound and not _year_before(text, position)
    if not (compound and rest[1:2].isalpha()):   # "a 40-room hotel", "the 500-bed hospital": the word joined to the figure
        index = _noun_index(rest, words, index, modifiers_first)   # is what it counts ("8-10 million people" is a range)
    word = words[index]
    if index and not _SPACES.fullmatch(rest[words[index - 1].end() + (1 if compound else 0):
                                            word.start() + (1 if compound else 0)]):
        return "", 0, position, False
    key = fold(word.group())
    if word.group()[:1].isupper() and not compound and key.upper() != word.group() and not _capitalised_counted(key) \
            and not _capitalised_unit(word.group(), key):
        return "", 0, position, False   # "28 Articles" in a heading; "Venezuelans" is counted
    if key in _WEIGHED and _OF_AFTER.match(text, offset + word.end()):
        return "tonne", _WEIGHED[key], offset + word.end(), compound
    if key in MEASURED_UNITS:
        unit, factor = MEASURED_UNITS[key]
        end = offset + word.end()
        if compound and unit == "year" and text.startswith("-old", end):
            end += len("-old")   # "a 45-year-old lawyer"
        return unit, factor, end, compound
    if compound and _COMPOUND_GOES_ON.match(text, offset + word.end()) and key not in _COUNTED:
        return "", 0, position, False   # "a 24,943-square-foot mosque": a unit the table lacks, not squares
    if key in FUNCTION_WORDS or key.endswith(("ed", "ing")) and key not in _COUNTED \
            and not (compound and _english_class(key) == "noun"):   # "a 500-bed hospital", "a 10-building complex"
        return "", 0, position, False   # "300 deported", "12 remaining": a verb, not what is counted
    if key in _NO_NOUNS or not _may_be_counted(word.group(), language) and key not in _COUNTED:
        return "", 0, position, False   # "En 1993 recibió", "4-2 before Toluca", "73,4 contra 67,4", "13 h"
    if not compound and _year_before(text, position) and not _plural(key, language):
        return "", 0, position, False   # "the 2023 drought", "desde 1999 miembro", "en 1958 como": a year, never one thing
    if key in _COUNTED:
        return _COUNTED[key], 1, offset + word.end(), compound
    english = english_singular(key, language)   # "playas", "beaches": beach; "trenes": train, of the table
    return _COUNTED.get(english, english), 1, offset + word.end(), compound


_COMPOUND_GOES_ON = patterns.compile(r"-\p{L}")
# Nouns a size compound counts besides the measured units ("twenty-foot"): "two-story homes", "four-lane"
_SIZE_WORDS = frozenset("story storey room bedroom lane seat bed door".split())


def _past_a_size(rest: str, words: list, index: int) -> int:
    """The index of the word after a size written as a compound between a figure and its noun: "1.1 million
    twenty-foot containers", "300 two-story homes" count containers and homes, not feet or stories."""
    last = index   # the compound's last word: "twenty-foot", "twenty-year-old"
    while last + 1 < len(words) and rest[words[last].end():words[last + 1].start()] == "-":
        last += 1
    if index < last < len(words) - 1 and fold(words[index].group()) in spelled_number_words() \
            and (fold(words[index + 1].group()) in MEASURED_UNITS or fold(words[index + 1].group()) in _SIZE_WORDS) \
            and _SPACES.fullmatch(rest, words[last].end(), words[last + 1].start()):
        return last + 1
    return index


def _noun_index(rest: str, words: list, index: int, modifiers_first: bool) -> int:
    """Which of words, from index on, is the noun the figure counts: the first, or the noun its
    modifiers stand before. A noun of the table after another word ("nine inspection lanes", "14
    refrigerated containers"); in English, which puts its modifiers first, a plural noun after one or
    two adjectives, participles or singular nouns ("22 international routes", "36 boarding bridges",
    "64,000 green turtle nests", "160 tourist boats"), or a noun after a capitalised word the lexicon
    lacks ("230,000 Atlantic salmon", "1,800 French citizens"). A plural noun counts itself ("40
    inmates"); "2006 and takes" counts nothing. modifiers_first is False where no modifier stands
    between the figure and its noun: in Spanish, which puts its adjectives after the noun ("12 rutas
    internacionales"), after a figure joined to its word by a hyphen ("500-degree temperatures") and
    after a year ("2012 presidential elections"); there only the table's nouns are read."""
    first = words[index].group()
    if index + 1 < len(words) and fold(first) not in MEASURED_UNITS and fold(first) not in _COUNTED \
            and (first.islower() or not _capitalised_counted(fold(first))) \
            and fold(words[index + 1].group()) in _COUNTED and _spaced(rest, words, index):
        return index + 1
    if not modifiers_first:
        return index
    for at in range(index, min(index + 2, len(words) - 1)):
        word, following = words[at].group(), words[at + 1].group()
        if fold(word) in MEASURED_UNITS or fold(following) in MEASURED_UNITS:
            return index   # "80 percent salary increases", "88,000 Canadian dollars": the unit is the unit
        if _COUNTED.get(fold(word), fold(word)) != fold(word):
            return index   # "119 people face charges": a plural of the table counts itself ("160 tourist boats" do not)
        named = at == index and word[:1].isupper() and not word.isupper() and not _english_class(fold(word)) \
            and not word.endswith("s")   # "Atlantic", "French"; "Venezuelans" counts itself
        if not _spaced(rest, words, at) or not (named or _english_class(fold(word)) in ("noun", "modifier")):
            return index
        after = _english_class(fold(following))
        if after == "plural" or named and following.islower() and after == "noun" and not _english_verb(fold(following)):
            return at + 1   # "230,000 Atlantic salmon"; not "4th July will"
    return index


def _spaced(rest: str, words: list, at: int) -> bool:
    """Whether words at and at + 1 stand apart by spaces alone (a compound's words are read from rest[1:])."""
    shift = 1 if rest.startswith("-") else 0
    return bool(_SPACES.fullmatch(rest, words[at].end() + shift, words[at + 1].start() + shift))


_YEAR_BEFORE = patterns.compile(r"(?<![\d.,])(?:1[89]|20)\d\d$")


def _year_before(text: str, position: int) -> bool:
    return bool(_YEAR_BEFORE.search(text, max(0, position - 5), position))


def _plural(key: str, language: str) -> bool:
    """Whether a word (folded) after a figure is a plural, as what a figure written like a year ("2000
    personas", "1980 muertos") must be to count it: by the English lexicon where it knows the word ("men",
    not "census"), else by its -s; people by any plural noun of the table ("people")."""
    if _COUNTED.get(key) == "person" and key not in ("person", "persona"):
        return True
    english = _english_class(key) if language != "es" else ""
    return english == "plural" if english in ("plural", "noun") else key.endswith("s")


# What a figure counts is a noun. A word the lexicon lists, but in none of the classes a counted noun takes
# in its language, is a verb, an adverb or an adjective after a figure that counts nothing named: a year
# before its sentence's verb ("En 1993 recibió el Premio", "in 2011 alone"), a score before what follows it
# ("fell 4-2 before Toluca"), an elided noun ("the two largest are"). English plurals the lexicon lists only
# as verbs ("23 bars", "five nods") and Spanish adjectives and participles that name people ("14 huérfanos",
# "65 secuestrados") still count; a word the lexicon lacks is read as before. The words that set a figure
# against another ("73,4 contra 67,4", "45% against 44%") are no nouns either.
_COUNTED_CLASSES = {"en": ("noun", "plural", "verb_s"), "es": ("noun", "nominal", "adj", "participle")}
# A clock's time is no count either: "a las 13 h", "at 7 pm".
_NO_NOUNS = frozenset(fold(phrase.split()[0]) for phrase in SET_AGAINST) | {"am", "pm", "h", "hrs", "hs"}


@lru_cache(maxsize=4096)
def _may_be_counted(word: str, language: str) -> bool:
    """Whether word, after a figure in text of language ("" either), may be what the figure counts
    (_COUNTED_CLASSES): false only where a lexicon lists it, in no counted noun's class."""
    from xlate.text.word_classes import has_class, is_listed   # read only when a figure is followed by a word
    listed = False
    for each in (language,) if language in _COUNTED_CLASSES else tuple(_COUNTED_CLASSES):
        for form in {word.lower(), fold(word)}:
            if is_listed(each, form):
                if has_class(each, form, *_COUNTED_CLASSES[each]):
                    return True
                listed = True
    return not listed


@lru_cache(maxsize=4096)
def _english_class(word: str) -> str:
    """"plural" (a plural noun: "routes"), "noun" (a singular one: "turtle", "tourist"), "modifier" (an
    adjective or a participle: "international", "curing") or "" (a function word, an adverb, a verb,
    a possessive, a word the lexicon lacks: "and", "again", "are", "sides'", "Atlantic")."""
    from xlate.text.word_classes import has_class   # read only when a figure is followed by two words
    if word in FUNCTION_WORDS:
        return ""
    if has_class("en", word, "plural"):
        return "plural"
    if has_class("en", word, "noun"):
        return "noun"
    return "modifier" if has_class("en", word, "adj", "ing", "participle") else ""


@lru_cache(maxsize=1024)
def _english_verb(word: str) -> bool:
    from xlate.text.word_classes import has_class
    return has_class("en", word, "verb")


def _past_modifier(rest: str) -> str:
    """rest with a compound modifier right after the figure blanked out (_COMPOUND_MODIFIER): the
    same length, so the offsets of the words after it hold."""
    modifier = _COMPOUND_MODIFIER.match(rest)
    if not modifier:
        return rest
    return rest[:modifier.start(1)] + " " * (modifier.end(1) - modifier.start(1)) + rest[modifier.end(1):]


FUNCTION_WORDS = frozenset("""the a an some about over nearly almost around only just all its his her their our
    it he she they we you him them us el ella ellos ellas nosotros usted ustedes eso esto
    unos unas casi of to in on at by for from and or but with as is are was were be been
    has have had that this these those than which who de del la las los el en y o a con por para que se su sus
    es son fue fueron ha han un una al lo le les per each cada""".split())


def _capitalised_unit(word: str, key: str) -> bool:
    """A unit written with capitals: an abbreviation ("9 million TEUs") or a currency ("272 million
    Euros"); not a heading's title case ("90 Day Change Promise")."""
    return key in MEASURED_UNITS and (word[:2].isupper() or MEASURED_UNITS[key][0] in CURRENCIES)


def _capitalised_counted(key: str) -> bool:
    """English writes the peoples it counts with a capital: 250 Venezuelans, 3 Americans."""
    return key.endswith(("ans", "ese", "ish", "is", "an"))


def interval(value: Decimal, qualifier: str) -> tuple[Decimal, Decimal | float]:
    """(low, high) of the values "value" allows with its qualifier (module docstring); which ends
    are closed is _closed_bottom's and _closed_top's."""
    if qualifier in ("over", "at least"):
        return value, INFINITY
    if qualifier in ("up to", "under"):
        return Decimal(0), value
    if qualifier == "nearly":
        return value * Decimal("0.9"), value
    tolerance = _tolerance(value, qualifier)
    return value - tolerance, value + tolerance


def _tolerance(value: Decimal, qualifier: str) -> Decimal:
    cap = value * (Decimal("0.05") if qualifier == "about" else Decimal("0.025"))
    return min(_half_unit(value), cap) if value else Decimal("0.5")


def _half_unit(value: Decimal) -> Decimal:
    """Half a unit of value's last non-zero digit: 75 -> 0.5, 40000 -> 5000, 2.5 -> 0.05."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(5) * Decimal(10) ** (exponent - 1)


def overlap(first: Quantity, second: Quantity) -> bool:
    """Whether some value satisfies both wordings."""
    low, high = max(first.low, second.low), min(first.high, second.high)
    if low != high:
        return low < high
    lower = first if first.high == high else second     # the one whose top touches the other's bottom
    upper = second if lower is first else first
    return _closed_top(lower) and _closed_bottom(upper)


def _closed_bottom(quantity: Quantity) -> bool:
    return quantity.qualifier != "over"   # "over 250": 250 itself is not allowed


def _closed_top(quantity: Quantity) -> bool:
    """A rounded figure's top is open (74.5 rounds to 75, not 74); "up to", "nearly" reach theirs."""
    return quantity.qualifier in ("up to", "nearly", "over", "at least")


_UNIT_WORDS = patterns.compile(r"[\p{L}²³\d]+")


def written_factor(text: str) -> Decimal | int:
    """The factor into its unit of the unit a figure is written in ("unos 562 kilómetros cuadrados": 100
    hectares; "56,259-hectare": 1), read from its last words; 0 for a figure the table does not measure."""
    words = [fold(word) for word in _UNIT_WORDS.findall(text)[-2:]]
    for key in (" ".join(words), words[-1] if words else ""):
        key = key.replace("²", "2").replace("³", "3")
        if key in MEASURED_UNITS:
            return MEASURED_UNITS[key][1]
    return 0


def _is_conversion(text: str, previous: Quantity, quantity: Quantity) -> bool:
    """'75 kilometers (47 miles)': a figure in parentheses right after one of the same unit."""
    between = text[previous.end:quantity.start]
    return previous.unit == quantity.unit and bool(_CONVERSION_RE.fullmatch(between))
