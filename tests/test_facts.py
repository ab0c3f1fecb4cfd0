"""The fact ledger (xlate/facts) and the rule that compares it across documents (XL801)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import SEEDS, glossary_from
from xlate.lint.steps import check_documents
from xlate.cli import main
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.rules.facts.ledger import document_ledger
from xlate.text.quantities import overlap, quantities_in
from xlate.glossary.model import Glossary


def quantity(text: str):
    [found] = quantities_in(text, 0, len(text))
    return found


def facts_findings(*texts: str, toml: str = "", **config) -> list:
    """XL801's findings over documents a.md, b.md, ... holding texts."""
    ctx = Context(glossary=glossary_from(toml) if toml else Glossary(), config=Config(select={"XL801"}, **config))
    docs = [Document(f"{chr(ord('a') + i)}.md", text + "\n", format="markdown") for i, text in enumerate(texts)]
    return check_documents(docs, ctx)


def statements(text: str, toml: str = ""):
    ctx = Context(glossary=glossary_from(toml) if toml else Glossary(), config=Config())
    return document_ledger(Document("a.md", text + "\n", format="markdown"), ctx).statements


@pytest.mark.parametrize("text, unit, qualifier, low, high", [
    ("about 74 kilometers", "km", "about", 73.5, 74.5),
    ("47 miles", "km", "", 46.5 * 1.609344, 47.5 * 1.609344),
    ("over 250 Venezuelans", "venezuelan", "over", 250, float("inf")),
    ("up to 40,000 inmates", "prisoner", "up to", 0, 40000),
    ("unos 15.000 reos", "prisoner", "about", 14500, 15500),
    ("doce mil presos", "prisoner", "", 11700, 12300),
    ("$115 million", "USD", "", 114.5e6, 115.5e6),
    ("115 millones de dólares", "USD", "", 114.5e6, 115.5e6),
    ("más de 200 venezolanos", "venezolano", "over", 200, float("inf")),
    ("nearly 91,000 people", "person", "nearly", 81900, 91000),
    ("48%", "percent", "", 47.5, 48.5),
    ("40,000", None, None, None, None),   # a figure without a unit is no fact
])
def test_quantities_read_value_unit_and_approximation(text, unit, qualifier, low, high):
    found = quantities_in(text, 0, len(text))
    if unit is None:
        assert found == []
        return
    [q] = found
    assert (q.unit, q.qualifier) == (unit, qualifier)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


def test_a_parenthesised_conversion_is_the_same_figure():
    text = "located 75 kilometers (47 miles) from San Salvador"
    assert [q.text for q in quantities_in(text, 0, len(text))] == ["75 kilometers"]


def test_names_with_numbers_are_not_figures():
    text = "members of Barrio 18 gangs"
    assert quantities_in(text, 0, len(text)) == []


@pytest.mark.parametrize("first, second, agree", [
    ("about 74 kilometers", "75 kilometers", False),      # each rounds to itself: two figures
    ("75 kilometers", "47 miles", True),                  # 47 miles is 75.6 km
    ("over 200 Venezuelans", "over 250 Venezuelans", True),
    ("about 15,000 inmates", "15,200 inmates", True),
    ("about 15,000 inmates", "40,000 inmates", False),
    ("up to 40,000 inmates", "at least 40,000 inmates", True),
    ("up to 40,000 inmates", "over 40,000 inmates", False),
    ("nearly 91,000 people", "90,000 people", True),
    ("nearly 91,000 people", "92,000 people", False),
])
def test_two_wordings_agree_when_some_value_satisfies_both(first, second, agree):
    assert overlap(quantity(first), quantity(second)) is agree


@pytest.mark.parametrize("text, measure", [
    ("Izalco has capacity for up to 40,000 inmates.", "capacity"),
    ("Izalco can hold 40,000 inmates.", "capacity"),
    ("Izalco holds about 15,000 inmates.", "population"),
    ("La cárcel de Izalco alberga a 15.000 reos.", "population"),
    ("Izalco, a 40,000-inmate prison, opened in March.", "population"),
    ("Izalco received 250 Venezuelans deported by the government.", "deported"),
    ("Izalco cost $115 million.", "cost"),
    ("Izalco lies about 74 kilometers southeast of San Miguel.", "distance from name:san miguel"),
    ("Ana Pérez, 45, visited Izalco.", "age"),
    ("Izalco has 12 towers.", ""),   # no words say what the figure measures: listed, never compared
])
def test_the_words_of_the_clause_say_what_a_figure_measures(text, measure):
    [statement] = statements(text)
    assert statement.measure == measure


