"""Reading [tool.xlate] from pyproject.toml or an xlate.toml into a Config.

The file is looked for from the first checked path upward to the project root
(the first folder holding .git). Every key is validated; a bad value raises
ConfigError naming the file and the key. Relative paths in the file are
relative to the folder that holds it. docs/configuration.md documents each key.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any, Callable

from xlate.core.config import Config, ConfigError
from xlate.core.finding import SEVERITIES
from xlate.glossary.loader import find_glossary_dir
from xlate.infra.regular_file import folder_of, has_mode
from xlate.infra.tomlfile import read_toml

LANGUAGES = ("en", "es")


class _Key:
    """Where a key's value is being read, for error messages."""

    def __init__(self, source: Path, name: str):
        self.source, self.name = source, name

    def error(self, problem: str) -> ConfigError:
        return ConfigError(f"{self.source}: [tool.xlate] {self.name}: {problem}"
                           if self.source.name == "pyproject.toml" else f"{self.source}: {self.name}: {problem}")

    def expect(self, value: Any, kind: type | tuple, what: str) -> Any:
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            raise self.error(f"expected {what}, got {type(value).__name__} {value!r}")
        return value

    def strings(self, value: Any) -> list[str]:
        items = [value] if isinstance(value, str) else self.expect(value, list, "a list of strings")
        for item in items:
            self.expect(item, str, "a list of strings")
        return items

    def codes(self, value: Any) -> set[str]:
        from xlate.rules import codes_problem   # the rule catalogue: imported only when codes are set
        codes = {c.strip().upper() for c in self.strings(value)}
        problem = codes_problem(codes)
        if problem:
            raise self.error(problem)
        return codes

    def full_code(self, code: str) -> None:
        if not re.match(r"^XL\d{3}$", code.upper()):
            raise self.error(f"{code} is not a rule code (like XL101)")
        self.codes([code])

    def paths(self, value: Any, base: Path) -> list[Path]:
        return [base / p for p in self.strings(value)]


def _glossary(key, value, config, base):
    config.glossary = key.paths(value, base)


def _languages(key, value, config, base):
    langs = key.strings(value)
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown or not langs:
        raise key.error(f"use one or both of {', '.join(LANGUAGES)} (got {langs!r})")
    config.languages = tuple(langs)


def _select(key, value, config, base):
    config.select = key.codes(value)


def _ignore(key, value, config, base):
    config.ignore = key.codes(value)


def _severity(key, value, config, base):
    for code, severity in key.expect(value, dict, "a table of CODE = severity").items():
        key.full_code(code)
        if severity not in SEVERITIES:
            raise key.error(f"{code} = {severity!r}: use one of {', '.join(SEVERITIES)}")
        config.severities[code.upper()] = severity


def _rules(key, value, config, base):
    from xlate.rules import rule_by_code   # the rules declare their options; imported only when some are set
    for code, options in key.expect(value, dict, "a table of rule tables ([tool.xlate.rules.XL601])").items():
        key.full_code(code)
        key.expect(options, dict, f"a table of options for {code}")
        rule = rule_by_code(code.upper())   # full_code made sure there is one
        for name, option_value in options.items():
            known = [option.name for option in rule.options]
            if name not in known:
                has = f"its options are {', '.join(known)}" if known else "it has no options"
                raise key.error(f"{code}.{name}: {code} ({rule.name}) has no option {name!r}; {has}")
            problem = rule.declared(name).problem(option_value)
            if problem:
                raise key.error(f"{code}.{name}: {problem}")
        config.options.setdefault(code.upper(), {}).update(options)


def _engine(key, value, config, base):
    config.engine = key.expect(value, str, "an engine name")
    config.engine_configured = True


def _include(key, value, config, base):
    config.include = tuple(key.strings(value))


def _exclude(key, value, config, base):
    config.exclude = tuple(key.strings(value))


def _extend_exclude(key, value, config, base):
    config.exclude = config.exclude + tuple(key.strings(value))


def _force_exclude(key, value, config, base):
    config.force_exclude = key.expect(value, bool, "true or false")


def _words(key, value, config, base):
    config.words |= set(key.strings(value))


def _word_lists(key, value, config, base):
    for path in key.paths(value, base):
        config.words |= read_word_list(path, key)


