"""The fact ledger of a document: every figure stated, what it measures and whom it is about.

A statement is a figure with a unit (quantities.py) read in its sentence:
- its entities: the glossary concepts (through any of their renderings and acronyms) and the
  names the sentence holds, and the thing a definite description points back to ("the prison"
  after "Cecot, a prison he first visited", or a concept whose glossary note calls it a prison);
- its measure, from the words of its clause: capacity ("capacity for", "can hold", "capacidad"),
  population ("holds", "alberga"), deported, detained, released, killed, wounded, cost, votes,
  age ("45-year-old"), or distance from a named place ("74 kilometers southeast of San Salvador");
- its date scope: a year or a relative date in its clause ("in 2023", "since 2022", "last year");
- whether it can be compared at all: a change ("rose to"), a range ("between 65 and 70"), a rate
  ("each cell holds") or a part ("12 of them") is listed but never compared.
"""

from __future__ import annotations

import bisect
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import regex

from xlate.infra import patterns
from xlate.text.quantities import FUNCTION_WORDS, MEASURED_UNITS, Quantity, is_age_apposition, quantities_in
from xlate.text.fold import fold
from xlate.text.names import name_phrases
from xlate.text.numbers import spelled_number_words
from xlate.text.sentences import sentences_between

# The words that say what a figure measures, by measure ("_" joins a phrase; "*" ends a stem).
# Capacity comes before population: "can hold" is a capacity, "holds" a population.
MEASURE_CUES = {
    "capacity": """capacity capacidad can_hold can_house could_hold designed_for built_for room_for
                   cabida capaz_de_albergar puede_albergar para_albergar able_to_hold""",
    "population": """holds hold holding houses housing home_to alberga albergaba albergan population
                     poblacion inmate_population""",
    "deported": "deport* expulsad* expelled expulsion*",
    "detained": "detain* detention* detenid* detencion* arrest* capturad* jailed encarcelad* imprisoned",
    "released": "released freed liberad* excarcelad*",
    "killed": "killed deaths died dead murder* homicid* muerte* muerto* murieron asesinad* asesinato* fallecid*",
    "wounded": "wounded injured herid* lesionad*",
    "cost": "cost* investment invested spent spend* budget price inversion costo coste presupuesto gast* invirti*",
    "votes": "vote votes votos sufragios",
}
# The word boundaries stand once around all the phrases, not around each: the engine then skips
# every position inside a word at once (a fifth of the time, the same matches).
_CUE_RE = patterns.compile(r"(?<![\w-])(?:" + "|".join(
    f"(?P<{measure}>" + "|".join(phrase.replace("_", r"\s+").replace("*", r"\w*")
                                for phrase in sorted(words.split(), key=len, reverse=True)) + ")"
    for measure, words in MEASURE_CUES.items()) + r")(?![\w-])")

# Events a year is the date of ("inaugurated in 2021"): a statement of its own, "year opened".
EVENT_CUES = {
    "opened": "opened opens inaugurated inaugurad* inauguro abrio abierta",
    "founded": "founded established fundad* fundo creado creada establecid*",
    "built": "built constructed construid* construyo",
    "elected": "elected electo electa elegid*",
    "born": "born nacio nacid*",
    "died": "died murio fallecio",
}
_EVENT_RE = patterns.compile(r"\b(?:" + "|".join(
    f"(?P<{event}>" + "|".join(word.replace("*", r"\w*") for word in words.split()) + ")"
    for event, words in EVENT_CUES.items()) + r")\b")
_EVENT_YEAR = patterns.compile(r"\b(?:in|en|el\s+año|the\s+year)\s+(?P<year>(?:1[89]|20)\d\d)\b(?!\s*(?:%|\d))", regex.I)

# Counted nouns that say by themselves what is measured, when no cue in the clause does.
UNIT_MEASURES = {"inhabitant": "population", "member": "membership", "employee": "workforce",
                 "worker": "workforce", "bed": "capacity", "km2": "area"}

