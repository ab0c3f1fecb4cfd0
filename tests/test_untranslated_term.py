from conftest import run_rules, texts


def test_spanish_common_noun_in_english_copy():
    [f] = run_rules("The president toured a megacarcel located south of the capital.", "XL201")
    assert (f.kind, f.text, f.suggestions) == ("untranslated", "megacarcel", ("mega-prison",))


def test_with_accent_too():
    assert texts(run_rules("The megacárcel holds 40,000 inmates, the government says.", "XL201")) == ["megacárcel"]


def test_glossed_spanish_is_fine():
    text = ("The régimen de excepción (state of exception) is in force, and the Terrorism Confinement Center "
            "(Centro de Confinamiento del Terrorismo) is full.")
    assert run_rules(text, "XL201") == []


def test_spanish_names_kept_in_english_are_fine():
    assert run_rules("El País and the rest of the press were there, as they were in the capital.", "XL201") == []


def test_spanish_copy_is_not_untranslated():
    assert run_rules("La megacárcel tiene capacidad para 40.000 reos y es la más grande de la región.", "XL201") == []


def test_plural_of_a_spanish_noun_suggests_the_english_plural():
    [f] = run_rules("Two megacárceles are planned in the region, officials said.", "XL201")
    assert (f.text, f.suggestions) == ("megacárceles", ("mega-prisons",))


def test_spanish_introduced_as_a_name_is_fine():
    assert run_rules("The new prison, known in Spanish as the megacárcel, opened in 2023.", "XL201") == []


def test_spanish_explained_right_after_is_fine():
    assert run_rules('They live in a "megacárcel", or mega-prison, as locals call it.', "XL201") == []


OLLAS = '[[concept]]\nid = "olla-comun"\nes = "olla común"\nen = "community soup kitchen"\n'


def test_spanish_noun_phrase_plural_agrees_in_every_word():
    [f] = run_rules("Volunteers run ollas comunes across the suburbs of the capital.", "XL201", OLLAS)
    assert (f.text, f.suggestions) == ("ollas comunes", ("community soup kitchens",))


def test_spanish_plural_in_spanish_copy_is_not_a_slip():
    assert run_rules("Las ollas comunes de la capital reciben menos fondos que el año pasado.", "XL102,XL201",
                     OLLAS) == []


def test_english_term_in_spanish_copy_suggests_the_glossarys_spanish_term():
    [f] = run_rules("Los reos fueron trasladados al Terrorism Confinement Center el martes por la noche.", "XL201")
    assert (f.text, f.suggestions) == ("Terrorism Confinement Center", ("Centro de Confinamiento del Terrorismo",))
    assert f.message == ('"Terrorism Confinement Center" is English; in Spanish copy write '
                         '"Centro de Confinamiento del Terrorismo"')


def test_english_term_glossed_in_spanish_copy_is_fine():
    text = ("El Centro de Confinamiento del Terrorismo (Terrorism Confinement Center) abrió en 2023, "
            "según el gobierno de El Salvador.")
    assert run_rules(text, "XL201") == []


def test_english_common_noun_capitalised_in_a_name_is_fine_in_spanish_copy():
    toml = '[[concept]]\nid = "dd-hh"\nes = "derechos humanos"\nen = "human rights"\n'
    assert run_rules("Lo dijo el director de Human Rights Watch en una rueda de prensa en Lima.", "XL201", toml) == []
    [f] = run_rules("El informe denuncia violaciones de los human rights en las cárceles del país.", "XL201", toml)
    assert f.suggestions == ("derechos humanos",)
