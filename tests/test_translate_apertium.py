from __future__ import annotations

import pytest

from translation_helpers import requires_apertium
from xlate.translate import EngineError
from xlate.translate.apertium import ApertiumEngine

pytestmark = [pytest.mark.apertium, requires_apertium]


@pytest.fixture(scope="module")
def apertium():
    return ApertiumEngine()


def test_batch_maps_each_segment_back_and_keeps_final_periods(apertium):
    out = apertium.translate(["El presidente visitó la cárcel.", "", "Hola", "¿Qué pasa?"], "es", "en")
    assert out == ["The president visited the prison.", "", "Hello", "What spends?"]


def test_glossary_term_translates_as_machine_copy_would(apertium):
    assert apertium.translate(["Centro de Confinamiento del Terrorismo"], "es", "en") == [
        "Centre of Confinement of the Terrorism"]


def test_line_breaks_inside_a_segment_do_not_shift_the_mapping(apertium):
    out = apertium.translate(["la casa\ngrande", "el perro"], "es", "en")
    assert len(out) == 2 and "house" in out[0].lower() and "dog" in out[1].lower()


def test_one_process_call_per_batch(apertium, monkeypatch):
    calls = []
    run = apertium._run
    monkeypatch.setattr(apertium, "_run", lambda args, text: calls.append(args) or run(args, text))
    apertium.translate([f"Frase número {i}." for i in range(200)], "es", "en")
    assert len(calls) == 1


def test_unknown_word_marks_only_when_asked():
    assert "*" not in ApertiumEngine().translate(["Xyzzyq llegó."], "es", "en")[0]
    assert "*Xyzzyq" in ApertiumEngine(mark_unknown=True).translate(["Xyzzyq llegó."], "es", "en")[0]


def test_version_names_apertium_and_the_flag(apertium):
    assert apertium.version.startswith("Apertium ") and apertium.version.endswith("+u")


def test_unsupported_direction_is_a_clear_error(apertium):
    with pytest.raises(EngineError, match="cannot translate Spanish to fr"):
        apertium.translate(["hola"], "es", "fr")
