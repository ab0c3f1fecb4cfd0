"""XL401's confusion sets generated from sound (xlate/rules/confusable_sound.py and the shipped table
xlate/data/homophones-en.tsv): a sound-alike of another part of speech is caught in a slot its
neighbours make, without a hand-written entry; the word used rightly, a verb made a noun, a slip of
inflection and a compound are left alone; a hand-written entry keeps its words."""

import pytest

from xlate.core.document import Document
from xlate.rules.confusable import Confusable401
from xlate.rules.confusable_data import load_confusables
from xlate.rules.confusable_sound import (HOMOPHONES_FILE, confusables_with_sound_alikes, generated_pairs,
                                          hand_written_words, sound_alike_pairs, sound_alikes_to_generate)
from xlate.rules.context import Context
from xlate.text.word_classes import PARTS_OF_SPEECH, class_masks, mask_of


def flagged(sentence: str, language: str = "en") -> list[tuple[str, str]]:
    doc = Document("t.txt", sentence, language_hint=language)
    return [(f.text, f.suggestions[0]) for f in Confusable401().check(doc, Context())]


@pytest.mark.parametrize("sentence, wrong, right", [
    ("Officials said the rules would lesson the burden on farmers.", "lesson", "lessen"),   # a modal's verb
    ("The new rules could not lesson the burden on farmers.", "lesson", "lessen"),        # modal + not
    ("The reforms would lesson inequality within a decade.", "lesson", "lessen"),         # a noun only after it
    ("Prosecutors said they would seas the assets of the governor.", "seas", "seize"),
    ("He said I sea the problem clearly.", "sea", "see"),                # the pronoun after a lowercase word
    ("Yesterday I sea the problem clearly.", "sea", "see"),             # ... or an adverb opening a sentence
    ("Now I sea the problem clearly.", "sea", "see"),
])
def test_a_sound_alike_of_the_wrong_class_is_caught_without_an_entry(sentence, wrong, right):
    assert (wrong, right) in flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "The new rules could lessen the burden on farmers.",
    "The lesson of the crisis is that reserves matter.",
    "Teachers will lesson plan together on Fridays.",        # a compound used as a verb
    "The undo button was hidden in the menu.",                # a verb made a noun after a determiner
    "Vim keeps the undo file beside the text.",
    "When the write fails, the buffer is kept.",
    "The firm has build quality problems, the report said.",  # both verbs: a slip of inflection if any
    "Workers will cell phone their supervisors if the line stops.",   # a compound used as a verb
    "The dam burst after the storm.",                         # a noun the lexicon lacks is no pair
    # "to" a preposition, its object a noun: no infinitive ("to lesson the tax" is left unread too)
    "The fleet put to sea the next day.",
    "They worked from morning to night this week.",
    "The prisoner was moved from cell to cell the whole night.",
    "The delegates walked from hall to hall the entire afternoon.",
    "Fishermen went back to sea this morning.",
    # "I" the numeral of a name, no subject
    "The navy's new carrier began Phase I sea trials in May.",
    "Veterans recalled their World War I days in the trenches.",
    "In Act I the heroine sings alone.",
    "Phase I sea trials began in May.",                       # a noun opening the sentence with it
    "Chapter I days are the hardest, the author wrote.",
])
def test_right_uses_conversions_inflections_and_compounds_are_left_alone(sentence):
    assert flagged(sentence) == []


