"""Pieces every command shares: error handling and building a Context from options."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from xlate.core.config import Config, ConfigError
from xlate.rules.context import Context
from xlate.glossary import GlossaryError, find_glossary_dir, load_glossary
from xlate.infra.collector import gc_paused

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def findings_exit(findings) -> int:
    """1 when some finding is a warning or an error; findings of severity info (XL801's facts, say)
    are reported but pass, unless the configuration raises their severity (docs/decisions.md)."""
    return EXIT_FINDINGS if any(f.severity != "info" for f in findings) else EXIT_CLEAN


def fail(message: str) -> None:
    click.echo(f"xlate: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def notice(message: str) -> None:
    click.echo(f"xlate: {message}", err=True)


def handle_errors(func):
    """Glossary and configuration problems end the run with exit code 2 and one clear line."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (GlossaryError, ConfigError) as exc:
            fail(str(exc))
    return wrapper


glossary_option = click.option(
    "--glossary", "-g", "glossaries", multiple=True, type=click.Path(path_type=Path),
    help="Glossary file or folder (TOML, TBX, CSV/TSV); repeatable. Default: glossary/ of the project.")


def glossary_paths(explicit: tuple[Path, ...], config: Config, anchor: Path) -> list[Path]:
    if explicit:
        return list(explicit)
    if config.glossary:
        return list(config.glossary)
    found = find_glossary_dir(anchor)
    return [found] if found else []


def build_context(paths: list[Path], glossaries: tuple[Path, ...], config: Config | None = None) -> Context:
    config = config or Config()
    anchor = paths[0] if paths else Path.cwd()
    with gc_paused(freeze=True):   # a command's glossary lives until the process ends
        glossary = load_glossary(glossary_paths(glossaries, config, anchor), read_only=True)
    return Context(glossary=glossary, config=config, freeze_builds=True)
