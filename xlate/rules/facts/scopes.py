"""When a figure holds: the dates a ledger reads (fact ledger, ledger.py).

- a statement's date scope, from its clause or a sentence opening with a date: a year ("in 2023"),
  a running total ("since 2022"), a day ("Oct. 19", "19 de octubre"), a month ("in October") or a
  relative date ("last year", "el año pasado", "two weeks earlier"): facts of different dates are not
  contradictions;
- days and years that are themselves the figure ("opened on March 3", "inaugurated in 2021"), read
  as statements of their own;
- the period a rate counts per ("every day", "a diario", "anuales"): a daily count is compared with
  another daily count only;
- how far back a record goes ("the lowest level since 1943", "el nivel más bajo desde 1998"): a
  figure of its own, the year, and no date of the figures beside it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex

from xlate.infra import patterns
from xlate.rules.facts import changes
from xlate.text.fold import fold
from xlate.text.place_names import is_listed_place
from xlate.text.numbers import spelled_number_words, spelled_numbers_in
from xlate.text.quantities import SET_AGAINST_SOURCE, Quantity
from xlate.text.units import FUNCTION_WORDS
from xlate.text.saying import SAYING, SAYING_PATTERN
from xlate.text.screens import WORD_START, behind, guarded, screened
from xlate.text.word_classes import has_class, is_listed

_YEAR = r"(?:1[89]|20)\d\d"
# Months, English (and their wire abbreviations) and Spanish -> number: "Oct. 19" and "19 de octubre" are one day.
MONTHS = {name: number for number, names in enumerate((
    "january jan enero ene", "february feb febrero", "march marzo", "april apr abril", "may mayo",
    "june jun junio", "july jul julio", "august aug agosto", "september sept sep septiembre setiembre",
    "october oct octubre", "november nov noviembre", "december dec diciembre dic"), 1) for name in names.split()}
_MONTH = patterns.literal_alternation(MONTHS)   # longest first, as a trie: matched at every word of a paragraph
# A month alone ("in May") is a date only when its name is no other word: "may", "mar", "jun" are not
_FULL_MONTHS = [name for name in MONTHS if len(name) > 4 or name in ("june", "july", "junio", "julio", "marzo", "abril", "march", "april")]
_FULL_MONTH = patterns.literal_alternation(_FULL_MONTHS)
# "May" after "in", "during", "of" is the month when capitalised and no one's ("in May's cabinet"); "may" is a verb.
_MAY = r"(?-i:May)(?![\p{L}'’])"
# A Spanish month is written in lowercase and names nothing else: "la inflación cerró octubre en 4,1%"
_SPANISH_MONTH = patterns.literal_alternation(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split())
# The days of the week as English and Spanish write them (English capitalised, Spanish in lowercase:
# "Santo Domingo" and "el Viernes Negro" name no day), by the English name a statement's date shows.
WEEKDAYS = {name: english for english, names in (
    ("Monday", "Monday lunes"), ("Tuesday", "Tuesday martes"), ("Wednesday", "Wednesday miércoles miercoles"),
    ("Thursday", "Thursday jueves"), ("Friday", "Friday viernes"), ("Saturday", "Saturday sábado sabado"),
    ("Sunday", "Sunday domingo")) for name in names.split()}
_WEEKDAY = (r"(?-i:(?P<weekday>"
            + "|".join(patterns.longest_first(WEEKDAYS)) + r"))")
# The present: "now", "today", "hoy", "actualmente", "this week". With the days of the week, the story's
# own time, which an undated figure has too (story_time). "Until now", "hasta ahora" are none: what held
# up to now.
_PRESENT = (r"(?<!\b(?:until|till|up\s+to|hasta)\s+)(?P<present>today|tonight|now|currently|presently|at\s+present"
            r"|at\s+the\s+moment|this\s+(?:morning|afternoon|evening|week|season)"
            r"|hoy|ahora|actualmente|en\s+este\s+momento|esta\s+(?:mañana|tarde|noche|semana|temporada))")
NOW = "now"
# A span of months: "between January and November", "from January through November", "de enero a
# noviembre", "entre enero y noviembre", "desde enero hasta noviembre": neither month alone, nor the year.
# A span may cross a year and name its years, which say no more of its months: "between October and May",
# "entre octubre de 2025 y septiembre de 2026" ("months 10-5", "months 10-9"); "mayo" and "May" open or close
# one ("entre enero y mayo").
_SPAN_MONTH = rf"(?:{_FULL_MONTH}|mayo|{_MAY})"
_SPAN_MONTHS = frozenset(map(fold, [*_FULL_MONTHS, "mayo", "May"]))   # the words _SPAN_MONTH matches, folded
_SPAN_YEAR = rf"(?:\s+(?:de\s+|of\s+)?{_YEAR}(?!\s*(?:%|\d)))?"
_MONTH_SPAN = (rf"(?:between|from|entre|de|desde)\s+(?P<span_from>{_SPAN_MONTH}){_SPAN_YEAR}\s+"
               rf"(?:and|through|thru|to|until|till|y|a|al|hasta)\s+(?P<span_to>{_SPAN_MONTH}){_SPAN_YEAR}")
# A part of a year: "in the third quarter", "el primer semestre", "Q1", "the first nine months", "los
# primeros ocho meses de 2024": its months, as a span of months says them; a whole year's figure is no
# restatement of one quarter's. Ordinals and counts of months in either language, in numbers or words.
_PART_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "primer": 1, "primero": 1, "primera": 1,
                  "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4}
_PART_MONTHS = {"quarter": 3, "trimestre": 3, "cuatrimestre": 4, "half": 6, "semestre": 6}
_MONTH_COUNTS = {word: number for number, words in enumerate((
    "two dos", "three tres", "four cuatro", "five cinco", "six seis", "seven siete", "eight ocho", "nine nueve",
    "ten diez", "eleven once", "twelve doce"), 2) for word in words.split()}
_YEAR_PART = (rf"(?:(?P<part>{patterns.literal_alternation(_PART_ORDINALS)})\s+(?P<part_kind>quarter|half|trimestre"
              rf"|cuatrimestre|semestre)|(?-i:Q(?P<quarter>[1-4]))"
              rf"|(?:first|primeros)\s+(?P<months>[2-9]|1[0-2]|{patterns.literal_alternation(_MONTH_COUNTS)})\s+(?:months|meses))"
              rf"(?!\s+(?:of|de|del)\s+(?:the\s+|el\s+)?(?:month|mes|{_MONTH})\b)"   # "the first half of November": the month's
              rf"(?:\s+(?:of|de|del)(?:\s+(?:the\s+year|año))?|,)?(?:\s+(?P<part_year>{_YEAR}))?")
# The months up to one: "in the 12 months to September", "en los doce meses hasta septiembre": no year,
# nor that month alone.
_TRAILING = (rf"(?:the|los|las)\s+(?P<trailing>[2-9]|1[0-2]|{patterns.literal_alternation(_MONTH_COUNTS)})"
             rf"\s+(?:months|meses)\s+(?:to|through|until|ending\s+in|ended\s+in|hasta|a|al|terminados\s+en|cerrados\s+en)\s+"
             rf"(?P<trailing_to>{_FULL_MONTH})")
# A season of the year: "in the rainy season", "en época de lluvias", "la temporada seca", "in winter", "en
# verano": a reservoir's area in the rains or a region's output in the harvest is no figure of the whole
# year. By the English name its words share ("this season" is the story's time: _PRESENT). The names are
# written as a desk writes them, accents and all; SEASONS reads them folded.
_SEASON_NAMES = {name: season for season, names in (
    ("rain", "rainy wet lluvias lluviosa"), ("dry", "dry seca sequía estiaje"), ("winter", "winter invierno"),
    ("summer", "summer verano"), ("spring", "spring primavera"), ("autumn", "autumn otoño"),
    ("hurricane", "hurricane huracanes"), ("harvest", "harvest cosecha zafra")) for name in names.split()}
SEASONS = {fold(name): season for name, season in _SEASON_NAMES.items()}


def _written_or_folded(names) -> str:
    """An alternation of names as written ("otoño", "campaña") and folded ("otono", "campana"): a desk may
    drop an accent."""
    return patterns.literal_alternation({*names, *map(fold, names)})


_SEASON = _written_or_folded(_SEASON_NAMES)
_SEASON_SCOPE = "season "   # a season's date: "season rain", "1967 season summer"
_SEASONS = (rf"(?:(?:the\s+)?(?P<season_en>{_SEASON})\s+season"
            rf"|(?:época|epoca|temporada|estación|estacion)\s+(?:de\s+(?:las\s+|los\s+)?)?(?P<season_es>{_SEASON})"
            rf"|(?:in|during|en|durante)\s+(?:the\s+|el\s+|la\s+)?(?P<season_bare>winter|summer|spring|autumn|invierno|verano|primavera|otoño))"
            rf"(?:\s+(?:of|de|del)\s+(?P<season_year>{_YEAR}))?")   # "in the summer of 1967": that year's
# A running total since a month of the story's year: "since January", "desde marzo", "since the season
# began in July", "desde que empezó la temporada en julio" (with its year, "since January 2024" is the
# since of a year below).
_SINCE_MONTH = (rf"(?P<since_month_word>since|desde)\s+(?:(?:early|late|mid-?|principios\s+de|finales\s+de|mediados\s+de)\s*"
                rf"|(?:\p{{L}}+\s+){{1,5}}?(?:in|en)\s+)?(?P<since_month>{_FULL_MONTH})(?!\s+(?:de\s+)?\d)")
# How many periods before ("two weeks earlier", "hace un año"), and the periods (a season of the year too:
# "the winter before", "la campaña anterior").
# How many is a number in digits or in words, the words of the spelled numbers text.numbers reads in either
# language ("hace diez años", "twenty-five years ago", "hace treinta y dos años"), or a few ("unos diez");
# not zero: "desde cero hace dos meses" is from nothing, two months ago, not "desde hace" (how long).
_COUNT_WORD = patterns.literal_alternation(sorted({*spelled_number_words(), "a", "one", "un", "una", "uno", "several",
                                                   "few", "varios", "varias", "unos", "unas"} - {"zero", "cero"}))
_HOW_MANY = rf"(?:\d+|{_COUNT_WORD}(?:(?:-|\s+(?:and\s+|y\s+)?){_COUNT_WORD})*)"
_PERIODS = (r"(?:days?|weeks?|months?|years?|decades?|seasons?|winters?|summers?|harvests?|d[ií]as|semanas?|mes|meses"
            r"|años?|décadas?|decadas?|temporadas?|inviernos?|veranos?|cosechas?|campañas?|zafras?)")
# The first days, weeks or seasons of something: "la flota ha desembarcado 820.000 toneladas en las dos primeras
# semanas de la temporada", "in the first two weeks of the season", "en los primeros diez días del paro", "in its
# first month": a running total over that span since the thing began (since_span), no figure of the whole season
# or year nor of the story's undated time ("The fleet has landed about 1.9 million tonnes"). Not the first months
# of a year (_YEAR_PART), nor a span of a year or month named after it ("the first two weeks of 2025", "la primera
# semana de abril"); not a first year ("in its first full year" is a year's figure, undated where a clause of its
# own says it: "handled 1.1 million containers, or TEU, in its first full year").
_FIRST_SPAN = (rf"(?:(?:first|primer|primera|primero|primeros|primeras)\s+(?:(?P<first_count>{_HOW_MANY})\s+)?(?:full\s+|whole\s+)?"
               rf"|(?=[\p{{L}}\d]+\s+primer[oa]s\s)(?P<count_first>{_HOW_MANY})\s+(?:primeros|primeras)\s+)"
               rf"(?P<first_span>days?|weeks?|months?|d[ií]as?"
               rf"|semanas?|mes|meses)\b"
               rf"(?!\s+(?:of|de|del)\s+(?:{_YEAR}|the\s+year|año|{_FULL_MONTH}|{_MAY})\b)")
_SPAN_UNITS = {fold(word): unit for unit, words in {"day": "day days día días", "week": "week weeks semana semanas",
                                                   "month": "month months mes meses"}.items() for word in words.split()}


def since_span(match) -> str:
    """The scope of _FIRST_SPAN's match: "since the first 2 week", one running total, compared only with the
    same span (compare._cumulative reads "since ")."""
    period = fold(match.group("first_span"))
    count = match.group("first_count") or match.group("count_first") or ("some" if period.endswith("s") and period != "mes" else "1")
    return f"since the first {_count(count)} {_SPAN_UNITS.get(period, period)}"


def _count(count: str) -> str:
    """How many periods a count says, in digits ("12", "doce", "twenty-four"), or its word folded ("few")."""
    spelled = spelled_numbers_in(count) if not count.isdigit() else ()
    return count if count.isdigit() else str(spelled[0].value) if spelled else fold(count)


# The last N hours, days, weeks, months or years up to now: "in the last twelve months", "en los últimos 18 meses", "over
# the past two years", "the last 30 days", "las dos últimas semanas", "the past few weeks": a period of its own,
# no year's and no month's, compared only with the same period ("the last 12 months"). N in digits or words.
_LAST_PERIOD = (rf"(?:the|los|las)\s+(?:(?:last|past|[uú]ltim[oa]s|pasad[oa]s)\s+(?P<last_count>{_HOW_MANY})"
                rf"|(?P<count_last>{_HOW_MANY})\s+[uú]ltim[oa]s)\s+(?P<last_period>hours|days|weeks|months|years|horas|d[ií]as|semanas"
                rf"|meses|años)\b")
_LAST_UNITS = {fold(word): unit for unit, words in {"hours": "hours horas", "days": "days días", "weeks": "weeks semanas",
                                                   "months": "months meses", "years": "years años"}.items()
               for word in words.split()}


# The season before the story's, by its noun in either language (_SAME_RELATIVE): "last season", "la
# temporada pasada", "la campaña pasada", "last harvest", "la zafra pasada" are one date, the last season of
# what the story measures (a harvest, a league), whatever word a desk calls it by, as "last year" is; "last
# winter" and "el invierno pasado" are the last winter, no date of "el verano pasado" (scope).
_CALENDAR_SEASONS = frozenset({"winter", "summer", "spring", "autumn"})
_LAST_SEASON_NAMES = {"season": "season", "temporada": "season", "campaña": "season",
                      **{noun: season if season in _CALENDAR_SEASONS else "season"
                         for noun, season in _SEASON_NAMES.items() if season in _CALENDAR_SEASONS or season == "harvest"}}
_LAST_SEASONS = {fold(name): season for name, season in _LAST_SEASON_NAMES.items()}
_LAST_SEASON = _written_or_folded(_LAST_SEASON_NAMES)
# A month after "in", "of", "by", "de": "in October", "de noviembre", "by mid-May"; not "since about May".
_NOT_SINCE = r"(?<!\b(?:since|desde|from)\s+(?:about\s+|around\s+)?)"
_MONTH_ONLY = (r"(?:(?:in|en|during|durante|of|de|del|by|late|early|mid)\s+|mid-)"
               rf"(?P<month_only>{_FULL_MONTH}|{_MAY})(?!\s+(?:de\s+)?\d)")
# The year so far up to a month: "Hasta octubre se dispensaron 470 millones", "through October", "up to
# September": a running total, as "so far this year" is, no figure of that month alone.
_THROUGH_MONTH = rf"(?P<through_month>(?:hasta|through|thru|up\s+to)\s+(?:(?:el\s+mes\s+de|finales\s+de|fines\s+de|the\s+end\s+of)\s+)?" \
                 rf"(?:{_FULL_MONTH}|mayo|{_MAY}))(?!\s+(?:de\s+)?\d)"
# A figure a source gave first, before the one the story holds now: "the institute's first estimate put the
# biomass at 7.8 million tonnes" (later revised), "a preliminary count", "un primer balance", "la estimación
# inicial", "las cifras preliminares". Dated before the story, as "a year earlier" is: the figure the story
# reports now restates none of them. Not a survey or a census, which may be the story's own first one.
_ESTIMATES_EN = r"(?:estimates?|counts?|tally|tallies|reports?|bulletins?|figures?|forecasts?|projections?|readings?)"
_ESTIMATES_ES = (r"(?:estimaci[oó]n|estimaciones|c[aá]lculos?|conteos?|recuentos?|balances?|bolet[ií]n|boletines|informes?"
                 r"|cifras?|pron[oó]sticos?|proyecci[oó]n|proyecciones|lecturas?)")
_FIRST_ESTIMATE = (rf"(?:first|initial|preliminary|original|earlier)\s+(?:[\p{{L}}'’-]+\s+){{0,2}}?{_ESTIMATES_EN}"
                   rf"|(?:primer|primera|primeros|primeras)\s+(?:[\p{{L}}-]+\s+)?{_ESTIMATES_ES}"
                   rf"|{_ESTIMATES_ES}\s+(?:inicial|iniciales|preliminar|preliminares|previ[ao]s?)")
# A date before the story's own (EARLIER, below): "two weeks earlier", "hace un año", "the previous season", a first estimate.
_EARLIER = (rf"(?:(?:{_HOW_MANY}\s+)?{_PERIODS}\s+(?:earlier|before|ago|antes)"
            rf"|hace\s+{_HOW_MANY}\s+{_PERIODS}|the\s+(?:previous|prior|preceding)\s+{_PERIODS}"
            rf"|the\s+{_PERIODS}\s+(?:before|earlier)|(?:el|la)\s+{_PERIODS}\s+(?:anterior|previ[ao])"
            r"|(?:before|prior\s+to)\s+the(?=\s+\p{L})|antes\s+(?:del|de\s+la|de\s+los|de\s+las)(?=\s+\p{L})"
            rf"|{_FIRST_ESTIMATE})")
# What a change is measured against is no date of its figure: "up 6% from a year earlier", "40 percent more
# than the year before", "un 3% más que el curso anterior", "frente a la temporada anterior"; and
# "desde hace dos años" is how long, up to now: the words of units.SET_AGAINST, and prepositions that
# mark a base before a time ("against the year before": not "year before" alone). The count or article
# before the period is a word read back, then looked at forward (a list's words tried backward at every
# word made _DATE_RE half as slow again).
_NOT_A_BASE = (rf"(?<!\b(?:{SET_AGAINST_SOURCE}|than|from|over|with|to|que|a|con|sobre|desde)"
               rf"\s+(?:in\s+|en\s+)?(?:(?=(?:{_HOW_MANY}|the|el|la)\s)[\p{{L}}\d-]+\s+)?)")
_DATE_RE = guarded(patterns.compile(
    rf"{WORD_START}(?:{_MONTH_SPAN}|{_YEAR_PART}|{_FIRST_SPAN}|{_TRAILING}|{_SEASONS}"
    rf"|(?P<day_month>{_MONTH})\.?\s+(?P<day>[0-3]?\d)\b(?!\s*(?:%|\d|,\d))"
    rf"|(?P<day_es>[0-3]?\d)\s+de\s+(?P<month_es>{_MONTH})\b"
    rf"|(?P<since>since|desde)\s+(?:\w+\s+(?:de\s+)?)?(?P<since_year>{_YEAR})"
    rf"|{_SINCE_MONTH}"
    r"|(?P<since_event>since\s+(?:\p{Ll}+ing|(?:it|they|he|she|we|the\s+\p{Ll}+)\s+\p{Ll}+ed|then)|desde\s+(?:que|entonces))\b"
    rf"(?![^.;:]{{0,80}}\b(?:{_YEAR}|{_FULL_MONTH})\b)"   # "desde que comenzó en 1992": that date's, read below
    rf"|(?P<month_of>{_FULL_MONTH}|{_MAY})\s+(?:de\s+|of\s+)?(?P<month_year>{_YEAR})(?!\s*(?:%|\d))"   # "enero de 2024": a month
    rf"|(?P<year>{_YEAR})(?!\s*(?:%|\d))"
    rf"|{behind(_NOT_SINCE, _MONTH_ONLY)}"
    rf"|{_THROUGH_MONTH}|{_LAST_PERIOD}"
    rf"|(?<!\b(?:desde|since)\s+)(?-i:(?P<month_bare>{_SPANISH_MONTH}))(?!\s+(?:de\s+)?\d)"   # not "desde julio": a running total
    r"|(?P<so_far>so\s+far\s+this\s+year|this\s+year\s+so\s+far|year\s+to\s+date|en\s+lo\s+que\s+va\s+del?\s+año)"
    r"|(?P<season_so_far>so\s+far\s+this\s+season|this\s+season\s+so\s+far|en\s+lo\s+que\s+va\s+de\s+(?:la\s+)?temporada)"
    r"|(?P<relative>last\s+year|this\s+year|last\s+month|last\s+week|yesterday|el\s+año\s+pasado|este\s+año"
    r"|el\s+mes\s+pasado|la\s+semana\s+pasada|ayer"
    rf"|last\s+{_LAST_SEASON}|(?:la|el)\s+{_LAST_SEASON}\s+pasad[ao]|(?:la|el)\s+pasad[ao]\s+{_LAST_SEASON})"
    rf"|{_WEEKDAY}|{_PRESENT}"
    rf"|(?P<earlier>{behind(_NOT_A_BASE, _EARLIER)}))\b", regex.I))
# "two weeks earlier", "dos semanas antes", "antes del derrame", "before the blackout", "a year ago", "hace
# un año", "the winter before", "the previous season", "la temporada anterior": a date the story sets before
# its own (its event, or the time it reports: "0.9 hectares measured the winter before" is no figure of this
# winter's)
EARLIER = "earlier"
# "so far this year", "en lo que va del año": a running total since the year began, as "since 2024" is
# (compare._cumulative): 780 tonnes seized so far this year is no restatement of one day's 3.8 tonnes
SO_FAR_THIS_YEAR = "since this year"
# "so far this season", "en lo que va de la temporada": a running total since the season began, as the year's
# is (52 dengue deaths so far this season are no count of one flood's dead), compared only with the season's
SO_FAR_THIS_SEASON = "since this season"
# "since leaving the border", "since it set out", "desde que salió de la frontera", "desde entonces": a
# running total since an event of the story (compare._cumulative: compared only with another such total)
SINCE_AN_EVENT = "since an event"
SINCE_MONTH = "since month "   # "since month 7": a running total since July of the story's year


def taking_effect(scope: str, about: tuple[str, ...]) -> str:
    """The scope of a level a change reaches: from a month on ("elevará el aforo diario a 5.600 visitantes
    desde julio", "will raise the daily cap to 6,500 from July") is when it takes effect, the story's time,
    not a running total since that month."""
    return "" if scope.startswith(SINCE_MONTH) and changes.LEVEL_REACHED in about else scope


def counted_so_far(unit: str, scope: str) -> str:
    """A place in a series counts the year so far whichever way it says so: "la quinta avería en lo que
    va del año" is "the fifth breakdown this year", and compares as an undated place does."""
    return "this year" if unit == "ordinal" and scope == SO_FAR_THIS_YEAR else scope
# A day as the date of something ("on March 3", "el 26 de octubre"); not a time ("Oct. 19:30")
_EVENT_DAY = screened(patterns.compile(
    rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>[0-3]?\d)\b(?!\s*(?:%|\d|,\d|:))|\b(?P<day_es>[0-3]?\d)\s+de\s+(?P<month_es>{_MONTH})\b",
    regex.I), MONTHS)
