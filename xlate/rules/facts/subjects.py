"""Whom a statement is about: of the entities around a figure, its subject, and what a sentence that
names nothing borrows from the sentences before (the fact ledger, ledger.py, asks for each figure).

- Nearest first: of the names a sentence holds, the one nearest the figure is most likely what it
  measures; ranked after the others are a place its things are in ("1.200 camiones esperan en
  Chipaque"), a place they come from ("3,000 migrants from Central America") and the owner of a thing
  named ("Codelco's El Teniente mine", "La mina El Teniente, de Codelco,").
- Who says a figure is not what it is about: a source after it ("..., the club said", "según el
  INDEC", "said the company's chief executive, Ana Ruiz", "Paraguay's foreign ministry said") or a
  speaker before it ("La Cámara de Comercio calcula pérdidas de"); the figure is theirs, after what the
  story is about, only if the sentence names nothing else, or only where it happened ("Marines found 8.3
  tonnes aboard the Mar del Sur, the Navy said"). A sentence that names nothing borrows who said the
  sentence before last, after what it was about or, failing that, what the story is about.
- The sentence's opening: the entity it opens with is its grammatical subject ("Coca Codo Sinclair,
  inaugurated in 2015, provides some 25% of Ecuador's power"), though another name stands nearer the
  figure; not a speaker ("Luque said the repairs would cost") nor an owner.
- A sentence that names nothing borrows, by how it opens: a pronoun or, in Spanish, its verb ("It
  holds", "Abastece") keeps the subject of the sentence before; a definite noun ("The prison holds",
  "Police detained") points back to what was named last and to what the sentence before opened with;
  a subject that brings in a thing of its own ("A ticket costs", "Una entrada cuesta", "General
  admission costs") takes only what the story is about and who spoke; a whole the thing is part of or
  another of its class ("La red de Metro suma", "La otra planta") borrows nothing. A first sentence of
  a paragraph borrows from the last of the paragraph before, unless that is a headline. A sentence that
  keeps the subject before and names besides only where its figure is ("It lies some 50 miles north of
  Lima", "Está a unos 80 kilómetros de Lima, en la provincia de Huaral") is about that subject first, and
  passes it on to the next ("The $1.3 billion first phase includes"), not the places it names.
- An age is the person's named right next to it ("Ana Pérez, 45"), else the unnamed one it describes
  ("una niña de 9 años"); an event done to a pronoun ("La gobernadora la inauguró en 2021") is the
  thing of the sentence before, not who did it.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import takewhile
from typing import NamedTuple

import regex

from xlate.infra import patterns
from xlate.rules.facts.comparable import WHOLE_OF
from xlate.rules.facts.descriptions import OTHER_WORDS
from xlate.rules.facts.mentions import DATELINE, OPENER, Mention, is_headline, owns_a_name, past_dateline
from xlate.rules.facts.referents import last_named, last_sentence_entities, opening_thing, opens, story_topic
from xlate.rules.facts.stories import COUNTRY, STORY, TOLL, person_of_age
from xlate.rules.facts.titles import TITLE
from xlate.text.fold import fold
from xlate.text.quantities import Quantity
from xlate.text.saying import SAYING, SAYING_PATTERN
from xlate.text.screens import from_the_end, screen, screened


# A name in an apposition of a part, after the figure, is where a part of what the figure counts is, not
# what the figure is about: "In El Oro province, 11 people died, most of them in the city of Machala",
# "8.000 desplazados, 3.100 de ellos en Canoas", "9.000 talleres, 2.000 de ellos en Izalco", "half a
# dozen firms, including Cafesal", "unos 860.000 barriles diarios, de los que casi dos tercios salieron de
# Vaca Muerta", "two-thirds of them in". Not a quantifier of a noun: "On April 24, many promoters in Lima".
_QUANTIFIERS = r"(?:most|many|some|all|half|several|none|few|nearly\s+all|almost\s+all|muchos|muchas|algunos|algunas|todos|todas|varios|varias|la\s+mitad|[\d.,]+)"
_FRACTIONS = r"(?:(?:a|one|two|three|un|una|dos|tres)[\s-]+(?:thirds?|quarters?|fifths?|tercios?|cuartos?|quintos?)|half)"
_PART_BEFORE = patterns.compile(rf",\s*(?:(?:{_QUANTIFIERS}|{_FRACTIONS})\s+(?:of\s+them|of\s+whom|of\s+which|de\s+ellos|de\s+ellas"
                                r"|de\s+las\s+cuales|de\s+los\s+cuales)\b|(?:of\s+which|of\s+whom|de\s+l[oa]s\s+que|de\s+l[oa]s\s+cuales)\s"
                                r"|(?:most|la\s+mayor[ií]a)\s+(?:in|en|from|de)\s|(?:including|among\s+them|mostly"
                                r"|mainly|en\s+su\s+mayor[ií]a|entre\s+ell[oa]s|incluid[oa]s|principalmente|sobre\s+todo)\b)[^,;:.()]*$",
                                regex.I)


def _in_a_part(text: str, mention: Mention, quantity: Quantity) -> bool:
    return mention.start > quantity.end and bool(_PART_BEFORE.search(text, max(quantity.end, mention.start - 80), mention.start))


# The story's country right after a figure's noun: "las 120.000 familias productoras del país", "the second busiest
# port in the country" (not "of the country's power": the whole a share is of).
_COUNTRY_AFTER = patterns.compile(r"(?:[ \t]+\p{Ll}[\p{L}\p{M}-]*){0,2}?[ \t]+(?:(?:del|en\s+el)\s+(?P<es>pa[ií]s)"
                                  r"|(?:of|in)\s+(?P<en>the\s+country))(?![\p{L}\p{M}'’])")


class Subject(NamedTuple):
    entities: tuple[str, ...]   # entity keys, nearest first, then those borrowed
    opening: str                # the entity the sentence opens with, its grammatical subject, or carried on
    named: int                  # how many of entities the sentence names itself


def subject(doc, quantity: Quantity, sentence: tuple[int, int], measure: str, entities: list[Mention], earlier,
            mentions: list[Mention], names: dict[str, str], language: str, done_to_it: bool, toll: bool) -> Subject:
    """Whom the figure quantity of the sentence doc.prose[start:end] is about, of the entities the
    sentence names and those it may borrow (earlier(): what was named last, the subject of the sentence
    before). measure: the figure's (a distance's place is no subject; an age is one person's);
    done_to_it: an event done to a pronoun; toll: a count of the story's dead or wounded."""
    start, end = sentence
    reference = measure.partition("from ")[2]   # "San Miguel" in "distance from San Miguel" is no subject
    in_parts = [m for m in entities if _in_a_part(doc.prose, m, quantity)]
    entities = [m for m in entities if m.key != reference and m not in in_parts]
    parts = {m.key for m in in_parts} - {m.key for m in entities}   # never the whole's, even borrowed
    # "El país produjo 750.000 toneladas, y Nariño aportó 45.000": the country's
    if any(m.key == COUNTRY and m.end <= quantity.start for m in entities):
        entities = [m for m in entities if m.end <= quantity.start]
    own = sorted(entities)
    sources = [m for m in entities if _source(doc.prose, m, quantity, start, end)   # "..., the club said."
               or _speaker(doc.prose, m, quantity)]   # "La Cámara de Comercio calcula pérdidas de ..."
    entities = [m for m in entities if m not in sources]
    only_where = _only_where(doc.prose, start, quantity, entities, language)   # "Está a 80 km de Lima, en Huaral"
    if only_where or not any(not m.key.startswith((OPENER, STORY)) or m.key == COUNTRY for m in entities):   # "It holds"
        borrowed, carried_on = _borrowed(doc, quantity, start, sources, earlier, language, mentions)
        borrowed = [m for m in borrowed if m.key != reference and m.key not in parts]
    else:
        borrowed, carried_on = sources, []
    if measure == "age":   # an age belongs to the person named right next to it, if any, else to
        entities, borrowed = _aged(doc.prose, quantity, own), []   # the unnamed one ("a 7-year-old girl")
    if done_to_it:   # "La gobernadora Marta Ruiz la inauguró en 2021": the prison of the sentence before
        last, before = earlier()
        entities, borrowed = [], [m for m in sorted(before) + list(last) if m.key != reference]
    story_names(doc, own + entities, names)
    here = _nearest_first(entities, quantity, doc.prose)
    if sources and borrowed == sources and all(_where(doc.prose, m, quantity) for m in entities if not m.key.startswith((OPENER, STORY))):
        # "Marines found 8.3 tonnes aboard the Mar del Sur, the Navy said": where it was found is no subject, the
        # Navy's find; but what the story is about before who says it ("Potential cocaine production rose 53%, the
        # agency said": Colombia's)
        topic = story_topic(doc, mentions)
        here, borrowed = tuple(dict.fromkeys(([topic] if topic else []) + [m.key for m in sources])) + here, []
    country = _COUNTRY_AFTER.match(doc.prose, quantity.end, end) if measure != "age" else None
    if country:   # "las 120.000 familias productoras del país": the story's country first, as "The country's 95,000
        here = (COUNTRY,) + here   # families", and what the sentence names or borrows after it ("Unas 540.000 familias
        # cultivan café en el país": Colombia's, named before)
        names.setdefault(COUNTRY, country.group("en") or "el " + country.group("es"))   # as written after an article
    named = len(here)
    if only_where:   # the subject kept from the sentence before, then where it is
        here, borrowed = tuple(m.key for m in borrowed) + here, []
    keys = tuple(dict.fromkeys(here + tuple(m.key for m in borrowed)))
    if toll:
        keys += (TOLL,)   # "Four workers were killed" / "Seis trabajadores murieron en el siniestro": the story's toll
    thing = opening_thing(doc.prose, past_dateline(doc.prose, start), end) if measure != "age" else None
    if thing and not any(m.key == COUNTRY for m in own):   # "La planta emplea": also the story's plant, after
        keys += (thing.key,)   # whatever else it is about (stories.THING); not "El país", the country
    opening = _opening(doc.prose, start, quantity, own) if measure != "age" and not done_to_it else ""
    if not opening and carried_on and not done_to_it and carried_on[0].key != reference:
        opening = carried_on[0].key   # a sentence that names nothing goes on about the one before's subject
    return Subject(keys[:1 if measure == "age" else None], opening, named)


