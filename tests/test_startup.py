"""The pre-commit hook starts fast: a check without an engine imports none of the optional machinery."""

import json
import subprocess
import sys

from conftest import ROOT, SEEDS

PROBE = """
import json, sys
from xlate.cli import main
try:
    main(["check", "--engine", "none", sys.argv[1]])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def test_plain_check_imports_no_engine_baseline_fix_or_sarif_code():
    proc = subprocess.run([sys.executable, "-c", PROBE, str(SEEDS / "000_8cd5bf34590aab48.txt")],
                          capture_output=True, text=True, cwd=ROOT)
    modules = set(json.loads(proc.stdout.splitlines()[-1]))
    assert "xlate.check" in modules
    heavy = {"sacrebleu", "xlate.translate", "xlate.baseline", "xlate.fix", "xlate.reporters.sarif", "jsonschema",
             "wordfreq"}
    assert not modules & heavy