# Words of a clause that make its figures a change, a range, a rate or a part: listed, not compared.
_NOT_COMPARED = {
    "change": """rose risen rise rising fell fallen falling increased increase decreased decrease dropped
                 grew grown jumped climbed declined doubled tripled halved up_from down_from compared_with
                 subio bajo aumento aumentaron cayo cayeron crecio disminuyo descendio redujo""",
    "rate": "per each every cada por_cada al_dia al_ano a_day a_year a_week a_month por_dia",
    "threshold": "needed need needs require required requires necesita necesitan necesarios necesarias",
}
_NOT_COMPARED_WORDS = {tuple(phrase.split("_")): why for why, words in _NOT_COMPARED.items() for phrase in words.split()}
_RANGE_BEFORE = patterns.compile(r"\d\s*(?:\p{L}+\s+)?(?:to|and|or|y|o|a|and/or)\s+$|\d\s*[-–]\s*$", regex.I)
_RANGE_AFTER = patterns.compile(r"^\s*(?:to|and|y|or|o|a|-|–)\s*[$€£]?\s*\d", regex.I)
_DIGIT = patterns.compile(r"\d")
_DIFFERENCE_AFTER = patterns.compile(r"\s*(?:more|less|fewer|higher|lower|más|menos)\b", regex.I)
_PART_AFTER = patterns.compile(r"^\s*(?:of|de)\s+(?:the|them|those|these|los|las|ellos|ellas|estos|estas)\b", regex.I)

# A clause ends at these, so a cue or a date in the next clause is not this figure's.
_CLAUSE_BREAK = patterns.compile(r"[;:—–]|,\s|\s-\s|\s(?:and|while|but|whereas|y|mientras|pero)\s|\.\s", regex.I)

_DIRECTIONS = r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|al\s+\w+|norte|sur|este|oeste)\s+)?"
_DISTANCE_FROM = patterns.compile(r"(?:\s*\([^()]*\))?\s*" + _DIRECTIONS + r"(?:of|from|de|del|desde)\s+(?:the\s+|la\s+|el\s+)?"
                               r"(?P<place>\p{Lu}[\p{L}\p{M}'’]*(?:\s+(?:de\s+|del\s+|la\s+)?\p{Lu}[\p{L}\p{M}'’]*)*)")
_AGE_AFTER = patterns.compile(r"(?:-old|\s+old|\s+de\s+edad)\b", regex.I)
_AGE_COMPOUND = patterns.compile(r"\d-years?-old$")
_AGE_BEFORE = patterns.compile(r"(?:\b(?:aged|age\s+of|edad\s+de)|\p{Lu}[\p{L}\p{M}]+,\s+de)\s+$", regex.I)

_YEAR = r"(?:1[89]|20)\d\d"
_DATE_RE = patterns.compile(
    rf"\b(?:(?P<since>since|desde)\s+(?:\w+\s+)?(?P<since_year>{_YEAR})|(?P<year>{_YEAR})(?!\s*(?:%|\d))"
    r"|(?P<relative>last\s+year|this\s+year|last\s+month|last\s+week|yesterday|el\s+año\s+pasado|este\s+año"
    r"|el\s+mes\s+pasado|la\s+semana\s+pasada|ayer))\b", regex.I)
_OPENING_DATE = patterns.compile(r"(?:\p{L}+\s+){0,4}?[\p{L}\d]+,")   # "In 2023," "El año pasado,"
_SAME_RELATIVE = {"el ano pasado": "last year", "este ano": "this year", "el mes pasado": "last month",
                  "la semana pasada": "last week", "ayer": "yesterday"}

# Capitalised words that are not what a fact is about.
_NOT_ENTITIES = frozenset("""january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo junio
    julio agosto septiembre octubre noviembre diciembre lunes martes miercoles jueves viernes sabado domingo
    i mr mrs ms dr""".split())