@pytest.mark.parametrize("text, why", [
    ("The population of Izalco rose to 20,000 inmates.", "change"),
    ("Izalco holds between 65 and 70 prisoners.", "range"),
    ("Each cell at Izalco holds 70 prisoners.", "rate"),
    ("Izalco took 250 Venezuelans of the 300 deported.", "part"),
])
def test_changes_ranges_rates_and_parts_are_never_compared(text, why):
    assert statements(text)[-1].compared == why


@pytest.mark.parametrize("text, scope", [
    ("In 2023, Izalco held 12,000 inmates.", "2023"),
    ("Izalco has held 12,000 inmates since 2022.", "since 2022"),
    ("Izalco deported 300 Venezuelans last year.", "last year"),
    ("Izalco deportó a 300 venezolanos el año pasado.", "last year"),
    ("Izalco holds 12,000 inmates.", ""),
])
def test_a_figure_keeps_the_date_of_its_clause(text, scope):
    assert statements(text)[0].scope == scope


def test_a_definite_description_points_back_to_the_entity_it_described():
    text = "Kast visited Izalco, a prison in the west. Journalists left the prison, 75 kilometers from San Miguel."
    assert "name:izalco" in statements(text)[0].entities


def test_a_glossary_note_describes_its_concept():
    toml = '[[concept]]\nid = "izalco"\nnote = "A maximum-security prison."\nen = "Izalco Center"\nabbr = ["IZC"]\n'
    text = "Kast toured the IZC. Journalists left the prison, 75 kilometers from San Miguel."
    assert "concept:izalco" in statements(text, toml)[0].entities


def test_the_seeds_disagree_on_the_distance_and_the_population():
    from xlate.cli.common import build_context
    ctx = build_context([SEEDS], ())
    ctx.config.select = {"XL801"}
    docs = [Document.from_path(p) for p in sorted(SEEDS.glob("*.txt"))]
    found = {(f.path.rsplit("/", 1)[-1][:3], f.line, f.text) for f in check_documents(docs, ctx)}
    assert found == {("002", 5, "75 kilometers"), ("003", 36, "about 74 kilometers"),
                     ("002", 3, "about 15,000 inmates"), ("003", 7, "40,000-inmate")}


def test_a_finding_names_the_other_statement_with_its_place_and_words():
    [first, second] = facts_findings("Izalco holds about 15,000 inmates.", "Izalco holds 40,000 inmates.")
    assert (first.path, first.code, first.kind, first.severity) == ("a.md", "XL801", "fact", "info")
    assert first.message == ('Izalco, population: "about 15,000 inmates" disagrees with b.md:1 "40,000 inmates" '
                             '(Izalco holds 40,000 inmates.)')
    assert second.path == "b.md" and 'a.md:1 "about 15,000 inmates"' in second.message


@pytest.mark.parametrize("first, second", [
    ("Izalco has capacity for 40,000 inmates.", "Izalco holds about 15,000 inmates."),   # capacity, population
    ("In 2023, Izalco held 12,000 inmates.", "Izalco holds 15,000 inmates this year."),   # two dates
    ("The government deported over 200 Venezuelans to Izalco.", "Izalco took over 250 Venezuelans deported in May."),
    ("Izalco lies 75 kilometers from San Miguel.", "Izalco lies 47 miles from San Miguel."),
    ("Izalco lies 75 kilometers from San Miguel.", "Izalco lies 90 kilometers from Santa Ana."),
    ("Izalco holds 15,000 inmates.", "Cuscatlán holds 40,000 inmates."),                 # two prisons
    ("The population of Izalco rose to 20,000 inmates.", "Izalco holds 15,000 inmates."),
    ("La cárcel de Izalco alberga a doce mil presos.", "Izalco holds about 12,000 inmates."),
    ("Izalco costó 115 millones de dólares.", "Izalco cost $115 million to build."),
    ("Izalco, inaugurated in 2021, holds inmates.", "La cárcel de Izalco fue inaugurada en 2021."),
    ("Police detained 35 strikers at Izalco last week.", "Police detained 60 strikers at Izalco."),   # another day
    ("Bridgid Robinson, 23, said so.", "De'Angello Robinson, 19, went there. Robinson left."),   # two Robinsons
    ("Izalco needs 60 votes to pass the law.", "Izalco won 270 votes."),                          # a threshold
    ("In Mexico, the Izalco prison holds 15,000 inmates.", "Mexico's Tecate prison holds 40,000 inmates."),  # "Mexico" is neither's subject
    ("Fisher-Price's toy ($90) sold well at Izalco.", "Izalco spent $75 million."),              # "price" inside a name is no cue
])
def test_statements_that_can_both_be_true_are_not_reported(first, second):
    assert facts_findings(first, second) == []