def test_the_table_holds_common_words_of_different_parts_of_speech():
    classes, speech = class_masks("en"), mask_of("en", *PARTS_OF_SPEECH["en"])
    lines = [line.split("\t") for line in HOMOPHONES_FILE.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert len(lines) > 100
    for written, meant in (map(str.strip, line) for line in lines):
        assert classes[written] & speech != classes[meant] & speech, (written, meant)
    assert ("lessen", "lesson") in sound_alike_pairs() and ("lesson", "lessen") in sound_alike_pairs()


def test_a_word_of_a_hand_written_entry_gets_no_generated_one():
    hand = load_confusables()
    named = hand_written_words(hand)
    merged = confusables_with_sound_alikes()
    assert {"peak", "peek", "capital", "capitol"} <= named
    for word in ("peak", "peek", "capitol", "Peak"):
        assert [e.id for e in merged[word]] == [e.id for e in hand[word]]
    for language in ("en", "es"):
        named = hand_written_words(hand, language)
        generated = [e for entries in merged.values() for e in entries if e.sound_alike and e.language == language]
        assert generated and not any(set(e.forms) & named or set(e.forms.values()) & named for e in generated)
        assert all(e.id.startswith(f"{language}-sound-") for e in generated)
    assert "tuvo" in hand_written_words(hand, "es") and [e.id for e in merged["tuvo"]] == [e.id for e in hand["tuvo"]]


def test_the_shipped_generated_pairs_equal_a_fresh_build():
    """xlate/data/sound-alikes.tsv is what scripts/build_sound_alikes.py makes of today's data file,
    homophone tables and slots: a change to any of them without a rebuild fails here."""
    fresh = tuple(sound_alikes_to_generate(load_confusables()))
    assert len(fresh) > 100 and {language for language, _, _ in fresh} == {"en", "es"}
    assert generated_pairs() == fresh, "stale: rebuild it with python scripts/build_sound_alikes.py"


@pytest.mark.parametrize("sentence, language, slot", [
    ("The rules would lesson the burden.", "en", "a modal takes a verb"),
    ("La fiscalía pidió congelar sus vienes ya.", "es", "tras un determinante va un nombre o un adjetivo"),
    ('"Me ciento traicionado", declaró.', "es", "tras un pronombre átono va un verbo conjugado"),
])
def test_the_message_says_the_two_sound_alike_and_which_slot_decided(sentence, language, slot):
    doc = Document("t.txt", sentence, language_hint=language)
    [finding] = Confusable401().check(doc, Context())
    assert finding.message.endswith(slot)
    for word in (finding.text, finding.suggestions[0]):
        assert finding.message.count(f'"{word}"') == 1      # each word named once


@pytest.mark.parametrize("sentence, wrong, right", [
    ("La fiscalía pidió congelar sus vienes mientras dure el proceso.", "vienes", "bienes"),   # a determiner's noun
    ('"Me ciento traicionado", declaró el exministro.', "ciento", "siento"),                   # a pronoun's verb
    ("Los científicos aislaron una sepa nueva del virus.", "sepa", "cepa"),
    ("Los rescatistas cruzaron la cierra a pie.", "cierra", "sierra"),      # an article after a finite verb
    ("Vivían al pie de la cierra.", "cierra", "sierra"),                     # ... and after a preposition
])
def test_a_spanish_sound_alike_of_the_wrong_class_is_caught(sentence, wrong, right):
    assert (wrong, right) in flagged(sentence, "es")


@pytest.mark.parametrize("sentence", [
    "El presidente congeló sus bienes en el extranjero.",
    "¿Vienes a la reunión del lunes?",
    "Siento mucho lo ocurrido, dijo el portavoz.",
    "No quiero que nadie sepa lo que pasó.",
    "La cepa nueva es más contagiosa.",
    "El agua bajaba por el cause del río.",      # after "el" (often "él"): left to the hand-written entries
    "Los vienes a buscar mañana.",               # "los" is a pronoun before a verb too
    "Si la puerta está abierta, la cierra él mismo.",   # a pronoun after a mark and a subject
    "Luego la cierra con llave.",
])
def test_spanish_right_uses_and_ambiguous_determiners_are_left_alone(sentence):
    assert flagged(sentence, "es") == []


def test_the_spanish_table_reads_spelling_as_sound():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from scripts.build_homophones import spanish_sound
    assert spanish_sound("tuvo") == spanish_sound("tubo")
    assert spanish_sound("ciento") == spanish_sound("siento")
    assert spanish_sound("vaya") == spanish_sound("valla")
    assert spanish_sound("hecho") == spanish_sound("echo")
    assert spanish_sound("agua") != spanish_sound("haga")        # "gua": the u is heard
    assert spanish_sound("guerra") == "gerra" and spanish_sound("chico") == "chiko"
    assert ("vienes", "bienes") in sound_alike_pairs("es")


def test_through_the_cli_a_generated_set_is_a_finding_and_a_right_use_exits_clean(tmp_path):
    import json
    from click.testing import CliRunner
    from xlate.cli import main
    wrong, right = tmp_path / "wrong.md", tmp_path / "right.md"
    wrong.write_text("Officials said the rules would lesson the burden on farmers.\n", encoding="utf-8")
    right.write_text("The lesson of the crisis is that reserves matter.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "XL401", "--engine", "none", "--format", "json",
                                       str(wrong)], catch_exceptions=False)
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["text"], finding["suggestions"][:1]) == ("XL401", "lesson", ["lessen"])
    result = CliRunner().invoke(main, ["check", "--select", "XL401", "--engine", "none", str(right)],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert wrong.read_text(encoding="utf-8").startswith("Officials said the rules would lesson")   # unchanged
