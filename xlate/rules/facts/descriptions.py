"""What a definite description points back to: "the prison" after "Cecot, a prison he first
visited", "the CECOT prison", "la mina Escondida", or a glossary concept whose note calls it a prison.

A document's descriptions map each noun its definite descriptions use ("prison", "estadio") to the
entities described with it or with a cognate ("the stadium" / "Estadio BBVA"), with where; the
ledger (ledger.py) points a sentence's "the prison" to the last one described before it.
"""

from __future__ import annotations

from functools import lru_cache

from xlate.infra import patterns
from xlate.text.fold import fold
from xlate.text.names import content_key, likely_cognates
from xlate.text.units import FUNCTION_WORDS
from xlate.text.quantities import ORDINAL_WORDS, is_superlative

# A name described right after it: "Cecot, a prison", "Izalco's penitentiary complex"; not by a noun
# whose thing it is part of ("Santa Olalla, the park's largest lagoon" is no park)
_DESCRIBED = patterns.compile(r"(?:['’]s)?,?\s+(?:(?:a|an|the|un|una|la|el)\s+)?(?P<first>\p{Ll}[\p{L}-]+)(?![\p{L}-]|['’])"
                              r"(?:\s+(?P<second>\p{Ll}[\p{L}-]+)(?![\p{L}-]|['’]))?")
# Spanish and English name a thing's class before its name: "la mina Escondida", "el puerto de
# Chancay", "la central hidroeléctrica Coca Codo Sinclair", "the Litoral penitentiary" (after).
_CLASS_NOUN_BEFORE = patterns.compile(r"\b(?i:the|el|la|los|las|del|al)\s+(?P<noun>\p{Ll}[\p{L}-]+)"
                                   r"(?:\s+(?:de\s+)?(?P<adjective>\p{Ll}[\p{L}-]+))?\s+(?:(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?)?"
                                   r"(?:(?i:las|los|la|el|the)\s+)?$")
                                   # "la mina de cobre Las Bambas"
# A definite description: "the prison", "the 40,000-inmate prison", "esta cárcel", "dicha planta"; its
# second word is a noun's, never the "of" or "de" before a name ("the tower of the Virgin Mary",
# "la torre de la Virgen María" describe that name: before_a_name)
DEFINITE = patterns.compile(r"\b(?i:the|this|that|its|el|la|esta|este|dicha|dicho)\s+(?:[\d.,]+-[\p{L}-]+\s+)?(?P<noun>\p{Ll}[\p{L}-]+)"
                            r"(?:\s+(?!(?:of|de|del)\s)(?P<head>\p{Ll}[\p{L}-]+))?")


# Words that make a definite description another member of its class: "la otra planta", "the original
# runway", "the older plant", "la pista anterior" are not the plant or the runway named before. Folded.
OTHER_WORDS = frozenset("""other others another original former previous older oldest earlier old
    otra otro otras otros original originales anterior anteriores antigua antiguo antiguas antiguos vieja viejo
    previa previo""".split())


def _one_of_a_rank(word: str) -> bool:
    """Whether a word ranks what it describes among others: an ordinal or a superlative ("seventh", "largest",
    "second-largest", "busiest"; not "forest", "honest")."""
    last = word.lower().rpartition("-")[2]
    return last in ORDINAL_WORDS or is_superlative(last)


# The nouns of a city, as noun_key writes them: what a dateline's place is ("the city", "la ciudad").
CITY_NOUNS = frozenset({"city", "ciudad"})
# descriptions' key of the city a story was filed from (no noun: read by referents for "the city" alone)
FILED_FROM = "@filed from"


# A glossary variant written as a definite description, not a name: "the plant", "la central", "la
# entidad" (but "La Línea 2", "El Ministerio de Salud" are names). Another story's plant is "the
# plant" too: it stands for its concept only in a document that names the concept.
GLOSSARY_DESCRIPTION = patterns.compile(r"(?i:the|el|la|los|las)\s+\p{Ll}[\p{Ll}\p{M}\s-]*")


