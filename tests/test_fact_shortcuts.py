"""XL801's shortcuts on real text (issue 17) find what the plain reading finds: the paragraphs the
figure finders skip, and the statements the rule's ledger leaves out, would give it nothing."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from xlate.cli.common import build_context
from xlate.core.config import Config
from xlate.core.document import Document
from xlate.rules.facts import scopes
from xlate.rules.facts.entities import _ALIKE_OPENING, _TRANSLATED_LENGTHS, _initials, _translated
from xlate.rules.facts.figures import document_figures
from xlate.rules.facts.ledger import document_ledger
from xlate.rules.facts.mentions import common_word
from xlate.text.names import content_sequence
from xlate.text.quantities import (DOZEN_WORDS, FRACTION_WORDS, ORDINAL_WORDS, dozens_in, fractions_in, one_time_in,
                                   ordinals_in, quantities_in)


def _every_paragraph_read(doc) -> list:
    """document_figures without its shortcuts: every finder on every paragraph."""
    figures = []
    for index, paragraph in enumerate(doc.paragraphs):
        start, end = paragraph.start, paragraph.end
        found = ([q for q in quantities_in(doc.prose, start, end, True, common_word, paragraph.language)
                  if q.unit not in scopes.MONTHS]
                 + dozens_in(doc.prose, start, end) + fractions_in(doc.prose, start, end)
                 + ordinals_in(doc.prose, start, end) + one_time_in(doc.prose, start, end)
                 + scopes.years(doc.prose, start, end) + scopes.days(doc.prose, start, end))
        if found:
            figures.append((index, paragraph, found))
    return figures


_FINDERS_WORDS = sorted(DOZEN_WORDS | FRACTION_WORDS | ORDINAL_WORDS)
_WORDS = st.one_of(
    st.sampled_from(_FINDERS_WORDS + ["a", "una", "la", "the", "of", "de", "since", "desde", "cut", "recorte", "cases",
                                      "casos", "doce", "twelve", "12", "12th", "2021", "in", "en", "un", "día",
                                      "for", "more than", "a day", "March 3", "26 de octubre", "people", "personas"]),
    st.sampled_from(_FINDERS_WORDS).map(lambda word: word.upper()),
    st.tuples(st.sampled_from(["one-", "x’", "3", "ab2", "", "O'"]), st.sampled_from(_FINDERS_WORDS),
              st.sampled_from(["’s", "-time", "2", "", ".", ","])).map("".join))   # words the finders' words stand in
_PARAGRAPHS = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PARAGRAPHS, min_size=1, max_size=5))
@example(["Half of the cases.", "Then x’half of the cases were closed."])   # a word holding the finder's word
@example(["La mitad de los casos.", "Y ab2mitad de los casos."])
@example(["The first day.", "Its o’ninth cut since March."])
def test_the_paragraphs_document_figures_skips_hold_no_figure(paragraphs):
    doc = Document.from_text("a.md", "\n\n".join(paragraphs))
    assert document_figures(doc) == _every_paragraph_read(doc)


def _comparable_part(ledger) -> tuple:
    return ([s for s in ledger.statements if s.comparable], list(ledger.names.items()), ledger.aliases, ledger.surnames)


_TWO_FIGURES = """# Tela

The Tela runoff was won by 3 points. The runoff cost 1.2 billion pesos, or about $65 million.

It lasted 12 hours. The mill Omoa, built in 2016, can produce 250 tonnes a day.