# A year as the date of something ("inaugurated in 2021"); not a percentage or a longer figure
_EVENT_YEAR = patterns.compile(r"\b(?:in|en|el\s+año|the\s+year)\s+(?P<year>(?:1[89]|20)\d\d)\b(?!\s*(?:%|\d))", regex.I)
# "In 2023," "El año pasado,"; "En lo que va del año," (six words: a longer opening is mostly no date's,
# "According to the plan tabled yesterday,").
_OPENING_DATE = patterns.compile(r"(?:[\p{L}\d.]+\s+){0,4}?[\p{L}\d]+,|en\s+lo\s+que\s+va\s+del?\s+año,", regex.I)
# A date a rule or a change takes effect on, after the clause it dates: "no more than 1,500 people a day may enter
# the quarry, starting in November", "the fee rises to $100, effective January 1", "solo podrán entrar 1.500 personas,
# a partir de noviembre": the figure holds from then, not at the story's time ("entran hoy unas 1.700 personas").
_TAKING_EFFECT = patterns.compile(r"(?:[ \t]*[,;(—–][ \t]*|(?<=[,;(—–])[ \t]*)(?:starting|beginning|effective|as\s+of|a\s+partir\s+de(?:l)?"
                                  r"|con\s+efecto\s+(?:desde|a\s+partir\s+de))\s+", regex.I)
