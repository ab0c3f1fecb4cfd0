"""--fix and --diff on copies of the seeds: only unambiguous fixes, atomic, encoding and line endings kept."""

import shutil

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEEDS
from xlate.cli import main

DEMO = "003_2c53e98d458cc8bf.txt"


@pytest.fixture
def seeds(tmp_path):
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    return copy


def xlate(*args):
    return CliRunner().invoke(main, ["check", "-g", str(ROOT / "glossary"), *map(str, args)])


def test_fix_applies_single_suggestions_of_safe_rules_and_reports_the_rest(seeds):
    result = xlate("--fix", seeds)
    fixed = (seeds / DEMO).read_text()
    assert "visited the Terrorism Confinement Center after" in fixed
    assert "El Pais" not in fixed and "El País" in fixed
    assert "megacarcel" not in fixed and "a mega-prison" in fixed
    assert "Center of Confinement of Terrorism" in fixed        # XL103 calques are not safe to fix
    assert "Cecot" not in (seeds / "002_be7fbacb5bfa159d.txt").read_text()
    assert f'fixed {seeds / DEMO}:9:85: XL101 "Detention Center Against Terrorism" -> ' in result.stderr
    assert result.exit_code == 1 and "XL103" in result.stdout and "XL101" not in result.stdout


def test_files_without_fixable_findings_are_not_touched(seeds):
    untouched = seeds / "000_8cd5bf34590aab48.txt"
    before = untouched.stat().st_mtime_ns, untouched.read_bytes()
    xlate("--fix", seeds)
    assert (untouched.stat().st_mtime_ns, untouched.read_bytes()) == before


def test_diff_shows_the_changes_without_writing(seeds):
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    result = xlate("--diff", seeds)
    assert result.exit_code == 1
    assert f"--- {seeds / DEMO}" in result.stdout
    assert "-  • On Friday, Jan. 30, 2026, Chile's president-elect José Antonio Kast visited the Detention" \
        in result.stdout
    assert "+  • On Friday, Jan. 30, 2026, Chile's president-elect José Antonio Kast visited the Terrorism" \
        in result.stdout
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before


def test_diff_without_fixes_exits_0(tmp_path):
    (tmp_path / "ok.md").write_text("Quiet day.\n")
    result = xlate("--diff", tmp_path / "ok.md")
    assert result.exit_code == 0 and result.stdout == ""


def test_bom_crlf_and_permissions_survive(tmp_path):
    doc = tmp_path / "story.md"
    doc.write_bytes("\ufeffKast toured Cecot.\r\nEl Pais said so.\r\n".encode("utf-8"))
    doc.chmod(0o640)
    xlate("--fix", doc)
    assert doc.read_bytes() == "\ufeffKast toured CECOT.\r\nEl País said so.\r\n".encode("utf-8")
    assert doc.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["story.md"]   # no temporary file left behind


def test_findings_with_several_suggestions_are_left_alone(tmp_path):
    from xlate.core.finding import Finding
    from xlate.run.fix import plan_fixes

    doc = tmp_path / "a.md"
    doc.write_text("Kast toured Cecot.\n")
    ambiguous = Finding(str(doc), 1, 13, 1, 18, "XL102", "rendering", "warning", "m", "Cecot", ("CECOT", "Cecot"))
    stale = Finding(str(doc), 1, 1, 1, 5, "XL102", "rendering", "warning", "m", "Bukele", ("x",))
    assert plan_fixes([ambiguous, stale], {"XL102"}) == []


WRAPPED = ("The government toured the Terrorism Confinement\nCenter on Friday and said the Detention Center Against\n"
           "  Terrorism was full. El\nPais reported it.\n")


def test_a_term_across_one_line_break_is_one_term_and_its_fix_keeps_the_lines(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(WRAPPED)
    result = xlate("--format", "json", story)
    assert '"XL102"' in result.stdout and "Confinement\\nCenter" not in result.stdout   # the wrapped name is right
    xlate("--fix", story)
    assert story.read_text() == ("The government toured the Terrorism Confinement\nCenter on Friday and said the "
                                 "Terrorism Confinement\n  Center was full. El\nPaís reported it.\n")


def test_rewrapped_puts_each_break_after_as_many_words():
    from xlate.run.fix import rewrapped
    assert rewrapped("Terrorism Confinement Center", "Detention Center\nAgainst Terrorism") == \
        "Terrorism Confinement\nCenter"
    assert rewrapped("CECOT", "Cecot") == "CECOT"
    assert rewrapped("El País", "El\nPais") == "El\nPaís"
