"""The cue words of the fact ledger: the words of a clause that say what a figure measures, and the
events a date is of.

A cue table maps a measure ("capacity", "killed", "workforce") or an event ("founded", "held") to its
words in English and Spanish, read case- and accent-folded: "_" joins a phrase, "*" ends a stem.
Phrase builders write the words a table would hold by the hundred ("can hold", "puede almacenar", "da
trabajo"). ledger.py reads which cue stands nearest a figure; this module only says where each is.
"""

from __future__ import annotations

from functools import lru_cache

from xlate.infra import patterns
from xlate.rules.facts import comparable
from xlate.rules.facts.measures import PEOPLE_UNITS, person_noun, unit_measure
from xlate.text.fold import fold
from xlate.text.quantities import Quantity
from xlate.text.screens import Screen, at_openings, screen
from xlate.text.units import FUNCTION_WORDS
from xlate.text.word_classes import has_class
from xlate.text.word_concepts import concepts_of

# What a thing can do is its capacity, whichever verb says what it takes: a word of ability before a verb
# of holding, carrying or making ("can store 885 million cubic meters", "puede almacenar", "is able to
# treat", "es capaz de procesar"). Not "could", which hedges ("damage could reach"), nor a verb of money.
_ABLE = {"en": "can is_able_to are_able_to able_to designed_to built_to meant_to",
         "es": "puede pueden podra podran capaz_de capaces_de"}
_HOLDING_VERBS = {"en": "hold house handle store carry transport treat process generate pump accommodate seat serve move",
                  "es": "albergar almacenar mover transportar procesar tratar generar bombear acoger atender"}
_CAN_HOLD = " ".join(f"{able}_{verb}" for language, ables in _ABLE.items()
                     for able in ables.split() for verb in _HOLDING_VERBS[language].split())

# A workforce counts people or the jobs they hold, never hours or days of work ("trabajan 8 horas al día",
# "dará trabajo a unos 3 millones de jornales"): people of the table, any noun WordNet files as a person
# ("500 engineers", "600 mineros"), or jobs.
_JOBS = frozenset("job puesto post position".split())


def staff(unit: str) -> bool:
    """Whether a counted noun may be a workforce's: people of the table, jobs, or a noun outside the table
    any of whose English nouns names a person."""
    return unit in PEOPLE_UNITS or unit in _JOBS or not unit_measure(unit) and bool(person_noun(unit, "any sense"))
# To give work to people is to employ them: "da trabajo directo a 1.600 personas", "dará empleo a 600".
_GIVES_WORK = " ".join(f"{give}_{work}" for give in "da dan dio dieron dara daran daba daban dar dando".split()
                       for work in ("trabajo", "empleo"))

