"""XL801 on the restatement classes issue 20 names: two articles that state one fact in two ways, or two facts
that look alike, are no contradiction; the same pair with one figure changed is one, where the rule compares
such figures (the control shows the pair agrees, not that nothing is compared). Where it does not (a range, a
change's level, a whole a part is taken from are set aside: recall left to win), the control is "".
Sentences of this file's own, in both languages."""

from __future__ import annotations

import pytest

from test_facts import facts_findings, statements
from xlate.rules.facts.measures import PERSON_TESTS, person_noun

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


# Classes that blind-written tuning sets and the ledger over real news showed (session 15), each with the sentence
# pair that the rule reported before its mechanism: (class, first article, second article).
FOUND_LATER = [
    # another entity of the same kind: a country written alike in both languages opens the sentence, so it is its
    # subject, not the formation the sentence before named (bench/facts-dev10's K-less false finding)
    ("a country opening a sentence", "The Izalco formation produced about 610,000 barrels a day in October.",
     "La formación Izalco produjo en octubre 490.000 barriles diarios.\n\nArgentina produce en total unos 850.000 barriles diarios."),
    ("a country opening a sentence", "La formación Izalco produjo en octubre unos 610.000 barriles diarios.",
     "The Izalco formation produced 490,000 barrels a day in October.\n\nChile produces about 850,000 barrels a day in all."),
    # part vs whole, two entities' parts: a gapped clause states the second country's figure, so the sentence is a
    # list, and the lake's area another story's
    ("a gapped clause", "PUNO, Perú — El lago Izalco bajó 37 centímetros desde marzo, según el servicio meteorológico de "
     "Bolivia.\n\nLos unos 8.500 kilómetros cuadrados del lago se reparten entre Perú y Bolivia.",
     "LIMA — El cultivo de coca creció en los Andes el año pasado.\n\nPerú tenía unas 92.000 hectáreas y Bolivia unas "
     "31.000, según la agencia."),
    # an age is no duration: years a person has (tener, "a sus"), a person noun "de N años", a name's apposition
    ("an age", "El alcalde de Izalco, Juan Pérez, tiene 64 años y gobierna la ciudad.",
     "Izalco mayor Juan Pérez has governed the city for 12 years."),
    ("an age", "El agresor de 31 años fue detenido en Izalco, según la policía de Izalco.",
     "The attacker was detained in Izalco after 30 years on the run, Izalco police said."),
    ("an age", "Ana Ruiz, 45 años, dirige la planta de Izalco desde hace años.", "Ana Ruiz has run the Izalco plant for 20 years."),
]


@pytest.mark.parametrize("kind, first, second", FOUND_LATER, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND_LATER)])
def test_a_pair_of_a_class_found_later_gives_no_finding_on_the_restating_line(kind, first, second):
    last_line = second.count("\n") + 1
    assert ("b.md", last_line) not in {(finding.path, finding.line) for finding in facts_findings(first, second)}


@pytest.mark.parametrize("sentence, unit", [
    ("Peru had about 92,000 hectares and Bolivia roughly 31,000, the agency said.", "hectare"),
    ("Chile exportó 1,2 millones de toneladas de cobre y Perú unas 800.000, según el informe.", "tonne")])
def test_the_figure_of_a_gapped_clause_has_the_unit_of_the_one_before(sentence, unit):
    assert [s.unit for s in statements(sentence)] == [unit, unit]


@pytest.mark.parametrize("sentence", [
    "Ahora, Ana Ruiz tiene 40 años y dirige la planta.", "Tenía 49 años, cuando llegó a Izalco.",
    "Ana Ruiz todavía corre 10 kilómetros a sus 53 años.", "El agresor de 31 años fue detenido.",
    "Ana Ruiz, 22 años, una de las organizadoras, habló.", "A gentleman of 57 years was detained.",
    "Ana Ruiz fundó a los 47 años una escuela en Izalco.", "Ya tengo cuarenta años.", "Este abogado de 43 años habló.",
    "Children under 6 years of age ride free in Izalco.", "Izalco fines anyone 19 years or older.",
    "En Izalco, las personas de 65 años y más viajan gratis.", "The nurse from Izalco, 30 years, arrived first.",
    "Ana Ruiz, 45, fue detenida."])
def test_years_a_person_has_are_an_age(sentence):
    assert [s.measure for s in statements(sentence) if s.unit == "year"] == ["age"]


