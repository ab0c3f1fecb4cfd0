"""Apertium (Debian packages `apertium` and `apertium-eng-spa`): rule-based, fast, always offline.

A whole batch goes through ONE process call. Segments are written as
paragraphs separated by a blank line, which Apertium's plain-text format
keeps as it is; the output is split on the same blank lines and the count is
verified. (`-f line` would be simpler but drops sentence-final periods.)
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from functools import cached_property
from pathlib import Path
from zlib import crc32

from xlate.infra.cachefile import read_keyed, write_keyed
from xlate.translate.engine import TIMEOUT_CHARS_PER_S, TIMEOUT_ENV, Engine, EngineError, timeout_for

MODES = {("es", "en"): "spa-eng", ("en", "es"): "eng-spa"}
MODE_ROOTS = (Path("/usr/share/apertium/modes"), Path("/usr/local/share/apertium/modes"))
PROBE_FORMAT = 1
INSTALL_HINT = ("install Apertium: `sudo apt-get install apertium apertium-eng-spa` on Debian/Ubuntu "
                "(see docs/translation.md for other systems)")
SEPARATOR = "\n\n"
_DATA_PATH = re.compile(r"'(/[^']+)'")


AVAILABLE_BECAUSE = "Apertium is installed"
UNAVAILABLE = "no Apertium"


def apertium_binary() -> str | None:
    return shutil.which("apertium")


def available(directions) -> bool:
    """The program is there; whether its eng-spa data covers directions, build finds out."""
    return apertium_binary() is not None


def build(cache_dir: Path | None = None, timeout: float | None = None) -> "ApertiumEngine":
    return ApertiumEngine(cache_dir=cache_dir, timeout=timeout)


class ApertiumEngine(Engine):
    name = "apertium"

    def __init__(self, mark_unknown: bool = False, modes: dict[tuple[str, str], str] | None = None,
                 cache_dir: Path | None = None, timeout: float | None = None):
        """mark_unknown keeps Apertium's '*' before words it does not know: a signal, not comparison text.
        cache_dir holds what `apertium -l` and `-V` said (see ProbeCache); default: the user cache.
        timeout: the base of each call's time limit in seconds (engine.timeout_for)."""
        self.binary = apertium_binary()
        if not self.binary:
            raise EngineError(f"Apertium is not installed; {INSTALL_HINT}")
        self.mark_unknown = mark_unknown
        self.modes = dict(modes or MODES)
        self.cache_dir = cache_dir
        self.timeout = timeout

    @cached_property
    def _probed(self) -> tuple[set[str], str]:
        """The installed modes (`apertium -l`) and the release (`apertium -V`): two process starts
        that a pre-commit hook would pay on every run, so kept in the cache while Apertium is unchanged."""
        cache = ProbeCache(self.binary, self.cache_dir)
        found = cache.read()
        if found is None:
            out = self._run(["-l"], "")
            found = ({line.strip() for line in out.splitlines() if line.strip()}, self._run(["-V"], "").strip())
            cache.write(*found)
        return found

    @property
    def installed_modes(self) -> set[str]:
        return self._probed[0]

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
        return f"{self._probed[1]}+{digest.hexdigest()[:12]}+{flags}"

    def _mode_files(self, mode: str) -> list[Path]:
        for root in MODE_ROOTS:
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
        """Apertium's output for text. Apertium is a shell pipeline: it runs in a process group of
        its own, so a time-out stops every stage of it, not just the script that started them."""
        import signal
        import subprocess
        limit = timeout_for(len(text), self.timeout)
        try:
            process = subprocess.Popen([self.binary, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, start_new_session=True)
        except OSError as exc:
            raise EngineError(f"cannot run Apertium ({exc}); {INSTALL_HINT}") from None
        try:
            out, err = process.communicate(text.encode("utf-8"), timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise EngineError(f"Apertium did not answer within {limit:.0f} s (apertium {' '.join(args)}, "
                              f"{len(text):,} characters) and was stopped; nothing was cached. Check that "
                              f"`echo hola | apertium spa-eng` answers, or raise the limit: engine-timeout "
                              f"in the configuration or {TIMEOUT_ENV} (seconds, now {limit - len(text) / TIMEOUT_CHARS_PER_S:.0f}"
                              f" plus one per {TIMEOUT_CHARS_PER_S:,} characters)") from None
        if process.returncode != 0:
            detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
            raise EngineError(f"Apertium failed (exit {process.returncode}): {detail[0]}; "
                              f"check that apertium-eng-spa is installed")
        try:
            return out.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EngineError(f"Apertium's output is not UTF-8 (byte {exc.start}); nothing was cached. "
                              f"Check that `echo hola | apertium spa-eng` answers in UTF-8 (the locale)") from None

    def health_hint(self) -> str:
        return "`echo hola | apertium spa-eng` should print a translation"


class ProbeCache:
    """What `apertium -l` and `apertium -V` printed, kept in the user cache folder under a key that
    changes whenever their answer can: the executable's path, size, modification and change times and
    inode (an upgrade replaces it), $APERTIUM_DATADIR, and the .mode files in each folder Apertium
    lists modes from (installing or removing a language pair adds or removes one). A stale, damaged
    or unwritable cache only costs the two process starts."""

    def __init__(self, binary: str, cache_dir: Path | None = None):
        from xlate.infra.cachefile import cache_dir as default_cache_dir
        self.file = (cache_dir or default_cache_dir()) / f"apertium-{crc32(os.fsencode(binary)):08x}.marshal"
        self.key = self._key(binary)

    @staticmethod
    def _key(binary: str) -> tuple | None:
        try:
            stat = os.stat(binary)
        except OSError:
            return None
        datadir = os.environ.get("APERTIUM_DATADIR")
        prefix = Path(os.path.realpath(binary)).parent.parent / "share" / "apertium" / "modes"
        roots = dict.fromkeys([*([Path(datadir, "modes")] if datadir else []), prefix, *MODE_ROOTS])
        return (PROBE_FORMAT, binary, os.path.realpath(binary), stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns,
                stat.st_ino, datadir, tuple((str(root), _mode_names(root)) for root in roots))

    def read(self) -> tuple[set[str], str] | None:
        if self.key is None:
            return None
        stored = read_keyed(self.file, self.key)
        if not isinstance(stored, tuple) or len(stored) != 2:      # missing, damaged or stale
            return None
        modes, version = stored
        if not isinstance(version, str) or not isinstance(modes, tuple) or not all(isinstance(m, str) for m in modes):
            return None
        return set(modes), version

    def write(self, modes: set[str], version: str) -> None:
        if self.key is None:
            return
        write_keyed(self.file, self.key, (tuple(sorted(modes)), version))


def _mode_names(root: Path) -> tuple[str, ...] | None:
    try:
        return tuple(sorted(name for name in os.listdir(root) if name.endswith(".mode")))
    except OSError:
        return None
