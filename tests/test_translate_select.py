from __future__ import annotations

import pytest
from click.testing import CliRunner

from translation_helpers import requires_apertium
from xlate.cli import main
from xlate.translate import EngineError, select_engine
from xlate.translate import apertium, argos
from xlate.translate import select as select_module


def test_none_says_checks_are_skipped(tmp_path):
    selection = select_engine("none", tmp_path)
    assert selection.engine is None and "skipped" in selection.notice


def test_auto_without_any_engine_falls_back_to_none(monkeypatch, tmp_path):
    monkeypatch.setattr(argos, "argos_available", lambda: False)
    monkeypatch.setattr(apertium, "apertium_binary", lambda: None)
    selection = select_engine("auto", tmp_path)
    assert selection.engine is None and "apt-get install apertium apertium-eng-spa" in selection.notice


@requires_apertium
def test_auto_takes_apertium_without_argos_packages(monkeypatch, tmp_path):
    monkeypatch.setattr(argos, "installed_pairs", lambda: set())
    selection = select_engine("auto", tmp_path)
    assert selection.engine.name == "apertium" and "Apertium is installed" in selection.notice


def test_unknown_engine_is_an_error(tmp_path):
    with pytest.raises(EngineError, match="unknown engine"):
        select_engine("google", tmp_path)


def test_check_without_any_engine_says_so_once(monkeypatch, tmp_path):
    monkeypatch.setattr(argos, "argos_available", lambda: False)
    monkeypatch.setattr(apertium, "apertium_binary", lambda: None)
    (tmp_path / "a.md").write_text("The prison holds many inmates.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--engine", "auto", "--roundtrip", str(tmp_path)])
    assert result.stderr.count("no translation engine") == 1
    assert "checks that need one are skipped" in result.stderr


def test_every_registered_engine_module_provides_the_engine_protocol():
    from xlate.core.engines import AUTO_ORDER, ENGINE_MODULES, ENGINES
    assert set(AUTO_ORDER) == set(ENGINE_MODULES) and ENGINES == ("auto", *sorted(ENGINE_MODULES), "none")
    for name in ENGINE_MODULES:
        module = select_module.engine_module(name)
        assert callable(module.build) and callable(module.available)
        assert module.AVAILABLE_BECAUSE and module.UNAVAILABLE and isinstance(module.INSTALL_HINT, str)