def _only_where(text: str, start: int, quantity: Quantity, entities: list[Mention], language: str) -> bool:
    """Whether a sentence that keeps the subject of the one before ("It lies", "Está a unos 80 kilómetros al norte
    de Lima, en la provincia de Huaral") names, besides, only where its figure is: it is still about that subject."""
    named = [m for m in entities if not m.key.startswith((OPENER, STORY))]
    return bool(named) and _keeps_subject(text, start, language) and all(
        m.start > quantity.end and _IN_A_PLACE_BEFORE.search(text, max(0, m.start - 60), m.start)
        and not text.startswith(("'s", "’s"), m.end) for m in named)   # not "in Ecuador's history": whose


def _keeps_subject(text: str, start: int, language: str) -> bool:
    """Whether a sentence opens with a pronoun or, in Spanish, a finite verb by the lexicon (_SUBJECT_KEPT, the
    word checked): "It lies", "Está a unos 80 kilómetros"; not "Durante los últimos ocho años" (a preposition the
    pattern's endings take for a verb) nor "Eide dijo" (a name)."""
    kept = _SUBJECT_KEPT.get(language)
    opening = kept.match(text, start) if kept is not None else None
    if opening is None or language != "es":
        return opening is not None
    from xlate.text.word_classes import has_class   # read only for a sentence keeping its subject that names a place
    word = opening.group().split()[0].lower()
    return word in _SPANISH_BACK_REFERENCES or has_class("es", word, "finite")


