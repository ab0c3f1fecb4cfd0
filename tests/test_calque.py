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
