"""xlate glossary suggest: on seeds/ with an empty glossary it proposes the prison's renderings as one
concept and El País; with the shipped glossary it proposes nothing the glossary holds."""

import os
import pty
import shutil
import subprocess
import sys
import tomllib

import pytest

from conftest import ROOT, SEEDS
from glossary_helpers import xlate
from xlate.core.document import Document
from xlate.glossary import load_glossary
from xlate.glossary.model import Glossary
from xlate.text.fold import fold
from xlate.glossary.suggest import restore_accents, spanish_spelling, suggest

PRISON = {"CECOT", "Cecot", "Terrorism Confinement Center", "Detention Center Against Terrorism",
          "Center of Confinement of Terrorism", "megacarcel"}


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A fresh editorial repo: a git repo holding seeds/ and an empty glossary/ folder."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "glossary").mkdir()
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def seed_docs():
    return [Document.from_path(p) for p in sorted(SEEDS.iterdir())]


def test_the_prisons_renderings_are_one_concept(newsroom):
    result = xlate("glossary", "suggest", "seeds")
    assert result.exit_code == 0
    concepts = tomllib.loads(result.stdout)["concept"]
    prison = [c for c in concepts if "CECOT" in c.get("abbr", [])]
    assert len(prison) == 1
    terms = {prison[0]["en"]} | {t["term"] for t in prison[0]["en_deprecated"]} | set(prison[0]["abbr"])
    assert terms == PRISON - {"Cecot"}   # the casing slip is left to the checker, and listed as seen
    assert "Cecot (6x)" in result.stdout and "seeds/003_2c53e98d458cc8bf.txt:9" in result.stdout


def test_el_pais_is_proposed_with_its_accent(newsroom):
    concepts = tomllib.loads(xlate("glossary", "suggest", "seeds").stdout)["concept"]
    el_pais = [c for c in concepts if fold(c.get("es", "")) == "el pais"]
    assert el_pais and el_pais[0]["es"] == "El País" and el_pais[0]["keep_spanish"] is True


def test_sentence_starts_and_page_furniture_are_not_names():
    texts = {f.text for s in suggest(seed_docs(), Glossary()) for f in s.forms}
    assert not texts & {"However", "During", "Kast", "Read Full Article", "Lean Left", "Featured", "The Office"}


def test_nothing_the_shipped_glossary_holds_is_proposed():
    glossary = load_glossary([ROOT / "glossary"])
    known = {fold(t.text) for c in glossary for t in c.terms}
    for s in suggest(seed_docs(), glossary):
        assert not {fold(f.text) for f in s.forms} & known, s.forms


def test_write_asks_on_a_terminal_and_needs_yes_otherwise(newsroom):
    target = newsroom / "glossary" / "es-en.toml"
    refused = xlate("glossary", "suggest", "seeds", "--write", target)
    assert refused.exit_code == 2 and "--yes" in refused.stderr and not target.exists()
    assert xlate("glossary", "suggest", "seeds", "--write", target, "--yes").exit_code == 0
    assert xlate("glossary", "lint").exit_code in (0, 1)
    again = tomllib.loads(xlate("glossary", "suggest", "seeds").stdout or "")
    assert again.get("concept", []) == []


def test_write_on_a_terminal_adds_only_the_accepted(newsroom):
    """The real command with a pseudo-terminal for its keyboard: it asks, the editor answers."""
    target = newsroom / "glossary" / "es-en.toml"
    keyboard, terminal = pty.openpty()
    os.write(keyboard, ("n\ny\n" + "n\n" * 30).encode())   # the terminal keeps the lines until asked
    try:
        result = subprocess.run([sys.executable, "-m", "xlate", "glossary", "suggest", "seeds", "--write", str(target)],
                                stdin=terminal, capture_output=True, text=True, timeout=120)
    finally:
        os.close(terminal)
        os.close(keyboard)
    assert result.returncode == 0, result.stderr
    second = tomllib.loads(result.stdout.split("Add '")[0])["concept"][1]   # prompts follow the TOML
    assert tomllib.loads(target.read_text(encoding="utf-8"))["concept"] == [second]


def test_tbx_output():
    result = xlate("glossary", "suggest", "--format", "tbx", "--glossary", ROOT / "glossary", SEEDS)
    assert result.stdout.startswith("<?xml")


@pytest.mark.parametrize("word, spanish", [("megacarcel", "megacárcel"), ("carcel", "cárcel"),
                                           ("prison", None), ("criticzed", None)])
def test_spanish_words_in_english_copy(word, spanish):
    assert spanish_spelling(word) == spanish


def test_accents_are_restored_from_the_spanish_dictionary():
    assert restore_accents("El Pais") == "El País"
    assert restore_accents("El Salvador") == "El Salvador"


def test_spanish_phrases_left_in_english_copy(tmp_path):
    doc = Document("a.md", "Bukele's mano dura policy and the regimen de excepcion worry rights groups.\n"
                           "Critics say the mano dura approach jails innocent people.\n", markdown=True)
    suggestions = {s.concept.preferred("es").text: [f.text for f in s.forms]
                   for s in suggest([doc], Glossary()) if s.concept.preferred("es")}
    assert suggestions["mano dura"] == ["mano dura"]
    assert suggestions["régimen de excepción"] == ["regimen de excepcion"]


def test_a_spanish_name_glossing_an_acronym_gives_the_concept_its_spanish_side(tmp_path):
    spanish = Document("nota.es.md", "El presidente visitó el Centro de Confinamiento del Terrorismo (CECOT) en "
                                     "Tecoluca, dijo el gobierno de Nayib Bukele.\n", markdown=True)
    english = Document("nota.en.md", "The president visited the Terrorism Confinement Center (CECOT) in Tecoluca, "
                                     "the government said.\n\nThe Terrorism Confinement Center is the largest prison.\n",
                       markdown=True)
    [suggestion] = suggest([spanish, english], Glossary())
    terms = {(t.lang, t.status, t.text) for t in suggestion.concept.terms}
    assert {("es", "preferred", "Centro de Confinamiento del Terrorismo"),
            ("en", "preferred", "Terrorism Confinement Center")} <= terms
    assert "CECOT" in {t.text for t in suggestion.concept.terms}
    # a Spanish name glossing nothing (Nayib Bukele) is no suggestion: English writes it the same way
    assert not [s for s in suggest([spanish], Glossary()) if "Bukele" in s.concept.id]
