"""The held-out scorer: how findings are paired with planted errors, and that the answer key fits the corpus."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bench.evaluate import (BENCH, DEFAULT_HELDOUT, Answer, Hit, corpus_relative, load_answers, locates, main,
                            same_suggestion, score, table_rows)

TYPO = Answer("a.md", 2, "teh", "typo", "the", column=5)
CALQUE = Answer("a.md", 4, "Court Supreme", "rendering", "Supreme Court", column=1)
CONFUSABLE = Answer("b.md", 1, "then", "confusable", "than")   # no column: matched by text
CORPORA = [DEFAULT_HELDOUT, BENCH / "heldout2"]


def hit(file="a.md", line=2, column=5, end_column=8, kind="typo", text="teh", suggestions=("the",), end_line=None):
    return Hit(file, line, column, end_line or line, end_column, kind, code="X1", text=text, suggestions=suggestions)


def test_overlapping_span_of_same_kind_is_a_true_positive():
    result = score([TYPO], [hit(column=6, end_column=7, text="e")])
    assert len(result.matches) == 1 and not result.misses and not result.false_alarms


def test_other_line_or_file_does_not_match():
    assert not locates(hit(line=3), TYPO)
    assert not locates(hit(file="b.md"), TYPO)


def test_adjacent_span_does_not_overlap():
    assert not locates(hit(column=8, end_column=12, text="word"), TYPO)


def test_multiline_finding_covers_the_answer_line():
    assert locates(hit(line=1, end_line=3, column=40, end_column=2, text="..."), TYPO)


def test_without_a_column_the_text_must_be_the_same():
    assert locates(hit(file="b.md", line=1, column=20, end_column=24, kind="confusable", text="Then"), CONFUSABLE)
    assert not locates(hit(file="b.md", line=1, column=20, end_column=24, kind="confusable", text="than"), CONFUSABLE)


def test_wrong_kind_is_a_miss_and_a_false_alarm_labelled_as_such():
    wrong = hit(line=4, column=1, end_column=14, kind="typo", text="Court Supreme")
    result = score([CALQUE], [wrong])
    assert result.misses == [CALQUE] and result.false_alarms == [wrong]
    assert result.wrong_kind == {wrong: CALQUE}


def test_each_planted_error_counts_once():
    first, second = hit(), hit(column=5, end_column=6, text="t")
    result = score([TYPO], [first, second])
    assert result.matches == [(TYPO, first)] and result.false_alarms == [second]


def test_table_counts_precision_recall_and_suggestions_per_kind():
    found = hit(suggestions=("tea",))
    stray = hit(line=9, text="Kast")
    rows = {row[0]: row for row in table_rows(score([TYPO, CALQUE], [found, stray]), [TYPO, CALQUE], [found, stray])}
    assert rows["typo"] == ("typo", 1, 2, 1, 1, "0.50", "1.00", "0.00")
    assert rows["rendering"] == ("rendering", 1, 0, 0, 0, "-", "0.00", "-")
    assert rows["overall"] == ("overall", 2, 2, 1, 1, "0.50", "0.50", "0.00")


def test_suggestion_comparison_ignores_case_accents_and_a_leading_article():
    assert same_suggestion("the disappeared", ("Disappeared",))
    assert same_suggestion("López Obrador", ("lopez obrador",))
    assert not same_suggestion("than", ("then",))
    assert not same_suggestion("", ("",))


def test_finding_paths_are_made_relative_to_the_corpus(tmp_path):
    corpus = tmp_path / "bench" / "heldout"
    assert corpus_relative("bench/heldout/x.md", corpus, tmp_path) == "x.md"
    assert corpus_relative(str(corpus / "sub" / "y.md"), corpus, Path("/elsewhere")) == "sub/y.md"


def test_main_scores_a_saved_report(tmp_path, capsys):
    (tmp_path / "answers.json").write_text(json.dumps([TYPO.__dict__]), encoding="utf-8")
    finding = {"path": "a.md", "line": 2, "column": 5, "end_line": 2, "end_column": 8, "code": "X1",
               "kind": "typo", "severity": "warning", "message": "unknown word", "text": "teh",
               "suggestions": ["the"]}
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps({"version": 1, "findings": [finding], "summary": {}}), encoding="utf-8")
    (tmp_path / "a.md").write_text("x\nabc teh\n", encoding="utf-8")
    assert main(["--heldout", str(tmp_path), "--findings", str(saved)]) == 0
    assert "Misses (0)" in capsys.readouterr().out
    assert main(["--corpus", str(tmp_path), "--findings", str(saved)]) == 0
    assert "Misses (0)" in capsys.readouterr().out


def assert_answer_key_points_at_planted_text(corpus: Path):
    for answer in load_answers(corpus):
        line = (corpus / answer.file).read_text(encoding="utf-8").split("\n")[answer.line - 1]
        assert line[answer.column - 1:answer.column - 1 + len(answer.text)] == answer.text, answer
        assert answer.kind in ("typo", "confusable", "rendering", "untranslated") and answer.expected_suggestion


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_answer_key_points_at_the_planted_text(corpus):
    assert_answer_key_points_at_planted_text(corpus)


def test_a_shifted_answer_is_caught(tmp_path):
    (tmp_path / "a.md").write_text("x\nabc teh\n", encoding="utf-8")
    (tmp_path / "answers.json").write_text(json.dumps([{**TYPO.__dict__, "column": 4}]), encoding="utf-8")
    with pytest.raises(AssertionError):
        assert_answer_key_points_at_planted_text(tmp_path)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_glossary_is_tbx_basic_with_every_status(corpus):
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    root = ET.parse(corpus / "glossary.tbx").getroot()
    assert root.get("type") == "TBX-Basic"
    assert len(root.findall(".//t:conceptEntry", ns)) >= 30
    statuses = {n.text for n in root.findall(".//t:termNote[@type='administrativeStatus']", ns)}
    assert statuses == {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"}
