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

from xlate.text.word_classes import class_masks, has_class, mask_of

DETERMINERS = frozenset({"un", "una", "unos", "unas", "del", "al", "su", "sus", "cada", "nuestro", "nuestra",
                         "nuestros", "nuestras", "vuestro", "vuestra", "vuestros", "vuestras", "sendos", "sendas",
                         "aquel", "aquella", "aquellos", "aquellas"})
CLITICS = frozenset({"me", "te", "se", "nos", "os", "le", "les"})
# Articles that are pronouns before a verb too ("la tuvo"), and what only an article follows
ARTICLE_OR_PRONOUN = frozenset({"la", "los", "las"})
PREPOSITIONS = frozenset({"a", "ante", "bajo", "con", "contra", "de", "desde", "durante", "en", "entre", "hacia",
                          "hasta", "mediante", "para", "por", "según", "sin", "sobre", "tras"})
# The words right before each slot (confusable_sound.words_before_a_slot): a new slot adds its words here
SLOT_OPENERS = DETERMINERS | CLITICS | ARTICLE_OR_PRONOUN
PARTS_MASK = mask_of("es", "noun", "adj", "nominal", "verb", "finite", "infinitive", "gerund", "participle")


def spanish_slots_say(before_left: str | None, left: str | None, written: str, right: str) -> str | None:
    """What the slot after left takes, said in Spanish for a finding's message, when it takes right
    and never written; None when no slot decides (before_left, left: the lowercased words before,
    None for a mark or a sentence's edge)."""
    if left is None or not (_known(written) and _known(right)):
        return None
    if _noun_phrase_after_determiner(before_left, left, written, right):
        return "tras un determinante va un nombre o un adjetivo"
    if _finite_after_clitic(left, written, right):
        return "tras un pronombre átono va un verbo conjugado"
    return None


def _noun_phrase_after_determiner(before_left: str | None, left: str, written: str, right: str) -> bool:
    article = left in DETERMINERS or (left in ARTICLE_OR_PRONOUN and before_left is not None and (
        before_left in PREPOSITIONS or _only(before_left, "verb", "finite")))
    return article and _only(written, "verb", "finite") and _is(right, "noun", "adj", "nominal")


def _finite_after_clitic(left: str, written: str, right: str) -> bool:
    return (left in CLITICS and not _is(written, "verb", "finite", "infinitive", "gerund", "participle")
            and _is(right, "finite"))


def _only(word: str, *classes: str) -> bool:
    """The lexicon lists word in these classes and in no other."""
    mask = class_masks("es").get(word, 0)
    return bool(mask) and not mask & ~mask_of("es", *classes) & PARTS_MASK


def _known(word: str) -> bool:
    return word in class_masks("es")


def _is(word: str, *classes: str) -> bool:
    return has_class("es", word, *classes)
