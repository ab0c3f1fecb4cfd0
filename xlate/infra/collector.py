"""How xlate steers Python's cyclic garbage collector, in one place.

A check builds large long-lived structures (a glossary, its indexes, dictionaries) and then makes
millions of short-lived objects that reference counting alone frees. Left at its defaults, the
cyclic collector would walk the long-lived ones again and again and find nothing to free.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

# Allocations between two young-generation collections while checking (the default is 700): at 700
# the collector runs thousands of times, each full pass over every index built so far (0.4 s of CPU
# at 50,000 concepts).
CHECKING_THRESHOLD = 50_000


def tune_for_checking() -> None:
    """For a process that checks documents (forked --jobs workers inherit it)."""
    gc.set_threshold(CHECKING_THRESHOLD, 10, 10)


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
