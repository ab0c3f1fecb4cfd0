"""The xlate program ends without the interpreter's teardown (xlate/infra/ending.py), but only
after its exit handlers and its output, and never while a thread or a child process still runs."""

import os
import subprocess
import sys

from conftest import ROOT, SEEDS

END = """
import atexit, sys
from xlate.infra.ending import end_now
atexit.register(lambda: print("exit handler ran"))
print("the report")
{before}
end_now({code})
print("returned")
{after}
"""


def run(code: str, before: str = "", after: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", END.format(code=code, before=before, after=after)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_ends_with_the_status_after_the_output_and_the_exit_handlers():
    ended = run("3")
    assert (ended.returncode, ended.stdout) == (3, "the report\nexit handler ran\n")
    assert run("None").returncode == 0


def test_a_message_for_sys_exit_to_print_is_left_to_the_ordinary_exit():
    ended = run("'no such glossary'")
    assert "returned" in ended.stdout


def test_another_thread_still_running_keeps_the_ordinary_exit():
    ended = run("0", before="import threading\ngo = threading.Event()\nthreading.Thread(target=go.wait).start()",
                after="go.set()")
    assert ended.stdout == "the report\nreturned\nexit handler ran\n"


def test_a_child_process_still_running_keeps_the_ordinary_exit():
    ended = run("0", before="import multiprocessing, time\nchild = multiprocessing.get_context('fork').Process("
                            "target=time.sleep, args=(2,))\nchild.start()",
                after="child.join()")
    assert "returned" in ended.stdout and ended.returncode == 0


def test_the_program_reports_and_exits_as_before():
    """python -m xlate takes the quick ending: the same report and exit status as main's."""
    seed = SEEDS / "000_8cd5bf34590aab48.txt"
    program = subprocess.run([sys.executable, "-m", "xlate", "check", "--engine", "none", str(seed)],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    called = subprocess.run([sys.executable, "-c", "import sys\nfrom xlate.cli import main\nmain()", "check",
                             "--engine", "none", str(seed)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert program.returncode == called.returncode == 1
    assert program.stdout == called.stdout and "XL301" in program.stdout


def test_output_an_exit_handler_cannot_write_ends_with_the_interpreters_status():
    """Standard output on a full device: an exit handler's output, buffered, fails to flush, and the process
    ends with status 120 and says so, as the ordinary exit does (not with the run's status, the loss unsaid)."""
    script = ("import atexit, sys\nfrom xlate.infra.ending import end_now\n"
              "atexit.register(lambda: print('exit handler ran'))\n{end}(0)\n")
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    with open("/dev/full", "w") as full:
        quick, ordinary = (subprocess.run([sys.executable, "-c", script.format(end=end)], stdout=full,
                                          stderr=subprocess.PIPE, text=True, cwd=ROOT, env=buffered, timeout=60)
                           for end in ("end_now", "sys.exit"))
    assert quick.returncode == ordinary.returncode == 120
    assert "could not be written" in quick.stderr and "No space left" in ordinary.stderr
    assert "No space left" in quick.stderr   # the reason, as the ordinary exit says it


def test_a_cache_database_is_closed_before_the_end(tmp_path):
    # a connection left open keeps its log beside the file: the next run reads both, `cache info` counts both
    opened = ("from xlate.translate.cache import TranslationCache\n"
              f"translations = TranslationCache({str(tmp_path)!r})\n"
              "translations.store('apertium', '1', 'es', 'en', {'hola': 'hello'})")
    assert run("0", before=opened).returncode == 0
    assert [path.name for path in tmp_path.iterdir() if path.suffix == ".sqlite3"] == ["translations.sqlite3"]
    assert not [path.name for path in tmp_path.iterdir() if path.name.endswith("-wal")]
