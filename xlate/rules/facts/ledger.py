"""The fact ledger of a document: every figure stated, what it measures and whom it is about.

A statement is a figure with a unit (quantities.py) read in its sentence:
- its entities: the glossary concepts (through any of their renderings and acronyms) and the
  names the sentence holds (mentions.py, referents.py), and the thing a definite description points back to
  ("the prison" after "Cecot, a prison he first visited", or a concept whose glossary note calls it
  a prison: descriptions.py); of those, which the figure is about (its subject, who says it, whose
  age it is, what a sentence that names nothing borrows) is read by subjects.py;
- its measure, from the words of its clause: capacity ("capacity for", "can hold", "capacidad"),
  population ("holds", "alberga"), deported, detained, released, killed, wounded, cost, votes,
  age ("45-year-old"), or distance from a named place ("74 kilometers southeast of San Salvador");
- its date scope: a year or a relative date in its clause ("in 2023", "since 2022", "last year"),
  read by scopes.py, as are the days and years that are figures themselves and the period of a rate;
- whether it can be compared at all: a change ("rose to"), a range ("between 65 and 70"), a rate
  ("each cell holds") or a part ("12 of them") is listed but never compared (comparable.py).
"""

from __future__ import annotations

from itertools import dropwhile, takewhile
from functools import lru_cache, partial
from typing import NamedTuple

import regex

from xlate.infra import patterns
from xlate.rules.facts import changes, comparable, scopes, subjects
from xlate.rules.facts.cues import (DAY_EVENT_RE, DONE_TO_IT, EVENT_RE, MEASURE_CUES, UNIT_MEASURES, cues_by_concept,
                                    cues_in, staff)
from xlate.rules.facts.descriptions import THING_SENSES, definite_nouns, descriptions, noun_key, verb_form
from xlate.rules.facts.figures import document_figures
from xlate.rules.facts.measures import (EVENTS_OF_PEOPLE, POPULATION_UNITS, THING_UNITS, counted_as, counts_a_thing,
                                        MEASURE_WORDS, is_measure_word, measure_words, unit_measure, visitors_as)
from xlate.rules.facts.mentions import (OPENER, Mention, common_word, counted_noun, filed_from, find_mentions,
                                        kinds_written, outside_datelines, past_dateline, short_forms)
from xlate.rules.facts.referents import WORKS, sentence_entities
from xlate.rules.facts.stories import TOLLS, is_age
from xlate.text.quantities import Quantity, is_fraction, is_multiple, is_one_in
from xlate.text.units import CURRENCIES, FUNCTION_WORDS
from xlate.text.fold import fold
from xlate.text.numbers import spelled_number_words
from xlate.text.word_classes import has_class
from xlate.text.word_senses import senses
from xlate.text.sentences import sentences_between
from xlate.text.screens import from_the_end, screened

# A stage of a thing: what it costs or employs is a part of what the whole does ("The first phase cost
# $1.3 billion; total investment will reach $3.5 billion"), compared only with another stage's.
_STAGE = patterns.compile(r"\b(?i:phase|phases|stage|stages|etapa|etapas|fase|fases)\b")
STAGE = "^stage"   # the mark a stage leaves among the words of a figure named by its unit: "En su primera etapa
# transportará 180.000 barriles diarios" is no other value of "It will carry 550,000 barrels a day when finished"

# A goal: what someone aims, plans or hopes to reach ("aimed to handle 4 million passengers", "a goal of",
# "la meta era mover 4 millones", "busca plantar"), compared only with another goal, never with what was
# done ("movió 3,2 millones"); so is a forecast said in the past, which the outcome is set against ("was
# expected to handle 4 million", "se esperaba", "había previsto"). Not a forecast of the future ("is expected
# to carry", "calcula que transportará"), which restates a future figure as "will" does; not "the plan" (a
# noun: "diez años de retraso respecto del plan").
_AIMS_TO = "aim aims aimed aiming plans planned planning hopes hoped hoping seeks sought wants wanted".split()
_GOAL_NOUNS = "goal goals target targets meta metas objetivo objetivos".split()
_AIMS = "targeted pretende pretendía pretenden busca buscaba buscan planea planeaba planean".split()
_GOAL = screened(patterns.compile(r"\b(?:" + "|".join(_AIMS_TO)
                                  + r"|(?:was|were|had\s+been)\s+expected|had\s+expected)\s+to\b"
                                  r"|\bse\s+esperaba\b|\bhab[ií]a\s+previsto\b"
                                  r"|\b(?:(?P<noun>" + "|".join(_GOAL_NOUNS) + ")|" + "|".join(_AIMS)
                                  + r"|espera\s+(?:mover|alcanzar|llegar|plantar|recibir))\b"),
                 [*_AIMS_TO, *_GOAL_NOUNS, *_AIMS, "expected", "esperaba", "previsto", "espera"])
GOAL = "^goal"   # the mark a goal leaves among a statement's words (Statement.about)
# A demand or a proposal is a goal of the side that makes it, not what was agreed: "Labor unions had pushed for a 20%
# raise", "called for", "demanded", "proposed", "los sindicatos pedían un aumento de 20%", "exigían", "propuso", against
# "El incremento, de 12%, fue votado". Only a figure the verb asks for, within a few words after it in its clause: not
# "Izalco's nurses demanded better pay and said the rent rose from 300 to 400 dollars", "proposed that the 12
# councillors"; not "offered" ("the museum offered free entry"), nor "demand", the noun of electricity.
# The Spanish verbs by their stems, a finite form by the lexicon (not the infinitive, nor the nouns "pedido",
# "exigencia", "solicitud"), with the noun of a proposal; the English by lemma and ending. "call for", "calls for",
# "push for", "ask for" are nouns after a determiner or a verb ("received calls for help from 3,000 families").
_DEMAND_STEMS = "pid ped exig reclam solicit propus propon".split()
_ASKS_FOR = "push pushes call calls ask asks"   # a verb or a noun
_ASKED_FOR = "pushed pushing called calling asked asking"
_DEMAND_WORD = patterns.compile(r"\b(?:(?P<asks>" + _ASKS_FOR.replace(" ", "|") + r")\s+for|(?:" + _ASKED_FOR.replace(" ", "|")
                                + r")\s+for|(?P<stem>(?:" + "|".join(_DEMAND_STEMS) + r")\w*)|propuestas?"
                                r"|demand(?:ed|s|ing)|propos(?:ed|es|ing)|request(?:ed|s|ing))\b(?!\s+(?:that|que)\b)", regex.I)
_TO_THE_FIGURE = patterns.compile(r"(?:\s+[\p{L}\p{M}'’-]+){0,6}\s+")   # at most six words between
_VERB_BEFORE = frozenset("to will would can could may might must should shall".split())   # "to push for", "will call for"
_DETERMINERS = frozenset("the a an its their his her our this these those many several some no any more".split())
_DEMAND_REACH = 80   # characters before a figure a demand's verb may stand in
# A goal's noun in an apposition describes a thing, no goal: "La catedral, meta de todas las rutas, recibió
# 1,8 millones de visitantes". The apposition: a comma, maybe an article, the noun, "de" or "of", and a
# noun phrase with no figure closed by a comma ("a goal of 4 million passengers," is a goal).
_OPENS_AN_APPOSITION = patterns.compile(r"(?<=,\s*(?:(?:the|a|an|el|la|los|las|un|una|su|sus)\s+)?)", regex.I)
_APPOSITION_OF = patterns.compile(r"\s+(?:of|de|del)\s+[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)*\s*,")
# (a goal's noun in an apposition describes a thing: "La catedral, meta de todas las rutas": its destination)
# An average is a measure of its own, compared only with another average: "wait an average of eight months"
# and "la espera promedio ... es de ocho semanas" disagree; "The average farm covers about 2 hectares" does
# not restate the 48,000 hectares the blight affects. Not the average a figure is set against ("38% below
# the historical average", "respecto al promedio histórico").
_AVERAGE = screened(patterns.compile(r"\b(?:on\s+average|an\s+average\s+of|average\s+(?!of\b|for\b|in\b|since\b|was\b|is\b)\p{Ll}+"
                                     r"|en\s+promedio|de\s+media|un\s+promedio\s+de|como\s+promedio"
                                     r"|\b(?!(?:del|los|las|una|sus|por|con|para)\s)\p{Ll}{3,}\s+(?:promedio|medio|media)\b)",
                                     regex.I),
                    ["medio"], prefixes=["average", "promedio", "media"])   # "on average" ends at no \b
