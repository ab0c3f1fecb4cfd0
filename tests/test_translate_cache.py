from __future__ import annotations

import subprocess
import sys

from translation_helpers import EchoEngine
from xlate.translate import CachedEngine, TranslationCache
from xlate.translate.cache import default_cache_dir


def test_second_run_is_served_from_the_cache(tmp_path):
    engine = EchoEngine()
    CachedEngine(engine, TranslationCache(tmp_path)).translate(["uno", "dos", "uno"], "es", "en")
    again = CachedEngine(engine, TranslationCache(tmp_path)).translate(["dos", "uno", "tres"], "es", "en")
    assert again == ["DOS", "UNO", "TRES"]
    assert engine.batches == [["uno", "dos"], ["tres"]]


def test_key_includes_version_and_direction(tmp_path):
    cache = TranslationCache(tmp_path)
    cache.store("echo", "1", "es", "en", {"uno": "ONE"})
    assert cache.lookup("echo", "1", "es", "en", ["uno"]) == {"uno": "ONE"}
    assert cache.lookup("echo", "2", "es", "en", ["uno"]) == {}
    assert cache.lookup("echo", "1", "en", "es", ["uno"]) == {}


def test_info_and_clear(tmp_path):
    cache = TranslationCache(tmp_path)
    cache.store("echo", "1", "es", "en", {"uno": "ONE", "dos": "TWO"})
    assert cache.stats().entries == {("echo", "1", "es", "en"): 2}
    assert cache.clear() == 2
    assert cache.stats().entries == {}


def test_cache_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"


WRITER = """
import sys
from xlate.translate import TranslationCache
cache = TranslationCache(sys.argv[1])
for n in range(40):
    cache.store("echo", "1", "es", "en", {f"{sys.argv[2]}-{n}-{i}": "x" for i in range(50)})
"""


def test_two_processes_write_at_once(tmp_path):
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name]) for name in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert TranslationCache(tmp_path).stats().entries[("echo", "1", "es", "en")] == 2 * 40 * 50


def test_an_existing_database_opens_without_the_file_lock(tmp_path, monkeypatch):
    TranslationCache(tmp_path).store("echo", "1", "es", "en", {"uno": "ONE"})
    monkeypatch.setitem(sys.modules, "filelock", None)    # importing it now fails
    assert TranslationCache(tmp_path).lookup("echo", "1", "es", "en", ["uno"]) == {"uno": "ONE"}


def test_a_new_database_is_set_up_under_the_file_lock(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "filelock", None)
    try:
        TranslationCache(tmp_path).lookup("echo", "1", "es", "en", ["uno"])
    except ImportError:
        return
    raise AssertionError("a new database was switched to WAL without the lock")


def test_whole_round_trips_are_kept_and_read_back_in_one_look_up(tmp_path):
    """The second run finds each round trip whole; before that, it puts one together from the
    cached legs and score (a cache filled by an older xlate) and keeps it whole."""
    from xlate.translate.roundtrip import cached_round_trips, round_trip
    items = [("the prison holds many inmates", "en"), ("la cárcel tiene muchos presos", "es")]
    engine = CachedEngine(EchoEngine(), TranslationCache(tmp_path))
    assert cached_round_trips(items, engine) == [None, None]
    trips = round_trip(items, engine)
    assert cached_round_trips(items, engine) == trips
    engine.cache.conn.execute("DELETE FROM round_trip")
    assert cached_round_trips(items, engine) == trips                       # from the legs
    assert engine.cache.conn.execute("SELECT COUNT(*) FROM round_trip").fetchone()[0] == 2   # kept whole again
    engine.cache.clear()
    assert cached_round_trips(items, engine) == [None, None]


def test_round_trip_scores_are_read_alone_under_the_keys_older_caches_hold(tmp_path):
    import hashlib

    from xlate.translate.roundtrip import cached_scores, metric_name, round_trip
    items = [("the prison holds many inmates", "en"), ("la cárcel tiene muchos presos", "es")]
    engine = CachedEngine(EchoEngine(), TranslationCache(tmp_path))
    assert cached_scores(items, engine) == [None, None]
    trips = round_trip(items[:1], engine)
    assert cached_scores(items, engine) == [trips[0].score, None]
    old_key = hashlib.blake2b("\0".join((engine.name, engine.version, metric_name(), "en", items[0][0])).encode(),
                              digest_size=16).digest()
    assert engine.cache.lookup_round_trip_scores([old_key]) == {old_key: trips[0].score}


def test_the_metric_name_in_cache_keys_is_sacrebleus_own():
    import sacrebleu

    from xlate.translate.roundtrip import metric_name
    assert metric_name() == f"chrF sacrebleu {sacrebleu.__version__}"
