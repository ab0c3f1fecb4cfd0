"""Which entity keys of a corpus's ledgers name one entity, and how the corpus writes it.

Entities are joined across documents: by glossary concept (every rendering and acronym of it),
by a name glossed with an acronym ("Center of Confinement of Terrorism (CECOT)"), by a
person's last name when the corpus also writes it alone ("José Antonio Kast" and "Kast"), by a
name and its translation word for word ("Latin America", "América Latina"), by a place's English
and Spanish names ("Havana", "La Habana": text.place_names), by an acronym written alone and the
name whose initials spell it ("la OEA"), and by a place's names with and without its class word
("el río Cauca", "Cauca River"). Whether two documents tell one story is read from the entities
they name alike (Entities.same_story).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from itertools import permutations, product
from typing import Iterable

from xlate.infra import patterns
from xlate.rules.facts.ledger import Ledger, Statement
from xlate.rules.facts.mentions import OPENER
from xlate.rules.facts.stories import PEOPLES_PLACE, THING
from xlate.text.counted_nouns import english_singular
from xlate.text.names import content_keys, content_sequence, likely_cognates
from xlate.text.place_names import is_listed_place, place_key, spanish_names, without_class_word
from xlate.text.word_classes import has_class


class Entities:
    """Entity keys joined into one entity each (a union-find), with the name each is shown by."""

    def __init__(self, ledgers: Iterable[Ledger]):
        ledgers = list(ledgers)
        self._parent: dict[str, str] = {}
        self._written: dict[str, Counter] = defaultdict(Counter)
        self._peoples_places: dict[str, Counter] = defaultdict(Counter)   # a place named by its people's adjective -> its names
        self._by_root: dict[str, Counter] | None = None
        self._named_in: dict[str, set[str]] = defaultdict(set)   # path -> the keys of the names it writes
        self._stories: dict[tuple[str, str], bool] = {}
        self._roots_named_in: dict[str, set[str]] = {}
        self._subjects: dict[Statement, frozenset[str]] = {}
        named = set()
        for ledger in ledgers:
            if ledger.statements:
                self._named_in[ledger.statements[0].path].update(
                    key for key in ledger.names if key.startswith(("name:", "concept:")))
            for key, text in ledger.names.items():
                if key.startswith(OPENER):
                    key = "name:" + key.removeprefix(OPENER)
                elif key.startswith(PEOPLES_PLACE):   # "argentinas": Argentina, joined to its name, shown as the corpus writes it
                    self._join("name:" + key.removeprefix(PEOPLES_PLACE), key)
                    self._peoples_places[key][text] += 1
                else:
                    self._written[key][text] += 1
                named.add(key)
            for first, second in ledger.aliases:
                self._join(first, second)
        self._join_short_forms([link for ledger in ledgers for link in ledger.surnames if link[1] in named])
        self._join_translated_names(ledgers)
        self._join_acronyms()
        self._join_class_words(named, {pair for ledger in ledgers for pair in ledger.kinds},
                               {(key, text) for ledger in ledgers for key, text in ledger.names.items()
                                if key.startswith("concept:")})

    def _join_acronyms(self) -> None:
        """Join an acronym a document writes alone ("the OAS", "la OEA", "FMI") to the name it also writes whose
        content words' initials spell it ("Organization of American States", "Organización de Estados
        Americanos", "Fondo Monetario Internacional"), as an acronym glossed in parentheses is: the acronym
        is one key wherever the corpus writes it, and the name joins its translation in the other language's
        copy as any name does. Not where the corpus's documents spell it with two names (which is unsaid),
        nor a word a dictionary lists written in capitals ("LIMA"); the name and the acronym in one
        document, as a reader meets them: over a corpus of many stories, "PBS" is no "Porsche Boxster S"."""
        spelled: dict[str, set[str]] = defaultdict(set)   # an acronym's key -> the names that spell it
        for keys in self._named_in.values():
            by_initials: dict[str, set[str]] = defaultdict(set)
            for key in keys:
                words = _name_words(key.removeprefix("name:")) if key.startswith("name:") else ()
                if len(words) >= _ACRONYM_LEAST:
                    by_initials["".join(word[0] for word in words)].add(key)
            for key in keys:
                written = self._written.get(key)
                if key.startswith("name:") and written and key.removeprefix("name:") in by_initials \
                        and _an_acronym(written.most_common(1)[0][0]):
                    spelled[key] |= by_initials[key.removeprefix("name:")]
        for key, names in sorted(spelled.items()):
            roots = {self.root(name) for name in names}
            if len(roots) == 1 and not _a_word(key.removeprefix("name:")):
                self._join(roots.pop(), key)

    def _join_class_words(self, named: set[str], kinds_written: set[tuple[str, str]],
                          concepts_written: set[tuple[str, str]]) -> None:
        """Join the names of a place written with class words of one kind ("Cauca River", "Río Cauca"), and
        the bare name where the corpus writes it after a lowercase class word of that kind: "Cauca" of "el
        río Cauca", "Mallorca" of "la calle Mallorca", "Buenos Aires" of "la provincia de Buenos Aires"
        (Spanish writes the class word in lowercase, outside the name; English puts it inside). A bare name
        written only alone may be another kind of place: "Cauca", "Magdalena", "Paraná" are departments or
        states too; one that is also a word or a listed place ("East Lake", "Isla de Francia") is joined
        only where the corpus writes it with its class word. A glossary term with a class word ("El Rosario
        sanctuary", "santuario El Rosario") says what its bare name is: the concept is the bare name the
        corpus writes ("visited El Rosario"), unless that is a listed place."""
        by_place: dict[tuple[str, str], list[str]] = defaultdict(list)   # (bare name, kind) -> its names' keys
        for key in sorted(named):
            if key.startswith("name:"):
                bare, kind = without_class_word(key.removeprefix("name:"))
                if bare:
                    by_place[bare, kind].append(key)
        for (bare, kind), keys in by_place.items():
            written = ("name:" + bare, kind) in kinds_written and "name:" + bare in named
            if not written and (is_listed_place(bare) or " " not in bare and _a_word(bare)):
                continue   # not "Isla de Francia", "East Lake"
            for key in keys[1:] + (["name:" + bare] if written else []):
                self._join(keys[0], key)
        for concept, text in sorted(concepts_written):
            bare, _ = without_class_word(place_key(text))
            if bare and "name:" + bare in named and not is_listed_place(bare):
                self._join(concept, "name:" + bare)

    def _join_translated_names(self, ledgers: list[Ledger]) -> None:
        """Join a name written in English copy to the same name in Spanish copy when their words are
        cognates or translations one for one, in any order, and two words or more: "Latin America" and
        "América Latina", "National Police" and "Policía Nacional", "Health Ministry" and "Ministerio de
        Salud", "River Plate" and "Río de la Plata" (not "Havana" and "La Habana": one word alike is too
        little). Names are keyed by their words as written, so a translated name is another key until
        joined; only names of the two languages are tried, and of those only the pairs whose words open
        alike (_ALIKE_OPENING), in the order of the names' first letters."""
        by_words: dict[tuple[str, ...], dict[str, dict[str, tuple[str, ...]]]] = defaultdict(lambda: defaultdict(dict))
        openings: dict[tuple[str, str], set[tuple[str, ...]]] = {}   # (language, a name's key) -> its words' openings
        for ledger in ledgers:
            language = ledger.statements[0].language if ledger.statements else ""
            for key in ledger.names:
                if key.startswith("name:") and language in ("en", "es"):
                    words = _name_words(key.removeprefix("name:"))
                    if len(words) in _TRANSLATED_LENGTHS:   # (a name of one word is joined to none: not paired at all)
                        for initials in _initials(words, language):   # cognates and translations share a first letter
                            by_words[initials][language][key] = words
                        if (language, key) not in openings:
                            openings[language, key] = _initials(words, language, _ALIKE_OPENING)
        for languages in by_words.values():
            spanish_names = languages.get("es", {})
            by_opening = _by_opening(spanish_names, openings)
            for english, english_words in languages.get("en", {}).items():
                (opening,) = openings["en", english]
                for spanish in by_opening.get(opening, ()):
                    if english != spanish and _translated(english_words, spanish_names[spanish]):
                        self._join(english, spanish)
        self._join_place_names(ledgers)

    def _join_place_names(self, ledgers: list[Ledger]) -> None:
        """Join a place English names otherwise than Spanish, by the table of such names
        (text.place_names, from the Unicode CLDR): "Havana" and "La Habana", "Mexico City" and
        "Ciudad de México", "Brazil" and "Brasil"; no spelling rule makes one of the other. Whatever
        the language of the article that writes it: "La Habana" is Havana in English copy too."""
        by_place: dict[str, dict[str, bool]] = defaultdict(dict)   # a name's place key -> its keys (opening a sentence?)
        for ledger in ledgers:
            for key in ledger.names:
                opener = key.startswith(OPENER)   # "Havana lies": a sentence's first word, a place if the table knows it
                if opener or key.startswith(PEOPLES_PLACE):   # "españolas": Spain, and so España
                    key = "name:" + key.removeprefix(OPENER).removeprefix(PEOPLES_PLACE)
                if key.startswith("name:"):
                    by_place[_name_place(key.removeprefix("name:"))].setdefault(key, opener)
        for place, keys in list(by_place.items()):
            for other in spanish_names(place):
                for key, opener in keys.items():
                    for spanish in by_place.get(other, ()):
                        self._join(*((spanish, key) if opener else (key, spanish)))   # the root: a name written mid-sentence

    def _join_short_forms(self, links: list[tuple[str, str]]) -> None:
        """Join each full name to the one word the corpus also writes alone ("Kast"), unless that
        word shortens two names whose other words have nothing in common: "Bexley" alone could be
        Nora Bexley or De'Marco Bexley, while "Ruiz" is Marta Ruiz and Governor Marta Ruiz,
        and "Izalco" the Izalco Penitentiary Complex and the Complejo Penitenciario de Izalco."""
        fulls: dict[str, dict[str, None]] = defaultdict(dict)   # in corpus order, so every run keys the entity alike
        for full, short in links:
            fulls[short][full] = None
        for short, names in fulls.items():
            rest = [content_keys(name.partition(":")[2]) - {short.partition(":")[2]} for name in names]
            if all(_alike(a, b) for a in rest for b in rest):
                for full in names:
                    self._join(full, short)

    def root(self, key: str) -> str:
        """The key the entity is known by; "" for a sentence's first word no document names mid-sentence."""
        if key.startswith(OPENER):
            key = "name:" + key.removeprefix(OPENER)
            if key not in self._written and key not in self._parent:
                return ""   # written only at a sentence's start, and nowhere as part of a name
        while self._parent.get(key, key) != key:
            key = self._parent[key]
        return key

    def _join(self, first: str, second: str) -> None:
        first, second = self.root(first), self.root(second)
        if first and second and first != second:   # "": a sentence's first word no document names joins nothing
            # a glossary concept stays the root: it has the preferred name
            if second.startswith("concept:") and not first.startswith("concept:"):
                first, second = second, first
            self._parent[second] = first

    def name(self, key: str) -> str:
        """How the corpus writes the entity: a concept's preferred name, else its most frequent form
        among all the names joined into it ("Australia", not the one longer name ending in it); the story's
        thing a sentence opens with by its English noun ("cathedral", of "La catedral" and "The cathedral")."""
        key = self.root(key)
        written = self._written.get(key) if key.startswith("concept:") else self._written_by_root().get(key)
        if written:
            return written.most_common(1)[0][0]
        return key.removeprefix(THING) if key.startswith(THING) else key.partition(":")[2]   # "story:thing:plant": plant

    def _written_by_root(self) -> dict[str, Counter]:
        """Each entity's written forms, over all the names joined into it (built once, on first use)."""
        if self._by_root is None:
            self._by_root = defaultdict(Counter)
            for key, forms in self._written.items():
                self._by_root[self.root(key)].update(forms)
            for key, forms in self._peoples_places.items():   # the place's English name, where the corpus writes none
                if not self._by_root.get(self.root(key)):
                    self._by_root[self.root(key)].update(forms)
        return self._by_root

    def same_story(self, first: str, second: str) -> bool:
        """Whether two documents tell one story, so that "the runoff" or "a 7-year-old girl" of one is
        that of the other: one document, or two that name two entities alike (Rodrigo Paz and the
        Supreme Electoral Tribunal; the dateline's city and the country), and a third of the names of
        the one that names fewer."""
        if first == second:
            return True
        pair = (first, second) if first < second else (second, first)
        if pair not in self._stories:
            roots = [self._roots_named(path) for path in pair]
            shared = len(roots[0] & roots[1])
            self._stories[pair] = shared >= STORY_NAMES and shared >= STORY_SHARE * min(len(roots[0]), len(roots[1]))
        return self._stories[pair]

    def _roots_named(self, path: str) -> set[str]:
        """The entities a document names (found once per document, asked once per pair of documents)."""
        roots = self._roots_named_in.get(path)
        if roots is None:
            roots = self._roots_named_in[path] = {self.root(key) for key in self._named_in.get(path, ())} - {""}
        return roots

    def subject(self, statement: Statement) -> str:
        """The entity named nearest the figure: what the statement is most likely about."""
        return next((root for root in map(self.root, statement.entities) if root), "")

    def subjects(self, statement: Statement) -> frozenset[str]:
        """What the statement may be about: the entity named nearest its figure, the one its sentence
        opens with, and the story's thing that opening is (stories.THING: "La planta emplea"). Found once
        per statement (the joins are all made in __init__): a statement is asked about once for every
        other of its entity and unit."""
        found = self._subjects.get(statement)
        if found is None:
            found = self._subjects[statement] = frozenset(
                {self.subject(statement), self.root(statement.opening) if statement.opening else ""}
                | {self.root(key) for key in statement.entities if key.startswith(THING)} - {""})
        return found

    def of(self, statement: Statement) -> set[str]:
        return {self.root(key) for key in statement.entities} - {""}


