"""Checking files in several processes: the per-document step runs in workers, the rest here.

The glossary and configuration go to each worker once, through the pool's
initializer; a task is then only a list of paths and its answer a Partial per file
(findings, corpus-rule observations, exemptions). Where processes fork, this
process checks the first file itself before the pool starts: the indexes the
rules build on the way (term index, calque targets: seconds for a 50,000-concept
glossary) are then inherited by every worker instead of built again in each. Chunks are contiguous
slices of the file list and their answers are gathered in order, so the
corpus step sees what a single process would see and the output is identical.
Pair rules need both sides of a pair: a worker runs them on the pairs whose two sides are in its
chunk, as it reads them (lint.steps.PairsAsRead), with what the document rules derived of both; the
other pairs run.check.pair_partial runs here, reading their files again, while the workers check
the files (observe_files' meanwhile), not after them.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Callable, TypeVar

from xlate.infra import patterns
from xlate.infra.collector import settled
from xlate.core.finding import Finding
from xlate.lint.pairing import partners_within
from xlate.lint.steps import PairsAsRead, Partial, each_of, observe_one_by_one
from xlate.run.documents import Report, read_documents
from xlate.rules.context import Context
from xlate.run.progress import Progress

CHUNKS_PER_JOB = 16              # a few chunks per process, so one slow chunk does not idle the others
MIN_PARALLEL_BYTES = 100_000    # below this, starting processes costs more than it saves (decisions, session 10)

_worker_ctx: Context | None = None
_ending: list = []   # pools shut down without waiting: their workers end while this process concludes
T = TypeVar("T")


def total_size(files: list[Path]) -> int:
    return sum(map(_size, files))


def worth_parallel(files: list[Path], jobs: int) -> bool:
    if jobs < 2 or len(files) < 2:
        return False
    return total_size(files) >= MIN_PARALLEL_BYTES


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def can_ship(ctx: Context) -> bool:
    """A context with an engine that holds a process or a connection stays in this process."""
    import pickle   # here: a one-file check never gets this far
    try:
        pickle.dumps(ctx.engine)
        return True
    except Exception:
        return False


def _fresh(ctx: Context) -> Context:
    """The context without what this process has built from it (term index, dictionaries),
    for workers that receive it pickled."""
    return Context(glossary=ctx.glossary, config=ctx.config, engine=ctx.engine, freeze_builds=ctx.freeze_builds)


def _fork_context():
    """fork where it is safe (Linux and the like; not macOS, whose system libraries may not
    survive it), so workers share this process's memory; None: the platform's default start."""
    import multiprocessing
    if sys.platform == "darwin" or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


def _start_worker(ctx: Context) -> None:
    global _worker_ctx
    _worker_ctx = ctx


def _observe_chunk(files: list[Path], partners: dict[str, str]) -> tuple[list[tuple[str, Partial]], Report,
                                                                        Progress, dict, list[Finding]]:
    """A chunk's (path, Partial)s, its report (skipped and damaged files, files checked), what it
    did, for the progress line, the patterns it compiled (for the pattern cache: a worker
    writes no cache file) and the findings of the pairs of partners, paired as they are read."""
    report, done = Report(), Progress(len(files), 0, show=False)
    reading = PairsAsRead(_worker_ctx, partners)
    partials = list(observe_one_by_one(read_documents(files, _worker_ctx, report), _worker_ctx,
                                       each_of(done.checked, reading.read, settled(_worker_ctx.freeze_builds))))
    return partials, report, done, patterns.learned(), reading.findings


def join_ended_workers() -> None:
    """Wait for the pools observe_files left ending; by the end of a conclusion their workers are gone,
    so this costs nothing. Without it the pool's manager thread may still be closing its wake-up pipe as
    the interpreter exits, and CPython 3.11's concurrent.futures writes to the closed pipe at exit:
    "Exception ignored ... OSError: [Errno 9] Bad file descriptor" on stderr, seen under load."""
    while _ending:
        _ending.pop().shutdown(wait=True)


def chunks(files: list[Path], jobs: int, partners: dict[str, str] | None = None) -> list[list[Path]]:
    """Contiguous slices of files, about CHUNKS_PER_JOB a process; a slice that would end between
    the two sides of a pair of partners (next to each other, as NAME.en.md and NAME.es.md sort) takes
    the second side too, so that one worker pairs them as it reads them."""
    size = max(1, -(-len(files) // (jobs * CHUNKS_PER_JOB)))
    keys = [os.path.normpath(str(f)) for f in files] if partners else []
    sliced, start = [], 0
    while start < len(files):
        end = min(start + size, len(files))
        if end < len(files) and keys and partners.get(keys[end - 1]) == keys[end]:
            end += 1
        sliced.append(files[start:end])
        start = end
    return sliced


def _check_first_document(files: list[Path], ctx: Context, report: Report,
                          progress: Progress | None) -> tuple[list[tuple[str, Partial]], list[Path]]:
    """Check files here up to the first one that reads as a document, so that the indexes its
    rules consult are built before the workers fork; returns its (path, Partial) and the files left."""
    for n, path in enumerate(files):
        partials = list(observe_one_by_one(read_documents([path], ctx, report), ctx, progress and progress.checked))
        if partials:
            return partials, files[n + 1:]
    return [], []


def observe_files(files: list[Path], ctx: Context, jobs: int, report: Report, progress: Progress | None,
                  partners: dict[str, str], meanwhile: Callable[[set[str]], T]
                  ) -> tuple[list[tuple[str, Partial]], list[Finding], T]:
    """(path, Partial) for each file that reads as a document, in file order, from jobs processes;
    skipped files go to report, and each chunk's counts to progress as it comes back. The pairs of
    partners (lint.pairing.pairs_apart) whose sides fall in one chunk are paired by its worker as it
    reads them; their findings come second. Third, what meanwhile(those pairs' paths) gave: work of
    this process's own (the other pairs), done in a thread while the workers check the files rather
    than after them, and while the progress line moves."""
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
    forking = _fork_context()
    partials, rest = _check_first_document(files, ctx, report, progress) if forking else ([], files)
    work = chunks(rest, jobs, partners)
    in_chunks = [partners_within([str(f) for f in chunk], partners, len(chunk)) for chunk in work]
    patterns.learned()   # this process keeps its own; the workers send back only theirs
    gc.freeze()   # what the workers inherit: their collections need not walk it (nor copy its pages)
    keep = settled(ctx.freeze_builds)   # and what they send back, in a process that ends with the run
    pool = None
    try:
        pool = ProcessPoolExecutor(jobs, mp_context=forking, initializer=_start_worker,
                                   initargs=(ctx if forking else _fresh(ctx),))
        answers = pool.map(_observe_chunk, work, in_chunks)   # every chunk is handed out now
        # meanwhile in a thread of its own, so that the progress line moves as chunks come back;
        # the patterns the workers compiled are kept after it, which may compile some too
        with ThreadPoolExecutor(1) as beside:
            own = beside.submit(meanwhile, {key for paired in in_chunks for key in paired})
            as_read: list[Finding] = []
            learned = []
            for chunk, chunk_report, done, compiled, found in answers:
                partials += chunk
                as_read += found
                learned.append(compiled)
                report.skipped += chunk_report.skipped
                report.errors += chunk_report.errors
                report.files_checked += chunk_report.files_checked
                if progress:
                    progress.advance(done.files_done, done.words_done, done.bytes_done)
                if keep:
                    keep(chunk)
            own = own.result()
        for compiled in learned:
            patterns.keep_learned(compiled)
    finally:
        # every answer read, the workers end (each freeing its copy of the run's memory, 0.03 s) while
        # this process concludes, not before; left early (an error, Ctrl-C), chunks not begun are dropped
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
            _ending.append(pool)
        if not ctx.freeze_builds:   # a library's caller keeps its process: its collector as it was
            gc.unfreeze()
    return partials, as_read, own
