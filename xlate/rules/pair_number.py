from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from xlate.infra import patterns
from xlate.text.numbers import NUMBER_WORDS, Number, numbers_in, spelled_numbers_in, spelled_values
from xlate.core.pairs import aligned_paragraphs, line_span, location
from xlate.rules.base import Case, PairRule, register


def _numbers(doc, paragraphs) -> list[Number]:
    """The numbers in digits of the paragraphs, in order."""
    return [n for p in paragraphs for n in _stated(doc, p).numbers]


def _values(doc, paragraphs) -> set:
    """Every value a paragraph states: in digits, in words ("Setenta", "doce mil"), and in the
    other ways the two languages write the same figure (_other_forms)."""
    return set().union(*(_stated(doc, p).values() for p in paragraphs))


class Stated:
    """What one paragraph states: its numbers in digits, in order, read at once; every value, however
    written, read when first asked for. Most paragraphs hold no figure in digits on either side, and
    then their values are compared with nothing (the words and other forms are two thirds of the reading)."""
    __slots__ = ("numbers", "_text", "_start", "_end", "_values")

    def __init__(self, text: str, start: int, end: int):
        self.numbers: list[Number] = numbers_in(text, start, end)
        self._text, self._start, self._end = text, start, end
        self._values: frozenset | None = None

    def values(self) -> frozenset:
        if self._values is None:
            text, start, end = self._text, self._start, self._end
            self._values = frozenset({n.value for n in self.numbers} | spelled_values(text, start, end)
                                     | {n.value for n in spelled_numbers_in(text, start, end)}
                                     | {*_other_forms(text, start, end)})
        return self._values


def _stated(doc, paragraph) -> Stated:
    """What one paragraph states, read once per document: a pair's
    paragraphs are compared with each of their aligned neighbours, so each is asked about several
    times (21,000 readings of 6,000 paragraphs over real-news pairs)."""
    key = (paragraph.start, paragraph.end)
    stated = doc.derived.paragraph_numbers.get(key)
    if stated is None:
        stated = doc.derived.paragraph_numbers[key] = Stated(doc.prose, paragraph.start, paragraph.end)
    return stated


# Digits glued to letters: a decade (1990s, 90s), a unit (60km, 5kg), a time (9pm), an ordinal, an
# abbreviated scale (1.7m, 2bn, 50k).
_GLUED_RE = patterns.compile(r"(?<![\p{L}\p{Nd}])(\d+(?:[.,]\d+)?)['’]?(\p{L}+)")
# Letters glued to digits: a model or a group's name (Ariane5, G20), written "Ariane 5" on the other side.
_NAME_NUMBER_RE = patterns.compile(r"(?<=\p{L})-?(\d+)(?![\p{Nd}.,]\d)")
_ABBREVIATED_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9}
# A decade in words: the Sixties, the late eighties (los años 60).
_DECADE_WORDS = dict(zip("twenties thirties forties fifties sixties seventies eighties nineties".split(),
                         range(20, 100, 10)))
_DECADE_WORD_RE = patterns.compile(r"(?i)\b(" + "|".join(_DECADE_WORDS) + r")\b")
# A time with a colon or a dot (6:30, 6.30 a.m.): the same hour on the other side, either way.
_TIME_RE = patterns.compile(r"(?<![\p{L}\p{Nd}.,:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\p{Nd}.,:]\d)")
# Weeks as Spanish counts them in days: ocho días is a week, quince días two weeks.
_WEEKS_RE = patterns.compile(r"(?i)\b(a|\d+|\p{L}+)\s+weeks?\b|\bfortnight\b")
_DAYS_FOR_WEEKS = {1: (7, 8), 2: (14, 15)}
# A tournament's round named by how many remain: octavos de final are the last 16.
_ROUNDS_RE = patterns.compile(r"(?i)\b(dieciseisavos|octavos|cuartos)\s+de\s+final\b")
_TEAMS_IN_ROUND = {"dieciseisavos": 32, "octavos": 16, "cuartos": 8}
# A century in Roman numerals, as Spanish writes it: siglo XIX, siglos XV y XVI.
_CENTURY_RE = patterns.compile(r"\bsiglos?\s+([IVXL]+)(?:\s+(?:y|al?|-)\s+([IVXL]+))?\b")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _other_forms(text: str, start: int, end: int):
    """Values a paragraph states in forms the number pattern leaves alone, so that a translation
    writing the same figure the other language's way agrees: "the 1990s" is "los años 90" (1990
    and 90), "the Eighties" "los años 80", "the '50s" "la década de 1950", "60km" is "60
    kilómetros", "1.7m" "1,7 millones", "Ariane5" "Ariane 5", "9pm" is "las 21 horas" (9 and
    21), "6.30 a.m." "las 6:30", "two weeks" "quince días", "the last 16" "los octavos de final",
    "siglo XIX" is "the 19th century". Only agreement is widened: a number reported is still one
    the pattern reads."""
    for match in _found(_GLUED_RE, text, start, end):
        value, letters = Decimal(match.group(1).replace(",", ".")), match.group(2).lower()
        yield value
        if letters == "s" and value >= 100 and value % 10 == 0:
            yield value % 100                       # the 1990s: the nineties, los años 90
        elif letters == "s" and value < 100 and value % 10 == 0:
            yield from (1900 + value, 2000 + value)   # the '50s: la década de 1950
        elif letters in ("pm", "p") and value < 12:
            yield value + 12                        # 9pm: las 21 horas
        elif letters in _ABBREVIATED_SCALES:
            yield value * _ABBREVIATED_SCALES[letters]   # 1.7m: 1,7 millones
    for match in _found(_NAME_NUMBER_RE, text, start, end):
        yield Decimal(match.group(1))               # Ariane5: Ariane 5
    for match in _found(_DECADE_WORD_RE, text, start, end):
        decade = _DECADE_WORDS[match.group(1).lower()]
        yield from (Decimal(decade), Decimal(1900 + decade))   # the Eighties: los años 80, the 1980s
    for match in _found(_TIME_RE, text, start, end):
        hour = int(match.group(1))
        yield from (Decimal(f"{hour}.{match.group(2)}"), Decimal(f"{hour % 12 + 12}.{match.group(2)}"))
    for match in _found(_WEEKS_RE, text, start, end):
        count = (match.group(1) or "two").lower()
        weeks = int(count) if count.isdigit() else 1 if count == "a" else NUMBER_WORDS.get(count)
        if weeks:
            yield from (Decimal(days) for days in _DAYS_FOR_WEEKS.get(weeks, (7 * weeks,)))
    for match in _found(_ROUNDS_RE, text, start, end):
        yield Decimal(_TEAMS_IN_ROUND[match.group(1).lower()])
    for match in _found(_CENTURY_RE, text, start, end):
        yield from (Decimal(_roman(numeral)) for numeral in match.groups() if numeral)


