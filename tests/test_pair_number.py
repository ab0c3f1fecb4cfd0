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


def test_each_language_s_way_with_decades_centuries_units_times_and_words_agrees():
    spanish = ("En los años 90 y en el siglo XIX hubo doce mil presos.\n\n"
               "El tren recorre 60 kilómetros y sale a las 21 horas.\n\nSetenta personas llegaron.\n")
    english = ("In the 1990s and in the 19th century there were 12,000 prisoners.\n\n"
               "The train covers 60km and leaves at 9pm.\n\nSeventy people arrived.\n")
    assert pair_findings(spanish, english, code="XL702") == []


def test_a_real_slip_beside_those_forms_is_still_reported():
    spanish = "En los años 90 hubo doce mil presos y 94 muertos; la deuda es de 3,2 billones.\n"
    english = "In the 1990s there were 12,000 prisoners and 93 dead; the debt is 3.2 billion.\n"
    assert [f.text for f in pair_findings(spanish, english, code="XL702")] == ["93", "3.2 billion"]


def test_decades_in_words_weeks_in_days_rounds_times_and_abbreviated_scales_agree():
    spanish = ("Estudió allí a finales de los años 80 y volvió en la década de 1950.\n\n"
               "Se votará en los próximos 15 días, a las 7:30 de la mañana.\n\n"
               "El equipo pasó a los octavos de final y su cohete Ariane 5 costó 30 millones de euros.\n\n"
               "Hamás gobierna a 1,7 millones de personas.\n")
    english = ("He studied there in the late Eighties and came back in the '50s.\n\n"
               "The vote is due within two weeks, at 7.30 a.m.\n\n"
               "The team reached the last 16 and its Ariane5 rocket was a 30-million-euro project.\n\n"
               "Hamas governs 1.7m people.\n")
    assert pair_findings(spanish, english, code="XL702") == []


def test_a_real_slip_beside_the_newer_forms_is_still_reported():
    spanish = "A finales de los años 80 murieron 94 personas en los próximos 15 días.\n"
    english = "In the late Eighties 93 people died within the next two weeks.\n"
    assert [f.text for f in pair_findings(spanish, english, code="XL702")] == ["93"]
    # three weeks are not quince días: a changed span of time is still reported
    [f] = pair_findings("Se votará en los próximos 15 días.\n", "The vote is due within three weeks.\n",
                        code="XL702")
    assert "15" in f.message


def test_each_pattern_of_other_forms_holds_what_its_screen_looks_for():
    """pair_number._found looks for a pattern only where its screen finds something: every match
    must hold the screen's match, or a form would be missed where the screen finds nothing."""
    from xlate.rules.pair_number import _SCREENS
    text = ("In the 1990s and the '50s, 60km, 1.7m, 9pm, Ariane5 and G-20; the Eighties, the late NINETIES; "
            "at 6:30 or 6.30 a.m.; two weeks, a WEEK, 3 weeks, a fortnight; los octavos de final, CUARTOS DE FINAL; "
            "siglo XIX, siglos XV y XVI.")
    for pattern, screen in _SCREENS.items():
        matches = [m.group() for m in pattern.finditer(text)]
        assert matches and all(screen.search(match) for match in matches), pattern.pattern