# Where a thing is, its place's class word between: "in the province of Huaral", "en la provincia de Huaral", "en Huaral".
_IN_A_PLACE_BEFORE = from_the_end(patterns.compile(r"\b(?:in|en|at)\s+(?:(?:the|la|el|los|las)\s+)?(?:\p{Ll}+\s+){0,2}?"
                                                   r"(?:(?:of|de|del)\s+)?$"))


def named_before(doc, mentions, named, index: int, paragraph, sentence_before, start: int, carried):
    """(what was named last, the subject of the sentence before) for a sentence's figures that name
    nothing themselves: "the terminal" is about the first, "it" about the second. carried: where the
    last sentence with figures ended, what its figures were about (read when called), where it began."""
    previous = named(*sentence_before[:2]) if sentence_before else []
    last = previous or last_named(mentions, start)   # what "the terminal" is about
    before = previous   # what "it" is about: the subject of the sentence before
    if not before and start == paragraph.start and index and not is_headline(doc, doc.paragraphs[index - 1]):
        before = last_sentence_entities(doc, named, doc.paragraphs[index - 1])
    if not doc.prose[carried[0]:start].strip():   # the sentence before stated figures: what they were about
        if not before:
            before = carried[1]()   # "Su construcción costó ... La gobernadora la inauguró": what it was about, carried on
        elif _keeps_subject(doc.prose, carried[2], paragraph.language):   # "It lies some 50 miles north of Lima."
            if passed := _passed_on(before, carried[1]()):
                last = before = passed
    return last, before


