"""Numbers written in digits in Spanish or English prose, as comparable values.

Precise rather than clever: 40.000, 40,000 and 40 000 (non-breaking space) are
forty thousand in either language (a separator followed by exactly three digits
groups thousands); 2,5 and 2.5 are two and a half; a scale word right after the
number multiplies it ("115 millones", "$115 million", "1,5 mil millones",
"1.5 billion", and "a 30-million-euro loan"). Times (10:30), dates written with slashes (15/03/2024) and
digits glued to letters (G20, 1990s, 10km) are not numbers here, but a temperature's sign is no letter (35ºC). Numbers written
in words ("doce mil", "twenty-five thousand", "dos millones") are read by
spelled_numbers_in.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import NamedTuple

import regex

from xlate.infra import patterns

# What makes a number in figures an ordinal: "12th", "3º", "1.ª". The number reader keeps it; patterns that look
# for an ordinal in figures are built from it.
ORDINAL_SUFFIX = r"(?:st|nd|rd|th|\.?[ºª])"

NUMBER_PATTERN = r"""
    (?<![\p{L}\p{Nd}.,:/])
    (?:(?P<grouped>\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?)|(?P<plain>\d+(?:[.,]\d+)?))
    (?!\p{Nd}|[:/]\d|[.,]\d)
    """ + ORDINAL_SUFFIX + r"""?
    (?!(?![ºª][CF](?![\p{L}\d]))\p{L})    # "35ºC": the ordinal sign (a letter) opening a temperature's sign
    (?:(?:[ \u00a0]+|-)(?P<scale>mil\ millones|millardos?|millones|millón|billones|billón|mil
                          |thousand\ million|thousand|million|billion|trillion)\b)?
