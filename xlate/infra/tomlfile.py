"""TOML in, one clear error out: every way a TOML file can fail to load (unreadable, not UTF-8, not
TOML, nested past Python's recursion limit) becomes the caller's error type, naming the file."""

from __future__ import annotations

from pathlib import Path

from xlate.infra.regular_file import read_regular_bytes


def parse_toml(text: str, where: str, error: type[Exception]) -> dict:
    """The table in text (a leading byte-order mark allowed), or error(f"{where}: ...")."""
    import tomllib   # here: a check with no configuration file and a cached glossary parses no TOML
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{where}: not valid TOML: {exc}") from None
    except RecursionError:   # tomllib recurses once per nested array or inline table
        raise error(f"{where}: not valid TOML: arrays or tables nested too deeply") from None


def read_toml(path: Path, error: type[Exception]) -> dict:
    """The table in the file at path, or error naming the file and the problem."""
    try:
        data = read_regular_bytes(path)
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    return parse_toml(text, str(path), error)