_TAKING_EFFECT_REACH = 40   # the date within these characters after the cue: "starting in November"
# Wherever it stands, such a date is when a figure starts to hold, after the story's time: compared only with a figure
# from the same date (one_date), not with an undated one, which holds now ("Izalco charges $150" / "cobrará 100
# dólares a partir de enero"). "from", "desde" are left out: "up from 12,000 in January" is a base, "desde 2022" a total.
_TAKES_EFFECT_BEFORE = patterns.compile(r"\b(?:starting|beginning|effective|as\s+of|a\s+partir(?:\s+del?)?"
                                        r"|con\s+efecto\s+(?:desde|a\s+partir\s+del?))\s+$", regex.I)
FROM_A_DATE = "from "   # the prefix of the scope of a date a figure holds from (_TAKES_EFFECT_BEFORE)
# A year in a clause that tells the future ("It will employ 1,200 people once fully running in 2028", "en 2030
# generará 900 megavatios", "is expected to reach 4 million in 2027", "se prevé que en 2028"): what is foretold
# for that year, not what holds at the story's time. Compared with the same year, foretold or not, and never with
# an undated figure, which holds now ("It opens with 700 workers"). The future is its verb's: "will", "shall",
# "is expected / projected / set / due to", Spanish's future ("generará", "serán", "Construiremos": _is_future) and
# "prevé", "se espera que", "va a". A year with no such verb ("employs 1,200 in 2028") stays the year it names.
_FORETOLD = patterns.compile(r"\b(?:will|won['’]t|shall|(?:is|are)\s+(?:expected|projected|forecast|set|due|scheduled)\s+to"
                             r"|prev[ée]n?|se\s+espera\s+que|va\s+a|van\s+a)\b", regex.I)
