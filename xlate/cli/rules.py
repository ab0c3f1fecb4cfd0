"""xlate rules: the rule catalogue, generated from the rule classes themselves."""

from __future__ import annotations

import click

from xlate.rules import all_rules
from xlate.rules.catalogue import rules_markdown


@click.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
def rules_command(output_format):
    """List every check with its code, name, kind and one-line description.

    \b
    Examples:
      xlate rules
      xlate rules --format markdown > docs/rules.md
    """
    if output_format == "markdown":
        click.echo(rules_markdown(), nl=False)
        return
    rules = all_rules()
    width = max(len(r.name) for r in rules)
    for r in rules:
        click.echo(f"{r.code}  {r.name:<{width}} {r.kind:<13} {r.summary}")


COMMANDS = [rules_command]