AVERAGE = "^average"   # the mark an average leaves among a statement's words

# Figures that say their place among others: how far back a record goes ("the lowest level since 1943"),
# a place in a ranking ("the third-largest seizure in Ecuador's history"). Whatever changed, they are no change.
RANKINGS = frozenset(scopes.RECORDS) | {"rank"}

# A count of workers or inhabitants is a workforce or a population when something has them ("has
# 2,000 employees", "a city of 140,000 inhabitants"), not when they do something ("400 employees
# went on strike"). The verbs whose English is "have" are read by their senses (_had), these are the rest.
_HAVING_BEFORE = from_the_end(patterns.compile(r"\b(?:with|of|counts|cuenta\s+con|contaba\s+con|con|de)\s+(?:\p{L}+\s+){0,2}$",
                                                regex.I))

# The last three words before a figure, where its verb stands: "tuvo hasta 45.000 habitantes".
_WORDS_BEFORE = from_the_end(patterns.compile(r"(?:\b\p{L}+\s+){1,3}$"))


def _had(text: str, at: int) -> bool:
    """Whether something has the figure at `at`: a having word of _HAVING_BEFORE, or a form of a verb whose
    English is "have" ("has", "tiene", "tuvo", "tendrán": tener in any tense, as Apertium reads it) that is
    no auxiliary: one a participle follows ("han marchado 3.000 trabajadores", "has hired 1,200 workers")
    says what the figure did or had done to it, not that something has it."""
    words = _WORDS_BEFORE.search(text, max(0, at - 40), at)
    words = words.group().split() if words else []
    if any(_is_have(word) and _is_participle(after) for word, after in zip(words, words[1:])):
        return False
    return bool(_HAVING_BEFORE.search(text, max(0, at - 40), at)) or any(word.islower() and _is_have(word) for word in words)


# Inhabitants are a place's population where they live as where it has them: "En el centro histórico viven unos
# 56.000 habitantes", "some 56,000 inhabitants live in the old town". Only the noun of inhabitants (UNIT_MEASURES):
# "3.000 personas viven de la pesca" live off something, they are no population.
# The raw text is matched, so a Spanish form is written with its accent, or without it as a slip may be.
_LIVING = r"live|lives|lived|living|viven|vive|viv[ií]an|viv[ií]a|residen|reside|resid[ií]an|resid[ií]a|habitan|habita"
_LIVE_BEFORE = from_the_end(patterns.compile(r"\b(?:" + _LIVING + r")\s+(?:\p{L}+\s+){0,1}$", regex.I))
_LIVE_AFTER = patterns.compile(r"\s+(?:now\s+|still\s+|ya\s+|todav[ií]a\s+)?(?:" + _LIVING + r")\b", regex.I)


def _lives_there(text: str, quantity: Quantity) -> bool:
    """Whether the inhabitants a figure counts are said to live somewhere, by a verb right before or after it."""
    return quantity.unit == "inhabitant" and bool(_LIVE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
                                                 or _LIVE_AFTER.match(text, quantity.end))


def _is_have(word: str) -> bool:
    return "have" in senses(fold(word))


def _is_participle(word: str) -> bool:
    return has_class("es", word.lower(), "participle") or has_class("en", word.lower(), "participle")


_DIGIT = patterns.compile(r"\d")

# A clause ends at these, so a cue or a date in the next clause is not this figure's.
_CLAUSE_BREAK = patterns.compile(r"[;:—–]|,\s|\s-\s|\s(?:and|while|but|whereas|y|mientras|pero)\s"
                              r"|(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|st|gov|sen|rep))\.\s",
                              regex.I)   # "Oct. 19" and "Gov. Ruiz" end no clause

# An apposition after a figure's noun: "Some 3,000 migrants, most of them from Central America, set
# out", "Unos 6.000 migrantes, la mayoría centroamericanos, salieron".
_APPOSITION = patterns.compile(r"(?:most|many|some|all|half|several|none|few|nearly\s+all|almost\s+all|including"
                               r"|among\s+them|mostly|mainly|la\s+mayor[ií]a|en\s+su\s+mayor[ií]a|muchos|muchas"
                               r"|algunos|algunas|todos|todas|la\s+mitad|varios|varias|entre\s+ellos|entre\s+ellas"
                               r"|incluidos|incluidas|principalmente|sobre\s+todo)\b", regex.I)

_DIRECTIONS = r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|al\s+\w+|norte|sur|este|oeste)\s+)?"
# "74 kilometers southeast of San Salvador", "8 miles off the coast of Necoclí", "20 kilometers
# downstream from the San Rafael waterfall", "a 60 kilómetros al norte de Arequipa", "a 13 kilómetros
# de la costa de Necoclí": the place is the name, after a class noun of it if any (coast, costa). Which way
# along a river may stand between: "about 1,500 kilometers up river from the Atlantic", "río arriba desde".
_DISTANCE_FROM = patterns.compile(
    r"(?:\s*\([^()]*\))?\s*(?:(?:away|downstream|upstream|upriver|downriver|up\s+river|down\s+river|inland|offshore"
    r"|r[ií]o\s+arriba|r[ií]o\s+abajo|aguas\s+arriba|aguas\s+abajo)\s+)?" + _DIRECTIONS
    + r"(?:of|from|off|outside|de|del|desde)\s+(?:(?:the|la|el|los|las)\s+)?"
      r"(?:(?:\p{Ll}[\p{L}-]+\s+){1,2}(?:of|de|del)\s+(?:(?:the|la|el)\s+)?)?"
      r"(?P<place>\p{Lu}[\p{L}\p{M}'’]*(?:\s+(?:de\s+|del\s+|la\s+)?\p{Lu}[\p{L}\p{M}'’]*)*)")


class Statement(NamedTuple):
    path: str
    line: int
    column: int
    end_column: int
    text: str                    # the figure as written: "about 74 kilometers"
    sentence: str                # its sentence, for context
    language: str
    entities: tuple[str, ...]    # entity keys (Ledger.names says how each is written), nearest first
    measure: str                 # capacity, population, deported, ..., "distance from <key>", "" for none
    unit: str
    qualifier: str
    low: float
    high: float
    scope: str                   # "", a year ("2023", "since 2022") or a relative date ("last year")
    compared: str                # "" when comparable, else why not: change, range, rate, part
    about: tuple[str, ...] = ()  # the clause's words that may say what a figure named only by its unit measures
    opening: str = ""            # the entity the sentence opens with, its grammatical subject, unless reported speech
    named: int = 0               # how many of entities the sentence names itself (the rest are borrowed)
    end_line: int = 0            # where the figure ends in the file (an HTML entity in it, a line break)
    part: str = ""               # the part (a .docx's header1, footnotes) or translation unit it is in
    at: int = 0                  # where the figure starts in sentence (as sentence writes it, spaces joined)

    @property
    def comparable(self) -> bool:
        return not self.compared and bool(self.measure) and bool(self.entities)

    @property
    def location(self) -> str:
        """file:line, and the part a .docx's header or footnote is in ("b.docx:2 (footnotes)")."""
        return f"{self.path}:{self.line}" + (f" ({self.part})" if self.part else "")


