"""Baselines: --write-baseline records today's findings, --baseline reports only new ones."""

import json

import pytest
from click.testing import CliRunner

from conftest import ROOT
from xlate.run.baseline import context
from xlate.cli import main
from xlate.core.finding import Finding

STORY = "Kast toured Cecot on Friday.\n\nEl Pais reported the visit.\n"


def check(tmp_path, *args):
    return CliRunner().invoke(main, ["check", "-g", str(ROOT / "glossary"), "--format", "json", *args,
                                     str(tmp_path / "story.md")])


@pytest.fixture
def baselined(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(STORY)
    written = check(tmp_path, "--write-baseline", "baseline.json")
    assert written.exit_code == 0 and "wrote 2 finding(s)" in written.stderr
    return tmp_path


def findings(result):
    return [(f["line"], f["text"]) for f in json.loads(result.stdout)["findings"]]


def test_baseline_silences_known_findings(baselined):
    result = check(baselined, "--baseline", "baseline.json")
    assert result.exit_code == 0 and findings(result) == []


def test_findings_keep_their_fingerprint_when_lines_move(baselined):
    (baselined / "story.md").write_text("# New headline\n\nA new first paragraph.\n\n" + STORY)
    assert findings(check(baselined, "--baseline", "baseline.json")) == []


def test_new_findings_are_reported_even_when_identical_to_a_known_one_elsewhere(baselined):
    (baselined / "story.md").write_text(STORY + "\nLater, Kast toured Cecot again.\n")
    assert findings(check(baselined, "--baseline", "baseline.json")) == [(5, "Cecot")]


def test_a_repeat_on_the_same_words_counts_as_new(baselined):
    (baselined / "story.md").write_text(STORY + "\nKast toured Cecot on Friday.\n")
    assert findings(check(baselined, "--baseline", "baseline.json")) == [(5, "Cecot")]


def test_baseline_from_the_configuration_file(baselined):
    (baselined / "xlate.toml").write_text('baseline = "baseline.json"\n')
    (baselined / "story.md").write_text(STORY + "\nThe Detention Center Against Terrorism.\n")
    assert findings(check(baselined)) == [(5, "Detention Center Against Terrorism")]


def test_a_file_that_is_not_a_baseline_exits_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(STORY)
    (tmp_path / "baseline.json").write_text("[]")
    result = check(tmp_path, "--baseline", "baseline.json")
    assert result.exit_code == 2 and "not an xlate baseline" in result.stderr


def test_context_is_nearby_words_ignoring_case_and_spacing():
    finding = Finding("a.md", 1, 13, 1, 18, "XL102", "rendering", "warning", "m", "Cecot")
    assert context("Kast toured Cecot on   Friday.", finding) == context("KAST toured Cecot on Friday", finding)
    assert context("Kast toured Cecot on Friday.", finding) == "kast toured | on friday"


def test_a_baseline_is_replaced_whole_keeping_its_mode(baselined):
    """--write-baseline replaces the file as --fix does (a new file moved into place, the old mode
    kept): it wrote the old file in place (Path.write_text), so a run killed or out of disk space
    midway left half a baseline, and a CI job reading it then failed with exit 2."""
    import os
    path = baselined / "baseline.json"
    path.chmod(0o640)
    before = os.stat(path)
    (baselined / "story.md").write_text(STORY + "\nThe Detention Center Against Terrorism.\n")
    assert check(baselined, "--write-baseline", "baseline.json").exit_code == 0
    after = os.stat(path)
    assert after.st_ino != before.st_ino and after.st_mode & 0o777 == 0o640
    assert len(json.loads(path.read_text())["findings"]) == 3
    assert not [name for name in os.listdir(baselined) if name.endswith(".xlate-tmp")]
    result = check(baselined, "--write-baseline", str(baselined / "missing" / "baseline.json"))
    assert result.exit_code == 2 and "baseline: cannot write in" in result.stderr


def test_fingerprints_read_a_file_checked_past_the_default_size_limit(tmp_path, monkeypatch):
    """A .docx whose text unpacks past the default 10 MiB, checked with a raised --max-file-size:
    its findings' fingerprints read their lines under the same limit (review of issue 18: the
    baseline's line reader used the default, could not read the file and fingerprinted every
    finding with an empty line, so two alike on different lines were one)."""
    import io
    import zipfile
    import docx
    from xlate.run.baseline import fingerprint
    monkeypatch.chdir(tmp_path)
    lines = ["Officials said they would recieve the report.", "Later the ministers would recieve it too."]
    buffer = io.BytesIO()
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, \
            zipfile.ZipFile(tmp_path / "nota.docx", "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():   # 11 MB of spaces and comments in the body's XML, packed to little
            data = source.read(entry.filename)
            target.writestr(entry.filename, data.replace(b"<w:body>", b"<w:body>" + (b" " * 1000 + b"<!---->") * 11_000, 1)
                            if entry.filename == "word/document.xml" else data)
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--max-file-size", "30000000",
                                       "--write-baseline", "baseline.json", "nota.docx"])
    assert result.exit_code == 0, result.output
    written = json.loads((tmp_path / "baseline.json").read_text())["findings"]
    expected = {fingerprint(Finding("nota.docx", n, line.index("recieve") + 1, n, line.index("recieve") + 8, "XL301",
                                    "typo", "warning", "", "recieve"), line, tmp_path)
                for n, line in enumerate(lines, 1)}
    assert {e["fingerprint"] for e in written} == expected