def _passed_on(named: list[Mention], carried: list[Mention]) -> list[Mention]:
    """What a sentence that keeps the subject of the one before (_keeps_subject) passes on to the next one in place
    of what it names: that subject, where it names it by no name of its own ("It lies some 50 miles north of Lima.
    The $1.3 billion first phase includes": the port, not Lima, where the distance is measured from); else nothing."""
    if carried and all(m.key != carried[0].key for m in named):
        return [Mention(named[0].start, named[0].start, carried[0].key)]
    return []


def subject_of(made: list, start: int) -> list[Mention]:
    """What a sentence's statements are about, named or carried over from the sentence before: the
    subject a next sentence that names nothing goes on about. made: the statements (ledger.Statement),
    or what makes one (a callable)."""
    for statement in made:
        statement = statement() if callable(statement) else statement
        for key in (statement.opening, *statement.entities[:1]):   # the subject it opened with, else the one named nearest
            if key and not key.startswith(STORY):
                return [Mention(start, start, key)]
    return []


def story_names(doc, mentions: list[Mention], names: dict[str, str]) -> None:
    """How the story writes its unnamed things: "the runoff", "la segunda vuelta"."""
    for mention in mentions:
        if mention.key.startswith(STORY):
            names.setdefault(mention.key, doc.prose[mention.start:mention.end])


# A sentence opening with a pronoun or, in Spanish, its verb ("It supplies", "Its output", "Abastece",
# "Tiene") keeps the subject of the sentence before, which is named first there; one opening with a
# noun ("The prison holds", "Police detained") points back to what was named last.
# The Spanish words that point back to that subject: its pronouns and possessives.
_SPANISH_BACK_REFERENCES = ("él", "ella", "ellos", "ellas", "su", "sus")
_SUBJECT_KEPT = {
    "en": patterns.compile(r"\s*(?:it|its|they|their|he|his|she|her)\s", regex.I),
    "es": patterns.compile(r"\s*(?:(?i:" + "|".join(_SPANISH_BACK_REFERENCES) + r")\s|(?!(?i:este|esta|ese|esa|una|cada|otra|toda|nadie"
                        r"|aquella|aquel)\s)\p{Lu}\p{Ll}+(?:a|e|an|en|ó|aron|ieron|aba|aban|ía|ían|á|án)\s+(?!de\s|del\s)\p{Ll})"),
}

AGE_REACH = 12   # characters between an age and its person: "Ana Pérez, 45," "the 45-year-old Ana Pérez"


def _gap(mention: Mention, quantity: Quantity) -> int:
    return quantity.start - mention.end if mention.end <= quantity.start else mention.start - quantity.end


def _aged(text: str, quantity: Quantity, own: list[Mention]) -> list[Mention]:
    """Whose age a figure is: the name right next to it ("Ana Pérez, 45", not "from Honduras" in "a
    7-year-old girl from Honduras"), else the unnamed person it describes ("una niña de 9 años")."""
    named = [m for m in own if _gap(m, quantity) <= AGE_REACH and not m.key.startswith(STORY) and not _origin(text, m)]
    person = person_of_age(text, quantity.start, quantity.end)
    if person is None:
        return named
    beside = [m for m in named if _BESIDE.fullmatch(text, *sorted((m.end, quantity.start) if m.end <= quantity.start
                                                                  else (quantity.end, m.start)))]
    return beside or [Mention(person.start, person.end, person.key)]   # not "Ruiz said a 7-year-old girl"


# Between a name and its age: "Ana Pérez, 45", "Ana Pérez, a 45-year-old teacher", "45-year-old Ana Pérez".
_BESIDE = patterns.compile(r"[\s,(]*(?:(?:a|an|the|un|una|el|la)\s+)?", regex.I)


