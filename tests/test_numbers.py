"""Reading numbers written in digits as values, in either language's convention."""

from decimal import Decimal

import pytest

from xlate.text.numbers import numbers_in, spelled_numbers_in, spelled_values


@pytest.mark.parametrize("text, values", [
    ("40.000 reos", ["40000"]),
    ("40,000 inmates", ["40000"]),
    ("40\u00a0000 reos", ["40000"]),
    ("2,5 y 2.5", ["2.5", "2.5"]),
    ("1.234.567,89 = 1,234,567.89", ["1234567.89", "1234567.89"]),
    ("$115 million", ["115000000"]),
    ("115 millones de dólares", ["115000000"]),
    ("1,5 mil millones y 40 mil", ["1500000000", "40000"]),
    ("the 1st and 21st, el 1.º", ["1", "21", "1"]),
])
def test_values(text, values):
    assert [n.value for n in numbers_in(text)] == [Decimal(v) for v in values]


@pytest.mark.parametrize("text", ["a las 10:30", "el 15/03/2024", "G20", "the 1990s", "10km", "COVID19"])
def test_times_slash_dates_and_glued_digits_are_not_numbers(text):
    assert numbers_in(text) == []


def test_spelled_small_numbers():
    assert spelled_values("Tres detenidos, two officers and a dozen") == {Decimal(3), Decimal(2), Decimal(12)}


@pytest.mark.parametrize("text, values", [
    ("doce mil presos", [12000]),
    ("twenty-five thousand people", [25000]),
    ("dos millones de dólares", [2000000]),
    ("a million dollars", [1000000]),
    ("ciento veinte reos y treinta y dos guardias", [120, 32]),
    ("one hundred and five", [105]),
    ("mil personas", [1000]),
    ("a doce mil", [12000]),          # the article is not a number
    ("one of them, a day, millones de personas", []),
    ("entre cinco y seis horas", [5, 6]),   # "y" joins a ten and its unit only: two numbers, not eleven
    ("between two and three years", [2, 3]),
    ("cuarenta y cinco y seis", [45, 6]),
    ("two thousand and ten", [2010]),   # "and" after a scale joins what follows
    ("dos mil quinientos habitantes", [2500]),   # words after a scale are the same number
    ("two million five hundred thousand", [2500000]),
    ("mil quinientos", [1500]),
    ("between two thousand and three thousand", [2000, 3000]),   # a scale as large again starts a number
    ("a million and a half", [1000000]),   # the article ends it
    ("de cinco a seis horas", [5, 6]),   # "a" after a number's first word ends it: not 12
    ("de ocho mil a diez mil pesos", [8000, 10000]),
    ("one hundred a day", [100]),
    ("Costó cuarenta y un millones de dólares", [41000000]),   # "y un" after a ten is the unit, not an article
    ("treinta y un mil votos", [31000]),
    ("treinta y una mujeres", [31]),
    ("seventy-one", [71]),   # a number ending in the unit one is a number
    ("ciento uno", [101]),
    ("cincuenta y un años", [51]),
    ("one hundred one", [101]),
    ("a thousand one nights", []),   # "one" after a scale is no unit: left as before
    ("medio millón de personas", [500000]),   # half the scale after "medio"
    ("en medio de mil personas", [1000]),   # "medio" before no scale of a million or more is no number
])
def test_spelled_numbers(text, values):
    assert [n.value for n in spelled_numbers_in(text)] == [Decimal(v) for v in values]
