"""The `xlate` command: a click group whose subcommands live one module each, imported on use."""

from __future__ import annotations

import importlib

import click

from xlate import __version__
from xlate.infra.ending import end_now

# command name -> the module defining it (as COMMANDS = [command]). One line per command module.
COMMAND_MODULES = {
    "check": "xlate.cli.check",
    "rules": "xlate.cli.rules",
    "glossary": "xlate.cli.glossary",
    "translate": "xlate.cli.translate",
    "roundtrip": "xlate.cli.roundtrip",
    "cache": "xlate.cli.cache",
    "models": "xlate.cli.models",
    "facts": "xlate.cli.facts",
    "lsp": "xlate.cli.lsp",
}


class LazyGroup(click.Group):
    """Imports a subcommand's module only when it runs: a pre-commit `xlate check` never loads the
    glossary editor, the translation commands or their dependencies."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMAND_MODULES:
            return None
        [command] = importlib.import_module(COMMAND_MODULES[name]).COMMANDS
        return command

    def invoke(self, ctx: click.Context):
        from xlate.cli.common import guarded   # every command: bad input is exit 2 and a line, never a traceback
        return guarded(lambda: super(LazyGroup, self).invoke(ctx))


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="xlate")
def main() -> None:
    """xlate: an offline Spanish/English translation-consistency checker.

    \b
    Example:
      xlate check seeds/            # check every Markdown/text file under seeds/
      xlate rules                   # list the checks and their codes
    """


def run() -> None:
    """The xlate program (the console script, `python -m xlate`): main, then the process ends
    without tearing down what the run built (xlate/infra/ending.py), where it safely can."""
    try:
        main()
    except SystemExit as done:
        end_now(done.code)
        raise
