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
from typing import NamedTuple

import regex

from xlate.infra import patterns
from xlate.text.fold import fold
from xlate.text.numbers import numbers_in, spelled_numbers_in

INFINITY = float("inf")

# What the words just before a figure say about it. Longest phrases first when matching.
# What the words just before a figure say about it ("_" joins the words of a phrase).
QUALIFIERS = {
    "about": """about around some roughly approximately an_estimated estimated unos unas alrededor_de
                aproximadamente cerca_de en_torno_a""",
    "over": "over more_than above in_excess_of upwards_of exceeding más_de mas_de superior_a",
    "at least": "at_least no_fewer_than no_less_than al_menos por_lo_menos como_mínimo no_menos_de",
    "up to": "up_to as_many_as as_much_as at_most a_maximum_of no_more_than hasta como_máximo un_máximo_de",
    "under": "under less_than fewer_than below menos_de",
    "nearly": "nearly almost close_to just_under casi",
}
_QUALIFIER_RE = patterns.compile(
    r"(?<![\p{L}])(?P<words>" + "|".join(
        f"(?P<{name.replace(' ', '_')}>"
        + "|".join(p.replace("_", r"\s+") for p in sorted(words.split(), key=len, reverse=True)) + ")"
        for name, words in QUALIFIERS.items()) + r")\s+(?:US)?[$€£]?\s*$", regex.I)

# Units with a dimension convert into the dimension's unit; the rest are counted nouns.
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
    "year": ("year", 1), "years": ("year", 1), "ano": ("year", 1), "anos": ("year", 1),
    "month": ("month", 1), "months": ("month", 1), "mes": ("month", 1), "meses": ("month", 1),
    "hectare": ("hectare", 1), "hectares": ("hectare", 1), "hectarea": ("hectare", 1), "hectareas": ("hectare", 1),
}
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "£": "GBP"}

# Counted nouns that name the same thing in either language, so "15,000 inmates" and "15.000 reos" compare.
COUNTED_SYNONYMS = {
    "prisoner": "inmate inmates prisoner prisoners detainee detainees reo reos preso presos recluso reclusos "
                "interno internos prisionero prisioneros privados",
    "person": "people person persons personas persona individuals",
    "death": "death deaths dead muerte muertes muertos fallecidos victims victimas homicide homicides "
             "homicidio homicidios murders asesinatos",
    "migrant": "migrant migrants migrante migrantes inmigrantes immigrants",
    "soldier": "soldier soldiers soldado soldados troops",
    "inhabitant": "inhabitant inhabitants residents habitantes pobladores",
    "member": "member members miembros integrantes",
    "worker": "worker workers employee employees staff trabajadores empleados",
}
_COUNTED = {word: unit for unit, words in COUNTED_SYNONYMS.items() for word in words.split()}
# Words between a figure and its noun that say nothing about what is counted.
_SKIPPED_BEFORE_NOUN = frozenset("""more other new large small additional young former alleged suspected
                                    mas otros otras nuevos nuevas""".split())
NOUN_RE = patterns.compile(r"[\p{L}][\p{L}\p{M}'’]*")
_CURRENCY_BEFORE = patterns.compile(r"(US\$|\$|€|£)\s*$")
_SPACE_OR_DE = patterns.compile(r"\s*(?:de\s+)?")
_NAMED_NUMBER = patterns.compile(r"(\p{Lu}[\p{L}\p{M}]+) $")
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


def quantities_in(text: str, start: int, end: int, spelled: bool = True) -> list[Quantity]:
    """Every figure in text[start:end] with its unit; figures written in parentheses right after
    one of the same dimension ("75 kilometers (47 miles)") are its conversion, not a new figure.
    spelled=False: the caller knows the text holds no number word ("doce", "twenty")."""
    found: list[Quantity] = []
    numbers = sorted([*numbers_in(text, start, end), *(spelled_numbers_in(text, start, end) if spelled else ())])
    for number in numbers:
        quantity = _quantity(text, number, end)
        if quantity is None:
            continue
        if found and _is_conversion(text, found[-1], quantity):
            continue
        found.append(quantity)
    return found


