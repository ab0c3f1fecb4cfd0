from conftest import run_rules, texts


def test_casing_slip_of_an_acronym():
    [f] = run_rules("He first visited Cecot in 2024 and returned this week.", "XL102")
    assert f.text == "Cecot" and f.suggestions == ("CECOT",)


def test_accent_slip_of_a_spanish_name_kept_in_english():
    [f] = run_rules("El Pais broke the news in Spain on Friday.", "XL102")
    assert f.suggestions == ("El País",) and (f.column, f.end_column) == (1, 8)


def test_correct_forms_and_sentence_start_capitals_are_fine():
    text = "CECOT holds 15,000 inmates. El País reported it. Mega-prison conditions are harsh, the report says."
    assert run_rules(text, "XL102") == []


def test_lowercase_term_with_wrong_accent_is_a_slip_in_spanish():
    found = run_rules("El Gobierno decretó el regimen de excepción en marzo y lo prorrogó otra vez.", "XL102")
    assert texts(found) == ["regimen de excepción"]


AMLO = '''
[[concept]]
id = "amlo"
keep_spanish = true
es = "Andrés Manuel López Obrador"
abbr = ["AMLO"]
'''


def test_accent_slip_in_the_tail_of_a_long_name():
    [f] = run_rules("Former president Lopez Obrador left office in 2024.", "XL102", AMLO)
    assert (f.text, f.suggestions) == ("Lopez Obrador", ("López Obrador",))


def test_tail_of_a_long_name_written_right_or_in_other_case_is_fine():
    assert run_rules("López Obrador spoke; AMLO, as he is known, and his LÓPEZ OBRADOR banner.", "XL102", AMLO) == []


def test_names_in_capitals_in_datelines_and_headings_are_style():
    text = "EL PAÍS REPORTS ON THE PRISON VISIT\nCECOT, El Salvador (AP) — The prison held many."
    assert run_rules(text, "XL102") == []


def test_a_name_in_lower_case_that_is_an_ordinary_phrase_is_not_the_name():
    text = "El presidente dijo que el país necesita reformas. El Pais publicó la nota y el pais no."
    assert texts(run_rules(text, "XL102")) == ["El Pais", "el pais"]