DEMONYMS = {   # folded, singular -> English: counted nouns compare across languages, and are never the subject
    **{w: w for w in """american mexican chilean salvadoran salvadorean venezuelan colombian cuban peruvian
       bolivian argentine argentinian brazilian ecuadorian guatemalan honduran nicaraguan panamanian dominican
       haitian canadian spanish british french german chinese russian european african asian italian israeli
       palestinian iranian iraqi syrian ukrainian japanese korean indian""".split()},
    "estadounidense": "american", "mexicano": "mexican", "chileno": "chilean", "salvadoreno": "salvadoran",
    "venezolano": "venezuelan", "colombiano": "colombian", "cubano": "cuban", "peruano": "peruvian",
    "boliviano": "bolivian", "argentino": "argentine", "brasileno": "brazilian", "ecuatoriano": "ecuadorian",
    "guatemalteco": "guatemalan", "hondureno": "honduran", "nicaraguense": "nicaraguan", "panameno": "panamanian",
    "dominicano": "dominican", "haitiano": "haitian", "espanol": "spanish", "frances": "french",
}
_PEOPLES = frozenset(DEMONYMS.values())
_DESCRIBED = patterns.compile(r"(?:['’]s)?,?\s+(?:(?:a|an|the|un|una|la|el)\s+)?(?P<first>\p{Ll}[\p{L}-]+)(?:\s+(?P<second>\p{Ll}[\p{L}-]+))?")
_DEFINITE = patterns.compile(r"\b(?:the|this|that|its|el|la|esta|este|dicha|dicho)\s+(?P<noun>\p{Ll}[\p{L}-]+)(?:\s+(?P<head>\p{Ll}[\p{L}-]+))?")


OPENER = "opener:"   # the key prefix of a word that may be a name or may only open a sentence


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

    @property
    def comparable(self) -> bool:
        return not self.compared and bool(self.measure) and bool(self.entities)


class Ledger(NamedTuple):
    statements: list[Statement]
    names: dict[str, str]                     # entity key -> how the document writes it
    aliases: list[tuple[str, str]]            # (key, key) naming one entity: "Terrorism Center (CECOT)"
    surnames: list[tuple[str, str]]           # (full name key, last word key): one entity if the corpus names the last alone


def document_ledger(doc, ctx) -> Ledger:
    """Every figure with a unit that doc states, with its entities, measure and date scope."""
    if doc.derived.fact_ledger is not None:
        return doc.derived.fact_ledger
    names: dict[str, str] = {}
    aliases: list[tuple[str, str]] = []
    figures = document_figures(doc)
    mentions = _mentions(doc, ctx, names, aliases) if figures else []   # most documents state no figure
    described = _descriptions(doc, ctx, mentions, _definite_nouns(doc.prose, [p for p, _ in figures]))
    statements = []
    for paragraph, quantities in figures:
        previous: list[_Mention] = []
        for start, end, _ in sentences_between(doc.prose, paragraph.start, paragraph.end):
            entities = _sentence_entities(doc, mentions, described, start, end)
            earlier = previous or _last_named(mentions, start)   # what "it" or "the terminal" is about
            previous = entities
            for quantity in quantities:
                if start <= quantity.start < end:
                    statements.append(_statement(doc, quantity, start, end, entities, earlier, mentions, names,
                                                 paragraph.language))
    ledger = Ledger(statements, names, aliases, _short_forms(names))
    doc.derived.fact_ledger = ledger
    return ledger


def document_figures(doc) -> list[tuple[object, list[Quantity]]]:
    """(paragraph, its figures) for each paragraph of doc that states one; once per document. Only
    paragraphs holding a digit or a number word ("doce mil") are read."""
    if doc.derived.fact_figures is None:
        number_words = _number_word_offsets(doc)
        figures = []
        for paragraph in doc.paragraphs:
            spelled = bisect.bisect_left(number_words, paragraph.start) < bisect.bisect_left(number_words, paragraph.end)
            if spelled or _DIGIT.search(doc.prose, paragraph.start, paragraph.end):
                found = (quantities_in(doc.prose, paragraph.start, paragraph.end, spelled)
                         + _years(doc.prose, paragraph.start, paragraph.end))
                if found:
                    figures.append((paragraph, found))
        doc.derived.fact_figures = figures
    return doc.derived.fact_figures