def _nearest_first(mentions: list[Mention], quantity: Quantity, text: str = "") -> tuple[str, ...]:
    """Entity keys by how near their mention stands to the figure: the nearest is most likely its
    subject; a place things come from ("3,000 migrants from Central America and Venezuela") and the
    owner of a thing named ("Codelco's El Teniente mine", "La mina El Teniente, de Codelco,") and the whole a
    share is of ("Huila produced 18% of Colombia's coffee") last."""
    ranked = sorted(mentions, key=lambda m: (_origin(text, m) or _owner(text, m) or _of_the_whole(text, m, quantity),
                                             m.key.startswith(STORY),
                                             _where(text, m, quantity), _gap(m, quantity)))
    return tuple(dict.fromkeys(m.key for m in ranked))


# A place a figure's things are in, after the figure ("1.200 camiones esperan en Chipaque y
# Guayabetal", "8.3 tonnes of cocaine aboard the Mar del Sur"): where, ranked after what the sentence names
# otherwise; a vessel they are aboard is where, as a town they are in.
_IN_BEFORE = patterns.compile(r"\b(?:in|en|at|(?:aboard|on\s+board|a\s+bordo\s+del?)(?:\s+(?:the|el|la))?)\s+"
                              r"(?:\p{Lu}[\p{L}\p{M}.'’-]*\s*(?:,\s*|\s+(?:and|y)\s+))*$")


def _where(text: str, mention: Mention, quantity: Quantity) -> bool:
    return bool(text) and mention.start > quantity.end and not mention.key.startswith(STORY) \
        and bool(_IN_BEFORE.search(text, max(0, mention.start - 60), mention.start))


_FROM_BEFORE = patterns.compile(r"\b(?:from|desde|procedentes?\s+de|provenientes?\s+de|oriundos?\s+de)\s+"
                             r"(?:(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*\s*(?:,\s*|\s+(?:and|or|y|o)\s+|\s+))*(?:the\s+)?$")


@lru_cache(maxsize=1024)   # asked of a mention for each figure near it
def _origin(text: str, mention: Mention) -> bool:
    return bool(text) and bool(_FROM_BEFORE.search(text, max(0, mention.start - 80), mention.start))


# Whose a thing named is, or where it is: a possessive before its name ("Codelco's El Teniente mine",
# "Lima's Jorge Chávez airport"), or an apposition after it ("La mina El Teniente, de Codelco,", "the
# Guiteras plant, owned by UNE,"). A company's plant, a city's airport: the owner is not what the
# plant's figures measure.
_OWNER_BEFORE = from_the_end(patterns.compile(r"\p{Lu}[\p{L}\p{M}.'’-]*\s*[,(]\s*(?:de|del|owned\s+by|operated\s+by|run\s+by|controlled\s+by"
                                 r"|propiedad\s+de|operad[oa]\s+por|controlad[oa]\s+por|(?:a|an)\s+(?:unit|subsidiary|division)"
                                 r"\s+of|filial\s+de|subsidiaria\s+de)\s+(?:(?:the|la|el)\s+)?$"))


def _of_the_whole(text: str, mention: Mention, quantity: Quantity) -> bool:
    """Whether a name is in the whole a share is of ("Huila produced 18% of Colombia's coffee", "el 16% de las
    exportaciones de café de Colombia"): the whole's, not whose share it is."""
    if quantity.unit != "percent" or not text or mention.start < quantity.end:
        return False
    whole = WHOLE_OF.match(text, quantity.end)
    return bool(whole) and mention.end <= whole.end()


@lru_cache(maxsize=1024)   # asked of a mention for each figure near it
def _owner(text: str, mention: Mention) -> bool:
    return bool(text) and (owns_a_name(text, mention)
                           or bool(_OWNER_BEFORE.search(text, max(0, mention.start - 80), mention.start)))


