"""End to end in a real editor: Debian's Neovim, headless, with its built-in LSP client, opens a
seed article, reads back `xlate lsp`'s diagnostics and applies a code action's edit
(tests/data/neovim/drive_xlate.lua). scripts/setup.sh installs Neovim with the test extra."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS, SHIPPED_GLOSSARY

pytest.importorskip("pygls", reason="the lsp extra is not installed: pip install -e '.[lsp]'")
NVIM = shutil.which("nvim")
pytestmark = [pytest.mark.neovim,
              pytest.mark.skipif(NVIM is None, reason="Neovim is not installed (apt-get install neovim; "
                                                      "scripts/setup.sh installs it with the test extra)")]
SEED = "002_be7fbacb5bfa159d.txt"   # writes the prison "Cecot" where the glossary has CECOT (XL102)


def test_neovim_shows_diagnostics_and_applies_a_code_action(tmp_path):
    (tmp_path / ".git").mkdir()
    shutil.copytree(SHIPPED_GLOSSARY, tmp_path / "glossary")
    article = tmp_path / SEED
    shutil.copy(SEEDS / SEED, article)
    out = tmp_path / "report.json"
    env = {**os.environ, "XLATE_NVIM_OUT": str(out), "XLATE_ROOT": str(tmp_path),
           "XLATE_LSP_CMD": json.dumps([sys.executable, "-m", "xlate", "lsp", "--engine", "none"])}
    script = ROOT / "tests" / "data" / "neovim" / "drive_xlate.lua"
    subprocess.run([NVIM, "--headless", "--clean", str(article), "-c", f"luafile {script}"],
                   env=env, cwd=tmp_path, timeout=240, check=True, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    report = json.loads(out.read_text(encoding="utf-8"))
    codes = {d["code"] for d in report["diagnostics"]}
    assert "XL102" in codes
    first = next(d for d in report["diagnostics"] if d["code"] == "XL102")
    assert first["source"] == "xlate:rendering"
    line = article.read_text(encoding="utf-8").splitlines()[first["lnum"]].encode("utf-8")
    column = first["col"]   # Neovim's diagnostics count bytes: the line has curly quotes before it
    assert line[column:column + 5] == b"Cecot"
    assert 'Replace "Cecot" with "CECOT" (XL102)' in report["actions"]
    assert "Suppress XL102 on this line" in report["actions"]
    assert report["line_after"].encode("utf-8") == line[:column] + b"CECOT" + line[column + 5:]