STORY_NAMES = 2   # names two documents share to tell one story
STORY_SHARE = 0.3   # and the share of the names of the one naming fewer: two stories of a folder share a country and a website


# How many words two names joined by _translated have: one word alike may be two people's names
# ("Rustimov" of a claim, "Rüstümov" of an age), and five or more are too many orders to try.
_TRANSLATED_LENGTHS = range(2, 5)




_ACRONYM_LEAST = 3   # letters of an acronym joined by its initials: "OEA", "FMI"; not two ("EE" of "EE.UU.", "EM" of "082-2007-EM")
_ACRONYM = patterns.compile(rf"\p{{Lu}}{{{_ACRONYM_LEAST},6}}")


# A name's words and its place key, read by the joins for every ledger that writes the name: once per name.
_name_words = lru_cache(maxsize=65536)(content_sequence)
_name_place = lru_cache(maxsize=65536)(place_key)


def _an_acronym(text: str) -> bool:
    """Whether a name as written is an acronym: three to six capitals, no other letter ("OEA", "FMI")."""
    return bool(_ACRONYM.fullmatch(text))


def _a_word(name: str) -> bool:
    """Whether a one-word name is also a word of either language ("east", "plata"): no place's bare name."""
    return any(has_class(language, name, "noun", "adj", "verb") for language in ("en", "es"))


