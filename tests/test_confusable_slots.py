"""XL401's part-of-speech evidence (xlate/rules/confusable_slots.py), through the rule and the shipped
data: each slot catches a word of the wrong class where no pattern of its entry is written for the
frame, and leaves the right class, an adverb in the slot, and a question alone."""

import pytest

from xlate.core.document import Document
from xlate.rules.confusable import Confusable401
from xlate.rules.confusable_slots import part_of_speech_says
from xlate.rules.context import Context


def flagged(sentence: str) -> list[tuple[str, str]]:
    doc = Document("t.txt", sentence, language_hint="en")
    return [(f.text, f.suggestions[0]) for f in Confusable401().check(doc, Context())]


@pytest.mark.parametrize("sentence, wrong, right", [
    ("He lead the rebels into the capital in 1959.", "lead", "led"),              # a subject's finite verb
    ("They advice caution to anyone travelling to the border.", "advice", "advise"),
    ("We advice all passengers to check their flights.", "advice", "advise"),
    ("The breathe of the injured climber was shallow.", "breathe", "breath"),     # a determiner's noun
    ("The agency will aide the reconstruction of the towns.", "aide", "aid"),      # a modal's verb
    ("Frosted panels give a defuse light across the room.", "defuse", "diffuse"),  # a determiner's adjective
    ("Farmers ignored the ministry's advise to wait.", "advise", "advice"),        # a possessive as determiner
])
def test_a_word_of_the_wrong_class_for_its_slot_is_flagged(sentence, wrong, right):
    assert (wrong, right) in flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "They lead the polls by six points, according to the latest survey.",
    "Could the president lead the country through another crisis?",
    "Does she lead the committee, or does her deputy?",
    "The agency will aid the families of the victims.",
    "A loose coalition of parties backed the candidate.",
    "The aide to the minister resigned on Monday.",
    "This can quite easily be supported.",               # an adverb after a modal
    "The quite inconsequent fellow was managed like a puppet.",   # an adverb after a determiner
    "Officials advise against travel to the region.",
    "Let's advise the families first.",                 # a pronoun's 's: "let us"
    "The doctor's advice was ignored.",
])
def test_the_right_class_an_adverb_or_a_question_is_left_alone(sentence):
    assert flagged(sentence) == []


def test_nothing_is_concluded_from_a_word_the_lexicon_lacks_or_at_a_mark():
    assert part_of_speech_says(None, "will", "advice", "advise", "the")
    assert not part_of_speech_says(None, None, "advice", "advise", "the")
    assert not part_of_speech_says(None, "will", "adviceqq", "advise", "the")


@pytest.mark.parametrize("sentence, wrong, right", [
    ("By dawn the column had past the border post.", "past", "passed"),          # have + an object
    ("The coach has lead the squad to two titles.", "lead", "led"),
    ("The screws on the railing were lose when the inspectors came.", "lose", "loose"),   # be's predicate
    ("Engineers advice the owners to close the building.", "advice", "advise"),  # a plural subject's verb
])
def test_the_slots_of_have_be_and_a_plural_subject(sentence, wrong, right):
    assert (wrong, right) in flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "The nominee has past convictions for fraud.",        # past as an adjective before a noun
    "The paint had lead in it, the report found.",        # lead as have's object
    "The council has only the mayor's word for it.",      # an adverb after have
    "All they did was lose the game.",                    # a verb as be's subject
    "Most of the bolts were loose when the inspectors came.",
])
def test_the_same_slots_leave_other_readings_alone(sentence):
    assert flagged(sentence) == []


def test_only_people_are_read_as_the_subject_before_a_noun_and_an_object():
    assert part_of_speech_says(None, "officials", "breath", "breathe", "the")
    assert not part_of_speech_says(None, "sales", "breath", "breathe", "the")     # a modifier: "the sales breath"
    assert not part_of_speech_says("of", "officials", "breath", "breathe", "the")


@pytest.mark.parametrize("sentence, wrong, right", [
    ("Did the court advice its clerks to appeal?", "advice", "advise"),      # no other evidence: the slot alone
    ("How could the young climbers breath the thin air?", "breath", "breathe"),
    ("Will the new agency aide the towns?", "aide", "aid"),
    ("The question is, will the new agency aide the towns?", "aide", "aid"),   # not at the sentence's start
    ("Nor will the new agency aide the towns.", "aide", "aid"),                 # an inversion
])
def test_a_question_s_modal_takes_a_verb_after_its_subject(sentence, wrong, right):
    assert (wrong, right) in flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "Will the health advice change?",                 # the noun is the subject's head: no object follows
    "Did the government's advice help them?",         # a possessive's noun
    "Officials asked whether the court advice was clear.",  # no modal opens the question
    "Why did the doctors' advice change?",
])
def test_a_question_s_subject_is_not_read_as_its_verb(sentence):
    assert flagged(sentence) == []
