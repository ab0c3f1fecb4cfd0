"""Part of speech as evidence for XL401 (xlate/rules/confusable.py): the word written cannot stand
where its neighbours put it, and the sound-alike can. One test for every English confusion whose
two words differ in part of speech, read from the lexicon (xlate/text/word_classes.py), so a set no
pattern was written for is judged as the others are:

- after a modal, the base form of a verb: "will advice" (advise), "could breath" (breathe), or
  an adverb before it ("can quite easily");
- after "to" and before what opens its object, a verb: "to advice the minister";
- after a determiner or a noun's possessive, a noun or an adjective, never a word that is only a
  verb: "the advise of" (advice), "the government's advise", "a lose screw" (loose), unless an
  adverb ("the quite simple rule");
- after a determiner and an adjective, the same: "a new waive of protests" (wave), "the same
  advise to" (advice);
- after a subject pronoun, a finite verb: "they advice" (advise), "he lead the march" (led: a
  third person's present takes -s); after "who" whose noun is one person, a third person's:
  "the general who lead the coup", "the former mayor, who lead the city" (led);
- after a form of "be" and before "by" (a passive), a participle: "was lead by" (led);
- after "have" and before what opens its object, a participle: "had past the checkpoint"
  (passed), "has lead the party" (led);
- after a form of "be" and before a mark or what opens a clause, no bare verb but a predicate:
  "the bolts were lose when" (loose);
- after a plural noun that is its subject and before what opens its object, a verb: "officials
  advice travellers" (advise), "economists breath the" (breathe);
- after "be" and before a preposition that a passive takes (from, into, off...), a participle and
  no noun: "was throne from his horse" (thrown);
- after a word of degree ("very", "the most") and before a noun, an adjective: "the most populace
  city" (populous).

Nothing is concluded from a word the lexicon lacks, nor for a word of two parts of speech that
can fill the slot either way ("will effect change" and "will affect them" both read): that is the
word pairs' and the patterns' part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from xlate.text.word_classes import ASKING_OPENERS, MODALS, has_class, is_listed, only_of

# What stands before a noun phrase's head and nowhere else ("that" and "her" are pronouns as well)
DETERMINERS = frozenset({"the", "a", "an", "his", "its", "their", "our", "my", "your", "these", "those",
                         "every", "each"})
OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me", "her"})
# What opens the object of a verb after "to" ("to advise the minister", "to advise them")
OBJECT_OPENERS = DETERMINERS | OBJECT_PRONOUNS | frozenset({"this", "that", "it"})
# What opens the object of "have" ("had passed the checkpoint", "has lead them")
HAVE_OBJECT_OPENERS = DETERMINERS | OBJECT_PRONOUNS
THIRD_PERSON = frozenset({"he", "she"})
OTHER_PERSONS = frozenset({"i", "we", "they"})
# Before a subject, these make a question or a wish ("does he lead", "may they lose"): no finite verb
ASKING = MODALS | frozenset({"do", "does", "did", "let", "that", "not"})
BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
HAVE = frozenset({"have", "has", "had", "having", "'ve"})
NEGATIONS = frozenset({"not", "never"})
# What opens a clause or a phrase after a predicate ("were loose when inspectors arrived")
CLAUSE_OPENERS = frozenset({"when", "after", "before", "and", "but", "or", "because", "since", "until", "while",
                            "in", "on", "at", "for", "from", "by", "during", "as", "if", "though", "although"})
PREPOSITIONS = frozenset({"of", "in", "on", "at", "by", "for", "with", "from", "about", "into", "to", "over",
                          "under", "through", "after", "before", "without", "against", "between", "among"})


def part_of_speech_says(before_left: str | None, left: str | None, written: str, right: str,
                        following: str | None, antecedent: str | None = None,
                        verbs_as_nouns: bool = False) -> str | None:
    """What the slot between left and following takes, said for a finding's message ("a modal takes
    a verb"), when it takes right and never written; None when no slot decides (neighbours are
    lowercased words, None for a mark or a sentence's edge; antecedent: the word before "who" even
    across a comma). With verbs_as_nouns, a verb after a determiner is taken as a noun made from it
    ("the write failed", "a tease"), as English makes one of any verb: the lexicon lists only the
    nouns that are common."""
    if left is None or not (_known(written) and _known(right)):
        return None
    for slot in SLOTS:
        if not (verbs_as_nouns and slot.after_a_determiner) and slot.takes_right_only(
                before_left, left, written, right, following, antecedent):
            return slot.says
    return None


def _verb_after_modal(before_left, left, written, right, following, antecedent) -> bool:
    after_modal = left in MODALS or (left == "not" and before_left in MODALS)
    return after_modal and _base_verb_only_in_right(written, right)


def _base_verb_only_in_right(written: str, right: str) -> bool:
    """A verb's base form is wanted: right is one, and written is neither a verb nor an adverb that
    may stand before one ("can quite easily")."""
    return not _is(written, "verb", "adv") and _is(right, "verb")




def question_verb_says(written: str, right: str, following: str | None,
                       asked: Callable[[], str | None]) -> str | None:
    """What a question's modal takes after its subject ("Did the court advice them to appeal?"): the
    verb's base form, before what opens its object, a pronoun or a plural that is no verb's -s form. A
    noun there is the subject's own head ("Will the health advice change?" reads "advice" as the
    subject), so only an object after it makes it the verb. asked() gives the modal or "do" that
    opened the question, the subject standing between (XL401 finds it), or None: it is called last,
    as the words decide most places first, the word after before any other."""
    object_after = following in OBJECT_OPENERS or (
        following is not None and _is(following, "plural") and not _is(following, "verb_s", "verb"))
    if object_after and _known(written) and _known(right) and _base_verb_only_in_right(written, right) \
            and asked() in ASKING_OPENERS:
        return "a question's modal takes a verb after its subject"
    return None


def _verb_after_to(before_left, left, written, right, following, antecedent) -> bool:
    """ "to" is a preposition too ("listened to advice"): only with an object after it is it the
    infinitive's, and only a word of no verb form at all is wrong there."""
    return (left == "to" and following in OBJECT_OPENERS and not _is(written, *VERB_FORMS)
            and _is(right, "verb"))