class Ledger(NamedTuple):
    statements: list[Statement]
    names: dict[str, str]                     # entity key -> how the document writes it
    aliases: list[tuple[str, str]]            # (key, key) naming one entity: "Terrorism Center (CECOT)"
    surnames: list[tuple[str, str]]           # (full name key, last word key): one entity if the corpus names the last alone
    kinds: frozenset[tuple[str, str]] = frozenset()   # (name key, kind of place) a lowercase class word says: "el río Cauca"


def document_ledger(doc, ctx, comparable_only: bool = False) -> Ledger:
    """Every figure with a unit that doc states, with its entities, measure and date scope.
    comparable_only (XL801, which compares only figures with a measure): a figure whose clause gives
    it none is left out, unless it restates the sum before it in another currency; the names, and
    the subjects sentences carry on, are those of the whole ledger."""
    if doc.derived.fact_ledger is not None:
        return doc.derived.fact_ledger
    names: dict[str, str] = {}
    aliases: list[tuple[str, str]] = []
    figures = document_figures(doc)
    mentions = find_mentions(doc, ctx, names, aliases, figures) if figures else []   # most documents state no figure
    city = filed_from(doc, mentions)
    mentions = outside_datelines(doc, mentions)
    described = descriptions(doc, ctx, mentions, definite_nouns(doc.prose, [p for _, p, _ in figures]), city)
    reading = _Reading(doc, mentions, described)   # what is read only when asked, and once (below)
    readings = _FigureReadings.of(doc)   # each figure's clause, measure and why it is not compared, read once
    year = scopes.article_year(doc.text, doc.prose) if figures else None   # what "last year" is of
    statements = []
    last, last_end = None, -1   # the statement of the figure before, if made, and where that figure ends
    for index, paragraph, quantities in figures:
        sentences = list(sentences_between(doc.prose, paragraph.start, paragraph.end))
        for number, (start, end, _) in enumerate(sentences):
            in_sentence = [q for q in quantities if start <= q.start < end]
            if not in_sentence:
                reading.about_nothing(end)
                continue
            entities = reading.named(start, end)
            earlier = reading.earlier(index, paragraph, sentences[number - 1] if number else None, start)
            sentence = " ".join(doc.prose[start:end].split())
            for quantity in in_sentence:
                clause = readings.clause(quantity, start, end)
                measure = readings.measure(quantity, clause, mentions, names)
                make = partial(_statement, doc, quantity, start, end, clause, measure, entities, earlier, mentions,
                               year=year, readings=readings)
                if comparable_only and _compared_by_no_one(doc, last, last_end, sentence, quantity, measure):
                    reading.left_out(make, entities, names, paragraph.language)
                    last = None
                    continue
                statement = make(names, paragraph.language)
                if statement.measure in ("quantity", "") and _restates(doc, last, last_end, statement.sentence,
                                                                       statement.unit, quantity):
                    statement = statement._replace(measure=last.measure)   # "1.2 billion pesos, or about $65 million"
                if _trails_a_level(doc, last, last_end, statement, quantity):
                    statement = statement._replace(about=statement.about + _what_it_measures(last, statement))
                if statement.measure == "quantity" and sum(q.unit == quantity.unit and not _how_often(doc.prose, q)
                                                           for q in in_sentence) > 1 \
                        and not _an_end_of_a_change(doc.prose, quantity, statement):
                    statement = statement._replace(compared=_in_a_list(doc.prose, quantity, in_sentence))
                statements.append(statement)
                reading.made(statement)
                last, last_end = statement, quantity.end
            reading.about_its_statements(start, end)
    ledger = Ledger(statements, names, aliases, short_forms(names), kinds_written(doc.prose, mentions))
    if not comparable_only:
        doc.derived.fact_ledger = ledger
    return ledger



def _restates(doc, last: Statement | None, last_end: int, sentence: str, unit: str, quantity: Quantity) -> bool:
    """Whether a figure restates the sum of the statement before it (whose figure ends at last_end) in another
    currency (a measure then is that statement's)."""
    return last is not None and last.sentence == sentence and bool(last.measure) and {unit, last.unit} <= CURRENCIES \
        and bool(_RESTATED.fullmatch(doc.prose, last_end, quantity.start))



def _compared_by_no_one(doc, last: Statement | None, last_end: int, sentence: str, quantity: Quantity,
                        measure: str) -> bool:
    """Whether XL801 leaves a figure out of its ledger: its clause gives it no measure, and it restates
    no sum before it in another currency (whose measure it would take)."""
    return not measure and not _restates(doc, last, last_end, sentence, counted_as(measure, counted_noun(quantity.unit)),
                                         quantity)


class _Reading:
    """document_ledger's speed machinery, apart from what it reads: each sentence's entities are read
    once (a sentence's are read again as the one before, and as the last of the paragraph before); what a
    sentence's figures may borrow (subjects.named_before: the sentence before, the paragraph before's last
    sentence, the subject carried on) is read only if one borrows; and a figure left out of XL801's ledger
    has its statement made only if the next sentence asks what this one was about (subjects.subject_of)."""

    def __init__(self, doc, mentions: list[Mention], described):
        self._doc, self._mentions = doc, mentions
        self.named = lru_cache(maxsize=None)(partial(sentence_entities, doc, mentions, described))
        self._carried = (-1, list, -1)   # where the sentence before ended, what it was about (read when asked), where it began
        self._made: list = []        # this sentence's statements, or what makes one left out

    def earlier(self, index: int, paragraph, sentence_before, start: int):
        """subjects.named_before for the sentence at start, read at the first call only."""
        return _once(partial(subjects.named_before, self._doc, self._mentions, self.named, index, paragraph,
                             sentence_before, start, self._carried))

    def made(self, statement: Statement) -> None:
        self._made.append(statement)

    def left_out(self, make, entities: list[Mention], names: dict[str, str], language: str) -> None:
        """A figure left out: its statement (make(names, language)) is made only if a next sentence
        asks, with names of its own; the story's unnamed things it names are written as it would."""
        subjects.story_names(self._doc, entities, names)
        self._made.append(partial(make, {}, language))

    def about_its_statements(self, start: int, end: int) -> None:
        """The sentence from start to end is read: a next one may go on about its subject."""
        self._carried, self._made = (end, _once(partial(subjects.subject_of, self._made, start)), start), []

    def about_nothing(self, end: int) -> None:
        """A sentence without figures, ending at end: it carries no subject on."""
        self._carried = (end, list, end)


