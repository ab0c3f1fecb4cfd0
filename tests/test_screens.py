"""Screens (xlate/text/screens.py) turn a pattern's search down only where it would find nothing.

Every screen of SCREENED is checked against each pattern it stands before, run as the rules run it
(on the text between two offsets, or on a folded copy of that stretch), over the facts dev stories,
the seeds, the confusables dev sets and a few texts of edge cases, on ranges that start and end
anywhere: at words, inside words, at spaces."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

import xlate.rules.facts.ledger  # noqa: F401  (its modules declare the facts screens)
import xlate.text.quantities  # noqa: F401
from conftest import ROOT
from xlate.text.fold import fold
from xlate.text.screens import (AT_OPENINGS, FROM_THE_END, GUARDED, SCREENED, WORD_START, AtOpenings, FromTheEnd, Screen,
                                Screened, WordIndex, behind, unguarded)

EDGE_CASES = [
    "Nowhere near: the planta's workers, SEGÚN el INDEC, emplean 300; the plantas and the plants.",
    "Trabajadores decomisados-x incautados, según dijo; reported-ly said; said.",
    "Al 5 de junio, el 26 de octubre y Sept. 3 y el 4 de sept — de media 20, on average 4, averaged 5.",
    "The Minister of Energy and Mines Roberto Luque said; el ministro de Energía y Minas; la secretaria de Salud.",
    "Se esperaba mover 4 millones; the goal was 5; pretendía; aimed to build a runway; espera recibir 3.",
    "more than a day, durante un día, casi una semana, for an hour, over a month, un mes",
    "según\u0301 dijo; se\u0301gun; decomisa\u0301dos; seats\u0301 300; where 2,000 people live.",
    "Employees, EMPLOYEES, employ-ed, employ_ed, ßtraße, ﬁnal plant, İstanbul plant, the ÅRSTA plant.",
]


def _texts() -> list[str]:
    files = sorted((ROOT / "bench").glob("facts-dev*/*.md")) + sorted((ROOT / "seeds").glob("*.txt"))[:40] \
        + sorted((ROOT / "tests" / "data").glob("confusables_dev*.txt"))
    return EDGE_CASES + [path.read_text(encoding="utf-8") for path in files]


def _ranges(text: str, rng: random.Random, count: int = 30) -> list[tuple[int, int]]:
    """Ranges as the rules ask them (a clause, a window before a name) and anywhere: inside words too."""
    runs = [run.start() for run in regex.finditer(r"\p{L}+", text)]
    cuts = [0, len(text)] + runs[::7] + [start + 2 for start in runs[::11]] + [rng.randrange(len(text) + 1) for _ in range(count)]
    found = []
    for _ in range(count):
        start = rng.choice(cuts)
        found.append((start, min(len(text), start + rng.choice((1, 5, 12, 40, 60, 120, 300)))))
        found.append((max(0, start - rng.choice((3, 40, 60))), start))
    return found + [(0, len(text))]


def _finds(pattern, text: str, start: int, end: int, copied: bool) -> bool:
    if pattern.search(text, start, end) is not None:
        return True
    # the folded copy cues.cues_in and referents._topic_nouns run theirs on; a copy of the text as it stands too
    return copied and (pattern.search(fold(text[start:end])) is not None or pattern.search(text[start:end]) is not None)


def test_every_screen_guards_its_patterns() -> None:
    assert len(SCREENED) >= 8 and all(guard.patterns for guard in SCREENED)


@pytest.mark.parametrize("number", range(len(SCREENED)))
def test_a_screen_never_turns_down_a_match(number: int) -> None:
    screen, guarded, copied = SCREENED[number]
    rng = random.Random(number)
    missed = []
    for text in _texts():
        for start, end in _ranges(text, rng):
            if not screen.may_match(text, start, end, copied):
                missed.extend((pattern.pattern[:40], text[start:end]) for pattern in guarded
                              if _finds(pattern, text, start, end, copied))
    assert not missed, missed[:5]


def test_screens_turn_down_what_holds_none_of_their_words() -> None:
    saying = Screen(["said", "según"])
    text = "The plant's output fell 5% in May. Según el INDEC, the output rose; the club said so."
    assert not saying.may_match(text, 0, 34)
    assert saying.may_match(text, 35, 60) and saying.may_match(text, 60, len(text))
    assert Screen(["now"]).may_match("nowhere", 0, 3)    # the end cuts "nowhere": a pattern sees "now"
    assert Screen(["here"]).may_match("nowhere", 3, 7, copied=True)   # a copy of the stretch starts with "here"
    assert not Screen(["here"]).may_match("nowhere", 3, 7)   # in the text, \b sees "now" before it
    assert not Screen(["now"]).may_match("nowhere", 0, 7)
    assert Screen([], prefixes=["incautad"]).may_match("Fueron incautados ayer", 0, 22)


def test_a_screened_pattern_finds_what_its_pattern_finds() -> None:
    pattern = regex.compile(r"\bsaid\b")
    guarded = Screened(pattern, Screen(["said"]))
    for text in EDGE_CASES:
        assert [m.span() for m in guarded.finditer(text, 3)] == [m.span() for m in pattern.finditer(text, 3)]
        assert bool(guarded.search(text)) == bool(pattern.search(text))
        assert bool(guarded.match(text, 0, 10)) == bool(pattern.match(text, 0, 10))


def test_an_index_made_from_a_documents_words_holds_every_run() -> None:
    from xlate.core.document import Document
    for number, text in enumerate(_texts()):
        doc = Document.from_text(f"t{number}.txt", text)
        split, from_words = WordIndex(doc.prose), WordIndex(doc.prose, doc.tokens)
        every_run = Screen(split.folded)
        assert split.offsets(every_run) == from_words.offsets(every_run)


def test_the_quick_test_before_a_dateline_turns_down_none() -> None:
    from xlate.rules.facts.mentions import DATELINE, _may_open_a_dateline
    texts = _texts() + ["LIMA — Floods", "  EL HIERRO (EFE) — Un", "D.C. — The", "É\u0301L — x", "\n" * 50 + "LIMA — x"]
    for text in texts:
        starts = {0, *(run.start() - 1 for run in regex.finditer(r"\p{L}+", text))}
        missed = [text[at:at + 30] for at in starts if at >= 0 and not _may_open_a_dateline(text, at) and DATELINE.match(text, at)]
        assert not missed, missed[:5]


def _ends_before_names(text: str) -> list[int]:
    """Where the patterns searched from the end are asked to end: before a capitalised word (a name), a
    figure, a hyphen's word, a word's end, and anywhere."""
    return [m.start() for m in regex.finditer(r"(?<=\s)\p{Lu}|\d+|-\p{Ll}|\b", text)][::5]


@pytest.mark.parametrize("number", range(len(FROM_THE_END)))
def test_a_pattern_searched_from_the_end_finds_what_it_finds_forward(number: int) -> None:
    """Whether there is a match, and the match itself (the forward search's, or the reversed one's where
    same_groups says the two agree), on windows of the lengths the rules read before a position."""
    searched = FROM_THE_END[number]
    rng = random.Random(number)
    differ = []
    for text in _texts():
        ends = _ends_before_names(text) + [rng.randrange(len(text) + 1) for _ in range(20)] + [len(text)]
        for end in ends:
            for reach in (5, 20, 40, 80):   # (forward, some of them take time quadratic in the reach)
                forward, found = searched.pattern.search(text, max(0, end - reach), end), \
                    searched.search(text, max(0, end - reach), end)
                if (forward and (forward.span(), forward.groups())) != (found and (found.span(), found.groups())):
                    differ.append(text[max(0, end - reach):end])
    assert not differ, differ[:5]


@pytest.mark.parametrize("number", range(len(AT_OPENINGS)))
def test_a_pattern_tried_at_its_openings_finds_what_it_finds_everywhere(number: int) -> None:
    """The matches (where, and which branch) of a pattern tried only at its opening words, against its own
    finditer, on the texts, their folded copies (cues.cues_in reads one) and ranges cut anywhere."""
    tried = AT_OPENINGS[number]
    rng = random.Random(number)
    differ = []
    for text in _texts():
        for read in (text, fold(text)):
            for start, end in _ranges(read, rng, count=10):
                everywhere = [(m.span(), m.lastgroup) for m in tried.pattern.finditer(read, start, end)]
                if [(m.span(), m.lastgroup) for m in tried.finditer(read, start, end)] != everywhere:
                    differ.append(read[start:end])
    assert not differ, differ[:5]


def test_a_pattern_tried_at_its_openings_must_open_there() -> None:
    with pytest.raises(ValueError):
        AtOpenings(regex.compile(r"(?:can\s+hold|holds)\b"), Screen(["can", "holds"]))   # may open inside a word: "pecan holds"
    with pytest.raises(ValueError):
        AtOpenings(regex.compile(r"(?<![\w-])(?:x-ray)"), Screen(["x-ray"]))   # an opening word is a run of word characters
    assert [m.group() for m in AtOpenings(regex.compile(r"(?<![\w-])(?:can\s+hold|spend\w*)(?![\w-])"), Screen(["can"], ["spend"]))
            .finditer("it can hold 30; spending, overspent, pre-spend, canned")] == ["can hold", "spending"]
    assert [m.group() for m in AtOpenings(regex.compile(r"\b(?:can\s+hold|spend\w*)\b"), Screen(["can"], ["spend"]))
            .finditer("it can hold 30; overspent, pre-spend, canned")] == ["can hold", "spend"]   # \b: after a hyphen too


def test_a_pattern_that_reads_one_way_is_not_searched_from_the_end() -> None:
    for source in (r"(?>a*)a$", r"\d++$", r"(\w)\1$", r"a{2,3}+$"):
        with pytest.raises(ValueError):
            FromTheEnd(regex.compile(source))
    assert FromTheEnd(regex.compile(r"\p{L}+\s+$")).search("un río ") is not None


@pytest.mark.parametrize("number", range(len(GUARDED)))
def test_a_guarded_pattern_finds_what_it_finds_without_its_lookaheads(number: int) -> None:
    """Every match, where it is and what its groups hold, on ranges that start and end anywhere."""
    pattern = GUARDED[number]
    bare = regex.compile(unguarded(pattern.pattern), pattern.flags)
    assert bare.pattern != pattern.pattern
    rng = random.Random(number)
    differ = []
    for text in _texts():
        for start, end in _ranges(text, rng):
            found = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
            if found != [(m.span(), m.groups()) for m in bare.finditer(text, start, end)]:
                differ.append(text[start:end])
    assert not differ, differ[:5]


def test_a_lookbehind_is_run_where_its_branch_matches() -> None:
    source = behind(r"(?<!\bsince\s)", r"(?:in\s+)?(?P<month>May|June)(?!\s\d)")
    assert unguarded(WORD_START + source) == r"\b" + r"(?<!\bsince\s)(?:in\s+)?(?P<month>May|June)(?!\s\d)"
    pattern = regex.compile(WORD_START + source)
    assert [m.group("month") for m in pattern.finditer("in May, since June, June 3, June")] == ["May", "June"]
    with pytest.raises(ValueError):
        behind(r"(?<!x)", r"(May|June)")   # a group that captures, unnamed: its number would shift


def test_data_files_exist() -> None:
    assert len(_texts()) > 40 and Path(ROOT / "bench" / "facts-dev").is_dir()
