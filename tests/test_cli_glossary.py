"""xlate glossary list/show/add/deprecate/edit/import/export through the real CLI, concurrent adds
in separate processes, and malformed imports that must change nothing."""

import os
import subprocess
import sys

import pytest

from conftest import ROOT
from glossary_helpers import content, xlate
from xlate.glossary import native

SHIPPED_HEAD = '''# Our newsroom's glossary. Keep the people together.

[[concept]]
id = "megacarcel"   # the word, not the prison
es = "megacárcel"
en = "mega-prison"

# --- People ---

[[concept]]
id = "nayib-bukele"
keep_spanish = true
es = "Nayib Bukele"
'''


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A fresh editorial repo: .git, glossary/es-en.toml with comments, the current directory."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "es-en.toml").write_text(SHIPPED_HEAD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def glossary_text(project):
    return (project / "glossary" / "es-en.toml").read_text(encoding="utf-8")


def concepts(project):
    return {c.id: c for c in native.parse(glossary_text(project), "g")}


def test_list_finds_terms_ignoring_case_and_accents(project):
    result = xlate("glossary", "list", "MEGACARCEL")
    assert result.exit_code == 0 and result.stdout.startswith("megacarcel")
    assert xlate("glossary", "list").stdout.count("\n") == 2
    assert xlate("glossary", "list", "nothing-like-this").exit_code == 1


def test_show_prints_the_concept_as_toml(project):
    result = xlate("glossary", "show", "nayib bukele")
    assert 'id = "nayib-bukele"' in result.stdout and "keep_spanish = true" in result.stdout
    assert xlate("glossary", "show", "nobody").exit_code == 2


def test_add_appends_and_keeps_comments_and_order(project):
    result = xlate("glossary", "add", "--es", "régimen de excepción", "--en", "state of exception",
                   "--deprecated", "exception regime", "--note", "since March 2022")
    assert result.exit_code == 0, result.stderr
    text = glossary_text(project)
    assert text.startswith(SHIPPED_HEAD)
    assert list(concepts(project)) == ["megacarcel", "nayib-bukele", "state-of-exception"]
    added = concepts(project)["state-of-exception"]
    assert [(t.text, t.status) for t in added.terms_in("en")] == [("state of exception", "preferred"),
                                                                  ("exception regime", "deprecated")]


@pytest.mark.parametrize("args, reason", [
    (["--en", "Mega-Prison", "--id", "big-prison"], "differs only by case or accents from 'mega-prison'"),
    (["--es", "megacárcel", "--en", "mega-prison", "--id", "again"], "repeats the Spanish and English"),
    (["--en", "prison", "--id", "megacarcel"], "repeats the id"),
    (["--en", "prison", "--deprecated", "mega-prison"], "deprecated in 'prison' but preferred in 'megacarcel'"),
])
def test_add_refuses_a_clash_and_says_with_what(project, args, reason):
    before = glossary_text(project)
    result = xlate("glossary", "add", *args)
    assert result.exit_code == 2 and reason in result.stderr
    assert glossary_text(project) == before


def test_deprecate_adds_a_variant_or_demotes_an_admitted_one(project):
    assert xlate("glossary", "deprecate", "megacarcel", "megacarcel", "--note", "untranslated").exit_code == 0
    assert xlate("glossary", "edit", "megacarcel", "--admitted", "megaprison").exit_code == 0
    assert xlate("glossary", "deprecate", "mega-prison", "megaprison").exit_code == 0
    terms = concepts(project)["megacarcel"].terms_in("en")
    assert [(t.text, t.status, t.note) for t in terms] == [
        ("mega-prison", "preferred", ""), ("megaprison", "deprecated", ""), ("megacarcel", "deprecated", "untranslated")]
    assert '# the word, not the prison' in glossary_text(project)


def test_deprecating_the_preferred_term_is_refused(project):
    result = xlate("glossary", "deprecate", "megacarcel", "mega-prison")
    assert result.exit_code == 2 and "is the preferred en term" in result.stderr


def test_edit_changes_the_preferred_term_and_keeps_the_old_one_admitted(project):
    result = xlate("glossary", "edit", "megacarcel", "--en", "megaprison", "--note", "the word")
    assert result.exit_code == 0, result.stderr
    concept = concepts(project)["megacarcel"]
    assert [(t.text, t.status) for t in concept.terms_in("en")] == [("megaprison", "preferred"),
                                                                    ("mega-prison", "admitted")]
    assert concept.note == "the word" and "# --- People ---" in glossary_text(project)


def test_export_and_import_each_format(project, tmp_path):
    for fmt in ("tbx", "csv", "tsv", "toml"):
        out = tmp_path / f"out.{fmt}"
        assert xlate("glossary", "export", "--format", fmt, "-o", out).exit_code == 0
        fresh = tmp_path / f"fresh-{fmt}.toml"
        assert xlate("glossary", "import", out, "--file", fresh, "--glossary", fresh).exit_code == 0
        assert content(native.parse(fresh.read_text(encoding="utf-8"), "x")) == \
            content(native.parse(glossary_text(project), "x"))
    assert xlate("glossary", "export", "--format", "csv").stdout.startswith("id,es,")


