"""Issue 21, damaged caches (REPORT.md section 3): a translation cache that is not a database, of
another schema, or a folder is rebuilt with a notice; one that cannot be opened at all only costs
speed; `xlate cache clear` always works. Each test damages a real cache the way the report did."""

from __future__ import annotations

import marshal
import os
import random
import sqlite3

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from robust_helpers import XLATE, without_root_powers
from translation_helpers import EchoEngine
from xlate.cli import main
from xlate.translate import CachedEngine, TranslationCache


def warm(folder) -> None:
    """A cache holding two translations, closed (an open connection would write its WAL back later)."""
    cache = TranslationCache(folder)
    CachedEngine(EchoEngine(), cache).translate(["uno", "dos"], "es", "en")
    cache.close()


def noise(size: int) -> bytes:
    """The same bytes every run: random damage can, rarely, look like valid empty pages to SQLite."""
    return random.Random(21).randbytes(size)


def garbage(path, size=100_000) -> None:
    path.write_bytes(noise(size))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


DAMAGES = {
    "garbage": lambda db: garbage(db),
    "truncated": lambda db: (db.write_bytes(db.read_bytes()[:5000]), garbage(db.with_name("x"), 0)),
    "header-kept": lambda db: db.write_bytes(db.read_bytes()[:100] + noise(20_000)),
    "other-schema": lambda db: (db.unlink(), sqlite3.connect(db).executescript(
        "CREATE TABLE translation (a, b); CREATE TABLE score (c);").close()),
    "folder": lambda db: (db.unlink(), db.mkdir()),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_C23_C24_a_damaged_translation_cache_is_rebuilt_with_a_notice(tmp_path, capfd, damage):
    warm(tmp_path)
    db = tmp_path / "translations.sqlite3"
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"translations.sqlite3{suffix}").unlink(missing_ok=True)
    DAMAGES[damage](db)
    engine = EchoEngine()
    assert CachedEngine(engine, TranslationCache(tmp_path)).translate(["uno", "tres"], "es", "en") == ["UNO", "TRES"]
    assert "translation cache" in capfd.readouterr().err
    assert CachedEngine(engine, TranslationCache(tmp_path)).translate(["uno"], "es", "en") == ["UNO"]
    assert engine.batches == [["uno", "tres"]]   # the new cache holds what was translated since


def test_C23_cache_info_works_on_a_damaged_cache(tmp_path):
    warm(tmp_path)
    garbage(tmp_path / "translations.sqlite3")
    result = CliRunner().invoke(main, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "damaged (file is not a database); started a new one" in result.stderr


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_C23_cache_clear_always_works(tmp_path, damage):
    warm(tmp_path)
    DAMAGES[damage](tmp_path / "translations.sqlite3")
    result = CliRunner().invoke(main, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    after = CliRunner().invoke(main, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert after.exit_code == 0 and "damaged" not in after.stderr and "entries: none" in after.stdout


def test_C25_a_folder_where_the_lock_file_goes(tmp_path, capfd):
    (tmp_path / "translations.sqlite3.lock").mkdir()
    assert CachedEngine(EchoEngine(), TranslationCache(tmp_path)).translate(["uno"], "es", "en") == ["UNO"]
    assert "translation cache" in capfd.readouterr().err


def test_C26_a_read_only_cache_folder_only_costs_speed(tmp_path):
    cache = tmp_path / "ro_cache"
    cache.mkdir()
    cache.chmod(0o555)
    doc = tmp_path / "a.md"
    doc.write_text("El Centro de Confinamiento del Terrorismo es grande.\n", encoding="utf-8")
    try:
        result = without_root_powers([*XLATE, "translate", "--engine", "apertium", "--from", "es", "--to", "en",
                                      str(doc)], env={**os.environ, "XLATE_CACHE_DIR": str(cache)})
    finally:
        cache.chmod(0o755)
    if "Apertium is not installed" in result.stderr:
        pytest.skip("needs Apertium")
    assert result.returncode == 0, result.stderr
    assert "cannot use the translation cache" in result.stderr and result.stdout.strip()


def test_C27_a_probe_cache_of_the_wrong_shape_is_ignored(tmp_path, monkeypatch):
    from xlate.translate.apertium import ProbeCache
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path))
    probe = ProbeCache("/bin/sh")
    for crafted in (12345, ("a",), ([1], "v"), (("spa-eng",), 5)):
        probe.file.parent.mkdir(parents=True, exist_ok=True)
        probe.file.write_bytes(marshal.dumps((probe.key, crafted)))
        assert probe.read() is None


def test_C27_a_glossary_cache_of_the_wrong_shape_is_ignored(tmp_path, monkeypatch):
    from xlate.glossary import cache
    from xlate.glossary.native import load
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    glossary = tmp_path / "g.toml"
    glossary.write_text('[[concept]]\nid = "c1"\nes = "Uno"\nen = "One"\n', encoding="utf-8")
    concepts, key = cache.load_cached(glossary, load)
    [slot] = (tmp_path / "cache" / "glossary").glob("parsed-*")
    for crafted in (12345, [1, 2], [("x",)]):
        slot.write_bytes(marshal.dumps((key, crafted)))
        assert [c.id for c in cache.load_cached(glossary, load)[0]] == ["c1"]


def test_E13_a_cache_folder_that_is_a_file_names_the_variable(tmp_path):
    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--engine", "none", str(SEEDS)], env={"XLATE_CACHE_DIR": str(file)})
    assert result.exit_code == 2 and "XLATE_CACHE_DIR" in result.output and "--cache-dir" not in result.output
