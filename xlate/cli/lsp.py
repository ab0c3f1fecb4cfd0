"""xlate lsp: the language server, over standard input and output (xlate/lsp/)."""

from __future__ import annotations

import click

from xlate.cli.common import fail
from xlate.cli.engine_options import cache_dir_option, engine_option


@click.command("lsp")
@engine_option
@cache_dir_option
@click.option("--debounce", type=click.IntRange(min=0), default=300, show_default=True, metavar="MS",
              help="Check this long after the last change (initializationOptions.debounce overrides it).")
def lsp_command(engine, cache_dir, debounce):
    """Run the xlate language server on stdin/stdout, for an editor to start.

    Diagnostics as `xlate check` reports them (the configuration and glossary it would use for each
    file), quick fixes, hover and go to definition on glossary terms. Set-up for Neovim, VS Code,
    Helix, Sublime Text and Emacs: docs/editors.md.

    \b
    Example (what an editor runs):
      xlate lsp
      xlate lsp --engine none      # no machine-translation checks
    """
    try:
        from xlate.lsp.server import serve
    except ImportError as exc:
        fail(f"the language server needs the lsp extra ({exc.name} is missing): pip install 'xlate[lsp]'")
    serve(engine, debounce / 1000, cache_dir)


COMMANDS = [lsp_command]
