"""Loading [tool.xlate] / xlate.toml: every key, discovery upward, and errors naming file and key."""

import pytest
from click.testing import CliRunner

from conftest import ROOT
from xlate.cli import main
from xlate.core.config import Config, ConfigError
from xlate.run.configfile import config_for, find_config, load_config

FULL = '''
[tool.xlate]
glossary = ["terms"]
languages = ["en"]
select = ["XL1", "XL201"]
ignore = ["XL104"]
severity = { XL201 = "error" }
engine = "apertium"
include = ["*.md"]
exclude = ["drafts"]
extend-exclude = ["old"]
force-exclude = true
words = ["Bukele"]
word-lists = ["names.txt"]
pairs = [{ spanish = "es/{name}.md", english = "en/{name}.md" }]
per-file-ignores = { "archive/*.md" = ["XL201"], "legacy.md" = [] }
max-file-size = 5000
baseline = ".xlate-baseline.json"

[tool.xlate.rules.XL601]
threshold = 35
'''


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_every_key_lands_in_the_config(tmp_path):
    write(tmp_path, "names.txt", "# people\nNayib\n\nKast\n")
    config = load_config(write(tmp_path, "pyproject.toml", FULL))
    assert config.glossary == [tmp_path / "terms"]
    assert config.languages == ("en",)
    assert (config.select, config.ignore) == ({"XL1", "XL201"}, {"XL104"})
    assert config.severity_for("XL201", "warning") == "error"
    assert config.engine == "apertium"
    assert config.include == ("*.md",) and config.exclude[-2:] == ("drafts", "old") and config.force_exclude
    assert config.words == {"Bukele", "Nayib", "Kast"}
    assert config.pairs == (("es/{name}.md", "en/{name}.md"),)
    assert config.per_file_ignores == {"archive/*.md": {"XL201"}, "legacy.md": {"XL"}}
    assert config.max_bytes == 5000
    assert config.baseline == tmp_path / ".xlate-baseline.json"
    assert config.option("XL601", "threshold", 40) == 35
    assert config.root == tmp_path


def test_xlate_toml_takes_keys_at_top_level(tmp_path):
    config = load_config(write(tmp_path, "xlate.toml", 'ignore = ["XL3"]\n'))
    assert config.ignore == {"XL3"}


def test_found_from_a_nested_path_up_to_the_git_root(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.xlate]\nselect = ["XL101"]\n')
    nested = tmp_path / "content" / "news"
    nested.mkdir(parents=True)
    assert find_config(nested) == tmp_path / "pyproject.toml"
    assert config_for([nested]).select == {"XL101"}


def test_search_stops_at_the_git_root_and_skips_other_pyprojects(tmp_path):
    write(tmp_path, "xlate.toml", 'select = ["XL101"]\n')
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    write(repo, "pyproject.toml", "[tool.black]\nline-length = 100\n")
    assert find_config(repo) is None
    assert config_for([repo]) == Config()


@pytest.mark.parametrize("text, key, problem", [
    ('[tool.xlate]\nselct = ["XL1"]\n', "selct", "unknown key"),
    ('[tool.xlate]\nselect = ["E501"]\n', "select", "not a rule code"),
    ('[tool.xlate]\nseverity = { XL101 = "fatal" }\n', "severity", "use one of error, warning, info"),
    ('[tool.xlate]\nlanguages = ["fr"]\n', "languages", "use one or both of en, es"),
    ('[tool.xlate]\nmax-file-size = "big"\n', "max-file-size", "expected a size in bytes"),
    ('[tool.xlate]\npairs = [{ spanish = "*.es.md", english = "*.en.md" }]\n', "pairs", "{name} exactly once"),
    ('[tool.xlate]\nword-lists = ["missing.txt"]\n', "word-lists", "cannot read word list"),
    ('[tool.xlate.rules.XL601]\nthreshhold = 35\n', "rules", "XL601.threshhold: XL601 (roundtrip) has no option "
                                                           "'threshhold'; its options are threshold"),
    ('[tool.xlate.rules.XL301]\nmax-edits = 1\n', "rules", "XL301 (typo) has no option 'max-edits'; it has no options"),
    ('[tool.xlate.rules.XL999]\nthreshold = 35\n', "rules", "XL999 matches no check (`xlate rules` lists them)"),
    ('[tool.xlate]\nselect = ["XL999"]\n', "select", "XL999 matches no check"),
    ('[tool.xlate]\nignore = ["XL98"]\n', "ignore", "XL98 matches no check"),
    ('[tool.xlate]\nseverity = { XL998 = "error" }\n', "severity", "XL998 matches no check"),
    ('[tool.xlate]\nper-file-ignores = { "a.md" = ["XL99"] }\n', "per-file-ignores", "XL99 matches no check"),
    ('[tool.xlate.rules.XL501]\nsimilarity = 1.5\n', "rules", "XL501.similarity: 1.5 is out of range: use 0 to 1"),
    ('[tool.xlate.rules.XL601]\nthreshold = "low"\n', "rules", "XL601.threshold: expected a number, got str 'low'"),
    ('[tool.xlate.rules.XL601]\nthreshold = true\n', "rules", "expected a number, got bool True"),
    ('[tool.xlate]\nforce-exclude = "yes"\n', "force-exclude", "expected true or false, got str 'yes'"),
])
def test_bad_values_name_the_file_and_the_key(tmp_path, text, key, problem):
    path = write(tmp_path, "pyproject.toml", text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).startswith(f"{path}: [tool.xlate] {key}: ") and problem in str(error.value)


def test_invalid_toml_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "xlate.toml", "select = [\n"))


def test_cli_exits_2_on_a_bad_config_and_cli_options_override_the_file(tmp_path):
    doc = write(tmp_path, "a.md", "Kast toured the Detention Center Against Terrorism and Cecot.\n")
    write(tmp_path, "xlate.toml", f'glossary = ["{ROOT / "glossary"}"]\nselect = ["XL101"]\n')
    only_101 = CliRunner().invoke(main, ["check", str(doc)])
    assert "XL101" in only_101.stdout and "XL102" not in only_101.stdout
    overridden = CliRunner().invoke(main, ["check", "--select", "XL102", str(doc)])
    assert "XL102" in overridden.stdout and "XL101" not in overridden.stdout
    write(tmp_path, "xlate.toml", 'select = "XL1O1"\n')
    bad = CliRunner().invoke(main, ["check", str(doc)])
    assert bad.exit_code == 2 and "xlate.toml: select: XL1O1 is not a rule code" in bad.stderr
    write(tmp_path, "xlate.toml", f'glossary = ["{ROOT / "glossary"}"]\n')
    for option, value, problem in [("--select", "XL999", "XL999 matches no check"),
                                   ("--ignore", "XL1,XL3O1", "XL3O1 is not a rule code")]:
        wrong = CliRunner().invoke(main, ["check", option, value, str(doc)])   # would pass every file silently
        assert wrong.exit_code == 2 and f"{option}: {problem}" in wrong.stderr


def test_every_key_is_documented():
    from xlate.run.configfile import KEYS

    page = (ROOT / "docs" / "configuration.md").read_text()
    assert [key for key in KEYS if f"| `{key}` |" not in page] == []


def test_a_rule_reads_its_configured_option_else_the_declared_default(tmp_path):
    from xlate.rules.context import Context
    from xlate.rules.roundtrip import RoundTripRule
    configured = load_config(write(tmp_path, "xlate.toml", "[rules.XL601]\nthreshold = 35\n"))
    assert RoundTripRule().option(Context(config=Config()), "threshold") == 40
    assert RoundTripRule().option(Context(config=configured), "threshold") == 35