def _initials(words: tuple[str, ...], language: str, letters: int = 1) -> set[tuple[str, ...]]:
    """The first letters (so many of them) a name's words may share with their words in English: a Spanish
    word's own, or its noun's English word's ("salud": s or h, of health)."""
    if language != "es":
        return {tuple(sorted(word[:letters] for word in words))}
    return {tuple(sorted(initials)) for initials in
            product(*({word[:letters], _english_word(word)[:letters]} for word in words))}


# The letters two words _translated pairs always open with alike: words_alike's are the same word, one
# of four letters or more and the same with an ending, or cognates opening with two letters alike;
# _name_words_alike's also two of five letters or more with their last vowel apart, and the English word
# of the Spanish noun. So only names whose words' openings of two letters match, each Spanish word's own
# or its English word's, are tried: 6,258 pairs -> a few hundred over real-news en+es (speed15p).
_ALIKE_OPENING = 2


def _by_opening(spanish_names: dict[str, tuple[str, ...]],
                openings: dict[tuple[str, str], set[tuple[str, ...]]]) -> dict[tuple, list[str]]:
    """Spanish names by each of their words' openings (_initials with _ALIKE_OPENING letters), in the order given."""
    found: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in spanish_names:
        for opening in openings["es", key]:
            found[opening].append(key)
    return found


