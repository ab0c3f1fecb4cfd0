"""The Apertium probe (`apertium -l`, `apertium -V`) is kept in the cache while Apertium and its modes stay
the same, and asked again as soon as either changes. A fake `apertium` script stands in: no Apertium needed."""

from __future__ import annotations

import os

import pytest

from xlate.translate import apertium
from xlate.translate.apertium import ApertiumEngine, ProbeCache

FAKE = """#!/bin/sh
echo "$@" >> "{log}"
case "$1" in
  -l) for m in "$APERTIUM_DATADIR"/modes/*.mode; do [ -e "$m" ] && basename "$m" .mode; done; true ;;
  -V) echo "Apertium {release}" ;;
esac
"""


@pytest.fixture
def fake(tmp_path, monkeypatch):
    """A fake Apertium on PATH with its data folder; returns a function listing the calls made so far."""
    bin_dir, data = tmp_path / "bin", tmp_path / "data"
    (data / "modes").mkdir(parents=True)
    bin_dir.mkdir()
    for mode in ("spa-eng", "eng-spa"):
        (data / "modes" / f"{mode}.mode").write_text("", encoding="utf-8")
    log = tmp_path / "calls.log"
    install(bin_dir / "apertium", log, "3.8.3")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("APERTIUM_DATADIR", str(data))
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))

    def calls() -> list[str]:
        return log.read_text(encoding="utf-8").split() if log.exists() else []
    calls.bin, calls.data, calls.log = bin_dir / "apertium", data, log
    return calls


def install(path, log, release: str) -> None:
    path.write_text(FAKE.format(log=log, release=release), encoding="utf-8")
    path.chmod(0o755)


def probe() -> tuple[set, str]:
    engine = ApertiumEngine()
    return engine.installed_modes, engine.version.split("+")[0]


def test_the_second_engine_asks_apertium_nothing(fake):
    assert probe() == ({"spa-eng", "eng-spa"}, "Apertium 3.8.3")
    assert fake() == ["-l", "-V"]
    assert probe() == ({"spa-eng", "eng-spa"}, "Apertium 3.8.3")
    assert fake() == ["-l", "-V"]


def test_installing_or_removing_a_language_pair_is_seen(fake):
    probe()
    (fake.data / "modes" / "spa-cat.mode").write_text("", encoding="utf-8")
    assert probe()[0] == {"spa-eng", "eng-spa", "spa-cat"}
    (fake.data / "modes" / "eng-spa.mode").unlink()
    assert probe()[0] == {"spa-eng", "spa-cat"}
    assert ApertiumEngine().directions() == {("es", "en")}
    assert fake() == ["-l", "-V"] * 3


def test_an_upgraded_apertium_is_asked_again(fake):
    probe()
    os.unlink(fake.bin)
    install(fake.bin, fake.log, "3.9.0")
    assert probe()[1] == "Apertium 3.9.0"
    assert fake() == ["-l", "-V"] * 2


def test_another_data_folder_is_asked_again(fake, tmp_path, monkeypatch):
    probe()
    (tmp_path / "other" / "modes").mkdir(parents=True)
    monkeypatch.setenv("APERTIUM_DATADIR", str(tmp_path / "other"))
    assert probe()[0] == set()
    assert fake() == ["-l", "-V"] * 2


@pytest.mark.parametrize("damage", [b"", b"garbage", None])
def test_a_damaged_cache_is_asked_again_and_rewritten(fake, damage):
    probe()
    [file] = (fake.data.parent / "cache").glob("apertium-*.marshal")
    good = file.read_bytes()
    file.write_bytes(good[:len(good) // 2] if damage is None else damage)
    assert probe() == ({"spa-eng", "eng-spa"}, "Apertium 3.8.3")
    assert fake() == ["-l", "-V"] * 2
    assert file.read_bytes() == good


def test_the_cache_folder_given_to_the_engine_is_used(fake, tmp_path):
    ApertiumEngine(cache_dir=tmp_path / "mine").installed_modes
    assert [p.name.startswith("apertium-") for p in (tmp_path / "mine").iterdir()] == [True]
    assert not (tmp_path / "cache").exists()


def test_an_unwritable_cache_only_costs_the_process_starts(fake, tmp_path):
    (tmp_path / "file").write_text("")
    for _ in range(2):
        assert ApertiumEngine(cache_dir=tmp_path / "file" / "cache").installed_modes == {"spa-eng", "eng-spa"}
    assert fake() == ["-l", "-V"] * 2


def test_key_changes_with_the_executable(fake):
    before = ProbeCache(str(fake.bin)).key
    os.utime(fake.bin, ns=(1, 1))
    assert ProbeCache(str(fake.bin)).key != before
    assert ProbeCache(str(fake.bin.parent / "missing")).key is None
    assert apertium.apertium_binary() == str(fake.bin)
