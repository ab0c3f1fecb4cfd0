from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner
from conftest import glossary_from
from translation_helpers import EchoEngine, requires_apertium

from xlate.lint.steps import check_documents
from xlate.cli import main
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.translate.roundtrip import round_trip
from xlate.text.sentences import split_spans
from xlate.translate.sentences import document_sentences


class ForgetfulEngine(EchoEngine):
    """Drops every word after the fourth on the way back: long sentences do not survive."""

    def translate_lines(self, lines, src, tgt):
        self.batches.append(list(lines))
        return [" ".join(line.split()[:4]) if src == "es" else line for line in lines]


def test_sentences_split_at_points_but_not_after_abbreviations():
    text = "Kast visited on Jan. 30. He said “We do not.” Then Mr. Bukele spoke! 15,000 inmates."
    assert [text[s:e] for s, e in split_spans(text)] == [
        "Kast visited on Jan. 30.", "He said “We do not.”", "Then Mr. Bukele spoke!", "15,000 inmates."]


def test_document_sentences_have_document_offsets_and_single_spaces():
    doc = Document("d.md", "# Title\n\nThe prison holds   many inmates. Dr. Smith\nsaid so on Friday.\n\nToo short.\n")
    sentences = document_sentences(doc, min_words=4)
    assert [s.text for s in sentences] == ["The prison holds many inmates.", "Dr. Smith said so on Friday."]
    assert [doc.prose[s.start:s.end].split() for s in sentences] == [s.text.split() for s in sentences]



def test_sentence_texts_have_every_kind_of_space_as_one_blank():
    doc = Document("d.md", "The prison\u00a0holds many\tinmates. It\x1cholds\u2003them  all there now. One two three four.\n")
    assert [s.text for s in document_sentences(doc, min_words=4)] == [
        "The prison holds many inmates.", "It holds them all there now.", "One two three four."]

def test_round_trip_uses_two_batches_per_language():
    engine = ForgetfulEngine()
    trips = round_trip([("one two three four", "en"), ("one two three four five six seven eight", "en"),
                        ("uno dos", "es")], engine)
    assert len(engine.batches) == 4
    assert trips[0].score == 100.0 and trips[1].score < 60


def test_on_a_terminal_the_roundtrip_command_shows_a_progress_bar_over_chunks(monkeypatch):
    import io
    from xlate.cli import roundtrip as command

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    items = [(f"sentence number {n} has several words in it", "en") for n in range(5)]
    expected = round_trip(items, ForgetfulEngine())
    monkeypatch.setattr(command, "PROGRESS_CHUNK", 2)
    monkeypatch.setattr("sys.stderr", Terminal())
    engine = ForgetfulEngine()
    assert command.round_trips(items, engine) == expected
    assert len(engine.batches) == 3 * 2 and "round-tripping" in sys.stderr.getvalue()   # 3 chunks, 2 legs each
    monkeypatch.setattr("sys.stderr", io.StringIO())   # not a terminal: one batch
    engine = ForgetfulEngine()
    assert command.round_trips(items, engine) == expected and len(engine.batches) == 2


def run_xl601(text: str, engine, **options) -> list:
    config = Config(select={"XL601"}, options={"XL601": options} if options else {})
    return check_documents([Document("doc.md", text, format="markdown")], Context(config=config, engine=engine))


def test_only_sentences_below_the_threshold_are_reported():
    text = "The prison holds many inmates. The prison holds many inmates from every gang in the country.\n"
    findings = run_xl601(text, ForgetfulEngine())
    assert [f.text for f in findings] == ["The prison holds many inmates from every gang in the country."]
    assert findings[0].severity == "info" and findings[0].kind == "roundtrip"


def test_threshold_is_configurable():
    text = "The prison holds many inmates from every gang in the country.\n"
    assert run_xl601(text, ForgetfulEngine(), threshold=10) == []


def test_rule_is_off_by_default():
    ctx = Context(config=Config(), engine=ForgetfulEngine())
    assert check_documents([Document("d.md", "The prison holds many inmates from every gang here.\n")], ctx) == []


@requires_apertium
@pytest.mark.apertium
def test_roundtrip_command_lists_lowest_first_as_json(tmp_path):
    (tmp_path / "a.md").write_text("The president visited the prison on Friday.\n\n"
                                   "Insights by Ground AI.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["roundtrip", "--engine", "apertium", "--cache-dir", str(tmp_path / "c"),
                                       "--format", "json", str(tmp_path / "a.md")])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["text"] for r in rows] == ["Insights by Ground AI.", "The president visited the prison on Friday."]
    assert rows[0]["score"] < rows[1]["score"] and rows[1]["forward"].startswith("El presidente")


