"""Options shared by the commands that translate: --engine and --cache-dir."""

from __future__ import annotations

from pathlib import Path

import click

from xlate.cli.common import fail, notice
from xlate.core.engines import ENGINES

engine_option = click.option(
    "--engine", type=click.Choice(ENGINES), default=None,
    help="Translation engine. auto: argos where es<->en Argos packages are installed, else Apertium, else none. "
         "Default: auto for translate and roundtrip; for check too, unless the configuration sets one.")
def _cache_folder(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """A cache folder that is something else is a usage error naming where it was set (E13)."""
    if value is not None and value.exists() and not value.is_dir():
        source = ctx.get_parameter_source(param.name)
        where = "XLATE_CACHE_DIR" if source == click.core.ParameterSource.ENVIRONMENT else "--cache-dir"
        raise click.BadParameter(f"{value} is not a folder", ctx, param, param_hint=where)
    return value


cache_dir_option = click.option(
    "--cache-dir", type=click.Path(path_type=Path), callback=_cache_folder, default=None, envvar="XLATE_CACHE_DIR",
    help="Cache folder: translations, and results of earlier checks (default: the user cache directory; "
         "env XLATE_CACHE_DIR).")


def choose_engine(choice: str | None, cache_dir: Path | None, required: bool, timeout: float | None = None, directions=None):
    """The engine for this run, saying which on stderr. Without one, a command that cannot work
    without it fails (exit 2); others go on with a single notice. `none` loads no translation code.
    directions: the (source, target) pairs needed, when not both ways between Spanish and English."""
    if choice == "none" and not required:
        return None
    from xlate.translate import EngineError, select_engine
    try:
        selection = select_engine(choice or "auto", cache_dir, timeout=timeout, **({"directions": directions} if directions else {}))
    except EngineError as exc:
        fail(str(exc))
    if selection.engine is None and required:
        fail(selection.notice.replace("; checks that need one are skipped", ""))
    notice(selection.notice)
    return selection.engine


protect_option = click.option(
    "--no-protect", "plain_engine", is_flag=True,
    help="Give the engine every word: do not put in the glossary's renderings or keep people's names as written.")


def glossary_aware(engine, glossary_paths: list[Path]):
    """engine wrapped so that the glossary's terms come out as the glossary renders them and people's
    names as written (xlate/rules/protect.py)."""
    from xlate.glossary import load_glossary
    from xlate.glossary.model import Glossary
    from xlate.rules.protect import GlossaryEngine
    glossary = load_glossary(glossary_paths, read_only=True) if glossary_paths else Glossary()
    return GlossaryEngine(engine, glossary)
