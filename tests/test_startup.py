"""The pre-commit hook starts fast: a check without an engine imports none of the optional machinery."""

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS
from translation_helpers import requires_apertium

PROBE = """
import json, sys
from xlate.cli import main
try:
    main(["check", "--engine", sys.argv[2], sys.argv[1]])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def modules_a_check_imports(engine: str = "none", path: Path = SEEDS / "000_8cd5bf34590aab48.txt") -> set[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(path), engine],
                          capture_output=True, text=True, cwd=ROOT)
    return set(json.loads(proc.stdout.splitlines()[-1]))


def test_plain_check_imports_no_engine_baseline_fix_or_sarif_code():
    modules_a_check_imports()   # the first run builds the word-list cache (gzip, json): later runs only read it
    modules = modules_a_check_imports()
    assert "xlate.lint.steps" in modules
    heavy = {"sacrebleu", "xlate.translate", "xlate.run.baseline", "xlate.run.fix", "xlate.reporters.sarif", "jsonschema",
             "wordfreq", "spellchecker", "tomlkit", "filelock", "argostranslate", "ctranslate2", "gzip",
             "sqlite3", "platformdirs", "subprocess", "hashlib", "tempfile"}
    assert not modules & heavy


def test_a_check_that_asks_for_hunspells_names_reads_them_from_the_cache(tmp_path):
    """A capitalised unknown word opening a sentence is looked up among Hunspell's names (typo.py):
    from the cached table, not by unzipping the shipped list (gzip) in every check that asks."""
    story = tmp_path / "story.md"
    story.write_text("Kwertyx said the plan works.\n", encoding="utf-8")
    modules_a_check_imports(path=story)   # the first run builds the names table
    assert "gzip" not in modules_a_check_imports(path=story)


@requires_apertium
def test_a_check_with_apertium_and_warm_caches_starts_no_process_and_takes_no_lock():
    modules_a_check_imports("apertium")   # the first run asks Apertium, fills the caches, keeps XL501's verdicts
    modules = modules_a_check_imports("apertium")
    assert "xlate.translate.apertium" in modules   # the engine was chosen
    # XL501 judged every name from the verdicts the first run kept: not even the translation cache opened
    assert not modules & {"subprocess", "filelock", "platformdirs", "zipfile", "sqlite3"}


COMPILE_PROBE = """
import json, sys, traceback
import regex
from xlate.infra import patterns
outside = []   # the modules that compiled a pattern without the pattern cache
missed = []    # the patterns the cache did not hold
compile_ = regex.compile
def counted(*args, **kwargs):
    caller = traceback.extract_stack(limit=2)[0].filename
    if caller != patterns.__file__:
        outside.append(caller)
    else:
        missed.append(str(args[0])[:80])
    return compile_(*args, **kwargs)
regex.compile = counted
from xlate.cli import main
try:
    main(["check", "--engine", "none", "--no-cache", sys.argv[1]])
except SystemExit:
    pass
print(json.dumps({"outside": sorted(set(outside)), "missed": missed}))
"""
# XL401's data modules compile a few constants directly: another helper rewrote them this session.
NOT_YET_CACHED = {"confusable_data.py", "confusable_tokens.py"}


def test_a_warm_check_compiles_its_patterns_through_the_pattern_cache(tmp_path):
    """The regex module's compile runs in Python (up to 20 ms for one of XL401's word shapes): a
    check's patterns come from the pattern cache (xlate/infra/patterns.py), not a compile per run,
    and the second run, in a process with another hash seed, finds every one of them there (a
    pattern written from a set's order would not be)."""
    for seed in ("1", "2"):   # the first run fills the caches
        env = {**os.environ, "XLATE_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", COMPILE_PROBE, str(SEEDS / "000_8cd5bf34590aab48.txt")],
                              capture_output=True, text=True, cwd=ROOT, env=env)
    compiled = json.loads(proc.stdout.splitlines()[-1])
    assert {Path(name).name for name in compiled["outside"]} <= NOT_YET_CACHED
    assert compiled["missed"] == []
