"""Inline suppression comments, per-file ignores and the languages setting, applied after checking."""

from conftest import run_rules
from xlate.core.config import Config
from xlate.core.document import Document
from xlate.lint.suppress import Exemptions

CODES = "XL101,XL102,XL201"
BAD = "Kast toured the megacarcel and El Pais reported it."   # XL201 megacarcel, XL102 El Pais


def lines_of(findings):
    return sorted((f.line, f.code) for f in findings)


def test_without_comments_both_findings_are_reported():
    assert lines_of(run_rules(BAD + "\n", CODES)) == [(1, "XL102"), (1, "XL201")]


def test_ignore_comment_covers_the_next_line_only_for_its_codes():
    text = f"<!-- xlate: ignore XL201 -->\n{BAD}\n{BAD}\n"
    assert lines_of(run_rules(text, CODES)) == [(2, "XL102"), (3, "XL102"), (3, "XL201")]


def test_ignore_comment_skips_blank_lines_and_without_codes_covers_every_check():
    text = f"<!-- xlate: ignore -->\n\n{BAD}\n{BAD}\n"
    assert lines_of(run_rules(text, CODES)) == [(4, "XL102"), (4, "XL201")]


def test_ignore_line_comment_covers_its_own_line():
    text = f"{BAD} <!-- xlate: ignore-line XL102 -->\n{BAD}\n"
    assert lines_of(run_rules(text, CODES)) == [(1, "XL201"), (2, "XL102"), (2, "XL201")]


def test_disable_enable_block_and_prefix_codes():
    text = f"{BAD}\n<!-- xlate: disable XL2 -->\n{BAD}\n\n{BAD}\n<!-- xlate: enable XL2 -->\n{BAD}\n"
    assert lines_of(run_rules(text, CODES)) == [(1, "XL102"), (1, "XL201"), (3, "XL102"), (5, "XL102"),
                                                (7, "XL102"), (7, "XL201")]


def test_disable_without_enable_runs_to_the_end_of_the_file():
    text = f"{BAD}\n<!-- xlate: disable -->\n{BAD}\n{BAD}\n"
    assert lines_of(run_rules(text, CODES)) == [(1, "XL102"), (1, "XL201")]


def test_comments_work_in_plain_text_files_too():
    text = f"<!-- xlate: ignore -->\n{BAD}\n"
    assert run_rules(text, CODES, path="story.txt") == []


def test_a_comment_mentioning_xlate_otherwise_suppresses_nothing():
    text = f"<!-- xlate: ignored by nobody -->\n{BAD}\n"
    assert len(run_rules(text, CODES)) == 2


def test_per_file_ignores_match_globs():
    findings = run_rules(BAD + "\n", CODES, path="archive/2024.md", per_file_ignores={"archive/*.md": {"XL201"}})
    assert lines_of(findings) == [(1, "XL102")]
    assert len(run_rules(BAD + "\n", CODES, path="news/2024.md", per_file_ignores={"archive/*.md": {"XL201"}})) == 2


def test_languages_setting_drops_findings_in_other_language_paragraphs():
    spanish = "La megacárcel de El Pais tiene capacidad para los reos y el gobierno dice que es segura.\n"
    doc = Document("a.md", BAD + "\n\n" + spanish, format="markdown")
    exemptions = Exemptions.of(doc, Config(languages=("en",)))
    assert [(r.first, r.last) for r in exemptions.ranges] == [(3, 3)]
    assert Exemptions.of(doc, Config()).ranges == []
