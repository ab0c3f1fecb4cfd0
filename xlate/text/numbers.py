"""Numbers written in digits in Spanish or English prose, as comparable values.

Precise rather than clever: 40.000, 40,000 and 40 000 (non-breaking space) are
forty thousand in either language (a separator followed by exactly three digits
groups thousands); 2,5 and 2.5 are two and a half; a scale word right after the
number multiplies it ("115 millones", "$115 million", "1,5 mil millones" and
"1.5 billion"). Times (10:30), dates written with slashes (15/03/2024) and
digits glued to letters (G20, 1990s, 10km) are not numbers here.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import NamedTuple

import regex

NUMBER_PATTERN = r"""
    (?<![\p{L}\p{Nd}.,:/])
    (?:(?P<grouped>\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?)|(?P<plain>\d+(?:[.,]\d+)?))
    (?!\p{Nd}|[:/]\d|[.,]\d)
    (?:\.?[ºª]|st|nd|rd|th)?
    (?!\p{L})
    (?:[ \u00a0]+(?P<scale>mil\ millones|millardos?|millones|millón|billones|billón|mil
                          |thousand|million|billion|trillion)\b)?
"""

SCALES = {
    "mil": 10**3, "mil millones": 10**9, "millón": 10**6, "millones": 10**6, "millardo": 10**9,
    "millardos": 10**9, "billón": 10**12, "billones": 10**12,
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}

# Small numbers style guides spell out: a digit on one side may be a word on the other.
NUMBER_WORDS = {
    **{w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                  "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())},
    **{w: i for i, w in enumerate("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
                                  "catorce quince dieciséis diecisiete dieciocho diecinueve veinte".split())},
    "un": 1, "una": 1, "dozen": 12, "docena": 12,
}
WORD_PATTERN = r"\p{L}+"


class Number(NamedTuple):
    start: int
    end: int
    text: str
    value: Decimal


@cache
def _compiled(pattern: str, flags: int = 0):
    """Compiled on first use: most runs have no pairs, and the hook should start fast."""
    return regex.compile(pattern, flags)


def _value(match: regex.Match) -> Decimal:
    digits = match.group("grouped") or match.group("plain")
    if match.group("grouped"):
        thousands = digits[len(regex.match(r"\d+", digits)[0])]   # the character after the first digits
        digits = digits.replace(thousands, "")
    value = Decimal(digits.replace(",", "."))
    scale = match.group("scale")
    return value * SCALES[scale.lower()] if scale else value


def numbers_in(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    pattern = _compiled(NUMBER_PATTERN, regex.X | regex.I)
    return [Number(m.start(), m.end(), m.group().strip(), _value(m))
            for m in pattern.finditer(text, start, len(text) if end is None else end)]


def spelled_values(text: str, start: int = 0, end: int | None = None) -> set[Decimal]:
    """Values of the small numbers written as words in text[start:end]."""
    words = _compiled(WORD_PATTERN).findall(text, start, len(text) if end is None else end)
    return {Decimal(NUMBER_WORDS[w.lower()]) for w in words if w.lower() in NUMBER_WORDS}
