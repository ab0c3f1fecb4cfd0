"""Issue 21, writes that must not lose data (REPORT.md D1-D5, D9, D10, C10, C12-C15, C20): --fix
and the glossary commands replace a file whole, keep what a replace would lose or refuse, and say
why when they refuse (exit 2, the file as it was)."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import time

import pytest
from click.testing import CliRunner

from conftest import ROOT
from robust_helpers import XLATE, without_root_powers
from xlate.api import check_texts, load_context
from xlate.infra.atomic import NotReplaced
from xlate.cli import main
from xlate.core.document import Document
from xlate.run.fix import plan_fixes
from xlate.rules import all_rules

GLOSSARY = ROOT / "glossary"
STORY = "The Cecot prison was described by El Pais.\n"
FIXED = "The CECOT prison was described by El País.\n"
CONCEPT = '[[concept]]\nid = "c1"\nes = "Uno"\nen = "One"\n'


def fix(*paths):
    return CliRunner().invoke(main, ["check", "--engine", "none", "-g", str(GLOSSARY), "--fix", *map(str, paths)])


def add(*args):
    return CliRunner().invoke(main, ["glossary", "add", *map(str, args)])


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_D1_an_edit_saved_while_fixing_is_never_lost(story):
    findings = check_texts([Document.from_path(story)], load_context([GLOSSARY]))
    [planned] = plan_fixes(findings, {rule.code for rule in all_rules() if rule.fixable})
    with story.open("a", encoding="utf-8") as editor:   # saved after the fix was planned
        editor.write("EDITOR: a paragraph added meanwhile.\n")
    with pytest.raises(NotReplaced, match="changed on disk while xlate worked on it"):
        planned.write()
    assert story.read_text(encoding="utf-8").endswith("EDITOR: a paragraph added meanwhile.\n")


def test_D2_a_symbolic_link_stays_a_link_and_its_target_is_fixed(story):
    link = story.with_name("link.md")
    link.symlink_to(story.name)
    result = fix(link)
    assert link.is_symlink() and story.read_text(encoding="utf-8") == FIXED, result.stderr


def test_D3_a_hard_linked_file_is_refused(story):
    other = story.with_name("hard.md")
    os.link(story, other)
    result = fix(story)
    assert result.exit_code == 2 and "has 2 hard links" in result.stderr
    assert story.read_text(encoding="utf-8") == STORY and os.stat(story).st_ino == os.stat(other).st_ino


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another owner")
def test_D3_the_owner_and_mode_are_kept(story):
    os.chown(story, 65534, 65534)
    story.chmod(0o640)
    assert fix(story).exit_code in (0, 1)
    after = os.stat(story)
    assert story.read_text(encoding="utf-8") == FIXED
    assert (after.st_uid, after.st_gid, stat.S_IMODE(after.st_mode)) == (65534, 65534, 0o640)


def test_D4_a_read_only_file_is_refused(story):
    story.chmod(0o444)
    result = fix(story)
    assert result.exit_code == 2 and "story.md: is read-only; not written" in result.stderr
    assert story.read_text(encoding="utf-8") == STORY


def test_D4_a_read_only_glossary_is_refused(tmp_path):
    glossary = tmp_path / "g.toml"
    glossary.write_text(CONCEPT, encoding="utf-8")
    glossary.chmod(0o444)
    result = add("--es", "Dos", "--en", "Two", "--file", glossary)
    assert result.exit_code == 2 and "is read-only" in result.stderr and glossary.read_text() == CONCEPT


def test_D5_new_glossary_and_export_files_get_the_umask_mode(tmp_path):
    old = os.umask(0o022)
    try:
        assert add("--es", "Nuevo", "--en", "New", "--file", tmp_path / "new.toml").exit_code == 0
        exported = CliRunner().invoke(main, ["glossary", "export", "--format", "csv", "-g", str(tmp_path / "new.toml"),
                                             "-o", str(tmp_path / "out.csv")])
        assert exported.exit_code == 0, exported.output
    finally:
        os.umask(old)
    for name in ("new.toml", "out.csv"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o644


def test_D9_a_file_in_a_missing_folder_tree_is_refused(tmp_path):
    result = add("--es", "Lambda", "--en", "Lambda", "--file", tmp_path / "no" / "such" / "x.toml")
    assert result.exit_code == 2 and "no such folder" in result.stderr and not (tmp_path / "no").exists()
    assert add("--es", "Lambda", "--en", "Lambda", "--file", tmp_path / "glossary" / "x.toml").exit_code == 0


def test_D10_temporary_files_of_a_killed_run_are_cleaned_up(tmp_path):
    glossary = tmp_path / "g.toml"
    glossary.write_text(CONCEPT, encoding="utf-8")
    leftovers = [tmp_path / ".g.toml.k6zpvtrm.tmp", tmp_path / ".g.toml.abc.xlate-tmp"]
    fresh = tmp_path / ".g.toml.running.xlate-tmp"   # another run's, still being written
    for path in [*leftovers, fresh]:
        path.write_text("x" * 1000, encoding="utf-8")
    for path in leftovers:
        os.utime(path, (time.time() - 7200,) * 2)
    assert add("--es", "Dos", "--en", "Two", "--file", glossary).exit_code == 0
    assert not any(p.exists() for p in leftovers) and fresh.exists()


def test_C10_a_folder_as_the_glossary_file_is_refused():
    result = add("--es", "Mu", "--en", "Mu", "--file", GLOSSARY)
    assert result.exit_code == 2 and "is a folder; name a glossary file" in result.stderr


def test_C12_C20_a_read_only_folder_is_refused_with_the_reason(tmp_path):
    folder = tmp_path / "rog"
    folder.mkdir()
    (folder / "es-en.toml").write_text(CONCEPT, encoding="utf-8")
    (folder / "story.md").write_text(STORY, encoding="utf-8")
    folder.chmod(0o555)
    try:
        added = without_root_powers([*XLATE, "glossary", "add", "--es", "Dos", "--en", "Two", "--file",
                                     str(folder / "es-en.toml")])
        fixed = without_root_powers([*XLATE, "check", "--engine", "none", "-g", str(GLOSSARY), "--fix",
                                     str(folder / "story.md")])
    finally:
        folder.chmod(0o755)
    assert added.returncode == 2 and "cannot write in" in added.stderr and "Traceback" not in added.stderr
    assert fixed.returncode == 2 and "cannot write in" in fixed.stderr and "Permission denied" in fixed.stderr
    assert (folder / "es-en.toml").read_text() == CONCEPT and (folder / "story.md").read_text() == STORY


def _small_files():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))


def test_C13_C14_a_write_that_fails_leaves_the_glossary_as_it_was(tmp_path):
    """A real failing write (the file-size limit: EFBIG, as a full disk gives ENOSPC)."""
    glossary = tmp_path / "g.toml"
    glossary.write_text(CONCEPT, encoding="utf-8")
    result = subprocess.run([*XLATE, "glossary", "add", "--es", "Palabra nueva " * 20, "--en", "New word",
                             "--file", str(glossary)], capture_output=True, text=True, preexec_fn=_small_files,
                            timeout=300)
    assert result.returncode == 2 and "not written: File too large" in result.stderr, result.stderr
    assert glossary.read_text(encoding="utf-8") == CONCEPT
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".g.toml.") and "lock" not in p.name] == []


def test_C15_a_lock_held_too_long_is_a_clear_error(tmp_path, monkeypatch):
    from filelock import FileLock
    from xlate.glossary import store
    glossary = tmp_path / "g.toml"
    glossary.write_text(CONCEPT, encoding="utf-8")
    monkeypatch.setattr(store, "LOCK_TIMEOUT", 0.5)
    with FileLock(store.lock_for(glossary).lock_file):   # another writer, in the middle of its change
        result = add("--es", "Dos", "--en", "Two", "--file", glossary)
    assert result.exit_code == 2 and "another xlate has been changing it" in result.stderr
