"""Which figures are never compared, and why: a change, a range, a rate, a part, a date, a threshold
or a suspicion ("rose to 14", "between 65 and 70", "one in four", "12 of them", "three years ago",
"needed 14 hours", "no descartan"). The ledger lists them (xlate facts); the rule compares none,
except two changes of one kind (change_kind: the level reached, or the amount).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from xlate.glossary.matcher import plural
from xlate.infra import patterns
from xlate.rules.facts import changes, scopes
from xlate.rules.facts.measures import (AMOUNTS_OF_STUFF, EVENTS_OF_PEOPLE, POPULATION_UNITS, SPECIFIC_UNITS,
                                        counted_by_a_noun, person_noun)
from xlate.text.fold import fold, fold_all
from xlate.text.screens import from_the_end
from xlate.text.word_classes import has_class
from xlate.text.numbers import numbers_in, spelled_number_words, spelled_numbers_in
from xlate.text.quantities import (FLOW, FROM_WORDS, TEMPERATURES, TO_WORDS, Quantity, is_english_noun, is_fraction,
                                   is_superlative)
from xlate.text.units import AREA, COUNTED_SYNONYMS, CURRENCIES, CURRENCY_SIGN, MEASURED_UNITS, MEASURES, SPEED

# Words of a clause that make its figures a change, a range, a rate or a part: listed, not compared.
# A shortfall or a surplus is a difference, as "12 dollars more" is: a change's amount.
_NOT_COMPARED = {
    "change": """rose risen rising fell fallen falling increased decreased dropped
                 grew grown jumped climbed declined doubled tripled halved up_from down_from compared_with
                 slowed accelerated eased quickened desacelero desaceleraron acelero aceleraron
                 subio bajo aumentaron cayo cayeron crecio disminuyo descendio redujo
                 sube suben aumenta aumentan cae caen crece crecen disminuye disminuyen reduce reducen
                 lowered raised cut trimmed recorto recortaron redujeron elevo elevaron rebajo
                 limit limits limited limito limitaron limita limitan
                 raising lowering cutting reducing increasing subir bajar aumentar reducir elevar recortar limitar
                 subira bajara aumentara caera crecera disminuira reducira recortara elevara limitara rebajara
                 shortfall shortfalls shortage deficit deficits surplus superavit faltante excedente excedentes
                 subido bajado aumentado caido crecido disminuido descendido reducido recortado elevado
                 offline fuera_del_sistema fuera_de_servicio out_of_service knocked_out
                 subieron bajaron crecieron descendieron disminuyeron incrementaron retrocedio retrocedieron
                 declining""",
    # (the participles: the Spanish perfect, "ha bajado 80 centímetros", says a change as "has dropped" does;
    # what a breakdown "took offline", "dejó fuera del sistema", is an amount lost, not the plant's power)
    "rate": "per each every cada por_cada al_dia al_ano a_day a_year a_week a_month por_dia",
    "threshold": "needed need needs require required requires necesita necesitan necesarios necesarias",
    # "do not discard that he killed more than 11", "no descartan", "may have": a suspicion, not a fact
    # ("suspected of", "suspected that"; "suspected cases" are a category of cases, counted as such)
    "hedged": """discard discarded descartan descarta descartar rule_out ruled_out may_have might_have suspected_of
                 suspected_that is_suspected are_suspected""",
}
# A change said by its noun: "una caída del 16%", "un crecimiento del 3%", "a fall of 17%", "growth of 2%",
# "increases of 5%". The lemmas once, as a desk writes them; their plurals (the glossary's regular plural:
# "caídas", "disminuciones", "rises") generated and folded as the clause's words are. An English noun's plural
# is its verb's third person too ("output falls 3%"). Words of another sense are excused (_another_sense: "this
# fall", "the falls", "the dam rises 225 feet"); "cut" is a verb only: "rotating cuts" are outages, no change.
_CHANGE_NOUNS = {
    "en": "rise fall drop decline increase decrease jump growth gain climb surge slump dip",
    "es": """subida bajada caída alza crecimiento aumento incremento descenso retroceso repunte disminución reducción
             recorte""",
}
_NOT_COMPARED_WORDS = {tuple(phrase.split("_")): why for why, words in _NOT_COMPARED.items() for phrase in words.split()}
_NOT_COMPARED_WORDS.update({(form,): "change" for language, lemmas in _CHANGE_NOUNS.items() for lemma in lemmas.split()
                            for form in (fold(lemma), fold(plural(lemma, language)))})
_LONGEST = tuple(range(max(map(len, _NOT_COMPARED_WORDS)), 0, -1))   # phrase lengths, longest first
_FIRST_WORDS = frozenset(phrase[0] for phrase in _NOT_COMPARED_WORDS)
# Words after "a week", "a year" that make it a date, not a period: "a year earlier", "un año antes".
_WHEN_AFTER = frozenset("earlier ago before later after antes despues".split())
# "fall" the season, a waterfall or a collapse, no change: "this fall", "in the fall", "fall 2025", "the fall of
# 2025", "the falls' flow", "Izalco Falls", "the fall of the Republic" (not "the fall in prices", "a fall of 17%",
# "falls of 3%").
_NOT_A_FALL = patterns.compile(r"(?:\b(?:this|last|next|early|late|mid|in\s+the|during\s+the|by\s+the|until\s+the"
                               r"|since\s+the)[\s-]+fall\b(?!\s+(?:of|in)\s+(?!\d{4}))|\bfall\s+(?:of\s+)?\d{4}\b"
                               r"|\bthe\s+falls\b(?!\s+(?:of|in)\s)|(?-i:\bFalls\b)|\bthe\s+fall\s+of\s+(?:the\s+)?(?-i:\p{Lu}))",
                               regex.I)
# Change words that follow the amount they change: "took 736 megawatts offline".
_CHANGE_AFTER = frozenset({"offline"})
# "between 65 and 70", "5 million to 7 million", "9.3% to 9.7%": a word between the figures is a scale or a
# percentage; "rescued 31 people and 33 remain missing" holds two figures, not a range.
# A spelled number opens one as a digit does: "entre cinco y seis horas", "between two and three years".
_RANGE_BEFORE = from_the_end(patterns.compile(
    r"\d\s*(?:(?:%|(?:per\s+cent|percent|por\s+ciento|thousand|million|billion|trillion"
    r"|mil|millones|millón|millon|millardos)\b)\s*)?(?:to|and|or|y|o|a|and/or)\s+$|\d\s*[-–]\s*$"
    r"|(?<![\p{L}-])(?:" + "|".join(patterns.longest_first(spelled_number_words()))
    + r")\s+(?:to|and|or|y|o|a)\s+$", regex.I))
_RANGE_AFTER = patterns.compile(r"^\s*(?:to|and|y|or|o|a|-|–)\s*" + CURRENCY_SIGN + r"?\s*\d", regex.I)
_RANGE_WITHIN = patterns.compile(r"\d\s*[-–]\s*" + CURRENCY_SIGN + r"?\d")


def _rising_pair(figure_text: str) -> bool:
    """Whether a figure's own words hold a range, two numbers joined by a dash, the second the larger
    ("2,200-2,400 inmates", "65–70%"); not a tally, "a 4-1 vote", "3-2"."""
    dash = _RANGE_WITHIN.search(figure_text)
    if not dash:
        return False
    numbers = numbers_in(figure_text)
    ends = [n for n in numbers if n.end <= dash.start() + 1][-1:] + [n for n in numbers if n.start >= dash.end() - 1][:1]
    return len(ends) == 2 and ends[0].value < ends[1].value
_PERCENT_FROM = patterns.compile(r"\s*(?:below|above|under|over|por\s+debajo|por\s+encima)\b", regex.I)
_DIFFERENCE_AFTER = patterns.compile(r"\s*(?:more|less|fewer|higher|lower|más|menos)\b", regex.I)
# A difference from a norm: "about 2 degrees Fahrenheit above the August average", "1.3 meters below its long-term
# average", "unos 130 centímetros por debajo del promedio", "superó en 1,2 grados el promedio" (not a height "above
# sea level"): how far from the norm, not the level itself.
_FROM_A_NORM = patterns.compile(r"\s*(?:above|below|over|under|por\s+encima\s+del?|por\s+debajo\s+del?)\s+(?:(?:the|its|their"
                                r"|el|la|lo|su|sus)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:average|normal|mean|norm|usual|promedio|media"
                                r"|habitual)\b", regex.I)
_EXCEEDED_BY = patterns.compile(r"\b(?:exceed\w*|surpass\w*|topped|super[óo]|superaba|superan?|rebas[óo])\s+(?:[^\s.,;]+\s+){0,4}"
                                r"(?:by|en)\s+(?:(?:about|some|nearly|almost|unos|unas|casi)\s+)?$", regex.I)
# An increment: "another 500", "a further 200", "an additional 1,000", "otros 300", "unas otras 40".
_INCREMENT_BEFORE = from_the_end(patterns.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra|otros|otras|unos\s+otros"
                                     r"|unas\s+otras)\s+$", regex.I))
# A superlative's noun phrase said to be the figure: "the oldest age on record is 122 years",
# "the highest temperature ever recorded is 58 degrees": the record of a class, whoever else the sentence names.
_CLASS_RECORD = from_the_end(patterns.compile(r"\b(?:the)\s+(?:\p{L}+\s+)?(?:(?P<est>\p{L}+est)|most\s+\p{L}+)\s+(?:\p{L}+\s+){0,3}"
                                 r"(?:was|is|has\s+been)\s+(?:\p{L}+\s+)?$", regex.I))


def _a_class_record(text: str, start: int, end: int) -> bool:
    found = _CLASS_RECORD.search(text, start, end)
    return bool(found) and (not found.group("est") or is_superlative(found.group("est")))
# The smaller part of a compound amount: "una hora y 50 minutos", "two years and six months", "6 feet 2
# inches": not an amount of its own (the larger part is read as a range: "two hours and 30").
_COMPOUND_BEFORE = from_the_end(patterns.compile(r"\b(?:(?:hours?|horas?|days?|d[ií]as?|weeks?|semanas?|months?|mes|meses|years?|años?)"
                                    r"\s+(?:and|y)|(?:feet|foot|pies?)(?:\s+(?:and|y))?)\s+$", regex.I))
_ONE_IN = patterns.compile(r"\b(?:one|1|uno|una)\s+(?:in|out\s+of|of\s+every|de\s+cada)\s+$", regex.I)
# The size of each of things a figure counts, after them with "of" or "de": "5,2 millones de sacos de 60 kilos", "826.000
# quintales de 46 kilos", "20 trucks of 40 tonnes", "dos plantas de 160 metros cuadrados", "three turbines of 5 megawatts":
# what one sack weighs, no amount of the whole (a rate, as "60 kilos a sack" is). The things: a lowercase plural
# after a number, digits or a word ("dos", "millones de").
_EACH_OF_COUNTED = from_the_end(patterns.compile(
    r"(?:\d|(?<![\p{L}-])(?:" + "|".join(patterns.longest_first(spelled_number_words())) + r"))"
    r"(?:\s+(?:millones|million|mil|thousand|billion)(?:\s+de)?)?\s+\p{Ll}[\p{L}\p{M}]*s\s+(?:of|de)\s+$", regex.I))
# The units a thing's size is stated in: every measure of amount, length, area, volume, power or energy (text/units),
# a tanker's barrels and a ship's TEU as a sack's kilos; not money, a share, a time, a speed or a temperature.
SIZES_OF_EACH = MEASURES - CURRENCIES - TEMPERATURES - {"cent", "percent", "year", "hour", SPEED}
# "a trip", "a gallon", "an hour" ending the clause right after a figure, or after its conversion in
# parentheses or that conversion's own figure: so much for each, as "a day" is ("$4 a gallon", "about
# 900 pesos (40 euros) a trip"). Not of people, whom a verb may give a thing ("gave 40 families a home").
_PER_ONE_AFTER = patterns.compile(r"\)?\s*(?:\([^()]{1,40}\)\s*)?(?:a|an)\s+(\p{Ll}+)\s*(?:$|[^\p{L}\s])")
_AGO_AFTER = patterns.compile(r"^\s*(?:ago|earlier|later|antes|despu[ée]s)\b", regex.I)   # "two weeks earlier": when
_AGO_BEFORE = from_the_end(patterns.compile(r"\bhace\s+(?:(?:apenas|solo|sólo|unos|unas|casi|más\s+de)\s+)?$", regex.I))
# What a share is of, after it: "12% of the electricity", "el 16% de las exportaciones de café de Colombia", "18% of
# Colombia's coffee" (the whole's owner, "Colombia's", is read past).
WHOLE_OF = patterns.compile(r"\s+(?:of|de|del)\s+(?:(?:the|la|el|los|las|its|their|su|sus)\s+)?"
                            r"(?:\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*)*['’]s\s+)?"
                            r"(?P<whole>[^,;:.()]{1,60}?)(?:[,;:.()]|\s+(?:que|which|that|who|it|they|según|according)\b|$)",
                            regex.I)
# Spanish writes a part of a place's area with its singular article too ("cubrieron 1.600 km² de la reserva",
# "arrasó 8.000 hectáreas del parque"), unless a definite article says it is all the place has ("las 2.000
# hectáreas del parque", _OWN_BEFORE). Not of other units: "del"/"de la" after a count names its kind, owner or
# cause ("320.000 salmones del Atlántico", "182.000 huérfanos del sida", "siete campeonatos del mundo"), after
# a length how far ("a 75 kilómetros de la capital"), after a time since what ("a tres años de la tragedia").
_PART_AFTER = patterns.compile(r"^\s*(?:of|de)\s+(?:the|them|those|these|los|las|ellos|ellas|estos|estas)\b", regex.I)
_PART_OF_THE_ONE_AFTER = patterns.compile(r"^\s*(?:de\s+la|del)\b", regex.I)
# The rest of a whole once a part is taken: "the remaining 60%", "el 60% restante", "the other 60%", "el resto,
# 60%": the complement of another figure, not the whole's nor that part's ("About 40% of the electricity comes
# from the dam" and "El 60% restante de la electricidad proviene de otras centrales" agree).
_REST_BEFORE = patterns.compile(r"\b(?:remaining|the\s+other|rest\s+of\s+the|(?:el|la|los|las)\s+otr[oa]s?|resto\s+del?)\s+$"
                                r"|\b(?:the\s+rest|el\s+resto)\s*[,:]\s*$", regex.I)
_OWN_BEFORE = patterns.compile(r"\b(?:el|la|los|las|sus?)\s+$", regex.I)
_REST_AFTER = patterns.compile(r"^\s*(?:restantes?|remaining)\b", regex.I)
# A thing's size, never so much per period: a rate word says so right after the figure ("80 kilometers per
# hour") or before it ("every few hundred metres", "each of them 3.5 metres across"); one further on,
# or one of a time, is another word's ("vigila cada noche los 29 kilómetros de playa").
SIZES = frozenset("km hectare".split())
_TIMES = frozenset("night noche day dia week semana month mes year ano morning manana evening tarde season temporada".split())
_PER_IN_UNIT = frozenset({"percent", FLOW, SPEED})   # units whose words say "per": "per cent", "cubic meters per second"
# A figure a part is taken from: "12 of the 40 inmates", "12 de los 40 reos": an event of the part
# ("freed 12 of the 40") is not the whole's; "six of the nine lanes" still counts the lanes.
_PART_BEFORE = patterns.compile(r"(?:\d|\b\p{L}+)\s+(?:of|out\s+of|de)\s+(?:the|its|their|los|las|sus|(?:the\s+)?\p{L}+['’]s)\s+$",
                               regex.I)   # "12 of the country's 32 departments", "12 of Tela's 32"


# A part counted before the whole it is taken from: a number or a quantifier ("12 of the country's 32
# departments", "most of its 40 inmates", "la mitad de los 30"), not any noun ("el sustento de las 120.000
# familias" is the families' livelihood, not a part of them).
_COUNTED_PART_BEFORE = patterns.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|most|many|some|all|half|several|none|few"
    r"|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|docena|mayor[ií]a|mitad|muchos|muchas|algunos"
    r"|algunas|varios|varias|todos|todas))\s+(?:of|out\s+of|de)\s+(?:the|its|their|los|las|sus|(?:the\s+)?\p{L}+['’]s)\s+$",
    regex.I)


# A whole named after its part, with an indefinite article: "ocupa 23 hectáreas, de un terreno de 166",
# "23 hectares of a 166-hectare site", "1.200 migrantes de un grupo de 3.000", "out of a total of 40".
_OUT_OF_A_WHOLE = patterns.compile(r"\d\s*(?:%|\p{L}+(?:\s+\p{L}+)?)\s*,?\s+(?:of|out\s+of|de|sobre)\s+(?:a|an|un|una)"
                                   r"\s+(?:\p{L}+\s+(?:of|de)\s+)?" + CURRENCY_SIGN + r"?\s*$", regex.I)


def after_a_part(before: str) -> bool:
    """Whether a figure is the whole a part before it is taken from ("12 of the 32 departments"): the
    text before the figure ends with the part."""
    return bool(_COUNTED_PART_BEFORE.search(before[-40:]))
# A figure said to be a part of a total: "la zona núcleo aporta 1,5 millones de hectáreas al total",
# "1.5 million of the total", "del total".
_OF_THE_TOTAL = patterns.compile(r"\b(?:al|del|to\s+the|of\s+the)\s+total\b", regex.I)

# Verbs of falling, said of a stuff ("cayeron 24 milímetros de lluvia") or of a figure ("fell 40%")
_FALLING = frozenset("fell fallen falling cayo cayeron caido".split())
# Verbs of falling whose figure, right after them and of a stuff, is what fell: "cayeron 24 milímetros de lluvia".
_FELL = _FALLING | {"cae", "caen"}
_STUFF_FALLING = AMOUNTS_OF_STUFF | {"km"}   # rain in millimetres, ash in tonnes, water in cubic metres
_STUFF_AFTER = patterns.compile(r"\s+(?:de|of)\s+\p{Ll}")

# Changes that are falls: a fall to a fraction of before is a fall of the rest ("cayó a la mitad" is a fall of
# half, "dropped to a third" one of two thirds), compared with the amount of another fall ("fell 40%").
_FALLS = _FALLING | frozenset("""dropped declined decreased halved lowered cut reduced slashed shrank shrunk
    bajo bajaron bajado disminuyo disminuyeron disminuido descendio descendieron descendido
    redujo redujeron reducido recorto recortaron recortado""".split())


def is_fall(text: str, clause_start: int, clause_end: int) -> bool:
    return any(w in _FALLS for _, w in words_at(text, clause_start, clause_end))


# A year before "to" is when, not the first figure of a range: "growth in 2027 to 1.2%"
_YEAR_TO = patterns.compile(r"(?<![\d.,])(?:1[89]|20)\d\d\s+(?:to|a)\s+$")
# A change's figure is the level it reached ("lowered its forecast to 1.2%", "redujo a 2,1%", "rose
# to 14") or the amount of the change ("a 25% pay rise", "un aumento salarial del 15%", "fell 40%").
_CHANGE_LEVEL = {"en": patterns.compile(r"\bto\s+$", regex.I), "es": patterns.compile(r"\b(?:a|al|hasta)\s+$", regex.I)}


def change_kind(text: str, quantity: Quantity, language: str) -> tuple[str, ...]:
    """Two changes compare when their figures are of one kind: levels reached, levels left ("raising the
    fare from 45 cents to 60 cents", "subir el pasaje de 35 a 60 centavos": 45 and 35 were the fare), or
    amounts."""
    if from_to_end(text, quantity) == "from":
        return (changes.LEVEL_LEFT,)
    level = _CHANGE_LEVEL.get(language, _CHANGE_LEVEL["en"])
    reached = level.search(text, max(0, quantity.start - 8), quantity.start)
    return (changes.LEVEL_REACHED,) if reached else (changes.AMOUNT,)


# The two ends of a change written "from X to Y", "de X a Y", "desde X hasta Y" (the first's unit may be the second's)
_FROM_BEFORE = patterns.compile(rf"\b{FROM_WORDS}\s+{CURRENCY_SIGN}?\s*$", regex.I)
_TO_AFTER = patterns.compile(rf"\s*(?:[\p{{L}}%]+\s+){{0,2}}?{TO_WORDS}\s+{CURRENCY_SIGN}?\s*\d", regex.I)
_FROM_TO_BEFORE = patterns.compile(rf"\b{FROM_WORDS}\s+{CURRENCY_SIGN}?\s*\d[\d.,]*(?:\s*[\p{{L}}%]+){{0,2}}?\s+{TO_WORDS}\s+{CURRENCY_SIGN}?\s*$",
                                   regex.I)


def from_to_end(text: str, quantity: Quantity) -> str:
    """"from" or "to" for a figure that is that end of "from X to Y" (_FROM_BEFORE, _FROM_TO_BEFORE), else ""."""
    if _FROM_BEFORE.search(text, max(0, quantity.start - 10), quantity.start) and _TO_AFTER.match(text, quantity.end):
        return "from"
    if _FROM_TO_BEFORE.search(text, max(0, quantity.start - 50), quantity.start):
        return "to"
    return ""


WORD = patterns.compile(r"\p{L}[\p{L}\p{M}'’-]*")   # a word with its apostrophes and hyphens ("Cecot's", "ex-presidente")


@lru_cache(maxsize=64)
def words_at(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """The words of text[start:end], folded (as one text), each with where it starts. Kept for the
    clause: each of its figures asks."""
    found = list(WORD.finditer(text, start, end))
    return tuple(zip([m.start() for m in found], fold_all([m.group() for m in found])))


def _a_range(text: str, quantity: Quantity, after: str) -> bool:
    """Whether the figure is an end of a range ("between 65 and 70", "5 million to 7 million"): not
    after a year ("growth in 2027 to 1.2%"), nor after a percentage when it is none, nor before a figure
    that is none when it is one: "rose 53% to 2,664 tonnes" is a change and the level it reached."""
    if _rising_pair(quantity.text):
        return True   # "2,200-2,400 inmates": the first end read with the noun after the second
    start = max(0, quantity.start - 30)
    before = _RANGE_BEFORE.search(text, start, quantity.start)
    if before and not _YEAR_TO.search(text, start, quantity.start) \
            and not (quantity.unit != "percent" and _PERCENT.search(before.group())):
        return True
    next_one = _RANGE_AFTER.match(after)
    return bool(next_one) and (quantity.unit != "percent" or bool(_PERCENT_NEXT.match(after, next_one.end())))


_PERCENT = patterns.compile(r"%|per\s*cent|por\s+ciento", regex.I)
_PERCENT_NEXT = patterns.compile(r"[\d.,]*\s*(?:%|per\s*cent|percent|por\s+ciento)", regex.I)


def _exchange_rate(text: str, quantity: Quantity) -> bool:
    """Whether a sum is a currency's price in another: "3.7 soles to the dollar", "20 pesos por dólar"."""
    if quantity.unit not in CURRENCIES:
        return False
    per = _PER_ONE_OF.match(text, quantity.end)
    return bool(per) and MEASURED_UNITS.get(fold(per.group("unit")), ("",))[0] in CURRENCIES


# The word after "to the", "per", "por" is looked up as quantities reads units (folded), so that every
# spelling of a currency counts: "dólar", "bolívares", "colón" as well as "dollar".
_PER_ONE_OF = patterns.compile(r"\s+(?:to\s+(?:the|one|a|each)|per|an?|por\s+cada|por\s+un|por|el)\s+(?P<unit>\p{L}+)\b",
                               regex.I)
# A size said to lie within something is a part of that thing ("4,5 hectáreas de bosque dentro de la reserva"):
# not the reserve's size, but a part another article may state too ("45 hectares of forest inside the reserve").
_INSIDE = patterns.compile(r"\b(?:dentro\s+de|within|inside|en\s+el\s+interior\s+de)\b", regex.I)
WITHIN = "^within"   # the mark such a size leaves among a statement's words (ledger.Statement.about)


def within(text: str, quantity: Quantity, clause_end: int) -> tuple[str, ...]:
    """(WITHIN,) when a size is said to lie within something, else ()."""
    return (WITHIN,) if quantity.unit in SIZES and _INSIDE.search(text, quantity.end, clause_end) else ()


def _anothers_rate(text: str, quantity: Quantity, at: int, word: list[str], clause_end: int) -> bool:
    """Whether a rate word after the figure is another figure's: one stands between them ("12 trenes de
    seis coches cada uno"; not a conversion in parentheses: "900 pesos (40 euros) per sack"), or
    the word, standing for the figure's things and no noun's ("each made up of", "each with", "cada
    uno"), gives a figure after it ("18 trains, each made up of six cars"; not "four fighters in each
    class", "each team ... every season")."""
    if _holds_a_number(text, quantity.end, at):
        return True
    each, following = word[0], word[1] if len(word) > 1 else ""
    if each in _DISTRIBUTIVE and following and _holds_a_number(text, at, at + len(each) + 1 + len(following) + 1):
        return True   # "una vez cada nueve días", "once every nine days": how often, the next figure's
    pronoun = following in ("uno", "una") or following and not is_english_noun(following) if each in ("each", "every") \
        else following in ("uno", "una")
    return each in _DISTRIBUTIVE and pronoun and _holds_a_number(text, at, clause_end)


_DISTRIBUTIVE = frozenset("each every cada".split())
_IN_PARENTHESES = patterns.compile(r"\([^()]*\)")


def _holds_a_number(text: str, start: int, end: int) -> bool:
    if start >= end:
        return False
    span = _IN_PARENTHESES.sub(lambda m: " " * len(m.group()), text[start:end])   # offsets kept
    return bool(numbers_in(span) or spelled_numbers_in(span))


def _per_one(text: str, quantity: Quantity) -> bool:
    """Whether the words after a figure say how much for each one of a noun (_PER_ONE_AFTER); a period
    ("$5 million a year") is the measure's own (ledger.per_period), compared with one of its period."""
    each = _PER_ONE_AFTER.match(text, quantity.end)
    return bool(each) and quantity.unit not in POPULATION_UNITS and not is_fraction(quantity) \
        and not scopes.period_after(text, quantity.end) \
        and is_english_noun(each.group(1))   # "half a second" is a part of one


# A rate per one of a unit or a thing right after a figure: "180 milligrams per liter", "440 miligramos por
# litro", "$16.71 per kilowatt-month", "19,28 dólares por kilovatio-mes", "unos 21 millones de ejemplares por
# hectárea". A figure read by its unit (measure "quantity") is compared with rates of the same denominator only
# (ledger._words_about marks it "/liter"), as a period's rate is with rates of its period; no article ("por la
# venta", "per the agreement": why, not per what), no time (a period: scopes.period_after).
_DENOMINATOR_AFTER = patterns.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:of|de)\s+\p{Ll}[\p{L}\p{M}-]*\s+)?"
                                      r"(?P<per>per|por)\s+(?P<noun>\p{Ll}[\p{L}\p{M}-]*)\b")   # "180 milligrams of sodium per liter"
