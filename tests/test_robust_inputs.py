"""Issue 21, bad input to `xlate check` and its loaders: every case of the reliability report
(../shared/repro/REPORT.md) by its id; a test's name starts with the case it keeps fixed."""

from __future__ import annotations

import os
import random
import socket

import pytest
import regex
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from conftest import ROOT, SEEDS
from robust_helpers import without_root_powers, xlate
from xlate.cli import main
from xlate.formats.text import code_spans
from xlate.core.finding import Finding
from xlate.lint.steps import resolve_overlaps

GLOSSARY = ROOT / "glossary"


def check(*args: str):
    return CliRunner().invoke(main, ["check", "--engine", "none", *map(str, args)], catch_exceptions=False)


def test_H1_a_named_pipe_in_a_folder_is_skipped_with_a_notice(tmp_path):
    (tmp_path / "ok.md").write_text("The Cecot prison.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.md")
    result = xlate("check", "--engine", "none", "-g", str(GLOSSARY), str(tmp_path))   # a hang fails by the guard
    assert result.returncode == 1, result.stderr
    assert "pipe.md: not a regular file (a named pipe); skipped" in result.stderr
    assert "ok.md:1:5: XL102" in result.stdout


def test_H1_a_named_pipe_or_socket_named_on_the_command_line_is_an_error(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "sock.md"))
        for name, what in (("pipe.md", "a named pipe"), ("sock.md", "a socket")):
            result = xlate("check", "--engine", "none", str(tmp_path / name))
            assert result.returncode == 2
            assert f"{name}: not a regular file ({what})" in result.stderr


def test_H1_devices_are_not_read(tmp_path):
    result = xlate("check", "--engine", "none", "/dev/zero")
    assert result.returncode == 2 and "not a regular file (a device)" in result.stderr


def test_E11_a_named_pipe_as_the_glossary_says_what_it_is(tmp_path):
    os.mkfifo(tmp_path / "g.toml")
    result = check("-g", tmp_path / "g.toml", SEEDS)
    assert result.exit_code == 2 and "g.toml: not a regular file (a named pipe)" in result.stderr


def test_E1_a_path_that_does_not_exist_exits_2(tmp_path):
    result = check(tmp_path / "nope.md", SEEDS / "000_8cd5bf34590aab48.txt")
    assert result.exit_code == 2
    assert "nope.md: no such file or folder" in result.stderr
    assert "000_8cd5bf34590aab48.txt:" in result.stdout   # the other files are still checked and reported


def test_C1_C2_symbolic_link_loops_of_files(tmp_path):
    (tmp_path / "l1.md").symlink_to("l2.md")
    (tmp_path / "l2.md").symlink_to("l1.md")
    in_folder = check(tmp_path)
    assert in_folder.exit_code == 0 and "l1.md: symbolic link loop; skipped" in in_folder.stderr
    named = check(tmp_path / "l1.md")
    assert named.exit_code == 2 and "l1.md: symbolic link loop" in named.stderr


