"""XL401's parse cache: the confusables data, validated and compiled once, read back by later runs."""

import os

import pytest

from xlate.infra import patterns as pattern_cache
from xlate.rules import confusable_data as confusable
from xlate.rules.confusable_data import DATA_FILE, ConfusableDataError, LazyPattern

load = confusable.load_confusables.__wrapped__   # without the per-process memo

GOOD = '''
[macros]
modal = '(?:can|could)'

[[confusable]]
id = "en-effect"
language = "en"
forms = {effect = "affect"}
why = "affect: to influence"
context = '<modal> @ \\b(?:the|it)\\b'
unless = '@ change'
'''


def plain(index) -> dict:
    """An index as comparable values: each entry's fields, its patterns as written and expanded."""
    def patterns(ps):
        return [(p.written, p.expanded, p.where) for p in ps]
    return {word: [(e.language, e.forms, e.why, patterns(e.context), patterns(e.unless), e.lowercase_only)
                   for e in entries] for word, entries in index.items()}


def cache_files(folder) -> list:
    return sorted(folder.glob("confusables-*"))


def no_parsing(monkeypatch):
    monkeypatch.setattr(confusable, "_parse_toml", lambda content: pytest.fail("parsed the TOML again"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("XLATE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "confusables.toml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_a_cache_hit_gives_the_same_entries_without_parsing(cache, monkeypatch):
    first = load(DATA_FILE)
    [written] = cache_files(cache)
    no_parsing(monkeypatch)
    again = load(DATA_FILE)
    assert plain(again) == plain(first)
    assert again["effect"][0] is again["Effect"][0]   # one entry under each spelling, as when parsed
    assert cache_files(cache) == [written]


def test_patterns_read_from_the_cache_match_as_compiled_ones(cache, monkeypatch):
    windows = ("the minister resigned , @ health reasons .", "prices rose faster @ wages")
    words = ("sighting", "then", "effect", "its")
    cold = load(DATA_FILE)
    # decided on the cold entries first: a token pattern's word shapes are compiled on first use and
    # kept for the process (confusable_tokens._shape), whichever test used them first
    expected = [[c.decides(window) for window in windows] for word in words for c in cold[word]]
    monkeypatch.setattr(confusable.regex, "compile", lambda *a, **k: pytest.fail("compiled a pattern"))
    warm = load(DATA_FILE)
    assert [[w.decides(window) for window in windows] for word in words for w in warm[word]] == expected


def test_a_warm_index_makes_only_the_entries_looked_up(cache):
    cold = load(DATA_FILE)
    warm = load(DATA_FILE)
    assert warm.keys() == cold.keys() and not any(isinstance(e, confusable.Confusable) for e in warm.entries)
    assert [e.id for e in warm["accept"]] == [e.id for e in cold["accept"]] and warm["Accept"] is warm["Accept"]
    made = [e for e in warm.entries if isinstance(e, confusable.Confusable)]
    assert made and all(any(e is listed for listed in warm["accept"]) for e in made)   # no more, each made once
    assert plain(warm) == plain(cold)


def test_cues_are_read_from_the_cache(cache, monkeypatch):
    cold = load(DATA_FILE)
    monkeypatch.setattr(confusable, "pattern_cues", lambda pattern: pytest.fail("worked out cues again"))
    warm = load(DATA_FILE)
    assert [p.cues for e in warm["accept"] for p in e.context] == [p.cues for e in cold["accept"] for p in e.context]
    assert warm["accept"][0].context[0].cues >= {"everyone", "nobody"}


def test_a_damaged_cache_is_rebuilt(cache, data, monkeypatch):
    expected = plain(load(data))
    [file] = cache_files(cache)
    good = file.read_bytes()
    for damage in (b"garbage", good[:len(good) // 2], good[:-9] + b"123456789", b""):
        file.write_bytes(damage)
        assert plain(load(data)) == expected
        assert file.read_bytes() == good       # rewritten
    no_parsing(monkeypatch)
    assert plain(load(data)) == expected


def test_a_stale_cache_is_rebuilt_when_the_data_changes(cache, data):
    assert [e.why for e in load(data)["effect"]] == ["affect: to influence"]
    stat = data.stat()
    data.write_text(GOOD.replace("to influence", "to sway!!!!!"), encoding="utf-8")   # same size
    os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))                           # and time
    assert [e.why for e in load(data)["effect"]] == ["affect: to sway!!!!!"]
    assert len(cache_files(cache)) == 1


def test_reading_the_data_compiles_no_context_pattern(cache, monkeypatch):
    """A first check compiles the few patterns it meets (through the pattern cache), not all 515."""
    compiled = []
    for module in (confusable.regex, pattern_cache):   # a compile, or a look-up in the pattern cache
        monkeypatch.setattr(module, "compile", lambda source, *a, compile_=module.compile, **k:
                            compiled.append(source) or compile_(source, *a, **k))
    index = load(DATA_FILE)
    expanded = {p.expanded for entries in index.values() for e in entries for p in (*e.context, *e.unless)
                if isinstance(p, LazyPattern)}
    assert len(expanded) > 400 and not expanded & set(compiled)
    assert LazyPattern("@ x", "@ x", "here").search("a @ x b") and not LazyPattern("@ y", "@ y", "here").search("a @ x b")


def test_every_pattern_of_the_shipped_data_compiles(cache):
    """Reading the data no longer compiles its patterns: a bad one would fail only where a check
    meets its word, so every one is compiled here."""
    for entries in load(DATA_FILE).values():
        for entry in entries:
            for pattern in (*entry.context, *entry.unless):
                if isinstance(pattern, LazyPattern):
                    pattern.compile()


@pytest.mark.parametrize("bad, message", [
    (GOOD.replace("context = '<modal> @", "context = '<modal>"),
     r"context '<modal> \\b(?:the|it)\\b' does not mark the word with @"),
    (GOOD.replace("<modal>", "<nope>"), "unknown macro <nope>"),
    (GOOD.replace('why = "affect: to influence"\n', ""), "missing why"),
])
def test_a_bad_data_file_raises_the_same_error_with_a_warm_cache(cache, data, tmp_path, monkeypatch, bad, message):
    load(data)
    assert cache_files(cache)
    data.write_text(bad, encoding="utf-8")
    with pytest.raises(ConfusableDataError) as warm:
        load(data)
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cold"))
    with pytest.raises(ConfusableDataError) as cold:
        load(data)
    assert str(warm.value) == str(cold.value) == f"confusables.toml entry 1 (effect) [en-effect]: {message}"


def test_a_pattern_that_does_not_compile_fails_where_it_is_used_run_after_run(cache, data):
    data.write_text(GOOD.replace("@ change", "@ (change"), encoding="utf-8")
    for _ in range(2):   # parsed, then read from the parse cache
        [entry] = load(data)["effect"]
        with pytest.raises(ConfusableDataError, match=r"entry 1 \(effect\) \[en-effect\]: bad pattern '@ \(change'"):
            entry.decides("could @ the outcome")


def test_an_unwritable_cache_only_costs_speed(tmp_path, data, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XLATE_CACHE_DIR", str(blocker / "cache"))
    assert [e.why for e in load(data)["effect"]] == ["affect: to influence"]


def test_the_cache_is_written_in_the_cache_folder_only(cache, data):
    load(data)
    assert sorted(p.name for p in data.parent.iterdir()) == ["cache", "confusables.toml"]
    assert [p.suffix for p in cache_files(cache)] == [".marshal"]


def test_two_versions_sharing_a_cache_folder_keep_a_file_each(cache, data, monkeypatch):
    """A pre-commit hook's install and an editor's of another version share ~/.cache/xlate: each
    reads its own file back rather than rebuilding the other's at every run."""
    load(data)
    monkeypatch.setattr(confusable, "__version__", "0.0.0+other")
    load(data)
    assert len(cache_files(cache)) == 2
    no_parsing(monkeypatch)
    assert [e.why for e in load(data)["effect"]] == ["affect: to influence"]
    monkeypatch.undo()
    monkeypatch.setenv("XLATE_CACHE_DIR", str(cache))
    no_parsing(monkeypatch)
    assert [e.why for e in load(data)["effect"]] == ["affect: to influence"]


def test_an_entry_read_from_the_cache_unpacks_its_patterns_when_first_asked(cache):
    cold = load(DATA_FILE)
    warm = load(DATA_FILE)
    entry = warm["accept"][0]
    assert isinstance(entry.context, confusable.PackedPatterns) and entry.context._patterns is None
    assert len(entry.context) == len(cold["accept"][0].context) and entry.context._patterns is None
    assert plain({"accept": [entry]}) == plain({"accept": cold["accept"][:1]}) and entry.context._patterns is not None
    others = warm["sighting"][0]   # another entry: still packed
    assert others is not entry and others.context._patterns is None and others.unless._patterns is None
