"""The dictionaries: compact cache, lookups, derivations and ranked suggestions."""

import gzip
import os

import msgpack
import pytest

from xlate.infra import cachefile, tables
from xlate.spelling import data, load_dictionary, nearby, usage
from xlate.spelling.edits import favoured_edit


@pytest.fixture(scope="module")
def en():
    return load_dictionary("en")


@pytest.fixture(scope="module")
def es():
    return load_dictionary("es")


def test_compact_form_round_trips():
    frequencies = {"cárcel": 105104, "de": 35884399, "ñandú": 50}
    assert tables.decode(tables.encode(frequencies)) == frequencies


def test_table_answers_as_the_dict_did_before_and_after_it_builds_one():
    frequencies = {f"w{i}é": i + 1 for i in range(100)}
    table = tables.WordTable(tables.encode(frequencies))
    probes = ["w100é", "", "\ud800", "W1é", *frequencies]
    answers = [table.get(word) for word in probes]   # 104 lookups: past an eighth of the words, a dict
    assert answers == [frequencies.get(word) for word in probes]
    assert [table.get(word) for word in probes] == answers and table == frequencies


def test_a_word_asked_again_is_answered_as_the_first_time_without_building_a_dict():
    frequencies = {f"w{i}é": i + 1 for i in range(100)}
    table = tables.WordTable(tables.encode(frequencies))
    for _ in range(50):   # 200 lookups of 4 words: only distinct words count towards the dict
        assert [table.get("w1é"), table.get("nope"), table.get("nope", 0), "w2é" in table] == [2, None, 0, True]
    assert table._dict is None and table == frequencies


def test_every_word_of_a_crowded_table_is_found_where_it_was_placed():
    """The slots are filled in rounds (tables._hash_slots): a look-up that probes from a word's hash
    must still reach it, in runs of many words sharing slots."""
    frequencies = {f"{i:x}ñ" * (i % 3 + 1): i for i in range(20000)}
    table = tables.WordTable(tables.encode(frequencies))
    assert all(table._index(word.encode("utf-8")) is not None for word in frequencies)
    assert [table._index(word.encode("utf-8")) for word in ("", "zzñ", "1ñ1")] == [None, None, None]
    assert table.as_dict() == frequencies


def test_a_table_gives_the_words_under_a_prefix_before_and_after_it_builds_a_dict():
    values = {"a|b\t": -5, "a|b\tl1=the": 7, "a|bc\tx": 1, "a|b\tñ=é": 3, "a|a\tz": 2, "b|c\t": 9}
    table = tables.WordTable(tables.encode(values, "i"))
    wanted = {"": -5, "l1=the": 7, "ñ=é": 3}
    assert table.with_prefix("a|b\t") == wanted and table.with_prefix("c|d\t") == {} and table._dict is None
    assert table.with_prefix("b|c\t") == {"": 9} and len(table.with_prefix("a|")) == 5
    table.as_dict()
    assert table.with_prefix("a|b\t") == wanted


def test_a_table_gives_the_words_of_a_value_under_a_prefix_and_no_value_read_across_two():
    """words_valued searches the values' bytes: the last byte of one value and the first three of the
    next ("p:a" then "p:b": 00 00 00 01 00 00 00 00) spell 1 too, and are no word of it."""
    values = {"p:a": 1 << 24, "p:b": 0, "p:c": 1, "p:d": 1, "q:e": 1, "o:f": 1}
    table = tables.WordTable(tables.encode(values))
    assert table.words_valued(1, "p:") == ["c", "d"] and table.words_valued(0, "p:") == ["b"]
    assert table.words_valued(7, "p:") == [] and table.words_valued(1, "r:") == []
    assert table.words_valued(1) == ["o:f", "p:c", "p:d", "q:e"]
    table.as_dict()
    assert table.words_valued(1, "p:") == ["c", "d"]


def test_empty_table():
    assert tables.decode(tables.encode({})) == {} and tables.WordTable(tables.encode({})).get("a", 0) == 0


def test_truncated_compact_form_is_refused():
    with pytest.raises(ValueError):
        tables.decode(tables.encode({"uno": 1, "dos": 2})[:-2] + b"\xff")


def test_first_load_writes_the_cache_and_later_loads_read_only_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path))
    first = data.load_frequencies("es")
    assert [p.name.startswith("words-es-") for p in tmp_path.glob("words-*")] == [True]
    monkeypatch.setattr(data, "parse_source", lambda source: pytest.fail("parsed the gzipped JSON again"))
    assert data.load_frequencies("es") == first


