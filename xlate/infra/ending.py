"""Ending the xlate program without the interpreter's teardown.

When a run is done, the interpreter's own exit frees, one by one, everything the run built (the
glossary and its indexes, the per-word verdicts, the word tables' maps, every Partial, XL801's
ledgers: millions of objects) before the operating system takes the whole process back anyway. On
a one-file check, the pre-commit hook's run, that is about a tenth of the CPU (docs/decisions.md,
session 16, speed16r). The program's entry point (xlate.cli.run: the console script and `python -m
xlate`) ends instead with end_now: the exit handlers run (atexit: the pattern cache is written),
the output is flushed, and the process ends. A library's caller, the tests' CliRunner and anything
else that calls xlate.cli.main keep the interpreter's ordinary exit.

Among the exit handlers is the collector's gc.freeze (xlate/infra/collector.py): it serves that
ordinary exit, whose last collection would otherwise walk everything the run kept; here no collection
follows and it is wasted, but it takes constant time, so it is left registered for both paths.
Output an exit handler wrote that cannot be flushed (a closed pipe, a full disk) ends the process
with status 120, as the interpreter's own exit does.
"""

from __future__ import annotations

import atexit
import os
import sys


def end_now(code: object) -> None:
    """End the process with exit status code (what sys.exit was given: None or an int) once the
    exit handlers have run and the output is flushed. Returns, doing nothing, when the process
    cannot end so (the caller then exits as usual): a code sys.exit prints (a message), another
    thread still running, a child process (a --jobs worker still exiting: it would be left waiting
    on its pipe), or an interpreter without atexit's runner."""
    if code is not None and not isinstance(code, int):
        return
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)   # CPython's, since 3.0
    if run_exit_handlers is None or _others_running():
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):   # a closed pipe or stream: the ordinary exit reports it as before
        return
    run_exit_handlers()
    try:
        sys.stdout.flush()   # what an exit handler wrote
        sys.stderr.flush()
    except (OSError, ValueError) as exc:   # the reason, as the ordinary exit gives it: "No space left on device"
        _say(f"xlate: the output could not be written at exit ({getattr(exc, 'strerror', None) or exc})")
        os._exit(120)   # the interpreter's status when flushing fails at exit
    os._exit(code or 0)


def _say(message: str) -> None:
    """message on standard error's file, bypassing a stream whose flush failed; nothing if it fails too."""
    try:
        os.write(2, message.encode() + b"\n")
    except OSError:
        pass


def _others_running() -> bool:
    """Whether a thread other than this one (daemons aside, as at any exit) or a child process is alive."""
    threading = sys.modules.get("threading")
    if threading is not None and any(thread is not threading.main_thread() and not thread.daemon
                                     for thread in threading.enumerate()):
        return True
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is not None and bool(multiprocessing.active_children())
