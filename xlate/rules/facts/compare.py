"""Which statements of a corpus's ledgers are about one entity, and which of them disagree.

The entities are joined by entities.Entities (glossary concepts, acronyms, short forms, translated and
place names). Two statements disagree when they give the same measure, in the same unit, of one entity
(named nearest the figure in at least one of them), for the same date (or one has none), and no value
satisfies both wordings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Iterator

from xlate.rules.facts import changes
from xlate.rules.facts.comparable import DENOMINATOR, SIZES, WITHIN, after_a_part
from xlate.rules.facts.entities import Entities, words_alike
from xlate.rules.facts.ledger import AVERAGE, GOAL, MARKS, RANKINGS, STAGE, Statement
from xlate.rules.facts.measures import (EVENTS_OF_PEOPLE, PAIRED_THINGS, PEOPLE_UNITS, counted_by_a_noun, is_broad, measure_word_keys,
                                        not_the_stuff, other_periods, share_a_measure_word)
from xlate.rules.facts.pairing import pairs_apart
from xlate.rules.facts.restatements import content_words, restates
from xlate.rules.facts.scopes import (AT_A_MOMENT, RELATIVE_YEARS, before_now, foretells, in_its_year, one_date,
                                      told_in_the_past, written_after)
from xlate.rules.facts.stories import EVENT, PERSON, STORY, THING, TOLL
from xlate.text.quantities import INFINITY, is_one_in, overlap, written_factor
from xlate.text.units import CELSIUS, CURRENCIES, CURRENCY_SIGNS, MEASURED_UNITS
from xlate.text.names import likely_cognates
from xlate.text.word_classes import derives_nouns
from xlate.text.word_senses import senses


CAPACITY = "capacity"   # the measure of what a thing can hold or handle (cues.MEASURE_CUES)
THINGS = "things counted by a noun"   # the unit figures counted by a noun outside the table are paired under
DOLLAR = CURRENCY_SIGNS["$"]   # the unit sums in another currency are compared in, at a rate their story states


def measure_label(statement: Statement, entities: Entities) -> str:
    measure = statement.measure
    if measure == "quantity":
        return statement.unit if statement.unit in RANKINGS else f"quantity in {statement.unit}"   # "lowest since", "rank"
    if measure.startswith("distance from "):
        return "distance from " + entities.name(measure.removeprefix("distance from "))
    return measure


def disagreements(statements: list[Statement], entities: Entities,
                  pairing=pairs_apart) -> dict[Statement, list[tuple[Statement, str]]]:
    """Each comparable statement that some other contradicts -> [(other, entity root)], in the order
    of statements. Only the pairs that share a key of _pairing_keys and whose ranges may be apart
    are tried (pairing.py): every other pair would fail _about or _disagree. pairing(group, keys)
    gives the (i, j) of a bucket's figures to try (tests pass one of every pair, to show the same
    findings)."""
    figures = _figures(statements, entities)
    _in_dollars(figures.values(), _exchange_rates(statements), entities)
    _in_the_storys_year(figures.values(), entities)
    buckets: dict[tuple[str, str], list[_Figure]] = defaultdict(list)
    for figure in figures.values():
        for entity in figure.entities:
            buckets[figure.unit, entity].append(figure)
    in_article = _in_articles(buckets)
    found: dict[_Figure, dict[_Figure, str]] = defaultdict(dict)
    for (unit, entity), group in buckets.items():
        for i, j in pairing(group, lambda figure: _pairing_keys(entity, figure)):
            first, second = group[i], group[j]
            if second in found[first] or not _about(entity, first, second, entities):
                continue
            if entity.startswith(STORY) and not _one_story(entity, first, second, entities):
                continue
            if _disagree(first, second) and not _stated_alike_in_its_article(
                    first, second, lambda path, _: in_article.get((path, unit, entity), ()),
                    lambda one, other: _about(entity, one, other, entities)):
                found[first][second] = found[second][first] = _shared_subject(first.ranks, second.ranks)
    add_restated(found, statements, buckets, in_article, entities)
    return {statement: [(other.statement, root) for other, root in found[figure].items()]
            for statement, figure in figures.items() if found.get(figure)}


def _in_articles(buckets: dict[tuple[str, str], list[_Figure]]) -> dict[tuple, list[_Figure]]:
    """The figures of the buckets by article: (path, unit, entity) -> those of the bucket (unit, entity),
    (path, unit) -> those of the unit, each once, in order. What _stated_alike_in_its_article reads is
    an article's own figures, not the corpus's."""
    in_article: dict[tuple, dict[_Figure, None]] = defaultdict(dict)
    for (unit, entity), group in buckets.items():
        for figure in group:
            in_article[figure.path, unit, entity][figure] = None
            in_article[figure.path, unit][figure] = None
    return {key: list(figures) for key, figures in in_article.items()}


def add_restated(found: dict[_Figure, dict[_Figure, str]], statements: list[Statement],
                 buckets: dict[tuple[str, str], list[_Figure]], in_article: dict[tuple, list[_Figure]],
                 entities: Entities) -> None:
    """Add to found the pairs of restated sentences that disagree (_restating_pairs), whoever each is about,
    unless an article states the other's value in a sentence restating the other's (_stated_alike_in_its_article)."""
    for first, second in _restating_pairs(statements, buckets, entities, found):
        root = _named_in_either(first, second)
        if root and second not in found[first] and not _stated_alike_in_its_article(
                first, second, lambda path, one: in_article.get((path, one.unit), ()),
                lambda one, other: restates(one.statement, other.statement)):
            found[first][second] = found[second][first] = root


def _restating_pairs(statements: list[Statement], buckets: dict[tuple[str, str], list[_Figure]],
                     entities: Entities, found: dict[_Figure, dict[_Figure, str]]) -> Iterator[tuple[_Figure, _Figure]]:
    """Pairs of figures of one unit and one entity that disagree, whose sentences restate one another
    in two articles of one story (restatements.py), each the only figure of its unit its sentence
    states: whatever each sentence is taken to be about, they say one thing. Not the pairs found
    already (found): nothing is added for them, so they are not tried."""
    stated = Counter((s.path, s.sentence, s.unit) for s in dict.fromkeys(statements))
    tried: set[tuple[int, int]] = set()
    for group in buckets.values():
        alone = [figure for figure in group if stated[figure.path, figure.sentence, figure.statement.unit] == 1
                 and not _a_whole(figure.statement)]
        # only pairs whose ranges may be apart can disagree; one key shared by all: any two may pair
        for i, j in pairs_apart(alone, lambda _: (None,)):
            first, second = alone[i], alone[j]
            pair = (id(first), id(second))
            if first.path == second.path or pair in tried or second in found.get(first, ()):
                continue
            tried.add(pair)
            if _disagree(first, second) and entities.same_story(first.path, second.path) \
                    and (_measured_alike(first, second) or _said_of_neither(first, second)) \
                    and _one_thing_restated(first, second) and not _named_apart(first, second) \
                    and restates(first.statement, second.statement):
                yield first, second


def _said_of_neither(first: _Figure, second: _Figure) -> bool:
    """Whether one of two figures named by their unit alone has no word of its clause saying what it
    measures ("Si no llueve, la reserva alcanzará para unos 70 días"): a restated sentence then says it."""
    return first.measure == second.measure == "quantity" and not (first.measuring and second.measuring)


def _a_whole(statement: Statement) -> bool:
    """Whether a figure is the whole of a part its sentence states first ("grew in 12 of the country's 32
    departments"): the part, with no unit of its own, is another figure of the sentence."""
    at = statement.sentence.find(statement.text)
    return at > 0 and after_a_part(statement.sentence[:at])


def _one_thing_restated(first: _Figure, second: _Figure) -> bool:
    """Whether two figures of restated sentences may be one quantity: neither names a measure the other
    does not (a capacity and what is carried: "can handle 5.5 million passengers a year" and "recibirá
    3,2 millones de pasajeros"), both count one thing, and they are of one kind (_one_kind)."""
    if first.label != second.label and (first.measure != "quantity" and second.measure != "quantity"
                                        or first.measure.startswith(CAPACITY) or second.measure.startswith(CAPACITY)):
        return False
    if first.noun and not (second.noun and _one_thing_counted(first, second)):
        return False
    return _one_kind(first, second)


def _named_in_either(first: _Figure, second: _Figure) -> str:
    """The entity a finding names: one both statements name, nearest their figures, else the one
    named nearest either figure."""
    if first.ranks.keys() & second.ranks.keys() - {""}:
        return _shared_subject(first.ranks, second.ranks)
    return min(((rank, root) for ranks in (first.ranks, second.ranks) for root, rank in ranks.items() if root),
               default=(0, ""))[1]


def _stated_alike_in_its_article(first: _Figure, second: _Figure, figures_of, same_thing) -> bool:
    """Whether the article of one figure also states the other's value in a figure that same_thing(one,
    other) takes for the same thing: it then states two things the other article tells apart ("The rocket
    ... weighed a little under 4 kg" of one model, "weighed about 9.5 kg" of the next; its
    translation "no llegaba a los 4 kg", "pesaba unos 9,5 kg"), not one thing with two values.
    figures_of(path, one): the figures of one's unit that article states (_in_articles: its own, not the
    corpus's). Two figures compared as one entity's (disagreements) read the article's figures of that
    entity, the same thing when _about says so; two restated sentences (add_restated) read all of them,
    the same thing when the other's sentence restates the one's."""
    return any(other is not two and other is not one and _agree(one, other) and same_thing(one, other)
               for one, two in ((first, second), (second, first)) for other in figures_of(two.path, one))


def _agree(first: _Figure, second: _Figure) -> bool:
    """Whether two figures state one value of one date (not merely that they do not disagree)."""
    return _one_time(first, second) and not _disagree(first, second)


def _one_time(first: _Figure, second: _Figure) -> bool:
    """Whether two figures may be of one time: one date (scopes.one_date; a relative year of an undated article in
    its story's year, _pair_dates), and not a forecast against what a past date saw (_foretold_against_the_past)."""
    return one_date(*_pair_dates(first, second), _cumulative(first) or _cumulative(second),
                    lambda: _both_foretell(first, second)) and not _foretold_against_the_past(first, second)


def _both_foretell(first: _Figure, second: _Figure) -> bool:
    """Whether both figures' sentences tell the future (scopes.foretells): a figure foretold for a year and an
    undated one then may be one forecast."""
    return foretells(first.sentence) and foretells(second.sentence)


def _foretold_against_the_past(first: _Figure, second: _Figure) -> bool:
    """Whether one figure is undated in a sentence that tells the future ("el ministerio prevé unas 80.000
    toneladas", "the plant will employ 2,000") and the other is of a date before the story's ("Last year's
    harvest was about 66,000 tons", "two weeks earlier", "produced 500 megawatts in 2020"): a forecast is no
    figure of a time already past, as it is of the undated now."""
    return any(not one.scope and other.scope and _told_before_now(other) and foretells(one.sentence)
               for one, other in ((first, second), (second, first)))


def _told_before_now(figure: _Figure) -> bool:
    """Whether a figure is dated before the story's time: a relative past ("last year", "ayer", "la temporada
    pasada", "two weeks earlier") or a whole year its sentence tells in the past (scopes.told_in_the_past)."""
    return before_now(figure.scope) or figure.past_year is not None


def _past_year(statement: Statement) -> int | None:
    """The whole year a figure is of when its sentence tells it in the past ("recibió 712.000 visitantes en 2025"),
    else None: read once per figure, for _told_before_now and _in_the_storys_year."""
    scope = statement.scope
    return int(scope) if len(scope) == 4 and scope.isdigit() and told_in_the_past(
        statement.sentence, statement.at, statement.language) else None


def _about(entity: str, first: _Figure, second: _Figure, entities: Entities) -> bool:
    """Whether both figures measure one thing of entity. An entity both sentences merely mention
    ("in Mexico") is not what both are about: it must be named nearest one figure, or nearest both
    when only the unit says what they measure, in two articles; and a broad unit (a percentage, money, a time, a count
    of people) needs a word of both clauses saying what it measures (measures.py)."""
    if (first.noun or second.noun) and not _one_noun_one_story(first, second, entities):
        return False   # one bucket holds every noun outside the table (_Figure.noun)
    if entity == TOLL:   # one story's toll, unless each sentence names its own subject: two places, two tolls
        return first.path != second.path and first.label == second.label and not _named_apart(first, second)
    if "quantity" not in (first.measure, second.measure):
        return first.label == second.label and entity in first.subjects | second.subjects \
            and (first.path != second.path or _named_in_both(entity, first, second))
    if first.path == second.path:
        return False   # one article stating two figures of one unit about one thing states two things
    return _one_kind(first, second) and _one_about_other_naming(entity, first, second) and _measured_alike(first, second)


def _one_kind(first: _Figure, second: _Figure) -> bool:
    """Whether two figures of one unit, one of them named by the unit alone, may be one quantity: neither
    is a change, a goal, a share of one in m, a part within, an average, the length of another thing, a
    share of another whole or a rate of another period where the other is not, nor a level at a moment
    against a capacity."""
    if _level_and_capacity(first, second):
        return False
    if first.changes != second.changes:
        return False   # a change and a level, or a change's amount and the level it reached
    if (GOAL in first.about) != (GOAL in second.about):
        return False   # a goal and what was done ("aimed to handle 4 million", "movió 3,2 millones")
    if (is_one_in(first.statement) or is_one_in(second.statement)) and not (first.wholes and second.wholes):
        return False   # "tres de cada diez habitaciones ... vacías" and "occupancy stood at 71%": of what, unsaid
    if (WITHIN in first.about) != (WITHIN in second.about):
        return False   # a part's size and the whole's ("4,5 hectáreas ... dentro de la reserva", "the 56,259-hectare reserve")
    if (AVERAGE in first.about) != (AVERAGE in second.about):
        return False   # an average and a total ("the average farm covers 2 hectares", "afecta a 48.000 hectáreas")
    if (STAGE in first.about) != (STAGE in second.about):
        return False   # a stage and the whole ("En su primera etapa transportará 180.000", "will carry 550,000 when finished")
    if _other_things(first.things, second.things):
        return False   # "the 17,800-foot volcano", "una columna de ceniza de tres millas de altura"
    if _other_wholes(first.wholes, second.wholes):
        return False   # "86% of the diesel it uses", "el 56 % del consumo de combustibles"
    if bool(first.per) != bool(second.per) or first.per and not share_a_measure_word(first.per, second.per):
        return False   # a rate per liter and a total, or a rate per another thing ("$16.71 per kilowatt-month")
    return not other_periods(first.measuring, second.measuring)   # a monthly rate and an annual one


def _measured_alike(first: _Figure, second: _Figure) -> bool:
    """Whether two figures measure one thing: one label, a unit that says it by itself, or a word of
    both clauses. A restated sentence stands in for it only where a clause says nothing of it
    (_said_of_neither): "expected 2 million visitors" and "recibió 1,6 millones de visitantes" restate
    one sentence, but a forecast is not what came."""
    return (first.measure != "quantity" and first.label == second.label) or not is_broad(first.unit) \
        or share_a_measure_word(first.measuring, second.measuring)


def _one_noun_one_story(first: _Figure, second: _Figure, entities: Entities) -> bool:
    """Things counted by a noun outside the table, with no word saying what they measure, compare
    only as one thing counted (_one_thing_counted) in two articles of one story, and as a broad unit:
    their clauses must also share a word saying what is counted ("1.400 pozos ilegales", "unos 400
    pozos ilegales"). With a cue ("detained 35 strikers") the noun is its unit. A thing of the table counted
    alike in both ("1,300 vessels", "800 embarcaciones") compares in any two articles, as a unit of the table does."""
    return bool(first.noun and second.noun) and _one_thing_counted(first, second) \
        and (first.noun == second.noun and first.noun in PAIRED_THINGS or entities.same_story(first.path, second.path))


# The noun that counts whatever its story counts: "381.000 unidades de los modelos Jetta", "48 million units".
_ANY_THING = "unit"


def _counts_things(unit: str) -> bool:
    return counted_by_a_noun(unit) or unit in PAIRED_THINGS   # (measures.PAIRED_THINGS: what they are and why)


def _one_thing_counted(first: _Figure, second: _Figure) -> bool:
    """Whether two nouns outside the table count one thing: alike ("colonies", "colonias"), one cut
    short of the other ("hippos", "hipopótamos": hippopotamus), or the one naming a word of the other's
    figure or clause ("24 mangas" / "36 boarding bridges ... puentes de embarque"; "499.239 compostelas"
    / "449,239 Compostela certificates")."""
    one, other = first.noun, second.noun
    if words_alike(one, other) or _cut_short(one, other) or _ANY_THING in (one, other):
        return True
    return share_a_measure_word((one,), _figure_words(second)) or share_a_measure_word((other,), _figure_words(first))


_CLIPPED_LEAST = 5   # letters a word cut short keeps: "hippo" of "hippopotamus"


def _cut_short(one: str, other: str) -> bool:
    """Whether one noun is the other cut short ("hippo", "hippopotamus"): its first letters, and not a word
    an ending makes another noun of ("visit"/"visitor", "plant"/"plantation", "colon"/"colony")."""
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= _CLIPPED_LEAST and longer.startswith(shorter) and not derives_nouns(longer[len(shorter):])


def _figure_words(figure: _Figure) -> tuple[str, ...]:
    """The words of a figure as written ("Compostela certificates") and of its clause saying what it measures."""
    return content_words(figure.statement.text) + figure.measuring


def _one_about_other_naming(entity: str, first: _Figure, second: _Figure) -> bool:
    return (_may_measure(entity, first) and _may_name(entity, second)) \
        or (_may_measure(entity, second) and _may_name(entity, first))


def _may_name(entity: str, figure: _Figure) -> bool:
    return _may_measure(entity, figure) or (entity in figure.entities and not figure.named_here - {""} and figure.unit != "km")


def _may_measure(entity: str, figure: _Figure) -> bool:
    """Whether a figure compared by its unit may measure entity: the entity is what the statement
    is about; a length, only what its own sentence names."""
    if figure.unit == "km" and entity not in figure.named_here:
        return False   # a length is of what its own sentence names, never of what an earlier one did
    if figure.unit in SIZES and figure.opening in figure.named_here and entity != figure.opening \
            and not entity.startswith(THING):   # the opening's own thing: "The reservoir" is the story's reservoir
        return False   # nor of another than the one its sentence opens with, when it names that one: "Santa
        # Olalla, la mayor laguna del parque, ocupó 30 hectáreas" is the lagoon's size, not the park's
    if entity.startswith(EVENT):   # the blaze, el fuego: named in both clauses, it is what both measure
        return entity in figure.subjects or entity in figure.entities
    return entity in figure.subjects


def _named_in_both(entity: str, first: _Figure, second: _Figure) -> bool:
    """Whether both sentences of one article name the entity themselves: one that says "he" twice
    ("a guest house with 46 beds", "four more hostels, with a combined capacity of 300 beds") speaks of two of
    his things; an article restating its own figure names what it is of."""
    return entity in first.named_here and entity in second.named_here


def _level_and_capacity(first: _Figure, second: _Figure) -> bool:
    """A capacity and a level its unit names at a moment ("can generate 330 megawatts", "aportaba
    apenas 190 megavatios el jueves"): what a thing gives at a time is not what it can give, as a
    population is not a capacity."""
    return {first.measure, second.measure} == {"capacity", "quantity"} \
        and any(AT_A_MOMENT in figure.about for figure in (first, second))


def _ranks(statement: Statement, entities: Entities) -> dict[str, int]:
    """Each entity the statement names, by how near its figure it is named (0: the nearest)."""
    ranked: dict[str, int] = {}
    for position, key in enumerate(statement.entities):
        ranked.setdefault(entities.root(key), position)
    return ranked


def _named_apart(first: _Figure, second: _Figure) -> bool:
    """Whether both sentences name what they are about, and not alike ("14 killed in Honduras", "11
    muertos en Guatemala")."""
    one, other = (figure.named_here - {""} for figure in (first, second))
    one, other = ({key for key in keys if not key.startswith(STORY)} for keys in (one, other))
    return bool(one and other) and not one & other


def _named_here(statement: Statement, entities: Entities) -> set[str]:
    """The entities a statement's own sentence names, the story's thing it opens with included ("The reservoir
    stood at 702 feet", "El embalse se encontraba a 220 metros": the story's reservoir, whatever else the
    description resolves to)."""
    return {entities.root(key) for key in statement.entities[:statement.named]} \
        | {key for key in statement.entities[statement.named:] if key.startswith(THING)}


def _other_things(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two lengths are of different things (_Figure.things): no noun of the one is the other's, its
    cognate or its translation ("mirror", "espejo": one English lemma, text/word_senses.py). Each noun's
    senses are read once, not once per noun of the other side."""
    if not (one and other):
        return False
    other_senses = [(b, senses(b)) for b in other]
    for a in one:
        a_senses = senses(a)
        if any(a == b or likely_cognates(a, b) or not a_senses.isdisjoint(b_senses) for b, b_senses in other_senses):
            return False
    return True


def _other_wholes(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two shares are of different wholes (_Figure.wholes, the head noun first): the head of the
    one's "of the ..." says nothing the other's does ("of the electricity" and "de la electricidad"; "of
    Colombia's electricity demand" and "de la demanda de energía" are one; "18% of the coffee" and "el 16%
    de las exportaciones de café" are two)."""
    return bool(one and other) and not share_a_measure_word(one[:1], other[:1])


def _one_story(entity: str, first: _Figure, second: _Figure, entities: Entities) -> bool:
    """An unnamed event or person is one in two statements of one story; two unnamed people of one
    class in one article may be two ("a man, 45, and a man, 60")."""
    if entity.startswith(PERSON) and first.path == second.path:
        return False
    return entities.same_story(first.path, second.path)


def _cue_words(statement: Statement) -> tuple[str, ...]:
    """A figure named by a cue ("capacity", "killed") compared with one named by its unit alone:
    the cue's measure is the word the other clause must share when the unit is broad."""
    return (statement.measure.partition(" ")[0],)


def _shared_subject(one: dict[str, int], other: dict[str, int]) -> str:
    """Of the entities both statements name (their _ranks), the one named nearest their figures."""
    return min((one[root] + other[root], root) for root in one.keys() & other.keys() if root)[1]


# Counts of events: a figure without a date may be another day's, so only the same date compares.
# Events of people, and votes and seizures: counts of one day (one list of events, kept in measures).
EVENT_COUNTS = EVENTS_OF_PEOPLE | {"votes", "seized"}


def _cumulative(figure: _Figure) -> bool:
    return figure.scope.startswith("since ") or figure.measure in EVENT_COUNTS


def _disagree(first: _Figure, second: _Figure) -> bool:
    if (first.path, first.sentence) == (second.path, second.sentence):
        return False   # one sentence: "from 5 to 7", a list; never two claims about one thing
    if _set_against_its_date(first, second) or _set_against_its_date(second, first):
        return False   # "95,000 inhabitants, against 80,000 in 2010" is no figure of 2010
    if not _one_time(first, second):
        return False   # facts of different dates; "since 2004", "killed" count over a time of their own;
        # "two weeks earlier" is not the story's day, which an undated figure is
    if first.statement.qualifier == second.statement.qualifier == CEILING:
        return _maxima_apart(first.high, second.high)
    if overlap(first.values, second.values):
        return False
    if _converted(first, second):   # either may be the other converted, and truncated
        return not (overlap(_truncated(first.values), second.values) or overlap(first.values, _truncated(second.values)))
    return True


def _converted(first: _Figure, second: _Figure) -> bool:
    """Two figures of one unit written in units of different size ("56,259 hectares", "unos 562
    kilómetros cuadrados"): one may be the other converted."""
    factor = written_factor(first.statement.text)
    return bool(factor) and factor != written_factor(second.statement.text) != 0


def _truncated(values: Statement) -> Statement:
    """A figure a writer converted from another unit, who may have cut its digits rather than rounded
    them: 56,259 hectares are 562.59 km², written "562": it stands for a whole unit of its last digit
    above it, not half."""
    if values.qualifier not in ("", "about"):
        return values
    return values._replace(high=values.high + (values.high - values.low) / 2)


def _set_against_its_date(one: _Figure, other: _Figure) -> bool:
    """Whether one figure, undated, is set in its sentence against a figure of its unit dated as the other
    is ("Izalco has 95,000 inhabitants, against 80,000 in 2010", "up from 12,000 in 2023"): its sentence
    tells its date from that one, so it is of another date than the other's."""
    return not one.scope and other.scope in one.dates_beside


# Two ceilings of one quantity state its maximum: "blackouts of up to 20 hours" and "apagones de hasta 12
# horas", "will employ up to 2,000 people at its peak" and "trabajarán hasta 5.000 personas". Each top
# rounds as a figure does (2.5% either way), so two tops further apart than both roundings disagree.
# Floors stay bounds: "over 200" and "over 250" deported agree (docs/decisions.md).
CEILING = "up to"
_TOPS_ROUND = 0.05


def _maxima_apart(one: float, other: float) -> bool:
    return abs(one - other) > _TOPS_ROUND * max(one, other)


class _Figure:
    """A statement with what the comparison reads of it, found once: a pair test reads it for every
    other statement of its entity and unit. Hashed by identity, not by the statement's twenty fields."""

    __slots__ = ("statement", "path", "sentence", "measure", "unit", "scope", "about", "low", "high", "label", "entities", "subjects",
                 "named_here", "ranks", "words", "changes", "things", "wholes", "per", "measuring", "noun", "values",
                 "opening", "dates_beside", "story_years", "past_year")

    def __init__(self, statement: Statement, entities: Entities):
        self.statement = statement
        self.path, self.sentence, self.measure, self.unit, self.scope = \
            statement.path, statement.sentence, statement.measure, statement.unit, statement.scope
        self.about = statement.about
        self.values = _in_celsius(statement) if statement.unit == FAHRENHEIT and changes.AMOUNT not in statement.about \
            else statement   # what overlap reads
        self.unit, self.low, self.high = self.values.unit, self.values.low, self.values.high
        self.noun = statement.unit if statement.measure == "quantity" and _counts_things(statement.unit) else ""
        if self.noun:
            self.unit = THINGS   # one bucket: "pozo" and "pozo", "colony" and "colonia" are paired by _about
        if statement.qualifier == CEILING:
            self.low = self.high   # paired as the maximum it states (pairing.py tries a point with every other)
        self.label = measure_label(statement, entities)
        self.entities = entities.of(statement)
        self.subjects = entities.subjects(statement)
        self.opening = entities.root(statement.opening) if statement.opening else ""
        self.dates_beside: frozenset[str] = frozenset()   # the dates of its sentence's other figures of its unit
        self.story_years: dict[str, int | None] = {}   # for a relative year: other article -> the year (_in_the_storys_year)
        self.past_year = _past_year(statement)
        self.named_here = _named_here(statement, entities)
        self.ranks = _ranks(statement, entities)
        self.words = statement.about if statement.measure == "quantity" else _cue_words(statement)
        self.changes = frozenset(w for w in self.words if w[:1] == changes.CHANGE)   # a change's kind (comparable.change_kind)
        self.things = tuple(w[1:] for w in self.words if w[:1] == "=")   # what a length is of (ledger._length_word)
        self.wholes = tuple(w[1:] for w in self.words if w[:1] == "%")   # what a share is of (ledger._share_of)
        self.per = tuple(w[1:] for w in self.words if w[:1] == DENOMINATOR)   # a rate per one of (ledger._per_one_of)
        self.measuring = not_the_stuff(self.unit, tuple(w for w in self.words if w[:1] not in MARKS))   # nor a moment


FAHRENHEIT = "°F"


def _in_celsius(statement: Statement) -> Statement:
    """A temperature in Fahrenheit as degrees Celsius, compared with Celsius: "95 °F" is 35 °C. Only a level
    (_Figure): a change's amount ("about 2 degrees Fahrenheit above the August average", "superó en 1,2
    grados el promedio") stays in Fahrenheit, compared with Fahrenheit only, for a writer converting an
    amount rounds it past what "about" allows (1.2 degrees are 2.16 °F, "about 2" allows 1.9 to 2.1)."""
    return statement._replace(unit=CELSIUS, low=(statement.low - 32) * 5 / 9, high=(statement.high - 32) * 5 / 9)


def _exchange_rates(statements: list[Statement]) -> dict[tuple[str, str], tuple[float, float]]:
    """(path, currency) -> the (low, high) units of the currency to a US dollar its article states ("to
    about $35, at 940 pesos per dollar", "a 940 pesos por dólar")."""
    rates: dict[tuple[str, str], tuple[float, float]] = {}
    for statement in statements:
        if statement.unit in CURRENCIES and statement.unit != DOLLAR and any(
                word[:1] == DENOMINATOR and MEASURED_UNITS.get(word[1:], ("",))[0] == DOLLAR for word in statement.about):
            if statement.low > 0 and statement.high != INFINITY:   # a bound ("up to 940 pesos per dollar") is no rate
                rates.setdefault((statement.path, statement.unit), (statement.low, statement.high))
    return rates


def _in_dollars(figures: Iterable[_Figure], rates: dict[tuple[str, str], tuple[float, float]], entities: Entities) -> None:
    """Sums in a currency whose rate to the dollar an article of their story states, in dollars: "49.000
    pesos chilenos" and "about $35, at 940 pesos per dollar" are two fees ($52 and $35). Not a rate itself."""
    if not rates:
        return
    for figure in figures:
        if figure.unit in CURRENCIES and figure.unit != DOLLAR and not figure.per:
            rate = next((rate for (path, unit), rate in rates.items() if unit == figure.unit
                         and (path == figure.path or entities.same_story(path, figure.path))), None)
            if rate:
                figure.values = figure.values._replace(unit=DOLLAR, low=figure.values.low / rate[1],
                                                       high=figure.values.high / rate[0])
                figure.unit, figure.low, figure.high = DOLLAR, figure.values.low, figure.values.high
                if figure.statement.qualifier == CEILING:
                    figure.low = figure.high


def _in_the_storys_year(figures: Iterable[_Figure], entities: Entities) -> None:
    """For each figure of a relative year in an article that gives no date of its own ("last year"), the year
    each other article of its story says the two are written in (scopes.written_after, by the years both tell
    in the past): "drew 517,000 visitors last year" in an undated article, against "recibió 712.000 visitantes
    en 2025" in another of its story, is of 2025 (_pair_dates). Read for a pair, never for the article alone:
    a year one article tells in the past says little of when it is written ("three thousand voters last year"
    beside a ballot "in 2007"), and two articles of one story compared on one measure are written together.
    A dated article's relative years are in its own year already (ledger.py)."""
    figures = list(figures)
    relative = [figure for figure in figures if figure.scope in RELATIVE_YEARS]
    if not relative:
        return
    past: dict[str, set[int]] = defaultdict(set)   # path -> the whole years its figures are told of in the past
    for figure in figures:
        if figure.past_year is not None:
            past[figure.path].add(figure.past_year)
    for figure in relative:
        figure.story_years = {other: written_after(past.get(figure.path, set()) | years) for other, years in past.items()
                              if other != figure.path and entities.same_story(figure.path, other)}


def _pair_dates(first: _Figure, second: _Figure) -> tuple[str, str]:
    """The two figures' dates, a relative year of an undated article in the year its story says
    (_in_the_storys_year) when the other figure is of another article of the story."""
    return in_its_year(first.scope, first.story_years.get(second.path)), \
        in_its_year(second.scope, second.story_years.get(first.path))


def _figures(statements: list[Statement], entities: Entities) -> dict[Statement, _Figure]:
    """The comparable statements as figures, in order; a statement given twice is one figure."""
    figures: dict[Statement, _Figure] = {}
    dates: dict[tuple[str, str, str], set[str]] = defaultdict(set)   # the dates of a sentence's figures of a unit
    for statement in statements:
        dates[statement.path, statement.sentence, _people_as_one(statement.unit)].add(statement.scope)
        if statement.comparable and statement not in figures:
            figures[statement] = _Figure(statement, entities)
    for statement, figure in figures.items():   # listed or compared: "against 80,000 in 2010" is never compared
        figure.dates_beside = frozenset(
            dates[statement.path, statement.sentence, _people_as_one(statement.unit)] - {statement.scope, ""})
    return figures


def _people_as_one(unit: str) -> str:
    """People by any noun: "95,000 inhabitants" (a population, counted in persons) and the "80,000" set
    against it (inhabitants) are one unit."""
    return "person" if unit in PEOPLE_UNITS else unit


def _pairing_keys(entity: str, figure: _Figure) -> list[tuple]:
    """Keys that any two figures _about takes as one measure of entity share (pairing.py tries no
    other pair): the measure's label, for a toll and for two figures named by their cues; else, for
    a figure that may measure entity, its kind of change with each word saying what it measures
    (measures.measure_word_keys), or alone for a unit that says it by itself. Change with _about."""
    label = ("label", figure.label)
    if entity == TOLL:
        return [label]
    keys = [label] if figure.measure != "quantity" else []
    if _may_name(entity, figure):
        if is_broad(figure.unit):
            keys += [("measured", figure.changes, key) for word in figure.measuring for key in measure_word_keys(word)]
        else:
            keys.append(("measured", figure.changes))
    return keys