def test_a_reinstalled_word_list_keeps_its_table(tmp_path, monkeypatch):
    """The table is named after the list's content: the same file with a new modification time
    (a reinstall, a CI job restoring its cache) finds it; a changed file of the same size does not."""
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "list.txt"
    source.write_text("uno\ndos\n")
    parse = lambda path: dict.fromkeys(path.read_text().split(), 1)   # noqa: E731
    first = tables.load_table(source, parse)
    os.utime(source, ns=(1, 1))
    monkeypatch.setattr(tables, "encode", lambda *a: pytest.fail("built the table again"))
    assert tables.load_table(source, parse).name == first.name
    source.write_text("uno\nmil\n")
    monkeypatch.undo()
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    assert set(tables.load_table(source, parse)) == {"uno", "mil"}


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path))
    cache = tables.cache_path(data.source_path("en"))
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"garbage")
    assert data.load_frequencies("en")["the"] > 0
    assert tables.decode(cache.read_bytes())["the"] > 0


@pytest.mark.parametrize("xdg, home", [(None, "/home/ana"), ("/tmp/cache", "/home/ana"), ("relative", "/home/ana"),
                                       (" ", "/home/ana/"), (None, "relative")])
def test_cache_folder_is_where_platformdirs_puts_it(monkeypatch, xdg, home):
    monkeypatch.delenv("XLATE_CACHE_DIR")
    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cachefile.cache_dir() == cachefile._platform_cache_dir()


def test_lookup_ignores_case_and_curly_apostrophes(en):
    assert en.knows("Criticized") and en.knows("don’t") and not en.knows("criticzed")


def test_missing_letter_suggests_the_word_first(en):
    found = en.suggest("criticzed")
    assert (found.distance, found.words[0]) == (1, "criticized")


def test_transposition_beats_rarer_replacements(en):
    assert en.suggest("teh").words[0] == "the"


def test_two_edits_only_when_nothing_is_one_edit_away(en):
    assert en.suggest("acommodaton").distance == 2
    assert "accommodation" in en.suggest("acommodaton").words
    assert not en.suggest("xqzt")   # short words never go to two edits


def test_spanish_suggestions_restore_accents(es):
    assert es.suggest("tambien").words[0] == "también"
    assert es.suggest("carcel").words[0] == "cárcel"


def test_spanish_inflections_of_headwords_are_known(es):
    for form in ("presos", "prisiones", "dijeron", "mantendrá", "diciéndolo", "detuvieron", "según", "qué"):
        assert es.knows(form), form
    assert not es.knows("presoss")


def test_inflected_forms_are_suggested_in_spanish(es):
    assert es.suggest("presoss").words[0] == "presos"
    assert es.suggest("tendra").words[0] == "tendrá"
    assert es.suggest("parafines").words[0] == "parafinas"   # a plural too rare for wordfreq's list


def test_english_derivations_are_known_but_not_suggested(en):
    assert en.knows("relicensing") and en.knows("sublicenses")
    assert "megacancel" not in en.suggest("megacarcel").words


def test_accented_forms(es):
    assert es.accented_forms("carcel") == ["cárcel"]
    assert es.accented_forms("megacarcel") == []


def test_project_words_extend_the_dictionary(en):
    extended = en.with_words(["Tecoluca"])
    assert extended.knows("Tecoluca") and not en.knows("Tecoluca")
    assert extended.suggest("tecolca").words == ("tecoluca",)


def test_folded_glossary_tokens_are_known_with_or_without_accents(es):
    extended = es.with_words(folded=["megacarcel"])
    assert extended.knows("megacárcel") and extended.knows("Megacarcel")


def test_insertions_transpositions_and_accents_are_the_favoured_edits():
    english, spanish = "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyzáéíóúñü"
    assert [favoured_edit("teh", c, english) for c in ("the", "tech", "ten", "th")] == [True, True, False, False]
    assert favoured_edit("tambien", "también", spanish) and favoured_edit("tambien", "tambiun", spanish) is False
    assert favoured_edit("cafe", "café", english) and favoured_edit("cafe", "cafè", english) is None


def usage_of(zipfs: dict[str, float]) -> usage.Usage:
    return usage.Usage({word: round(zipf * 10) for word, zipf in zipfs.items()})


FREQUENCIES = usage_of({"the": 7.7, "teh": 3.0, "their": 6.3, "thier": 3.0, "fentanyl": 2.9,
                        "además": 5.6, "ademas": 4.3, "controlar": 4.6, "controla": 4.5,
                        "cártel": 3.6, "cartel": 4.6, "occured": 2.8, "occurred": 4.6})