class _FigureReadings:
    """may_compare's and document_ledger's speed machinery, apart from what they read: a figure's clause
    (_clause), its measure (_measure) and why it is not compared (comparable.not_compared), each read
    once per document. may_compare reads them for the figures up to the first it finds comparable,
    document_ledger and its statements for every figure. A distance's measure names its place by the
    mentions (_place_key), which may_compare has not found: it is read again with them."""

    def __init__(self, text: str):
        self._text = text
        self._clauses: dict[int, tuple[Quantity, tuple[int, int]]] = {}   # id of a figure -> (it, its clause)
        self._measures: dict[int, tuple[Quantity, str]] = {}
        self._not_compared: dict[tuple[int, str], tuple[Quantity, str]] = {}

    @classmethod
    def of(cls, doc) -> "_FigureReadings":
        """The readings of doc's figures (figures.document_figures: the same objects while doc lives)."""
        if doc.derived.fact_readings is None:
            doc.derived.fact_readings = cls(doc.prose)
        return doc.derived.fact_readings

    def clause(self, quantity: Quantity, start: int, end: int) -> tuple[int, int]:
        return _read_once(self._clauses, id(quantity), quantity, lambda: _clause(self._text, quantity, start, end))

    def measure(self, quantity: Quantity, clause: tuple[int, int], mentions=None, names=None) -> str:
        if quantity.unit == "km" and mentions is not None:   # "74 kilometers southeast of San Salvador": the place's key
            return _measure(self._text, quantity, *clause, mentions, names)
        return _read_once(self._measures, id(quantity), quantity, lambda: _measure(self._text, quantity, *clause, [], {}))

    def not_compared(self, quantity: Quantity, clause: tuple[int, int], measure: str) -> str:
        return _read_once(self._not_compared, (id(quantity), measure), quantity,
                          lambda: comparable.not_compared(self._text, quantity, *clause, measure))


def _read_once(table: dict, key, quantity: Quantity, compute):
    """table's reading under key (the id of quantity, with what else it depends on), computed at the first asking.
    The table holds the quantity beside its reading: while the table lives, that id names no other figure."""
    known = table.get(key)
    if known is None:
        known = table[key] = (quantity, compute())
    return known[1]


def _once(compute):
    """compute(), done at the first call only: what a figure may borrow is read only if it borrows."""
    done = []

    def value():
        if not done:
            done.append(compute())
        return done[0]
    return value


# "The trip will take 45 minutes, against nearly two hours by bus": the figure after "against" is
# another thing's, set beside the statement's own.
_AGAINST = patterns.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.|frente\s+a|contra|en\s+comparaci[óo]n\s+con"
                         r"|comparad[oa]s?\s+con)\b", regex.I)


# A figure restated in another unit right after it: "1.2 billion pesos, or about $65 million",
# "1.200 millones de pesos, unos 65 millones de dólares", "$65 million (1.2 billion pesos)".
_RESTATED = patterns.compile(r"\s*(?:,\s*(?:or|o|that\s+is|es\s+decir)?|\(|\s(?:or|o))\s*")


# A change said right after a level, in the level's sentence, is a change of what the level measures: "coffee
# output reached 40,000 tonnes, up 12% from the year before", "la producción llegó a 40.000 toneladas, un 15% más
# que el año anterior" (the change's own clause says only "the year before"), to compare with "la producción de
# café creció un 15%". Only a change, after a comma and at most a word that introduces it ("2,664 tonnes of
# cocaine, up 35%": the level's noun may follow it), and only a level's. A qualifier ("up about 12%", "unos
# 15%") belongs to the figure: a Quantity starts at its qualifier, so the pattern ends before it.
_TRAILING_CHANGE = patterns.compile(r"(?:\s+(?:of|de|del)(?:\s+[\p{L}\p{M}'’-]+){1,3}?)?\s*,\s*(?:(?:up|down|or|an?|un|una|lo\s+que\s+supone\s+un|es\s+decir(?:\s+un)?)\s+)?",
                                    regex.I)
MARKS = "~=@%^/"   # the first character of the marks among a statement's words (changes, things, wholes, moments...)


def _trails_a_level(doc, last: Statement | None, last_end: int, statement: Statement, quantity: Quantity) -> bool:
    """Whether a change follows a level of another unit (the statement before, whose figure ends at last_end) in its
    sentence, set off by a comma (_TRAILING_CHANGE)."""
    return last is not None and last.sentence == statement.sentence and last.unit != statement.unit \
        and changes.AMOUNT in statement.about and not any(word[:1] == changes.CHANGE for word in last.about) \
        and bool(_TRAILING_CHANGE.fullmatch(doc.prose, last_end, quantity.start))


def _what_it_measures(level: Statement, change: Statement) -> tuple[str, ...]:
    """The words saying what a level measures that its trailing change lacks."""
    return tuple(word for word in level.about if word[:1] not in MARKS and word not in change.about)


# How often, right before a figure: "once every nine days", "una vez cada nueve días", "every two weeks": the
# period a thing recurs with, no second value of the figure of its unit before it ("cortes de 24 horas").
_EVERY_BEFORE = patterns.compile(r"\b(?:every|each|cada)\s+$", regex.I)


def _how_often(text: str, quantity: Quantity) -> bool:
    return bool(_EVERY_BEFORE.search(text, max(0, quantity.start - 8), quantity.start))


def _an_end_of_a_change(text: str, quantity: Quantity, statement: Statement) -> bool:
    """Whether a figure is the level a change left or reached, written with the other ("from 45 cents to
    60 cents"): the two are no list."""
    return not statement.compared and any(w in (changes.LEVEL_LEFT, changes.LEVEL_REACHED) for w in statement.about) \
        and bool(comparable.from_to_end(text, quantity))


def _in_a_list(text: str, quantity: Quantity, in_sentence: list[Quantity]) -> str:
    """Why a figure named by its unit alone, in a sentence with another of its unit, is not compared:
    "list" ("80 kg, 85 kg", "from 9.3% to 9.7%"), or "comparison" for the figure set beside the
    first ("against nearly two hours"); the first of two so set is compared ("")."""
    same = [q for q in in_sentence if q.unit == quantity.unit]
    if len(same) == 2 and _AGAINST.search(text, same[0].end, same[1].start):
        return "" if quantity is same[0] else "comparison"
    return "list"


def may_compare(doc) -> bool:
    """Whether doc states a figure that could be compared: one whose clause says what it measures
    and makes it no change, range, rate or part. Only then are its entities worth finding (terms,
    names, descriptions: the costly part of a ledger); most documents state no such figure."""
    readings = _FigureReadings.of(doc)   # what document_ledger reads of these figures again
    for _, paragraph, quantities in document_figures(doc):
        for start, end, _ in sentences_between(doc.prose, paragraph.start, paragraph.end):
            for quantity in quantities:
                if start <= quantity.start < end:
                    clause = readings.clause(quantity, start, end)
                    measure = readings.measure(quantity, clause)
                    if measure and readings.not_compared(quantity, clause, measure) \
                            in ("", "change" if measure == "quantity" else ""):
                        return True   # (a measure first: nine figures in ten have none; a change compares with changes)
    return False