def _number_word_offsets(doc) -> list[int]:
    """The offsets of the words that hold a word a spelled number may start with ("doce",
    "veintidós-mil" holds two): a paragraph with none holds no spelled number. None in a document
    none of whose words is one."""
    number_words = spelled_number_words()
    if number_words.isdisjoint(map(str.lower, doc.distinct_words)):
        return []
    holding = {word for word in doc.distinct_words
               if (lowered := word.lower()) in number_words
               or ("-" in lowered or "'" in lowered or "’" in lowered)   # the joiners a word may hold
               and not number_words.isdisjoint(_WORD_JOINER.split(lowered))}
    return [doc.tokens.starts[i] for i in doc.tokens.indices_of(holding)] if holding else []


_WORD_JOINER = patterns.compile(r"\W+")


def may_compare(doc) -> bool:
    """Whether doc states a figure that could be compared: one whose clause says what it measures
    and makes it no change, range, rate or part. Only then are its entities worth finding (terms,
    names, descriptions: the costly part of a ledger); most documents state no such figure."""
    for paragraph, quantities in document_figures(doc):
        for start, end, _ in sentences_between(doc.prose, paragraph.start, paragraph.end):
            for quantity in quantities:
                if start <= quantity.start < end:
                    clause_start, clause_end = _clause(doc.prose, quantity, start, end)
                    if _measure(doc.prose, quantity, clause_start, clause_end, [], {}) and \
                            not _not_compared(doc.prose, quantity, clause_start, clause_end):
                        return True   # (a measure first: nine figures in ten have none)
    return False


def _short_forms(names: dict[str, str]) -> list[tuple[str, str]]:
    """(full name, the one word it may be shortened to): its last word ("José Antonio Kast": Kast;
    "Complejo Penitenciario de Izalco": Izalco), or a first word no dictionary lists ("Izalco
    Penitentiary Complex": Izalco). compare.Entities joins them when the corpus writes the word alone."""
    links = []
    for key, text in names.items():
        words = text.split()
        if key.startswith("name:") and len(words) > 1:
            if not _common_word(words[-1]) or not any(fold(w) in FUNCTION_WORDS for w in words):
                links.append((key, "name:" + fold(words[-1])))   # not "States" of "Act of the United States"
            if not _common_word(words[0]):
                links.append((key, "name:" + fold(words[0])))
    return links


class _Mention(NamedTuple):
    start: int
    end: int
    key: str


def _mentions(doc, ctx, names: dict, aliases: list) -> list[_Mention]:
    """Entity mentions in document order: glossary concepts, then the names no term covers."""
    found = []
    for match in ctx.term_matches(doc) if ctx.glossary else ():
        concept = match.entries[0].concept
        if concept.category == "common noun":
            continue   # "the mega-prison" describes an entity; it is not one
        key = "concept:" + concept.id
        names.setdefault(key, match.text)   # how this document writes it: CECOT, Cecot
        found.append(_Mention(match.start, match.end, key))
    covered = sorted((m.start, m.end) for m in found)
    phrases = name_phrases(doc, 0, len(doc.prose), min_words=1)
    openers = [doc.is_sentence_start(phrase.start) for phrase in phrases]
    mid_sentence = {_without_possessive(word) for phrase, opener in zip(phrases, openers)
                    for word in phrase.text.split()[opener:]}
    for phrase, opener in zip(phrases, openers):
        text, start = _without_possessive(phrase.text), phrase.start
        if _overlaps(covered, start, start + len(text)):
            continue
        if opener:
            text, start = _without_sentence_opener(text, start, mid_sentence)
        key = _folded(text.removeprefix(OPENER))
        if not _may_name(key):
            continue
        if text.startswith(OPENER):
            found.append(_Mention(start, start + len(text) - len(OPENER), OPENER + key))
            names.setdefault(OPENER + key, text.removeprefix(OPENER))
            continue
        names.setdefault("name:" + key, text)
        found.append(_Mention(start, start + len(text), "name:" + key))
    found.sort()
    for mention, following in zip(found, found[1:]):   # "Center of Confinement of Terrorism (CECOT)"
        if doc.prose[mention.end:following.start] in (" (", "("):
            aliases.append((mention.key, following.key))
    return found