@pytest.mark.parametrize("sentence", [
    "La empresa firmó un contrato de 30 años con Izalco.", "Ana Ruiz tiene 40 años de experiencia en Izalco.",
    "Cuando cumplió 15 años trabajando como apoderado de Izalco, se retiró.", "He worked for ten years in Izalco.",
    "A los tres años de la tragedia, Izalco sigue igual.", "Izalco lived ten years of war.",
    # years in an office or a role (stories._OF_SOMETHING: como, en el cargo, al frente)
    "Ana Ruiz cumplió 12 años como alcaldesa de Izalco.", "Ana Ruiz cumple 8 años en el cargo en Izalco.",
    "Ana Ruiz tiene 6 años al frente de Izalco.", "Izalco, 30 años después, sigue igual."])
def test_years_of_something_are_no_age(sentence):
    assert "age" not in [s.measure for s in statements(sentence)]


# A noun for people by each of its three tests (measures.person_noun): the English word itself, any of the
# English nouns a word translates to (a workforce's noun), every one of them (an unnamed person's age).
@pytest.mark.parametrize("word, by_word, by_any, by_every", [
    ("fisherman", "fisherman", "fisherman", "fisherman"), ("minero", "", "miner", "miner"),
    ("contrato", "", "hire", ""), ("tipo", "", "guy", ""),   # "guy" gives "tipo" (the dictionary's other direction)
    ("asunto", "", "", "")])
def test_a_noun_for_people_by_each_test(word, by_word, by_any, by_every):
    assert [person_noun(word, test) for test in PERSON_TESTS] == [by_word, by_any, by_every]


# Restatements of the blind sets that one small change turned into false findings (session 15): (class, first
# article, second article, a pair of the same class whose figures disagree, which the rule does report).
A_SMALL_CHANGE_AWAY = [
    # a running total over the first days or weeks of something is no total of the whole, dated or not
    ("a running total over a first span", "The Izalco fleet has landed about 1.9 million tonnes this season.",
     "La flota de Izalco desembarcó 820.000 toneladas en las dos primeras semanas de la temporada.",
     ("The Izalco fleet landed 1.2 million tonnes in the first two weeks of the season.",
      "La flota de Izalco desembarcó 820.000 toneladas en las dos primeras semanas de la temporada.")),
    ("a running total over a first span", "La flota de Izalco ha desembarcado unos 1,9 millones de toneladas.",
     "The Izalco fleet landed 820,000 tonnes in the first two weeks of the season.", ()),
    # before vs after a change: a figure from the date a rule takes effect is not the figure of now
    ("a figure from a later date", "Under a new rule, no more than 1,500 people a day may enter the Izalco quarry, "
     "starting in November.", "Hoy entran unas 1.700 personas al día a la cantera de Izalco.",
     ("La cantera de Izalco admitirá hasta 1.500 personas al día, a partir de noviembre.",
      "The Izalco quarry will admit up to 2,500 people a day, starting in November.")),
    ("a figure from a later date", "Izalco cobrará una entrada de 100 dólares, a partir de enero.",
     "Izalco charges an entry fee of $150.",
     ("Izalco cobrará una entrada de 100 dólares, a partir de enero.",
      "Izalco will charge an entry fee of $150, starting in January.")),
    # a forecast for a later year is no figure of now: compared with an undated figure only when both foretell
    ("a forecast for a year", "The Izalco plant will employ 1,200 people once fully running in 2028.",
     "La planta de Izalco abrió con 700 trabajadores.",
     ("The Izalco plant will employ 1,200 people in 2028.", "La planta de Izalco empleará a 700 trabajadores.")),
    ("a forecast for a year", "En 2030, el metro de Izalco transportará 430.000 pasajeros al día.",
     "The Izalco metro carries 250,000 passengers a day.",
     ("En 2030, el metro de Izalco transportará 430.000 pasajeros al día.",
      "The Izalco metro carried 250,000 passengers a day in 2030.")),
    # a forecast is no figure of a time already past
    ("a forecast against a past date", "El ministerio de Izalco prevé una cosecha de unas 80.000 toneladas.",
     "Izalco's harvest was about 66,000 tons last year.",
     ("El ministerio de Izalco prevé una cosecha de unas 80.000 toneladas.", "Izalco's harvest will be about 66,000 tons.")),
    ("a forecast against a past date", "The Izalco plant will employ 2,000 people.",
     "La planta de Izalco empleaba a 1.500 trabajadores el año pasado.",
     ("The Izalco plant will employ 2,000 people.", "La planta de Izalco empleará a 1.500 trabajadores.")),
    # the size of each thing counted is no amount of the whole
    ("the size of each", "La temporada pasada Izalco exportó 5,2 millones de sacos de 60 kilos.",
     "Izalco exported some 312,000 tonnes of coffee last season.",
     ("La temporada pasada Izalco exportó 312 kilos de café.", "Izalco exported some 312,000 tonnes of coffee last season.")),
    # a surplus is a difference, in Spanish as in English
    ("a surplus", "La planta de Izalco vende a la red unos 160 megavatios de excedente.",
     "The Izalco plant generates about 320 megawatts.",
     ("La planta de Izalco vende a la red unos 160 megavatios.", "The Izalco plant sells about 320 megawatts to the grid.")),
    # what a thing gave or held, told in the past, is no other value of what it can give or hold
    ("a capacity and what was given", "The Izalco plant has a capacity of 460 megawatts.",
     "The Izalco plant generated 300 megawatts last year.",
     ("The Izalco plant has a capacity of 460 megawatts.", "The Izalco plant has 300 megawatts.")),
    # a death sentence is no death
    ("a death sentence", "Veinticinco personas han sido condenadas a muerte en Izalco.", "The uprising in Izalco killed 14 people.",
     ("Two people in Izalco have been sentenced to death.", "Cinco personas han sido condenadas a muerte en Izalco.")),
    ("a death sentence", "Un tribunal de Izalco condenará a muerte a 25 personas.", "The uprising in Izalco killed 14 people.",
     None),
    # a demand or a proposal is no value of what was agreed
    ("a demand and what was agreed", "Labor unions in Izalco had pushed for a 20% increase in the minimum wage.",
     "El incremento del salario mínimo de Izalco, de 12%, fue votado por unanimidad.",
     ("Labor unions in Izalco won a 20% increase in the minimum wage.",
      "El incremento del salario mínimo de Izalco, de 12%, fue votado por unanimidad.")),
    # the year so far up to a month is no figure of that month, and the last twelve months no year's
    ("the year up to a month", "TELA — Las farmacias de Izalco dispensaron 48,2 millones de unidades en octubre.",
     "TELA — Hasta octubre, las farmacias de Izalco dispensaron 470 millones de unidades.",
     ("TELA — Las farmacias de Izalco dispensaron 48,2 millones de unidades en octubre.",
      "TELA — En octubre, las farmacias de Izalco dispensaron 38 millones de unidades.")),
    ("the last twelve months", "Los precios de los medicamentos de Izalco subieron un 38% en los últimos doce meses.",
     "En 2026 los precios de los medicamentos de Izalco acumulan un alza del 29%.",
     ("Los precios de los medicamentos de Izalco subieron un 38% en 2026.",
      "En 2026 los precios de los medicamentos de Izalco acumulan un alza del 29%.")),
]