def _noun_phrase_after_determiner(before_left, left, written, right, following, antecedent) -> bool:
    return ((left in DETERMINERS or _possessive(left)) and not _is(written, "noun", "plural", "adj", "adv", *NON_FINITE)
            and _is(right, "noun", "plural", "adj"))


def _noun_after_determiner_and_adjective(before_left, left, written, right, following, antecedent) -> bool:
    """An adjective that is nothing else, after a determiner, still opens a noun phrase ("a new
    wave", "the same advice"): a word that is only a verb cannot end it."""
    return (before_left in DETERMINERS and _only(left, "adj") and _only(written, "verb")
            and _is(right, "noun", "plural"))


def _finite_after_subject(before_left, left, written, right, following, antecedent) -> bool:
    """A subject pronoun takes a finite verb: a past, or a present that agrees ("he leads", "they
    lead"); an adverb may stand between ("they then", "he also"), so a word that may be one
    decides nothing."""
    if before_left in ASKING:
        return False
    if left in THIRD_PERSON:
        finite = ("past", "verb_s")
    elif left in OTHER_PERSONS:
        finite = ("past", "verb")
    else:
        return False
    return not _is(written, "adv", *finite) and _is(right, *finite)


def _finite_after_who(before_left, left, written, right, following, antecedent) -> bool:
    """"who" after one person's noun is a third person ("the general who leads", "the mayor, who
    led"): a verb's base form cannot follow it. Only a person's noun that is no plural: a group
    ("the team who lead") takes a plural verb in British use, and "who" after a verb is a question's."""
    return (left == "who" and antecedent is not None and _is(antecedent, "noun") and not _is(antecedent, "plural")
            and _means(antecedent, "n.person") and not _is(written, "adv", "past", "verb_s")
            and _is(right, "past", "verb_s"))


# Prepositions a passive's participle takes besides "by" ("thrown from", "led away"), and none a noun
# after "be" takes as readily as "by" ("was president from 2010" is a noun and no participle)
PASSIVE_PREPOSITIONS = frozenset({"from", "into", "onto", "off", "out", "away"})


def _participle_in_passive(before_left, left, written, right, following, antecedent) -> bool:
    """"be" + a word + "by" is a passive; before from, into, off... too, where a noun or a verb's
    base form with no determiner is rare ("was throne from his horse"); an adjective, an adverb or
    another form of a verb may stand there ("was home from", "was lying from")."""
    if left not in BE or not _is(right, "participle"):
        return False
    if following == "by":
        return not _is(written, "participle", "adj", "ing")
    return following in PASSIVE_PREPOSITIONS and not _is(written, "participle", "adj", "ing", "adv", "past")


def _participle_after_have(before_left, left, written, right, following, antecedent) -> bool:
    """ "have" + an object is the perfect's participle ("had passed the checkpoint"); a noun there
    would be have's object, which no second object follows ("has lead the" reads no way). An
    adverb may stand between ("has only the", "had twice the"), so a word that is nothing else
    decides nothing; "not" or "never" may stand before the participle."""
    after_have = left in HAVE or (left in NEGATIONS and before_left in HAVE)
    return (after_have and following in HAVE_OBJECT_OPENERS and not _only(written, "adv")
            and not _is(written, "participle") and _is(right, "participle"))


def _predicate_after_be(before_left, left, written, right, following, antecedent) -> bool:
    """A bare verb is no predicate of "be" ("the bolts were lose"): an adjective is. Only before a
    mark or what opens another clause or phrase, since "all they did was lose the game" makes the
    verb "be"'s subject."""
    return (left in BE and (following is None or following in CLAUSE_OPENERS)
            and not _is(written, "noun", "plural", "adj", "adv", *NON_FINITE) and _is(written, "verb")
            and _is(right, "adj"))


