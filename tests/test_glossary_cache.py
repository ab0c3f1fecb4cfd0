"""The parse cache: an unchanged glossary file is read back from the user cache folder, the same
concepts and the same errors, and a changed, corrupt or unwritable cache is never a problem."""

from __future__ import annotations

import os

import pytest

from conftest import CECOT_TOML, ROOT
from xlate.glossary import GlossaryError, load_glossary
from xlate.glossary import native
from xlate.glossary.cache import cache_folder
from xlate.glossary.model import LENIENT

CLASH = CECOT_TOML + '\n[[concept]]\nid = "prison"\nes = "cárcel"\nen = "mega-prison"\n'


@pytest.fixture
def glossary_file(tmp_path):
    path = tmp_path / "project" / "terms.toml"
    path.parent.mkdir()
    path.write_text(CECOT_TOML, encoding="utf-8")
    return path


def _slots() -> list:
    return sorted(cache_folder().glob("*.marshal")) if cache_folder().is_dir() else []


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