# A word that may be a Spanish future: -rá, -rán, -remos ("queremos", "Irán" too: _is_future reads the lexicon).
_FUTURE_FORM = patterns.compile(r"\b\p{L}+r(?:á|án|emos)\b", regex.I)
FORECAST = "forecast for "   # the prefix of the scope of a year a figure is foretold for (_FORETOLD), as `xlate facts` shows it


def _foretold(text: str, clause_start: int, clause_end: int) -> bool:
    return bool(_FORETOLD.search(text, clause_start, clause_end)) or any(
        _is_future(form.group()) for form in _FUTURE_FORM.finditer(text, clause_start, clause_end))


def _is_future(word: str) -> bool:
    """Whether a word ending in -rá, -rán or -remos is a Spanish future, by the lexicon: its stem is an infinitive
    ("generar-á", "construir-emos") or, for an irregular future, the stem's -rá is a verb form it lists ("tendr-emos":
    "tendrá"); a present ("quer-emos", "corr-emos") is neither. A verb the lexicon lacks is read by its infinitive's
    ending ("deportará"), unless capitalised; a place is no verb ("Irán")."""
    lower = word.lower()
    stem = lower[:-4] if lower.endswith("emos") else lower[:-2] if lower.endswith("án") else lower[:-1]
    if word[0].isupper() and is_listed_place(word):
        return False
    return has_class("es", stem, "infinitive") or has_class("es", stem + "á", "finite") \
        or word[0].islower() and stem.endswith(("ar", "er", "ir")) and not is_listed("es", lower)


@lru_cache(maxsize=4096)
def foretells(sentence: str) -> bool:
    """Whether a sentence tells the future anywhere (_FORETOLD): an undated figure of it may be what a figure
    foretold for a year is ("Metro calcula que transportará unos 250.000 pasajeros diarios")."""
    return _foretold(sentence, 0, len(sentence))
_SAME_RELATIVE = {"el ano pasado": "last year", "este ano": "this year", "el mes pasado": "last month",
                  "la semana pasada": "last week", "ayer": "yesterday"}


def days(text: str, start: int, end: int) -> list[Quantity]:
    """Days written as the date of something ("on March 3", "el 26 de octubre"): month * 100 + day,
    compared when an event of DAY_EVENT_CUES says what."""
    found = []
    for m in _EVENT_DAY.finditer(text, start, end):
        month = MONTHS[fold(m.group("month") or m.group("month_es"))]
        value = month * 100 + int(m.group("day") or m.group("day_es"))
        found.append(Quantity(m.start(), m.end(), m.group(), Decimal(value), "day", "", float(value), float(value) + 1, False))
    return found


def years(text: str, start: int, end: int) -> list[Quantity]:
    """Years written as the date of something ("in 2021", "en 2019"): compared when an event says what."""
    return [Quantity(m.start(), m.end(), m.group(), Decimal(m.group("year")), "date", "",
                     float(m.group("year")), float(m.group("year")) + 1, False)
            for m in _EVENT_YEAR.finditer(text, start, end)]


