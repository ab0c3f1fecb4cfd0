from conftest import run_rules, texts


def test_deprecated_english_variant_suggests_preferred():
    [f] = run_rules("Kast visited the Detention Center Against Terrorism on Friday.", "XL101")
    assert (f.code, f.kind, f.text) == ("XL101", "rendering", "Detention Center Against Terrorism")
    assert f.suggestions == ("Terrorism Confinement Center",)
    assert (f.line, f.column, f.end_column) == (1, 18, 52)


def test_deprecated_variant_in_any_case_is_still_deprecated():
    assert texts(run_rules("The government extended the Exception Regime again and again this year.", "XL101")) == [
        "Exception Regime"]


def test_preferred_and_admitted_forms_are_fine():
    assert run_rules("Kast toured the Terrorism Confinement Center (CECOT) in the state of exception.", "XL101") == []


def test_spanish_deprecated_variant_in_spanish_copy():
    [f] = run_rules("El gobierno prorrogó el régimen excepcional por otro mes y los presos siguen sin juicio.",
                    "XL101")
    assert f.suggestions == ("régimen de excepción",)