DENOMINATOR = "/"   # the mark of a denominator among a statement's words: "/liter"


class Denominator(NamedTuple):
    noun: str   # folded, as written: compared by translation or cognate (compare._one_kind)
    at: int     # where its "per" or "por" stands


def denominator(text: str, quantity: Quantity) -> Denominator | None:
    """The noun a figure is a rate per one of, said right after it ("liter", "litro"), or None."""
    per = _DENOMINATOR_AFTER.match(text, quantity.end)
    if not per or quantity.unit in _PER_IN_UNIT or fold(per.group("noun")) in _NOT_A_DENOMINATOR \
            or scopes.period_after(text, quantity.end):
        return None
    return Denominator(fold(per.group("noun")), per.start("per"))


_NOT_A_DENOMINATOR = _TIMES | frozenset("""ciento cent the a an el la los las un una su sus cada each every ejemplo
    example ahora now of de uno one""".split())
# The same rate said of each one of a subject before the figure: "Each neighborhood goes without water for 12
# hours", "Cada barrio sufre cortes de 24 horas": 12 hours per neighborhood (a name may stand between: "Each
# Izalco neighborhood").
_EACH_BEFORE = patterns.compile(r"(?<![\p{L}-])(?P<each>(?i:each|every|cada))\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)?"
                                r"(?P<noun>\p{Ll}[\p{L}\p{M}-]*)")