"""

SCALES = {
    "mil": 10**3, "mil millones": 10**9, "millón": 10**6, "millones": 10**6, "millardo": 10**9,
    "millardos": 10**9, "billón": 10**12, "billones": 10**12,
    "thousand": 10**3, "thousand million": 10**9, "million": 10**6, "billion": 10**9, "trillion": 10**12,
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

# Words that build larger spelled numbers: tens, hundreds and the Spanish twenties written as one word.
TENS_WORDS = {
    **dict(zip("thirty forty fifty sixty seventy eighty ninety".split(), range(30, 100, 10))),
    **dict(zip("treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(), range(30, 100, 10))),
    **dict(zip("veintiuno veintiún veintiuna veintidós veintitrés veinticuatro veinticinco veintiséis "
               "veintisiete veintiocho veintinueve".split(), [21, 21, 21, *range(22, 30)])),
}
HUNDRED_WORDS = {
    "hundred": 100, "cien": 100, "ciento": 100,
    **dict(zip("doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos "
               "novecientos".split(), range(200, 1000, 100))),
    **dict(zip("doscientas trescientas cuatrocientas quinientas seiscientas setecientas ochocientas "
               "novecientas".split(), range(200, 1000, 100))),
}
# "one", "un", "a" are numbers only before a scale word ("un millón", "a million"): alone they are articles.
_ONLY_WITH_SCALE = {"one", "un", "una", "uno", "a"}
_SPELLED_SCALES = {"thousand": 10**3, "mil": 10**3, "million": 10**6, "millones": 10**6, "millón": 10**6,
                   "billion": 10**9, "mil millones": 10**9, "millardos": 10**9}


class Number(NamedTuple):
    start: int
    end: int
    text: str
    value: Decimal


@cache
def _compiled(pattern: str, flags: int = 0):
    """Compiled on first use: most runs have no pairs, and the hook should start fast."""
    return patterns.compile(pattern, flags)


def _value(match: regex.Match) -> Decimal:
    digits = match.group("grouped") or match.group("plain")
    if match.group("grouped"):
        thousands = digits[len(_compiled(r"\d+").match(digits)[0])]   # the character after the first digits
        digits = digits.replace(thousands, "")
    value = Decimal(digits.replace(",", "."))
    scale = match.group("scale")
    return value * SCALES[scale.lower()] if scale else value


_NUMBER_FLAGS = regex.X | regex.I   # combined once: an enum's | costs more than a short paragraph's search


def numbers_in(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    end = len(text) if end is None else end
    if not _compiled(r"\d").search(text, start, end):
        return []   # every number starts with a digit, looked for in C first: most paragraphs hold none
    return [Number(m.start(), m.end(), m.group().strip(), _value(m))
            for m in _compiled(NUMBER_PATTERN, _NUMBER_FLAGS).finditer(text, start, end)]


def spelled_values(text: str, start: int = 0, end: int | None = None) -> set[Decimal]:
    """Values of the small numbers written as words in text[start:end]."""
    words = _compiled(WORD_PATTERN).findall(text, start, len(text) if end is None else end)
    return {Decimal(NUMBER_WORDS[w.lower()]) for w in words if w.lower() in NUMBER_WORDS}


@cache
def _spelled_pattern() -> str:
    words = sorted({*NUMBER_WORDS, *TENS_WORDS, *HUNDRED_WORDS, "a"} - {"docena"}, key=lambda w: (-len(w), w))   # a fixed order: the pattern is kept between runs (infra/patterns.py)
    word = patterns.literal_alternation(words)   # longest first, as a trie: tried at every letter of a paragraph
    scale = "(?:mil millones|millones|millón|millardos|thousand|million|billion|mil)"
    # twenty-five, ciento veinte, treinta y dos, one hundred and five, doce mil, dos millones, dos mil quinientos,
    # two thousand and ten, mil quinientos
    return (rf"(?<![\p{{L}}\p{{Nd}}-])(?:{word}|{scale})(?:(?:-|\s+(?:and\s+|y\s+)?)(?:{word}|{scale}))*"
            rf"(?![\p{{L}}\p{{Nd}}-])")


@cache
def spelled_number_words() -> frozenset[str]:
    """Every word a spelled number may start with (lowercase): a text holding none has none."""
    return frozenset({*NUMBER_WORDS, *TENS_WORDS, *HUNDRED_WORDS, *_SPELLED_SCALES} - _ONLY_WITH_SCALE
                     - {"docena", "dozen"})


def spelled_numbers_in(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Numbers written in words, in either language: "doce mil" is 12,000, "twenty-five" 25,
    "dos millones" 2,000,000. "One", "un" and "a" count only before a scale word ("un millón")."""
    end = len(text) if end is None else end
    if spelled_number_words().isdisjoint(_compiled(r"\w+").findall(text[start:end].lower())):
        return []   # words listed in C: the pattern is slow to try at every letter of a long text
    found = []
    pattern, at = _compiled(_spelled_pattern(), regex.I), start
    while match := pattern.search(text, at, end):
        words, at = match.group(), match.end()
        if between := _between_two(words):   # "entre cinco y seis horas", "de cinco a seis horas": two numbers
            words, at = words[:between.start()], match.start() + between.end()
        first, _, rest = words.partition(" ")
        offset = 0
        if first.lower() in _ONLY_WITH_SCALE and rest and rest.split()[0].lower() not in (*_SPELLED_SCALES, "hundred"):
            offset = len(first) + 1   # "a doce mil": the article, then the number
        value = _spelled_value(words[offset:].lower())
        if value is not None:
            found.append(Number(match.start() + offset, match.start() + len(words), words[offset:], Decimal(value)))
        elif half := _half_of_a_scale(text, match.start(), words):
            found.append(half)
    return found


# "medio millón" is half a million, as English "half a million" is (quantities reads that one as a fraction of "a
# million"; "millón" alone is no number here): the scale alone after "medio"
_HALF_BEFORE = r"(?<![\p{L}\p{Nd}-])medio\s+$"


