"""What a sentence names and what its words point back to: the entities it names (mentions.py), the one a
definite description ("the prison", "la planta") or a topic noun ("the plant", "el embalse") stands for, the
story's unnamed event and country, the thing it opens with as a definite noun ("La planta emplea": the story's
plant), what the story is about (the entity it names most), and what was named last before a sentence that
names none. Whom a figure is about is chosen from these by subjects.py.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache

from xlate.infra import patterns
from xlate.rules.facts.descriptions import (CITY_NOUNS, DEFINITE, FILED_FROM, NAME_WORD, OTHER_WORDS, a_thing, before_a_name,
                                           name_head, noun_key)
from xlate.rules.facts.mentions import OPENER, Mention, is_headline, overlaps, owns_a_name, past_dateline
from xlate.rules.facts.stories import COUNTRY, PEOPLES_PLACE, STORY, THING, event_mentions, event_words
from xlate.text.counted_nouns import english_singular
from xlate.text.fold import fold
from xlate.text.place_names import demonym_forms, is_listed_place
from xlate.text.numbers import spelled_number_words
from xlate.text.screens import from_the_end, screen
from xlate.text.sentences import sentences_between
from xlate.text.units import CURRENCY_SIGN
from xlate.text.word_classes import MODALS, has_class


def last_sentence_entities(doc, named, paragraph) -> list[Mention]:
    """What the paragraph before names in its last sentence, descriptions included ("The plant,
    built by ..."): wire copy gives a sentence a paragraph, and "It supplies 30%" follows it.
    named(start, end): a sentence's entities (sentence_entities of the document's mentions and
    descriptions), as the ledger reads them once per sentence."""
    sentences = list(sentences_between(doc.prose, paragraph.start, paragraph.end))
    return named(*sentences[-1][:2]) if sentences else []


def sentence_entities(doc, mentions: list[Mention], described: dict, start: int, end: int) -> list[Mention]:
    """The entities a sentence names, and those its definite descriptions ("the prison") point back to."""
    found = mentions[bisect.bisect_left(mentions, (start,)):bisect.bisect_left(mentions, (end,))]
    named = [m for m in found if not m.key.startswith(OPENER)]
    events = [e for e in event_mentions(doc.prose, start, end, _event_words(doc)) if not overlaps(named, e.start, e.end)]
    for match in DEFINITE.finditer(doc.prose, start, end):   # "the prison", "the maximum-security prison"
        predicate = _a_verb(match.group("head"))   # "The 594-foot spire makes Antoni Gaudi's church": the noun's verb
        if before_a_name(doc.prose, match.end("noun") if predicate else match.end()):
            continue   # "la central Felton" is Felton, not the plant described before
        if fold(match.group("noun")) in OTHER_WORDS:
            continue   # "la otra planta", "the original runway": another of its class
        if _several(match.group()):
            continue   # "its three mills", "sus dos plantas": several of the class, not the one described
        for group in ("noun",) if predicate else ("noun", "head"):
            noun = match.group(group)
            if not noun or any(e.start <= match.start(group) < e.end for e in events) \
                    and not _named_with(doc.prose, mentions, described.get(noun_key(noun), ()), noun):
                continue   # "la segunda vuelta" is the runoff, whoever came second; "the hurricane" may be Melissa
            entries = described.get(noun_key(noun), ()) or _filed_from(doc.prose, described, noun, match, start)
            before = bisect.bisect_left(entries, (match.start(),))   # sorted: the last described before the match
            if before:
                found.append(Mention(match.start(), match.end(), entries[before - 1][1]))
                break
    spans = sorted((m.start, m.end) for m in found)
    found.extend(Mention(e.start, e.end, e.key) for e in events
                 if not overlaps(spans, e.start, e.end))   # "the runoff", "el sismo": the story's event
    country = _COUNTRY_OPENING.match(doc.prose, past_dateline(doc.prose, start), end)
    if country and not overlaps(sorted((m.start, m.end) for m in found), country.start(1), country.end(1)):
        found.append(Mention(country.start(1), country.end(1), COUNTRY))   # "El país produjo": the whole
    topic = None
    for match in _topic_nouns(doc.prose, start, end):   # "la planta", "del cráter"
        spans = sorted((m.start, m.end) for m in found)
        if not overlaps(spans, start + match.start("noun"), start + match.end("noun")) \
                and not before_a_name(doc.prose, start + match.end()) \
                and not _several(_without_figure(match)):   # not "$4.7 billion"
            named = _last_named_holding(doc.prose, mentions, match.group("noun"), start)   # "del parque": Parque Nacional Tortuguero
            if not named and match.group("noun") in _COMPANY_WORDS:
                if match.group("noun") not in COMPANIES \
                        or _a_name_before(doc.prose, start + match.start(), start + match.start("noun")):
                    continue   # "the manufacturers": several; "the Ruiz company": the name the sentence writes
                named = story_body(doc, mentions)   # "the company": not "Colombia", however often the story names it
                if not named:
                    continue   # no company named twice: not the story's topic either, which may be its country
            topic = story_topic(doc, mentions) if topic is None and not named else topic
            if named or topic:
                found.append(Mention(start + match.start(), start + match.end(), named or topic))
    return found


def _filed_from(text: str, described: dict, noun: str, match, start: int) -> list[tuple[int, str]]:
    """The city a story was filed from (descriptions.FILED_FROM), for "the city" or "la ciudad" where no city is
    described: as the sentence's subject ("The city reassessed 850,000 properties") or where its figure is ("in the
    city", "en la ciudad"); not a place another thing is measured from or a whole ("north of the city", "el agua
    que consume la ciudad"), which say nothing of whose the figure is."""
    if noun_key(noun) not in CITY_NOUNS or FILED_FROM not in described:
        return []
    opening = not text[past_dateline(text, start):match.start()].strip()
    return described[FILED_FROM] if opening or _IN_THE_CITY.search(text, max(0, match.start() - 4), match.start()) else []