@pytest.mark.parametrize("kind, first, second, contradiction", A_SMALL_CHANGE_AWAY,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(A_SMALL_CHANGE_AWAY)])
def test_a_restatement_a_small_change_away_is_no_contradiction(kind, first, second, contradiction):
    assert not facts_findings(first, second)
    if contradiction:
        assert facts_findings(*contradiction)


@pytest.mark.parametrize("sentence, size", [
    ("El puerto de Izalco recibió 12 buques de 14.000 TEU en 2025.", "14.000 TEU"),
    ("Izalco llenó 30 tanques de 500 barriles.", "500 barriles"), ("Izalco llenó 30 tanques de 500 litros.", "500 litros"),
    ("Izalco sent 20 trucks of 40 tonnes.", "40 tonnes"), ("Izalco built three turbines of 5 megawatts.", "5 megawatts")])
def test_the_size_of_each_thing_counted_in_any_unit_of_size_is_a_rate(sentence, size):
    # what one ship, tank or truck holds is no amount of the whole, whatever unit of size it is in
    assert [s.compared for s in statements(sentence) if s.text == size] == ["rate"]


@pytest.mark.parametrize("sentence, figures", [
    ("Izalco sold its Z-159 jets.", []), ("The IZ-2 rocket was launched from Izalco.", []),
    ("Los dos aviones Z-159 volaron sobre Izalco.", ["dos aviones"]),
    ("El cohete Izalco-2 pesaba 32 kilos.", ["32 kilos"]),
    # a unit written again after the hyphen's figure: a range of two measures, no designation
    ("The Izalco trail runs 5 km-10 km.", ["5 km", "10 km"]), ("Izalco's melons weigh 3 kg-4 kg.", ["3 kg", "4 kg"]),
    ("Izalco's days reach 20 C-25 C.", ["20 C", "25 C"]), ("La ruta de Izalco mide 5 km-10 km.", ["5 km", "10 km"])])
def test_a_models_designation_is_no_count(sentence, figures):
    assert [s.text for s in statements(sentence)] == figures