Floods killed 14 people in Tela. The storm left 3 towns and 40 roads without power.
"""


@pytest.mark.parametrize("corpus", ["facts-dev", "facts-dev2", "facts-dev3", "facts-dev4"])
def test_the_rules_ledger_is_the_comparable_part_of_the_whole(corpus):
    """XL801 makes only the statements that have a measure (and a sum restated in another currency):
    what it compares, the names and the links are those of the whole ledger."""
    folder = ROOT / "bench" / corpus
    glossary = next(folder.glob("glossary.*"))
    ctx = build_context([folder], (glossary,), Config(engine="none"))
    left_out = 0
    for path in sorted(folder.glob("*.md")):
        whole = document_ledger(Document.from_path(path), ctx)
        part = document_ledger(Document.from_path(path), ctx, comparable_only=True)
        assert _comparable_part(part) == _comparable_part(whole), path
        left_out += len(whole.statements) - len(part.statements)
    assert left_out


def test_a_figure_left_out_still_names_the_story_and_carries_its_subject():
    ctx = build_context([], (ROOT / "glossary",), Config(engine="none"))
    whole = document_ledger(Document.from_text("a.md", _TWO_FIGURES), ctx)
    part = document_ledger(Document.from_text("a.md", _TWO_FIGURES), ctx, comparable_only=True)
    assert _comparable_part(part) == _comparable_part(whole)
    assert len(part.statements) < len(whole.statements)


_DATE_PIECES = st.one_of(
    st.sampled_from(sorted(scopes.MONTHS) + sorted(scopes.WEEKDAYS) + [
        "in", "en", "de", "del", "since", "desde", "between", "entre", "and", "y", "a", "the", "la", "el", "last",
        "this", "esta", "este", "so far", "year to date", "en lo que va del año", "at present", "at the moment",
        "two weeks", "dos semanas", "before the", "prior to the", "antes del", "until", "hasta", "1943", "2023",
        "19", "203", "20234", "2011²", "3", "26", "Oct.", "%", ",", "-", "_", "x", "mañana", "año", "hoy",
        "currently", "now", "know", "player", "earlier", "ayer", "after the", "following the", "tras la",
        "después del", "despues de la", "a day", "per year", "cada mes", "al año", "a diario", "anuales", "diarias",
        "weekly", "mensual", "día", "semana", "years", "años", "meses", "months", "temporada", "season", "pasado",
        "pasada", "primero", "primeros", "first", "to date", "va", "ago", "hace", "antes", "anterior", "previous",
        "morning", "tarde", "la noche", "época", "campaña", "decades"]),
    st.text(alphabet="aeioñnrsty019 ", max_size=6))
_CASED = st.tuples(_DATE_PIECES, st.sampled_from([str, str.upper, str.title, str.lower])).map(lambda pair: pair[1](pair[0]))


@settings(max_examples=600, deadline=None)
@given(st.lists(_CASED, min_size=1, max_size=8).map(" ".join))
@example("It is currently 12.")   # a word of the present alone
@example("ENTRE ENERO Y MARZO")
@example("in a day")   # how long, not how often: no rate, screened or not
@example("this weekly")   # no moment: _MOMENT's "this week" is a whole word
@example("NOWHERE on Sundays")
@example("Entre Septiembre y MAYO")   # a span of months, in any case
@example("el primero mes")   # a period's word beside one that makes it a date
@example("la Temporada pasada")
@example("en lo que va de la temporada")
@example("40 años")   # a period's word alone: no date
@example("from May to June")
def test_a_clause_the_word_screens_pass_over_holds_nothing_their_patterns_find(clause):
    """The screens of scopes (dates, moments, periods) hide nothing their patterns find."""
    if scopes._DATE_RE.search(clause):
        assert scopes._may_hold_a_date(clause, 0, len(clause))
    _assert_each_span_holds_a_span_month(clause)
    assert scopes._at_a_moment(clause, 0, len(clause)) == bool(scopes._MOMENT.search(clause))
    if scopes._PER_PERIOD.search(clause):
        assert scopes._may_count_per_period(clause, 0, len(clause))
    # the rates _PER_PERIOD finds, but an "a" that says how long ("in a day", "for a week": scopes._rate_matches)
    rates = [m.span() for m in scopes._PER_PERIOD.finditer(clause) if not scopes._says_how_long(clause, m)]
    screened = scopes._per_period(clause, 0, len(clause))
    assert (screened and screened.span()) == (rates[0] if rates else None)
    assert scopes.period_spans(clause, 0, len(clause)) == rates


# One phrase of each alternative of the screened patterns
_DATES = ["between January and March", "de enero a marzo", "Oct. 19", "19 de octubre", "since 2010", "May 2009",
          "enero de 2024", "in 2023", "in May", "cerró octubre", "so far this year", "year to date",
          "en lo que va del año", "last year", "last month", "yesterday", "el año pasado", "el mes pasado",
          "la semana pasada", "ayer", "este año", "two weeks earlier", "dos semanas antes", "before the spill",
          "a year ago", "hace un año", "the winter before", "the previous season", "la temporada anterior",
          "last season", "la campaña pasada", "el pasado invierno",
          "prior to the vote", "antes del derrame", "antes de la crisis", "hasta octubre", "through October",
          "los últimos doce meses", "the past 12 months"]
_MOMENTS = ["on Sunday", "el domingo", "el miércoles", "today", "tonight", "now", "currently", "presently", "at present",
            "at the moment", "this morning", "this week", "hoy", "ahora", "actualmente", "en este momento",
            "esta mañana", "esta semana", "this season", "esta temporada", "after the spill", "following the spill", "tras la avería",
            "después de la avería", "después del sismo"]
_PERIODS = ["a day", "per year", "every week", "each month", "al día", "por año", "cada semana", "al mes", "daily",
            "diarios", "a diario", "annually", "yearly", "anuales", "monthly", "mensual", "weekly", "semanales"]


@pytest.mark.parametrize("phrase", _DATES + _MOMENTS + _PERIODS)
def test_each_phrase_of_the_screened_patterns_passes_its_screen(phrase):
    for clause in (f"x {phrase} x", f"X {phrase.upper()} X"):
        if scopes._DATE_RE.search(clause):
            assert scopes._may_hold_a_date(clause, 0, len(clause))
        assert scopes._at_a_moment(clause, 0, len(clause)) == bool(scopes._MOMENT.search(clause))
        assert bool(scopes._per_period(clause, 0, len(clause))) == bool(scopes._PER_PERIOD.search(clause))
    found = scopes._DATE_RE.search(phrase) or scopes._MOMENT.search(phrase) or scopes._PER_PERIOD.search(phrase)
    assert found   # the phrase is one the patterns read


@pytest.mark.parametrize("corpus", ["facts-dev", "facts-dev2", "facts-dev3", "facts-dev4", "facts-dev5"])
def test_every_date_of_the_dev_sets_passes_the_date_screen(corpus):
    """Each date _DATE_RE finds, alone (the narrowest clause it can stand in), passes _may_hold_a_date."""
    for path in sorted((ROOT / "bench" / corpus).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for match in scopes._DATE_RE.finditer(text):
            assert scopes._may_hold_a_date(text, *match.span()), (path.name, match.group())
        _assert_each_span_holds_a_span_month(text)


def _assert_each_span_holds_a_span_month(text: str) -> None:
    """Each span of months _DATE_RE finds ("entre enero y marzo") holds a word of scopes._SPAN_MONTHS, in any
    window it stands in: scopes._span_across reads no window without one."""
    for match in scopes._DATE_RE.finditer(text):
        if match.group("span_from"):
            assert not scopes._SPAN_MONTHS.isdisjoint(scopes._words(text, *match.span())), match.group()


def _names_by_language(corpus: str) -> dict[str, set[tuple[str, ...]]]:
    """The words of each name of two to four words the ledgers of a dev set write, by its article's language."""
    folder = ROOT / "bench" / corpus
    ctx = build_context([folder], (next(folder.glob("glossary.*")),), Config(engine="none"))
    names: dict[str, set[tuple[str, ...]]] = {"en": set(), "es": set()}
    for path in sorted(folder.glob("*.md")):
        ledger = document_ledger(Document.from_path(path), ctx)
        language = ledger.statements[0].language if ledger.statements else ""
        for key in ledger.names:
            words = content_sequence(key.removeprefix("name:"))
            if key.startswith("name:") and language in names and len(words) in _TRANSLATED_LENGTHS:
                names[language].add(words)
    return names