_IN_THE_CITY = from_the_end(patterns.compile(r"\b(?:in|en)\s+$"))


def _a_verb(word: str | None) -> bool:
    """Whether the word after a definite description's noun is its verb, a finite form ("makes", "opened",
    "tiene"; a Spanish one no noun: "el mayor decomiso"): the description ends before it, and a name after the
    verb is no name the noun describes."""
    return bool(word) and (has_class("en", word, "verb_s", "past")
                           or has_class("es", word, "finite") and not has_class("es", word, "noun"))   # not "decomiso"


@lru_cache(maxsize=256)   # asked for each figure of a sentence
def opening_thing(text: str, start: int, end: int) -> Mention | None:
    """The thing a sentence opens with as a definite noun phrase, as the story's thing of that noun
    (stories.THING): "The plant employs", "La primera etapa, de 3.100 millones, incluye". Its head is a
    real noun of a thing (a_thing), read past the modifiers before it: English, up to its verb ("The
    rotating cuts affect": cuts, a plural before a verb's base form; "The first phase includes"); Spanish,
    past an adjective before a noun ("La nueva planta")."""
    opening = _DEFINITE_OPENING.match(text, start, end)
    if opening is None:
        return _named_opening_thing(text, start, end)
    if text.startswith(("'s", "’s"), opening.end()):
        return None   # "The quake's epicenter", "The company's mine": the owner, not the thing
    english = opening.group("article").lower() in ("the", "this", "each", "every")
    words = [(w.start(), w.group()) for w in _LOWER_WORD.finditer(opening.group("words"))]
    head = _english_head(words) if english else _spanish_head(words)
    if head is None:
        return None
    at, noun = head
    language = "en" if english else "es"
    begin = opening.start("words") + at
    thing = _american(english_singular(fold(noun), language))
    if not has_class(language, noun, *_NOUN_CLASSES[language]) or fold(noun) in spelled_number_words() \
            or not (a_thing(thing) or thing in _TOPIC_THINGS) \
            or before_a_name(text, begin + len(noun)):
        return None   # "El puerto del Callao", "la central Felton": a named one, not the story's
    return Mention(opening.start(), begin + len(noun), THING + thing)


def _named_opening_thing(text: str, start: int, end: int) -> Mention | None:
    """The story's thing a sentence opening with a definite article and a name is, by the name's head noun
    (descriptions.name_head): "El Concejo Metropolitano analiza" is the story's council, as "The city council is
    considering" of the other article; "La Corte Suprema", "The Supreme Court" its court. A name joins the
    description of another article only where both tell one story (stories.THING), which no corpus-wide join of
    a name to a common noun could keep apart."""
    opening = _NAMED_OPENING.match(text, start, end)
    if opening is None or text.startswith(("'s", "’s"), opening.end()):
        return None   # "The Navy's ship": the owner
    language = "en" if opening.group("article").lower() == "the" else "es"
    heads = name_head(opening.group("name"), language, after_article=True)
    if not heads:
        return None
    thing = english_singular(fold(heads[-1]), "en" if len(heads) > 1 else language)
    return Mention(opening.start(), opening.end(), THING + thing) if a_thing(thing) else None


