"""The pre-commit hook through the real pre-commit framework, in a throwaway git repository.

`pre-commit try-repo` installs this checkout (its tracked files, committed or not) into a fresh
virtualenv, which needs PyPI for xlate's dependencies; the environment is built once per session.
"""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.precommit
pytest.importorskip("pre_commit")
if not (ROOT / ".git").exists():
    pytest.skip("pre-commit try-repo needs this checkout to be a git repository", allow_module_level=True)


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory):
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "editor@example.org")
    git(tmp_path, "config", "user.name", "Editor")
    shutil.copytree(ROOT / "glossary", tmp_path / "terms")
    (tmp_path / "xlate.toml").write_text('glossary = ["terms"]\n')
    return tmp_path


def try_hook(repo, home):
    """What `git commit` would run: the xlate hook on the staged files."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "xlate"],
                          cwd=repo, env=env, capture_output=True, text=True)


def test_commit_with_a_deprecated_rendering_is_blocked_and_a_clean_one_passes(repo, pre_commit_home):
    story = repo / "story.md"
    story.write_text("Kast visited the Detention Center Against Terrorism on Friday.\n")
    (repo / "notes.py").write_text("x = 'Detention Center Against Terrorism'\n")   # not copy: not checked
    git(repo, "add", ".")
    blocked = try_hook(repo, pre_commit_home)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "Failed" in blocked.stdout
    assert 'story.md:1:18: XL101 [rendering] "Detention Center Against Terrorism"' in blocked.stdout
    assert "notes.py" not in blocked.stdout

    story.write_text("Kast visited the Terrorism Confinement Center on Friday.\n")
    git(repo, "add", ".")
    clean = try_hook(repo, pre_commit_home)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout


def test_the_configurations_exclude_leaves_files_out_of_the_hook(repo, pre_commit_home):
    (repo / "xlate.toml").write_text('glossary = ["terms"]\nextend-exclude = ["archive"]\n')
    (repo / "archive").mkdir()
    (repo / "archive" / "2019.md").write_text("Kast visited the Detention Center Against Terrorism in 2019.\n")
    git(repo, "add", ".")
    passed = try_hook(repo, pre_commit_home)
    assert passed.returncode == 0 and "Passed" in passed.stdout, passed.stdout + passed.stderr


def test_a_translators_file_is_checked_unit_by_unit(repo, pre_commit_home):
    """The hook's environment has the formats extra: an XLIFF file is read through translate-toolkit."""
    (repo / "story.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        ' <file original="story.md" source-language="es" target-language="en" datatype="plaintext"><body>\n'
        '  <trans-unit id="cecot"><source>Kast visitó el Centro de Confinamiento del Terrorismo.</source>\n'
        '   <target>Kast visited the Detention Center Against Terrorism.</target></trans-unit>\n'
        ' </body></file>\n</xliff>\n', encoding="utf-8")
    git(repo, "add", ".")
    blocked = try_hook(repo, pre_commit_home)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert 'story.xlf:5:29: XL101 [rendering] (unit cecot) "Detention Center Against Terrorism"' in blocked.stdout