def _borrowed(doc, quantity: Quantity, start: int, sources: list[Mention], earlier, language: str, mentions):
    """Whom a sentence that names nothing of its own is about ("It holds", "Police detained"), and the
    subject it carries on from the sentence before, if any."""
    last, before = earlier()
    if _keeps_subject(doc.prose, start, language):
        # "It supplies", "Abastece": the subject before, named first
        return _sources_last(doc, sorted(before) + list(last), mentions, start) + sources, []
    if _about_another(doc.prose, start):
        return sources, []   # "La red de Metro suma hoy 143 estaciones": not the line named before
    if _new_subject(doc.prose, start, language):   # "General admission costs": not the bus named before; only what
        carried_on = _opened_with(doc, before)   # the story is about (else the subject before), if named or carried
        topic = story_topic(doc, mentions) or next((m.key for m in carried_on), "")   # on there, and who spoke there
        kept = [m for m in list(last) + carried_on if m.key == topic or _spoke(doc.prose, m)]
        return _sources_last(doc, kept, mentions, start) + sources, []
    # "The prison holds": what was named last, and what the sentence before was about (_opening), else who says it
    carried_on = _opened_with(doc, before)
    borrowed = _sources_last(doc, sorted(last, key=lambda m: _gap(m, quantity)) + carried_on, mentions, start)
    return borrowed + sources, carried_on


def _sources_last(doc, borrowed: list[Mention], mentions: list[Mention], start: int) -> list[Mention]:
    """What a sentence borrows, who said the sentence before last; where it would borrow only who spoke,
    what the story is about first: "Flames have scorched 8,000 hectares, Conaf said. At least 1,200 homes
    were destroyed" is the fire's toll, not Conaf's."""
    spoke = [m for m in borrowed if _spoke(doc.prose, m)]
    if not spoke:
        return borrowed
    kept = [m for m in borrowed if m not in spoke]
    topic = story_topic(doc, mentions) if not kept else ""
    return kept + ([Mention(start, start, topic)] if topic and all(m.key != topic for m in spoke) else []) + spoke


_ARTICLE = patterns.compile(r"\s*(?:(?i:the|el|la|los|las)\s+)?")
# The wholes a thing is part of: a sentence whose subject is one ("La red de Metro suma hoy 143
# estaciones" after a sentence on Line 7; "The grid faced a shortfall of 1,650 megawatts" after one on a
# plant) is about that whole, not about what the sentence before named. Not "the system", "the country",
# "la provincia": wire copy calls a named metro, water system or country so ("El sistema registró").
_WHOLES = frozenset("network networks grid grids sector industry red redes industria".split())
_OPENING_NOUN = patterns.compile(r"\s*(?:The|El|La|Los|Las)\s+(\p{Ll}[\p{L}\p{M}]*)(?:\s+(\p{Ll}[\p{L}\p{M}]*))?")


def _about_another(text: str, start: int) -> bool:
    """Whether a sentence's subject is not what the sentence before named: a whole it is part of
    (_WHOLES: "the network", "the national grid") or another of its class (descriptions.OTHER_WORDS:
    "La otra planta, de un consorcio ruso, producirá", "The original runway", "La pista original")."""
    opening = _OPENING_NOUN.match(text, past_dateline(text, start))
    return opening is not None and any(word and fold(word) in _WHOLES | OTHER_WORDS for word in opening.groups())


# A subject that brings in a thing of its own: indefinite ("A ticket costs", "Una entrada cuesta") or, in
# English, with no article ("General admission costs", "Bike rental costs"). Not a quantity's noun ("A
# total of", "Una cuarta parte de", "A further 200", "Unos 3.000": the figure is the subject, and where
# it happened carries on), nor "Una de las plantas" (one of those named), nor "Una vez" (once).
_INDEFINITE = {"en": patterns.compile(r"\s*(?:A|An)\s+(?!(?:\S+\s+)?(?:of|\d))\p{Ll}"),
               "es": patterns.compile(r"\s*(?:Un|Una)\s+(?!(?:\S+\s+)?(?:de|del|\d)|vez\b)\p{Ll}")}
_BARE_OPENING = patterns.compile(r"\s*(\p{Lu}\p{Ll}+)((?:\s+[\p{L}\p{M}]+){0,3})")
# What a bare opening word is when it is no noun phrase's: an adverb ("Almost", "Close to"), a participle
# ("Based on", "Following"), a time ("Last year"), a quantity ("Half", "Two"), or a word that points back.
_NOT_A_NEW_THING = ("adv", "ing", "participle", "past", "n.time", "n.quantity")
_POINTING_BACK = frozenset("few several other others own same such former latter".split())
# Who acts where the story is ("Workers began lifting", "Engineers have counted", "Harbor master Luis Ortega
# said"): people at the thing named before, not a thing of their own.
_AGENTS = ("n.person", "n.group")