def _statement(doc, quantity: Quantity, start: int, end: int, clause: tuple[int, int], measure: str, entities, earlier,
               mentions, names, language, year: int | None = None, readings: "_FigureReadings | None" = None) -> Statement:
    """The statement of a figure, from its clause and measure (document_ledger: _clause, _measure) and
    whom it is about (subjects.py). earlier: (what was named last, the subject of the sentence before),
    asked for only if it borrows. year: the article's own (scopes.article_year), which its relative years are of.
    readings: the document's figure readings (_FigureReadings), where why it is not compared may be read already."""
    clause_start, clause_end = clause
    rated, goal = _rated(doc.prose, quantity, measure, start, clause)
    about = _words_about(doc.prose, quantity, start, clause, entities, goal, language) if measure == "quantity" else ()
    done_to_it = measure.startswith(("year ", "day ")) and bool(DONE_TO_IT.search(fold(doc.prose[clause_start:clause_end])))
    subject = subjects.subject(doc, quantity, (start, end), measure, entities, earlier, mentions, names, language,
                               done_to_it, toll=rated in TOLLS)
    where = doc.span(quantity.start, quantity.end)   # in the file: an HTML page's entities, a .docx's parts
    compared = "" if quantity.unit in RANKINGS else (readings or _FigureReadings.of(doc)).not_compared(quantity, clause, measure)
    compared, about, (low, high) = _as_change(doc.prose, quantity, clause, measure, language, compared, about)
    return Statement(doc.path, where.line, where.column, where.end_column, quantity.text,
                     " ".join(doc.prose[start:end].split()), language,
                     subject.entities,
                     rated, visitors_as(counted_as(measure, counted_noun(quantity.unit)), about),
                     quantity.qualifier, low, high,
                     "" if quantity.unit in ("date", "day") or quantity.unit in scopes.RECORDS
                     else scopes.in_its_year(scopes.taking_effect(scopes.counted_so_far(quantity.unit, scopes.scope(
                         doc.prose, clause_start, clause_end, past_dateline(doc.prose, start),
                         _antecedent_start(doc.prose, clause_start, start))), about), year),
                     compared,
                     about, subject.opening, subject.named, where.end_line, where.unit,
                     _in_sentence(doc.prose[start:quantity.start]))


def _in_sentence(before: str) -> int:
    """Where a figure starts in its sentence as a Statement writes it (its spaces joined), from the prose before it."""
    joined = " ".join(before.split())
    return len(joined) + (1 if joined and before[-1].isspace() else 0)


def _rated(text: str, quantity: Quantity, measure: str, start: int, clause: tuple[int, int]):
    """What is stated of the measure, and the goal the clause sets, if any: "cost per year" (the
    measure's period), "of a stage" ("the first phase cost $1.3 billion": not what the whole project
    costs), "as a goal" ("aimed to deport 1,000 people": not how many were deported), "on average"."""
    clause_start, clause_end = clause
    rated = per_period(measure, text, quantity)
    antecedent = _antecedent_start(text, clause_start, start)   # "La primera etapa ..., que costó": the stage's
    stage_from = clause_start if antecedent is None else antecedent
    if measure in MEASURE_CUES and (_STAGE.search(text, stage_from, clause_end)   # covers "$1.3 billion first phase"
                                    or _A_STAGE_OF.search(text, max(0, quantity.start - 30), quantity.start)):
        rated += " of a stage"   # "the $1.3 billion first phase", "La primera etapa, de 3.100 millones de dólares,"
    goal = _goal(text, _words_start(text, start, clause_start), clause_end) \
        or _demanded(text, max(clause_start, quantity.start - _DEMAND_REACH), quantity.start)
    if measure in MEASURE_CUES and goal:
        rated += " as a goal"
    if measure in MEASURE_CUES and _AVERAGE.search(text, clause_start, clause_end):
        rated += " on average"
    return rated, goal


def _demanded(text: str, start: int, end: int) -> bool:
    """Whether a demand's verb asks for the figure at end, within a few words before it (_DEMAND_WORD)."""
    return any(_TO_THE_FIGURE.fullmatch(text, match.end(), end) and _a_demand(text, match)
               for match in _DEMAND_WORD.finditer(text, start, end))


def _a_demand(text: str, match) -> bool:
    if match["stem"]:
        return has_class("es", match["stem"].lower(), "finite")
    if match["asks"]:
        before = text[max(0, match.start() - 24):match.start()].split()[-1:]
        word = before[0].lower() if before else ""
        return word in _VERB_BEFORE or word not in _DETERMINERS and not has_class("en", word, "verb", "past", "participle")
    return True


def _goal(text: str, start: int, end: int):
    """_GOAL's first match in text[start:end] that sets a goal, not a goal's noun in an apposition."""
    return next((match for match in _GOAL.finditer(text, start, end) if not _a_goal_apposition(text, match)), None)


def _a_goal_apposition(text: str, match) -> bool:
    return match.start("noun") >= 0 and bool(_OPENS_AN_APPOSITION.match(text, match.start())) \
        and bool(_APPOSITION_OF.match(text, match.end()))


def _words_about(text: str, quantity: Quantity, start: int, clause: tuple[int, int], entities, goal,
                 language: str = "") -> tuple[str, ...]:
    """What a figure with no measure word of its own is said to measure, for comparing it by its words:
    its clause's words, a length's noun, a period, a modifier, the whole a share is of, a goal, a moment."""
    clause_start, clause_end = clause
    return (_measure_words(text, quantity, _words_start(text, start, clause_start), clause_end, entities)
            + _length_word(text, quantity, entities, language) + scopes.period(text, clause_start, clause_end)
            + _modifier(quantity) + _share_of(text, quantity, clause_end, language) + ((GOAL,) if goal else ())
            + _per_one_of(text, quantity, clause_start)
            + ((AVERAGE,) if _AVERAGE.search(text, clause_start, clause_end) else ())
            + ((STAGE,) if _STAGE.search(text, _words_start(text, start, clause_start), clause_end) else ())
            + comparable.within(text, quantity, clause_end)
            + scopes.moment(text, clause_start, clause_end, past_dateline(text, start), language))



def _per_one_of(text: str, quantity: Quantity, clause_start: int) -> tuple[str, ...]:
    """("/liter",) for a rate per one of a noun ("180 milligrams per liter", "por litro"; "Each neighborhood
    goes without water for 12 hours", "Cada barrio sufre cortes de 24 horas"), else ()."""
    per = comparable.denominator(text, quantity)
    each = not per and comparable.each_one_of(text, quantity, clause_start)
    noun = per.noun if per else fold(each.group("noun")) if each else ""
    return (comparable.DENOMINATOR + noun,) if noun else ()


def _as_change(text: str, quantity: Quantity, clause: tuple[int, int], measure: str, language: str, compared: str,
               about: tuple[str, ...]):
    """A change read as what it changes: the amount a multiple states ("to halve", "duplicó"), whatever its
    clause says; two changes of one kind compare, a change and a level never; a fall to a fraction is a fall
    of the rest ("cayó a la mitad", as "fell 50%" says). Returns compared, about and (low, high)."""
    low, high = quantity.low, quantity.high
    if is_multiple(quantity):
        return "", about + (changes.AMOUNT,), (low, high)
    if compared == "change" and measure == "quantity":
        about = about + comparable.change_kind(text, quantity, language)
        if changes.LEVEL_REACHED in about and is_fraction(quantity) and comparable.is_fall(text, *clause):
            low, high = 100 - high, 100 - low
            about = tuple(w for w in about if w != changes.LEVEL_REACHED) + (changes.AMOUNT,)
        return "", about, (low, high)
    return compared, about, (low, high)


def _words_start(text: str, sentence_start: int, clause_start: int) -> int:
    """Where the words saying what a figure measures may start: its sentence's start, unless another
    figure stands between ("Damage to roads and crops could reach $300 million": damage, crops, reach)."""
    return sentence_start if not _DIGIT.search(text, sentence_start, clause_start) else clause_start


def _measure_words(text: str, quantity: Quantity, clause_start: int, clause_end: int, mentions) -> tuple[str, ...]:
    """What the clause says a figure named by its unit alone measures: its words after the subject
    ("The mayor of Asunción set aside $1.2 billion for reconstruction": set aside, reconstruction),
    and, before it, the words of the table of measures ("Damage to roads in Tela could reach")."""
    subject_end = max((m.end for m in mentions if clause_start <= m.end <= quantity.start and not m.key.startswith(OPENER)),
                      default=clause_start)   # "Damage" opening a sentence is no subject, but a word
    before = _sentence_case(text, clause_start, subject_end)
    after = text[subject_end:clause_end] if subject_end > clause_start else _sentence_case(text, clause_start, clause_end)
    return tuple(dict.fromkeys([*(w for w in measure_words(before, quantity.text) if is_measure_word(w)),
                                *measure_words(_head_of(text, clause_start, subject_end, mentions), quantity.text),
                                *measure_words(after, quantity.text)]))


