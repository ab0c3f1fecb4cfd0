"""A progress line for long checks on a terminal: files and words done, rate, time left.

It is drawn on stderr only when stderr is a terminal, outside CI, for the text report, and only
once a run has taken SHOW_AFTER seconds (a pre-commit hook on a few files never sees it); the
line is wiped when the run ends, so the report starts on a clean line. Time left is estimated
from the bytes still to read, which are known from the start (the words are not).
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

SHOW_AFTER = 2.0       # seconds; XLATE_PROGRESS_AFTER overrides it (the terminal test sets 0)
REDRAW_EVERY = 0.2     # seconds between redraws
_CLEAR = "\r\x1b[K"


def wanted(output_format: str, quiet: bool, stream: TextIO | None = None) -> bool:
    """Whether a run should show progress: a terminal, the text report, no --quiet, not CI."""
    stream = stream or sys.stderr
    return (not quiet and output_format == "text" and not os.environ.get("CI")
            and os.environ.get("TERM") != "dumb" and stream.isatty())


class Progress:
    """Counts what is done; draws a line once the run is old enough, at most every REDRAW_EVERY s."""

    def __init__(self, files: int, total_bytes: int, stream: TextIO | None = None, show: bool = True):
        """show=False only counts: a worker process's share, sent back with its results."""
        self.files, self.total_bytes = files, max(total_bytes, 1)
        self.files_done = self.words_done = self.bytes_done = 0
        self._stream = stream
        self._started = time.monotonic()
        self._show_after = float(os.environ.get("XLATE_PROGRESS_AFTER", SHOW_AFTER)) if show else float("inf")
        self._drawn_at: float | None = None

    def checked(self, doc) -> None:
        """One document done (the lint step calls this)."""
        self.advance(1, len(doc.tokens.texts), len(doc.text))

    def advance(self, files: int, words: int, size: int) -> None:
        self.files_done += files
        self.words_done += words
        self.bytes_done += size
        now = time.monotonic()
        if now - self._started >= self._show_after and (self._drawn_at is None or now - self._drawn_at >= REDRAW_EVERY):
            self._drawn_at = now
            stream = self._stream or sys.stderr
            stream.write(_CLEAR + self.line(now - self._started))
            stream.flush()

    def line(self, elapsed: float) -> str:
        rate = self.words_done / elapsed if elapsed > 0 else 0
        share = min(self.bytes_done / self.total_bytes, 1.0)
        left = elapsed * (1 - share) / share if share else None
        return (f"checked {self.files_done:,}/{self.files:,} files, {self.words_done:,} words, "
                f"{rate:,.0f} words/s, " + (f"about {_duration(left)} left" if left is not None else "starting"))

    def finish(self) -> None:
        if self._drawn_at is not None:
            stream = self._stream or sys.stderr
            stream.write(_CLEAR)
            stream.flush()


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"