# A record and how far back it goes: "the lowest level since 1943", "its worst drought since 1998", "el
# nivel más bajo desde 1998", "la peor sequía desde 1950". The year is the record's figure, not the date of
# the figures beside it ("fell to 3.2 meters, its lowest since 1943" is no running total since 1943). A
# determiner or a possessive opens the phrase: "at least since 2010" and "most of them since 2022" are none.
RECORDS = {
    "lowest since": """lowest smallest fewest weakest slowest least record_low más_bajo más_baja más_bajos más_bajas
                       menor menores mínimo mínima""",
    "highest since": """highest biggest largest greatest strongest fastest steepest sharpest most record_high más_alto
                        más_alta más_altos más_altas mayor mayores máximo máxima""",
    "worst since": "worst peor peores",
    "best since": "best mejor mejores",
}
_RECORD_OF = {word.replace("_", " "): record for record, words in RECORDS.items() for word in words.split()}
_SUPERLATIVE = (r"(?:\b(?:the|its|their|his|her|a|el|la|los|las|lo|su|sus)\s+|\p{L}+['’]s\s+)(?:[\p{L}\p{M}'’-]+\s+){0,2}?"
                r"(?P<superlative>" + "|".join(word.replace(" ", r"\s+") for word in sorted(_RECORD_OF, key=len, reverse=True)) + r")\b")
_RECORD = patterns.compile(_SUPERLATIVE + r"(?:\s+[\p{L}\p{M}'’-]+){0,3}?\s+(?:since|desde)\s+(?:\p{L}+\s+(?:de\s+)?)?"
                           rf"(?P<year>{_YEAR})\b", regex.I)
_RECORD_BEFORE = patterns.compile(_SUPERLATIVE + r"(?:\s+[\p{L}\p{M}'’-]+){0,3}?\s+$", regex.I)


def records(text: str, start: int, end: int) -> list[Quantity]:
    """Records and the year they go back to, as figures whose unit says the record ("lowest since"):
    two such years of one thing disagree."""
    found = []
    for m in _RECORD.finditer(text, start, end):
        year = int(m.group("year"))
        record = _RECORD_OF[" ".join(m.group("superlative").lower().split())]
        found.append(Quantity(m.start("superlative"), m.end(), text[m.start("superlative"):m.end()], Decimal(year),
                              record, "", float(year), float(year) + 1, False))
    return found


# A day a report was made: "YPFB said on Thursday it would import 45 million liters in December",
# "informó el jueves la estatal": the day of the saying, not of the figure.
_REPORTED_ON = patterns.compile(r"\b" + SAYING_PATTERN + r"\s+(?:(?:on|late|early|el|este|esta)\s+)?$", regex.I)


_WORD_BEFORE = patterns.compile(r"(\p{Lu}[\p{L}\p{M}]*)\s+$")


def _named_before(text: str, at: int) -> bool:
    """Whether a capitalised word other than an article or a preposition stands right before at."""
    word = _WORD_BEFORE.search(text, max(0, at - 20), at)
    return word is not None and fold(word.group(1)) not in FUNCTION_WORDS | _DAY_OPENERS


_DAY_OPENERS = frozenset("last next this este since desde until hasta by early late".split())   # "Last Sunday"


def _dates(text: str, start: int, end: int):
    """The dates _DATE_RE finds in text[start:end], but the year a record goes back to and the day a
    report was made."""
    if not _may_hold_a_date(text, start, end):
        return
    for match in _DATE_RE.finditer(text, start, end):
        if match.group("since") and _RECORD_BEFORE.search(text, max(start, match.start() - 80), match.start()):
            continue   # "its lowest level since 1943": how far back the record goes, not when the figure holds
        if (match.group("weekday") or match.group("present")) \
                and _REPORTED_ON.search(text, max(start, match.start() - 24), match.start()):
            continue
        if match.group("weekday") and _named_before(text, match.start()):
            continue   # "Black Friday", "Good Friday": a name
        yield match


# Every date _DATE_RE reads holds one of these words (folded) or a year: a month, a day of the week, and
# the words of the present, of the relative dates, of "so far this year" and of a date before the
# story's. Four clauses in five hold none; a set of their words tells so at once, where the long
# alternation is tried at each of their positions (it was a tenth of XL801's time on real text).
# Each phrase of _PRESENT and _WEEKDAY holds one of these:
_PRESENT_WORDS = {*WEEKDAYS, *"""today tonight now currently presently present moment morning afternoon evening week
    season hoy ahora actualmente momento mañana tarde noche semana temporada""".split()}
_DATE_WORDS = frozenset(map(fold, {*MONTHS, *_PRESENT_WORDS, *_PART_MONTHS, *"""year month week yesterday earlier
    before prior año mes semana ayer antes months meses q1 q2 q3 q4 época estación since desde ago hace last years
    previous preceding anterior previo previa años temporadas inviernos veranos campaña campañas winters summers
    seasons decade decades década décadas first initial preliminary original primer primera primeros primeras inicial
    iniciales preliminar preliminares hours horas days días weeks semanas""".split(), *SEASONS}))


# Of those, the words of a period: a date holds one only beside a word that makes it a date, another of
# _DATE_WORDS ("last year", "hace dos años", "the first two weeks", "la temporada seca") or one of
# _WITH_A_PERIOD ("this year", "este año", "el mes pasado", "esta semana", "year to date", "en lo que va
# del año", "el primero mes"). "40 años", "for two years", "cada mes", "the morning" hold no date: half the
# clauses with a date word hold only such a period.
_DATE_PERIODS = _DATE_WORDS & frozenset(map(fold, """year years año años month months mes meses week semana season
    seasons temporada temporadas decade decades década décadas winters summers inviernos veranos campaña campañas
    morning afternoon evening mañana tarde noche época estación hours horas days días weeks semanas""".split()))
_DATE_ALONE = _DATE_WORDS - _DATE_PERIODS
_WITH_A_PERIOD = frozenset("this este esta pasado pasada pasados pasadas date va primero past ultimos ultimas".split())


def _may_hold_a_date(text: str, start: int, end: int) -> bool:
    """False when text[start:end] holds no date of _DATE_RE's: none of _DATE_WORDS but a period's words
    alone (_DATE_PERIODS without a word of _WITH_A_PERIOD), no year."""
    words = _words(text, start, end)
    return not _DATE_ALONE.isdisjoint(words) or any(len(word) == 4 and _YEAR_WORD.match(word) for word in words) \
        or not _DATE_PERIODS.isdisjoint(words) and not _WITH_A_PERIOD.isdisjoint(words)


_WORD = patterns.compile(r"\w+")   # the words that the patterns' \b bounds
_YEAR_WORD = patterns.compile(_YEAR)


@lru_cache(maxsize=64)
def _words(text: str, start: int, end: int) -> frozenset[str]:
    """The words of text[start:end], folded: what a pattern's words are looked up among before it runs.
    Cached: the date, moment and period tests each ask it of the same clause (half its calls repeat one)."""
    return frozenset(fold(" ".join(_WORD.findall(text, start, end))).split())


def _chosen(matches):
    """The first date of matches, but a year, month or day before the story's time: "Izalco's output is
    now put at 2.4% for 2019" holds in 2019."""
    story = None
    for match in matches:
        if not (match.group("weekday") or match.group("present")):
            return match
        story = story or match
    return story


_SPAN_REACH = 30   # a date starting in a clause may end past it: "between February | and August"


