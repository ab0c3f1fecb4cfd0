"""How xlate steers Python's cyclic garbage collector, in one place.

A check builds large long-lived structures (a glossary, its indexes, dictionaries) and then makes
millions of short-lived objects that reference counting alone frees. Left at its defaults, the
cyclic collector would walk the long-lived ones again and again and find nothing to free.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Callable
from contextlib import contextmanager

# Allocations between two young-generation collections while checking (the default is 700): at 700
# the collector runs thousands of times, each full pass over every index built so far (0.4 s of CPU
# at 50,000 concepts).
CHECKING_THRESHOLD = 50_000


def tune_for_checking() -> None:
    """For a process that checks documents (forked --jobs workers inherit it). The process ends
    with the run, so what the run kept is moved out of the collector's reach at exit: the
    interpreter's last collection would otherwise walk all of it (every Partial, every per-word
    verdict) to free nothing."""
    gc.set_threshold(CHECKING_THRESHOLD, 10, 10)
    atexit.unregister(gc.freeze)   # once, however many checks a process runs (tests, --watch)
    atexit.register(gc.freeze)


def settled(for_the_run: bool) -> Callable[[object], None] | None:
    """A callback for each document a check's step is done with, in a process that ends with the
    run (Context.freeze_builds), else None: what the step left alive (the document's Partial, the
    verdicts it added to the run's per-word caches) lives until the run ends, so it is frozen out
    of the collector's reach (gc.freeze: constant time), as gc_paused(freeze=True) does for what
    a run builds. A check's steps make no cyclic garbage to collect (none over real-news en and
    pairs, seeds/ and the generated corpus, the collector off), while each young collection walked
    everything kept since the last one: three to eighteen collections a folder, 3-5% of a check's
    CPU (docs/decisions.md, session 14, speed14r)."""
    return _freeze_after if for_the_run else None


def _freeze_after(_done: object) -> None:
    gc.freeze()


@contextmanager
def gc_paused(freeze: bool = False):
    """Building hundreds of thousands of long-lived objects: the cyclic collector would walk
    them over and over and find nothing to free (a third of the build time at 50,000 concepts).
    freeze: what was built lives as long as the process (the CLI); it is moved out of the
    collector's reach (gc.freeze) before the collector resumes, else its first pass walks it all."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()