@pytest.mark.parametrize("first, second", [
    ("La cárcel de Izalco alberga a unos 15.000 reos.", "Izalco holds 40,000 inmates."),
    ("Izalco costó 115 millones de dólares.", "Izalco cost $200 million to build."),
    ("Mayor Ana Pérez, 45, said Izalco needs money.", "Pérez, 52, visited Izalco."),
    ("The Izalco Center (IZC) holds 15,000 inmates.", "The IZC holds 40,000 inmates."),
    ("Izalco, inaugurated in 2021, holds inmates.", "La cárcel de Izalco fue inaugurada en 2019."),
    ("Governor Marta Ruiz visited Izalco. Ruiz, 58, spoke.", "La gobernadora Marta Ruiz, de 61 años, habló."),
    ("Izalco Penitentiary Complex holds 15,000 inmates. Izalco is new.",
     "El Complejo Penitenciario de Izalco alberga a 40.000 reos."),
])
def test_statements_that_cannot_both_be_true_are_reported_on_both_sides(first, second):
    assert sorted(f.path for f in facts_findings(first, second)) == ["a.md", "b.md"]


def test_the_same_entity_through_a_glossary_rendering_and_its_acronym():
    toml = '[[concept]]\nid = "izalco"\nes = "Centro Penal de Izalco"\nen = "Izalco Prison"\nabbr = ["CPI"]\n'
    found = facts_findings("El Centro Penal de Izalco alberga a 15.000 reos.", "The CPI holds 40,000 inmates.", toml=toml)
    assert len(found) == 2 and found[0].message.startswith("Centro Penal de Izalco, population") \
        or found[0].message.startswith("CPI, population")


def test_info_findings_do_not_fail_a_check_unless_the_configuration_raises_them(tmp_path):
    (tmp_path / "a.md").write_text("Izalco holds about 15,000 inmates.\n")
    (tmp_path / "b.md").write_text("Izalco holds 40,000 inmates.\n")
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--engine", "none", "--select", "XL801", str(tmp_path)])
    assert result.exit_code == 0 and "XL801 [fact]" in result.output
    (tmp_path / "xlate.toml").write_text('select = ["XL801"]\nseverity = { XL801 = "warning" }\n')
    result = runner.invoke(main, ["check", "--engine", "none", str(tmp_path)])
    assert result.exit_code == 1 and "XL801 [fact]" in result.output


def test_xlate_facts_lists_the_ledger_per_entity(tmp_path):
    (tmp_path / "a.md").write_text("Izalco holds about 15,000 inmates.\n\nIzalco has 12 towers.\n")
    (tmp_path / "b.md").write_text("Izalco holds 40,000 inmates.\n")
    runner = CliRunner()
    text = runner.invoke(main, ["facts", str(tmp_path)])
    assert text.exit_code == 0
    lines = text.output.splitlines()
    assert lines[0] == "Izalco (3 figures)"
    assert any("population" in line and "about 15,000 inmates" in line and "disagrees with" in line for line in lines)
    assert any("12 towers" in line and "disagrees" not in line for line in lines)
    data = json.loads(runner.invoke(main, ["facts", "--format", "json", "--entity", "izalco", str(tmp_path)]).output)
    [entity] = data["entities"]
    assert entity["name"] == "Izalco" and len(entity["statements"]) == 3
    held = [s for s in entity["statements"] if s["measure"] == "population"]
    assert {s["low"] for s in held} == {14500.0, 39000.0} and all(s["disagrees_with"] for s in held)


def test_xlate_facts_on_a_missing_path_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["facts", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "Traceback" not in result.output