@lru_cache(maxsize=256)   # asked for each figure of a clause
def scope(text: str, clause_start: int, clause_end: int, sentence_start: int, antecedent_start: int | None = None) -> str:
    """The date of the figure's clause; else, for a relative clause, the date of the noun it is said
    of (text[antecedent_start:clause_start]: "el incendio de febrero de 2024, que dejó"); else of a
    sentence that opens with one ("In 2023, ...")."""
    match = _span_across(text, clause_start, sentence_start) \
        or _chosen(m for m in _dates(text, clause_start, clause_end + _SPAN_REACH) if m.start() < clause_end)
    if not match and antecedent_start is not None:
        antecedent = patterns.last_match(_dates(text, antecedent_start, clause_start))
        if antecedent and antecedent.group("since"):
            return antecedent.group("since_year")   # "since the 2010 quake, which killed": the quake's year
        match = antecedent
    if not match:
        opening = _OPENING_DATE.match(text, sentence_start, clause_start)
        match = opening and _chosen(_dates(text, sentence_start, opening.end()))
    if not match:
        later = _TAKING_EFFECT.match(text, clause_end)
        match = later and _chosen(_dates(text, later.start(), later.end() + _TAKING_EFFECT_REACH))
    if not match:
        return ""
    named = _named_scope(match)
    if _TAKES_EFFECT_BEFORE.search(text, max(0, match.start() - 24), match.start()):
        return FROM_A_DATE + named
    return FORECAST + named if named.isdigit() and _foretold(text, clause_start, clause_end) else named


def _named_scope(match) -> str:
    """The scope a match of _DATE_RE names: "month 11", "2024", "since the first 2 week", "last year"."""
    if match.group("span_from"):
        return f"months {MONTHS[fold(match.group('span_from'))]}-{MONTHS[fold(match.group('span_to'))]}"
    if match.group("part") or match.group("quarter") or match.group("months"):
        return _year_part(match)
    if match.group("first_span"):
        return since_span(match)
    season = match.group("season_en") or match.group("season_es") or match.group("season_bare")
    if season:
        year = match.group("season_year")
        return f"{year + ' ' if year else ''}{_SEASON_SCOPE}{SEASONS[fold(season)]}"
    if match.group("trailing"):
        count = match.group("trailing")
        count = int(count) if count.isdigit() else _MONTH_COUNTS[fold(count)]
        return f"{count} months to month {MONTHS[fold(match.group('trailing_to'))]}"
    if match.group("since_event"):   # "since leaving the border", "desde que salió": a running total
        return SINCE_AN_EVENT
    if match.group("since_month"):   # "since January" is the year so far
        month = MONTHS[fold(match.group("since_month"))]
        return SO_FAR_THIS_YEAR if month == 1 else f"{SINCE_MONTH}{month}"
    if match.group("weekday"):
        return WEEKDAYS[match.group("weekday")]   # "on Sunday", "el domingo": Sunday
    if match.group("present"):
        return NOW
    if match.group("day"):
        return f"{MONTHS[fold(match.group('day_month'))]}-{int(match.group('day'))}"
    if match.group("day_es"):
        return f"{MONTHS[fold(match.group('month_es'))]}-{int(match.group('day_es'))}"
    if match.group("since"):
        return "since " + match.group("since_year")
    if match.group("month_year"):   # "22 toneladas incautadas en enero de 2024" is no figure of all 2024
        return f"{match.group('month_year')}-{MONTHS[fold(match.group('month_of'))]}"
    if match.group("year"):
        return match.group("year")
    if match.group("month_only") or match.group("month_bare"):   # "in October", "of November", "cerró octubre":
        return f"month {MONTHS[fold(match.group('month_only') or match.group('month_bare'))]}"   # of the story's year
    if match.group("earlier"):
        return EARLIER
    if match.group("so_far") or match.group("through_month"):
        return SO_FAR_THIS_YEAR
    if match.group("last_period"):   # "the last 12 months", "los últimos 18 meses": "the last 18 months"
        return f"the last {_count(match.group('last_count') or match.group('count_last'))} {_LAST_UNITS[fold(match.group('last_period'))]}"
    if match.group("season_so_far"):
        return SO_FAR_THIS_SEASON
    relative = " ".join(fold(match.group("relative")).split())
    if season := next((_LAST_SEASONS[word] for word in relative.split() if word in _LAST_SEASONS), ""):
        return f"last {season}"   # "el invierno pasado": last winter; "la campaña pasada": last season
    return _SAME_RELATIVE.get(relative, relative)


def _span_across(text: str, clause_start: int, sentence_start: int):
    """A span of months that opens before the clause and closes in it, where the clause's start cut it:
    "Entre enero y | septiembre la estatal produjo 897.000 toneladas" is of January to September, not of
    September; else None."""
    start = max(sentence_start, clause_start - _SPAN_REACH)
    if start == clause_start or _SPAN_MONTHS.isdisjoint(_words(text, start, clause_start + _SPAN_REACH)):
        return None   # (a span's months are words of its own, between spaces: nine windows in ten hold none)
    return next((match for match in _dates(text, start, clause_start + _SPAN_REACH)
                 if match.group("span_from") and match.start() < clause_start < match.end()), None)


def _year_part(match) -> str:
    """The months of a part of a year ("months 7-9" of "the third quarter"), after its year if given."""
    if match.group("quarter"):
        first, length = 3 * int(match.group("quarter")) - 2, 3
    elif match.group("months"):
        count = match.group("months")
        first, length = 1, int(count) if count.isdigit() else _MONTH_COUNTS[fold(count)]
    else:
        length = _PART_MONTHS[fold(match.group("part_kind"))]
        first = length * (_PART_ORDINALS[fold(match.group("part"))] - 1) + 1
    months = f"months {first}-{min(first + length - 1, 12)}"
    return f"{match.group('part_year')} {months}" if match.group("part_year") else months


def story_time(scope: str) -> bool:
    """Whether a date is the story's own time: a day of the week ("on Sunday", "el domingo") or the
    present ("now", "hoy")."""
    return scope == NOW or scope in _WEEKDAY_NAMES


_WEEKDAY_NAMES = frozenset(WEEKDAYS.values())


# The article's own date, which its relative years are of ("last year" in an article of 4 December 2025 is
# 2024): a date with its year in the front matter ("date: 2025-12-04"), or one written in full in the dateline
# ("MONTEVIDEO, Dec. 4, 2025 —", "BOGOTÁ, 4 de diciembre de 2025 (EFE) —") or as a first paragraph of its own
# ("December 4, 2025"). Not a date further into the first paragraph: "The plant opened on March 3, 2011" is an
# event's. A desk's dateline without its year ("MONTEVIDEO, Dec 4 —", "QUITO, 24 nov") dates nothing: its
# relative years stay relative, compared with the same words only.
_FRONT_MATTER_DATE = patterns.compile(rf"\A(?:---|\+\+\+)[ \t]*\r?\n(?:(?!---|\+\+\+)[^\n]*\n){{0,40}}?"
                                      rf"(?:date|published|fecha)[ \t]*[:=][ \t]*[\"']?(?P<year>{_YEAR})-[01]\d-[0-3]\d", regex.I)
_FULL_DATE = patterns.compile(rf"\b(?:{_MONTH})\.?\s+[0-3]?\d,\s+(?P<year>{_YEAR})\b"
                              rf"|\b[0-3]?\d\s+de\s+(?:{_MONTH})\.?\s+(?:de\s+|del\s+)?(?P<year_es>{_YEAR})\b"
                              rf"|\b(?P<iso>{_YEAR})-[01]\d-[0-3]\d\b", regex.I)
_DATELINE_END = patterns.compile(r"\s[—–]|\s--\s")
_DATELINE_LONGEST = 100   # characters before a dateline's dash
_DATE_LINE_LONGEST = 40   # characters of a first paragraph that is a date alone
# The relative years an article's date resolves, by how many years before it they lie.
_YEARS_BACK = {"last year": 1, "this year": 0}


def article_year(text: str, prose: str) -> int | None:
    """The year of the article's own date (above), or None."""
    dated = _FRONT_MATTER_DATE.match(text) or _FULL_DATE.search(_dateline(prose))
    if not dated:
        return None
    return int(dated.group("year") or dated.groupdict().get("year_es") or dated.groupdict().get("iso"))