def each_one_of(text: str, quantity: Quantity, clause_start: int):
    """The match of "each"/"cada" and its noun before the figure in its clause, if the figure is a rate per it."""
    each = patterns.last_match(_EACH_BEFORE.finditer(text, clause_start, quantity.start))
    noun = each and each.group("noun")
    return each if each and fold(noun) not in _NOT_A_DENOMINATOR and not _holds_a_number(text, each.start("noun"), quantity.start) \
        and (is_english_noun(noun) or has_class("es", fold(noun), "noun")) \
        and not has_class("en", noun.lower(), "past", "participle", "ing") else None   # not "each made up of"


def _part_after(text: str, quantity: Quantity, after: str):
    """The words after a figure that say it is a part of what follows (_PART_AFTER), or None. Only an area is a
    part of the one place "de la"/"del" names, and not after a definite article (_PART_OF_THE_ONE_AFTER): not
    "320.000 salmones del Atlántico", nor "las 2.000 hectáreas del parque"."""
    if part := _PART_AFTER.match(after):
        return part
    if quantity.unit == AREA and not _OWN_BEFORE.search(text, max(0, quantity.start - 5), quantity.start):
        return _PART_OF_THE_ONE_AFTER.match(after)
    return None


def _whose(unit: str, after: str, at: int) -> bool:
    """Whether "of the ..." (after[:at]) after a figure says whose or where its people are, not what they
    are a part of: a count of people by their noun, of a name or of a place ("About 400,000 customers of
    the Puerto Rico Aqueduct and Sewer Authority", "Unos 3.000 pescadores de las orillas peruana y
    boliviana"). A part: people of a body named by a common noun ("two members of the
    board resigned"), things ("three countries of the region", "430 votes of the IPR"), a unit of
    measure or money ("12 hectares of the reserve's core zone", "$3 million of the budget")."""
    if not _counts_people(unit):
        return False
    whose = _WORD_AFTER.match(after, at)
    return bool(whose) and (whose.group(1)[0].isupper() or any(
        has_class(language, fold(whose.group(1)), "n.location", "n.object") for language in ("en", "es")))