def test_C1_C2_a_file_reached_twice_is_checked_once(tmp_path):
    """By a linked file, a linked folder or its name given besides its folder: the first route found
    names it (a walk resolves each folder once and follows a file only when it is a link)."""
    from xlate.core.config import Config
    from xlate.run.discovery import discover
    (tmp_path / "a.md").write_text("The Cecot prison.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("The Cecot prison.\n", encoding="utf-8")
    (tmp_path / "link.md").symlink_to("a.md")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.md").write_text("El Cecot.\n", encoding="utf-8")
    (tmp_path / "again").symlink_to("sub")
    found = discover([tmp_path, tmp_path / "a.md", tmp_path / "sub" / "c.md"], Config())
    assert found.files == [tmp_path / "a.md", tmp_path / "b.md", tmp_path / "again" / "c.md"]
    assert len({path.resolve() for path in found.files}) == len(found.files)


def test_C3_a_file_in_an_unreadable_folder_is_an_error_not_a_traceback(tmp_path):
    folder = tmp_path / "noread"
    folder.mkdir()
    (folder / "s.md").write_text("El Pais.\n", encoding="utf-8")
    folder.chmod(0)
    try:
        named = without_root_powers([*xlate_cmd(), "check", "--engine", "none", str(folder / "s.md")])
        assert named.returncode == 2 and "Traceback" not in named.stderr
        assert "s.md: cannot read: Permission denied" in named.stderr
        walked = without_root_powers([*xlate_cmd(), "check", "--engine", "none", str(tmp_path)])   # E2
        assert walked.returncode == 0 and "noread: cannot read this folder: Permission denied; skipped" in walked.stderr
    finally:
        folder.chmod(0o755)


def test_C3_a_folder_without_search_permission(tmp_path):
    folder = tmp_path / "nox"
    folder.mkdir()
    (folder / "s.md").write_text("El Pais.\n", encoding="utf-8")
    folder.chmod(0o600)
    try:
        result = without_root_powers([*xlate_cmd(), "check", "--engine", "none", str(folder)])
        assert "Traceback" not in result.stderr and result.returncode in (0, 2)
        assert "Permission denied" in result.stderr
    finally:
        folder.chmod(0o755)


def xlate_cmd() -> list[str]:
    from robust_helpers import XLATE
    return XLATE


# --- H2: overlap resolution ------------------------------------------------------------------

def _finding(line, col, end_line, end_col, kind="rendering", path="a.md"):
    return Finding(path, line, col, end_line, end_col, "XL102", kind, "warning", "m", "t", ())


def _naive_resolve(findings):
    """The quadratic definition resolve_overlaps must agree with."""
    from xlate.lint.steps import KIND_PRIORITY
    ranked = sorted(findings, key=lambda f: (KIND_PRIORITY.get(f.kind, 9), -(f.end_line - f.line),
                                             -(f.end_column - f.column), f.sort_key))
    kept, spans = [], []
    for f in ranked:
        span = ((f.path, f.line, f.column), (f.path, f.end_line, f.end_column))
        if not any(span[0] < b and a < span[1] for a, b in spans):
            spans.append(span)
            kept.append(f)
    return sorted(kept, key=lambda f: f.sort_key)


_spans = st.lists(st.tuples(st.integers(1, 3), st.integers(1, 8), st.integers(0, 2), st.integers(0, 5),
                            st.sampled_from(["rendering", "typo", "untranslated"]), st.sampled_from(["a.md", "b.md"])),
                  max_size=25)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_spans)
def test_H2_overlap_resolution_agrees_with_the_pairwise_definition(spans):
    findings = [_finding(line, col, line + dl, col + dc if dl == 0 else dc + 1, kind, path)
                for line, col, dl, dc, kind, path in spans]
    assert resolve_overlaps(findings) == _naive_resolve(findings)


def test_H2_fifty_thousand_findings_in_one_file_are_resolved(tmp_path):
    """The report's 50,000 "Cecot" (67 s when each finding was compared with every one kept)."""
    findings = [_finding(1, 1 + 6 * i, 1, 6 + 6 * i) for i in range(50_000)]
    random.Random(21).shuffle(findings)
    assert len(resolve_overlaps(findings + findings[:100])) == 50_000


# --- H4: inline code ---------------------------------------------------------------------------

# The regex the document reader used, with CommonMark's rule that a run of backticks is not split
# (the old one let the tail of an unmatched run open a span). code_spans must find what it found.
_REFERENCE_CODE_RE = regex.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", regex.S)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["`", "``", "```", "a", " ", "\n", "\n\n", "\n \n", "b`", "\t"]), max_size=20))
def test_H4_code_spans_are_the_reference_regex_spans(pieces):
    text = "".join(pieces)
    assert code_spans(text) == [m.span() for m in _REFERENCE_CODE_RE.finditer(text)]


def test_H4_a_run_of_backticks_in_a_long_paragraph(tmp_path):
    """The report's H4 input: 10,000 backticks before 100 KB of one paragraph (140 s before)."""
    doc = tmp_path / "b.md"
    doc.write_text("Some text " + "`" * 10_000 + " word" * 20_000 + " `` code `` and `x`\n", encoding="utf-8")
    from xlate.core.document import Document
    prose = Document.from_path(doc).prose
    assert prose.endswith("and    \n") and "`" * 10_000 in prose   # the lone run is text; the spans are blanked


