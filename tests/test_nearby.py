"""The symmetric-delete index of suggestions: complete within two edits, cached, rebuilt when lists change."""

import random
from itertools import accumulate

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlate.infra import tables
from xlate.spelling import load_dictionary, nearby
from rapidfuzz.distance import DamerauLevenshtein

WORDS = ["cárcel", "carcelero", "cancel", "parcel", "government", "governments", "govern", "the", "then",
         "ten", "a", "según", "seguir", "internationally", "international", "internal", "ñandú", "naïve", "x" * 30]


def near_by_brute_force(word: str) -> set[str]:
    return {w for w in WORDS if DamerauLevenshtein.distance(word, w) <= 2}


@pytest.mark.parametrize("word", ["carcel", "carcelro", "parcle", "goverment", "governmnets", "teh", "th", "",
                                  "segun", "internationl", "internatinal", "nandu", "naive", "x" * 28, "zzzzzz"])
def test_every_word_within_two_edits_is_a_candidate(word):
    index = nearby.Nearby(nearby.encode(WORDS))
    assert near_by_brute_force(word) <= set(index.candidates(word))


def test_random_double_slips_of_listed_words_find_their_word():
    english = load_dictionary("en")
    words = sorted(english._frequencies.keys())[::40]
    index = nearby.Nearby(nearby.encode(words))
    rng = random.Random(7)
    for word in rng.sample(words, 300):
        slipped = list(word)
        for _ in range(2):
            at = rng.randrange(len(slipped) + 1)
            edit = rng.choice("delete insert replace swap".split())
            if edit == "insert" or not slipped:
                slipped.insert(at, rng.choice("abcdefghijklmnopqrstuvwxyzé"))
            elif edit == "swap" and at + 1 < len(slipped):
                slipped[at], slipped[at + 1] = slipped[at + 1], slipped[at]
            elif at < len(slipped):
                slipped[at] = rng.choice("abcdefghijklmnopqrstuvwxyz") if edit == "replace" else ""
        typo = "".join(slipped)
        assert DamerauLevenshtein.distance(typo, word) > 2 or word in index.candidates(typo), (word, typo)


def test_header_knows_the_longest_word_and_a_damaged_index_is_refused():
    encoded = nearby.encode(WORDS)
    assert nearby.Nearby(encoded).longest == 30
    for damaged in (encoded[:-3], b"XLNB" + encoded[4:20], b"garbage" * 10):
        with pytest.raises(ValueError):
            nearby.Nearby(damaged)
    assert nearby.Nearby(nearby.encode([])).candidates("word") == []


def test_the_index_is_cached_and_a_damaged_file_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path))
    first = nearby.cached_index("test", lambda: WORDS)
    [path] = tmp_path.iterdir()
    assert path.name.startswith("nearby-test-")
    assert nearby.cached_index("test", lambda: pytest.fail("built again")).candidates("teh") == first.candidates("teh")
    path.write_bytes(b"garbage")
    assert "the" in nearby.cached_index("test", lambda: WORDS).candidates("teh")


def test_a_changed_word_list_gets_a_fresh_index(tmp_path, monkeypatch):
    """The index is named after the word tables' cache files, which carry their sources' versions."""
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path))
    source = tmp_path / "list.json"
    source.write_text("one")
    built = []

    def index_of(words):
        table = tables.load_table(source, lambda _: dict.fromkeys(words, 1))
        return nearby.cached_index(table.name, lambda: built.append(words) or words)

    assert "tomate" in index_of(["tomate"]).candidates("tomtae")
    assert "tomate" in index_of(["other"]).candidates("tomtae") and len(built) == 1   # same source: cached
    source.write_text("two, a longer list")
    assert "tomate" not in index_of(["patata"]).candidates("tomtae") and len(built) == 2


def test_spanish_index_holds_inflected_forms(monkeypatch):
    spanish = load_dictionary("es")   # the Hunspell list holds every form, so the index does too
    assert spanish.lists("presos") and "presos" in spanish._nearby().candidates("presoss")


def test_the_index_of_words_in_any_order_and_repeated_is_the_index_of_them_sorted_once():
    """encode takes a word table's keys (sorted, each once) as they are, and sorts anything else."""
    assert nearby._sorted_unique(["b", "a", "b"]) == ["a", "b"] == nearby._sorted_unique(["a", "b"])
    assert nearby._sorted_unique(["a", "a"]) == ["a"] and nearby._sorted_unique([]) == []
    shuffled = WORDS[::-1] + WORDS[:5]
    assert nearby.encode(shuffled) == nearby.encode(sorted(set(WORDS)))


@given(st.lists(st.text(st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)), max_size=6), max_size=8))
@settings(max_examples=200, deadline=None)
def test_a_word_block_is_the_words_joined_and_each_start_one_past_the_newline_before(words):
    """word_block (tables and the index keep their words so) reads the starts from the joined text:
    the same as encoding word by word, whatever the words (empty, accented, beyond the BMP)."""
    encoded = [word.encode("utf-8") for word in words]
    block, starts = tables.word_block(words)
    assert block == b"\n".join(encoded)
    assert list(starts) == list(accumulate((len(word) + 1 for word in encoded), initial=0))


def test_a_table_gives_its_words_sorted_without_building_a_dict():
    table = tables.WordTable(tables.encode({"según": 2, "a": 1, "cárcel": 3}))
    assert table.words() == ["a", "cárcel", "según"] and table._dict is None
    assert tables.WordTable(tables.encode({})).words() == []