def _dateline(prose: str) -> str:
    """The first paragraph's dateline (the words before its dash), or the paragraph when it is short, a date
    alone; a heading before it is the title."""
    paragraphs = [p.strip() for p in prose.strip().split("\n\n", 3)]
    first = next((p for p in paragraphs if p and not p.startswith("#")), "")
    dash = _DATELINE_END.search(first, 0, _DATELINE_LONGEST)
    return first[:dash.start()] if dash else first if len(first) <= _DATE_LINE_LONGEST else ""


def in_its_year(scope: str, year: int | None) -> str:
    """A relative year said with the article's year ("last year (2024)"), which one_date takes for either."""
    back = _YEARS_BACK.get(scope)
    return scope if back is None or year is None else f"{scope} ({year - back})"


# An article that gives no date of its own is written after the years its story tells in the past: "El templo
# recibió 4,9 millones de visitantes en 2025" and "Barcelona received about 15.5 million tourists in 2025" are
# written in 2026 or later, so "About 3.9 million people visited the basilica last year" in an undated article of
# that story is of 2025 (compare.py reads the story). Only a figure of a whole year said with a verb in the past
# tells it: a year of what is to come ("confía en terminar la obra en 2034", "expects growth of 2.1% in 2025", "is
# expected to reach"), or of what someone says ("said", "dijo": the saying is past, the figure need not be), tells
# nothing of when the story is written.
RELATIVE_YEARS = frozenset(_YEARS_BACK)
_YEAR_MENTION = patterns.compile(rf"(?<![\d.,])\b{_YEAR}\b(?![.,]?\d|\s*%)")
# A stretch's words, its figures and its commas, in order: what stands right before a participle is read from
# them ("in 2025 rose" is no "in rose"; ", built in 1990," is an apposition).
_TOKEN = patterns.compile(r"\p{L}+|\d[\d.,]*|,")
# Before a participle, words that make it no past: the present passive or a future ("is expected", "will be
# completed", "to be finished"), an adjective's determiner ("the projected 2.1%", "an estimated 3,000") or a
# preposition ("megawatts of installed capacity", "with added lines"); a comma before it opens an apposition
# ("The dam, built in 1990, holds").
_NO_PAST_BEFORE = frozenset("""is are am be being will would to can could may might must shall should the a an its
    their his her our this these of with in on at for by from into , """.split())
_PRETERITE_ENDINGS = ("ó", "aron", "ieron", "yeron", "aba", "aban")   # and the imperfect: "registraba"
# Spanish preterites whose ending is no regular one (-ó, -aron, -ieron): the strong verbs news writes.
_STRONG_PRETERITES = frozenset("""fue hubo tuvo hizo dijo produjo redujo trajo condujo estuvo pudo puso vino dio vio
    quiso supo anduvo""".split())


def told_in_the_past(sentence: str, at: int, language: str) -> bool:
    """Whether the stretch of sentence a figure (starting at at) stands in tells it in the past: its words from the
    year before it to its own year (a sentence naming two years tells two things: "produced 1.9 million
    tonnes in 2025 and expects 2.1 million in 2026"), with the stretch before when the year opens the
    sentence ("In 2025, the park received 712,000 visitors")."""
    cuts = [0] + [match.end() for match in _YEAR_MENTION.finditer(sentence)] + [len(sentence)]
    index = next(i for i in range(1, len(cuts)) if at < cuts[i] or i == len(cuts) - 1)
    start, end = cuts[index - 1], cuts[index]
    if index == len(cuts) - 1 and index > 1:
        start = cuts[index - 2]   # a stretch after the last year: of the year before it
    return _has_past_verb(sentence[start:end], language)


def _has_past_verb(stretch: str, language: str) -> bool:
    """Whether a verb of the stretch is in the past, read from the lexicon. A capitalised word past the stretch's first
    is a name ("el grupo Jaraba", "Alibaba") unless the lexicon lists it as a verb form (the first word's capital is
    the sentence's: "Deportó a 200...", "Exported 200..."), and an English participle after a determiner,
    a preposition or a comma is an adjective or an apposition ("of installed capacity", "The dam, built in 1990")."""
    tokens = _TOKEN.findall(stretch)
    for i, token in enumerate(tokens):
        word = token.lower()
        if not token[0].isalpha() or word in SAYING:
            continue
        named = token[0].isupper() and i > 0
        if language == "es":
            if word in _STRONG_PRETERITES or word.endswith(_PRETERITE_ENDINGS) and (
                    has_class("es", word, "finite") or not named and not is_listed("es", word)):
                return True   # "recibió", "sumaron"; "deportó", which the lexicon lacks
        elif has_class("en", word, "past") and not has_class("en", word, "verb") \
                and not named and not (i and tokens[i - 1].lower() in _NO_PAST_BEFORE) \
                and not (i + 2 < len(tokens) and tokens[i + 1] == "to" and has_class("en", tokens[i + 2].lower(), "verb")):
            return True   # not a present too ("output", "cut", "set"), nor "expected to reach", nor a name ("Rose")
    return False


def written_after(years_told_as_past) -> int | None:
    """The year an undated article of a story is written in, by the latest year the story tells in the past."""
    return max(years_told_as_past) + 1 if years_told_as_past else None


_RESOLVED = patterns.compile(r"(?P<relative>.+) \((?P<year>\d{4})\)")


# The relative dates before the story's time (_DATE_RE's "relative" and "earlier" as _named_scope names them): these,
# and every "last ..." ("last year", "last week", "last winter", "la temporada pasada": "last season"), which
# before_now reads by its prefix.
_BEFORE_NOW = frozenset({"yesterday", EARLIER})


def before_now(scope: str) -> bool:
    """Whether a scope is a relative date before the story's time ("last year", "last year (2025)", "ayer",
    "two weeks earlier", "last season")."""
    return any(name in _BEFORE_NOW or name.startswith("last ") for name in _names(scope))


def _names(scope: str) -> frozenset[str]:
    """The dates a scope may be written as: a relative year in its article's year is both."""
    resolved = _RESOLVED.fullmatch(scope)
    if resolved:
        return frozenset((resolved.group("relative"), resolved.group("year")))
    return frozenset((scope, scope.removeprefix(FORECAST)))   # "forecast for 2028" is of 2028


def one_date(first: str, second: str, counted_over_time: bool, foretold=lambda: False) -> bool:
    """Whether figures of these dates may be one fact: one date; or one figure undated, the story's
    own date, unless the other is dated before the story ("two weeks earlier"), from a later date, or
    foretold for a year while the undated one's sentence foretells nothing (foretold() says whether both
    sentences tell the future, foretells), or either counts over a
    time of its own ("since 2022", "killed", which may be another day's). A figure of the story's time
    ("85,700 passengers on Sunday", "hoy") is of an undated figure's date, but of no year, month or
    other day ("25,4 millones de pasajeros en 2025", "in 2022"). A season compares only with itself."""
    if first == second or first and second and not _names(first).isdisjoint(_names(second)):
        return True   # one date, or "last year (2024)" and "2024", "last year (2024)" and "last year"
    if first and second:
        return False
    dated = first or second
    if dated.startswith(FROM_A_DATE):
        return False   # "cobrará 100 dólares a partir de enero": a figure from a later date, not today's
    if dated.startswith(FORECAST):   # "will employ 1,200 in 2028" is no figure of today's ("It opens with 700
        return foretold() and not counted_over_time   # workers"), but is what "transportará unos 250.000" foretells
    if _SEASON_SCOPE in dated:
        return False   # a season is a condition as much as a date: "516 km² en época de lluvias" is no undated area
    return story_time(dated) or not (counted_over_time or dated == EARLIER)