# The words that say what a figure measures, by measure ("_" joins a phrase; "*" ends a stem).
# Capacity comes before population: "can hold" is a capacity, "holds" a population.
MEASURE_CUES = {
    "capacity": """capacity capacidad could_hold designed_for built_for room_for cabida para_albergar could_handle
                   capaz_de_recibir capaces_de_recibir """ + _CAN_HOLD,   # ("puede recibir": may receive)
    "population": """holds hold holding houses housing home_to alberga albergaba albergan population
                     poblacion inmate_population donde_viven donde_vive donde_residen donde_reside""",
    "deported": "deport* expulsad* expelled expulsion*",
    "detained": """detain* detention* detenid* detencion* detuvo detuvieron arrest* capturad* capturo capturaron
                   jailed encarcelad* imprisoned""",
    "released": "released freed liberad* libero liberaron excarcelad*",
    # a death sentence is no death: "five people have been sentenced to death", "condenadas a muerte", "on death
    # row" count the sentenced (before "killed", whose "muerte" and "deaths" the phrase holds)
    # (not "a death sentence" alone, a figure of speech as often: "no longer a death sentence for the industry")
    "sentenced": """sentenced_to_death death_sentences death_penalty death_row conden*_a_muerte sentenci*_a_muerte
                    pena_de_muerte penas_de_muerte pena_capital corredor_de_la_muerte""",
    # and the lives an event took: "cobró la vida de 45 personas", "perdieron la vida", "claimed the lives of"
    "killed": """kill killed killing kills deaths died dead murder* homicid* muerte* muerto* murieron asesinad* asesinato*
                 fallecid* cobr*_la_vida cobr*_las_vidas costo_la_vida costaron_la_vida perdi*_la_vida
                 claimed_the_lives cost_the_lives took_the_lives lives_lost""",
    "wounded": "wounded injured injuring injure injures hurt herid* lesionad*",
    # "cost" without a star: Spanish "costa" (coast) and "costero" are no cost
    "cost": """cost costs costing costly costo costos coste costes costar costara costaran costaria costarian
               costaron costaba costaban costado costada cuesta cuestan investment invested spent spend* budget price inversion presupuesto
               gast* invirti*""",
    "votes": "vote votes votos sufragios",
    # "forced 2,500 people to flee their homes"; to leave one's home is to flee it: "tuvieron que abandonar sus casas"
    "evacuated": """evacuat* evacuad* evacuar* flee fled fleeing huir huyeron left_their_homes leave_their_homes
                    forced_from_their_homes forced_out_of_their_homes driven_from_their_homes
                    abandon*_their_homes abandon*_sus_casas abandon*_sus_hogares abandon*_sus_viviendas
                    dej*_sus_casas dej*_sus_hogares dej*_sus_viviendas salir_de_sus_casas salir_de_sus_hogares""",
    "displaced": "displaced desplazad* homeless",
    "missing": "missing desaparecid*",
    "rescued": "rescued rescatad* rescato rescataron",
    # what police or customs seize: a count of seizures, which a year's total sums ("En 2025, la Armada incautó 960 toneladas")
    "seized": """seize seized seizes seizing seizure seizures confiscated incauto incautaron incautad* incautacion*
                 decomiso decomisaron decomisad* decomisos confiscad*""",
    # verbs and the words for a workforce, not the nouns it counts ("400 empleados went on strike")
    # the verbs in every tense a desk writes a workforce in: "Trabajarán en la obra hasta 5.000 personas"
    "workforce": """employ employs employed employing emplea emplean empleaba empleaban empleara emplearan
                    emplearia emplearian trabaja trabajan trabajaron trabajaba trabajaban trabajara trabajaran
                    trabajaria trabajarian jobs empleos workforce plantilla puestos_de_trabajo
                    """ + _GIVES_WORK,
}
# The word boundaries stand once around all the phrases, not around each: the engine then skips
# every position inside a word at once (a fifth of the time, the same matches).
_CUE_RE = patterns.compile(r"(?<![\w-])(?:" + "|".join(
    f"(?P<{measure}>" + "|".join(phrase.replace("_", r"\s+").replace("*", r"\w*")
                                for phrase in sorted(words.split(), key=len, reverse=True)) + ")"
    for measure, words in MEASURE_CUES.items()) + r")(?![\w-])")



# Events a year is the date of ("inaugurated in 2021"): a statement of its own, "year opened".
# An institution that "opened its doors" ("la casa abrió sus puertas en 1997") began then: its founding,
# not the inauguration of a building, which "opened" and "inauguró" alone say.
EVENT_CUES = {
    "founded": """founded established opened_its_doors opened_their_doors fundad* fundo creado creada establecid*
                  abrio_sus_puertas abrieron_sus_puertas""",
    "opened": "opened opens inaugurated inaugurad* inauguro abrio abierta",
    "built": "built constructed completed finished construid* construyo terminad* termino concluid* completad*",
    "elected": "elected electo electa elegid*",
    "born": "born nacio nacid*",
    "died": "died murio fallecio",
}
# Events a day is the date of ("opened on March 3", "set for Oct. 19", "será el 26 de octubre"): not
# deaths, whose counts are dated "by Oct. 21".
DAY_EVENT_CUES = {
    **{event: EVENT_CUES[event] for event in ("founded", "opened", "elected")},
    "held": """held scheduled set_for set_to_take_place takes_place will_take_place took_place celebrara celebro
               celebrada celebrado realizara realizo realizada tendra_lugar tuvo_lugar sera fue_el programad*""",
}


def _event_pattern(cues: dict[str, str]):
    """One pattern naming each event's group; "_" joins a phrase, "*" ends a stem. Events are tried in
    the table's order at each position: founded's "abrió sus puertas" before opened's "abrió"."""
    return patterns.compile(r"\b(?:" + "|".join(
        f"(?P<{event}>" + "|".join(word.replace("*", r"\w*").replace("_", r"\s+") for word in words.split()) + ")"
        for event, words in cues.items()) + r")\b")


EVENT_RE = _event_pattern(EVENT_CUES)
# An event done to a pronoun ("la inauguró", "lo construyeron", "opened it"): what it was done to is
# the thing the sentence before is about, not who did it, whom the sentence names.
_EVENT_VERBS = "|".join(word.replace("*", r"\w*").replace("_", r"\s+") for words in EVENT_CUES.values()
                        for word in words.split())
DONE_TO_IT = patterns.compile(rf"\b(?:la|lo|las|los)\s+(?:{_EVENT_VERBS})\b|\b(?:{_EVENT_VERBS})\s+(?:it|them)\b")
DAY_EVENT_RE = _event_pattern(DAY_EVENT_CUES)

