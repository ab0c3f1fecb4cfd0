"""The word after a figure: what unit it is in, or what it counts.

"74 kilometers", "115 millones de dólares", "30 km²", "35 °C", "a 40-room hotel", "250 Venezuelans",
"64,000 green turtle nests", "48 of their nests", "12 rutas internacionales": unit_after reads the
unit's word after a figure into (unit, factor into it, end, written as a compound), by the unit table
(MEASURED_UNITS: a measured unit converts into its dimension's) and the counted nouns either language
names alike (COUNTED_SYNONYMS); any other noun counts itself, in its English singular. Which word is the
noun (past the modifiers English puts first, a compound size, an owner) and whether it may be counted at
all (a year's verb, a score, a clock's time are no counts) is read from the word classes.

Apart from quantities.py, which reads the figure around it (qualifier, value, ranges, fractions,
interval), because this is a question of the lexicon, not of the figure: the tables and word classes
here change with the vocabulary, the figure's reading with the wording of numbers. quantities.py imports
what it reads from here, and hands its tables on to the modules that read them from it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from xlate.infra import patterns
from xlate.text.counted_nouns import english_singular
from xlate.text.fold import fold
from xlate.text.numbers import spelled_number_words

# Units with a dimension convert into the dimension's unit; the rest are counted nouns.
CELSIUS = "degree"   # a temperature in degrees Celsius: the unit "33,5 grados" counts in
PERCENTAGE_POINT = "percentage point"
MEASURED_UNITS = {
    # word (folded) -> (unit, factor to it)
    "km": ("km", 1), "kms": ("km", 1), "kilometer": ("km", 1), "kilometers": ("km", 1),
    "kilometre": ("km", 1), "kilometres": ("km", 1), "kilometro": ("km", 1), "kilometros": ("km", 1),
    "mile": ("km", Decimal("1.609344")), "miles": ("km", Decimal("1.609344")),
    "milla": ("km", Decimal("1.609344")), "millas": ("km", Decimal("1.609344")),
    "meter": ("km", Decimal("0.001")), "meters": ("km", Decimal("0.001")), "metre": ("km", Decimal("0.001")),
    "metres": ("km", Decimal("0.001")), "metro": ("km", Decimal("0.001")), "metros": ("km", Decimal("0.001")),
    "percent": ("percent", 1), "per cent": ("percent", 1), "por ciento": ("percent", 1), "%": ("percent", 1),
    # a difference of two percentages is in points of its own, never a percentage of the first ("rose 2 percentage
    # points", "subió 0,8 puntos porcentuales"; a basis point is a hundredth): "points" alone (a score, an index) are
    # no unit of the table
    "percentage points": (PERCENTAGE_POINT, 1), "percentage point": (PERCENTAGE_POINT, 1),
    "puntos porcentuales": (PERCENTAGE_POINT, 1), "punto porcentual": (PERCENTAGE_POINT, 1),
    "basis points": (PERCENTAGE_POINT, Decimal("0.01")), "basis point": (PERCENTAGE_POINT, Decimal("0.01")),
    "puntos basicos": (PERCENTAGE_POINT, Decimal("0.01")), "puntos base": (PERCENTAGE_POINT, Decimal("0.01")),
    "dollar": ("USD", 1), "dollars": ("USD", 1), "dolar": ("USD", 1), "dolares": ("USD", 1),
    "euro": ("EUR", 1), "euros": ("EUR", 1),
    # a hundredth of whatever currency the story's is: "45 cents", "60 centavos de dólar"
    "cent": ("cent", 1), "cents": ("cent", 1), "centavo": ("cent", 1), "centavos": ("cent", 1),
    # the region's own currencies, each its own unit (a peso is Mexico's, Chile's or Colombia's: one story's)
    "peso": ("peso", 1), "pesos": ("peso", 1), "sol": ("sol", 1), "soles": ("sol", 1),
    "quetzal": ("quetzal", 1), "quetzales": ("quetzal", 1), "lempira": ("lempira", 1), "lempiras": ("lempira", 1),
    "colon": ("colon", 1), "colones": ("colon", 1), "bolivar": ("bolivar", 1), "bolivares": ("bolivar", 1),
    # Brazil's real by its plural "reais" only: "real" alone is an adjective in English ("3 real problems"), and
    # Spanish "reales" the plural of "real" (royal, real: "3 reales decretos"), the currency only beside its place
    # (CURRENCIES_BESIDE_A_PLACE) or after its sign ("R$ 3")
    "reais": ("real", 1),
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
    # length per hour is read as one (quantities._PER_HOUR: "160 kilometers per hour", "120 kilómetros por hora")
    "mph": ("km/h", Decimal("1.609344")), "kph": ("km/h", 1), "knot": ("km/h", Decimal("1.852")),
    "knots": ("km/h", Decimal("1.852")), "nudo": ("km/h", Decimal("1.852")), "nudos": ("km/h", Decimal("1.852")),
}
SPEED = "km/h"
AREA = "hectare"   # every area is in hectares
MEASURES = frozenset(unit for unit, _ in MEASURED_UNITS.values())
# The signs written before a figure ("US$ 5 millones", "R$ 3 millones", "S/ 120", "MX$ 500"): a peso's is the
# story's peso, as the word is. A dollar sign after letters the table lacks ("C$", "A$", "HK$") is no US dollar,
# and no figure is read in it (quantities._CURRENCY_BEFORE). Codes ("USD", "MXN") are not read before a figure:
# XL801 reads a word in capitals as an acronym's name, which would make the code the subject of every sum in it.
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "£": "GBP", "R$": "real", "MX$": "peso",
                  "RD$": "peso", "S/": "sol", "S/.": "sol", "₡": "colon"}
CURRENCIES = frozenset({*CURRENCY_SIGNS.values(), "peso", "sol", "quetzal", "lempira", "colon", "bolivar", "real"})
USD = CURRENCY_SIGNS["$"]
# A sign of the table before a figure, as a pattern for every reader of sums ("de R$ 3 millones a R$ 5 millones" is a
# range as "from $3 million to $5 million" is): longest first ("US$" before "$"), never after a letter or a dollar
# sign ("C$", "HK$": a dollar the table lacks, and no US dollar).
CURRENCY_SIGN = r"(?:(?<![\p{L}$])(?:" + "|".join(
    regex.escape(sign) for sign in sorted(CURRENCY_SIGNS, key=len, reverse=True) if not sign.isalpha()) + "))"

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


COUNTED = by_word(COUNTED_SYNONYMS)
# Words between a figure and its noun that say nothing about what is counted.
_SKIPPED_BEFORE_NOUN = frozenset("""more other new large small additional young former alleged suspected
                                    mas otros otras nuevos nuevas""".split())
NOUN_RE = patterns.compile(r"[\p{L}][\p{L}\p{M}'’]*")
_SPACE_OR_DE = patterns.compile(r"\s*(?:de\s+)?")
# A count of what its owner has, the owner between the figure and the noun: "all 62 of Amazonas state's
# municipalities", "only 48 of their nests", "1.47 million of LUMA Energy's customers", "48 de sus nidos".
# Not "12 of the 40 inmates" nor "12 of its 40": a number after the owner is the whole, read on its own.
_OF_OWNERS = patterns.compile(r"\s+(?:of\s+(?:its|their|his|her|our|(?:\p{L}[\p{L}.&-]*\s+){0,3}?\p{L}[\p{L}.&-]*['’]s?)"
                              r"|de\s+(?:sus|su|nuestros|nuestras))(?=\s+\p{L})", regex.I)
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

# The words that set one figure or time against another, in either language: "95,000 inhabitants, against
# 80,000 in 2010", "up from 80,000", "frente a 80.000 en 2010", "contra el año anterior". One table for the
# figure set against (quantities._COMPARED_WITH) and the time a change is measured from (scopes._NOT_A_BASE, which
# adds the bare prepositions that mark a base only before a time: "from a year earlier", "que el año anterior";
# before a figure they are a range or a qualifier, "from 5 to 7", "more than 80,000").
SET_AGAINST = ("against", "compared with", "compared to", "versus", "vs.", "vs", "up from", "down from", "frente a",
               "contra", "comparado con", "comparada con", "comparados con", "comparadas con", "respecto a")
_SPACES = patterns.compile(r"\s+")
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
    """English writes the peoples it counts with a capital: 250 Venezuelans, 3 Americans; "four million
    Argentines", "200 Spaniards", "12 Filipinos" by the demonyms table (a plural of a place's people)."""
    return key.endswith(("ans", "ese", "ish", "is", "an")) or key.endswith("s") and _a_peoples_plural(key)