@lru_cache(maxsize=1024)   # asked for each figure of a sentence
def _new_subject(text: str, start: int, language: str) -> bool:
    """Whether a sentence's subject is a noun phrase that brings in a thing of its own ("General admission
    for foreigners costs about $41", "A ticket costs", "Una entrada cuesta"): the sentence is about that
    thing, not about what the sentence before named; a pronoun or a definite noun ("It", "The plant",
    "Ella") goes on about it (_SUBJECT_KEPT, _opened_with)."""
    at = past_dateline(text, start)
    indefinite = _INDEFINITE.get(language)
    if indefinite is not None and indefinite.match(text, at):
        return True
    bare = _BARE_OPENING.match(text, at) if language == "en" else None
    return bare is not None and _bare_thing(bare.group(1).lower(), bare.group(2).split())


def _bare_thing(first: str, then: list[str]) -> bool:
    """Whether words opening a sentence with no article are a noun phrase naming a thing ("General
    admission for", "Total investment is"): its first word a noun or an adjective and no adverb,
    participle, time or quantity, none of its nouns a person or a group ("Rescue teams", "Harbor
    master": people who act where the thing named before is; "General admission" is no general's)."""
    from xlate.text.word_classes import bit, lexicon   # read only for a sentence that names nothing
    classes = lexicon("en", bit("en", "n.time"))
    nominal = bit("en", "noun") | bit("en", "plural") | bit("en", "adj")
    mask = classes.get(first, 0)
    if first in _POINTING_BACK or not mask & nominal or any(mask & bit("en", name) for name in _NOT_A_NEW_THING):
        return False
    words = list(takewhile(lambda word: word.islower() and classes.get(word, 0) & nominal, then))
    if len(words) < len(then) and then[len(words)][0].isupper():
        return False   # a title before a name: "Energy Minister Vicente de la O", "Plant administrator Julio Peña"
    phrase = [mask] + [classes.get(word, 0) for word in words]
    return not any(m & bit("en", name) and not m & bit("en", "adj") for m in phrase for name in _AGENTS)


# Every match of the patterns of reported speech below holds one of these words (text.screens)
_SAYING_WORDS = screen([*SAYING, "according", "según", "acuerdo", "conforme", "citing", "citando"])


# Reported speech: the speaker opening "Luque said the repairs would cost ..." is not what costs.
# The verbs that report what someone said or estimated (text.saying: "said", "informó").
_REPORTING = screened(patterns.compile(r"\b(?:" + SAYING_PATTERN + r"|according|según|de\s+acuerdo\s+con|conforme\s+a|citing|citando)\b",
                              regex.I), _SAYING_WORDS)


_CLAUSE_OPENING = patterns.compile(r",\s|\s[—–]\s|\(")


def _opened_with(doc, before: list[Mention]) -> list[Mention]:
    """The entity the sentence before opened with, its subject, if it opened with one: a sentence
    that names nothing goes on about it ("El acueducto de 39 kilómetros lleva el agua desde la presa,
    en el municipio de China. Se trata de una obra de 1.400 millones de pesos, según el gobierno"),
    not about the place its last words named, nor about who says the figure."""
    first = min(before, default=None)
    if first is None or first.key.startswith((OPENER, STORY)):
        return []
    described = _DESCRIPTION_BEFORE.search(doc.prose, max(0, first.start - 40), first.start)   # "El acueducto Zacatepec"
    at = described.start() if described else first.start
    paragraph = doc.paragraphs[doc.paragraph_index(at)]
    dateline = DATELINE.match(doc.prose, paragraph.start, paragraph.end)
    at_dateline = dateline is not None and _ARTICLE.match(doc.prose, dateline.end()).end() in (at, first.start)
    return [first] if opens(doc, first.start) or doc.is_sentence_start(at) or at_dateline else []   # "MONTERREY, 19 de noviembre — El acueducto"


_DESCRIPTION_BEFORE = patterns.compile(r"\b(?:The|El|La|Los|Las)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$")


