"""End to end through the real CLI on the demo corpus and on bad input."""

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from conftest import ROOT, SEEDS
from xlate.cli import main


def run(*args, cwd=ROOT):
    return CliRunner().invoke(main, list(args), catch_exceptions=False) if cwd == ROOT else None


def check_json(*args):
    result = CliRunner().invoke(main, ["check", "--format", "json", *map(str, args)], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def by_text(findings):
    return {(f["text"], f["code"]): f for f in findings}


def test_seeds_demo_reports_the_known_problems():
    code, data = check_json(SEEDS)
    assert code == 1
    found = {(f["text"], f["kind"], tuple(f["suggestions"][:1])) for f in data["findings"]}
    assert ("Detention Center Against Terrorism", "rendering", ("Terrorism Confinement Center",)) in found
    assert ("Center of Confinement of Terrorism", "rendering", ("Terrorism Confinement Center",)) in found
    assert ("megacarcel", "untranslated", ("mega-prison",)) in found
    assert ("Cecot", "rendering", ("CECOT",)) in found
    assert ("El Pais", "rendering", ("El País",)) in found
    cecot = [f for f in data["findings"] if f["text"] == "Cecot"]
    assert {f["path"].rsplit("/", 1)[-1][:3] for f in cecot} == {"002"}


def test_seeds_names_are_never_typos():
    _, data = check_json(SEEDS)
    names = {"Bukele", "Kast", "Tecoluca", "Salvatrucha", "Chilevisión", "Türk", "Jurídico", "OHCHR", "Nayib"}
    assert not [f for f in data["findings"] if f["kind"] == "typo" and f["text"] in names]


def test_text_format_is_path_line_col_code_kind():
    result = CliRunner().invoke(main, ["check", str(SEEDS / "002_be7fbacb5bfa159d.txt")])
    first = result.stdout.splitlines()[0]
    assert first.startswith(str(SEEDS / "002_be7fbacb5bfa159d.txt") + ":1:241: XL102 [rendering] ")
    assert first.endswith("(suggestion: CECOT)")


def test_clean_file_exits_zero(tmp_path):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "ok.md").write_text("The prison holds many inmates.\n")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 0, result.output


def test_finding_fields_are_complete():
    _, data = check_json(SEEDS)
    f = data["findings"][0]
    assert set(f) == {"path", "line", "column", "end_line", "end_column", "code", "kind", "severity",
                      "message", "text", "suggestions"}
    assert data["version"] == 1 and data["summary"]["files_checked"] == 3


def test_broken_glossary_exits_2_naming_file_and_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[concept]]\nid = "x"\nen = "X"\n\n[[concept]]\nen = "Y"\n')
    result = CliRunner().invoke(main, ["check", "--glossary", str(bad), str(SEEDS)])
    assert result.exit_code == 2
    assert f"{bad}:5" in result.stderr and "needs an id" in result.stderr


def test_conflicting_glossary_entries_exit_2(tmp_path):
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text('[[concept]]\nid = "one"\nen = "Supreme Court"\n')
    b.write_text('[[concept]]\nid = "two"\nen = "Supreme Court"\n')
    result = CliRunner().invoke(main, ["check", "-g", str(a), "-g", str(b), str(SEEDS)])
    assert result.exit_code == 2 and "preferred in both" in result.stderr


def test_unknown_option_is_a_usage_error():
    assert CliRunner().invoke(main, ["check", "--no-such-option"]).exit_code == 2


def test_bad_files_are_reported_once_and_skipped(tmp_path):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("El Pa\xeds".encode("latin-1"))
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "bom.md").write_bytes("\ufeffEl Pais broke the news.\r\nSecond line.\r\n".encode())
    (tmp_path / "big.txt").write_text("word " * 400)
    (tmp_path / "loop").mkdir()
    os.symlink(tmp_path / "loop", tmp_path / "loop" / "again")
    result = CliRunner().invoke(main, ["check", "--max-file-size", "1000", "-g", str(ROOT / "glossary"),
                                       "--format", "json", str(tmp_path)])
    assert result.exit_code == 1
    err = result.stderr
    assert err.count("binary.txt") == 1 and "binary file" in err
    assert "latin1.txt" in err and "not valid UTF-8" in err
    assert "big.txt" in err and "limit" in err
    assert "symbolic link loop" in err
    findings = json.loads(result.stdout)["findings"]
    [slip] = findings
    assert (slip["text"], slip["line"], slip["column"]) == ("El Pais", 1, 1)


