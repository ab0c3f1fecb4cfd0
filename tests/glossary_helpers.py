"""Helpers for the glossary tests: running the CLI, comparing concepts, checking TBX structure."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from click.testing import CliRunner

from xlate.cli import main
from xlate.glossary.tbx import STATUS_VALUES, TBX_NS

TBX = f"{{{TBX_NS}}}"


def xlate(*args, input=None):
    """Run `xlate ARGS` through click in-process; returns the click Result (stdout, stderr, exit_code)."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def content(concepts) -> list[tuple]:
    """What a concept means, without where it was read from."""
    return [(c.id, [(t.text, t.lang, t.status, t.type, t.note, t.part_of_speech, t.record) for t in c.terms],
             c.keep_spanish, c.category, c.note, c.record, c.languages)
            for c in concepts]


def tbx_basic_problems(text: str) -> list[str]:
    """The TBX-Basic (DCA) structure rules an exported file must meet; [] when it does."""
    root = ET.fromstring(text)
    problems = []
    if root.tag != f"{TBX}tbx" or root.get("type") != "TBX-Basic" or root.get("style") != "dca":
        problems.append(f"root {root.tag} type={root.get('type')} style={root.get('style')}")
    if root.find(f"{TBX}tbxHeader/{TBX}fileDesc") is None or root.find(f"{TBX}text/{TBX}body") is None:
        problems.append("missing tbxHeader/fileDesc or text/body")
    problems += [f"{e.tag} outside the TBX namespace" for e in root.iter() if not e.tag.startswith(TBX)]
    ids = [e.get("id") for e in root.iter(f"{TBX}conceptEntry")]
    if len(ids) != len(set(ids)) or not all(ids):
        problems.append("conceptEntry ids missing or repeated")
    for entry in root.iter(f"{TBX}conceptEntry"):
        sections = entry.findall(f"{TBX}langSec")
        if not sections or any(not s.findall(f"{TBX}termSec") for s in sections):
            problems.append(f"{entry.get('id')}: a conceptEntry needs langSecs and a langSec termSecs")
    for section in root.iter(f"{TBX}termSec"):
        if len(section) == 0 or section[0].tag != f"{TBX}term":
            problems.append("a termSec must start with its term")
    for parent in root.iter():
        for note in parent.findall(f"{TBX}termNote"):
            if parent.tag != f"{TBX}termSec" and parent.tag != f"{TBX}termNoteGrp":
                problems.append("termNote outside termSec")
            if note.get("type") == "administrativeStatus" and note.text not in {*STATUS_VALUES.values(), \
                    "supersededTerm-admn-sts"}:
                problems.append(f"status {note.text!r}")
            if note.get("type") == "termType" and note.text not in ("fullForm", "acronym", "abbreviation",
                                                                    "shortForm", "variant", "phrase"):
                problems.append(f"termType {note.text!r}")
    return problems