# A sentence opening with a definite article and a name of two words or more: "El Concejo Metropolitano", "The
# Supreme Court", "The Port of Chancay" (its words capitalised but for "of", "de", "del" between them).
_NAMED_OPENING = patterns.compile(r"\s*(?P<article>The|El|La)\s+(?P<name>\p{Lu}[\p{L}\p{M}-]*"
                                  r"(?:[ \t]+(?:(?:of|de|del)[ \t]+)?\p{Lu}[\p{L}\p{M}-]*)+)(?![\p{L}\p{M}-])")


_BRITISH_OUR = patterns.compile(r"(?<=\p{L}\p{L})our")


def _american(noun: str) -> str:
    """An English noun as American spelling writes it, where the noun table gives the British ("barrio":
    neighbourhood): one key for one thing whichever article's language names it. Two letters at least
    before "our" ("colour", "labour"): "tour", "hour" and "four" are no British spellings."""
    if "our" not in noun:
        return noun
    american = _BRITISH_OUR.sub("or", noun)
    return american if has_class("en", american, "noun") else noun


def _english_head(words: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The head noun of an English noun phrase's words: the last noun before its verb (a finite form, or a
    base form after a plural) or before a word that is no noun or adjective (nor a participle before it)."""
    head = None
    for at, word in words:
        if head and (has_class("en", word, "verb_s", "past") or word in MODALS or has_class("en", head[1], "plural")
                     and has_class("en", word, "verb")):
            break   # "The tunnel will shut": a modal opens the verb, though "will" is a noun too
        if not has_class("en", word, "noun", "plural", "adj") and (head or not has_class("en", word, "ing", "participle")):
            break   # "The rotating cuts", "the planned stairway": a participle modifies the noun after it
        if has_class("en", word, "noun", "plural"):
            head = (at, word)
    return head


def _spanish_head(words: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The head noun of a Spanish noun phrase's words: the first, or the second after an adjective ("la
    primera etapa", "la nueva planta")."""
    if not words or not has_class("es", words[0][1], "noun"):
        return None
    if len(words) > 1 and has_class("es", words[0][1], "adj") and has_class("es", words[1][1], "noun") \
            and not has_class("es", words[1][1], "verb"):
        return words[1]
    return words[0]


_NOUN_CLASSES = {"en": ("noun", "plural"), "es": ("noun",)}
_DEFINITE_OPENING = patterns.compile(
    r"\s*(?P<article>The|This|Each|Every|El|La|Los|Las|Este|Esta|Cada)\s+"   # "Each neighborhood", "Cada barrio": the story's
    r"(?:" + CURRENCY_SIGN + r"?\s?[\d.,]+(?:\s+(?:million|billion|mil\s+millones|millones))?(?:-[\p{L}-]+)?\s+)?"   # "The $1.3 billion first phase"
    r"(?P<words>\p{Ll}[\p{L}\p{M}-]*(?:[ \t]+\p{Ll}[\p{L}\p{M}-]*){0,3})")
_LOWER_WORD = patterns.compile(r"\p{Ll}[\p{L}\p{M}-]*")


# A sentence whose subject is its country, unnamed: "El país produjo", "The country's output", "La nación exportó".
_COUNTRY_OPENING = patterns.compile(r"\s*((?:The|El|La)\s+(?:country|nation|pa[ií]s|naci[oó]n))(?![\p{L}\p{M}-])")


def _topic_nouns(text: str, start: int, end: int):
    """_TOPIC_NOUN's matches in text[start:end], read folded (none where folding changes its length)."""
    if not _TOPIC_WORDS.may_match(text, start, end, copied=True):
        return ()   # (most sentences name no topic's noun)
    folded = fold(text[start:end])
    return _TOPIC_NOUN.finditer(folded if len(folded) == end - start else "")


def _several(description: str) -> bool:
    """Whether a description counts its things ("its three mills", "las dos plantas"): several of a class."""
    return not spelled_number_words().isdisjoint(fold(description).split()[1:-1])


def _without_figure(description) -> str:
    """A _TOPIC_NOUN match's text with its figure, if it has one, as a space: "the $4.7 billion mill" is
    "the mill", one thing costed, not several."""
    start, end = description.span("figure")
    if start < 0:
        return description.group()
    text, offset = description.group(), description.start()
    return text[:start - offset] + " " + text[end - offset:]


