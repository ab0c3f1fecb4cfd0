"""Regex patterns kept between runs (xlate/infra/patterns.py): the same pattern, compiled once."""

from __future__ import annotations

import regex

from xlate.infra import patterns


def fresh(monkeypatch, folder):
    """patterns as a new process finds it, with its cache in folder."""
    monkeypatch.setenv("XLATE_CACHE_DIR", str(folder))
    monkeypatch.setattr(patterns, "_kept", None)
    monkeypatch.setattr(patterns, "_file", None)
    monkeypatch.setattr(patterns, "_added", False)
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(patterns, "_learned", {})


def test_a_pattern_compiled_once_is_unpickled_by_the_next_run(tmp_path, monkeypatch):
    fresh(monkeypatch, tmp_path)
    first = patterns.compile(r"(?<!\w)doce(?:\s+mil)?\b", regex.I)
    patterns._save()
    fresh(monkeypatch, tmp_path)
    compiled = []
    monkeypatch.setattr(patterns.regex, "compile", lambda *a: compiled.append(a) or regex.compile(*a))
    again = patterns.compile(r"(?<!\w)doce(?:\s+mil)?\b", regex.I)
    assert compiled == []
    assert again.pattern == first.pattern and again.flags == first.flags
    assert again.findall("Doce mil y doce") == first.findall("Doce mil y doce") == ["Doce mil", "doce"]


def test_other_flags_are_another_pattern(tmp_path, monkeypatch):
    fresh(monkeypatch, tmp_path)
    patterns.compile("a", regex.I)
    patterns._save()
    fresh(monkeypatch, tmp_path)
    assert patterns.compile("a").findall("aA") == ["a"]


def test_a_damaged_file_costs_a_compile(tmp_path, monkeypatch):
    (tmp_path / "patterns.marshal").write_bytes(b"not marshal")
    fresh(monkeypatch, tmp_path)
    assert patterns.compile(r"\d+").findall("12 ab 3") == ["12", "3"]
    patterns._save()
    fresh(monkeypatch, tmp_path)
    assert patterns.compile(r"\d+").findall("4") == ["4"]


def test_a_pickle_of_another_pattern_is_not_used(tmp_path, monkeypatch):
    fresh(monkeypatch, tmp_path)
    patterns.compile("x")
    patterns._kept[("y", 0)] = patterns._kept[("x", 0)]   # a file that lies about a pattern
    patterns._save()
    fresh(monkeypatch, tmp_path)
    assert patterns.compile("y").findall("xy") == ["y"]


def test_a_full_file_makes_room_with_what_other_runs_compiled(tmp_path, monkeypatch):
    """An upgrade's (or another branch's) patterns must not fill the file for good: the patterns the
    process uses are kept, those it does not are dropped, and the new one is kept too."""
    monkeypatch.setattr(patterns, "MAX_KEPT", 3)
    fresh(monkeypatch, tmp_path)
    for old in ("old1", "old2", "used"):
        patterns.compile(old)
    patterns._save()
    fresh(monkeypatch, tmp_path)
    patterns.compile("used")
    patterns.compile("new")
    patterns._save()
    fresh(monkeypatch, tmp_path)
    assert set(patterns._load()) == {("used", 0), ("new", 0)}


def test_a_process_asking_for_more_than_the_file_holds_keeps_no_more(tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "MAX_KEPT", 2)
    fresh(monkeypatch, tmp_path)
    for source in ("a", "b", "c"):
        assert patterns.compile(source).findall(source) == [source]
    assert set(patterns._kept) == {("a", 0), ("b", 0)}


def test_an_unwritable_cache_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    fresh(monkeypatch, blocker / "cache")
    assert patterns.compile("b+").findall("abb") == ["bb"]
    patterns._save()


# literal_alternation: a trie that matches as the longest-first alternation does.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _longest_first(words) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="abc.", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="abcA. 1", max_size=40))
def test_literal_alternation_matches_as_the_longest_first_alternation(words, text):
    for context in (r"\b{}\.?\s+(?P<day>\d)", r"{}(?!b)", "{}"):
        plain = regex.compile(context.format("(?P<w>" + _longest_first(words) + ")"), regex.I)
        trie = regex.compile(context.format("(?P<w>" + patterns.literal_alternation(words) + ")"), regex.I)
        assert [(m.span(), m.group("w")) for m in plain.finditer(text)] == \
               [(m.span(), m.group("w")) for m in trie.finditer(text)]


def test_literal_alternation_of_months():
    months = ["oct", "october", "octubre", "mar", "march", "marzo"]
    assert patterns.literal_alternation(months) == "(?:(?:mar(?:(?:ch|zo))?|oct(?:(?:ober|ubre))?))"


def test_what_a_worker_compiled_is_written_by_the_process_that_started_it(tmp_path, monkeypatch):
    """A parallel check's workers exit without the exit handler that writes the file: they hand what
    they compiled to the parent with their results (run/parallel.py), which keeps and writes it."""
    fresh(monkeypatch, tmp_path)
    patterns.compile("parent")
    assert set(patterns.learned()) == {("parent", 0)} and patterns.learned() == {}
    patterns.compile("worker")            # as in a worker, after the fork
    handed = patterns.learned()
    fresh(monkeypatch, tmp_path)          # the parent, which never compiled it
    patterns.keep_learned(handed)
    patterns._save()
    fresh(monkeypatch, tmp_path)
    compiled = []
    monkeypatch.setattr(patterns.regex, "compile", lambda *a: compiled.append(a) or regex.compile(*a))
    assert patterns.compile("worker").findall("a worker") == ["worker"] and compiled == []
