"""XL202 untranslated-word: Spanish words the glossary does not cover, left in English copy."""

from conftest import run_rules, texts

from xlate.lint.steps import check_documents
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document

MANO_DURA_TOML = '''
[[concept]]
id = "mano-dura"
es = "mano dura"
en = "iron fist"
'''


class FakeEngine:
    def __init__(self):
        self.calls = []

    def translate(self, texts, source, target):
        self.calls.append((texts, source, target))
        return ["iron fist" for _ in texts]


def untranslated(text: str, **kwargs) -> list:
    return run_rules(text, "XL202", **kwargs)


def test_spanish_run_in_english_copy():
    [f] = untranslated("The government defended its mano dura policy in the region and the press.")
    assert (f.code, f.kind, f.text, f.suggestions) == ("XL202", "untranslated", "mano dura", ())
    assert "Spanish" in f.message


def test_spanish_without_accents_and_with_joining_words():
    text = "He spoke of the estado de excepcion in the country and of the press."
    assert texts(untranslated(text, toml="")) == ["estado de excepcion"]


def test_a_long_common_spanish_word_on_its_own():
    assert texts(untranslated("It was the presidente of the country who said it to the press.")) == ["presidente"]


def test_a_lone_word_english_writes_often_is_english():
    assert untranslated("It works the other way, and vice versa, as the intro of the manual says.") == []
    assert texts(untranslated("The vice versa argument about mano dura policy failed.")) == ["mano dura"]


def test_a_lone_word_that_is_an_english_word_with_two_letters_swapped_is_left_to_xl301():
    assert untranslated("The committee said it will procede with the vote on Tuesday.") == []   # proceed
    assert texts(untranslated("It was the presidente of the country who said it to the press.")) == ["presidente"]


def test_inflected_spanish_counts_too():
    text = "Police say the pandillas recruit teenagers in the poorer districts of the capital."
    assert texts(untranslated(text)) == ["pandillas"]


def test_lone_words_that_are_short_rare_or_english_are_not_findings():
    text = "The penitenciario system, the red van and the plaza of the barrio were in the news."
    assert untranslated(text) == []


def test_glossed_spanish_is_fine():
    assert untranslated("The mano dura (iron fist) policy is popular with the voters of the country.") == []
    assert untranslated("The iron fist (mano dura) policy is popular with the voters of the country.") == []


def test_glossary_terms_are_left_to_the_glossary_rule():
    text = "The government defended its mano dura policy in the region and the press."
    assert untranslated(text, toml=MANO_DURA_TOML) == []


def test_spanish_the_dictionary_lacks_is_not_guessed():
    # "megacárcel" is in no dictionary; the glossary rule XL201 reports it when the glossary has it.
    assert untranslated("The president toured a megacarcel located south of the capital.", toml="") == []


def test_names_and_spanish_copy_are_fine():
    assert untranslated("The report by Socorro Jurídico and Mano Dura Films was read in the country.") == []
    assert untranslated("El gobierno defendió su política de mano dura en la región y ante la prensa.") == []


def test_engine_suggests_a_translation():
    engine = FakeEngine()
    ctx = Context(config=Config(select={"XL202"}), engine=engine)
    doc = Document("doc.md", "The government defended its mano dura policy in the region and the press.")
    [f] = check_documents([doc], ctx)
    assert f.suggestions == ("iron fist",) and '"iron fist"' in f.message
    assert engine.calls == [(["mano dura"], "es", "en")]


def test_the_words_a_run_needs_are_found_without_the_spanish_readings_of_english_words():
    from xlate.rules.untranslated_word import spanish_frequency, spanish_only_frequency
    from xlate.spelling import run_dictionaries
    dictionaries = run_dictionaries(Context())
    en, es = dictionaries["en"], dictionaries["es"]
    words = ["mano", "dura", "seguridad", "cárcel", "carcel", "de", "la", "con", "the", "policy",
             "Mano", "covid-19", "l'estat", "prison", "pandillas"]
    frequencies = {w: spanish_frequency(w, en, es) for w in words}
    assert {w: spanish_only_frequency(w, en, es) for w in words} == {w: f or 0 for w, f in frequencies.items()}
    assert frequencies["de"] == 0 and frequencies["the"] is None and frequencies["Mano"] is None
    assert frequencies["seguridad"] > 0 and frequencies["carcel"] > 0