# Names joined by each way two words are alike: cognates opening alike, the same with an ending, an English
# -e for a Spanish -a, a noun's English word.
_JOINED_BY_HAND = {"National Police": "Policía Nacional", "Latin America": "América Latina",
                   "Argentine Republic": "República Argentina", "River Plate": "Río de la Plata",
                   "Health Ministry": "Ministerio de Salud", "University of Chile": "Universidad de Chile"}


@pytest.mark.parametrize("corpus", ["facts-dev", "facts-dev2", "facts-dev3", "facts-dev4", "facts-dev5",
                                    "facts-dev6", "facts-dev7", "facts-dev8", "facts-dev9"])
def test_names_a_translation_joins_open_alike(corpus):
    """Entities tries only the English and Spanish names whose words open alike (entities._ALIKE_OPENING):
    of every pair of the dev sets' names, those _translated joins do."""
    names = _names_by_language(corpus)
    names["en"] |= {content_sequence(name) for name in _JOINED_BY_HAND}
    names["es"] |= {content_sequence(name) for name in _JOINED_BY_HAND.values()}
    joined = [(english, spanish) for english in names["en"] for spanish in names["es"] if _translated(english, spanish)]
    assert len(joined) > len(_JOINED_BY_HAND)
    for english, spanish in joined:
        assert _initials(english, "en", _ALIKE_OPENING) & _initials(spanish, "es", _ALIKE_OPENING), (english, spanish)
