"""The `xlate` command: a click group whose subcommands live one module each."""

from __future__ import annotations

import importlib

import click

from xlate import __version__

# module -> its click command(s), registered in this order. One line per command module.
COMMAND_MODULES = [
    "xlate.cli.check",
    "xlate.cli.rules",
    "xlate.cli.glossary",
    "xlate.cli.translate",
    "xlate.cli.roundtrip",
    "xlate.cli.cache",
    "xlate.cli.models",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="xlate")
def main() -> None:
    """xlate: an offline Spanish/English translation-consistency checker.

    \b
    Example:
      xlate check seeds/            # check every Markdown/text file under seeds/
      xlate rules                   # list the checks and their codes
    """


for _name in COMMAND_MODULES:
    _module = importlib.import_module(_name)
    for _command in getattr(_module, "COMMANDS", ()):
        main.add_command(_command)
