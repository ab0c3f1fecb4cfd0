"""A figure as a fact states it: value, unit, approximation and the values it allows.

"about 74 kilometers", "75 kilometers (47 miles)", "over 250 Venezuelans", "$115 million",
"115 millones de dólares", "capacity for up to 40,000 inmates", "doce mil presos": each is read
into a Quantity whose interval holds every value the wording allows, in one unit per dimension
(kilometres, US dollars), so two statements can be compared by whether their intervals meet.

A figure stands for the values that round to it, at its last non-zero digit, but at most 2.5%
either way (5% with about, around, some, unos): "75" allows 74.5 to 75.5, "about 15,000" allows
14,500 to 15,500, "40,000" allows 39,000 to 41,000. The bounds are half-open, as rounding is,
so "about 74" and "75" do not meet: a desk publishing both has two figures for one distance.

The word after the figure, the unit it is in or the noun it counts, and the unit tables are read in
units.py (unit_after); this module reads the figure around it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Callable, NamedTuple

import regex

from xlate.infra import patterns
from xlate.text.counted_nouns import english_singular
from xlate.text.fold import fold
from xlate.text.numbers import ORDINAL_SUFFIX, SCALES, Number, numbers_in, spelled_numbers_in
from xlate.text.screens import screened
# the unit's word after a figure and the unit tables (xlate/text/units.py)
from xlate.text.units import (CELSIUS, COUNTED, COUNTED_SYNONYMS, CURRENCY_SIGN, CURRENCY_SIGNS, FUNCTION_WORDS, MEASURED_UNITS,
                              MEASURES, NOUN_RE, SET_AGAINST, SPEED, english_class, unit_after)

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
        for name, words in QUALIFIERS.items()) + r")\s+" + CURRENCY_SIGN + r"?\s*$", regex.I)

# A currency's sign before a figure (units.CURRENCY_SIGNS: "$", "US$", "R$", "S/"; no code), not a dollar
# sign after other letters ("C$", "HK$": no US dollar, and no sign of the table)
_CURRENCY_BEFORE = patterns.compile(r"(" + CURRENCY_SIGN + r")\s*$")
_NAMED_NUMBER = patterns.compile(r"(\p{Lu}[\p{L}\p{M}]+) $")
# A model's designation, letters joined to the number by a hyphen: "Z-159 jets", "the IZ-2 rocket",
# "Izalco-1", "F-15 fighter jets", "XR-40 rifle": a name, as "Apollo 11" is, no count of aircraft or rockets.
_DESIGNATION = patterns.compile(r"(?<![\p{L}\p{M}\d])(?P<letters>\p{Lu}[\p{L}\p{M}]*)-$")
# A hyphen and a figure after a unit open a designation ("Two Z-159 jets"); a unit word written again after
# either figure makes the two a range of measures instead: "5 km-10 km", "3 kg-4 kg", "20 C-25 C".
_DESIGNATION_AFTER = patterns.compile(r"-\d[\d.,]*")
_UNIT_WORD = patterns.compile(r"\s?(?P<unit>[\p{L}°]*)")
_SPREAD_OVER = patterns.compile(r"\b(?:spread|spreads|extends?|extending|stretch(?:es|ing)?|scattered|distributed)\s+over$",
                             regex.I)
_CONVERSION_RE = patterns.compile(r"\s*\(\s*(?:about\s+|some\s+|unos\s+)?$")


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
        unit, _, unit_end, _ = unit_after(text, match.end() - 1, end)
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


@lru_cache(maxsize=1024)
def is_superlative(word: str) -> bool:
    """An English word in -est whose stem the lexicon calls an adjective: "longest" (long), "largest" (large),
    "biggest" (big), "busiest" (busy); not a noun ("test", "forest") nor an adjective of its own ("honest", "modest")."""
    from xlate.text.word_classes import has_class   # read only when a word's class decides a figure
    word = word.lower()
    if not word.endswith("est") or len(word) < 5 or has_class("en", word, "noun"):
        return False
    stems = {word[:-3], word[:-2]} | ({word[:-4]} if word[-4] == word[-5] else set()) \
        | ({word[:-4] + "y"} if word[-4] == "i" else set())
    return any(len(stem) > 1 and has_class("en", stem, "adj") for stem in stems)


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
            quantity = _elided(text, number, found[-1]) or _shared_out(text, number, found[-1]) \
                or _gapped(text, number, found[-1])
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
            or unit_after(text, whole.end, len(text))[0] in MEASURES:
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
    if _names_designation(text, before, number.end):
        return None   # Z-159, IZ-2
    sign = _CURRENCY_BEFORE.search(before)
    unit, factor, end, compound = unit_after(text, number.end, limit, language)
    if unit and _opens_designation(text, number.end, end):
        return None   # "Two Z-159 jets": the letter opens a designation, no unit of two
    if sign:
        unit, factor = CURRENCY_SIGNS[sign.group(1)], 1
    elif not unit and (_AGE_DIGITS.fullmatch(text, number.start, number.end) and is_age_apposition(text, number.start, number.end)
                      or _AGE_CLAUSE.search(before)):
        unit, factor = "year", 1   # "Ana Pérez, 45, said", "Boric, who is 37,"
    elif not unit:
        unit, end = _changed_to(text, number, before, end, language)   # "cut daily transits to 24"
        factor = 1
    if not unit or _WRITTEN_ORDINAL.search(number.text) and unit not in _ELAPSED:
        return None   # "the 12th cut", "3º sindicato", "the 185th kilometer" say which one; "its 12th day" how long
    if unit in MEASURES and number.value == int(number.value) and (half := _A_HALF.match(text, end, limit)):
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


def _names_designation(text: str, before: str, figure_end: int) -> bool:
    """Whether a figure is a designation's number: capitalised letters and a hyphen before it ("IZ-2"),
    which are not a unit written again after it ("20 C-25 C" is a range of temperatures)."""
    letters = _DESIGNATION.search(before)
    return bool(letters) and fold(letters.group("letters")) != _unit_word(text, figure_end)


def _opens_designation(text: str, figure_end: int, unit_end: int) -> bool:
    """Whether the unit word read after a figure is a designation's letters: a hyphen and a figure follow it,
    and no second writing of the same unit after that figure (which would make the two a range)."""
    after = _DESIGNATION_AFTER.match(text, unit_end)
    return bool(after) and _unit_word(text, after.end()) != fold(text[figure_end:unit_end].strip())


def _unit_word(text: str, position: int) -> str:
    return fold(_UNIT_WORD.match(text, position).group("unit"))


def _changed_to(text: str, number, before: str, end: int, language: str) -> tuple[str, int]:
    """(the noun counted, the figure's end) of a figure a change brings its object to (above), or ("", end)."""
    if language != "en" and _SPANISH_TO.search(before) and (noun := _TO_ARTICLE_NOUN.match(text, number.end)):
        key = fold(noun.group("noun"))
        if key.endswith("s") and key not in FUNCTION_WORDS and key not in _WEEKDAYS:   # "bajó a 3 los domingos"
            english = english_singular(key, "es")
            return COUNTED.get(english, english), noun.end()
    if language != "es" and (change := _CHANGED_OBJECT_TO.search(text, max(0, number.start - 80), number.start)):
        plurals = [word for word in NOUN_RE.finditer(change.group("object")) if english_class(fold(word.group())) == "plural"]
        if plurals:
            english = english_singular(fold(plurals[-1].group()), "en")
            return COUNTED.get(english, english), end
    return "", end


# The first end of "de 35 a 60 centavos", "from 45 to 60 cents": written without its unit, which is the
# second end's; not "from 5 to 7 million" (the second's scale is its own). Only "from X to Y", as a change
# writes the level it left and the one it reached ("between 20 and 35 euros" stays the second's alone).
# FROM_WORDS and TO_WORDS are the words of either end in both languages ("from X to Y", "de X a Y", "desde X hasta Y"),
# for every pattern of "from X to Y" (here and comparable.from_to_end).
FROM_WORDS = r"(?:from|de|desde)"
TO_WORDS = r"(?:to|a|hasta)"
_TO_THE_NEXT = patterns.compile(rf"\s+{TO_WORDS}\s+", regex.I)
_FROM_THE_FIRST = patterns.compile(rf"\b{FROM_WORDS}\s+$", regex.I)


def _first_end(text: str, number, numbers, limit: int, language: str) -> Quantity | None:
    """The first end of a change written "from X to Y" with its unit after the second, or None."""
    second = next((other for other in numbers if other.start > number.start), None)
    to = _TO_THE_NEXT.match(text, number.end)
    if second is None or not to or to.end() != second.start or not second.text.replace(".", "").replace(",", "").isdigit() \
            or not _FROM_THE_FIRST.search(text, max(0, number.start - 8), number.start) \
            or not number.text.replace(".", "").replace(",", "").isdigit() or _NOT_ELIDED.fullmatch(number.text):
        return None
    unit, factor, _, compound = unit_after(text, second.end, limit, language)
    if unit not in MEASURES or compound:
        return None   # measured units only: "12 to 15 people" says its own noun after each end as often as not
    low, high = interval(number.value, "")
    return Quantity(number.start, number.end, text[number.start:number.end], number.value, unit, "",
                    float(low * factor), float(high * factor), False)


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
    the half read as its multiple ("1 and a half billion"), or number. After a scale word the half is the
    scale's, in either language: "a million and a half", "un millón y medio", "dos millones y medio"."""
    half = _A_HALF.match(text, number.end)
    if not half or number.value != int(number.value):
        return number
    scale = _scale_written(number.text)
    if half.group("spanish") and scale == 1:
        return number   # "cinco horas y media": the unit's half, read after the unit (_quantity)
    value, end = number.value + Decimal(scale) / 2, half.end()
    if scale == 1 and (after := _SCALE_AFTER.match(text, end)):
        value, end = value * SCALES[" ".join(after.group("scale").lower().split())], after.end()
    return Number(number.start, end, text[number.start:end], value)


def _scale_written(number_text: str) -> int:
    """The scale word a number ends with ("a million": 1,000,000; "dos millones"; "3 mil millones"), else 1."""
    words = number_text.lower().split()
    for last in (" ".join(words[-2:]), words[-1] if words else ""):
        if last in SCALES:
            return SCALES[last]
    return 1


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
    return _in_unit_before(text, number, previous, before)


def _in_unit_before(text: str, number, previous: Quantity, before: str) -> Quantity:
    """A bare number as a figure in the unit of the one before it, with the qualifier that ends before
    (text[number.start - len(before):number.start]): "roughly 31,000" of "92,000 hectares and Bolivia roughly 31,000"."""
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


# A figure of a gapped clause, its verb and unit written once: "Peru had about 92,000 hectares and Bolivia roughly
# 31,000", "Chile exportó 1,2 millones de toneladas y Perú unas 800.000": after "and"/"y" and a name (its subject)
# the number alone, at the clause's end, measures what the first does, of that name. Read, the sentence states two
# figures of two entities, a list, not one figure that another article's restatement of the first must match.
_GAPPED_SUBJECT = patterns.compile(r"[^.;:!?()\d]{0,60}?\s(?:and|y|e|while|whereas|mientras\s+que)\s+"
                                   r"(?:(?:the|el|la|los|las)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|del|of)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*"
                                   r"(?:\s+\p{Ll}+){0,2}\s+$")
_CLAUSE_END = patterns.compile(r"\s*(?:$|[.,;:)—–])")


def _gapped(text: str, number, previous: Quantity) -> Quantity | None:
    """The figure of a gapped clause (above) in the unit of the figure before it, or None."""
    if not _GAPPED_SUBJECT.fullmatch(text, previous.end, number.start) or not _CLAUSE_END.match(text, number.end) \
            or _NOT_ELIDED.fullmatch(text, number.start, number.end):
        return None
    return _in_unit_before(text, number, previous, text[max(previous.end, number.start - 40):number.start])


_SENTENCE_START = patterns.compile(r"(?:^|[.!?]\s+|\n\s*|\s[—–]\s+)$")   # a dateline's dash opens one: "LIMA — Murieron"


def _opening_word(before: str, named, is_word: Callable[[str], bool]) -> bool:
    """A sentence's capitalised first word that is a word of the language: "Hay 40 presos",
    "Quedan 12 detenidos" state figures; "Route 66" mid-sentence is a name."""
    return bool(_SENTENCE_START.search(before, 0, named.start())) and is_word(named.group(1))


_AGE_CLAUSE = patterns.compile(r"\b(?:who|who\s+is\s+now|quien)\s+(?:is|was|turned|turns|cumplió|cumple)\s+$|\bwho\s+is\s+$", regex.I)
# A person's age written between commas right after a name, in news copy: a bare number ("Ana Pérez, 45,
# said", up to three digits) or years ("Marta Ruiz, 22 años, una de las guías", "The nurse from Izalco, 30
# years, arrived first"). The one place that decides it: _quantity for a bare number, the fact ledger for years.
_AGE_APPOSITION_BEFORE = patterns.compile(r"\p{Lu}[\p{L}\p{M}'’-]+,\s*$")
_AGE_DIGITS = patterns.compile(r"\d{1,3}")


def is_age_apposition(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] (a bare number, or years) stands between commas right after a name:
    in news copy, the person's age."""
    return text.startswith(",", end) and bool(_AGE_APPOSITION_BEFORE.search(text, max(0, start - 40), start))


def _qualifier_name(match) -> str:
    if not match:
        return ""
    return next(name.replace("_", " ") for name, value in match.groupdict().items() if value and name != "words")


TEMPERATURES = frozenset({"°F", CELSIUS})
# A temperature below zero: a minus sign or a hyphen standing for one right before the figure ("-5 °C", "−5"),
# or the word ("minus 5 degrees", "menos 5 grados"); not a hyphen joining words ("Covid-19").
_BELOW_ZERO = patterns.compile(r"(?:(?:^|(?<=[\s(]))[-−–]|\b(?i:minus|menos)\s+)$")


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