# The noun a name is the complement of: "estima la biomasa de anchoveta en 10,3 millones", "the population
# of Lima", "hotel occupancy in Copiapó", "la ocupación hotelera en Copiapó": what is measured is the
# biomass, the population, the occupancy, though the name ends the subject. Not a thing's
# class ("el aeropuerto de Tulum", "the port of Chancay" are Tulum and Chancay): no noun whose English names
# a thing, a place or a living being.
_HEAD_BEFORE = from_the_end(
    patterns.compile(r"(\p{Ll}[\p{L}\p{M}]+)\s+(?:of|de|del|(?P<in>in|en))\s+(?:(?:the|la|el|los|las)\s+)?$"))
# The things of descriptions.THING_SENSES less the senses of the nouns that do say a measure there: an act
# ("la ocupación hotelera"), a group ("the population of Lima"), a substance ("la biomasa de anchoveta"), food
# ("the coffee of Colombia", its crop), a possession ("the budget of Lima"); and, besides, a person or a part of a
# body ("the mayor of Lima", "the head of the department"), which govern a name without measuring anything.
_THING_CLASSES = tuple(sense for sense in THING_SENSES
                       if sense not in {"n.act", "n.group", "n.substance", "n.food", "n.possession"}) + ("n.person", "n.body")


def _head_of(text: str, clause_start: int, subject_end: int, mentions) -> str:
    """The noun that governs the name ending the subject and says a measure, "" if none does."""
    named = next((m for m in mentions if m.end == subject_end and clause_start <= m.start), None)
    head = named and _HEAD_BEFORE.search(text, clause_start, named.start)
    if not head:
        return ""
    if head.group("in") and fold(head.group(1)) in _WHEN_WORDS:
        return ""   # "publicado el sábado en L'Humanité", "cayó en noviembre en": when, not what
    if _has_class("es", head.group(1), "adj"):   # "la ocupación hotelera en Copiapó": the noun and its adjective
        noun = _DETERMINED_WORD_BEFORE.search(text, clause_start, head.start(1))
        if noun and _a_measured_noun(noun.group(1)):
            return noun.group(1) + " " + head.group(1)
    return head.group(1) if _a_measured_noun(head.group(1)) else ""


_WHEN_WORDS = frozenset(map(fold, [*scopes.MONTHS, *scopes.WEEKDAYS]))
_DETERMINED_WORD_BEFORE = patterns.compile(r"\b(?i:the|el|la|los|las|su|sus)\s+(\p{Ll}[\p{L}\p{M}]+)\s+$")


def _a_measured_noun(word: str) -> bool:
    """Whether a word governing a name may say what is measured: a noun, no adjective, and no noun whose
    English names a thing, a place or a living being ("el aeropuerto de Tulum" is Tulum). "huyó de Chile",
    "uno de", "comercial del": no noun governs the name ("la agencia de" does)."""
    return fold(word) not in FUNCTION_WORDS and (_has_class("en", word, "noun") or _has_class("es", word, "noun")) \
        and not _has_class("en", word, "adj") and not _has_class("es", word, "adj") \
        and not any(has_class("en", lemma, *_THING_CLASSES) for lemma in senses(fold(word)))


def _has_class(language: str, word: str, *names: str) -> bool:
    """has_class of a word as written (lowercase, "ocupación") or folded ("biomasa")."""
    return has_class(language, word.lower(), *names) or has_class(language, fold(word), *names)


_FIRST_WORD = patterns.compile(r"\s*(\p{Lu}\p{Ll}+)\b(?!['’])")


def _sentence_case(text: str, start: int, end: int) -> str:
    """text[start:end] with a sentence's capitalised first word in lowercase: "Damage" is a word."""
    words = text[start:end]
    if start == 0 or text[start - 1] in "\n ":
        first = _FIRST_WORD.match(words)   # not a dateline's "LIMA", nor "Tela's"
        if first and common_word(first.group(1)):
            words = words[:first.start(1)] + words[first.start(1)].lower() + words[first.start(1) + 1:]
    return words


def _clause(text: str, quantity: Quantity, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence around the figure between clause breaks ("," ";" "and" "while")."""
    breaks = [m for m in _clause_breaks(text, start, end) if not (m.start() < quantity.end and m.end() > quantity.start)]
    before = [m.end() for m in breaks if m.end() <= quantity.start]
    after = [m for m in breaks if m.start() >= quantity.end]
    if len(after) > 1 and after[0].group().startswith(",") and _APPOSITION.match(text, after[0].end()):
        # "Some 3,000 migrants, most of them from Central America, set out": the clause goes on past
        # the apposition, to the predicate that says what the figure counts
        closing = next((i for i, m in enumerate(after[1:], 1) if m.group().startswith(",")), None)
        if closing is not None:
            after = after[closing + 1:]
    return (before[-1] if before else start), (after[0].start() if after else end)


@lru_cache(maxsize=64)
def _clause_breaks(text: str, start: int, end: int) -> tuple:
    """The clause breaks of the sentence text[start:end], read once for all its figures."""
    return tuple(_CLAUSE_BREAK.finditer(text, start, end))


# A relative clause opening after a comma: "el incendio de febrero de 2024, que dejó 137 muertos", "the
# 2018 flood, which killed 40", "la emergencia de 2018, cuando ...", and after a preposition of when or where
# the event was: "the 1999 blaze, in which 29 people died", "el incendio de 1999, en el que murieron 39".
_RELATIVE = patterns.compile(r"\s*(?:(?:in|during|on|at|en|durante)\s+)?"
                             r"(?:que|quien|quienes|cuy[oa]s?|(?:el|la|los|las|lo)\s+(?:cual|cuales|que)|donde|cuando"
                             r"|which|who|whom|whose|where|when)\b", regex.I)


def _antecedent_start(text: str, clause_start: int, sentence_start: int) -> int | None:
    """Where the clause before starts, when the figure's is a relative clause of a noun there, whose
    date is the figure's: the fire "de febrero de 2024, que dejó 137 muertos" is another fire than
    today's, and its dead another count. None for any other clause."""
    if clause_start == sentence_start or not _RELATIVE.match(text, clause_start):
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence_start, clause_start) if m.end() < clause_start]
    return breaks[-1] if breaks else sentence_start


