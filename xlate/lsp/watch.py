"""`xlate check --watch`: check the paths, then check again whatever changes on disk and print only
what changed: `+` a new finding, `-` one that is gone. It runs on the language server's incremental
core (corpus.py): a changed file is read and checked again alone, and the corpus rules and pairs
conclude over every file's kept observations, so each report equals a full `xlate check`'s.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, TextIO

from xlate.rules.context import Context
from xlate.core.finding import Finding
from xlate.lsp.corpus import Corpus
from xlate.reporters.text import format_finding


def changes(before: set[Finding], after: set[Finding]) -> list[str]:
    gone = [f"- {format_finding(f)}" for f in sorted(before - after, key=lambda f: f.sort_key)]
    new = [f"+ {format_finding(f)}" for f in sorted(after - before, key=lambda f: f.sort_key)]
    return gone + new


def watch(paths: list[Path], ctx: Context, out: TextIO, interval: float = 0.5,
          keep_going: Callable[[], bool] = lambda: True) -> list[Finding]:
    """Watch until keep_going says stop (or Ctrl-C); returns the findings there are then."""
    corpus = Corpus(ctx)
    shown: set[Finding] = set()
    first = True
    try:
        while keep_going():
            if corpus.scan(paths) or first:
                found = set(corpus.all_findings())
                for line in changes(shown, found):
                    print(line, file=out)
                print(f"{len(found)} finding(s) in {corpus.file_count} file(s); watching for changes "
                      "(Ctrl-C to stop)", file=out, flush=True)
                shown, first = found, False
            time.sleep(interval)
    except KeyboardInterrupt:
        pass
    return sorted(shown, key=lambda f: f.sort_key)