def _source(text: str, mention: Mention, quantity: Quantity, start: int, end: int) -> bool:
    """Whether a name after the figure is who says it, not what it is about: "…, the club said",
    "…, según el INDEC", "according to the Geophysical Institute"."""
    if mention.start < quantity.end:
        return False
    opening = max((m.end() for m in _CLAUSE_OPENING.finditer(text, quantity.end, mention.start)), default=quantity.end)
    if _REPORTING.search(text, opening, mention.start) or _TITLED_SPEAKER.search(text, quantity.end, mention.start):
        return True   # "…, according to X", "…, informó X", "según X", "…, dijo el presidente de OSE, Raúl Montero"
    # "…, the club said", "X told reporters": the verb right after the name, no comma between; but
    # not "… a que se reabra el paso, informó la Policía": el paso is no speaker
    return bool(_SAID_AFTER.match(text, mention.end, end) or _REPORTING.search(text, mention.start, mention.end)   # "the club said"
                or _AFFILIATION_SAID.match(text, mention.end, end))   # "OSE President Raúl Montero said": who speaks for OSE


# A speaker named after the title a reporting verb or "según" gives: "…", dijo el gerente del proyecto, Gustavo
# Ferrari", "…, said the company's chief executive, Ana Ruiz", "…, según la directora del centro, Ana Ruiz".
_TITLED_SPEAKER = screened(patterns.compile(r"\b(?:" + SAYING_PATTERN + r"|según|according\s+to)\s+(?:el|la|the|its|su)\s+[^,.;:\n]{1,60},\s*$",
                                            regex.I), _SAYING_WORDS)
# The body a speaker's title names before the speaker: "OSE President Raúl Montero said", "UPM's chief
# executive Ana Ruiz told reporters".
_AFFILIATION_SAID = screened(patterns.compile(r"(?:['’]s)?\s+(?:\p{L}+\s+)?(?i:" + TITLE + r")\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}"
                                     + SAYING_PATTERN + r"\b"), _SAYING_WORDS)
_SAID_AFTER = screened(patterns.compile(r"(?:['’]s)?\s+(?:\p{L}+\s+){0,2}?" + SAYING_PATTERN + r"\b", regex.I),
                       _SAYING_WORDS)   # "the club said", "X told reporters", "Paraguay's foreign ministry said"


# A speaker named after what it says: "…, según el INDEC", "according to the ministry", "informó el martes el INDEC".
_SAID_BEFORE = screened(patterns.compile(r"\b(?:according\s+to|según|de\s+acuerdo\s+con|conforme\s+a|citing|citando|"
                                + SAYING_PATTERN + r")\s+(?:\p{Ll}+\s+){0,3}$", regex.I), _SAYING_WORDS)


def _spoke(text: str, mention: Mention) -> bool:
    """Whether a name is who says what its sentence states ("the statistics institute INDEC said on
    Tuesday", "según el INDEC"), whatever figure it says: a next sentence goes on with its report."""
    return bool(_SAID_AFTER.match(text, mention.end, mention.end + 40)
                or _SAID_BEFORE.search(text, max(0, mention.start - 40), mention.start))


# A speaker before the figure is who says or estimates it ("La Cámara calcula pérdidas de").
_SPEAKER_VERB = screened(patterns.compile(r"\s+(?:\p{Ll}+\s+)?" + SAYING_PATTERN + r"\b", regex.I), _SAYING_WORDS)


def _speaker(text: str, mention: Mention, quantity: Quantity) -> bool:
    """Whether a name before the figure is who says or estimates it: "La Cámara de Comercio calcula
    pérdidas de 3.000 millones ... del Meta", "Luque said the repairs would cost"."""
    return mention.end <= quantity.start and bool(_SPEAKER_VERB.match(text, mention.end, quantity.start))


def _opening(text: str, start: int, quantity: Quantity, own: list[Mention]) -> str:
    """The entity a sentence opens with ("Coca Codo Sinclair, inaugurated in 2015, provides some 25%
    of Ecuador's power"): its subject, though another name stands nearer the figure."""
    start = past_dateline(text, start)   # "LIMA, Dec 4 — Lima Metro Line 2 ... opened": after the dateline
    at = _ARTICLE.match(text, start).end()
    first = next((m for m in own if m.start in (start, at) and m.end <= quantity.start), None)
    if first is None or first.key.startswith(OPENER) or _REPORTING.search(text, first.end, quantity.start) \
            or _owner(text, first):   # "Codelco's El Teniente mine produced": the mine
        return ""
    return first.key
