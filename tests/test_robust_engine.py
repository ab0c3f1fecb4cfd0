"""Issue 21, translation engine faults (REPORT.md section 6): a fake `apertium` first on PATH
answers the probe like Apertium and misbehaves on translation. Every fault ends the run with exit
2 and a line naming the engine and what to do, and nothing it answered enters the translation cache."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from conftest import SEEDS
from robust_helpers import xlate

FAKE = """#!/bin/sh
case "$1" in
  -l) {probe}; printf 'spa-eng\\neng-spa\\n'; exit 0 ;;
  -V) echo "Apertium 3.8.3-fake"; exit 0 ;;
esac
{translate}
"""

FAULTS = {
    "exit1": "cat > /dev/null; echo 'Error: fake apertium failure (mode not found)' >&2; exit 1",
    "segv": "cat > /dev/null; kill -SEGV $$",
    "nothing": "cat > /dev/null; exit 0",
    # every paragraph but the last, as given: one paragraph short
    "fewer": "awk 'BEGIN {{ RS = \"\" }} {{ p[NR] = $0 }} END {{ for (i = 1; i < NR; i++) print p[i] \"\\n\" }}'",
    "badutf8": "cat > /dev/null; printf '\\377\\376 bytes\\n'; exit 0",
    "hang": "sleep 600",
    # Apertium is a pipeline: a stage that hangs is a grandchild of xlate, and must be stopped too
    "hang-in-a-stage": "sleep 600 & echo $! > \"$XLATE_TEST_PIDFILE\"; wait",
}


@pytest.fixture
def fake_apertium(tmp_path, monkeypatch):
    def install(translate: str, probe: str = "true") -> None:
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir(exist_ok=True)
        script = bin_dir / "apertium"
        script.write_text(FAKE.format(probe=probe, translate=translate), encoding="utf-8")
        script.chmod(0o755)
        monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    install.cache = tmp_path / "cache"
    return install


def cached_translations(cache) -> int:
    path = cache / "translations.sqlite3"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM translation").fetchone()[0]


CHECK, LINT = ["check", "--engine", "apertium", "--roundtrip"], ["glossary", "lint", "--engine", "apertium"]


@pytest.mark.parametrize("fault, says, command", [
    ("exit1", "Apertium failed (exit 1): Error: fake apertium failure", CHECK),
    ("exit1", "Apertium failed (exit 1): Error: fake apertium failure", LINT),
    ("segv", "Apertium failed (exit -11)", CHECK),
    ("nothing", "apertium answered nothing for", CHECK),
    ("fewer", "apertium answered nothing for", CHECK),
    ("badutf8", "Apertium's output is not UTF-8", CHECK),
    ("badutf8", "Apertium's output is not UTF-8", LINT),
])
def test_C21_C22_D6_a_faulty_engine_exits_2_and_caches_nothing(fake_apertium, fault, says, command):
    fake_apertium(FAULTS[fault])
    args = [*command, str(SEEDS)] if command[0] == "check" else command
    result = xlate(*args)
    assert result.returncode == 2, result.stderr
    assert says in result.stderr and "Traceback" not in result.stderr
    assert cached_translations(fake_apertium.cache) == 0


def test_D6_translate_of_an_empty_answer_exits_2(fake_apertium):
    fake_apertium(FAULTS["nothing"])
    result = xlate("translate", "--engine", "apertium", "--from", "es", "--to", "en", "-",
                   input="El Centro de Confinamiento del Terrorismo es grande.\n")
    assert result.returncode == 2 and "answered nothing" in result.stderr
    assert cached_translations(fake_apertium.cache) == 0


def test_H6_a_hung_engine_is_stopped_after_the_time_out(fake_apertium, monkeypatch, tmp_path):
    fake_apertium(FAULTS["hang-in-a-stage"])
    monkeypatch.setenv("XLATE_ENGINE_TIMEOUT", "1")
    monkeypatch.setenv("XLATE_TEST_PIDFILE", str(tmp_path / "stage.pid"))
    started = time.monotonic()
    result = xlate("check", "--engine", "apertium", "--roundtrip", str(SEEDS))
    assert result.returncode == 2
    assert "Apertium did not answer within" in result.stderr and "XLATE_ENGINE_TIMEOUT" in result.stderr
    assert time.monotonic() - started < 500   # a hang guard, far below the fake's 600 s sleep (not a speed test)
    assert cached_translations(fake_apertium.cache) == 0
    assert not alive(int((tmp_path / "stage.pid").read_text()))


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"   # a zombie has stopped
    except FileNotFoundError:
        return False


def test_H6_the_time_out_comes_from_the_configuration(fake_apertium, tmp_path):
    fake_apertium(FAULTS["hang"])
    (tmp_path / "xlate.toml").write_text("engine-timeout = 1\n", encoding="utf-8")
    doc = tmp_path / "a.md"
    doc.write_text("The prison is big and the government said so on Monday.\n", encoding="utf-8")
    result = xlate("check", "--engine", "apertium", "--roundtrip", str(doc))
    assert result.returncode == 2 and "did not answer within 1 s" in result.stderr


def test_H6_a_hung_version_probe_is_stopped_too(fake_apertium, monkeypatch):
    fake_apertium("true", probe="sleep 600")
    monkeypatch.setenv("XLATE_ENGINE_TIMEOUT", "1")
    result = xlate("check", "--engine", "apertium", str(SEEDS))
    assert result.returncode == 2 and "Apertium did not answer within 1 s (apertium -l" in result.stderr


@pytest.mark.parametrize("value", ["0", "soon", "-5"])
def test_H6_a_bad_time_out_is_refused(fake_apertium, monkeypatch, value):
    fake_apertium("true")
    monkeypatch.setenv("XLATE_ENGINE_TIMEOUT", value)
    result = xlate("check", "--engine", "apertium", str(SEEDS))
    assert result.returncode == 2 and "XLATE_ENGINE_TIMEOUT" in result.stderr


def test_E3_glossary_lint_translates_only_when_asked(fake_apertium, tmp_path):
    fake_apertium(FAULTS["exit1"])
    (tmp_path / "glossary").mkdir()
    (tmp_path / "xlate.toml").write_text("", encoding="utf-8")
    (tmp_path / "glossary" / "es-en.toml").write_text('[[concept]]\nid = "c1"\nes = "Uno"\nen = "One"\n', encoding="utf-8")
    result = xlate("glossary", "lint", cwd=tmp_path)
    assert result.returncode == 0 and "Apertium" not in result.stderr
    (tmp_path / "xlate.toml").write_text('engine = "apertium"\n', encoding="utf-8")
    configured = xlate("glossary", "lint", cwd=tmp_path)
    assert configured.returncode == 2 and "Apertium failed (exit 1)" in configured.stderr


def test_E4_an_unknown_engine_for_lint_is_a_usage_error():
    result = xlate("glossary", "lint", "--engine", "bogus")
    assert result.returncode == 2 and "'bogus' is not one of" in result.stderr