@lru_cache(maxsize=65536)
def _english_word(spanish: str) -> str:
    """The English word of a Spanish name's word, as the noun table reads it (asked for every English name it
    may pair with)."""
    return english_singular(spanish, "es")


def _translated(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether the words of two names, English and Spanish (names.content_sequence, read once per name), pair
    up as cognates or translations (_name_words_alike), one for one in some order (few words)."""
    if len(one) != len(other) or len(one) not in _TRANSLATED_LENGTHS:
        return False
    if any(all(words_alike(a, b) and not _last_vowel_apart(a, b) for a, b in zip(one, order))
           for order in permutations(other)):
        return True
    return any(all(_name_words_alike(a, b) for a, b in zip(one, order)) for order in permutations(other))


_VOWELS = frozenset("aeiou")


def _name_words_alike(english: str, spanish: str) -> bool:
    """A word of an English name and its word in the Spanish name: alike (words_alike), the English word
    of the Spanish noun (text.counted_nouns, Apertium's: "salud" health, "río" river), or an English -e
    for a Spanish -a or -o (_last_vowel_apart). Not the English word derived from the Spanish one by an
    ending: "South American" is no "América del Sur"."""
    if _last_vowel_apart(english, spanish):
        return len(english) >= _VOWEL_ENDING_LEAST and english[-1] == "e" and spanish[-1] in "ao"
    if _english_word(spanish) == english:
        return True
    if len(english) > len(spanish) and english.startswith(spanish):
        return False   # "American", "América": the adjective of its people, not the place
    return words_alike(english, spanish)


def _last_vowel_apart(english: str, spanish: str) -> bool:
    """Two words the same but for their last vowel. English writes a Spanish -a or -o as -e ("Plate"/"Plata",
    "Argentine"/"Argentina"), never as the other Spanish ending: -o against -a is a name of the other sex
    ("Mario"/"María", "Antonio"/"Antonia", "Julio"/"Julia"), two people, however alike the words are."""
    return len(english) == len(spanish) and english[:-1] == spanish[:-1] and english[-1] != spanish[-1] \
        and english[-1] in _VOWELS and spanish[-1] in _VOWELS


_VOWEL_ENDING_LEAST = 5   # letters of two name words differing in their last vowel: not "Rosa"/"Rose", "Santa"/"Santo"'s


def words_alike(english: str, spanish: str) -> bool:
    """A word and its word in the other language (of a name, or a counted noun): the same, one with an ending added
    ("Latin"/"Latina", "Republic"/"República"), or cognates of six letters or more that open alike
    ("National"/"Nacional", "University"/"Universidad"). Shorter words must match: on real-news' names
    cognates alone joined "Deutsche Bahn" and "Deutsche Bank", "North Africa" and "América del Norte"."""
    shorter, longer = sorted((english, spanish), key=len)
    if shorter == longer or (len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= 2):
        return True
    return len(shorter) >= 6 and english[:2] == spanish[:2] and likely_cognates(english, spanish)


def _alike(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two names' other words could name one thing: one holds nothing else, or they share a word or a cognate."""
    return not first or not second or any(likely_cognates(a, b) for a in first for b in second)