# What every match of each pattern holds, found by the same engine in one quick pass: most
# paragraphs hold no digit and none of the words, and the patterns are slow to try at every word.
_DIGIT_RE = patterns.compile(r"\d")
_SCREENS = {_GLUED_RE: _DIGIT_RE, _NAME_NUMBER_RE: _DIGIT_RE, _TIME_RE: _DIGIT_RE,
            _WEEKS_RE: patterns.compile(r"(?i)week|fortnight"), _DECADE_WORD_RE: patterns.compile(r"(?i)ties"),
            _ROUNDS_RE: patterns.compile(r"(?i)final"), _CENTURY_RE: patterns.compile(r"siglo")}


def _found(pattern, text: str, start: int, end: int):
    """pattern's matches in text[start:end]; none looked for where its screen finds nothing."""
    return pattern.finditer(text, start, end) if _SCREENS[pattern].search(text, start, end) else ()


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0]))


@register
class PairNumber(PairRule):
    """In a bilingual pair, a number (a figure, a date, an amount) in an English paragraph that the
    corresponding Spanish paragraph does not state, or a Spanish number missing from the English.
    Values are compared, not spellings: 40.000 and 40,000 agree, as do "115 millones de dólares"
    and "$115 million", a number in digits on one side may be words on the other ("doce mil"), and
    each language's way with decades ("the 1990s", "the Eighties", "los años 90"), centuries ("the
    19th century", "siglo XIX"), units and scales glued to the number ("60km", "1.7m"), the clock
    ("9pm", "6.30", "21 horas"), weeks counted in days ("quince días") and a tournament's rounds
    ("octavos de final", "the last 16") agrees.
    Times and slash dates are not compared. In a segment file translating English into Spanish, the
    Spanish target is compared with the English source the same way, unit by unit."""

    code = "XL702"
    name = "pair-number"
    kind = "rendering"
    severity = "warning"
    summary = "A number that differs between a Spanish original and its translation."
    rationale = "A number changed in translation makes one of the two versions wrong."
    cases = (
        Case.wrong("Tiene capacidad para 40.000 reos.", "It can hold 4,000 inmates.", flagged="4,000",
                   message='"4,000" is not in the Spanish original (a.es.md:1 says 40.000)'),
        Case.right("Tiene capacidad para 40.000 reos.", "It can hold 40,000 inmates.", why="40.000 is 40,000"),
    )

    def check_pair(self, pair, ctx):
        """Numbers of the translation the original does not state, and the original's numbers the
        translation leaves out: an English translation of a Spanish original, or a segment file's
        Spanish targets of English sources (pair.original "en")."""
        aligned = aligned_paragraphs(pair, ctx.engine)
        sides = pair.sides()
        original_for = defaultdict(list)      # translated paragraph -> original paragraphs aligned near it
        for item in aligned:
            for translated in sides.nearby(item):
                original_for[translated].append(sides.original_paragraph(item))
        for translated, original in original_for.items():
            yield from self._extra(sides, translated, original, ctx)
        for item in aligned:
            yield from self._missing(pair, sides, item, ctx)

    def _extra(self, sides, translated, original, ctx):
        numbers = _numbers(sides.translation, [translated])
        if not numbers:   # most paragraphs: nothing of the original's to read
            return
        expected = _values(sides.original, original)
        stated = sorted({n.text: n for n in _numbers(sides.original, original)}.values(), key=lambda n: n.start)
        for number in numbers:
            if number.value not in expected:
                said = f" says {', '.join(n.text for n in stated)}" if stated else " has no numbers here"
                where = location(sides.original, original[0].start)
                yield self.report(sides.translation, number.start, number.end,
                                  f'"{number.text}" is not in the {sides.original_name} original ({where}{said})', (), ctx)

    def _missing(self, pair, sides, item, ctx):
        translated = sides.translated_paragraph(item)
        original = sides.original_paragraph(item)
        original_numbers = _numbers(sides.original, [original])
        if not original_numbers:   # nothing to miss: neither side's values need reading
            return
        translated_numbers = {n.value for n in _numbers(sides.translation, [translated])}
        if translated_numbers - _values(sides.original, [original]):
            return   # the differing translated number is already reported, naming these
        translated_values = _values(sides.translation, sides.nearby(item))
        for number in original_numbers:
            if number.value not in translated_values:
                start, end = line_span(sides.translation, pair.translation_line_for(item, number.start))
                yield self.report(sides.translation, start, end,
                                  f'the {sides.original_name} original\'s "{number.text}" '
                                  f'({location(sides.original, number.start)}) is missing from this paragraph', (), ctx)