@pytest.mark.parametrize("run", [
    "[a](",                # link openings that never close
    "[" + "a" * 999 + "\n",  # a label running over lines
    "a." * 50 + "@ ",      # a dotted run before an at sign with no domain
])
def test_runs_that_a_mask_once_scanned_to_their_end_are_read_whole(run):
    """Each of these, repeated over 200 KB, took minutes when a mask's pattern scanned from every
    occurrence to the end of the run; the masks still blank what they are for."""
    from xlate.core.document import Document
    text = run * (200_000 // len(run))
    assert Document.from_text("r.md", text).prose == text
    links = Document.from_text("l.md", 'See [the report](http://example.com/a_(b) "T") or mail ana.p+x@example.co.uk.').prose
    assert "example" not in links and "report" in links and "ana" not in links


# --- glossary loaders ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, content, problem", [
    ("C5.toml", 'concept = ["x", 1]\n', "'concept' must be an array of tables"),
    ("C6.toml", "a = " + "[" * 10_000 + "]" * 10_000 + "\n", "nested too deeply"),
    ("C7.tbx", '<?xml version="1.0" encoding="UTF-9"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2"/>',
     "names an encoding Python does not know ('UTF-9')"),
    ("C8.csv", "es,en\nUno [acronym]\\|,One\n", "text after a [type] or {note}"),
    ("C8.tsv", "es\ten\nUno {a note}\\|\tOne\n", "text after a [type] or {note}"),
    ("C9.toml", '[[concept]]\nid = "c1"\nes = [{term = "x", note = 5}]\nen = "y"\n', "note and type are strings"),
    ("D7.csv", 'id,es,en\nc1,"Uno,One\nc2,Dos,Two\nc3,Tres,Three\n', "2: a quoted field is never closed"),
    ("D8.csv", "id,es,en\nc1,Uno,One\nc1,Dos,Two\n", "concept id 'c1' is already defined"),
    ("E12.toml", "\ufeff[[concept]]\nid = \"c1\"\nes = \"Uno\"\nen = \"One\"\n", None),
])
def test_C5_to_C9_D7_D8_broken_glossaries_exit_2_naming_file_and_problem(tmp_path, name, content, problem):
    glossary = tmp_path / name
    glossary.write_text(content, encoding="utf-8")
    doc = tmp_path / "doc.md"
    doc.write_text("Uno and One.\n", encoding="utf-8")
    result = check("-g", glossary, doc)
    if problem is None:
        assert result.exit_code in (0, 1) and "error" not in result.stderr   # loaded: findings or none
        return
    assert result.exit_code == 2, result.stderr
    assert f"xlate: error: {glossary}" in result.stderr and problem in result.stderr
    imported = CliRunner().invoke(main, ["glossary", "import", str(glossary), "--file", str(tmp_path / "out.toml")])
    assert imported.exit_code == 2 and str(glossary) in imported.stderr and not (tmp_path / "out.toml").exists()


def test_D8_ids_made_from_terms_are_still_numbered():
    from xlate.glossary.tabular import parse
    concepts = parse("id,es,en\n,banco,bank\n,orilla,bank\nbank-x,orilla,shore\n", "g.csv")
    assert [c.id for c in concepts] == ["bank", "bank-2", "bank-x"]


@pytest.mark.parametrize("name", ["crash-cell.tsv", "crash-encoding.tbx", "crash-nested.toml"])
def test_C6_C7_C8_the_fuzzers_glossaries_exit_2(name):
    glossary = ROOT / "tests" / "data" / "repro" / name
    result = check("-g", glossary, SEEDS)
    assert result.exit_code == 2 and f"xlate: error: {glossary}" in result.stderr
    assert len(result.stderr) < 400   # a megabyte of cell or encoding name is not repeated