@lru_cache(maxsize=1024)
def _a_peoples_plural(key: str) -> bool:
    from xlate.text.place_names import place_of_people   # read only for a capitalised plural after a figure
    return bool(place_of_people(key[:-1], "en"))


# An area or a volume abbreviated with its exponent: "km2", "km²", "m2", "m³", "hm3" (hectometres cubed)
_POWER_UNIT = patterns.compile(r"[ \u00a0\u202f]?(?P<base>km|hm|m)(?P<power>[23²³])(?![\p{L}\d])")
_EXPONENTS = {"2": "2", "²": "2", "3": "3", "³": "3"}
_FAHRENHEIT_SIGN = patterns.compile(r"[ \u00a0\u202f]?[°º][ \u00a0\u202f]?F(?![\p{L}\d])")
_CELSIUS_SIGN = patterns.compile(r"[ \u00a0\u202f]?[°º][ \u00a0\u202f]?C(?![\p{L}\d])")


def unit_after(text: str, position: int, limit: int, language: str = "") -> tuple[str, Decimal | int, int, bool]:
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
        unit, factor, end, _ = unit_after(text, position + owners.end(), limit, language)
        plural = unit in COUNTED_SYNONYMS or text[:end].endswith("s")   # "5 of their own" counts nothing
        whole = NOUN_RE.match(text, position + owners.end() + 1)   # "five of his seven children": the whole
        if whole and fold(whole.group()) in spelled_number_words():
            return "", 0, position, False
        return (unit, factor, end, False) if unit and unit not in MEASURES and plural else ("", 0, position, False)
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
        if len(words) > 2 and two in MEASURED_UNITS:   # 300 millones de años luz
            unit, factor = MEASURED_UNITS[two]
            return unit, factor, offset + words[2].end(), compound
    named_at = index   # a place's name may open with a skipped word: "New Zealand dollars"
    while index < len(words) - 1 and fold(words[index].group()) in _SKIPPED_BEFORE_NOUN:
        index += 1
    if not compound and (money := _currency_of_a_place(rest, words, named_at)
                         or index != named_at and _currency_of_a_place(rest, words, index)):
        return money[0], 1, offset + words[money[1]].end(), False
    if not compound:
        index = _past_a_size(rest, words, index)
    modifiers_first = language != "es" and not compound and not _year_before(text, position)
    if not (compound and rest[1:2].isalpha()):   # "a 40-room hotel", "the 500-bed hospital": the word joined to the figure
        index = _noun_index(rest, words, index, modifiers_first, language)   # is what it counts ("8-10 million people" is a range)
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
    if compound and _COMPOUND_GOES_ON.match(text, offset + word.end()) and key not in COUNTED:
        return "", 0, position, False   # "a 12,480-square-foot market": a unit the table lacks, not squares
    if key in FUNCTION_WORDS or key.endswith(("ed", "ing")) and key not in COUNTED \
            and not (compound and english_class(key) == "noun"):   # "a 500-bed hospital", "a 10-building complex"
        return "", 0, position, False   # "300 deported", "12 remaining": a verb, not what is counted
    if key in _NO_NOUNS or not _may_be_counted(word.group(), language) and key not in COUNTED:
        return "", 0, position, False   # "En 1987 recibió", "4-2 before Izalco", "71,2 contra 64,8", "13 h"
    if not compound and _year_before(text, position) and not _plural(key, language):
        return "", 0, position, False   # "the 2023 drought", "desde 1999 miembro", "en 1958 como": a year, never one thing
    if key in COUNTED:
        return COUNTED[key], 1, offset + word.end(), compound
    english = english_singular(key, language)   # "playas", "beaches": beach; "trenes": train, of the table
    if english in CURRENCIES:
        return "", 0, position, False   # "3 reales decretos": the adjective "real" (royal), no count of Brazil's money
    return COUNTED.get(english, english), 1, offset + word.end(), compound