def _measure(text: str, quantity: Quantity, clause_start: int, clause_end: int, mentions, names) -> str:
    if quantity.unit in RANKINGS:
        return "quantity"   # the lowest, the third-largest of what: the words of its clause say ("level", "history")
    if quantity.unit == "date":
        events = [(abs(start + m.start() - quantity.start), m.lastgroup)
                  for start in (clause_start,) for m in EVENT_RE.finditer(fold(text[clause_start:clause_end]))]
        return "year " + min(events)[1] if events else ""
    if quantity.unit == "day":
        events = [(abs(clause_start + m.start() - quantity.start), m.lastgroup)
                  for m in DAY_EVENT_RE.finditer(fold(text[clause_start:clause_end]))]
        return "day " + min(events)[1] if events else ""
    if quantity.unit == "year" and is_age(text, quantity):   # "45-year-old", "tiene 40 años", "una niña de 9 años"
        return "age"
    if quantity.unit == "km":
        place = _DISTANCE_FROM.match(text, quantity.end, clause_end + 40)
        if place:
            return f"distance from {_place_key(place, mentions, names)}"
        return "quantity"   # a length, a height, a radius: what the clause's words say (measures.py)
    cues = [(offset, measure) for offset, measure in cues_in(text, clause_start, clause_end)
            if (measure != "population" or counted_noun(quantity.unit) in POPULATION_UNITS)   # "will hold 49 seats"
            and (measure != "workforce" or staff(counted_noun(quantity.unit)))   # "trabajan 8 horas"
            and not (measure in EVENTS_OF_PEOPLE and quantity.unit in THING_UNITS)   # "aerogeneradores ... detenidos"
            and not (measure == "capacity" and quantity.unit in CURRENCIES)]   # "built for about 20 billion pesos": its cost
    if quantity.unit in CURRENCIES and any(measure == "capacity" for _, measure in cues_in(text, clause_start, clause_end)):
        cues.append((quantity.start, "cost"))   # what a thing was built for, in money, is what it cost
    if cues:
        return _nearest(cues, quantity)
    if quantity.unit in CURRENCIES and _buys(text, quantity):
        return "cost"   # "a $450 million expansion", "una ampliación de 450 millones de dólares"
    if quantity.unit in UNIT_MEASURES and (_had(text, quantity.start) or _lives_there(text, quantity)):
        return UNIT_MEASURES[quantity.unit]   # "a city of 140,000 inhabitants", "tiene 2.000 empleados"
    if quantity.compound and quantity.unit in ("prisoner", "person"):
        return "population"   # "El Salvador's 40,000-inmate CECOT prison"
    if quantity.compound and quantity.unit == "bed":
        return "capacity"
    if counted_noun(quantity.unit) in POPULATION_UNITS:
        cues = cues_by_concept(text, clause_start, clause_end, quantity)   # "mató a", "perished", "sufrieron lesiones"
        if cues:
            return _nearest(cues, quantity)
    if quantity.unit == "ordinal":
        return "quantity"   # "the 12th cut since March": how many of what its clause names (cut, recorte)
    if unit_measure(quantity.unit):
        return "quantity"   # "300 megawatts", "eight stations": the unit says (measures.py)
    return "quantity" if counts_a_thing(quantity) else ""   # "1.400 pozos", "22 colonies": compared within a story


# What a sum is the cost of when written right before it ("a $450 million expansion", "a $1.2 billion
# bridge") or after it with "de" / "of" ("una ampliación de 450 millones de dólares", "an upgrade of $50
# million"), though no word says "cost": works, undertakings and the things they build.
UNDERTAKINGS = frozenset("""phase stage etapa fase expansion extension enlargement upgrade renovation refurbishment modernization
    modernisation overhaul project plan program programme scheme package contract deal reconstruction repair
    repairs construction works bridge highway road railway tunnel dam plant terminal airport port stadium
    ampliacion expansion extension renovacion modernizacion remodelacion rehabilitacion proyecto plan programa
    paquete contrato acuerdo reconstruccion reparacion reparaciones construccion obra obras puente carretera
    autopista ferrocarril tunel represa presa planta terminal aeropuerto puerto estadio
    reservoir embalse aqueduct acueducto pipeline oleoducto gasoducto refinery refineria canal
    conversion transformation transformacion restoration restauracion rebuilding retrofit relocation
    reubicacion electrification electrificacion widening ensanche dredging dragado""".split()) | WORKS
# (and the works a story is about: "the $4.7 billion mill", "a $2 billion mine")
_NOUN_OF = patterns.compile(r"(\p{L}+),?\s+(?:de|of)\s+$", regex.I)   # "El proyecto, de 1.300 millones de dólares,"
# The work's name may stand between the sum and its noun: "the $1.6 billion Río Indio reservoir", "the $250
# million Casupa dam".
_NAMED_WORK_AFTER = patterns.compile(r"\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,4}(\p{Ll}+)\b")


def _buys(text: str, quantity: Quantity) -> bool:
    """Whether a sum is what an undertaking costs: its noun after the sum (past the work's name), or
    before it with "de"."""
    words = comparable.WORD.findall(quantity.text)
    before = _NOUN_OF.search(text, max(0, quantity.start - 30), quantity.start)
    named = _NAMED_WORK_AFTER.match(text, quantity.end)
    return bool(words and fold(words[-1]) in UNDERTAKINGS or before and fold(before.group(1)) in UNDERTAKINGS
                or named and fold(named.group(1)) in UNDERTAKINGS or _A_STAGE_AFTER.match(text, quantity.end))


# A stage named after the sum, past its ordinal ("The $3.5 billion first phase of the port"), or before it with
# "de" ("La primera etapa, de 3.100 millones de dólares,"): what a sum buys (_buys); _rated finds the stage
# after the sum with _STAGE, anywhere in the clause.
_A_STAGE_AFTER = patterns.compile(r"(?:\s+(?:first|second|third|fourth|initial|final|next|new))?\s+(?:phase|stage)\b", regex.I)
_A_STAGE_OF = patterns.compile(r"\b(?:phase|stage|etapa|fase),?\s+(?:de|of)\s+$", regex.I)


# A measure counted over a period is a measure of its own: "costs $5 million a year" is no cost of $60
# million, "deporta a 3.000 personas al mes" compares with "deports 1,000 people a month" only.
_PERIODIC = frozenset(MEASURE_CUES) | frozenset(UNIT_MEASURES.values())
_PER = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "nightly": "night"}


def per_period(measure: str, text: str, quantity: Quantity) -> str:
    """measure, and per what period the words right after the figure count it: "cost per year"."""
    if measure not in _PERIODIC:
        return measure
    period = scopes.period_after(text, quantity.end)
    return f"{measure} per {_PER[period[0]]}" if period else measure



def _nearest(cues: list[tuple[int, str]], quantity: Quantity) -> str:
    """The measure of the cue nearest the figure, or capacity if any cue says it ("can hold")."""
    return "capacity" if any(measure == "capacity" for _, measure in cues) \
        else min((abs(offset - quantity.start), measure) for offset, measure in cues)[1]


def _place_key(place, mentions: list[Mention], names: dict) -> str:
    """The entity key of the place a distance is measured from, as its mention has it."""
    for mention in mentions:
        if mention.start == place.start("place"):
            return mention.key
    key = "name:" + fold(place.group("place"))
    names.setdefault(key, place.group("place"))
    return key


def _modifier(quantity: Quantity) -> tuple[str, ...]:
    """The word a figure's own words hold before its counted noun ("14 refrigerated containers",
    "nine inspection lanes"): it says what is counted, as a word of the clause would."""
    words = comparable.WORD.findall(quantity.text)
    if len(words) < 2 or not words[-2].islower():
        return ()
    key = fold(words[-2])
    return (key,) if key not in FUNCTION_WORDS and key not in spelled_number_words() and len(key) > 3 else ()


# What a length written as a compound measures, by the noun it describes: "the 270-metre bridge" is
# its length, "the 17,800-foot volcano" its height.
_HEIGHT_NOUNS = frozenset("""volcano volcan mountain montana peak pico cerro tower torre building edificio skyscraper
    rascacielos dam presa represa wall muro column columna wave ola""".split())
_NOUN_AFTER = patterns.compile(r"[\s-]*(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{L}-]*)")   # "270-metre Belice bridge"


_NOUN_BEFORE = patterns.compile(r"(?:^|[^\p{L}])(\p{Ll}[\p{L}-]*)(?:\s+de\s+\p{Ll}[\p{L}-]*)?\s+(?:de\s+)?$")