def _pairs(key, value, config, base):
    pairs = []
    for item in key.expect(value, list, "a list of {spanish = ..., english = ...} tables"):
        key.expect(item, dict, "a list of {spanish = ..., english = ...} tables")
        if set(item) != {"spanish", "english"}:
            raise key.error(f"each pair needs exactly the keys spanish and english (got {sorted(item)})")
        for side in ("spanish", "english"):
            if key.expect(item[side], str, "a file-name pattern").count("{name}") != 1:
                raise key.error(f"{side} = {item[side]!r}: a pattern needs {{name}} exactly once")
        pairs.append((item["spanish"], item["english"]))
    config.pairs = tuple(pairs)


def _per_file_ignores(key, value, config, base):
    for pattern, codes in key.expect(value, dict, 'a table of "glob" = [codes]').items():
        config.per_file_ignores[pattern] = key.codes(codes) or {"XL"}


def _max_file_size(key, value, config, base):
    if key.expect(value, int, "a size in bytes") <= 0:
        raise key.error("must be a positive number of bytes")
    config.max_bytes = value


def _engine_timeout(key, value, config, base):
    seconds = key.expect(value, (int, float), "a number of seconds")
    if not 0 < seconds < float("inf"):
        raise key.error("must be a positive number of seconds")
    config.engine_timeout = float(seconds)


def _baseline(key, value, config, base):
    config.baseline = base / key.expect(value, str, "a file path")


# key -> how to read it into the Config; append one line per new key (and document it).
KEYS: dict[str, Callable[[_Key, Any, Config, Path], None]] = {
    "glossary": _glossary,
    "languages": _languages,
    "select": _select,
    "ignore": _ignore,
    "severity": _severity,
    "rules": _rules,
    "engine": _engine,
    "include": _include,
    "exclude": _exclude,
    "extend-exclude": _extend_exclude,
    "force-exclude": _force_exclude,
    "words": _words,
    "word-lists": _word_lists,
    "pairs": _pairs,
    "per-file-ignores": _per_file_ignores,
    "max-file-size": _max_file_size,
    "baseline": _baseline,
    "engine-timeout": _engine_timeout,
}


def read_word_list(path: Path, key: _Key) -> set[str]:
    """One word or name a line; blank lines and # comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise key.error(f"cannot read word list {path}: {getattr(exc, 'strerror', None) or exc}") from None
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def read_table(path: Path) -> dict | None:
    """The xlate settings in path, or None when a pyproject.toml has no [tool.xlate]."""
    data = read_toml(path, ConfigError)
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: tool: expected a table, got {type(tool).__name__}")
    table = tool.get("xlate") if path.name == "pyproject.toml" else tool.get("xlate", data)
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: tool.xlate: expected a table, got {type(table).__name__}")
    return table


def find_config(start: Path) -> Path | None:
    """The nearest xlate.toml, or pyproject.toml with [tool.xlate], from start up to the project root."""
    folder = folder_of(start)
    for candidate in (folder, *folder.parents):
        for name in ("xlate.toml", "pyproject.toml"):
            path = candidate / name
            if has_mode(path, stat.S_ISREG) and (name == "xlate.toml" or read_table(path) is not None):
                return path
        if has_mode(candidate / ".git"):
            return None
    return None


def load_config(path: Path, config: Config | None = None) -> Config:
    config = config or Config()
    table = read_table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.xlate] table")
    base = path.resolve().parent
    for name, value in table.items():
        reader = KEYS.get(name)
        if reader is None:
            raise _Key(path, name).error(f"unknown key (known keys: {', '.join(KEYS)})")
        reader(_Key(path, name), value, config, base)
    config.source, config.root = path, base
    return config


def config_for(paths: list[Path], explicit: Path | None = None) -> Config:
    """The Config for a run: the explicit file, else the one found above the first path, else defaults."""
    if explicit is not None:
        return load_config(explicit)
    found = find_config(paths[0] if paths else Path.cwd())
    return load_config(found) if found else Config()


def glossary_paths(explicit: tuple[Path, ...], config: Config, anchor: Path) -> list[Path]:
    """The glossary a run uses: the one given explicitly, else the configuration's, else glossary/
    of the project root above anchor (none when there is no such folder)."""
    if explicit:
        return list(explicit)
    if config.glossary:
        return list(config.glossary)
    found = find_glossary_dir(anchor)
    return [found] if found else []