@lru_cache(maxsize=1024)
def _counts_people(unit: str) -> bool:
    """Whether a unit is a noun of people (WordNet's n.person: customer, fisherman, deputy), no unit of measure."""
    return (unit in COUNTED_SYNONYMS or counted_by_a_noun(unit)) and unit not in SPECIFIC_UNITS \
        and bool(person_noun(unit, "word"))


_WORD_AFTER = patterns.compile(r"\s*(\p{L}[\p{L}\p{M}'’-]*)")


def not_compared(text: str, quantity: Quantity, clause_start: int, clause_end: int, measure: str = "") -> str:
    """Why the figure is never compared (a change, range, rate or part), or ""."""
    before = text[max(clause_start, quantity.start - 30):quantity.start]
    after = text[quantity.end:clause_end]
    if _a_range(text, quantity, after):
        if from_to_end(text, quantity) and _says_a_change(text, clause_start, quantity.start):
            return "change"   # "raising the fare from 45 cents to 60 cents": the level left and the level reached
        return "range"
    if _ONE_IN.search(before):
        return "rate"   # "one in four people", "uno de cada cuatro": a share, not a count
    if quantity.unit in SIZES_OF_EACH and _EACH_OF_COUNTED.search(before):
        return "rate"   # "5,2 millones de sacos de 60 kilos": what each sack weighs
    if _COMPOUND_BEFORE.search(text, max(0, quantity.start - 30), quantity.start):   # (" y " ends a clause)
        return "part"   # "una hora y 50 minutos": of a compound amount
    if _a_class_record(text, clause_start, quantity.start):
        return "record of a class"   # "the oldest age on record is 122 years": no one's own figure
    if _per_one(text, quantity) or _exchange_rate(text, quantity):
        return "rate"
    if _AGO_AFTER.match(after) or _AGO_BEFORE.search(before):
        return "date"   # "three years ago", "hace tres años", "dos semanas antes": when, not how long
    if _REST_BEFORE.search(before) or _REST_AFTER.match(after):
        return "rest"   # "el 60% restante", "the remaining 60%": what is left of a whole once a part is taken
    if measure in EVENTS_OF_PEOPLE and _PART_BEFORE.search(before):
        return "whole"   # "freed 12 of the 40 inmates": the verb counts the 12; the 40 are all there are
    if _OUT_OF_A_WHOLE.search(text, max(0, quantity.start - 60), quantity.start):
        return "whole"   # "ocupa 23 hectáreas, de un terreno de 166 hectáreas": the plot's, not what it occupies
    part_after = _part_after(text, quantity, after)
    if (part_after and quantity.unit not in AMOUNTS_OF_STUFF and not _whose(quantity.unit, after, part_after.end())
            or _OF_THE_TOTAL.search(text, clause_start, clause_end)) and quantity.unit != "percent":
        return "part"   # "12 hectares of the reserve's core zone", "aporta 1,5 millones al total"; but "12% of the
        # electricity" says what it measures
    if _DIFFERENCE_AFTER.match(after) or quantity.unit == "percent" and _PERCENT_FROM.match(after) \
            or _FROM_A_NORM.match(after) or _EXCEEDED_BY.search(before):
        return "change"   # "14.27 dollars more than now", "38% below the historical average": a difference
    periods = scopes.period_spans(text, clause_start, clause_end)
    if periods and measure not in ("quantity", "") and not scopes.period_after(text, quantity.end) \
            and quantity.unit not in SIZES:   # "vigila cada noche los 29 kilómetros de playa": the watch's period
        return "rate"   # "weekly visits during nine months of detention": a period, but not the figure's (ledger.per_period)
    words = words_at(text, clause_start, clause_end)
    if periods:
        words = [(at, w) for at, w in words if not any(a <= at < b for a, b in periods)]
    keys = [w for _, w in words]
    for i in range(len(keys)):
        if keys[i] not in _FIRST_WORDS:
            continue   # no phrase of the table opens with it
        for length in _LONGEST:
            why = _NOT_COMPARED_WORDS.get(tuple(keys[i:i + length]))
            if why and not _excused(why, text, quantity, words, keys, i, length, measure, clause_end):
                return why
    if quantity.unit not in ("date", "day") and _INCREMENT_BEFORE.search(before):
        return "change"   # "Another 500 migrants arrived", "otros 300": what is added, not the total
    return ""