# The words of a size's dimension, in either language (measures.MEASURE_WORDS): no thing a length is of.
_DIMENSION_WORDS = frozenset(word for dimension in ("length", "height", "depth", "area")
                             for word in MEASURE_WORDS[dimension].split())


def _length_word(text: str, quantity: Quantity, entities: list[Mention], language: str = "") -> tuple[str, ...]:
    """What a length measures: "length" or "height" for a compound ("the 270-metre bridge"), and the
    thing it is of, marked "=" ("=bridge"; "=columna" of "una columna de ceniza de tres millas"), with
    the glossary concept the noun's description stands for ("the 93-kilometer pipeline", "el
    acueducto de 39 kilómetros": one aqueduct in two words): two lengths of different things are
    two measures (compare.py)."""
    if quantity.unit != "km":
        return ()
    if quantity.compound:
        noun = _NOUN_AFTER.match(text, quantity.end)
        if not noun or verb_form(noun.group(1)):
            return ("length",)   # "The 273-mile Central Railway carries": the name is the thing
        return ("height" if noun_key(noun.group(1)) in _HEIGHT_NOUNS else "length", "=" + noun_key(noun.group(1))) \
            + _concept_at(entities, noun.start(1))
    before = _NOUN_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)   # "an ash column 3 kilometres high"
    thing = ("=" + noun_key(before.group(1)),) + _concept_at(entities, before.start(1)) \
        if before and fold(before.group(1)) not in FUNCTION_WORDS and fold(before.group(1)) not in _DIMENSION_WORDS \
        and not verb_form(before.group(1)) and not verb_form(before.group(1), language) else ()
    # (not "has dropped 18 inches", "recorre 273 kilómetros"; nor the dimension: "una longitud de 620 metros",
    # "spans 562 meters" say which size, not of what)
    dimension = _DIMENSION_AFTER.match(text, quantity.end)   # "de 76 centímetros de diámetro": not its length
    if dimension:
        return (_DIMENSIONS[fold(dimension.group(1))],) + thing
    if _WHOLE_AFTER.match(text, quantity.end) or _WHOLE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start):
        return ("length",) + thing   # "los 86 kilómetros de la vía al Llano", "La carretera al Llano, de 86 millas,"
    if thing and _SIZE_OF_NOUN.fullmatch(text, before.end(1), quantity.start) \
            and _DEFINITE_BEFORE.search(text, max(0, before.start(1) - 6), before.start(1)):   # "el acueducto de 39
        return ("height" if noun_key(before.group(1)) in _HEIGHT_NOUNS else "length",) + thing   # kilómetros", "the 39-km aqueduct"
    return thing


# A noun's size right after it, Spanish's compound: "el acueducto de 39 kilómetros", "una columna de
# ceniza de casi tres millas" (the noun's own complement between).
_SIZE_OF_NOUN = patterns.compile(r"(?:\s+de\s+\p{Ll}[\p{L}-]*)?\s+de\s+(?:(?:unos|unas|casi|más\s+de|apenas)\s+)?")
# The thing itself, not "un apogeo de 12,5 km" (how high a rocket goes) nor "una caída de 3 metros".
_DEFINITE_BEFORE = patterns.compile(r"\b(?:el|la|los|las|del|al)\s+$", regex.I)
# The dimension a size says after it: "de 76 centímetros de diámetro", "three miles high", "17 metres deep".
_DIMENSIONS = {"altura": "height", "alto": "height", "high": "height", "tall": "height", "diametro": "diameter",
               "diameter": "diameter", "ancho": "width", "anchura": "width", "wide": "width", "profundidad": "depth",
               "calado": "depth", "deep": "depth", "espesor": "thickness", "thick": "thickness"}
_DIMENSION_AFTER = patterns.compile(r"\s+(?:de|in)?\s*(" + "|".join(patterns.longest_first(
    [*_DIMENSIONS, "diámetro"])) + r")\b", regex.I)


# The whole a share is of, right after it: "12% of the electricity consumed", "el 56 % del consumo de
# combustibles", "una cuarta parte de los casos", "about a tenth of Colombia's electricity demand"; up to
# what a relative clause or a source says of it ("of the diesel it uses", "del agua, según OSE").
_WHOLE_WORDS = 3   # "demanda de energía", "electricity demand": the noun and what it is of


def _share_of(text: str, quantity: Quantity, clause_end: int, language: str = "") -> tuple[str, ...]:
    """What a percentage or a fraction is a share of, its words marked "%" ("%electricity"), its head noun
    first: two shares of different wholes are two measures (compare.py), as two lengths of different
    things are; "18% of the coffee" and "el 16% de las exportaciones de café" are of coffee and of exports."""
    if quantity.unit != "percent":
        return ()
    whole = comparable.WHOLE_OF.match(text, quantity.end, clause_end) \
        or (_WHAT_M_COUNTS.match(text, quantity.end, clause_end) if is_one_in(quantity) else None)
    if not whole or _PRONOUN.match(whole.group("whole")):
        return ()   # "12% of them": the whole is what "them" stands for, not named here
    words = measure_words(whole.group("whole"), "")
    head = measure_words(_HEAD_PHRASE.split(whole.group("whole"), maxsplit=1)[0], "")
    if language == "en":   # "electricity demand", "the coral surveyed around": English puts its head last,
        # after its owner and its adjectives ("the islands' land area", "its usual load")
        modified = dropwhile(lambda word: _POSSESSIVE_END.search(word) or not has_class("en", word, "noun"), head)
        head = list(takewhile(lambda word: has_class("en", word, "noun"), modified))[-1:] or head[:1]
    head = head[:1]   # "demanda de energía", "exportaciones cafeteras": Spanish first
    return tuple("%" + word for word in dict.fromkeys((*head, *words[:_WHOLE_WORDS])))


_POSSESSIVE_END = patterns.compile(r"['’]s?$")   # "islands'", "the country's": an owner, not the head
# Where the noun phrase a share is of ends its head's words: a preposition, a time ("coffee last year") or the
# name opening a relative clause ("the water Bogota uses").
_HEAD_PHRASE = patterns.compile(r"\s+(?:(?i:of|de|del|in|en|for|para|from|at|by|around|across|near|on|to|with|since|desde"
                                r"|last|this|next|el|la|los|las)\s|\p{Lu})")


# The whole of a share "n in m" is what m counts: "Nine out of ten patients arrive ...", "two in three pilgrims".
_WHAT_M_COUNTS = patterns.compile(r"\s+(?P<whole>\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{L}[\p{L}\p{M}'’-]*){0,2})")
_PRONOUN = patterns.compile(r"(?:them|these|those|it|ellos|ellas|estos|estas|esos|esas|ello)\b", regex.I)


def _concept_at(entities: list[Mention], at: int) -> tuple[str, ...]:
    """("=concept:…",) when the noun at offset at is in a mention of a glossary concept, else ()."""
    return tuple("=" + m.key for m in entities if m.start <= at < m.end and m.key.startswith("concept:"))[:1]


# A length that is the whole of what it is said of: "the 86 kilometres of the highway", "los 86
# kilómetros de la vía", "La carretera, de 86 millas,".
_WHOLE_AFTER = patterns.compile(r"\s+(?:of|de|del)\s+(?:the|la|el|los|las)\s", regex.I)
_WHOLE_BEFORE = patterns.compile(r"\p{L},\s+de\s+(?:unos\s+|unas\s+|casi\s+|más\s+de\s+)?$")