def test_zipf_lookup_ignores_case_and_is_zero_for_unlisted_words():
    assert (FREQUENCIES.zipf("Fentanyl"), FREQUENCIES.zipf("sentance")) == (2.9, 0.0)


def test_rare_but_real_words_are_words():
    assert FREQUENCIES.is_word("fentanyl", ["fontanel"])       # the suggestion is rarer still
    assert FREQUENCIES.is_word("controlar", ["controla"])      # about as frequent as the suggestion
    assert FREQUENCIES.is_word("cártel", ["cartel"])           # an accent added is a variant, not a slip
    assert FREQUENCIES.is_word("occured", ["occurred"], distance=2)   # two slips at once: rarer than a word


def test_a_word_far_longer_than_any_listed_word_is_judged_without_rules_or_search(es, monkeypatch):
    blob = "megacarcel" * 2000   # a base64 blob or a glued string: 20,000 letters
    assert es.longest < 100
    for name in ("derivations", "inflections"):
        monkeypatch.setattr(es, name, lambda word: pytest.fail("ran the derivation rules on a blob"))
    monkeypatch.setattr(nearby.Nearby, "candidates", lambda self, word: pytest.fail("looked a blob up"))
    assert not es.knows(blob + "x") and not es.knows_form(blob)
    assert es.accented_forms(blob) == [] and not es.suggest(blob[:500] + "y") and not es.suggest(blob + "y")


def test_common_misspellings_are_slips_however_often_written():
    assert not FREQUENCIES.is_word("teh", ["the"]) and not FREQUENCIES.is_word("thier", ["their"])
    assert not FREQUENCIES.is_word("ademas", ["adema", "además"])  # accents left out of a commoner word
    assert not FREQUENCIES.is_word("sentance", ["sentence"])   # too rare to be a word
    assert not FREQUENCIES.is_word("occured", ["occurred"])    # 60 times rarer than the word


def test_wordfreq_list_is_read_into_the_compact_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "large_xx.msgpack.gz"
    buckets = [[] for _ in range(800)]
    buckets[130], buckets[460], buckets[750] = ["the"], ["fentanyl", "u.s"], ["sentance"]
    source.write_bytes(gzip.compress(msgpack.packb([{"format": "cB", "version": 1}, *buckets])))
    tenths = tables.load_table(source, usage.parse_source, typecode="B")
    assert dict(tenths) == {"the": 77, "fentanyl": 44}   # no punctuation, nothing under Zipf 2
    monkeypatch.setattr(usage, "parse_source", lambda source: pytest.fail("parsed the msgpack list again"))
    assert tables.load_table(source, usage.parse_source, typecode="B") == tenths


def test_no_wordfreq_means_no_frequencies(monkeypatch):
    monkeypatch.setattr(usage.importlib.util, "find_spec", lambda name: None)
    usage.load_usage.cache_clear()
    try:
        assert usage.load_usage("en") is None
    finally:
        usage.load_usage.cache_clear()


def test_derived_forms_that_only_lack_an_accent_are_unknown(es):
    assert not es.knows("ademas") and not es.knows("despues")   # not forms of ademar or des-pues
    assert es.knows("practica") and es.knows("critica")          # practicar and criticar are common


@pytest.mark.parametrize("text, slip", [
    ("procede", "proceed"),   # Spanish, and "proceed" with two letters swapped
    ("intro", None),          # "nitro" swapped, but English writes "intro" often: a word of its own
    ("por", None),            # "pro" swapped: too short to tell a slip from chance
    ("presidente", None),     # one letter more than "president": a cognate, not a swap
])
def test_a_typing_slip_is_a_common_word_with_two_neighbouring_letters_swapped(en, text, slip):
    from xlate.spelling.words import typing_slip
    assert typing_slip(text, en, usage.load_usage("en")) == slip
    assert typing_slip(text, en, None) is None   # without wordfreq's counts, no slip is told


def test_a_word_with_no_apostrophe_or_hyphen_is_its_one_piece():
    """words.is_one_piece skips the clitic and compound splitting: right only while every clitic holds an
    apostrophe, which this checks (a clitic added without one would be left on its word)."""
    from xlate.core.document import Word
    from xlate.spelling.words import CLITICS, is_one_piece, without_clitic
    assert all(not is_one_piece(clitic) for clitic in CLITICS)
    assert is_one_piece("Izalco") and not is_one_piece("Izalco's") and not is_one_piece("co-operate")
    assert not is_one_piece("Izalco’s") and without_clitic(Word(0, 8, "Izalco’s")).text == "Izalco"