# A figure said of a moment, not of what a thing can do: "aportaba 190 megavatios el jueves", "the four
# turbines now running produce 1,200 megawatts". A capacity bounds such a level; it does not restate it.
# After the story's event ("tras la avería", "after the spill"): what held then, not what a thing can do.
_AFTER_THE_EVENT = r"(?:after|following)\s+the\s+\p{L}|(?:tras|despu[ée]s\s+de)\s+(?:el|la|los|las)\s+\p{L}|despu[ée]s\s+del\s+\p{L}"
# A word of the present or a day is one whole ("this weekly", "nowhere", "Sundays" are none); the event's
# phrase ends on the first letter of its noun.
_MOMENT = patterns.compile(rf"\b(?:(?:{_PRESENT}|{_WEEKDAY})\b|{_AFTER_THE_EVENT})", regex.I)
AT_A_MOMENT = "@moment"   # the mark moment() leaves among a statement's words (ledger.Statement.about)


@lru_cache(maxsize=256)   # asked for each figure of a clause
def moment(text: str, clause_start: int, clause_end: int, sentence_start: int, language: str = "") -> tuple[str, ...]:
    """(AT_A_MOMENT,) when the clause, or a phrase opening its sentence ("Tras la avería, la central
    generaba"), dates its figure to a day, the present or what followed the story's event, or the clause
    tells it in the past (_has_past_verb: "They held about 570 million cubic meters", "El motor entregó unas
    3,8 toneladas de empuje": what a thing held or gave then, not what it can hold or give), else ()."""
    opening = _OPENING_DATE.match(text, sentence_start, clause_start)
    return (AT_A_MOMENT,) if _at_a_moment(text, clause_start, clause_end) \
        or opening and _at_a_moment(text, sentence_start, opening.end()) \
        or language and _has_past_verb(text[clause_start:clause_end], language) else ()


# Each phrase of _MOMENT holds one of these words (folded): a clause with none is no moment's, told
# without trying the pattern at each of its positions.
_MOMENT_WORDS = frozenset(map(fold, {*_PRESENT_WORDS, "after", "following", "tras", "después"}))


def _at_a_moment(text: str, start: int, end: int) -> bool:
    return not _MOMENT_WORDS.isdisjoint(_words(text, start, end)) and bool(_MOMENT.search(text, start, end))


# Words before "a day", "a month" that make it how long, not how often: "for a week", "after a month".
_SPAN_BEFORE = ("for", "after", "in", "within", "over", "during", "than", "about", "nearly", "almost", "half")
_AFTER_A_SPAN_WORD = patterns.compile(r"(?<=\b(?:" + "|".join(_SPAN_BEFORE) + r")\s+)", regex.I)


def how_long(text: str, a_at: int, word_after: str | None = None) -> bool:
    """Whether the "a" at a_at and the period after it ("a month") say how long, not how often: after a
    word of span ("for a week", "after a month"), or before "of" ("a month of repairs")."""
    return word_after == "of" or bool(_AFTER_A_SPAN_WORD.match(text, a_at))


# A count or an amount per day, week, month or year ("60,000 vehicles use the bridge every day",
# "circulan a diario", "3.000 millones de pesos diarios", "2.4 million pesos a year"): a rate of a
# period, compared with another of the same period (measures.other_periods), not a rate per thing.
# An "a" that says how long (how_long) is no rate: _rate_matches leaves its matches out.
_PER_PERIOD = patterns.compile(
    r"\b(?:(?:(?P<a>a)|per|every|each|al|por|cada)"
    r"\s+(?P<unit>day|year|week|month|night|d[ií]a|año|semana|mes|noche)"
    # "compared with a year earlier": a date; "a month of repairs", "each year of the war": how long, not how often
    r"(?!\s+(?:earlier|ago|before|later|after|antes|despu[eé]s|of)\b)"
    r"|(?P<adjective>daily|diari[oa]s?|a\s+diario|annually|yearly|anual(?:es)?|monthly|mensual(?:es)?|weekly"
    r"|semanal(?:es)?))\b", regex.I)
# The period each of _PER_PERIOD's words names (folded), as the word measures.PERIODS reads
_PERIOD_OF = {
    **dict.fromkeys(("day", "dia", "daily", "diario", "diaria", "diarios", "diarias", "a diario"), "daily"),
    **dict.fromkeys(("week", "semana", "weekly", "semanal", "semanales"), "weekly"),
    **dict.fromkeys(("month", "mes", "monthly", "mensual", "mensuales"), "monthly"),
    **dict.fromkeys(("year", "ano", "annually", "yearly", "anual", "anuales"), "annual"),
    **dict.fromkeys(("night", "noche"), "nightly"),
}


@lru_cache(maxsize=256)   # asked for each figure of a clause
def period(text: str, clause_start: int, clause_end: int) -> tuple[str, ...]:
    """The period a figure's clause counts per ("daily", "annual", ...), as a word of the clause, or ()."""
    match = _per_period(text, clause_start, clause_end)
    if not match:
        return ()
    return (_PERIOD_OF[" ".join(fold(match.group("unit") or match.group("adjective")).split())],)


_PERIOD_AFTER = patterns.compile(r"\s*(?:,\s*)?" + _PER_PERIOD.pattern, regex.I)


def period_after(text: str, end: int) -> tuple[str, ...]:
    """The period a figure ending at end is counted per, said right after it ("$300 billion a year", "15
    shekels a day", "350 euros al año", "100 dólares mensuales"), or (): elsewhere in the clause the
    period may be another noun's ("una consulta de 10 minutos cuesta el jornal")."""
    match = _PERIOD_AFTER.match(text, end)
    if match and _says_how_long(text, match):
        return ()
    return (_PERIOD_OF[" ".join(fold(match.group("unit") or match.group("adjective")).split())],) if match else ()


def period_spans(text: str, clause_start: int, clause_end: int) -> list[tuple[int, int]]:
    """Where a clause says per what period it counts ("every day"): words that are not the measure's."""
    if not _may_count_per_period(text, clause_start, clause_end):
        return []
    return [m.span() for m in _rate_matches(text, clause_start, clause_end)]


# Each phrase of _PER_PERIOD holds a word of _PERIOD_OF ("a diario": "diario"): a clause with none
# counts per no period, told without trying the pattern at each of its positions.
_PERIOD_WORDS = frozenset(word for words in _PERIOD_OF for word in words.split() if word != "a")


def _may_count_per_period(text: str, start: int, end: int) -> bool:
    """False when text[start:end] holds no word of _PERIOD_WORDS: _PER_PERIOD finds nothing there."""
    return not _PERIOD_WORDS.isdisjoint(_words(text, start, end))


def _per_period(text: str, start: int, end: int):
    """The first of _PER_PERIOD's matches in text[start:end] that counts per a period (_rate_matches), or None."""
    if not _may_count_per_period(text, start, end):
        return None
    return next(_rate_matches(text, start, end), None)


def _rate_matches(text: str, start: int, end: int):
    """_PER_PERIOD's matches in text[start:end], but those whose "a" says how long ("for a week")."""
    return (match for match in _PER_PERIOD.finditer(text, start, end) if not _says_how_long(text, match))


def _says_how_long(text: str, match) -> bool:
    """Whether a match of _PER_PERIOD opens with an "a" that says how long ("for a week"): no rate."""
    return match.start("a") >= 0 and how_long(text, match.start("a"))
