"""The progress line of long checks: on a terminal only, never in pipes, CI, JSON or with --quiet."""

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.run import parallel, progress
from xlate.run.check import check_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_the_line_says_files_words_rate_and_time_left():
    bar = progress.Progress(files=4, total_bytes=4000, stream=io.StringIO())
    bar.files_done, bar.words_done, bar.bytes_done = 1, 12_000, 1000
    assert bar.line(elapsed=2.0) == "checked 1/4 files, 12,000 words, 6,000 words/s, about 6 s left"
    bar.bytes_done = 10
    assert bar.line(elapsed=2.0).endswith("about 13 min 18 s left")


def test_nothing_is_drawn_before_the_run_is_old_enough_and_the_line_is_wiped_at_the_end(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setenv("XLATE_PROGRESS_AFTER", "3600")
    quiet_start = progress.Progress(2, 100, stream)
    quiet_start.advance(1, 10, 50)
    quiet_start.finish()
    assert stream.getvalue() == ""
    monkeypatch.setenv("XLATE_PROGRESS_AFTER", "0")
    shown = progress.Progress(2, 100, stream)
    shown.advance(1, 10, 50)
    shown.finish()
    assert stream.getvalue().startswith("\r\x1b[Kchecked 1/2 files, 10 words") and stream.getvalue().endswith("\r\x1b[K")


def test_wanted_only_on_a_terminal_for_the_text_report_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    keyboard, terminal = pty.openpty()
    try:
        with open(terminal, "w", closefd=False) as tty:
            assert progress.wanted("text", quiet=False, stream=tty)
            assert not progress.wanted("text", quiet=True, stream=tty)
            assert not any(progress.wanted(fmt, quiet=False, stream=tty) for fmt in ("json", "sarif", "github"))
            monkeypatch.setenv("CI", "true")
            assert not progress.wanted("text", quiet=False, stream=tty)
    finally:
        os.close(terminal)
        os.close(keyboard)
    monkeypatch.delenv("CI")
    assert not progress.wanted("text", quiet=False, stream=io.StringIO())   # a pipe or a file


def run_on_a_terminal(*options: str) -> tuple[str, str]:
    """xlate check over seeds/ with its stderr on a pseudo-terminal: (stdout, what the terminal showed)."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "TERM")} | {"XLATE_PROGRESS_AFTER": "0"}
    keyboard, terminal = pty.openpty()
    try:
        child = subprocess.Popen([sys.executable, "-m", "xlate", "check", "--engine", "none", "--no-cache",
                                  *options, str(SEEDS)], stdout=subprocess.PIPE, stderr=terminal, env=env, cwd=ROOT)
        os.close(terminal)
        shown = b""
        while True:
            try:
                data = os.read(keyboard, 4096)
            except OSError:   # the child closed the terminal's last writer
                break
            if not data:
                break
            shown += data
        stdout = child.communicate(timeout=300)[0]
    finally:
        os.close(keyboard)
    return stdout.decode(), shown.decode(errors="replace")


def test_a_check_on_a_terminal_shows_progress_and_wipes_it_before_the_report():
    stdout, shown = run_on_a_terminal()
    assert "checked 1/3 files" in shown and "words/s" in shown and shown.rstrip().endswith("\x1b[K")
    assert " finding(s) in 3 file(s)" in stdout and "checked" not in stdout


@pytest.mark.parametrize("options", [("--quiet",), ("--format", "json")])
def test_quiet_and_machine_formats_show_no_progress_even_on_a_terminal(options):
    stdout, shown = run_on_a_terminal(*options)
    assert "checked" not in shown and "words/s" not in shown and stdout


def test_worker_processes_report_their_counts_back(monkeypatch, capsys):
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 0)
    monkeypatch.setenv("XLATE_PROGRESS_AFTER", "0")
    monkeypatch.setattr(progress, "REDRAW_EVERY", 0)
    report = check_paths([SEEDS], Context(config=Config(engine="none")), jobs=2, show_progress=True)
    drawn = capsys.readouterr().err
    assert report.files_checked == 3 and "checked 3/3 files" in drawn


def test_the_line_moves_while_this_process_checks_the_pairs_the_workers_do_not(monkeypatch):
    """The pairs this process checks itself (observe_files' meanwhile) run beside the workers' chunks
    coming back, not before them: here the pair step waits until the line has moved."""
    import threading

    from xlate.run.documents import Report

    moved = threading.Event()
    bar = progress.Progress(3, 1000, io.StringIO())
    advance = bar.advance
    # the first file is checked here before the workers start: only a worker's chunk moves it past one
    monkeypatch.setattr(bar, "advance", lambda *counts: (advance(*counts), bar.files_done > 1 and moved.set()))
    files = sorted(SEEDS.iterdir())
    ctx = Context(config=Config(engine="none"))
    _, _, waited = parallel.observe_files(files, ctx, 2, Report(), bar, {}, meanwhile=lambda paired: moved.wait(60))
    assert waited and bar.files_done == 3