_COMPOUND_GOES_ON = patterns.compile(r"-\p{L}")
_UNITED_STATES = "United States"


def _currency_of_a_place(rest: str, words: list, index: int) -> tuple[str, int] | None:
    """(unit, index of its last word) of a currency named with its place: by the adjective of its people, "68
    billion Chilean pesos", "88,000 Canadian dollars" (English puts the adjective first), "pesos chilenos",
    "dólares canadienses" (Spanish after); or by the place's name, "45,000 Singapore dollars" (English, first),
    "dólares de Singapur" (Spanish, after "de"). A place's peso, real or sol is the table's; a dollar is the US
    dollar only of the United States: another place's is a unit of its own ("Canada dollar"), listed and never
    compared. None if the words at index are no such pair."""
    found = _place_and_currency(rest, words, index)
    if not found:
        return None
    place, currency, last = found
    return (currency if currency != USD or place == _UNITED_STATES else f"{place} dollar"), last


_LONGEST_PLACE_NAME = 3   # words of a place's name read beside a currency ("New Zealand", "Trinidad and Tobago")


def _place_and_currency(rest: str, words: list, index: int) -> tuple[str, str, int] | None:
    """(place, currency, index of the last word) of the words at index, else None."""
    if index + 1 >= len(words):
        return None
    first, second = words[index].group(), words[index + 1].group()
    if _spaced(rest, words, index):
        if first[:1].isupper() and (currency := _currency_word(second)):   # English: "Chilean pesos", "US dollars"
            if place := _place_of_adjective(first, "en"):
                return place, currency, index + 1
        elif second.islower() and (currency := _currency_word(first)):   # Spanish: "pesos chilenos"
            if place := _place_of_adjective(second, "es"):
                return place, currency, index + 1
    for length in range(1, _LONGEST_PLACE_NAME + 1 if first[:1].isupper() else 1):   # "Singapore dollars"
        last = index + length
        if last < len(words) and (currency := _currency_word(words[last].group())):
            place = _place_named(rest, words, index, last) if _spaced(rest, words, last - 1) else ""
            return (place, currency, last) if place else None
    if fold(second) in ("de", "of") and (currency := _currency_word(first)) and _spaced(rest, words, index) \
            and index + 2 < len(words) and _spaced(rest, words, index + 1):   # Spanish: "dólares de Singapur"
        for end in range(min(index + 2 + _LONGEST_PLACE_NAME, len(words)), index + 2, -1):   # the longest name first
            if place := _place_named(rest, words, index + 2, end):
                return place, currency, end - 1
    return None