@lru_cache(maxsize=65536)
def _may_name(key: str) -> bool:
    """Not a month or day, a unit ("Euros"), a people ("Venezuelans") or a single letter."""
    return (len(key) > 1 and key not in _NOT_ENTITIES and key not in MEASURED_UNITS
            and _counted(key.removesuffix("s")) not in _PEOPLES)


_folded = lru_cache(maxsize=65536)(fold)   # names recur: fold each once


def _without_possessive(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text


_OPENING_WORDS = frozenset("""if si when cuando after before tras during durante while mientras although aunque
    according segun since desde like como""".split())


def _without_sentence_opener(text: str, start: int, mid_sentence: set[str]) -> tuple[str, int]:
    """A sentence's first word is capitalised whatever it is: it names something only if the
    document also writes it capitalised mid-sentence ("Kast toured" after "José Antonio Kast")."""
    first, _, rest = text.partition(" ")
    if rest and fold(first) in FUNCTION_WORDS | _OPENING_WORDS:
        return rest, start + len(first) + 1   # "Si Walmart", "But Kast": the sentence's word, then the name
    if rest and rest[:1].isupper():
        return text, start   # "Costa Rica", "José Antonio Kast": a name of two words or more
    if first in mid_sentence or first.isupper() and len(first) > 1 or not _common_word(first):
        return text, start
    return OPENER + text, start   # a name only if the corpus writes it as one elsewhere (compare.Entities)


@lru_cache(maxsize=65536)   # the shipped word lists do not change within a process
def _common_word(word: str) -> bool:
    """A word either language's dictionary lists in lowercase: "Several", "Officials", "Trump"
    open sentences as words; "Izalco" and "Bukele" are names wherever they stand."""
    from xlate.spelling import load_dictionary
    return any(load_dictionary(lang).lists(word.lower()) for lang in ("en", "es"))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


def _definite_nouns(text: str, paragraphs) -> set[str]:
    """The nouns of the definite descriptions ("the prison") where figures stand: the only ones to look up."""
    return {_noun_key(noun) for p in paragraphs for match in _DEFINITE.finditer(text, p.start, p.end)
            for noun in match.groups() if noun}


def _descriptions(doc, ctx, mentions: list[_Mention], wanted: set[str]) -> dict[str, list[tuple[int, str]]]:
    """Nouns the document describes an entity with -> (offset, entity key) of each description:
    "Cecot, a prison he first visited" and "the CECOT prison" make "prison" point back to Cecot,
    as does a glossary note ("El Salvador's maximum-security prison in Tecoluca"). Only the nouns
    wanted (those definite descriptions use) are kept."""
    described: dict[str, list[tuple[int, str]]] = {}
    if not wanted:
        return described
    notes = ctx.shared("fact_concept_notes", lambda: {"concept:" + c.id: c.note for c in ctx.glossary.concepts if c.note})

    def note(noun: str | None, mention: _Mention) -> None:
        if noun and _noun_key(noun) in wanted and fold(noun) not in FUNCTION_WORDS:
            described.setdefault(_noun_key(noun), []).append((mention.start, mention.key))

    for mention in mentions:
        for word in _NAME_WORD.findall(doc.prose, mention.start, mention.end):   # "the complex": Izalco Penitentiary Complex
            note(word, mention)
        match = _DESCRIBED.match(doc.prose, mention.end, min(len(doc.prose), mention.end + 60))
        for noun in (match.group("first"), match.group("second")) if match else ():   # "Izalco, a prison in"
            note(noun, mention)
        for noun in _NOTE_WORD.findall(notes.get(mention.key, "")):
            note(noun, mention)
    for entries in described.values():
        entries.sort()
    return described


_NAME_WORD = patterns.compile(r"\p{L}[\p{L}\p{M}-]+")
_NOTE_WORD = patterns.compile(r"\b[\p{Ll}][\p{L}-]{3,}")


@lru_cache(maxsize=65536)
def _noun_key(noun: str) -> str:
    key = fold(noun)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _sentence_entities(doc, mentions: list[_Mention], described: dict, start: int, end: int) -> list[_Mention]:
    """The entities a sentence names, and those its definite descriptions ("the prison") point back to."""
    found = mentions[bisect.bisect_left(mentions, (start,)):bisect.bisect_left(mentions, (end,))]
    for match in _DEFINITE.finditer(doc.prose, start, end):   # "the prison", "the maximum-security prison"
        for noun in filter(None, (match.group("noun"), match.group("head"))):
            earlier = [key for offset, key in described.get(_noun_key(noun), ()) if offset < match.start()]
            if earlier:
                found.append(_Mention(match.start(), match.end(), earlier[-1]))
                break
    return found


AGE_REACH = 12   # characters between an age and its person: "Ana Pérez, 45," "the 45-year-old Ana Pérez"


def _gap(mention: _Mention, quantity: Quantity) -> int:
    return quantity.start - mention.end if mention.end <= quantity.start else mention.start - quantity.end


def _last_named(mentions: list[_Mention], before: int) -> list[_Mention]:
    """The last entity named before a sentence that names none: what "it" or "the terminal" is about."""
    for mention in reversed(mentions[:bisect.bisect_left(mentions, (before,))]):
        if not mention.key.startswith(OPENER):
            return [mention]
    return []


def _nearest_first(mentions: list[_Mention], quantity: Quantity) -> tuple[str, ...]:
    """Entity keys by how near their mention stands to the figure: the nearest is most likely its subject."""
    ranked = sorted(mentions, key=lambda m: _gap(m, quantity))
    return tuple(dict.fromkeys(m.key for m in ranked))


def _statement(doc, quantity: Quantity, start: int, end: int, entities, earlier, mentions, names, language) -> Statement:
    clause_start, clause_end = _clause(doc.prose, quantity, start, end)
    measure = _measure(doc.prose, quantity, clause_start, clause_end, mentions, names)
    reference = measure.partition("from ")[2]   # "San Miguel" in "distance from San Miguel" is no subject
    entities = [m for m in entities if m.key != reference]
    if not any(not m.key.startswith(OPENER) for m in entities):   # "It holds", "Police detained"
        entities = entities + [m for m in earlier if m.key != reference]
    if measure == "age":   # an age belongs to the person named right next to it, if any
        entities = [m for m in entities if _gap(m, quantity) <= AGE_REACH]
    entities = _nearest_first(entities, quantity)[:1 if measure == "age" else None]
    line, column = doc.position(quantity.start)
    return Statement(doc.path, line, column, column + len(quantity.text), quantity.text,
                     " ".join(doc.prose[start:end].split()), language,
                     entities,
                     measure, _counted(quantity.unit),
                     quantity.qualifier, quantity.low, quantity.high,
                     "" if quantity.unit == "date" else _scope(doc.prose, clause_start, clause_end, start), _not_compared(doc.prose, quantity, clause_start, clause_end))


def _years(text: str, start: int, end: int) -> list[Quantity]:
    """Years written as the date of something ("in 2021", "en 2019"): compared when an event says what."""
    return [Quantity(m.start(), m.end(), m.group(), Decimal(m.group("year")), "date", "",
                     float(m.group("year")), float(m.group("year")) + 1, False)
            for m in _EVENT_YEAR.finditer(text, start, end)]


def _counted(unit: str) -> str:
    """A demonym in either language, as English counts it: venezolanas, Venezuelans -> venezuelan."""
    masculine = unit[:-1] + "o" if unit.endswith("a") else unit
    return DEMONYMS.get(unit, DEMONYMS.get(masculine, unit))


def _clause(text: str, quantity: Quantity, start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentence around the figure between clause breaks ("," ";" "and" "while")."""
    breaks = [m for m in _CLAUSE_BREAK.finditer(text, start, end)
              if not (m.start() < quantity.end and m.end() > quantity.start)]
    before = [m.end() for m in breaks if m.end() <= quantity.start]
    after = [m.start() for m in breaks if m.start() >= quantity.end]
    return (before[-1] if before else start), (after[0] if after else end)


_WORD = patterns.compile(r"\p{L}[\p{L}\p{M}'’-]*")


def _words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(m.start(), fold(m.group())) for m in _WORD.finditer(text, start, end)]


def _measure(text: str, quantity: Quantity, clause_start: int, clause_end: int, mentions, names) -> str:
    if quantity.unit == "date":
        events = [(abs(start + m.start() - quantity.start), m.lastgroup)
                  for start in (clause_start,) for m in _EVENT_RE.finditer(fold(text[clause_start:clause_end]))]
        return "year " + min(events)[1] if events else ""
    if quantity.unit == "year" and (_AGE_COMPOUND.search(quantity.text) or _AGE_AFTER.match(text, quantity.end) or _AGE_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
                                    or is_age_apposition(text, quantity.start, quantity.end)):
        return "age"
    if quantity.unit == "km":
        place = _DISTANCE_FROM.match(text, quantity.end, clause_end + 40)
        return f"distance from {_place_key(place, mentions, names)}" if place else ""
    cues = [(abs(offset - quantity.start), measure) for offset, measure in _cues(text, clause_start, clause_end)]
    if cues:
        return min(cues)[1] if not any(m == "capacity" for _, m in cues) else "capacity"
    if quantity.unit in UNIT_MEASURES:
        return UNIT_MEASURES[quantity.unit]   # "a city of 140,000 inhabitants"
    if quantity.compound and quantity.unit in ("prisoner", "person"):
        return "population"   # "El Salvador's 40,000-inmate CECOT prison"
    if quantity.compound and quantity.unit == "bed":
        return "capacity"
    return ""


def _cues(text: str, start: int, end: int):
    """(offset, measure) of each cue word in text[start:end], read case- and accent-folded."""
    for match in _CUE_RE.finditer(fold(text[start:end])):
        yield start + match.start(), match.lastgroup


def _place_key(place, mentions: list[_Mention], names: dict) -> str:
    """The entity key of the place a distance is measured from, as its mention has it."""
    for mention in mentions:
        if mention.start == place.start("place"):
            return mention.key
    key = "name:" + fold(place.group("place"))
    names.setdefault(key, place.group("place"))
    return key


def _scope(text: str, clause_start: int, clause_end: int, sentence_start: int) -> str:
    """The date of the figure's clause, else of a sentence that opens with one ("In 2023, ...")."""
    match = _DATE_RE.search(text, clause_start, clause_end)
    if not match:
        opening = _OPENING_DATE.match(text, sentence_start, clause_start)
        match = opening and _DATE_RE.search(text, sentence_start, opening.end())
    if not match:
        return ""
    if match.group("since"):
        return "since " + match.group("since_year")
    if match.group("year"):
        return match.group("year")
    relative = " ".join(fold(match.group("relative")).split())
    return _SAME_RELATIVE.get(relative, relative)


def _not_compared(text: str, quantity: Quantity, clause_start: int, clause_end: int) -> str:
    """Why the figure is never compared (a change, range, rate or part), or ""."""
    before = text[max(clause_start, quantity.start - 30):quantity.start]
    after = text[quantity.end:clause_end]
    if _RANGE_BEFORE.search(text, max(0, quantity.start - 30), quantity.start) or _RANGE_AFTER.match(after):
        return "range"
    if _PART_AFTER.match(after):
        return "part"
    if _DIFFERENCE_AFTER.match(after):
        return "change"   # "12.39 dollars more than now" is a difference
    keys = [w for _, w in _words(text, clause_start, clause_end)]
    for i in range(len(keys)):
        for length in (2, 1):
            why = _NOT_COMPARED_WORDS.get(tuple(keys[i:i + length]))
            if why:
                return why
    return ""