# A name right after a description is what it describes: "la central Felton", "the carrier Avianca",
# "la planta de Fray Bentos", "el puerto de Chancay". The description is that name's, not an earlier entity's.
_NAME_AFTER = patterns.compile(r"[ \t]+(?:(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?)?\p{Lu}")


def before_a_name(text: str, end: int) -> bool:
    return bool(_NAME_AFTER.match(text, end))


def definite_nouns(text: str, paragraphs) -> set[str]:
    """The nouns of the definite descriptions ("the prison") where figures stand: the only ones to look up."""
    return {noun_key(noun) for p in paragraphs for match in DEFINITE.finditer(text, p.start, p.end)
            for noun in match.groups() if noun}


def descriptions(doc, ctx, mentions: list, wanted: set[str], filed_from=None) -> dict[str, list[tuple[int, str]]]:
    """Nouns the document describes an entity with -> (offset, entity key) of each description:
    "Cecot, a prison he first visited" and "the CECOT prison" make "prison" point back to Cecot,
    as does a glossary note ("El Salvador's maximum-security prison in Tecoluca"). Only the nouns
    wanted (those definite descriptions use) are kept. filed_from: the place the story's dateline names
    (mentions.filed_from), the city "the city" and "la ciudad" mean until the story describes another, where the
    story names it besides (headline included): a dateline may be a hub's ("SAO PAULO —" over a story of Porto
    Alegre's flood)."""
    described: dict[str, list[tuple[int, str]]] = {}
    if not wanted:
        return described
    if filed_from is not None and not CITY_NOUNS.isdisjoint(wanted) and any(m.key == filed_from.key for m in mentions):
        described[FILED_FROM] = [(filed_from.start, filed_from.key)]   # named besides: not a hub's dateline
    notes = ctx.shared("fact_concept_notes", lambda: {"concept:" + c.id: c.note for c in ctx.glossary.concepts if c.note})
    # the nouns of a concept's glossary variants that are descriptions: "the pipeline" of the El Cuchillo II
    # aqueduct makes "the 93-kilometer pipeline" point back to it, a figure between article and noun
    nouns = ctx.shared("fact_concept_description_nouns", lambda: {
        "concept:" + c.id: [noun for term in c.terms for noun in (*class_nouns(term.text), *name_head(term.text, term.lang, c.category))]
        for c in ctx.glossary.concepts})

    cognates = WantedNouns(wanted)   # a described noun points to a wanted one, or to its cognates
    pointed: dict[str, list[str]] = {}   # noun as written -> the wanted nouns it points to (a name recurs)

    def note(noun: str | None, mention) -> None:
        if noun:
            keys = pointed.get(noun)
            if keys is None:
                keys = pointed[noun] = cognates.matching(noun_key(noun)) if fold(noun) not in FUNCTION_WORDS else []
            for wanted_key in keys:
                described.setdefault(wanted_key, []).append((mention.start, mention.key))

    for mention in mentions:
        for word in name_words(doc.prose[mention.start:mention.end]):   # "the complex": Izalco Penitentiary Complex
            note(word, mention)
        match = _DESCRIBED.match(doc.prose, mention.end, min(len(doc.prose), mention.end + 60))
        after = [noun for noun in match.group("first", "second") if noun] if match else []   # "Izalco, a prison in"
        if len(after) == 2 and cognates.matching(noun_key(after[1])) and verb_form(after[0]):
            after = after[:1]   # "Honduras abre cárcel": what the name acts on is not what it is; what it does
            # is what a noun of the verb points back to ("Costa Rica closed the park ... The closure")
        if after and match.group().startswith(("'s", "’s")) and _one_of_a_rank(after[0]):
            after = []   # "Colombia's second-largest city", "Peru's busiest port": one of the owner's, not the owner
        for noun in after:
            note(noun, mention)
        before = _CLASS_NOUN_BEFORE.search(doc.prose, max(0, mention.start - 60), mention.start)
        for noun in (before.group("noun"), before.group("adjective")) if before else ():   # "la mina Escondida"
            note(noun, mention)
        for noun in _NOTE_WORD.findall(notes.get(mention.key, "")):
            note(noun, mention)
        for noun in nouns.get(mention.key, ()):
            note(noun, mention)
    for entries in described.values():
        entries.sort()
    return described