def _quantity(text: str, number, limit: int) -> Quantity | None:
    before = text[max(0, number.start - 40):number.start]
    named = _NAMED_NUMBER.search(before)
    if named and fold(named.group(1)) not in FUNCTION_WORDS:
        return None   # Barrio 18, Apollo 11, Route 66: a name, not a figure
    sign = _CURRENCY_BEFORE.search(before)
    unit, factor, end, compound = _unit_after(text, number.end, limit)
    if sign:
        unit, factor = CURRENCY_SIGNS[sign.group(1)], 1
    elif not unit and is_age_apposition(text, number.start, number.end):
        unit, factor = "year", 1   # "Ana Pérez, 45, said"
    if not unit:
        return None
    qualifier_match = _QUALIFIER_RE.search(before)
    qualifier = _qualifier_name(qualifier_match)
    start = number.start - (len(before) - qualifier_match.start("words") if qualifier_match
                            else len(sign.group()) if sign else 0)
    low, high = interval(number.value, qualifier)
    return Quantity(start, end, text[start:end], number.value, unit, qualifier,
                    float(low * factor), float(high * factor) if high != INFINITY else INFINITY, compound)


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


def _unit_after(text: str, position: int, limit: int) -> tuple[str, Decimal | int, int, bool]:
    """(unit, factor into it, end of the unit's word, written as a compound) of the figure ending at position."""
    rest = text[position:min(limit, position + 60)]
    if rest.startswith("%"):
        return "percent", 1, position + 1, False
    compound = rest.startswith("-")
    words = list(NOUN_RE.finditer(rest[1:] if compound else rest))
    offset = position + (1 if compound else 0)
    if not words or (not compound and not _SPACE_OR_DE.fullmatch(rest, 0, words[0].start())):
        return "", 0, position, False
    two = fold(" ".join(w.group() for w in words[:2]))
    if len(words) > 1 and two in MEASURED_UNITS:   # per cent, por ciento
        unit, factor = MEASURED_UNITS[two]
        return unit, factor, offset + words[1].end(), compound
    index = 0
    if fold(words[0].group()) == "de" and len(words) > 1:   # 115 millones de dólares, 12.000 de ellos
        index = 1
    while index < len(words) - 1 and fold(words[index].group()) in _SKIPPED_BEFORE_NOUN:
        index += 1
    word = words[index]
    if index and not _SPACES.fullmatch(rest[words[index - 1].end() + (1 if compound else 0):
                                            word.start() + (1 if compound else 0)]):
        return "", 0, position, False
    key = fold(word.group())
    if word.group()[:1].isupper() and not compound and key.upper() != word.group() and not _capitalised_counted(key):
        return "", 0, position, False   # "28 Articles" in a heading; "Venezuelans" is counted
    if key in MEASURED_UNITS:
        unit, factor = MEASURED_UNITS[key]
        end = offset + word.end()
        if compound and unit == "year" and text.startswith("-old", end):
            end += len("-old")   # "a 45-year-old lawyer"
        return unit, factor, end, compound
    if key in FUNCTION_WORDS or key.endswith(("ed", "ing")) and key not in _COUNTED:
        return "", 0, position, False   # "300 deported", "12 remaining": a verb, not what is counted
    return _COUNTED.get(key, _singular(key)), 1, offset + word.end(), compound


FUNCTION_WORDS = frozenset("""the a an some about over nearly almost around only just all its his her their our
    it he she they we you him them us el ella ellos ellas nosotros usted ustedes eso esto
    unos unas casi of to in on at by for from and or but with as is are was were be been
    has have had that this these those than which who de del la las los el en y o a con por para que se su sus
    es son fue fueron ha han un una al lo le les per each cada""".split())


def _capitalised_counted(key: str) -> bool:
    """English writes the peoples it counts with a capital: 250 Venezuelans, 3 Americans."""
    return key.endswith(("ans", "ese", "ish", "is", "an"))


def _singular(key: str) -> str:
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return key


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


def _is_conversion(text: str, previous: Quantity, quantity: Quantity) -> bool:
    """'75 kilometers (47 miles)': a figure in parentheses right after one of the same unit."""
    between = text[previous.end:quantity.start]
    return previous.unit == quantity.unit and bool(_CONVERSION_RE.fullmatch(between))
