"""Checking files and folders: discovery, the result cache, processes, then the steps of xlate.lint."""

from __future__ import annotations

import os
import functools
from pathlib import Path

from xlate.lint.pairing import counterpart, find_pairs, pairs_apart, partners_within, unchecked_originals
from xlate.formats import format_for
from xlate.infra.collector import gc_paused, settled
from xlate.lint.steps import Partial, PairsAsRead, active_rules, check_pairs, conclude, each_of, observe_one_by_one
from xlate.rules.context import Context
from xlate.run.discovery import discover
from xlate.run.documents import Report, load_documents, read_documents
from xlate.run.progress import Progress
from xlate.run.results import ResultCache, worth_caching


# The sides of a pair at most this many files apart are paired as they are read in one process: a
# side waits for its partner, held in memory, while at most this many other files are checked.
HOLD_REACH = 16


def pair_candidates(files: list[Path], ctx: Context, explicit_pairs=()) -> list[Path]:
    """The files whose names can pair, the sides of explicit pairs and the bilingual files (XLIFF, PO, TMX)."""
    patterns = ctx.config.pairs
    reverse = [(english, spanish) for spanish, english in patterns]
    explicit = {os.path.normpath(str(p)) for pair in explicit_pairs for p in pair}
    return [f for f in files if counterpart(str(f), patterns) or counterpart(str(f), reverse)
            or os.path.normpath(str(f)) in explicit or format_for(f).bilingual]


def pairs_as_read(candidates: list[Path], ctx: Context, explicit_pairs=()) -> dict[str, str]:
    """The pairs of candidate files (pair_candidates) that may be paired as they are read
    (lint.pairing.pairs_apart): none when the run names pairs of its own, which pair_partial finds
    among all of them."""
    if explicit_pairs:
        return {}
    bilingual = {os.path.normpath(str(f)) for f in candidates if format_for(f).bilingual}
    return pairs_apart([str(f) for f in candidates], ctx.config.pairs, bilingual)


def pair_partial(candidates: list[Path], ctx: Context, explicit_pairs=(), paired=frozenset()) -> Partial:
    """Pair findings for the candidate files (pair_candidates), with the Spanish originals of
    checked translations read from disk; but for the pairs already checked as their files were
    read (paired: their sides' normalised paths)."""
    patterns = ctx.config.pairs
    candidates = [f for f in candidates if os.path.normpath(str(f)) not in paired]
    if not candidates:
        return Partial()
    docs = load_documents(candidates, ctx, Report())
    originals = load_documents(unchecked_originals(docs, patterns), ctx, Report())
    return Partial(pair_findings=check_pairs(find_pairs(docs + originals, patterns, explicit_pairs),
                                             ctx, active_rules(ctx)))


def check_paths(paths: list[Path], ctx: Context, explicit_pairs=(), jobs: int = 1,
                results: ResultCache | None = None, show_progress: bool = False) -> Report:
    """Check files and folders; jobs > 1 spreads the files over processes with the same result.
    results: a cache of each file's Partial from earlier runs (xlate/run/results.py); show_progress:
    a progress line on stderr for a long run (xlate/run/progress.py)."""
    report = Report()
    paths = list(paths) + [p for pair in explicit_pairs for p in pair]
    found = discover(paths, ctx.config)
    report.skipped.extend(found.problems)
    report.errors.extend(found.errors)
    from xlate.run import parallel   # small; the process pool itself is imported only when used
    results = results if results is not None and worth_caching(parallel.total_size(found.files)) else None
    cached = results.lookup(found.files) if results else {}
    todo = [f for f in found.files if str(f) not in cached]
    progress = Progress(len(todo), parallel.total_size(todo)) if show_progress else None
    candidates = pair_candidates(found.files, ctx, explicit_pairs)
    partners = pairs_as_read(candidates, ctx, explicit_pairs)
    pairs = functools.partial(pair_partial, candidates, ctx, explicit_pairs)
    if parallel.worth_parallel(todo, jobs) and parallel.can_ship(ctx):
        fresh, as_read, paired = parallel.observe_files(todo, ctx, jobs, report, progress, partners, meanwhile=pairs)
    else:
        reading = PairsAsRead(ctx, partners_within([str(f) for f in todo], partners, HOLD_REACH))
        fresh = list(observe_one_by_one(read_documents(todo, ctx, report), ctx,
                                        each_of(reading.read, progress and progress.checked,
                                                settled(ctx.freeze_builds))))
        as_read, paired = reading.findings, pairs(paired=reading.partners.keys())
    paired.pair_findings = as_read + paired.pair_findings
    if progress:
        progress.finish()
    if results:
        results.store(fresh)
    report.files_checked += len(cached)
    by_path = {**cached, **dict(fresh)}
    partials = [by_path[str(f)] for f in found.files if str(f) in by_path]
    # the conclusion's caches (XL801's words and names) outlive it, and it makes no cyclic garbage
    with gc_paused(freeze=ctx.freeze_builds):
        report.findings = conclude(partials + [paired], ctx)
    parallel.join_ended_workers()
    return report