@requires_apertium
@pytest.mark.apertium
def test_check_roundtrip_flag_adds_info_findings(tmp_path):
    (tmp_path / "a.md").write_text("Insights by Ground AI.\n", encoding="utf-8")
    args = ["check", "--engine", "apertium", "--cache-dir", str(tmp_path / "c"), "--format", "json", str(tmp_path)]
    with_flag = CliRunner().invoke(main, args[:1] + ["--roundtrip"] + args[1:])
    without = CliRunner().invoke(main, args)
    assert "XL601" in with_flag.stdout and "XL601" not in without.stdout


class RenamingEngine(EchoEngine):
    """Turns "confinement" into "containment" on the way back, and leaves everything else alone."""

    def translate_lines(self, lines, src, tgt):
        self.batches.append(list(lines))
        return [line.replace("Confinement", "Containment") if tgt == "en" else line.replace("Center", "Centro")
                for line in lines]


def test_glossary_term_lost_on_the_way_back_is_reported_once():
    toml = '[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\nen = "Terrorism Confinement Center"\n'
    text = ("Kast toured the Terrorism Confinement Center on Friday.\n\n"
            "The Terrorism Confinement Center holds 40,000 inmates.\n\n"
            "The prison holds many inmates from every gang.\n")
    config = Config(select={"XL601"})
    findings = check_documents([Document("doc.md", text, format="markdown")],
                               Context(glossary=glossary_from(toml), config=config, engine=RenamingEngine()))
    assert [(f.line, f.text) for f in findings] == [(1, "Terrorism Confinement Center")]
    assert "does not survive the round trip" in findings[0].message


def test_term_copied_through_unchanged_proves_nothing():
    toml = '[[concept]]\nid = "x"\nes = "Tren de Aragua"\nen = "Tren de Aragua"\n'
    findings = check_documents([Document("d.md", "The Tren de Aragua gang was named a terrorist group.\n")],
                               Context(glossary=glossary_from(toml), config=Config(select={"XL601"}),
                                       engine=RenamingEngine()))
    assert findings == []


# --- a warm run reads a document's sentences and scores from one row ---------------------------------

STORY = ("The prison holds many inmates. The prison holds many inmates from every gang in the country.\n\n"
         "Officials said the prison would stay open for years.\n")


def test_a_document_whose_sentences_are_all_scored_is_read_back_whole(tmp_path, monkeypatch):
    from xlate.translate import roundtrip, sentences
    from xlate.translate.cache import CachedEngine, TranslationCache
    engine = CachedEngine(ForgetfulEngine(), TranslationCache(tmp_path))
    first = run_xl601(STORY, engine)     # translates, keeps round trips by sentence
    second = run_xl601(STORY, engine)    # every sentence scored: keeps the document's scores whole
    assert engine.cache.conn.execute("SELECT COUNT(*) FROM document_scores").fetchone()[0] == 1
    monkeypatch.setattr(sentences, "document_sentences", lambda *args: pytest.fail("split again"))
    monkeypatch.setattr(roundtrip, "cached_scores", lambda *args: pytest.fail("scores read one by one"))
    monkeypatch.setattr(roundtrip, "cached_round_trips", lambda items, engine: pytest.fail("trips read") if items else [])
    assert run_xl601(STORY, engine) == second == first != []


def test_sentences_not_all_scored_are_not_kept_whole_and_an_edit_splits_again(tmp_path):
    from xlate.translate.cache import CachedEngine, TranslationCache
    from xlate.translate.roundtrip import scored_sentences
    engine = CachedEngine(ForgetfulEngine(), TranslationCache(tmp_path))
    doc = Document("doc.md", STORY, format="markdown")
    assert scored_sentences(doc, engine, 4).scores == [None] * 3
    assert engine.cache.conn.execute("SELECT COUNT(*) FROM document_scores").fetchone()[0] == 0
    run_xl601(STORY, engine)
    edited = Document("doc.md", STORY.replace("for years", "for many years"), format="markdown")
    found = scored_sentences(edited, engine, 4)
    assert found.sentence(edited.prose, 2).text == "Officials said the prison would stay open for many years."
    assert found.scores[2] is None and None not in found.scores[:2]


def test_a_damaged_document_row_is_read_anew(tmp_path):
    from xlate.translate.cache import CachedEngine, TranslationCache
    from xlate.translate.roundtrip import _document_key
    engine = CachedEngine(ForgetfulEngine(), TranslationCache(tmp_path))
    first = run_xl601(STORY, engine)
    doc = Document("doc.md", STORY, format="markdown")
    engine.cache.store_document_scores(_document_key(engine, doc, 4), ("not", "a row"))
    assert run_xl601(STORY, engine) == first


def test_cache_clear_drops_document_rows(tmp_path):
    from xlate.translate.cache import CachedEngine, TranslationCache
    engine = CachedEngine(ForgetfulEngine(), TranslationCache(tmp_path))
    for _ in range(2):
        run_xl601(STORY, engine)
    count = "SELECT COUNT(*) FROM document_scores"
    assert engine.cache.conn.execute(count).fetchone()[0] == 1
    engine.cache.clear()
    assert engine.cache.conn.execute(count).fetchone()[0] == 0
