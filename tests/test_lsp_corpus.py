"""The language server's workspace model (xlate/lsp/corpus.py) in-process: kept observations, the
files a scan reads again, and the same findings as `xlate check` over the same files."""

from __future__ import annotations

import os
from pathlib import Path

from xlate.api import check_texts, load_context
from xlate.core.document import Document
from xlate.lsp.corpus import Corpus

A = "Visitors to Quelepa saw the prison. The road to Quelepa was closed.\n"
B = "Quelepa is a town.\n"
DRAFT = "The prison near Quelépa was secured.\n"


def workspace(tmp_path: Path) -> Path:
    for name, text in (("a.md", A), ("b.md", B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_scan_reads_only_new_and_changed_files(tmp_path):
    root = workspace(tmp_path)
    corpus = Corpus(load_context())
    corpus.scan([root])
    assert corpus.files_read == 2
    corpus.scan([root])
    assert corpus.files_read == 2   # nothing changed: nothing read
    (root / "b.md").write_text("Quelepa is a small town.\n", encoding="utf-8")
    (root / "c.md").write_text("Nothing here.\n", encoding="utf-8")
    corpus.scan([root])
    assert corpus.files_read == 4   # b.md changed, c.md is new


def test_an_open_buffer_counts_instead_of_its_file_and_findings_match_xlate_check(tmp_path):
    root = workspace(tmp_path)
    draft = os.path.abspath(root / "draft.md")
    (root / "draft.md").write_text("On disk the draft says Quelepa.\n", encoding="utf-8")
    ctx = load_context()
    corpus = Corpus(ctx)
    corpus.scan([root])
    corpus.observe_buffer(Document.from_text(draft, DRAFT))
    corpus.scan([root])   # the buffer, not the file on disk, stays in the corpus
    found = corpus.findings(draft)
    expected = [f for f in check_texts([(os.path.abspath(root / "a.md"), A), (os.path.abspath(root / "b.md"), B),
                                        (draft, DRAFT)], ctx) if f.path == draft]
    assert found == expected and [f.code for f in found] == ["XL104"]
    corpus.close_buffer(draft)
    corpus.scan([root])
    assert corpus.findings(draft) == []   # the file on disk writes Quelepa like the others


def test_watch_prints_only_what_changed(tmp_path):
    import io

    from xlate.lsp.watch import watch
    draft = tmp_path / "a.md"
    draft.write_text("The president criticzed it.\n", encoding="utf-8")
    out, rounds = io.StringIO(), iter(range(4))

    def keep_going() -> bool:
        round_ = next(rounds, None)
        if round_ == 2:   # after two rounds (the first check, then nothing changed): an edit
            draft.write_text("The president criticized it. Teh end.\n", encoding="utf-8")
        return round_ is not None

    [left] = watch([tmp_path], load_context(), out, interval=0, keep_going=keep_going)
    assert left.text == "Teh"
    lines = out.getvalue().splitlines()
    assert [line.split(": ")[0] for line in lines if line[:1] in "+-"] == [
        f"+ {draft}:1:15", f"- {draft}:1:15", f"+ {draft}:1:30"]
    assert sum("watching for changes" in line for line in lines) == 2   # the unchanged round printed nothing