def _last_named_holding(text: str, mentions: list[Mention], noun: str, before: int) -> str:
    """The last entity named before a sentence whose name holds its description's noun: "the park" after
    "Tortuguero National Park", "el lago" after "Lake Titicaca", before the story's main thing."""
    wanted = noun_key(noun)
    for mention in reversed(mentions[:bisect.bisect_left(mentions, (before,))]):
        if not mention.key.startswith((OPENER, STORY)) \
                and wanted in map(noun_key, NAME_WORD.findall(text, mention.start, mention.end)):
            return mention.key
    return ""


# The nouns wire copy calls its story's main thing by, whatever its name: "la planta" (the Salina Cruz
# refinery), "the shelter" (the Casa del Migrante), "el recinto" (the stadium), "the carrier" (the
# airline), "the line" (Metro Line 2), "el proyecto" (the airport's expansion). One no earlier
# description resolves means the entity the article names most. By class of thing a story is about.
_TOPIC_CLASSES = {
    "works": "plant planta facility facilities instalacion instalaciones complex complejo site central refinery "
             "refineria mill farm parque mine mina dam presa represa structure estructura project proyecto",
    # "coloso": Spanish desks' epithet for a great stadium or volcano
    "venue": "venue recinto stadium estadio coloso",
    "crossing": "bridge puente span crossing cruce paso tunnel tunel",
    "road and transport": "highway carretera road via route ruta line linea railway railroad ferrocarril airport aeropuerto "
                          "terminal port puerto",
    "vessel": "vessel ship buque barco freighter carguero portacontenedores",
    "carrier": "carrier airline aerolinea",
    "volcano": "crater volcano volcan",
    "shelter or prison": "shelter albergue prison carcel penal penitenciaria",
    # a protected area or a monument a story visits: "the park", "el santuario", "la ciudadela", "el templo"
    # (not "the reserve", "la reserva": as often a stock, of water or of an army)
    "site": "park sanctuary santuario citadel ciudadela ruins ruinas monument monumento basilica temple templo "
            "cathedral catedral",
    # water a story is about: "the lake", "el lago", "the falls", "las cataratas", "el embalse"
    "water": "lake lago lagoon laguna falls cataratas reservoir embalse",
    # a company or a body a story is about: "the company", "la empresa", "el fabricante", "the agency", "el organismo"
    # (story_body)
    "company": "company compania empresa firm carmaker automaker manufacturer fabricante agency agencia organismo entidad "
               "institution institucion regulator regulador",
}


_TOPIC_NOUNS = [noun for nouns in _TOPIC_CLASSES.values() for noun in nouns.split()]


def _noun_forms(nouns) -> list[str]:
    """The forms a topic noun is written in: itself and the plurals English and Spanish make with -s and -es
    ("plants", "plantas", "volcanes"). A noun in -y keeps its -y ("companys"): "the companies", "the refineries"
    are not read (review17 F2, left: reading them changes which plurals reach the topic)."""
    return [form for noun in nouns for form in (noun, noun + "s", noun + "es")]


# The topic nouns are things a story is about whatever WordNet's first sense of them ("reservoir": a supply, "dam": none)
_TOPIC_THINGS = frozenset(_TOPIC_NOUNS)
WORKS = frozenset(_TOPIC_CLASSES["works"].split())   # what is built: a sum before one is its cost (ledger.py)
COMPANIES = frozenset(_TOPIC_CLASSES["company"].split())
_COMPANY_WORDS = frozenset(_noun_forms(COMPANIES))


_TOPIC_NOUN = patterns.compile(r"\b(?i:the|this|that|its|el|la|del|al|este|esta|dicha|dicho)\s+"
                               r"(?P<figure>[\d.,]+-[\p{L}-]+\s+|" + CURRENCY_SIGN + r"\s?[\d.,]+(?:\s+(?:million|billion|mil\s+millones))?\s+)?"
                               # "the 1,554-kilometer railway", "the $4.7 billion mill": a figure first
                               r"(?:(?!(?:" + "|".join(sorted(OTHER_WORDS)) + r")\s)\p{Ll}[\p{L}-]+\s+)?"
                               r"(?P<noun>(?:" + "|".join(patterns.longest_first(_noun_forms(_TOPIC_NOUNS))) + r"))\b")
_TOPIC_WORDS = screen(_noun_forms(_TOPIC_NOUNS), _TOPIC_NOUN, copied=True)