@pytest.mark.parametrize("name", ["es-en.toml", "es-en.csv"])
def test_C11_an_unreadable_project_glossary_exits_2(tmp_path, name):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "xlate.toml").write_text("", encoding="utf-8")
    (tmp_path / "a.md").write_text("Uno.\n", encoding="utf-8")
    glossary = tmp_path / "glossary" / name
    glossary.write_text('[[concept]]\nid = "c1"\nes = "Uno"\nen = "One"\n' if name.endswith("toml") else "es,en\nUno,One\n",
                        encoding="utf-8")
    glossary.chmod(0)
    result = without_root_powers([*xlate_cmd(), "check", "--engine", "none", str(tmp_path / "a.md")])
    assert result.returncode == 2 and f"{glossary}: cannot read: Permission denied" in result.stderr


# --- configuration and baseline ------------------------------------------------------------------

@pytest.mark.parametrize("name, content, problem", [
    ("xlate.toml", "tool = 5\n", "tool: expected a table, got int"),
    ("xlate.toml", 'tool = "x"\n', "tool: expected a table, got str"),
    ("pyproject.toml", '[tool]\nxlate = "x"\n', "tool.xlate: expected a table, got str"),
    ("pyproject.toml", "[tool]\nxlate = [1]\n", "tool.xlate: expected a table, got list"),
    ("xlate.toml", "select = " + "[" * 5000 + "]" * 5000 + "\n", "not valid TOML: arrays or tables nested too deeply"),
])
def test_C17_configuration_of_the_wrong_shape_exits_2(tmp_path, name, content, problem):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    result = check(tmp_path / "a.md")
    assert result.exit_code == 2 and f"{tmp_path / name}: {problem}" in result.stderr


def test_E12_a_byte_order_mark_before_the_configuration(tmp_path):
    (tmp_path / "xlate.toml").write_text('\ufeffselect = ["XL1"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    assert check(tmp_path / "a.md").exit_code == 0


@pytest.mark.parametrize("content, problem", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"version": true, "findings": []}', "unsupported version True"),
    ('{"version": 1, "findings": [{"fingerprint": 5}]}', "a fingerprint is not a string"),
])
def test_C18_baselines_that_are_not_baselines_exit_2(tmp_path, content, problem):
    baseline = tmp_path / "b.json"
    baseline.write_text(content, encoding="utf-8")
    result = check("--baseline", baseline, SEEDS)
    assert result.exit_code == 2 and f"{baseline}: not an xlate baseline ({problem}" in result.stderr


def test_C19_a_baseline_that_cannot_be_written_exits_2(tmp_path):
    result = check("--write-baseline", tmp_path / "missing" / "b.json", SEEDS)
    assert result.exit_code == 2 and "b.json: baseline: cannot write in " in result.stderr
    assert "missing: No such file or directory" in result.stderr   # the folder that is not there
    full = check("--write-baseline", "/dev/full", SEEDS)
    # written as --fix writes, by replacing a regular file: a device is refused before any byte is written
    assert full.exit_code == 2 and "/dev/full: baseline: not a regular file; not written" in full.stderr


def test_C16_a_report_written_to_a_full_device_exits_2():
    with open("/dev/full", "w") as full:
        result = __import__("subprocess").run([*xlate_cmd(), "check", "--engine", "none", str(SEEDS)],
                                              stdout=full, stderr=__import__("subprocess").PIPE, text=True, timeout=300)
    assert result.returncode == 2 and "No space left on device" in result.stderr and "Traceback" not in result.stderr


# --- file names, encodings, sizes ---------------------------------------------------------------

def test_C4_E14_a_file_name_that_is_not_utf8_gives_valid_reports(tmp_path):
    import json
    folder = os.fsencode(tmp_path / "badname")
    os.mkdir(folder)
    with open(os.path.join(folder, b"bad\xff.md"), "w", encoding="utf-8") as out:
        out.write("El Pais.\n")
    for fmt, shown in (("json", "bad\\\\xff.md"), ("sarif", "bad%FF.md")):
        result = xlate("check", "--engine", "none", "-g", str(GLOSSARY), "--format", fmt, str(tmp_path / "badname"))
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert shown in json.dumps(json.loads(result.stdout))   # valid JSON; the byte as \xff, in a URI as %FF
    text = xlate("check", "--engine", "none", "-g", str(GLOSSARY), str(tmp_path / "badname"))
    assert "bad\\xff.md:1:1: XL102" in text.stdout