def class_nouns(term: str) -> list[str]:
    """The nouns a glossary term describes its concept with: a variant that is a description ("the plant",
    "la central"), and the class noun a name is written with, lowercase, before it in Spanish or after it in
    English ("represa de Itaipú", "lago Titicaca", "Itaipu dam", "El Rosario sanctuary"): in a document that
    names Itaipú, "la represa" and "the dam" are Itaipú, as "la mina Escondida" makes "la mina" Escondida. A
    plural names a group ("islas Canarias"), not what "la isla" is."""
    words = term.split()
    if GLOSSARY_DESCRIPTION.fullmatch(term):
        return words[-1:]
    if len(words) < 2 or not any(word[:1].isupper() for word in words):
        return []   # "compostela certificate": a common noun's term, no name of a class
    # noun_key(word) == fold(word): a singular, not "islas Canarias" (a group of islands is no "isla")
    return [word for word in dict.fromkeys((words[0], words[-1])) if word[:1].islower() and word.isalpha()
            and fold(word) not in FUNCTION_WORDS and noun_key(word) == fold(word)]


# The glossary categories of a body of people: its two-word names head a class noun though both words are the
# language's ("Supreme Court", "Corte Suprema", "Banco Central", "Federal Reserve").
_BODIES = frozenset({"organization", "organisation", "institution"})


def name_head(term: str, language: str, category: str = "", after_article: bool = False) -> list[str]:
    """The common noun heading a glossary name written in capitals, which a definite description of it repeats:
    Spanish writes it first ("Corporación Autónoma Regional de las Cuencas de los Ríos Negro y Nare": "la
    corporación"; "Museo del Prado": "el museo"), English last or before "of" ("Cutzamala System": "the system";
    "Port of Chancay": "the port"). A singular the lexicon lists as a noun and no adjective; of two words, the
    other a name, not a word of the language ("Costa Rica", "Puerto Rico": no coast, no port), unless the glossary
    files the name as a body (_BODIES: "Supreme Court" is the court) or the text writes it after a definite article
    (after_article: "la Corte Suprema", "the Supreme Court", "El Concejo Metropolitano" name a member of a class, as
    "Costa Rica" and "Puerto Rico", written bare, do not). A Spanish head
    also gives its English word, by the noun table, where that names a thing (a_thing): English copy
    describes "Empresa Pública Metropolitana Metro de Quito" as "the company" (not "Estación Biológica de
    Doñana" as "the season": a time)."""
    words = term.split()
    if len(words) < 2 or language not in ("en", "es"):
        return []
    head = words[0] if language == "es" else words[:words.index("of")][-1] if "of" in words[1:] else words[-1]
    word = head.lower()
    if not (head[:1].isupper() and word.isalpha()) or fold(word) in FUNCTION_WORDS or noun_key(word) != fold(word):
        return []
    from xlate.text.word_classes import is_listed, has_class   # read only for a glossary's names, once per run (ctx.shared)
    if not has_class(language, word, "noun") or has_class(language, word, "adj"):
        return []   # "Nueva York", "Gran Santo Domingo"
    if len(words) == 2 and category.lower() not in _BODIES and not after_article \
            and is_listed(language, fold(words[1] if head == words[0] else words[0]).lower()):
        return []   # two words of the language are a name of their own: "Costa Rica", "Puerto Rico" are no coast, no port
    if language == "es":
        from xlate.text.counted_nouns import english_singular
        english = english_singular(fold(word), "es")
        if english != fold(word) and a_thing(english):
            return [word, english]
    return [word]