def opens(doc, at: int) -> bool:
    """Whether a name at offset at opens its sentence, itself or after an article ("La Armada ...")."""
    article = _ARTICLE_BEFORE_NAME.search(doc.prose, max(0, at - 5), at)
    return doc.is_sentence_start(at) or (article is not None and doc.is_sentence_start(article.start()))


_ARTICLE_BEFORE_NAME = from_the_end(patterns.compile(r"(?:The|El|La|Los|Las)\s+$"))


def story_topic(doc, mentions: list[Mention]) -> str:
    """The entity doc names most often (the first named, of those named as often): what its story is
    about. "" when none is named twice."""
    if doc.derived.fact_topic is None:
        doc.derived.fact_topic = _most_named(doc, mentions)
    return doc.derived.fact_topic


def _a_name_before(text: str, start: int, noun: int) -> bool:
    """Whether a description's words before its noun hold a capitalised word past its article: "the Ruiz company",
    "la empresa" is not; then the name is the thing, not the story's company. English capitalises an adjective of a
    people and a place's name, which say where the company is, not which: "the Mexican company", "the
    Brazilian-owned carmaker", "the Peru company" are the story's company."""
    return any(word[:1].isupper() and not _where_from(word.split("-")[0]) for word in text[start:noun].split()[1:])


def _where_from(word: str) -> bool:
    """Whether a capitalised word is a people's adjective (place_names' demonyms table) or a listed place."""
    return fold(word) in demonym_forms() or is_listed_place(word)


def story_body(doc, mentions: list[Mention]) -> str:
    """What "the company", "la empresa" of a story is: the entity it names most (story_topic) of those no table
    lists as a country or a place (place_names.is_listed_place: "Colombia", "Uruguay" are no company), chosen among
    those named more than once: a headline's one mention ("# Izalco car plant") outweighs none of them. Once per
    document, as story_topic: every "the company" of its sentences asks again."""
    if doc.derived.fact_body is None:
        doc.derived.fact_body = _most_named(doc, [m for m in mentions if not is_listed_place(doc.prose[m.start:m.end])],
                                            twice_only=True)
    return doc.derived.fact_body


def _most_named(doc, mentions: list[Mention], twice_only: bool = False) -> str:
    """story_topic's count, over the mentions given; "" when the one counted most is named once (twice_only: the
    one counted most of those named twice). story_topic keeps the first: chosen among those named twice, it moves
    the topic of stories whose headline names a place once to a name the story holds a part of (decisions.md)."""
    named = Counter(m.key for m in mentions if not m.key.startswith((OPENER, STORY))
                    and not owns_a_name(doc.prose, m))   # "Lima's Jorge Chávez airport": the airport
    heading = doc.paragraphs[0] if doc.paragraphs and is_headline(doc, doc.paragraphs[0]) else None
    counts = named + Counter(m.key for m in mentions if m.key in named and opens(doc, m.start))   # a subject twice
    if heading:   # what the headline names is what the story is about
        counts.update({m.key: 2 for m in mentions if m.key in named and heading.start <= m.start < heading.end
                       and not doc.prose.startswith(("'s", "’s"), m.end)})   # not "Tijuana's oldest shelter"
    first = {}
    for m in mentions:
        first.setdefault(m.key, m.start)
    best = max((key for key in counts if named[key] > 1 or not twice_only), key=lambda key: (counts[key], -first[key]),
               default="")
    return best if best and named[best] > 1 else ""


def _named_with(text: str, mentions: list[Mention], described: list[tuple[int, str]], noun: str) -> bool:
    """Whether an entity a noun describes has the noun in its name ("the hurricane", Hurricane
    Melissa): then the description, not the story's event, is what the noun means."""
    keys, wanted = {key for _, key in described}, noun_key(noun)
    return any(m.key in keys and wanted in map(noun_key, NAME_WORD.findall(text, m.start, m.end)) for m in mentions)


def _event_words(doc) -> frozenset[str]:
    """The words of doc an event's name may start with (stories.EVENT_NOUNS): once per document."""
    if doc.derived.fact_events is None:
        doc.derived.fact_events = event_words(doc.distinct_words)
    return doc.derived.fact_events


def last_named(mentions: list[Mention], before: int) -> list[Mention]:
    """The last entity named before a sentence that names none: what "it" or "the terminal" is about."""
    for mention in reversed(mentions[:bisect.bisect_left(mentions, (before,))]):
        if not mention.key.startswith((OPENER, PEOPLES_PLACE)):   # "the German company": no thing of Germany's
            return [mention]
    return []
