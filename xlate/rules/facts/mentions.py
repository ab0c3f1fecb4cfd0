"""What a document names: the mentions of entities (glossary concepts, names, the story's unnamed
events and people, places named by their people's adjective), its datelines, short forms and aliases.
What a sentence names and what its descriptions point back to is read from them by referents.py; the
fact ledger (ledger.py) reads a figure's entities from there.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import regex

from xlate.infra import patterns
from xlate.rules.facts.descriptions import GLOSSARY_DESCRIPTION, NAME_WORD, before_a_name, folded_name_words
from xlate.rules.facts.stories import PEOPLES_PLACE, STORY
from xlate.rules.facts.titles import in_a_portfolio, is_a_title, title_length
from xlate.text.fold import fold
from xlate.text.word_classes import has_class
from xlate.text.names import name_phrases
from xlate.text.numbers import spelled_number_words
from xlate.text.place_names import (COUNTRY_ABBREVIATIONS, ONE_COUNTRY_ADJECTIVES, demonym_forms, is_listed_place, place_class, place_of_people,
                                    without_class_word)
from xlate.text.units import CURRENCIES, FUNCTION_WORDS, MEASURED_UNITS, MODIFIER_END
from xlate.text.screens import document_words, from_the_end, screen

# Capitalised words that are not what a fact is about.
_NOT_ENTITIES = frozenset("""january february march april may june july august september october november
    december jan feb apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday enero febrero marzo abril mayo junio
    julio agosto septiembre octubre noviembre diciembre lunes martes miercoles jueves viernes sabado domingo
    i mr mrs ms dr sr sra srta more mas less menos some unos unas about around nearly almost casi cerca only solo
    celsius fahrenheit centigrade centigrados""".split())   # a temperature's scale, not who it is of ("31.5 degrees Celsius")


DEMONYMS = {   # folded, singular -> English: counted nouns compare across languages, and are never the subject
    **{w: w for w in """american mexican chilean salvadoran salvadorean venezuelan colombian cuban peruvian
       bolivian argentine argentinian brazilian ecuadorian guatemalan honduran nicaraguan panamanian dominican
       haitian canadian spanish british french german chinese russian european african asian italian israeli
       palestinian iranian iraqi syrian ukrainian japanese korean indian""".split()},
    **{spanish: english for spanish, (english, _) in ONE_COUNTRY_ADJECTIVES.items()}, "mexicano": "mexican", "chileno": "chilean", "salvadoreno": "salvadoran",
    "venezolano": "venezuelan", "colombiano": "colombian", "cubano": "cuban", "peruano": "peruvian",
    "boliviano": "bolivian", "argentino": "argentine", "brasileno": "brazilian", "ecuatoriano": "ecuadorian",
    "guatemalteco": "guatemalan", "hondureno": "honduran", "nicaraguense": "nicaraguan", "panameno": "panamanian",
    "dominicano": "dominican", "haitiano": "haitian", "espanol": "spanish", "frances": "french",
}


_PEOPLES = frozenset(DEMONYMS.values())


OPENER = "opener:"   # the key prefix of a word that may be a name or may only open a sentence


def is_headline(doc, paragraph) -> bool:
    return doc.format == "markdown" and doc.prose.startswith("#", paragraph.start)


# A dateline opens wire copy with the place it was filed from, in capitals: "LIMA —", "JUCHITÁN,
# Mexico —", "QUITO (AP) —". The place is where the reporter was, not what the story's figures are about.
DATELINE = patterns.compile(r"\s*\p{Lu}[\p{Lu}\p{M}.'’ -]+(?:\(\p{Lu}[\p{L}\p{M}. ]{1,30}\))?(?:,\s*\p{Lu}[\p{L}\p{M}. ]*)?"
                             r"(?:,\s*[\p{L}\p{M}\d. ]{1,24})?\s*(?:\([^()]{1,20}\)\s*)?[—–-]{1,2}\s")
# "TIJUANA, Mexico, Dec. 3 —", "BOGOTÁ, 4 de diciembre —", "PUERTO AYORA (Ecuador), 22 ene (EFE) —"


@lru_cache(maxsize=256)   # each figure of a sentence and each of its tests ask of the sentence's start
def past_dateline(text: str, start: int) -> int:
    """Where a sentence starts after its dateline, if it opens with one ("BOGOTA — In 2022, ...")."""
    dateline = DATELINE.match(text, start) if _may_open_a_dateline(text, start) else None
    return dateline.end() if dateline else start


def _may_open_a_dateline(text: str, start: int) -> bool:
    """A quick test before DATELINE (a sentence's figures ask past_dateline a dozen times, and most
    sentences open "The", "La"): its first two characters past the spaces are a capital, then a capital,
    a mark, a point, an apostrophe, a space or a hyphen ("LIMA —", "EL HIERRO", "D.C.")."""
    head = text[start:start + 40].lstrip()
    if len(head) < 2:
        return True   # (spaces to the window's end: the pattern decides)
    second = head[1]
    return head[0].isupper() and (second.isupper() or second in ".'’ -" or unicodedata.category(second)[0] == "M")


def outside_datelines(doc, mentions: list[Mention]) -> list[Mention]:
    datelines = _datelines(doc)
    if not datelines:
        return mentions
    return [m for m in mentions if not _in_a_dateline(datelines, m)]


def filed_from(doc, mentions: list[Mention]) -> Mention | None:
    """The place the story's first dateline names first ("MEDELLÍN, Colombia, Nov. 21 —", "BARCELONA, 1 de
    diciembre —"): the city it was filed from, which "the city" and "la ciudad" mean where the story describes
    no other (descriptions.descriptions)."""
    datelines = _datelines(doc)
    if not datelines:
        return None
    start, end = datelines[0]
    at = start + len(doc.prose[start:end]) - len(doc.prose[start:end].lstrip())
    return next((m for m in mentions if m.start == at and not m.key.startswith(STORY)), None)


def _datelines(doc) -> list[tuple[int, int]]:
    """Where each paragraph's dateline is ("LIMA (EFE) —"), as (start, end), read once per document
    (outside_datelines and find_mentions both ask)."""
    if doc.derived.fact_datelines is None:
        doc.derived.fact_datelines = [(p.start, match.end()) for p in doc.paragraphs
                                      if (match := DATELINE.match(doc.prose, p.start, p.end))]
    return doc.derived.fact_datelines


def _in_a_dateline(datelines: list[tuple[int, int]], mention: Mention) -> bool:
    return any(start <= mention.start < end for start, end in datelines)


# A name, then the place or body it is of: "Jorge Chávez de Lima", "Santiago de Chile".
_BEFORE_ITS_PLACE = patterns.compile(r"(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*)\s+(?:de|del|of)\s+\p{Lu}")


def short_forms(names: dict[str, str]) -> list[tuple[str, str]]:
    """(full name, the one word it may be shortened to): its last word ("José Antonio Kast": Kast;
    "Complejo Penitenciario de Izalco": Izalco), or a first word no dictionary lists ("Izalco
    Penitentiary Complex": Izalco); and the name before the place or body it is of, if a word of it
    is no dictionary's ("Jorge Chávez de Lima": Jorge Chávez; not "Banco de México": Banco).
    entities.Entities joins them when the corpus writes the short form alone."""
    links = []
    for key, text in names.items():
        words = text.split()
        if len(words) < 2 or key.startswith((OPENER, STORY)):
            continue
        plain = not any(fold(w) in FUNCTION_WORDS for w in words)
        if key.startswith("name:"):
            if not common_word(words[-1]) or plain:
                links.append((key, "name:" + fold(words[-1])))   # not "States" of "Act of the United States"
            if not common_word(words[0]):
                links.append((key, "name:" + fold(words[0])))
            owned = _BEFORE_ITS_PLACE.match(text)   # "Jorge Chávez de Lima": Jorge Chávez, of Lima
            if owned and " " in owned.group(1) and not all(map(common_word, owned.group(1).split())):
                links.append((key, "name:" + fold(owned.group(1))))
        if plain:
            # "President Dina Boluarte", "Energy Minister Roberto Luque", "Honduran Private Enterprise
            # Council" (a glossary term): a title or a qualifier, then a name the corpus may write
            # alone ("Dina Boluarte", "the Private Enterprise Council"); not "Bank of Chile" of
            # "Central Bank of Chile"
            links.extend((key, "name:" + fold(" ".join(words[i:]))) for i in range(1, len(words) - 1))
    return [link for link in links if link[1] != _bare_place(link[0])]


@lru_cache(maxsize=65536)   # a name's key recurs at each mention
def _bare_place(key: str) -> str:
    """The key of a place's bare name, when key names it with its class word ("Cauca River": "Cauca"). No
    short form of it: entities.Entities joins the two where the corpus says the bare name is that kind of
    place ("el río Cauca"); "Cauca" alone may be the department."""
    bare, _ = without_class_word(key.removeprefix("name:"))
    return "name:" + bare if bare else ""


class Mention(NamedTuple):
    start: int
    end: int
    key: str


def find_mentions(doc, ctx, names: dict, aliases: list, figures) -> list[Mention]:
    """Entity mentions in document order: glossary concepts, then the names no term covers, then
    the glossary's descriptions ("the plant") of a concept the document names. figures: the
    document's (figures.document_figures), whose numbers end no name."""
    found, described = _concept_mentions(doc, ctx, names)
    found += _abbreviated_countries(doc.prose, found, names)
    rendered = _rendered_concepts(doc, ctx, found)   # "Costa Rica's social security fund": named below, as a last resort
    covered = sorted((m.start, m.end) for m in found)
    phrases = _apart_at_possessives(name_phrases(doc, 0, len(doc.prose), min_words=1))
    datelines = _datelines(doc)
    after_datelines = {end for _, end in datelines}
    openers = [doc.is_sentence_start(phrase.start) or phrase.start in after_datelines for phrase in phrases]   # "LIMA — Floods"
    mid_sentence = {_without_possessive(word) for phrase, opener in zip(phrases, openers)
                    for word in phrase.text.split()[opener:]}
    for phrase, opener in zip(phrases, openers):
        text, start = _without_possessive(phrase.text), phrase.start
        if overlaps(covered, start, start + len(text)):
            continue
        if opener:
            text, start = _without_sentence_opener(text, start, mid_sentence, phrase.text != text, doc.distinct_words)
            if not text:
                continue   # "Si", "Tras": the sentence's word
        text, start = _without_title(text, start, doc.language)
        if not text or in_a_portfolio(doc.prose, start, len(text.split())):
            continue   # "the Energy Minister", "el ministro de Energía y Minas": an office, named by no name
        key = fold(text.removeprefix(OPENER))
        if not _may_name(key, doc.language) or _a_compound_modifier(text):
            continue
        if not text.startswith(OPENER) and (number := _number_of_the_name(doc, start + len(text), figures)):
            text, key = text + number, key + " " + number.strip()   # "Line 1", not Line 2
        if text.startswith(OPENER):
            found.append(Mention(start, start + len(text) - len(OPENER), OPENER + key))
            names.setdefault(OPENER + key, text.removeprefix(OPENER))
            continue
        names.setdefault("name:" + key, text)
        found.append(Mention(start, start + len(text), "name:" + key))
    covered = sorted((m.start, m.end) for m in found)
    for mention in rendered:
        if not overlaps(covered, mention.start, mention.end):
            names.setdefault(mention.key, doc.prose[mention.start:mention.end])
            found.append(mention)
    for mention in _described_concepts(doc.prose, described, found):
        names.setdefault(mention.key, doc.prose[mention.start:mention.end])
        found.append(mention)
    covered = sorted((m.start, m.end) for m in found)
    for mention, place in _places_of_peoples(doc):
        if not overlaps(covered, mention.start, mention.end):
            names.setdefault(mention.key, place)
            found.append(mention)
    found.sort()
    for mention, following in zip(found, found[1:]):   # "Center of Confinement of Terrorism (CECOT)"
        if doc.prose[mention.end:following.start] in (" (", "(") and not _in_a_dateline(datelines, mention):
            aliases.append((mention.key, following.key))   # a dateline's "GUADALAJARA (EFE) —" names the agency
    aliases.extend(_shortened_here(doc.prose, found))
    return found


# A country's abbreviation (place_names.COUNTRY_ABBREVIATIONS) standing alone: not in a word, a currency ("US$"),
# a compound modifier ("U.S.-funded flights": the flights) or a longer name ("the U.S. Supreme Court").
_ABBREVIATION = patterns.compile(r"(?<![\p{L}\p{N}.])(?:" + "|".join(
    regex.escape(form).replace(r"\ ", r"\s?") for form in patterns.longest_first(COUNTRY_ABBREVIATIONS))
    + r")(?![\p{L}\p{N}$-])")
_NEXT_NAME_WORD = patterns.compile(r"[ \t]+(\p{Lu}[\p{L}\p{M}]*)")
# What a document holds when _ABBREVIATION may find something in it: each form's opening, up to its first space
# (where the pattern lets the spacing vary) and at most three characters, less an opening another one is in.
_OPENINGS = {form.split()[0][:3] for form in COUNTRY_ABBREVIATIONS}
_ABBREVIATION_LETTERS = tuple(sorted(opening for opening in _OPENINGS
                                     if not any(other != opening and other in opening for other in _OPENINGS)))


def _abbreviated_countries(text: str, concepts: list[Mention], names: dict) -> list[Mention]:
    """The countries a document writes by abbreviation ("U.S.", "EE.UU."), keyed by the country's English name,
    as a name is: "name:united states" joins "Estados Unidos" by the table of place names."""
    if not any(letters in text for letters in _ABBREVIATION_LETTERS):
        return []   # (most documents write none)
    covered = sorted((m.start, m.end) for m in concepts)
    found = []
    for match in _ABBREVIATION.finditer(text):
        after = _NEXT_NAME_WORD.match(text, match.end())
        if after and fold(after.group(1)) not in _FUNCTION_OR_OPENING:
            continue   # "the U.S. Supreme Court", "no US State": a longer name (not "in the U.S. The next day")
        if not overlaps(covered, match.start(), match.end()):
            key = "name:" + fold(COUNTRY_ABBREVIATIONS[" ".join(match.group().split())])
            names.setdefault(key, match.group())
            found.append(Mention(match.start(), match.end(), key))
    return found


def _places_of_peoples(doc) -> list[tuple[Mention, str]]:
    """The places a document names by the adjective of their people (text.place_names.place_of_people), with
    each place as English writes it: "Argentina's energy exports" and "las exportaciones energéticas
    argentinas" are one country's, "Venezuelan oil" Venezuela's. English writes the adjective capitalised
    before a lowercase noun ("the Colombian coffee harvest"; not "Mexican Army", a name), Spanish in
    lowercase after a noun ("el café colombiano"; not "los colombianos", the people). Not what a figure
    counts ("250 Venezuelan migrants", "250 migrantes venezolanos"): who they are, not whose figure."""
    forms = demonym_forms()
    wanted = document_words(doc).written_folding_to(forms)
    if not wanted:
        return []
    tokens, found = doc.tokens, []
    for paragraph, indices in doc.paragraph_hits(wanted):
        for i in indices:
            word = tokens.texts[i]
            place = place_of_people(word, paragraph.language)
            if place and _modifies_a_noun(tokens, i, paragraph.language) and not _counted_with(tokens, i) \
                    and not _of_a_currency(tokens, i, paragraph.language):
                found.append((Mention(tokens.starts[i], tokens.ends[i], PEOPLES_PLACE + fold(place)), place))
    return found


def _modifies_a_noun(tokens, i: int, language: str) -> bool:
    """Whether the demonym at word i is an adjective of the noun beside it: English, capitalised, before a
    lowercase word, in one run of words; Spanish, lowercase, after a lowercase word that is neither an
    article nor a verb ("eran venezolanos y haitianos": who the passengers were, the people)."""
    word = tokens.texts[i]
    if language == "en":
        return word[:1].isupper() and i + 1 < len(tokens.texts) and tokens.gaps[i] == " " \
            and tokens.texts[i + 1][:1].islower()
    before = tokens.texts[i - 1] if i else ""
    return word.islower() and tokens.gaps[i - 1] == " " and before.isalpha() and before.islower() \
        and fold(before) not in _FUNCTION_WORD_OR_COPULA \
        and not (has_class(language, before, "verb") and not has_class(language, before, "noun", "adj"))


# The words before a Spanish demonym that make it the people, not an adjective: the function words and the
# copulas (folded; "son" is a noun too), "es", "son", "fue", "fueron" among the function words already.
_FUNCTION_WORD_OR_COPULA = FUNCTION_WORDS | frozenset("era eran sea sean esta estan estaba estaban".split())


def _of_a_currency(tokens, i: int, language: str) -> bool:
    """Whether a demonym names a currency's country ("dólares australianos", "Australian dollars"): a sum's
    unit, not whose sum it is."""
    at = i + 1 if language == "en" else i - 1   # the noun: after an English adjective, before a Spanish one
    noun = tokens.texts[at] if 0 <= at < len(tokens.texts) else ""
    return MEASURED_UNITS.get(fold(noun), ("",))[0] in CURRENCIES


def _counted_with(tokens, i: int) -> bool:
    """Whether a demonym stands in a figure's noun phrase: a number one or two words before it."""
    return any(tokens.texts[j][:1].isdigit() or fold(tokens.texts[j]) in spelled_number_words()
               for j in range(max(0, i - 2), i))


_LOWERCASE_BEFORE = from_the_end(patterns.compile(r"(\p{Ll}[\p{Ll}\p{M}]*)(?:\s+(?:de|del|of)(?:\s+(?:la|el|the))?)?\s+$"),
                                 same_groups=True)   # "la provincia de"
_LOWERCASE_AFTER = patterns.compile(r"\s+(\p{Ll}[\p{Ll}\p{M}]*)")


def kinds_written(text: str, mentions: list[Mention]) -> frozenset[tuple[str, str]]:
    """(name key, kind of place) for each name a document writes next to a lowercase class word of places
    (place_names.place_class): "el río Cauca", "the Cauca river", "la provincia de Buenos Aires" write its kind's name. The evidence that
    a bare name is the place a name with its class word is: "Cauca" alone may be the department."""
    found = set()
    for mention in mentions:
        if mention.key.startswith("name:"):
            before = _LOWERCASE_BEFORE.search(text, max(0, mention.start - _CLASS_WORD_MOST), mention.start)
            after = _LOWERCASE_AFTER.match(text, mention.end, mention.end + _CLASS_WORD_MOST)
            found.update((mention.key, kind) for match in (before, after)
                         if match and (kind := place_class(fold(match.group(1)))))
    return frozenset(found)


_CLASS_WORD_MOST = 20   # characters a class word and its space take, at most ("departamento de la ")


# A name joined to a lowercase word is a compound modifier of the noun after it: "The Santiago-based
# miner", "U.S.-funded flights", "Mexico-bound trucks" are the miner, the flights, the trucks.
# By the words that make such modifiers (units.MODIFIER_END): "Ban Ki-moon", "Ma Ying-jeou" are names.
_COMPOUND_MODIFIER = from_the_end(patterns.compile(r"-" + MODIFIER_END + r"$"))


def _a_compound_modifier(text: str) -> bool:
    """Whether a name's text ends as a compound modifier does; only one with a hyphen can (one name in a
    thousand): the pattern, read backward, is not run on the others."""
    return "-" in text and bool(_COMPOUND_MODIFIER.search(text))
# A number a name ends with: "Line 1", "Terminal 2", "Ruta 66" (not a year, nor a figure's start)
_NAME_NUMBER = patterns.compile(r"[ \t]+\d{1,3}\b(?![.,:]?\d)")


def _number_of_the_name(doc, end: int, figures) -> str:
    """The number right after a name, when it counts no figure ("Line 1, the elevated line", not
    "En Tela 14 personas murieron"): Line 1 and Line 2 are two lines."""
    number = _NAME_NUMBER.match(doc.prose, end)
    if number is None or any(q.start == number.start() + len(number.group()) - len(number.group().lstrip())
                             for _, _, found in figures for q in found):
        return ""
    return number.group()


# A name's possessive before another name: "Lima's Jorge Chávez airport", "Codelco's El Teniente mine",
# "Peru's Culture Ministry". Two names, the first the second's owner or place (subjects._owner).
_INNER_POSSESSIVE = patterns.compile(r"['’]s\s+(?=\p{Lu})")


def owns_a_name(text: str, mention: Mention) -> bool:
    """Whether a name is the possessive before another: "Codelco" in "Codelco's El Teniente mine"."""
    return bool(_INNER_POSSESSIVE.match(text, mention.end))


def _apart_at_possessives(phrases: list) -> list:
    """Name runs cut at a possessive inside them, "Lima's Jorge Chávez" into Lima and Jorge Chávez,
    when the first is a name the document also writes alone ("Obama's Nuclear Security Summit") or
    the second holds a word no dictionary lists; not a name that is one with its possessive: "BJ's
    Wholesale Club", "Irene's Daughters", "New Year's Eve"."""
    if not any("s " in phrase.text for phrase in phrases):
        return phrases
    alone = None   # the names written alone, read when a name holds a possessive
    cut = []
    for phrase in phrases:
        at = phrase.start
        for match in _INNER_POSSESSIVE.finditer(phrase.text) if "'s" in phrase.text or "’s" in phrase.text else ():
            owner, owned = phrase.text[at - phrase.start:match.start()], phrase.text[match.end():]
            if alone is None:
                alone = {fold(_without_possessive(other.text)) for other in phrases}
            if fold(owner) in alone or not all(map(common_word, _BETWEEN_SPACES.findall(owned))):
                cut.append(phrase._replace(start=at, end=phrase.start + match.start(), text=owner))
                at = phrase.start + match.end()
        cut.append(phrase._replace(start=at, text=phrase.text[at - phrase.start:]) if at > phrase.start else phrase)
    return cut


def _concept_mentions(doc, ctx, names: dict) -> tuple[list[Mention], list]:
    """The glossary concepts doc names, and the term matches that only describe one ("the plant")."""
    found, described = [], []
    for match in ctx.term_matches(doc) if ctx.glossary else ():
        concept = match.entries[0].concept
        if concept.category == "common noun":
            continue   # "the mega-prison" describes an entity; it is not one
        if not _as_the_name(match.text, match.entries[0].written):
            continue
        start, end = match.start, match.end
        if GLOSSARY_DESCRIPTION.fullmatch(match.entries[0].written) and before_a_name(doc.prose, end):
            # "la Autoridad de Transporte Urbano", "la central Felton": another thing's class noun (the
            # matcher reads "la Autoridad del Canal de Panamá" as the name, not as the description)
            continue
        if GLOSSARY_DESCRIPTION.fullmatch(match.text):
            described.append(match)
            continue
        names.setdefault("concept:" + concept.id, doc.prose[start:end])   # how this document writes it: CECOT, Cecot
        found.append(Mention(start, end, "concept:" + concept.id))
    return _outermost(found), described


def _rendered_concepts(doc, ctx, concepts: list[Mention]) -> list[Mention]:
    """The glossary concepts doc describes with the words of their names in lowercase, after an article or a
    possessive (_RENDERED_BEFORE): "Costa Rica's social security fund" (Costa Rican Social Security Fund), "its
    digital health records" (Single Digital Health Record), "el expediente de salud" (Expediente Digital de Salud).
    A desk writes a name it does not capitalise as a description of the thing; read by _renderings, words of one
    concept's name only."""
    if not ctx.glossary:
        return []
    renderings = ctx.shared("fact_concept_renderings", lambda: _renderings(ctx.glossary.concepts))
    if renderings.opening_with.keys().isdisjoint(doc.distinct_words):
        return []   # (most documents write no rendering's first word; a glossary with no rendering has none)
    covered = sorted((m.start, m.end) for m in concepts)
    found = []
    for match in renderings.finditer(doc.prose):
        start, end = match.span()
        concept = renderings.concepts.get(tuple(_singular(word) for word in match.group().split()
                                                if fold(word) not in FUNCTION_WORDS))   # "expediente de salud"
        if concept and _RENDERED_BEFORE.search(doc.prose, max(0, start - 40), start) and not overlaps(covered, start, end):
            found.append(Mention(start, end, "concept:" + concept))
    return found


# A definite description's opening before a glossary name's words in lowercase: an article, a demonstrative or a
# possessive ("Costa Rica's", "its", "su"), and a word of its own at most ("the electronic health record").
_RENDERED_BEFORE = from_the_end(patterns.compile(
    r"(?:\b(?i:the|its|their|this|that|el|la|los|las|su|sus|este|esta|dicho|dicha)|\p{Lu}[\p{L}\p{M}.-]*['’]s)\s+"
    r"(?:\p{Ll}[\p{L}\p{M}-]*[ \t]+)?$"))
_RENDERED_GAP = r"[ \t]+(?:(?:de|del|of)[ \t]+(?:(?:la|el|los|las|the)[ \t]+)?)?"   # "el centro de confinamiento"
_RENDERED_WORDS = 2, 4   # words of a name a rendering keeps, at least and at most; of a name of at most six content words
_PLURAL_ENDINGS = ("", "s", "es")


class _Renderings(NamedTuple):
    """A glossary's renderings: by the word each opens with as a document writes it (its plural too), the
    renderings that open with it, longest first; and the concept each names (by its words' singulars). A
    glossary with no rendering has none of them (_NO_RENDERINGS), never None: the run's shared analyses read None
    as "not built yet" and would build it again for every document."""
    opening_with: dict[str, tuple[str, ...]]
    concepts: dict[tuple[str, ...], str]

    def finditer(self, text: str):
        """What one alternation of every rendering, longest first, finds in text (each match past the one
        before it), tried only at the words a rendering opens with, by the renderings that open there: a
        glossary of thousands of names makes that alternation thousands of branches, which a search would
        try at every word of every document (ten times XL801's whole time on the bench's 5,000 concepts)."""
        end = 0
        for run in _WORD_RUN.finditer(text):
            if run.start() >= end and (renderings := self.opening_with.get(run.group())):
                match = _renderings_pattern(renderings).match(text, run.start())
                if match:
                    end = match.end()
                    yield match


_NO_RENDERINGS = _Renderings({}, {})
_WORD_RUN = patterns.compile(r"(?<!\w)\w+")   # where \b opens a rendering: a run of word characters


@lru_cache(maxsize=4096)
def _renderings_pattern(renderings: tuple[str, ...]):
    """One pattern of renderings (longest first): each word with a plural's ending or none, the gaps between
    them, and no letter or hyphen after the last."""
    words = "|".join(_RENDERED_GAP.join(regex.escape(word) + "(?:s|es)?" for word in phrase.split())
                     for phrase in renderings)
    return patterns.compile(r"\b(?:" + words + r")(?![\p{L}\p{M}-])")


def _renderings(concepts) -> _Renderings:
    """The lowercase renderings of a glossary's names: the words of a name in its order, its head noun among them
    (English: the last word or the one before "of"; Spanish: the first) and a word the name capitalises that is a
    word of the language ("digital health record", "social security fund"), two to four of them, and a noun among
    them besides the head (_a_noun_only); not the class noun a name holds in lowercase alone ("power plant" of
    "Antonio Guiteras power plant" is any power plant), nor words two concepts' names share."""
    from itertools import combinations
    named: dict[tuple[str, ...], set[str]] = defaultdict(set)
    written: set[str] = set()   # the renderings as a desk writes them, in lowercase
    for concept in concepts:
        if concept.category == "common noun":
            continue
        for term in concept.terms:
            words = [word for word in term.text.split() if fold(word) not in FUNCTION_WORDS]
            if not 2 <= len(words) <= 6 or term.lang not in ("en", "es") or not all(word.isalpha() for word in words):
                continue
            head = _term_head(term.text.split(), term.lang)
            if head not in words:
                continue
            at = words.index(head)
            for size in range(_RENDERED_WORDS[0], min(_RENDERED_WORDS[1], len(words)) + 1):
                for chosen in combinations(range(len(words)), size):
                    kept = [words[i] for i in chosen]
                    if at in chosen and any(word[:1].isupper() and common_word(word) for word in kept) \
                            and all(common_word(word) for word in kept) \
                            and any(_a_noun_only(word, term.lang) for word in kept if word != head):
                        named[tuple(_singular(word) for word in kept)].add(concept.id)
                        written.add(" ".join(word.lower() for word in kept))
    concepts_of = {words: ids.pop() for words, ids in named.items() if len(ids) == 1}
    alternatives = patterns.longest_first(phrase for phrase in written
                                          if tuple(map(_singular, phrase.split())) in concepts_of)
    if not alternatives:
        return _NO_RENDERINGS
    opening_with: dict[str, list[str]] = defaultdict(list)
    for phrase in alternatives:
        for ending in _PLURAL_ENDINGS:
            opening_with[phrase.split()[0] + ending].append(phrase)
    return _Renderings({word: tuple(phrases) for word, phrases in opening_with.items()}, concepts_of)


def _a_noun_only(word: str, language: str) -> bool:
    """Whether a word of a name is a noun and no adjective: "social security fund", "digital health record",
    "market information system" name one thing by a compound; "partido verde", "registro nacional", "national
    park" are any of a kind."""
    key = word.lower()
    return has_class(language, key, "noun") and not has_class(language, key, "adj")


def _term_head(words: list[str], language: str) -> str | None:
    """A glossary name's head word: Spanish, its first; English, its last or the one before "of"."""
    if language == "es":
        return words[0]
    return words[:words.index("of")][-1] if "of" in words[1:] else words[-1]


@lru_cache(maxsize=4096)
def _singular(word: str) -> str:
    """A rendering's word folded and without a plural's ending (records, record; digitales, digital)."""
    key = fold(word).lower()
    for ending in ("es", "s"):
        if key.endswith(ending) and len(key) > len(ending) + 3 and not key.endswith("ss"):
            return key[:-len(ending)]
    return key


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions not inside another ("Canal de Panamá" inside "Autoridad del Canal de Panamá")."""
    return [m for m in mentions if not any(o.start <= m.start and m.end <= o.end and o != m for o in mentions)]


def _described_concepts(text: str, described: list, mentions: list[Mention]) -> list[Mention]:
    """The glossary's descriptions that stand for a concept doc names (by a term, or by a name
    holding a name of the concept's: "UPM's mill" for "UPM mill at Paso de los Toros"); not one
    before a name ("la central Felton": Felton's class noun)."""
    named = {m.key.removeprefix("concept:") for m in mentions if m.key.startswith("concept:")}
    words = {word for m in mentions if m.key.startswith(("name:", OPENER)) for word in m.key.partition(":")[2].split()}
    found = []
    for match in described:
        if before_a_name(text, match.end):
            continue
        concept = next((e.concept for e in match.entries
                        if e.concept.id in named or not words.isdisjoint(_name_words(e.concept))), None)
        if concept is not None:
            found.append(Mention(match.start, match.end, "concept:" + concept.id))
    return found


def _name_words(concept) -> frozenset[str]:
    """The words of a concept's terms that are names, not words of a dictionary: UPM, Ituango, Guiteras."""
    return frozenset(fold(word) for term in concept.terms for word in NAME_WORD.findall(term.text)
                     if word[0].isupper() and not common_word(word))


def _as_the_name(text: str, name: str) -> bool:
    """Whether text, matched to a glossary name, is written as that name: a name in lower case is
    a word, and an acronym is written in capitals (Spanish "un" and "Un" are not the UN), or as a name
    that is no word (_ACRONYM_AS_A_NAME: "Cecot", "Renaper" for CECOT, RENAPER, as many desks write it)."""
    if text.islower() and not name.islower():
        return False
    return not (name.isupper() and len(name) > 1 and not text.isupper()) or _acronym_as_a_name(text)


_ACRONYM_AS_A_NAME = 4   # letters, at least, of an acronym written as a name: not "Un" (UN), "Oea" is rare


def _acronym_as_a_name(text: str) -> bool:
    """Whether an acronym is written as a name, its first letter alone a capital, and is no word of either
    language: "Cecot", "Renaper"; not "Caja" (CAJA), "Sala" (SALA)."""
    return len(text) >= _ACRONYM_AS_A_NAME and text.isalpha() and text[0].isupper() and text[1:].islower() \
        and not common_word(text)


def _shortened_here(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """A name of one word that shortens a longer name the same article wrote before it: "la
    Armada" after "la Armada de Colombia", "the Tribunal" after "the Supreme Electoral Tribunal".
    Unlike the corpus-wide short forms, a common word may shorten here: the article says whom."""
    links, longer = [], {}
    for mention in mentions:
        words = folded_name_words(text[mention.start:mention.end])
        if len(words) == 1 and mention.key.startswith("name:") and words[0] in longer \
                and not mention.key[-1:].isdigit():   # "Line 1" shortens no "Metro Line 2"
            links.append((mention.key, longer[words[0]]))
        elif len(words) > 1 and not mention.key.startswith(OPENER) and not _bare_place(mention.key):
            if words[0] not in FUNCTION_WORDS:
                longer[words[0]] = mention.key
            if not any(word in FUNCTION_WORDS for word in words):   # not "Chile" of "Central Bank of Chile"
                longer[words[-1]] = mention.key
    return links


@lru_cache(maxsize=65536)
def _may_name(key: str, language: str) -> bool:
    """Not a month or day, a unit ("Euros"), a people ("Venezuelans") or a single letter."""
    return (len(key) > 1 and key not in _NOT_ENTITIES and key not in MEASURED_UNITS and key not in FUNCTION_WORDS
            and not _NOT_ENTITIES.issuperset(key.split("-"))   # "July-September", "enero-marzo": a period
            and not _a_people(key, language)
            and key.partition("-")[0] not in spelled_number_words())   # "Seis trabajadores", "Forty-seven people"


def _a_people(key: str, language: str) -> bool:
    """Whether a capitalised word names a people: a demonym ("Venezuelan", "Chileans"), or a plural the
    noun table reads as one ("Salvadoreñas"). Not a singular it merely translates to one: "Argentina",
    the country, is also Spanish for an Argentine woman. In English copy also an adjective of a place's people
    by the demonyms table ("Paraguayan", "Uruguayans"; not the place's own name, "Burundi"): English writes it
    capitalised, and _places_of_peoples reads it as its place; Spanish writes its demonyms in lowercase, so a
    capitalised one there is a name ("Somali", a man's)."""
    singular = key.removesuffix("s")
    if singular in DEMONYMS or singular != key and counted_noun(singular) in _PEOPLES:
        return True
    return language == "en" and any(_adjective_of_a_place(form) for form in {key, singular})


def _adjective_of_a_place(key: str) -> bool:
    place = place_of_people(key, "en")
    return bool(place) and fold(place).lower() != key


def _without_possessive(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "’s")) else text


# Common words that take a possessive at a sentence's start ("Today's vote", "Everyone's"), and those
# whose "'s" is "is" or "us" ("There's", "Let's", "What's").
_OWNING_WORDS = frozenset("""today yesterday tomorrow tonight everyone everybody nobody someone somebody anyone
    anybody one other another there here let what that it who where how when why he she everything nothing
    something""".split())
_OPENING_WORDS = frozenset("""if si when cuando after before tras during durante while mientras although aunque
    according segun since desde like como this these those este esta estos estas ese esa esos esas aquel aquella""".split())
    # and the demonstratives: "Este es uno de los planes", "Este mes", "This week" (the East is "el Este")


_FUNCTION_OR_OPENING = FUNCTION_WORDS | _OPENING_WORDS
_OWNING_OR_FUNCTION = _OWNING_WORDS | FUNCTION_WORDS


def _without_sentence_opener(text: str, start: int, mid_sentence: set[str], possessive: bool,
                             written: frozenset[str]) -> tuple[str, int]:
    """A sentence's first word is capitalised whatever it is: it names something only if the
    document also writes it capitalised mid-sentence ("Kast toured" after "José Antonio Kast"), or
    owns what follows ("Argentina's monthly inflation": a common word owns nothing but "Today's").
    A word no dictionary lists is a name, unless the document writes it in lowercase too (written: its
    distinct words): "Day-trippers pay €5" where it writes "840,000 day-trippers"."""
    first, _, rest = text.partition(" ")
    if fold(first) in _FUNCTION_OR_OPENING:
        # the sentence's word, then the name ("Si Walmart", "But Kast"); alone, a name nowhere, wherever else
        # written ("Si sintieron", "Tras un mes", "During")
        return (rest, start + len(first) + 1) if rest else ("", start)
    if rest and rest[:1].isupper():
        return text, start   # "Costa Rica", "José Antonio Kast": a name of two words or more
    if possessive and not rest and fold(first) not in _OWNING_OR_FUNCTION:
        return text, start
    if first in mid_sentence or first.isupper() and len(first) > 1 or is_listed_place(first) \
            or not (common_word(first) or first.lower() in written):
        return text, start   # "Brasil, el mayor productor": a place the table names, though "brasil" is a word
    return OPENER + text, start   # a name only if the corpus writes it as one elsewhere (entities.Entities)


def _without_title(text: str, start: int, language: str) -> tuple[str, int]:
    """The person's name without the title before it ("Energy Minister Vicente de la O Levy": Vicente
    de la O Levy), or "" for a title alone ("Energy Minister", "Minister of Public Works"). A title
    before one dictionary word stays ("President Trump", "Mayor Street"): the word may be no name."""
    body = text.removeprefix(OPENER)
    cut = _name_after_title(body, language)
    if cut is None:
        return "", start
    return (body[cut:], start + cut) if cut else (text, start)


@lru_cache(maxsize=65536)   # a document writes its names again and again
def _name_after_title(body: str, language: str) -> int | None:
    """Where the name starts after a title in body (_without_title): 0 when nothing is cut, None
    when body is a title alone."""
    words = [(word.start(), word.group()) for word in _BETWEEN_SPACES.finditer(body)]
    if is_a_title([word for _, word in words], language):
        return None
    cut = title_length([word for _, word in words], language)
    if not cut or len(words) - cut == 1 and common_word(words[-1][1]):
        return 0
    return words[cut][0]


_BETWEEN_SPACES = patterns.compile(r"\S+")   # what stands between spaces: a word with its marks ("Cecot's,")


@lru_cache(maxsize=65536)   # the shipped word lists do not change within a process
def common_word(word: str) -> bool:
    """A word either language's dictionary lists in lowercase: "Several", "Officials", "Trump"
    open sentences as words; "Izalco" and "Bukele" are names wherever they stand."""
    from xlate.spelling import load_dictionary
    return any(load_dictionary(lang).lists(word.lower()) for lang in ("en", "es"))


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


def counted_noun(unit: str) -> str:
    """A demonym in either language, as English counts it: venezolanas, Venezuelans -> venezuelan."""
    masculine = unit[:-1] + "o" if unit.endswith("a") else unit
    return DEMONYMS.get(unit, DEMONYMS.get(masculine, unit))