def _place_named(rest: str, words: list, start: int, end: int) -> str:
    """The place words[start:end] name as English writes it, if a table lists it and they are written as a name,
    capitalised at both ends with spaces between ("Singapore", "Nueva Zelanda", "Trinidad and Tobago"), else ""."""
    from xlate.text.place_names import english_place_name
    name = words[start:end]
    if not (name[0].group()[:1].isupper() and name[-1].group()[:1].isupper()) \
            or not all(_spaced(rest, words, at) for at in range(start, end - 1)):
        return ""
    return english_place_name(" ".join(word.group() for word in name))


# Words that name a currency only beside its place: "reales brasileños" (Spanish "reales" alone is also "royal", "real").
CURRENCIES_BESIDE_A_PLACE = {"reales": "real"}


def _currency_word(word: str) -> str:
    """The currency a word names in the unit table ("pesos": peso, "dólares": USD) or beside a place
    ("reales": real), else ""."""
    key = fold(word)
    unit = MEASURED_UNITS.get(key, ("",))[0]
    return unit if unit in CURRENCIES else CURRENCIES_BESIDE_A_PLACE.get(key, "")


def _place_of_adjective(word: str, language: str) -> str:
    """The place an adjective of its people or an abbreviation names ("Chilean", "chilenos": Chile; "US",
    "American", "estadounidenses": the United States), else "". Read only beside a currency's word."""
    from xlate.text.place_names import COUNTRIES, COUNTRY_ABBREVIATIONS, place_of_people
    if word in COUNTRY_ABBREVIATIONS:
        return COUNTRY_ABBREVIATIONS[word]
    if fold(word) == COUNTRIES[_UNITED_STATES]["english_adjective"]:   # "American" names two places; beside a dollar, one
        return _UNITED_STATES
    return place_of_people(word, language)
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


