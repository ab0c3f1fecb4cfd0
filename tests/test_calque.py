import pytest

from conftest import run_rules, texts

SUPREME = '''
[[concept]]
id = "corte-suprema"
es = "Corte Suprema de Justicia"
en = "Supreme Court"
'''


@pytest.mark.parametrize("calque", [
    "Center of Confinement of Terrorism",
    "Center of Terrorism Confinement",
    "Centre for the Confinement of Terrorism",
])
def test_reordered_content_words_are_a_calque(calque):
    [f] = run_rules(f"Kast toured the {calque} on Friday, officials said.", "XL103")
    assert (f.kind, f.text, f.suggestions) == ("rendering", calque, ("Terrorism Confinement Center",))


def test_one_extra_word_mirroring_the_spanish_name():
    assert texts(run_rules("The Supreme Court of Justice ruled on Monday.", "XL103", SUPREME)) == [
        "Supreme Court of Justice"]


def test_unrelated_extra_word_is_not_a_calque():
    assert run_rules("The Supreme Court Building was closed on Monday.", "XL103", SUPREME) == []


def test_preferred_form_and_partial_mentions_are_fine():
    text = "The Terrorism Confinement Center is vast. The Confinement Center staff declined to comment."
    assert run_rules(text, "XL103") == []


def test_listed_deprecated_forms_are_left_to_xl101():
    assert run_rules("He visited the Detention Center Against Terrorism.", "XL103") == []


def test_word_for_word_from_the_spanish_in_lowercase():
    found = run_rules("The government extended the regime of exception for another month.", "XL103")
    assert [(f.text, f.suggestions) for f in found] == [("regime of exception", ("state of exception",))]


def test_word_for_word_with_cognates_of_every_spanish_word():
    toml = SUPREME.replace('"Corte Suprema de Justicia"', '"Suprema Corte de Justicia de la Nación"')
    assert texts(run_rules("The Supreme Court of Justice of the Nation ruled on Monday.", "XL103", toml)) == [
        "Supreme Court of Justice of the Nation"]


def test_english_order_of_cognates_is_not_a_calque():
    toml = '[[concept]]\nid = "prisons"\nes = "sistema penitenciario"\nen = "prison system"\n'
    assert run_rules("Officials said the penitentiary system was overcrowded.", "XL103", toml) == []


def test_long_word_for_word_rendering_in_shifted_order():
    toml = SUPREME.replace('"Corte Suprema de Justicia"', '"Suprema Corte de Justicia de la Nación"')
    assert texts(run_rules("The Court Supreme of Justice of the Nation ruled on Monday.", "XL103", toml)) == [
        "Court Supreme of Justice of the Nation"]


def test_four_word_rendering_with_one_word_translated_rather_than_mirrored():
    toml = '[[concept]]\nid = "bcra"\nes = "Banco Central de la República Argentina"\nen = "Central Bank of Argentina"\n'
    assert texts(run_rules("The Bank Central of the Argentine Republic raised rates.", "XL103", toml)) == [
        "Bank Central of the Argentine Republic"]


def test_three_word_names_need_every_word_mirrored():
    toml = '[[concept]]\nid = "cgt"\nes = "Confederación General del Trabajo"\nen = "General Confederation of Labor"\n'
    assert run_rules("The General Council of Workers met on Monday.", "XL103", toml) == []


def test_unrelated_word_does_not_stand_in_for_a_spanish_one():
    toml = ('[[concept]]\nid = "sebin"\nes = "Servicio Bolivariano de Inteligencia Nacional"\n'
            'en = "Bolivarian National Intelligence Service"\n')
    assert run_rules("Agents of the Bolivarian National Intelligence arrived.", "XL103", toml) == []


PEOPLE = '''
[[concept]]
id = "natalia-espinoza-perez"
category = "person"
keep_spanish = true
es = "Natalia Espinoza Pérez"
en = "Natalia Espinoza Pérez"

[[concept]]
id = "comision-nacional-electoral"
category = "institution"
keep_spanish = true
es = "Comisión Nacional Electoral"
en = "Comisión Nacional Electoral"
'''


def test_another_order_of_a_persons_name_is_another_person_not_a_calque():
    assert run_rules("Natalia Pérez Espinoza spoke to reporters on Monday.", "XL103", PEOPLE) == []


def test_a_name_kept_in_spanish_that_is_no_person_can_still_be_calqued():
    found = run_rules("The Commission National Electoral met on Monday.", "XL103", PEOPLE)
    assert [(f.text, f.suggestions) for f in found] == [
        ("Commission National Electoral", ("Comisión Nacional Electoral",))]


def test_a_name_inside_a_glossary_term_is_left_alone_but_not_elsewhere():
    toml = SUPREME + '\n[[concept]]\nid = "ruling"\nen = "Supreme Court of Justice ruling"\nes = "fallo de la Corte"\n'
    text = "The Supreme Court of Justice ruling stands. Later the Supreme Court of Justice met."
    [f] = run_rules(text, "XL103", toml)
    assert (f.text, f.column) == ("Supreme Court of Justice", text.rindex("Supreme") + 1)