def _half_of_a_scale(text: str, start: int, words: str) -> Number | None:
    """The number "medio" and the scale word at start say ("medio millón": 500,000), or None."""
    scale = _SPELLED_SCALES.get(words.lower())
    half = scale and scale > 1000 and _compiled(_HALF_BEFORE, regex.I).search(text, max(0, start - 8), start)
    return Number(half.start(), start + len(words), text[half.start():start + len(words)], Decimal(scale) / 2) \
        if half else None


# "y" joins a ten and its unit ("treinta y dos"), "and" an English hundred or scale and what follows
# ("one hundred and five", "two thousand and ten"); between other number words it joins two numbers ("entre
# cinco y seis horas", "between two and three years", "five and a half"), and before an English article the
# number ends ("a million and a half"). A Spanish "y un"/"y una" after a ten is the unit one ("cuarenta y un
# millones" is 41,000,000, "treinta y una" 31), never an article: only "and" is tested for one.
_JOINS_AFTER = {"y": frozenset(word for word, value in TENS_WORDS.items() if value in range(30, 100, 10)),
                "and": frozenset({"hundred", *_SPELLED_SCALES})}
_ARTICLES_AFTER = {"y": frozenset(), "and": frozenset({"a"})}


def _between_two(words: str):
    """The first word between two numbers in a spelled number's words: a "y"/"and" joining two (_not_joining), or
    an "a" after the first word, which ends a number ("de cinco a seis horas" was 12, "de ocho mil a diez
    mil pesos" one sum, "one hundred a day" none), or None."""
    article = _compiled(r"\s+a(?:\s+|$)", regex.I).search(words)
    conjunction = _not_joining(words)
    return min((found for found in (article, conjunction) if found), key=lambda found: found.start(), default=None)


def _not_joining(words: str):
    """The first "y"/"and" in a spelled number's words that joins two numbers rather than a number's parts
    (_JOINS_AFTER), or None."""
    for conjunction in _compiled(r"\s+(y|and)\s+", regex.I).finditer(words):
        before = _compiled(r"[\s-]+").split(words[:conjunction.start()])[-1].lower()
        after = [word.lower() for word in _compiled(r"[\s-]+").split(words[conjunction.end():])]
        joining = conjunction.group(1).lower()
        if before not in _JOINS_AFTER[joining] or after[0] in _ARTICLES_AFTER[joining] \
                or before in _SPELLED_SCALES and any(_SPELLED_SCALES.get(word, 0) >= _SPELLED_SCALES[before] for word in after):
            return conjunction   # "two thousand and three thousand": a scale as large again starts a number
    return None


def _spelled_value(words: str) -> int | None:
    parts = _compiled(r"[\s-]+").split(words.replace("mil millones", "mil_millones"))
    parts = [p.replace("mil_millones", "mil millones") for p in parts if p not in ("and", "y")]
    if parts[-1] in _ONLY_WITH_SCALE and not _is_unit_one(parts) \
            or parts[0] in _SPELLED_SCALES and parts[0] not in ("mil", "mil millones"):
        return None   # "a", "un" alone are articles; "millones de personas" is no figure ("mil" is one)
    total = current = 0
    for part in parts:
        if part in _SPELLED_SCALES:
            total += max(current, 1) * _SPELLED_SCALES[part]
            current = 0
        elif part in HUNDRED_WORDS:
            current = max(current, 1) * 100 if part in ("hundred",) else current + HUNDRED_WORDS[part]
        elif part in _ONLY_WITH_SCALE:
            current += 1
        else:
            current += NUMBER_WORDS.get(part, TENS_WORDS.get(part, 0))
    return total + current


def _is_unit_one(parts: list[str]) -> bool:
    """Whether a number's last word, one/uno/un/una, is the unit after a ten or a hundred ("twenty-one", "cincuenta
    y un años", "ciento uno", "one hundred one") rather than a word after the number ("a thousand one" is left)."""
    if len(parts) < 2:
        return False
    before = parts[-2]
    return before in HUNDRED_WORDS or NUMBER_WORDS.get(before, TENS_WORDS.get(before, 0)) in range(20, 100, 10)