def a_thing(noun: str) -> bool:
    """Whether an English noun (a Spanish one's translation: "planta", plant) names a thing a story may be
    about, by its first sense in WordNet (word_classes' meanings): a work, a place, a body of people, a
    substance, an act ("the modernization", "the cuts"). Not a person (the story's people are
    stories.PERSON), a part of one ("The head of the department"), a time or an occasion ("El viernes",
    "This time", "el éxito"), a quantity, a report, a quality, a feeling; not a noun the table gives no
    meaning."""
    from xlate.text.word_classes import has_class   # the lexicon is read only when asked
    return has_class("en", noun, *THING_SENSES)


# The WordNet senses of a noun that names a thing a story may be about (a_thing); ledger's _THING_CLASSES is
# written from them.
THING_SENSES = tuple(f"n.{sense}" for sense in ("act", "animal", "artifact", "food", "group", "location", "object",
                                                 "plant", "possession", "substance"))


@lru_cache(maxsize=65536)
def cognate_nouns(first: str, second: str) -> bool:
    """One noun in the two languages: "the prison" and "Prisión Central", "the stadium" and "Estadio
    BBVA" (Spanish writes an e before s and a consonant: estadio, estación)."""
    if min(len(first), len(second)) < 4 or first[:1] != second[:1] and "e" not in (first[:1], second[:1]):
        return False
    return likely_cognates(first, second) or likely_cognates(_without_prothetic_e(first), _without_prothetic_e(second))


def _without_prothetic_e(word: str) -> str:
    """estadio -> stadio: the e Spanish writes before s and a consonant (a string test: this runs
    for every pair of nouns a document's descriptions compare)."""
    return word[1:] if len(word) > 2 and word.startswith("es") and word[2] not in "aeiou" else word


class WantedNouns:
    """The nouns a document's definite descriptions use, indexed for descriptions: the wanted
    nouns a described noun stands for (itself if wanted, else its cognates by cognate_nouns).
    A described noun is compared only with the wanted nouns that can be its cognates: those of four
    letters or more whose content key, with the prothetic e or without it as likely_cognates
    compares them, begins with the same letter and has a length difflib's ratio allows. Each
    noun's answer is kept for the document (a name's nouns recur at every mention)."""

    def __init__(self, wanted: set[str]):
        self.wanted = wanted
        # (with the prothetic e?, initial of the content key) -> (wanted noun, content key's length)
        self.index: dict[tuple[bool, str], list[tuple[str, int]]] = {}
        for word in sorted(wanted):
            if len(word) >= 4:   # cognate_nouns: shorter nouns are no cognates
                for bare, (initial, length) in zip((False, True), _content_forms(word)):
                    self.index.setdefault((bare, initial), []).append((word, length))
        self.found: dict[str, list[str]] = {}
        self._things: list[str] | None = None   # the wanted nouns of built things and places (_one_thing)

    def matching(self, key: str) -> list[str]:
        if key in self.wanted:
            return [key]
        if key not in self.found:
            cognates = [word for word in self._candidates(key) if cognate_nouns(key, word)] if len(key) >= 4 else []
            self.found[key] = cognates or self._one_thing(key)
        return self.found[key]

    def _one_thing(self, key: str) -> list[str]:
        """The wanted nouns that name one thing with key (one_thing_named), in order. Only nouns of built
        things and places can: of the wanted nouns only those that are are asked, listed once per document,
        and nothing is asked of a key where none is (a third of the documents of real news) or that is no
        such noun (a document notes some thousand nouns)."""
        if self._things is None:
            self._things = [word for word in sorted(self.wanted) if _built_or_place(word)]
        if not self._things or not _built_or_place(key):
            return []
        return [word for word in self._things if one_thing_named(key, word)]

    def _candidates(self, key: str) -> dict[str, None]:
        candidates: dict[str, None] = {}
        for bare, (initial, size) in zip((False, True), _content_forms(key)):
            for word, length in self.index.get((bare, initial), ()):
                # difflib's ratio is at most 2 * min / sum (its real_quick_ratio); equal words, equal lengths
                if 2.0 * min(size, length) / (size + length) >= 0.75:
                    candidates[word] = None
        return candidates


