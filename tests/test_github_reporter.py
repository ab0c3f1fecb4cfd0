"""GitHub Actions annotations: one workflow command a finding, escaped as GitHub requires."""

from click.testing import CliRunner

from conftest import SEEDS
from xlate.cli import main
from xlate.core.finding import Finding
from xlate.reporters.github import annotation


def test_annotation_carries_position_title_and_message():
    f = Finding("docs/a.md", 3, 5, 3, 10, "XL102", "rendering", "warning", 'write "CECOT"', "Cecot", ("CECOT",))
    assert annotation(f, {"XL102": "name-slip"}) == (
        '::warning file=docs/a.md,line=3,col=5,endLine=3,endColumn=9,title=XL102 name-slip::'
        'write "CECOT" (suggestion: CECOT)')


def test_properties_and_message_are_escaped():
    f = Finding("a,b:c%.md", 1, 1, 2, 3, "XL999", "typo", "info", "50% done\nnext line", "x")
    line = annotation(f, {})
    assert line.startswith("::notice file=a%2Cb%3Ac%25.md,line=1,col=1,endLine=2,endColumn=3,title=XL999::")
    assert line.endswith("::50%25 done%0Anext line")


def test_cli_prints_one_annotation_per_finding():
    result = CliRunner().invoke(main, ["check", "--format", "github", str(SEEDS)])
    lines = result.stdout.splitlines()
    assert result.exit_code == 1 and lines
    assert all(line.startswith("::notice file=" if "XL801" in line else "::warning file=") for line in lines)