# Counted nouns that say by themselves what is measured, when no cue in the clause does.
UNIT_MEASURES = {"inhabitant": "population", "member": "membership", "employee": "workforce",
                 "worker": "workforce", "bed": "capacity", "hectare": "area"}

# Verbs saying what a place can take, right before the figure: "seats 53,500 spectators", "sleeps 300".
_CAPACITY_VERBS = "seats seating accommodates sleeps fits".split()
_CAPACITY_VERB = patterns.compile(r"\b(?:" + "|".join(_CAPACITY_VERBS)
                                  + r")\s+(?=(?:up\s+to\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?\d)")


@lru_cache(maxsize=64)
def cues_in(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """(offset, measure) of each cue word in text[start:end], read case- and accent-folded. Kept for the
    clause: may_compare reads a figure's measure before document_ledger does, and _measure asks twice."""
    if not _CUE_WORDS.may_match(text, start, end, copied=True):
        return ()   # nine clauses in ten hold no cue
    folded = fold(text[start:end])
    return tuple([(start + match.start(), match.lastgroup) for match in _CUES_AT_OPENINGS.finditer(folded)]
                 + [(start + match.start(), "capacity") for match in _CAPACITY_VERB.finditer(folded)]
                 + [(start + match.start(), "population") for match in _PEOPLE_LIVE.finditer(folded)])


# What happened to people said in a word no cue lists, in either language: a word naming one WordNet
# concept with an English cue word (text/word_concepts.py: "mató", "asesinó" kill; "hirió" wound;
# "sufrieron lesiones" injury; "perished" die; "the death of 83 people"). Only for a count of people, after
# every other reading (_measure), and only the events that count people, whose cue words name one thing
# each: not what a place holds (to hold is also to think), a workforce (to employ is also to use), nor
# who is missing (a miss is a girl) or released. Not the figure's own noun, nor an adjective ("lista":
# smart, to smart is to hurt; "vivos": alive, whose attribute, life, "dead" names too).
_BY_CONCEPT = ("killed", "wounded", "evacuated", "displaced", "detained", "deported", "rescued")


@lru_cache(maxsize=1)
def _cue_concepts() -> tuple[tuple[str, frozenset[str]], ...]:
    """(measure, the WordNet concepts its English cue words name: their own, no broader term)."""
    found = []
    for measure in _BY_CONCEPT:
        words = [word.rstrip("*") for word in MEASURE_CUES[measure].split() if "_" not in word]
        words += [word + "e" for word in words]   # "evacuat*": evacuate
        found.append((measure, frozenset().union(*(concepts_of(word).own for word in words
                                                   if has_class("en", word, "noun", "verb", "past", "participle")))))
    return tuple(found)


def cues_by_concept(text: str, start: int, end: int, quantity: Quantity) -> list[tuple[int, str]]:
    """(offset, measure) of each word of text[start:end] outside the figure naming a cue's concept, or a kind of one."""
    found = []
    for at, word in comparable.words_at(text, start, end):
        if len(word) > 3 and word not in FUNCTION_WORDS and text[at].islower() and not quantity.start <= at < quantity.end \
                and not has_class("en", word, "adj") and not has_class("es", word, "adj"):
            concepts = concepts_of(word)
            for measure, of_cue in _cue_concepts():
                if not of_cue.isdisjoint(concepts.own) or not of_cue.isdisjoint(concepts.broader):
                    found.append((at, measure))
    return found


# Where people live is a place's population: "where about 2,000 people live" (Spanish: "donde viven", a cue).
_WHERE = "where"
_PEOPLE_LIVE = patterns.compile(r"\b" + _WHERE + r"\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?[\d.,]+"
                                r"(?:\s+(?:thousand|million))?\s+(?:people|residents|inhabitants|families)\s+(?:now\s+)?lives?\b")


# The words that open a cue of _CUE_RE, _CAPACITY_VERB or _PEOPLE_LIVE (a "*" word's: its beginning)
_CUE_OPENERS = [phrase.split("_")[0] for words in MEASURE_CUES.values() for phrase in words.split()]
_OPENING_WORDS = [word for word in _CUE_OPENERS if not word.endswith("*")]
_OPENING_STEMS = [word.removesuffix("*") for word in _CUE_OPENERS if word.endswith("*")]
_CUE_WORDS = screen(_OPENING_WORDS + _CAPACITY_VERBS + [_WHERE], _CUE_RE, _CAPACITY_VERB, _PEOPLE_LIVE, copied=True,
                    prefixes=_OPENING_STEMS)
# _CUE_RE tried only where one of its phrases may open (text.screens.AtOpenings), not at each word
_CUES_AT_OPENINGS = at_openings(_CUE_RE, Screen(_OPENING_WORDS, _OPENING_STEMS))
