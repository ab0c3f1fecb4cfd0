"""XL702: numbers that differ between a Spanish original and its English translation."""

from test_pair_rendering import pair_findings


def test_a_changed_figure_is_reported_at_the_english_number():
    [f] = pair_findings("Caben 40.000 reos y costó 115 millones de dólares.\n",
                        "It holds 4,000 inmates and cost $115 million.\n", code="XL702")
    assert (f.line, f.column, f.text, f.kind) == (1, 10, "4,000", "rendering")
    assert "a.es.md:1 says 40.000, 115 millones" in f.message


def test_equal_values_in_either_convention_pass():
    assert pair_findings("Caben 40.000 reos; costó 1,5 mil millones el 15 de marzo de 2024.\n",
                         "It holds 40,000 inmates; it cost 1.5 billion on March 15, 2024.\n", code="XL702") == []


def test_small_numbers_may_be_words_on_the_other_side():
    assert pair_findings("Detuvieron a 3 personas.\n", "Three people were arrested.\n", code="XL702") == []


def test_a_number_missing_from_the_translation_is_reported_on_its_line():
    [f] = pair_findings("Intro.\n\nHubo 91.000 detenidos.\n", "Intro.\n\nMany people were detained.\n",
                        code="XL702")
    assert (f.line, f.text) == (3, "Many people were detained.")
    assert '"91.000" (a.es.md:3) is missing' in f.message