def test_check_never_modifies_files(tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("Kast toured Cecot.\n")
    before = doc.stat().st_mtime_ns, doc.read_bytes()
    CliRunner().invoke(main, ["check", "-g", str(ROOT / "glossary"), str(doc)])
    assert (doc.stat().st_mtime_ns, doc.read_bytes()) == before


def test_console_entry_point_runs_as_a_module():
    proc = subprocess.run([sys.executable, "-m", "xlate", "check", str(SEEDS)], capture_output=True, text=True,
                          cwd=ROOT)
    assert proc.returncode == 1 and "XL101" in proc.stdout


def test_version_and_rules():
    assert CliRunner().invoke(main, ["--version"]).output.startswith("xlate, version")
    out = CliRunner().invoke(main, ["rules"]).output
    for code in ("XL101", "XL102", "XL103", "XL104", "XL201"):
        assert code in out


def test_docs_rules_page_is_generated_from_the_rules():
    from xlate.rules.catalogue import rules_markdown
    assert (ROOT / "docs" / "rules.md").read_text() == rules_markdown(), "run: xlate rules --format markdown > docs/rules.md"


def test_force_exclude_leaves_out_named_files_the_configuration_excludes(tmp_path, monkeypatch):
    (tmp_path / "archive" / "2019").mkdir(parents=True)
    old = tmp_path / "archive" / "2019" / "story.md"
    old.write_text("Kast visited the Detention Center Against Terrorism in 2019.\n")
    new = tmp_path / "story.md"
    new.write_text("Kast visited the Detention Center Against Terrorism on Friday.\n")
    (tmp_path / "xlate.toml").write_text(f'glossary = ["{ROOT / "glossary"}"]\nextend-exclude = ["archive"]\n')
    monkeypatch.chdir(tmp_path)
    named = ["check", "--engine", "none", "--select", "XL101", "story.md", "archive/2019/story.md"]
    assert CliRunner().invoke(main, named).stdout.count("XL101") == 2   # named files are checked ...
    forced = CliRunner().invoke(main, [*named[:1], "--force-exclude", *named[1:]])
    assert forced.stdout.count("XL101") == 1 and "archive" not in forced.stdout   # ... unless forced out
    (tmp_path / "xlate.toml").write_text(f'glossary = ["{ROOT / "glossary"}"]\nextend-exclude = ["archive"]\n'
                                         'force-exclude = true\n')
    assert CliRunner().invoke(main, [*named[:-2], str(old)]).exit_code == 0   # an absolute path too


def test_an_area_in_square_hectometres_is_read_not_a_crash(tmp_path):
    """'hm²' was a KeyError that ended the whole check; it is a hectare, compared as one."""
    (tmp_path / "glossary").mkdir()
    (tmp_path / "a.md").write_text("El embalse de Yacyretá cubre 40 hm² de tierra.\n")
    (tmp_path / "b.md").write_text("El embalse de Yacyretá cubre 90 hectáreas de tierra.\n")
    result = CliRunner().invoke(main, ["check", "--engine", "none", "--format", "json", "--select", "XL801",
                                       str(tmp_path)], catch_exceptions=False)
    findings = {f["text"]: f["message"] for f in json.loads(result.stdout)["findings"]}
    assert result.exit_code == 0 and set(findings) == {"40 hm²", "90 hectáreas"}   # XL801 is info
    assert '"90 hectáreas"' in findings["40 hm²"]


def test_info_findings_alone_do_not_fail_the_run(tmp_path):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "a.md").write_text("Bukele has been criticzed for it.\n")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert result.exit_code == 1 and "XL301" in result.stdout
    (tmp_path / "xlate.toml").write_text('severity = { XL301 = "info" }\n')
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["severity"], result.exit_code) == ("XL301", "info", 0)


def test_a_session_that_closed_standard_output_ends_without_a_traceback(monkeypatch):
    """The language server's pygls closes stdout when the client ends the session; the CLI's last flush must not fail on it."""
    import io
    from xlate.cli.common import guarded
    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr("sys.stdout", closed)
    assert guarded(lambda: "done") == "done"
