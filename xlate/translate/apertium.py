"""Apertium (Debian packages `apertium` and `apertium-eng-spa`): rule-based, fast, always offline.

A whole batch goes through ONE process call. Segments are written as
paragraphs separated by a blank line, which Apertium's plain-text format
keeps as it is; the output is split on the same blank lines and the count is
verified. (`-f line` would be simpler but drops sentence-final periods.)
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from functools import cached_property
from pathlib import Path

from xlate.translate.engine import Engine, EngineError

MODES = {("es", "en"): "spa-eng", ("en", "es"): "eng-spa"}
INSTALL_HINT = ("install Apertium: `sudo apt-get install apertium apertium-eng-spa` on Debian/Ubuntu "
                "(see docs/translation.md for other systems)")
SEPARATOR = "\n\n"
_DATA_PATH = re.compile(r"'(/[^']+)'")


def apertium_binary() -> str | None:
    return shutil.which("apertium")


class ApertiumEngine(Engine):
    name = "apertium"

    def __init__(self, mark_unknown: bool = False, modes: dict[tuple[str, str], str] | None = None):
        """mark_unknown keeps Apertium's '*' before words it does not know: a signal, not comparison text."""
        self.binary = apertium_binary()
        if not self.binary:
            raise EngineError(f"Apertium is not installed; {INSTALL_HINT}")
        self.mark_unknown = mark_unknown
        self.modes = dict(modes or MODES)

    @cached_property
    def installed_modes(self) -> set[str]:
        out = self._run(["-l"], "")
        return {line.strip() for line in out.splitlines() if line.strip()}

    def directions(self) -> set[tuple[str, str]]:
        return {pair for pair, mode in self.modes.items() if mode in self.installed_modes}

    @cached_property
    def version(self) -> str:
        """Apertium's version plus a digest of the mode files and the data they load."""
        digest = hashlib.sha256()
        for mode in sorted(self.modes.values()):
            for path in self._mode_files(mode):
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        flags = "marks" if self.mark_unknown else "u"
        return f"{self._run(['-V'], '').strip()}+{digest.hexdigest()[:12]}+{flags}"

    def _mode_files(self, mode: str) -> list[Path]:
        for root in (Path("/usr/share/apertium/modes"), Path("/usr/local/share/apertium/modes")):
            mode_file = root / f"{mode}.mode"
            if mode_file.exists():
                data = [Path(p) for p in _DATA_PATH.findall(mode_file.read_text(encoding="utf-8"))]
                return [mode_file] + [p for p in data if p.exists()]
        return []

    def translate_lines(self, lines: list[str], src: str, tgt: str) -> list[str]:
        if not lines:
            return []
        args = ([] if self.mark_unknown else ["-u"]) + ["-f", "txt", self.modes[(src, tgt)]]
        out = self._run(args, SEPARATOR.join(lines) + "\n").strip("\n").split(SEPARATOR)
        if len(out) == len(lines):
            return [line.strip() for line in out]
        if len(lines) == 1:
            return [" ".join(part.strip() for part in out)]
        # Apertium merged or split a paragraph somewhere: halve the batch to keep the mapping exact.
        half = len(lines) // 2
        return self.translate_lines(lines[:half], src, tgt) + self.translate_lines(lines[half:], src, tgt)

    def _run(self, args: list[str], text: str) -> str:
        try:
            result = subprocess.run([self.binary, *args], input=text, capture_output=True, text=True,
                                    encoding="utf-8", check=False)
        except OSError as exc:
            raise EngineError(f"cannot run Apertium ({exc}); {INSTALL_HINT}") from None
        if result.returncode != 0:
            detail = result.stderr.strip().splitlines()[-1:] or ["no message"]
            raise EngineError(f"Apertium failed (exit {result.returncode}): {detail[0]}; "
                              f"check that apertium-eng-spa is installed")
        return result.stdout
