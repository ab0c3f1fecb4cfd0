"""Pieces every command shares: error handling and building a Context from options."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from xlate.core.config import Config, ConfigError
from xlate.rules.context import Context
from xlate.glossary import GlossaryError, load_glossary
from xlate.infra.collector import gc_paused
from xlate.run.configfile import glossary_paths

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


def read_errors_exit(errors: list[tuple[object, str]]) -> int:
    """Say which files could not be read (a damaged .docx, an XLIFF its parser refuses), after a
    command's output so that a log shows both, and give the exit status they call for: 2 if any."""
    for path, reason in errors:
        notice(f"error: {path}: {reason}")
    return EXIT_ERROR if errors else EXIT_CLEAN


def handle_errors(func):
    """func, run by guarded()."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return guarded(lambda: func(*args, **kwargs))
    return wrapper


def guarded(call):
    """call(), with glossary, configuration and engine problems, and a file or device that fails a
    read or a write (a full disk, a report piped to /dev/full), ending the run with exit code 2 and
    one clear line, never a traceback. A closed pipe (xlate check | head) is click's to handle."""
    try:
        try:
            return call()
        finally:
            _flush_report()
    except BrokenPipeError:
        raise
    except (GlossaryError, ConfigError) as exc:
        fail(str(exc))
    except OSError as exc:
        fail(os_problem(exc))
    except Exception as exc:
        engine = sys.modules.get("xlate.translate.engine")   # loaded only by a run that translates
        if engine is None or not isinstance(exc, engine.EngineError):
            raise
        fail(str(exc))


def _flush_report() -> None:
    """Write out what the report left in the buffer now, where a failure can still be reported."""
    if sys.stdout.closed:   # the language server's client ended the session: stdout was the protocol's
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())   # or Python's exit flush fails again
        raise OSError(exc.errno, f"cannot write the report to standard output: {exc.strerror}") from None


def os_problem(exc: OSError) -> str:
    """An OSError as one line: the file (when known) and the system's reason."""
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


glossary_option = click.option(
    "--glossary", "-g", "glossaries", multiple=True, type=click.Path(path_type=Path),
    help="Glossary file or folder (TOML, TBX, CSV/TSV); repeatable. Default: glossary/ of the project.")


def build_context(paths: list[Path], glossaries: tuple[Path, ...], config: Config | None = None) -> Context:
    config = config or Config()
    anchor = paths[0] if paths else Path.cwd()
    with gc_paused(freeze=True):   # a command's glossary lives until the process ends
        glossary = load_glossary(glossary_paths(glossaries, config, anchor), read_only=True)
    return Context(glossary=glossary, config=config, freeze_builds=True)
