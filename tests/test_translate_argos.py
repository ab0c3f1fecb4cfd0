"""The argos engine for real, on tiny echo packages the tests build offline (see argos_echo.py)."""

from __future__ import annotations

import importlib.util
import shutil
import socket

import pytest
from argos_echo import build_echo_package
from click.testing import CliRunner

from xlate.cli import main
from xlate.translate import EngineError, select_engine
from xlate.translate.argos import ArgosEngine, installed_pairs

NEEDED = ("argostranslate", "ctranslate2", "sentencepiece", "onnx", "minisbd")
pytestmark = [
    pytest.mark.argos,
    pytest.mark.skipif(any(importlib.util.find_spec(m) is None for m in NEEDED),
                       reason="the argos extra is not installed (pip install torch==2.13.0 'xlate[argos,test]')"),
]


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to reach the network fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args[:2]}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="module")
def argos_home(tmp_path_factory):
    """HOME, XDG_* and ARGOS_PACKAGES_DIR in a temp folder before argostranslate is first imported."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as env:
        for var, sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                         ("XDG_CACHE_HOME", ".cache"), ("ARGOS_PACKAGES_DIR", "packages")):
            env.setenv(var, str(home / sub))
        env.setenv("XLATE_CACHE_DIR", str(home / "xlate-cache"))
        yield home


@pytest.fixture(scope="module")
def packages(argos_home):
    """Both echo packages, installed with `xlate models install`."""
    built = [build_echo_package(argos_home, src, tgt) for src, tgt in (("es", "en"), ("en", "es"))]
    for path in built:
        result = CliRunner().invoke(main, ["models", "install", str(path)])
        assert result.exit_code == 0, result.output
    return built


def test_models_list_shows_both_directions(packages):
    result = CliRunner().invoke(main, ["models", "list"])
    assert "es->en 0.1" in result.output and "en->es 0.1" in result.output
    assert installed_pairs() == {("es", "en"), ("en", "es")}


def test_batch_translation_maps_lines_back(packages):
    segments = ["El presidente visitó la cárcel. Luego se fue.", "", "Centro de Confinamiento\ndel Terrorismo"]
    assert ArgosEngine().translate(segments, "es", "en") == [
        "El presidente visitó la cárcel. Luego se fue.", "", "Centro de Confinamiento del Terrorismo"]


def test_version_carries_a_model_digest_per_direction(packages):
    version = ArgosEngine().version
    assert version.startswith("argostranslate 1.") and "en-es:" in version and "es-en:" in version


def test_auto_prefers_argos_when_both_directions_are_installed(packages, argos_home):
    selection = select_engine("auto", argos_home / "cache")
    assert selection.engine.name == "argos" and "Argos packages" in selection.notice
    assert selection.engine.translate(["Hola."], "es", "en") == ["Hola."]


def test_translate_command_uses_argos(packages):
    result = CliRunner().invoke(main, ["translate", "--engine", "argos", "--from", "en", "--to", "es", "-"],
                                input="The president visited the prison.\nOn Friday.\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == "The president visited the prison.\nOn Friday.\n"


def test_missing_pair_names_both_ways_to_install(packages, tmp_path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path))
    with pytest.raises(EngineError) as error:
        ArgosEngine().translate(["Hola."], "es", "en")
    assert "argospm install translate-es_en" in str(error.value)
    assert "xlate models install FILE.argosmodel" in str(error.value)


def test_package_file_without_splitter_is_refused(argos_home):
    path = build_echo_package(argos_home, "es", "en", with_splitter=False)
    result = CliRunner().invoke(main, ["models", "install", str(path)])
    assert result.exit_code == 2 and "no sentence splitter" in result.output


def test_installed_package_without_splitter_is_explained(packages, argos_home, tmp_path, monkeypatch):
    for package in ("translate-es_en-echo", "translate-en_es-echo"):
        shutil.copytree(argos_home / "packages" / package, tmp_path / package)
    shutil.rmtree(tmp_path / "translate-es_en-echo" / "minisbd")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path))
    with pytest.raises(EngineError, match="no sentence splitter of its own.*would download one"):
        ArgosEngine().translate(["Hola."], "es", "en")


def test_no_packages_names_the_spanish_to_english_package_first(packages, tmp_path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path))
    with pytest.raises(EngineError, match="Spanish to English.*translate-es_en"):
        select_engine("argos", tmp_path / "cache")


def test_one_way_translation_needs_only_its_own_package(packages, argos_home, tmp_path, monkeypatch):
    shutil.copytree(argos_home / "packages" / "translate-es_en-echo", tmp_path / "translate-es_en-echo")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path))
    with pytest.raises(EngineError, match="English to Spanish.*translate-en_es"):
        select_engine("argos", tmp_path / "cache")   # a check needs both ways
    selection = select_engine("argos", tmp_path / "cache", directions=[("es", "en")])
    assert selection.engine.name == "argos" or "argos" in selection.notice
    result = CliRunner().invoke(main, ["translate", "--engine", "argos", "--from", "es", "--to", "en", "-"],
                                input="Hola.\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == "Hola.\n"
    result = CliRunner().invoke(main, ["translate", "--engine", "argos", "--from", "en", "--to", "es", "-"],
                                input="Hello.\n")
    assert result.exit_code == 2 and "translate-en_es" in result.output


def test_glossary_aware_translation_through_the_tiny_model(packages, tmp_path):
    from conftest import ROOT
    result = CliRunner().invoke(main, ["translate", "--engine", "argos", "--glossary", str(ROOT / "glossary"),
                                       "--from", "es", "--to", "en", "-"],
                                input="El presidente visitó el Centro de Confinamiento del Terrorismo con Consuelo Porras.\n")
    assert result.exit_code == 0, result.output
    # the echo model copies what it is given: the placeholders, which become the glossary's rendering
    assert result.stdout == "El presidente visitó el Terrorism Confinement Center con Consuelo Porras.\n"