def _verb_after_plural_subject(before_left, left, written, right, following, antecedent) -> bool:
    """People, a plural noun of no other class, then a noun and an object's opener read as a
    subject, its verb and its object ("officials advice the public"). Only people: a plural of
    things is often a noun's modifier, and the noun the head of a phrase a clause follows ("the
    sales advice the firm gave"); a plural that is a verb's -s form too may be that verb ("he
    rates advice the"), and one after a preposition ends another phrase."""
    return (_is(left, "plural") and _only(left, "plural", "noun")
            and _means(left, "n.person", "n.group")
            and before_left not in PREPOSITIONS
            and following in OBJECT_OPENERS and not _is(written, *VERB_FORMS, "adj", "adv")
            and _is(right, "verb"))


# Words of degree that stand before an adjective and never before a noun ("very" does: "the very man",
# so it must not follow a determiner); "most" and "least" only after "the" ("most people")
DEGREE = frozenset({"very", "extremely", "highly", "so", "too", "increasingly"})
SUPERLATIVE_DEGREE = frozenset({"most", "least"})


def _adjective_after_degree(before_left, left, written, right, following, antecedent) -> bool:
    """A word of degree before a noun phrase's head asks for an adjective: "the most populace city"
    (populous). A noun that is nothing else cannot stand there."""
    degree = ((left in SUPERLATIVE_DEGREE and before_left == "the")
              or (left in DEGREE and before_left not in DETERMINERS))
    return (degree and (following is None or _is(following, "noun", "plural")) and _only(written, "noun")
            and _is(right, "adj"))


def any_slot_takes(written: str, right: str) -> bool:
    """Whether a slot a generated sound-alike is read in (confusable_sound.sound_alike_says: not a
    determiner's) can take right and never written, wherever it stands: right a verb form and
    written none (a modal's, "to"'s, a subject's, "have"'s or a passive's verb), written only a verb
    form and right an adjective ("be"'s predicate), or written only a noun and right an adjective
    (after a word of degree)."""
    if _is(written, *VERB_FORMS):
        return _only(written, *VERB_FORMS) and _is(right, "adj") and not _is(right, *VERB_FORMS)
    return _is(right, *VERB_FORMS) or (_only(written, "noun") and _is(right, "adj"))


class Slot(NamedTuple):
    """A place the neighbours make, which takes some parts of speech and not others."""
    takes_right_only: Callable[..., bool]   # (before_left, left, written, right, following, antecedent)
    says: str                               # what it takes, in a finding's message
    openers: frozenset[str]                 # the words that stand right before it
    after_a_determiner: bool = False        # says nothing where a verb may be a noun ("the write failed")


SLOTS = (
    Slot(_verb_after_modal, "a modal takes a verb", MODALS | {"not"}),
    Slot(_verb_after_to, '"to" before an object takes a verb', frozenset({"to"})),
    Slot(_noun_phrase_after_determiner, "a determiner takes a noun or an adjective", DETERMINERS, True),
    Slot(_noun_after_determiner_and_adjective, "a determiner and an adjective take a noun", frozenset(), True),
    Slot(_finite_after_subject, "a subject pronoun takes a verb that agrees with it", THIRD_PERSON | OTHER_PERSONS),
    Slot(_finite_after_who, '"who" after one person takes a verb in the third person', frozenset({"who"})),
    Slot(_participle_in_passive, "a passive takes a participle", BE),
    Slot(_participle_after_have, '"have" before its object takes a participle', HAVE | NEGATIONS),
    Slot(_predicate_after_be, '"be" before a mark or a clause takes an adjective', BE),
    # opened by a plural noun, a class of the lexicon (confusable_sound.words_before_a_slot)
    Slot(_verb_after_plural_subject, "a plural subject before an object takes a verb", frozenset()),
    Slot(_adjective_after_degree, "a word of degree takes an adjective", DEGREE | SUPERLATIVE_DEGREE),
)
# The words right before each slot but a determiner's, the slots a generated sound-alike is read in:
# what XL401 screens its places by (confusable_sound.words_before_a_slot)
SLOT_OPENERS = frozenset().union(*(slot.openers for slot in SLOTS if not slot.after_a_determiner))


def _possessive(word: str) -> bool:
    """A noun's possessive stands where a determiner does ("the government's advice"); a pronoun's
    "'s" is "is" or "has" ("it's", "there's", "let's": none is a noun of the lexicon)."""
    stem = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("s'") else None
    return bool(stem) and _is(stem, "noun", "plural") and stem not in CONTRACTED


# Words whose "'s" is mostly "is", "has" or "us", though the lexicon has them as nouns ("one" a number)
CONTRACTED = frozenset({"it", "he", "she", "that", "there", "here", "what", "who", "where", "how", "let",
                        "one", "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "today"})


VERB_FORMS = ("verb", "past", "participle", "ing", "verb_s")
NON_FINITE = ("participle", "ing", "past")


def _only(word: str, *classes: str) -> bool:
    return only_of("en", word, *classes)


def _means(word: str, *senses: str) -> bool:
    """The first sense of the noun (WordNet's, read by word_classes.Meanings) is one of senses."""
    return has_class("en", word, *senses)


def _known(word: str) -> bool:
    return is_listed("en", word)


def _is(word: str, *classes: str) -> bool:
    """The lexicon lists word in any of the classes."""
    return has_class("en", word, *classes)
