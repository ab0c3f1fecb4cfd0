"""Part of speech as evidence for XL401's Spanish sound-alikes (xlate/rules/confusable_sound.py): the
word written cannot stand where its neighbours put it, and the sound-alike can, read from the Spanish
lexicon (xlate/text/word_classes.py), as confusable_slots.py reads the English one:

- after a determiner that is nothing else, a noun or an adjective, never a word that is only a
  finite verb: "sus vienes" (bienes), "una sepa resistente" (cepa), "del cause" (cauce); so too
  after "la", "los", "las" where they can only be articles, after a preposition or a finite verb
  ("embargó los vienes", "cruzaron la cierra"): elsewhere they are pronouns before a verb as well
  ("la tuvo", "los vienes a buscar"), and no pronoun follows a preposition or, without "que", a
  finite verb. Not after "el" (often "él" unaccented: "el tuvo que irse", "para el tuvo"), "lo",
  "este", "esta" (esté, está): their own entries are hand-written;
- after a pronoun that stands only before a verb (me, te, se, nos, os, le, les), a finite verb,
  never a word of no verb form: "me ciento mal" (siento), "se tubo que ir" (tuvo).

Nothing is concluded from a word the lexicon lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from xlate.text.word_classes import has_class, is_listed, only_of

DETERMINERS = frozenset({"un", "una", "unos", "unas", "del", "al", "su", "sus", "cada", "nuestro", "nuestra",
                         "nuestros", "nuestras", "vuestro", "vuestra", "vuestros", "vuestras", "sendos", "sendas",
                         "aquel", "aquella", "aquellos", "aquellas"})
CLITICS = frozenset({"me", "te", "se", "nos", "os", "le", "les"})
# Articles that are pronouns before a verb too ("la tuvo"), and what only an article follows
ARTICLE_OR_PRONOUN = frozenset({"la", "los", "las"})
PREPOSITIONS = frozenset({"a", "ante", "bajo", "con", "contra", "de", "desde", "durante", "en", "entre", "hacia",
                          "hasta", "mediante", "para", "por", "según", "sin", "sobre", "tras"})
VERB_FORMS = ("verb", "finite", "infinitive", "gerund", "participle")


def _after_a_determiner(before_left: str | None, left: str) -> bool:
    return left in DETERMINERS or (left in ARTICLE_OR_PRONOUN and before_left is not None and (
        before_left in PREPOSITIONS or _only(before_left, "verb", "finite")))


def _a_noun_not_a_verb(written: str, right: str) -> bool:
    return _only(written, "verb", "finite") and _is(right, "noun", "adj", "nominal")


def _after_a_clitic(before_left: str | None, left: str) -> bool:
    return left in CLITICS


def _a_finite_verb(written: str, right: str) -> bool:
    return not _is(written, *VERB_FORMS) and _is(right, "finite")


class Slot(NamedTuple):
    """A place a word's part of speech is judged in: the words that open it, whether the words before
    make it (before_left, left), and whether it takes right and never written, wherever it stands."""
    openers: frozenset[str]
    here: Callable[[str | None, str], bool]
    takes: Callable[[str, str], bool]
    says: str                    # what it takes, in a finding's message


SLOTS = (
    Slot(DETERMINERS | ARTICLE_OR_PRONOUN, _after_a_determiner, _a_noun_not_a_verb,
         "tras un determinante va un nombre o un adjetivo"),
    Slot(CLITICS, _after_a_clitic, _a_finite_verb, "tras un pronombre átono va un verbo conjugado"),
)
# The words right before each slot: what XL401 screens a generated suspect's places by
# (confusable_sound.words_before_a_slot)
SLOT_OPENERS = frozenset().union(*(slot.openers for slot in SLOTS))


def spanish_slots_say(before_left: str | None, left: str | None, written: str, right: str) -> str | None:
    """What the slot after left takes, said in Spanish for a finding's message, when it takes right
    and never written; None when no slot decides (before_left, left: the lowercased words before,
    None for a mark or a sentence's edge)."""
    if left is None or not (_known(written) and _known(right)):
        return None
    for slot in SLOTS:
        if slot.here(before_left, left) and slot.takes(written, right):
            return slot.says
    return None


def any_slot_takes(written: str, right: str) -> bool:
    """Whether some slot, wherever it stands, takes right and never written: a generated pair no slot
    can judge is no suspect (confusable_sound.may_be_judged)."""
    return any(slot.takes(written, right) for slot in SLOTS)


def _only(word: str, *classes: str) -> bool:
    return only_of("es", word, *classes)


def _known(word: str) -> bool:
    return is_listed("es", word)


def _is(word: str, *classes: str) -> bool:
    return has_class("es", word, *classes)
