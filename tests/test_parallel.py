"""--jobs N gives the same report as one process, in the same order."""

from __future__ import annotations

import json
import os
import shutil
from functools import cached_property

import pytest
from click.testing import CliRunner

from bench.corpus import generate_corpus
from xlate.run import parallel
from xlate.cli import main
from xlate.rules.context import Context
from conftest import SEEDS, SHIPPED_GLOSSARY
from translation_helpers import requires_apertium


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate_corpus(folder / "generated", files=24, total_bytes=120_000, seed=3)
    shutil.copytree(SEEDS, folder / "seeds")
    (folder / "nota.es.md").write_text("El presidente visitó 12 cárceles en 2024.\n", encoding="utf-8")
    (folder / "nota.en.md").write_text("The president visited 21 prisons in 2024.\n", encoding="utf-8")
    (folder / "slip.md").write_text("Officials said Perez would travel to Quito.\n", encoding="utf-8")
    (folder / "broken.md").write_bytes(b"caf\xe9\n")
    return folder


def run_json(*args) -> str:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--glossary", str(SHIPPED_GLOSSARY), *args],
                                catch_exceptions=False)
    return result.stdout


def test_two_jobs_give_the_single_process_report(corpus, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    single = run_json("--jobs", "1", str(corpus))
    assert '"XL702"' in single and '"XL104"' in single   # pair and corpus rules, besides document rules
    assert run_json("--jobs", "2", str(corpus)) == single


def test_a_parallel_check_returns_with_its_pool_ended(corpus, monkeypatch):
    # a pool's manager thread still running at the interpreter's exit races it (stderr noise)
    import threading
    from xlate.api import load_context
    from xlate.run.check import check_paths
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    report = check_paths([corpus / "generated"], load_context(glossary=[SHIPPED_GLOSSARY]), jobs=2)
    assert report.findings and report.files_checked == 24
    assert [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon] == []


def test_small_runs_stay_in_one_process(corpus):
    files = sorted(SEEDS.iterdir())
    assert not parallel.worth_parallel(files, 2)        # a few kilobytes: not worth a process
    assert not parallel.worth_parallel(files * 1000, 1)
    assert parallel.worth_parallel(sorted((corpus / "generated").glob("*.md")) * 10, 2)


def test_chunks_keep_every_file_in_order():
    files = [f"f{i}" for i in range(10)]
    parts = parallel.chunks(files, jobs=2)
    assert len(parts) > 2 and [f for part in parts for f in part] == files


@requires_apertium
def test_warm_round_trips_in_workers_give_the_cold_single_process_report(corpus, tmp_path, monkeypatch):
    """Workers read whole round trips from the translation cache (each with its own SQLite
    connection); the report is the one a cold, single-process run gives."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    engine = ["--engine", "apertium", "--roundtrip", "--cache-dir", str(tmp_path / "cache"), str(corpus / "seeds")]
    cold = run_json("--jobs", "1", *engine)
    assert '"XL601"' in cold
    assert run_json("--jobs", "2", *engine) == cold
    assert run_json("--jobs", "1", *engine) == cold


@pytest.mark.skipif(parallel._fork_context() is None, reason="workers are forked only where the platform allows it")
def test_workers_inherit_the_term_index_instead_of_building_it(corpus, monkeypatch, tmp_path):
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    builders = tmp_path / "builders"
    build = Context.terms.func

    def recording_build(ctx):
        with open(builders, "a") as log:
            log.write(f"{os.getpid()}\n")
        return build(ctx)

    monkeypatch.setattr(Context, "terms", cached_property(recording_build))
    Context.terms.__set_name__(Context, "terms")
    run_json("--jobs", "2", str(corpus))
    assert builders.read_text().split() == [str(os.getpid())]


def test_pairs_are_checked_as_their_sides_are_read_in_one_or_two_processes(corpus, monkeypatch):
    """Both sides of a pair checked in one pass are paired as read, each file read once; the report
    is the one pairing every file again after the pass gives."""
    from xlate.core.document import Document
    from xlate.run import check

    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    for n in range(3):
        (corpus / f"pair{n}.es.md").write_text(f"Hay {n + 3} presos y 40.000 reos en la cárcel.\n", encoding="utf-8")
        (corpus / f"pair{n}.en.md").write_text(f"There are {n + 3} inmates and 4,000 prisoners in the jail.\n",
                                               encoding="utf-8")
    (corpus / "units.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Hay 40.000 reos en la cárcel."\nmsgstr "There are 4,000 inmates in the jail."\n', encoding="utf-8")
    read = []
    from_path = Document.from_path.__func__
    monkeypatch.setattr(Document, "from_path", classmethod(lambda cls, path, **kw: read.append(str(path))
                                                           or from_path(cls, path, **kw)))
    as_read = run_json("--jobs", "1", str(corpus))
    assert len(read) == len(set(read))   # no side read again for the pair rules
    assert {(f["path"].rsplit("/", 1)[-1], f["code"]) for f in json.loads(as_read)["findings"]} >= \
        {("pair0.en.md", "XL702"), ("units.po", "XL702")}   # a pair of files and a bilingual file's units
    assert run_json("--jobs", "2", str(corpus)) == as_read
    monkeypatch.setattr(check, "pairs_as_read", lambda *args: {})   # every pair found again after the pass
    assert run_json("--jobs", "1", str(corpus)) == as_read


def test_only_pairs_apart_from_every_other_file_are_paired_as_read():
    from xlate.core.config import DEFAULT_PAIRS
    from xlate.lint.pairing import pairs_apart, partners_within

    paths = ["a.es.md", "a.en.md", "b.es.md", "c.en.md", "d.es.xliff", "d.en.xliff", "es/e.md", "en/e.md"]
    apart = pairs_apart(paths, DEFAULT_PAIRS, bilingual={"d.es.xliff", "d.en.xliff"})
    assert apart == {"a.es.md": "a.en.md", "a.en.md": "a.es.md",   # b and c have no partner
                     "d.es.xliff": "d.es.xliff", "d.en.xliff": "d.en.xliff"}   # a bilingual file pairs with itself
    named = pairs_apart(["d.es.xliff", "d.en.xliff"], [("{name}.es.xliff", "{name}.en.xliff")],
                        bilingual={"d.es.xliff", "d.en.xliff"})
    assert named == {}   # a bilingual file a name pairs with another pairs both ways: after the pass
    assert pairs_apart(paths, [*DEFAULT_PAIRS, ("es/{name}.md", "en/{name}.md")])["es/e.md"] == "en/e.md"
    named_twice = pairs_apart([*paths, "es/a.md"], [*DEFAULT_PAIRS, ("es/{name}.md", "{name}.en.md")])
    assert "a.es.md" not in named_twice and "a.en.md" not in named_twice   # es/a.md names a.en.md too
    assert partners_within(["a.es.md", "x.md", "a.en.md"], apart, reach=1) == {}
    assert partners_within(["a.es.md", "x.md", "a.en.md"], apart, reach=2) == {"a.es.md": "a.en.md",
                                                                                "a.en.md": "a.es.md"}


def test_chunks_keep_the_two_sides_of_a_pair_together():
    files = [f"{name}.{lang}.md" for name in "abcdefgh" for lang in ("en", "es")]
    partners = {f: f.replace(".en.", ".es.") if ".en." in f else f.replace(".es.", ".en.") for f in files}
    parts = parallel.chunks(files[1:], jobs=2, partners=partners)
    assert [f for part in parts for f in part] == files[1:]
    assert all(partners[f] in part for part in parts for f in part if partners[f] in files[1:])
