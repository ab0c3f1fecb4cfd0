"""The glossary cache: an unchanged glossary file is read back from the user cache folder, the same
concepts and the same errors, and a changed, corrupt or unwritable cache is never a problem; what the
term index and the calque rule derive from terms is kept too, and worked out again when they change."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

import pytest

from conftest import CECOT_TOML, ROOT, SEEDS, SHIPPED_GLOSSARY
from xlate.rules.context import Context
from xlate.glossary import GlossaryError, load_glossary
from xlate.glossary import matcher, model, native
from xlate.glossary.cache import cache_folder, keep_learned, memoized, read_learned
from xlate.glossary.matcher import TermIndex
from xlate.glossary.model import LENIENT
from xlate.rules import calque, calque_targets

CLASH = CECOT_TOML + '\n[[concept]]\nid = "prison"\nes = "cárcel"\nen = "mega-prison"\n'


@pytest.fixture
def glossary_file(tmp_path):
    path = tmp_path / "project" / "terms.toml"
    path.parent.mkdir()
    path.write_text(CECOT_TOML, encoding="utf-8")
    return path


def _slots() -> list:
    return sorted(cache_folder().glob("parsed-*.marshal")) if cache_folder().is_dir() else []


def _unparseable(monkeypatch):
    """From here on the TOML loader fails: whatever still loads came from the cache."""
    def refuse(path):
        raise AssertionError(f"{path} parsed again")
    monkeypatch.setattr(native, "load", refuse)


def test_an_unchanged_file_is_served_from_the_cache(glossary_file, monkeypatch):
    first = load_glossary([glossary_file])
    assert len(_slots()) == 1
    _unparseable(monkeypatch)
    again = load_glossary([glossary_file])
    assert again.concepts == first.concepts and again.sources == first.sources
    assert again.get("cecot").source == f"{glossary_file}:2"


def test_each_format_comes_back_the_same(tmp_path):
    for path in [ROOT / "glossary", ROOT / "tests" / "data" / "Example_Astronomy_DCA_VALID.tbx"]:
        assert load_glossary([path]).concepts == load_glossary([path]).concepts


def test_a_changed_file_is_parsed_again(glossary_file):
    load_glossary([glossary_file])
    glossary_file.write_text(CECOT_TOML.replace("mega-prison", "megaprison"), encoding="utf-8")
    os.utime(glossary_file, ns=(1, 1))   # even with an older mtime: the key is not "newer than"
    assert load_glossary([glossary_file]).get("megacarcel").preferred_en == "megaprison"
    assert len(_slots()) == 1   # one slot per file, rewritten


@pytest.mark.parametrize("garbage", [b"", b"\x00not marshal", None])
def test_a_corrupt_cache_is_ignored_and_rewritten(glossary_file, garbage):
    expected = load_glossary([glossary_file]).concepts
    [slot] = _slots()
    import marshal
    slot.write_bytes(garbage if garbage is not None else marshal.dumps((("wrong",), [("x",)])))
    assert load_glossary([glossary_file]).concepts == expected
    assert load_glossary([glossary_file]).concepts == expected and _slots() == [slot]


def test_nothing_is_written_beside_the_glossary(glossary_file):
    load_glossary([glossary_file])
    load_glossary([glossary_file.parent])
    assert os.listdir(glossary_file.parent) == ["terms.toml"]


def test_an_unwritable_cache_folder_is_not_an_error(glossary_file, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XLATE_CACHE_DIR", str(blocker))
    assert len(load_glossary([glossary_file])) == 4


def test_conflicts_are_reported_the_same_from_the_cache(glossary_file):
    glossary_file.write_text(CLASH, encoding="utf-8")
    messages = []
    for _ in range(2):
        with pytest.raises(GlossaryError) as caught:
            load_glossary([glossary_file])
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith(f"{glossary_file}:26: en term 'mega-prison' is preferred in both")


def test_lenient_loading_never_feeds_a_check(glossary_file):
    glossary_file.write_text('[[concept]]\nid = "empty"\n', encoding="utf-8")
    token = LENIENT.set(True)
    try:
        assert len(load_glossary([glossary_file])) == 1   # lint sees the entry and reports it itself
    finally:
        LENIENT.reset(token)
    with pytest.raises(GlossaryError, match="has no terms"):
        load_glossary([glossary_file])


# --- what is derived from the glossary: term index entries, calque targets ---------------------------

def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.suffix in (".md", ".txt")]


def _counting(monkeypatch, module, name) -> list:
    """Calls to module.name from here on, each recorded."""
    calls, real = [], getattr(module, name)
    monkeypatch.setattr(module, name, lambda *args: calls.append(args) or real(*args))
    return calls


def test_the_term_index_from_the_cache_finds_what_a_fresh_one_finds(monkeypatch):
    glossary = load_glossary([SHIPPED_GLOSSARY])
    Context(glossary=glossary).terms
    worked_out = _counting(monkeypatch, matcher, "plain_entries")
    cached = Context(glossary=glossary).terms
    assert worked_out == []
    fresh = TermIndex(glossary)
    assert all(cached.find(text) == fresh.find(text) for text in _seed_texts())
    assert cached.known_keys() == fresh.known_keys()


def test_a_changed_term_is_worked_out_again(small_glossary, monkeypatch):
    Context(glossary=small_glossary).terms
    small_glossary.get("megacarcel").terms[1].text = "megaprison"
    worked_out = _counting(monkeypatch, matcher, "plain_entries")
    index = Context(glossary=small_glossary).terms
    assert [term.text for term, in worked_out] == ["megaprison"]
    assert [m.text for m in index.find("two megaprisons and a mega-prison")] == ["megaprisons"]


# --- a glossary loaded read-only (a check): its indexes are kept whole --------------------------------

def test_a_read_only_glossary_is_not_walked_again(monkeypatch):
    first = Context(glossary=load_glossary([SHIPPED_GLOSSARY], read_only=True))
    fresh_terms, fresh_targets = first.terms, calque.targets(first.glossary)
    monkeypatch.setattr(matcher, "plain_index", lambda *args: pytest.fail("term index built again"))
    monkeypatch.setattr(calque_targets, "_plain_index", lambda *args: pytest.fail("calque targets built again"))
    again = Context(glossary=load_glossary([SHIPPED_GLOSSARY], read_only=True))
    assert all(again.terms.find(text) == fresh_terms.find(text) for text in _seed_texts())
    assert calque.targets(again.glossary) == fresh_targets


def test_a_read_only_glossary_changed_on_disk_is_indexed_anew(glossary_file):
    Context(glossary=load_glossary([glossary_file], read_only=True)).terms
    glossary_file.write_text(CECOT_TOML.replace("mega-prison", "megaprison"), encoding="utf-8")
    index = Context(glossary=load_glossary([glossary_file], read_only=True)).terms
    assert [m.text for m in index.find("a megaprison, not a mega-prison")] == ["megaprison"]


def test_only_a_read_only_glossary_unchanged_since_loading_is_stamped(glossary_file, tmp_path):
    assert load_glossary([glossary_file]).stamp is None
    glossary = load_glossary([glossary_file], read_only=True)
    assert glossary.stamp is not None
    other = tmp_path / "other.toml"
    other.write_text('[[concept]]\nid = "bukele"\nes = "Nayib Bukele"\nen = "Nayib Bukele"\n', encoding="utf-8")
    glossary.extend(load_glossary([other]).concepts)
    assert glossary.stamp is None   # no longer what the files say


def test_calque_targets_from_the_cache_are_the_same(monkeypatch):
    glossary = load_glossary([SHIPPED_GLOSSARY])
    first = calque.targets(glossary)
    monkeypatch.setattr(calque, "target_parts", lambda concept: pytest.fail("worked out again"))
    again = calque.targets(glossary)
    assert again == first and again.mirror_keys


def test_derived_values_are_dropped_when_the_code_deriving_them_changes(tmp_path, small_glossary):
    code = ModuleType("deriving")
    code.__file__ = str(tmp_path / "deriving.py")
    Path(code.__file__).write_text("VERSION = 1\n")
    seen = []

    def build(known):
        seen.append(dict(known))
        return None, {"term": "derived"}, int("term" not in known)

    for _ in range(2):
        memoized("test", small_glossary, (code,), build)
    Path(code.__file__).write_text("VERSION = 2\n")
    memoized("test", small_glossary, (code,), build)
    assert seen == [{}, {"term": "derived"}, {}]


def test_what_runs_learn_is_kept_for_a_read_only_glossary_and_merged(glossary_file):
    glossary = load_glossary([glossary_file], read_only=True)
    assert read_learned("test", glossary, (model,)) == {}
    keep_learned("test", glossary, (model,), {("Kennedy Center",): None})
    keep_learned("test", glossary, (model,), {("Tecoluca Prison",): ("cecot", 0)})
    assert read_learned("test", glossary, (model,)) == {("Kennedy Center",): None, ("Tecoluca Prison",): ("cecot", 0)}
    assert read_learned("test", glossary, (model,), depends=("another engine",)) == {}


def test_what_runs_learn_keeps_the_newest_entries_up_to_a_bound(glossary_file, monkeypatch):
    from xlate.glossary import cache
    monkeypatch.setattr(cache, "MAX_LEARNED", 3)
    glossary = load_glossary([glossary_file], read_only=True)
    keep_learned("test", glossary, (model,), {"a": 1, "b": 2})
    keep_learned("test", glossary, (model,), {"c": 3, "a": 4})   # "a" learned again: now among the newest
    keep_learned("test", glossary, (model,), {"d": 5})
    assert read_learned("test", glossary, (model,)) == {"c": 3, "a": 4, "d": 5}


def test_what_runs_learn_is_forgotten_when_the_glossary_changes(glossary_file):
    keep_learned("test", load_glossary([glossary_file], read_only=True), (model,), {"name": "verdict"})
    glossary_file.write_text(CECOT_TOML.replace("Tecoluca", "Tecoluca, San Vicente"), encoding="utf-8")
    assert read_learned("test", load_glossary([glossary_file], read_only=True), (model,)) == {}


def test_nothing_is_learned_for_a_glossary_that_may_change_while_it_is_used(glossary_file):
    glossary = load_glossary([glossary_file])
    keep_learned("test", glossary, (model,), {"name": "verdict"})
    assert read_learned("test", glossary, (model,)) == {} and not list(cache_folder().glob("test-learned-*"))


def test_cache_clear_removes_the_glossary_cache_too(glossary_file):
    from click.testing import CliRunner
    from xlate.cli import main
    load_glossary([glossary_file])
    result = CliRunner().invoke(main, ["cache", "clear"], catch_exceptions=False)
    assert "removed 1 cached glossary files and indexes" in result.stdout
    assert _slots() == []


def test_files_found_free_of_conflicts_are_not_checked_again(glossary_file, monkeypatch):
    first = load_glossary([glossary_file], read_only=True)
    monkeypatch.setattr(model, "_ConflictIndex", lambda *args: pytest.fail("checked again"))
    again = load_glossary([glossary_file], read_only=True)
    assert again.concepts == first.concepts and again.sources == first.sources and again.stamp == first.stamp


def test_a_conflict_written_into_a_checked_file_is_still_refused(glossary_file):
    load_glossary([glossary_file], read_only=True)
    glossary_file.write_text(CLASH, encoding="utf-8")
    with pytest.raises(GlossaryError, match="is preferred in both"):
        load_glossary([glossary_file], read_only=True)
