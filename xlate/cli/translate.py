"""xlate translate: machine-translate files or standard input, line for line."""

from __future__ import annotations

import sys

import click

from xlate.cli.common import fail
from xlate.cli.engine_options import cache_dir_option, choose_engine, engine_option

LANGUAGES = click.Choice(["es", "en"])


@click.command("translate")
@click.argument("files", nargs=-1, type=click.File("r", encoding="utf-8"))
@click.option("--from", "src", type=LANGUAGES, required=True, help="Language of the input.")
@click.option("--to", "tgt", type=LANGUAGES, required=True, help="Language to translate into.")
@engine_option
@cache_dir_option
def translate_command(files, src, tgt, engine, cache_dir):
    """Translate FILES (or standard input, -) and print the translation, one output line per input line.

    \b
    Examples:
      xlate translate --from es --to en nota.txt
      echo "Centro de Confinamiento del Terrorismo" | xlate translate --from es --to en
    """
    from xlate.translate import EngineError

    lines = [line.rstrip("\r\n") for f in (files or [click.open_file("-", encoding="utf-8")]) for line in f]
    translator = choose_engine(engine, cache_dir, required=True)
    try:
        for line in translator.translate(lines, src, tgt):
            sys.stdout.write(line + "\n")
    except EngineError as exc:
        fail(str(exc))


COMMANDS = [translate_command]