def _says_a_change(text: str, start: int, end: int) -> bool:
    """Whether a word of text[start:end] says a change ("raising", "subir", "cut"): the clause before a
    figure, where the verb of "from X to Y" stands ("snow (from 20 to 30 centimetres) fell": what fell)."""
    keys = [w for _, w in words_at(text, start, end)]
    return any(_NOT_COMPARED_WORDS.get(tuple(keys[i:i + length])) == "change"
               for i in range(len(keys)) if keys[i] in _FIRST_WORDS for length in _LONGEST)


def _excused(why: str, text: str, quantity: Quantity, words: list[tuple[int, str]], keys: list[str], i: int,
             length: int, measure: str, clause_end: int) -> bool:
    """Whether the words keys[i:i + length], which say why a figure is not compared, say it of
    something else than the figure."""
    at = words[i][0]
    following = keys[i + length] if i + length < len(keys) else None
    if why == "change":
        # "About 30 vehicles fell with the deck": what fell; "the 12th cut": how many changes, not by how much
        return (at > quantity.start and length == 1 and keys[i] not in _CHANGE_AFTER) or quantity.unit == "ordinal" \
            or _what_fell(text, quantity, keys[i], at) or _another_sense(quantity, keys[i], text, at)
    if why == "rate":
        if measure == "quantity" and keys[i] == "per" and (per := denominator(text, quantity)) and at == per.at:
            return True   # "180 milligrams per liter": compared with rates per liter (denominator)
        if measure == "quantity" and at < quantity.start and keys[i] in _DISTRIBUTIVE \
                and (each := each_one_of(text, quantity, words[0][0] if words else quantity.start)) and each.start() == at:
            return True   # "Each neighborhood goes without water for 12 hours": per neighborhood (ledger)
        # "a week after": when; "98.83 per cent": the unit's own "per"; "the park's 22-mile beach every
        # night": another's period; "18 trains, each made up of six cars": the cars' count
        return bool(following in _WHEN_AFTER
                    or keys[i] == "a" and scopes.how_long(text, at, following)   # "after a month of repairs"
                    or quantity.unit in _PER_IN_UNIT and quantity.start <= at < quantity.end
                    or quantity.unit in SIZES and (at > quantity.end and text[quantity.end:at].strip()
                                                    or following in _TIMES)
                    or at >= quantity.end and _anothers_rate(text, quantity, at, keys[i:i + 2], clause_end))
    if why == "threshold":
        # "needed 14 hours to bring the blaze under control": the time it took; "will require an
        # investment of about $1.1 billion": what it costs
        return quantity.unit == "hour" or measure == "cost"
    return False


def _another_sense(quantity: Quantity, word: str, text: str, at: int) -> bool:
    """Whether a change word at `at` says something else: "fall" the season, a waterfall or a collapse ("this
    fall", "the falls' flow", "the fall of the Republic"), "rises" before a length a height ("the dam rises 225 feet
    above the river")."""
    if word in ("fall", "falls"):
        return any(found.start() <= at < found.end() for found in _NOT_A_FALL.finditer(text, max(0, at - 16), at + 14))
    return word == "rises" and quantity.unit == "km"


def _what_fell(text: str, quantity: Quantity, verb: str, at: int) -> bool:
    """Whether a figure right after a verb of falling at `at`, of a stuff, is the stuff that fell, not by how
    much something fell: "cayeron 24 milímetros de lluvia", "fell 3 tonnes of ash"."""
    return verb in _FELL and quantity.unit in _STUFF_FALLING and bool(_STUFF_AFTER.match(text, quantity.end)) \
        and not text[at + len(verb):quantity.start].strip(" ,")