def test_import_refuses_existing_ids_unless_update(project, tmp_path):
    source = tmp_path / "new.csv"
    source.write_text("id,es,en\nmegacarcel,megacárcel,megaprison\n", encoding="utf-8")
    before = glossary_text(project)
    result = xlate("glossary", "import", source)
    assert result.exit_code == 2 and "use --update" in result.stderr and glossary_text(project) == before
    assert xlate("glossary", "import", "--update", source).exit_code == 0
    assert concepts(project)["megacarcel"].preferred("en").text == "megaprison"


MALFORMED = {
    "half-good.csv": "es,en\nuno,one\ndos,\"two {unclosed\"\n",
    "broken.tbx": '<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a">\n</body></tbx>',
    "conflict.toml": '[[concept]]\nid = "x"\nen = "one"\n\n[[concept]]\nid = "x"\nen = "two"\n',
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_imports_are_rejected_whole(project, tmp_path, name):
    source = tmp_path / name
    source.write_text(MALFORMED[name], encoding="utf-8")
    before = sorted(os.listdir(project / "glossary"))
    text = glossary_text(project)
    result = xlate("glossary", "import", source)
    assert result.exit_code == 2 and name in result.stderr
    assert glossary_text(project) == text
    assert [f for f in sorted(os.listdir(project / "glossary")) if not f.endswith(".lock")] == before


ADD_MANY = """
import sys
from click.testing import CliRunner
from xlate.cli import main
for i in range(int(sys.argv[2])):
    result = CliRunner().invoke(main, ["glossary", "add", "--es", f"término {sys.argv[1]} {i}",
                                       "--en", f"term {sys.argv[1]} {i}"])
    assert result.exit_code == 0, result.output
"""


def test_two_concurrent_add_processes_lose_no_entry(project):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", ADD_MANY, name, "15"], cwd=project, env=env,
                                stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    for writer in writers:
        assert writer.wait(timeout=300) == 0, writer.stderr.read()
    ids = set(concepts(project))
    assert {f"term-{n}-{i}" for n in "ab" for i in range(15)} <= ids
    assert len(ids) == 32


def test_changes_leave_no_lock_file_and_new_files_get_the_usual_mode(project, tmp_path):
    before = sorted(os.listdir(project / "glossary"))
    assert xlate("glossary", "add", "--es", "penal", "--en", "penitentiary").exit_code == 0
    assert sorted(os.listdir(project / "glossary")) == before
    old = os.umask(0o022)
    try:
        assert xlate("glossary", "export", "-o", tmp_path / "out.tbx").exit_code == 0
        assert xlate("glossary", "add", "--es", "pandilla", "--en", "gang", "--file", project / "glossary" / "new.toml").exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "out.tbx").stat().st_mode & 0o777 == 0o644
    assert (project / "glossary" / "new.toml").stat().st_mode & 0o777 == 0o644


def test_removing_the_preferred_term_needs_its_replacement(project):
    assert xlate("glossary", "add", "--es", "pandilla", "--en", "gang", "--deprecated", "band",
                 "--id", "gang").exit_code == 0
    text = glossary_text(project)
    refused = xlate("glossary", "edit", "gang", "--remove", "gang")
    assert refused.exit_code == 2 and "preferred en term" in refused.stderr and "--en" in refused.stderr
    assert glossary_text(project) == text
    replaced = xlate("glossary", "edit", "gang", "--remove", "gang", "--en", "street gang")
    assert replaced.exit_code == 0
    assert concepts(project)["gang"].preferred("en").text == "street gang"


def test_lint_reports_deprecated_renderings_without_a_preferred_term(project):
    (project / "glossary" / "es-en.toml").write_text(
        '[[concept]]\nid = "x"\nes = "megacárcel"\nen_deprecated = "mega jail"\n', encoding="utf-8")
    result = xlate("glossary", "lint")
    assert result.exit_code == 1 and "XL909" in result.stdout


def test_lint_uses_no_engine_unless_asked(project):
    result = xlate("glossary", "lint")
    assert "machine translation" not in result.stderr and "translating with" not in result.stderr
    (project / "xlate.toml").write_text('engine = "none"\n', encoding="utf-8")
    assert "machine translation" not in xlate("glossary", "lint").stderr


def test_an_edited_glossary_keeps_its_mode_and_git_status_shows_only_the_glossary(project):
    """Issue 18's defects, tried as a newsroom would: a glossary in a git repository, readable by the
    group only; after an edit the file keeps its mode and nothing else appears in `git status`."""
    def git(*args):
        return subprocess.run(["git", "-c", "user.email=desk@example.org", "-c", "user.name=Desk", *args],
                              cwd=project, check=True, capture_output=True, text=True).stdout
    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "glossary")
    path = project / "glossary" / "es-en.toml"
    path.chmod(0o640)
    assert xlate("glossary", "edit", "megacarcel", "--admitted", "mega prison").exit_code == 0
    assert path.stat().st_mode & 0o777 == 0o640
    assert git("status", "--porcelain", "--untracked-files=all").splitlines() == [" M glossary/es-en.toml"]
