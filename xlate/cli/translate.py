"""xlate translate: machine-translate files or standard input, line for line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pathlib import Path

from xlate.cli.common import fail, glossary_option, glossary_paths, handle_errors
from xlate.cli.engine_options import cache_dir_option, choose_engine, engine_option, glossary_aware, protect_option

LANGUAGES = click.Choice(["es", "en"])


@click.command("translate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--from", "src", type=LANGUAGES, required=True, help="Language of the input.")
@click.option("--to", "tgt", type=LANGUAGES, required=True, help="Language to translate into.")
@engine_option
@cache_dir_option
@glossary_option
@protect_option
@handle_errors
def translate_command(files, src, tgt, engine, cache_dir, glossaries, plain_engine):
    """Translate FILES (or standard input, -) and print the translation, one output line per input line.

    The glossary's terms come out as the glossary renders them ("Centro de Confinamiento del
    Terrorismo" -> "Terrorism Confinement Center") and people's names as written ("Consuelo Porras");
    --no-protect gives the engine every word.

    \b
    Examples:
      xlate translate --from es --to en nota.txt
      echo "Centro de Confinamiento del Terrorismo" | xlate translate --from es --to en
    """
    from xlate.run.configfile import config_for
    from xlate.translate import EngineError

    lines = [line.rstrip("\r") for file in (files or [Path("-")]) for line in _lines(_text_of(file))]
    translator = choose_engine(engine, cache_dir, required=True, directions=[(src, tgt)])
    if not plain_engine:
        translator = glossary_aware(translator, glossary_paths(glossaries, config_for([Path.cwd()]), Path.cwd()))
    try:
        for line in translator.translate(lines, src, tgt):
            sys.stdout.write(line + "\n")
    except EngineError as exc:
        fail(str(exc))


def _lines(text: str) -> list[str]:
    """The lines of text, as reading a file line by line gives them (a final line break ends the
    last line; it starts no new one)."""
    lines = text.split("\n")
    return lines[:-1] if lines[-1] == "" else lines


def _text_of(file: Path) -> str:
    """The text of a file named on the command line, or of standard input for -: a file that is
    not UTF-8 text, or not a regular file, is an error naming it (exit 2)."""
    from xlate.formats import PLAIN_TEXT, ReadError, format_for, input_format, read_bytes
    try:
        if str(file) == "-":
            return input_format(PLAIN_TEXT).decode(sys.stdin.buffer.read(), "<stdin>")[0]
        fmt = format_for(file)
        return fmt.read(fmt.decode(read_bytes(file, max_bytes=sys.maxsize), str(file), sys.maxsize)[0])[0]   # as a Document reads it
    except ReadError as exc:
        fail(str(exc).removesuffix("; skipped"))


COMMANDS = [translate_command]