def _noun_index(rest: str, words: list, index: int, modifiers_first: bool, language: str = "") -> int:
    """Which of words, from index on, is the noun the figure counts: the first, or the noun its
    modifiers stand before. A noun of the table after another word ("nine inspection lanes", "14
    refrigerated containers"); in English, which puts its modifiers first, a plural noun after one or
    two adjectives, participles or singular nouns ("22 international routes", "36 boarding bridges",
    "64,000 green turtle nests", "160 tourist boats"), or a noun after a capitalised word the lexicon
    lacks ("230,000 Atlantic salmon", "1,800 French citizens"). A plural noun counts itself ("40
    inmates"); "2006 and takes" counts nothing. modifiers_first is False where no modifier stands
    between the figure and its noun: in Spanish, which puts its adjectives after the noun ("12 rutas
    internacionales"), after a figure joined to its word by a hyphen ("500-degree temperatures") and
    after a year ("2012 presidential elections"); there only the table's nouns are read. A Spanish adjective or
    participle after a noun says of it: "unos 6.800 animales heridos" counts animals, "19 pilotos muertos" pilots,
    not the wounded or the dead (_says_of_a_spanish_noun); "cinco distintos países" counts countries."""
    first = words[index].group()
    if index + 1 < len(words) and fold(first) not in MEASURED_UNITS and fold(first) not in COUNTED \
            and (first.islower() or not _capitalised_counted(fold(first))) \
            and fold(words[index + 1].group()) in COUNTED and _spaced(rest, words, index) \
            and not (language == "es" and _says_of_a_spanish_noun(first, words[index + 1].group())):
        return index + 1
    if not modifiers_first:
        return index
    for at in range(index, min(index + 2, len(words) - 1)):
        word, following = words[at].group(), words[at + 1].group()
        if fold(word) in MEASURED_UNITS or fold(following) in MEASURED_UNITS:
            return index   # "60 percent wage increases", "45,000 Canadian dollars": the unit is the unit
        if COUNTED.get(fold(word), fold(word)) != fold(word):
            return index   # "119 people face charges": a plural of the table counts itself ("160 tourist boats" do not)
        named = at == index and word[:1].isupper() and not word.isupper() and not english_class(fold(word)) \
            and not word.endswith("s")   # "Atlantic", "French"; "Venezuelans" counts itself
        if not _spaced(rest, words, at) or not (named or english_class(fold(word)) in ("noun", "modifier")):
            return index
        after = english_class(fold(following))
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
    if COUNTED.get(key) == "person" and key not in ("person", "persona"):
        return True
    english = english_class(key) if language != "es" else ""
    return english == "plural" if english in ("plural", "noun") else key.endswith("s")


# What a figure counts is a noun. A word the lexicon lists, but in none of the classes a counted noun takes
# in its language, is a verb, an adverb or an adjective after a figure that counts nothing named: a year
# before its sentence's verb ("En 1987 recibió el Premio", "in 2013 alone"), a score before what follows it
# ("fell 4-2 before Izalco"), an elided noun ("the two largest are"). English plurals the lexicon lists only
# as verbs ("23 bars", "five nods") and Spanish adjectives and participles that name people ("14 huérfanos",
# "65 secuestrados") still count; a word the lexicon lacks is read as before. The words that set a figure
# against another ("71,2 contra 64,8", "45% against 44%") are no nouns either.
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
def english_class(word: str) -> str:
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
def _says_of_a_spanish_noun(first: str, second: str) -> bool:
    """Whether the second of two Spanish words after a figure says of the first: a participle ("animales heridos",
    "el partido" after a score), or an adjective after a noun ("pilotos muertos"); not a noun after an adjective
    the lexicon also lists as a noun ("distintos países", "primeros casos")."""
    from xlate.text.word_classes import has_class
    return has_class("es", second.lower(), "participle") \
        or has_class("es", first.lower(), "noun") and has_class("es", second.lower(), "adj")


@lru_cache(maxsize=1024)
def _english_verb(word: str) -> bool:
    from xlate.text.word_classes import has_class
    return has_class("en", word, "verb")


# A compound adjective of words joined by hyphens before a plural noun says of what kind, not what is counted:
# "120,000 low-income homes", "20 high-speed trains", "300 two-bedroom flats". Not a compound that is the noun
# itself ("two high-rises", "25 truck-loads of sand": no plural noun after it).
_HYPHENED_BEFORE_A_WORD = patterns.compile(r"\s+(\p{Ll}+(?:-\p{Ll}+)+)\s+(\p{Ll}+)")


def _past_modifier(rest: str) -> str:
    """rest with a compound modifier right after the figure blanked out (_COMPOUND_MODIFIER, or a hyphened
    compound before a plural noun): the same length, so the offsets of the words after it hold."""
    modifier = _COMPOUND_MODIFIER.match(rest) or _compound_adjective(rest)
    if not modifier:
        return rest
    return rest[:modifier.start(1)] + " " * (modifier.end(1) - modifier.start(1)) + rest[modifier.end(1):]


def _compound_adjective(rest: str):
    """The match of a hyphened compound before an English plural noun right after the figure, else None."""
    compound = _HYPHENED_BEFORE_A_WORD.match(rest)
    if not compound:
        return None
    from xlate.text.word_classes import has_class   # read only when a figure is followed by a hyphened compound
    if compound.group(1).endswith("-old"):
        return None   # "56 year-old women": an age, read as one (facts/ledger.py)
    return compound if has_class("en", compound.group(2), "plural") else None