def test_E15_a_file_name_with_a_line_break_stays_on_one_line(tmp_path):
    (tmp_path / "a\nb.md").write_text("El Pais.\n", encoding="utf-8")
    result = check("-g", GLOSSARY, tmp_path)
    assert "a\\nb.md:1:1: XL102" in result.stdout


def test_E6_utf16_is_named(tmp_path):
    (tmp_path / "utf16.md").write_bytes("El Pais.\n".encode("utf-16"))
    (tmp_path / "utf16le.md").write_bytes("El Pais.\n".encode("utf-16-le"))
    result = check(tmp_path)
    assert result.stderr.count("UTF-16 text; convert it to UTF-8") == 2


def test_E8_max_file_size_must_be_positive_and_is_shown_in_mib(tmp_path):
    assert check("--max-file-size", "-1", SEEDS).exit_code == 2
    big = tmp_path / "big.md"
    big.write_text("word " * 300_000, encoding="utf-8")
    result = check("--max-file-size", str(1024 * 1024), big)
    assert "file is 1.4 MiB, over the 1.0 MiB limit" in result.stderr


def test_E9_terms_without_letters_need_an_id(tmp_path):
    result = CliRunner().invoke(main, ["glossary", "add", "--es", "(a+)+$", "--en", ".*", "--file", str(tmp_path / "g.toml")])
    assert result.exit_code == 2 and "cannot make an id from '.*'" in result.stderr and "--id" in result.stderr


def test_E10_tbx_concepts_without_ids_on_one_line(tmp_path):
    entry = ('<conceptEntry><langSec xml:lang="es"><termSec><term>{es}</term></termSec></langSec>'
             '<langSec xml:lang="en"><termSec><term>{en}</term></termSec></langSec></conceptEntry>')
    tbx = tmp_path / "g.tbx"
    tbx.write_text('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>'
                   + entry.format(es="Uno", en="One") + entry.format(es="Dos", en="Two") + "</body></text></tbx>",
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", "list", "-g", str(tbx)])
    assert result.exit_code == 0, result.output
    assert "entry-1 " in result.stdout and "entry-1-2 " in result.stdout


def test_C28_translate_refuses_what_is_not_utf8_text(tmp_path):
    (tmp_path / "bad.md").write_bytes("café\n".encode("latin-1"))
    result = CliRunner().invoke(main, ["translate", "--engine", "none", "--from", "es", "--to", "en",
                                       str(tmp_path / "bad.md")])
    assert result.exit_code == 2 and "bad.md: not valid UTF-8 (byte 3, line 1)" in result.stderr


@pytest.mark.parametrize("option, problem", [("--config", "cannot read: not a regular file (a named pipe)"),
                                             ("--baseline", "cannot read baseline: not a regular file (a named pipe)")])
def test_H1_a_named_pipe_as_the_configuration_or_baseline_is_an_error(tmp_path, option, problem):
    os.mkfifo(tmp_path / "pipe")
    result = xlate("check", "--engine", "none", option, str(tmp_path / "pipe"), str(SEEDS))   # a hang fails by the guard
    assert result.returncode == 2 and problem in result.stderr


def test_a_walk_looks_at_a_link_as_a_link_and_follows_it_only_then(tmp_path):
    from xlate.infra.regular_file import file_kind
    (tmp_path / "a.md").write_text("Izalco\n")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.md")
    (tmp_path / "c.md").symlink_to(tmp_path / "none.md")
    assert [file_kind(tmp_path / name, follow_links=False) for name in ("a.md", "b.md", "c.md")] == ["file", "link", "link"]
    assert file_kind(tmp_path / "b.md") == "file"
    assert file_kind(tmp_path / "c.md") == "cannot read: the symbolic link points nowhere"
