"""XL801 on the restatement classes issue 20 names: two articles that state one fact in two ways, or two facts
that look alike, are no contradiction; the same pair with one figure changed is one, where the rule compares
such figures (the control shows the pair agrees, not that nothing is compared). Where it does not (a range, a
change's level, a whole a part is taken from are set aside: recall left to win), the control is "".
Sentences of this file's own, in both languages."""

from __future__ import annotations

import pytest

from test_facts import facts_findings

# (class, first article, second article, the second with a figure that contradicts the first, or "")
CLASSES = [
    ("rounding", "The Izalco prison holds 15,214 inmates.", "La cárcel de Izalco alberga a unos 15.000 reos.",
     "La cárcel de Izalco alberga a unos 12.000 reos."),
    ("rounding", "La cárcel de Izalco alberga a 2.489 reos.", "The Izalco prison holds nearly 2,500 inmates.",
     "The Izalco prison holds nearly 2,000 inmates."),
    ("converted units", "Izalco lies 75 kilometers from San Salvador.", "Izalco está a 47 millas de San Salvador.",
     "Izalco está a 60 millas de San Salvador."),
    ("converted units", "El embalse de Izalco cubre 30 kilómetros cuadrados.", "The Izalco reservoir covers 3,000 hectares.",
     "The Izalco reservoir covers 5,000 hectares."),
    ("approximation's reach", "More than 200 Venezuelans were deported to Izalco.",
     "Izalco recibió a 250 venezolanos deportados.", "Izalco recibió a 150 venezolanos deportados."),
    ("approximation's reach", "Casi 300 migrantes llegaron a Izalco.", "296 migrants arrived in Izalco.",
     "320 migrants arrived in Izalco."),
    ("other dates or periods", "Izalco recibió 2 millones de visitantes en 2024.",
     "Izalco received 2.5 million visitors in 2025.", "Izalco received 2.5 million visitors in 2024."),
    ("other dates or periods", "The Izalco plant exported 1,200 tonnes last year.",
     "La planta de Izalco exportó 1.500 toneladas en 2019.", "La planta de Izalco exportó 1.500 toneladas el año pasado."),
    ("capacity vs population", "The Izalco prison has capacity for up to 40,000 inmates.",
     "La cárcel de Izalco alberga a unos 15.000 reos.", ""),
    ("capacity vs population", "El estadio de Izalco tiene capacidad para 53.500 espectadores.",
     "The Izalco stadium was filled by 41,000 spectators on Sunday.", ""),
    ("part vs whole", "Izalco freed 12 of its 40 inmates.", "La cárcel de Izalco tiene 40 reos.", ""),
    ("part vs whole", "Los vuelos cubrieron 1.600 kilómetros cuadrados de la reserva de Izalco.",
     "The Izalco reserve covers about 2.1 million hectares.", ""),
    ("totals vs increments", "Izalco's population rose by 5,000 to 95,000 inhabitants.",
     "Izalco tiene 95.000 habitantes.", ""),
    ("totals vs increments", "La deuda de Izalco aumentó en 300 millones de dólares.",
     "Izalco's debt stands at $4.2 billion.", ""),
    ("ranges", "The Izalco prison holds between 65 and 70 prisoners.", "La cárcel de Izalco alberga a 68 reos.", ""),
    ("ranges", "El viaje a Izalco dura entre cinco y seis horas.", "The trip to Izalco takes five and a half hours.", ""),
    ("another entity of the same kind", "The Izalco plant employs 2,000 workers.",
     "La planta de Omoa emplea a 800 trabajadores.", "La planta de Izalco emplea a 800 trabajadores."),
    ("another entity of the same kind", "El puerto de Izalco movió 1,2 millones de contenedores.",
     "The port of Omoa handled 300,000 containers.", "The port of Izalco handled 300,000 containers."),
    ("before vs after a change", "Izalco raised the park's entry fee from $30 to $45.",
     "La entrada al parque de Izalco costaba 30 dólares.", ""),
    ("before vs after a change", "Izalco redujo las horas de visita de 70 a 60 horas semanales.",
     "Izalco cut visiting hours to 60 hours a week.", ""),
]


@pytest.mark.parametrize("kind, first, second, contradiction", CLASSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLASSES)])
def test_a_restatement_of_each_class_is_no_contradiction(kind, first, second, contradiction):
    assert not facts_findings(first, second)
    if contradiction:
        assert facts_findings(first, contradiction)
