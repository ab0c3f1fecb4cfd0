"""Run settings: which rules run, how severe they are, thresholds and word lists.

Defaults live here; loading [tool.xlate] / xlate.toml fills the same dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from xlate.formats import DEFAULT_MAX_BYTES, default_include

DEFAULT_INCLUDE = default_include()   # each input format's (xlate/formats)
DEFAULT_PAIRS = (("{name}.es.md", "{name}.en.md"), ("{name}.es.txt", "{name}.en.txt"))
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", "build", "dist")




class ConfigError(Exception):
    """A configuration value that cannot be used."""


@dataclass
class Config:
    """A run's settings: the glossaries, which rules run and how severe they are, per-rule options,
    what is checked and how files pair."""
    glossary: list[Path] = field(default_factory=list)
    select: set[str] = field(default_factory=set)       # empty: every default-enabled rule
    ignore: set[str] = field(default_factory=set)
    extend_select: set[str] = field(default_factory=set)   # default-off rules turned on (--roundtrip: XL601)
    severities: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict] = field(default_factory=dict)   # per-rule thresholds, keyed by code
    words: set[str] = field(default_factory=set)             # project word list
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    force_exclude: bool = False   # exclude files named explicitly too (what pre-commit passes)
    max_bytes: int = DEFAULT_MAX_BYTES
    engine: str = "auto"   # --engine / engine = "..." in the configuration file: one of ENGINES (xlate/core/engines.py)
    engine_configured: bool = False   # the configuration file names an engine (glossary commands default to none)
    engine_timeout: float | None = None   # seconds, the base of each engine call's limit (translate.engine.timeout_for)
    root: Path | None = None
    # editorial workflow (xlate/run/configfile.py loads these from [tool.xlate] / xlate.toml)
    source: Path | None = None                                # the configuration file, for messages
    languages: tuple[str, ...] = ("en", "es")                 # copy languages whose findings are reported
    pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS        # (Spanish, English) file-name patterns
    per_file_ignores: dict[str, set[str]] = field(default_factory=dict)   # glob -> codes
    baseline: Path | None = None

    def enabled(self, code: str, default: bool = True) -> bool:
        if any(code.startswith(prefix) for prefix in self.ignore):
            return False
        if any(code.startswith(prefix) for prefix in self.extend_select):
            return True
        if self.select:
            return any(code.startswith(prefix) for prefix in self.select)
        return default

    def severity_for(self, code: str, default: str) -> str:
        return self.severities.get(code, default)

    def option(self, code: str, name: str, default):
        return self.options.get(code, {}).get(name, default)
