"""Every command explains itself: --help works and shows an example."""

import click
import pytest
from click.testing import CliRunner

from xlate.cli import main


def command_paths(group: click.Group, prefix=()):
    ctx = click.Context(group)
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        assert command is not None and command.name == name, f"{name} is registered under another name"
        yield prefix + (name,)
        if isinstance(command, click.Group):
            yield from command_paths(command, prefix + (name,))


@pytest.mark.parametrize("path", [()] + list(command_paths(main)), ids=lambda p: " ".join(p) or "xlate")
def test_help_has_an_example(path):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    assert "example" in result.output.lower()


def test_every_rule_has_a_stable_code_a_known_kind_and_a_description():
    from xlate.core.finding import KINDS, SEVERITIES
    from xlate.rules import all_rules
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules) and len({r.name for r in rules}) == len(rules)
    for rule in rules:
        assert rule.code.startswith("XL") and rule.code[2:].isdigit()
        assert rule.kind in KINDS and rule.severity in SEVERITIES
        assert rule.summary and rule.description() and rule.__doc__
