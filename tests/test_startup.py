"""The pre-commit hook starts fast: a check without an engine imports none of the optional machinery."""

import json
import subprocess
import sys

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


def modules_a_check_imports(engine: str = "none") -> set[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(SEEDS / "000_8cd5bf34590aab48.txt"), engine],
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


@requires_apertium
def test_a_check_with_apertium_and_warm_caches_starts_no_process_and_takes_no_lock():
    modules_a_check_imports("apertium")   # the first run asks Apertium, fills the caches, keeps XL501's verdicts
    modules = modules_a_check_imports("apertium")
    assert "xlate.translate.apertium" in modules   # the engine was chosen
    # XL501 judged every name from the verdicts the first run kept: not even the translation cache opened
    assert not modules & {"subprocess", "filelock", "platformdirs", "zipfile", "sqlite3"}
