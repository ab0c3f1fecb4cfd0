"""Glossary-aware translation: glossary terms come out as the glossary renders them and people's names
as written, through real Apertium (and through the tiny Argos model in test_translate_argos.py)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import ROOT
from translation_helpers import requires_apertium
from xlate.cli import main
from xlate.glossary import load_glossary
from xlate.rules.protect import name_spans, protect_lines, restore

CECOT = "El presidente visitó el Centro de Confinamiento del Terrorismo con la fiscal Consuelo Porras."
GANG = "La pandilla Barrio 18 opera en la ciudad. Porras lo negó."


@pytest.fixture(scope="module")
def shipped():
    return load_glossary([ROOT / "glossary"])


def test_glossary_terms_and_names_become_placeholders(shipped):
    first, second = protect_lines([CECOT, GANG], shipped, "es", "en")
    assert first.text == "El presidente visitó el ZXQ1 con la fiscal ZXQ2."
    assert first.renderings == ("Terrorism Confinement Center", "Consuelo Porras")
    assert second.renderings == ("Barrio 18", "Porras")   # a surname met in the batch, alone
    assert restore("The president visited the ZXQ1 with *ZXQ2.", first) == \
        "The president visited the Terrorism Confinement Center with Consuelo Porras."


@pytest.mark.parametrize("line, names", [
    ("La Corte Suprema falló y la fiscal Consuelo Porras apeló.", ["Consuelo Porras"]),   # a body's name is translated
    ("El presidente habló.", []),                                                        # capitalised for the sentence
    ("Viajó a El Salvador con María Elena Ruiz.", ["El Salvador", "María Elena Ruiz"]),
    ("La PNC detuvo a Juan Pérez.", ["Juan Pérez"]),
])
def test_names_are_runs_of_capitalised_words_that_are_not_bodies(line, names):
    assert [line[a:b] for a, b in name_spans(line, [])] == names


def test_plural_and_sentence_initial_terms_keep_their_form(shipped):
    (protected,) = protect_lines(["Megacárceles y la megacárcel."], shipped, "es", "en")
    assert protected.renderings == ("Mega-prisons", "mega-prison")


@requires_apertium
@pytest.mark.apertium
def test_apertium_translation_uses_the_glossary_and_keeps_names(tmp_path):
    source = tmp_path / "nota.txt"
    source.write_text(CECOT + "\n" + GANG + "\n", encoding="utf-8")
    args = ["translate", "--engine", "apertium", "--glossary", str(ROOT / "glossary"), "--from", "es", "--to", "en"]
    result = CliRunner().invoke(main, [*args, str(source)])
    assert result.exit_code == 0, result.output
    first, second = result.stdout.splitlines()
    assert "Terrorism Confinement Center" in first and "Consuelo Porras" in first
    assert "Barrio 18" in second and "Porras denied" in second
    plain = CliRunner().invoke(main, [*args, "--no-protect", str(source)]).stdout
    assert "Consuelo Porras" not in plain and "Terrorism Confinement Center" not in plain   # what it fixes


@requires_apertium
@pytest.mark.apertium
def test_english_to_spanish_puts_in_the_spanish_names(tmp_path):
    result = CliRunner().invoke(main, ["translate", "--engine", "apertium", "--glossary", str(ROOT / "glossary"),
                                       "--from", "en", "--to", "es", "-"],
                                input="The Terrorism Confinement Center holds members of Barrio 18.\n")
    assert result.exit_code == 0, result.output
    assert "Centro de Confinamiento del Terrorismo" in result.stdout and "Barrio 18" in result.stdout
