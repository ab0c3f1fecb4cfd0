"""The result cache: a re-run checks only changed files, and reports exactly what a full check does."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from bench.corpus import generate_corpus
from xlate.lint import steps
from xlate.run import results
from xlate.cli import main
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.run.results import ResultCache, canonical, run_fingerprint
from conftest import SEEDS, SHIPPED_GLOSSARY


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(results, "MIN_CACHED_BYTES", 0)   # a small corpus, cached like a large one
    folder = tmp_path / "corpus"
    generate_corpus(folder / "generated", files=6, total_bytes=30_000, seed=5)
    shutil.copytree(SEEDS, folder / "seeds")
    (folder / "slip.md").write_text("Officials said Perez would travel to Quito.\n", encoding="utf-8")   # XL104
    shutil.copytree(SHIPPED_GLOSSARY, tmp_path / "glossary")
    return folder


def run_json(corpus, *args) -> str:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--engine", "none", "--jobs", "1",
                                       "--glossary", str(corpus.parent / "glossary"), *args, str(corpus)],
                                catch_exceptions=False)
    assert result.exit_code == 1, result.output
    return result.stdout


def files_checked(report: str) -> int:
    return json.loads(report)["summary"]["files_checked"]


def checked_paths(monkeypatch) -> list[str]:
    """The documents the rules look at from now on."""
    seen: list[str] = []
    real = steps.check_document
    monkeypatch.setattr(steps, "check_document", lambda doc, ctx, rules: seen.append(doc.path) or real(doc, ctx, rules))
    return seen


def test_a_rerun_reads_every_file_from_the_cache_and_reports_the_same(corpus, monkeypatch):
    first = run_json(corpus)
    assert '"XL104"' in first   # corpus rules conclude over cached observations too
    seen = checked_paths(monkeypatch)
    assert run_json(corpus) == first
    assert seen == []
    assert run_json(corpus, "--no-cache") == first and seen


def test_only_an_edited_file_is_checked_again(corpus, monkeypatch):
    run_json(corpus)
    article = corpus / "seeds" / sorted(p.name for p in (corpus / "seeds").iterdir())[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nThe goverment criticzed the plan.\n", encoding="utf-8")
    seen = checked_paths(monkeypatch)
    warm = run_json(corpus)
    assert seen == [str(article)]
    assert "criticzed" in warm and warm == run_json(corpus, "--no-cache")


def test_a_changed_glossary_or_configuration_checks_everything_again(corpus, monkeypatch):
    first = run_json(corpus)
    seen = checked_paths(monkeypatch)
    run_json(corpus, "--ignore", "XL301")
    assert len(seen) == files_checked(first)
    seen.clear()
    glossary = next((corpus.parent / "glossary").glob("*.toml"))
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    run_json(corpus)
    assert len(seen) == files_checked(first)
    assert ResultCache(Context()).count() == files_checked(first)   # one result per file, the latest


def test_a_damaged_cache_is_ignored(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    first = run_json(corpus)
    for leftover in (tmp_path / "cache").glob(results.CACHE_FILE + "-*"):   # the write-ahead log
        leftover.unlink()
    (tmp_path / "cache" / results.CACHE_FILE).write_bytes(b"not a database" * 100)
    assert run_json(corpus) == first
    assert "results of earlier checks: 0 files" in CliRunner().invoke(main, ["cache", "info"]).output
    assert "removed the results of 0 checked files" in CliRunner().invoke(main, ["cache", "clear"]).output
    run_json(corpus)
    assert ResultCache(Context(), tmp_path / "cache").count() == files_checked(first)


def test_small_runs_keep_no_results(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    CliRunner().invoke(main, ["check", "--engine", "none", str(SEEDS)])
    assert not (tmp_path / "cache" / results.CACHE_FILE).exists()


def test_cache_clear_drops_the_results(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    files = files_checked(run_json(corpus))
    assert f"results of earlier checks: {files} files" in CliRunner().invoke(main, ["cache", "info"]).output
    assert f"removed the results of {files} checked files" in CliRunner().invoke(main, ["cache", "clear"]).output
    seen = checked_paths(monkeypatch)
    run_json(corpus)
    assert len(seen) == files


def test_a_file_edited_while_it_was_checked_is_not_kept(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("The president spoke.\n", encoding="utf-8")
    cache = ResultCache(Context(), tmp_path / "cache")
    assert cache.lookup([article]) == {}
    partial = steps.observe_each([], Context())
    article.write_text("The president spoke again.\n", encoding="utf-8")
    cache.store([(str(article), partial)])
    assert cache.count() == 0


def test_the_fingerprint_ignores_set_order_but_not_settings():
    one, other = Config(select={"XL101", "XL301", "XL104"}), Config(select={"XL104", "XL101", "XL301"})
    assert canonical(one) == canonical(other)
    assert run_fingerprint(Context(config=one)) == run_fingerprint(Context(config=other))
    assert run_fingerprint(Context(config=one)) != run_fingerprint(Context(config=Config(select={"XL101"})))


def test_the_code_fingerprint_covers_every_module_and_the_word_lists():
    from xlate.run.results import _code_stamps
    files = {name for name, _ in _code_stamps()}
    assert {"rules/typo.py", "run/results.py", "data/words/es.txt.gz"} <= files