def one_thing_named(described: str, wanted: str) -> bool:
    """Whether a noun a name or a description is written with and the noun of a definite description name one
    thing by WordNet (text.word_concepts): synonyms, or one the other's broader term ("the spire" of the "Tower
    of Jesus Christ", "la fábrica" of "la planta", "the route" of the "Bioceanic Road Corridor"). Only nouns of
    built or natural things and places (_BUILT_OR_PLACE, by their first WordNet sense), in either language through
    their English words: bodies of people share too many synonyms ("the association", "the institute")."""
    from xlate.text.word_concepts import one_concept   # read only for a description no noun or cognate resolves
    return described != wanted and _built_or_place(described) and _built_or_place(wanted) \
        and one_concept(described, wanted)


@lru_cache(maxsize=65536)   # asked of each noun a name or a description is written with: some 9,000 over real-news en+es
def _built_or_place(key: str) -> bool:
    from xlate.text.counted_nouns import english_singular
    from xlate.text.word_classes import has_class
    english = english_singular(key, "en") if has_class("en", key, "noun", "plural") else english_singular(key, "es")
    return bool(english) and has_class("en", english, *_BUILT_OR_PLACE)


_BUILT_OR_PLACE = ("n.artifact", "n.location", "n.object")


@lru_cache(maxsize=65536)
def _content_forms(noun: str) -> tuple[tuple[str, int], tuple[str, int]]:
    """(first letter, length) of a noun's content key, as written and without the prothetic e: what
    WantedNouns indexes and looks up by (a name's nouns recur in every document that names it)."""
    return tuple((key[:1], len(key)) for key in (content_key(noun), content_key(_without_prothetic_e(noun))))


NAME_WORD = patterns.compile(r"\p{L}[\p{L}\p{M}-]+")


@lru_cache(maxsize=65536)   # a name recurs in its document and across the corpus
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name as NAME_WORD reads them (it looks at nothing around a word, so a name's
    words are those its mention's span holds)."""
    return tuple(NAME_WORD.findall(name))


@lru_cache(maxsize=65536)
def folded_name_words(name: str) -> tuple[str, ...]:
    return tuple(map(fold, name_words(name)))
_NOTE_WORD = patterns.compile(r"\b[\p{Ll}][\p{L}-]{3,}")


@lru_cache(maxsize=65536)
def noun_key(noun: str) -> str:
    key = fold(noun)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


# The forms of verbs, as the word-class lexicon names them: a word in one of them and no noun is what
# the thing does ("dropped", "bajado", "recorre"), not the thing a length is of, nor a class a name is
# described with ("Honduras abre cárcel").
_VERB_FORMS = {"en": ("past", "participle", "verb_s", "ing"), "es": ("finite", "participle", "gerund", "infinitive")}


@lru_cache(maxsize=4096)
def verb_form(word: str, language: str | None = None) -> bool:
    """Whether word is a verb's form and no noun: in English or Spanish, the first of the two that lists it as
    either deciding; or, given the text's language, in that one alone, where its base form counts too ("Ya hay
    190 kilómetros": "hay" is an English noun, a Spanish verb)."""
    from xlate.text.word_classes import bit, class_masks   # the lexicon is read only when asked
    key = word.lower()
    if language is None:
        asked = _VERB_FORMS.items()
    else:
        asked = [(language, ("verb", *_VERB_FORMS[language]))] if language in _VERB_FORMS else []
    for asked_language, forms in asked:
        mask = class_masks(asked_language).get(key, 0)
        if mask & bit(asked_language, "noun"):
            return False
        if any(mask & bit(asked_language, form) for form in forms):
            return True
    return False
