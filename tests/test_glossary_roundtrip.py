"""Round trips lose nothing: native -> TBX -> native and native -> CSV/TSV -> native, on generated
glossaries (accents, quotes, commas, pipes, braces, newlines), and the translator's round trip
through TBX gives `xlate check seeds/` the same findings."""

import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from glossary_helpers import content, tbx_basic_problems, xlate
from xlate.glossary import native, tabular, tbx
from xlate.glossary.model import STATUSES, TERM_TYPES, Concept, Detail, Record, Term, Transaction

ODD = "|\\[]{}\"',;\t<>&#:=áéíóúñÜ€“”’—"
text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn"), whitelist_characters=ODD + "\n\r"))
term_text = text.map(str.strip).filter(bool)
# What TBX-Basic holds besides terms (model.Record): a detail's category says where TBX writes it, and a
# note is a Detail only at the language level (a concept's and a term's notes are their note field).
# Each level with the data categories TBX-Basic's Schematron allows there.
CONCEPT_CATEGORIES = ["definition", "source", "xGraphic", "crossReference", "externalCrossReference", "customerSubset"]
LANGUAGE_CATEGORIES = ["definition", "source", "xGraphic", "externalCrossReference", "note"]
TERM_CATEGORIES = ["context", "source", "crossReference", "customerSubset", "projectSubset", "geographicalUsage",
                   "grammaticalGender"]


def detail(kind):
    if kind == "note":
        return st.builds(Detail, st.just(kind), text.filter(bool))   # an empty note is no note
    return st.builds(Detail, st.just(kind), text, text, text if kind != "source" else st.just(""))


def details(categories):
    return st.lists(st.sampled_from(categories).flatmap(detail), max_size=2)


transactions = st.lists(st.builds(Transaction, st.sampled_from(["origination", "modification"]), text, text, text),
                        max_size=2)


def records(categories):
    return st.builds(Record, details(categories), transactions).map(lambda r: r or None)


terms = st.builds(Term, term_text, st.sampled_from(["es", "en"]), st.sampled_from(STATUSES),
                  st.sampled_from(TERM_TYPES), text, text, records(TERM_CATEGORIES))


@st.composite
def concept(draw):
    found = draw(st.builds(Concept, st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True),
                           st.lists(terms, min_size=1, max_size=6), st.booleans(), text, text, st.just(""), records(CONCEPT_CATEGORIES)))
    languages = {lang: draw(records(LANGUAGE_CATEGORIES)) for lang in sorted({t.lang for t in found.terms})}
    found.languages = {lang: r for lang, r in languages.items() if r} or None
    return found


concepts = st.lists(concept(), max_size=5, unique_by=lambda c: c.id)


def native_form(generated: list[Concept]) -> list[Concept]:
    """The concepts as the native format keeps them: terms grouped by key (docs/glossary.md)."""
    return native.parse(native.dumps(generated), "g.toml")


def tbx_form(concepts: list[Concept]) -> list[Concept]:
    """TBX says keep_spanish by identical preferred terms, so identical ones mean keep_spanish; a term's
    notes (partOfSpeech, geographicalUsage...) come right after the term, before its other details."""
    for c in concepts:
        for t in c.terms:
            if t.record:
                t.record.details.sort(key=lambda d: not tbx.is_term_note(d))
        es, en = c.preferred("es"), c.preferred("en")
        c.keep_spanish = c.keep_spanish or bool(es and en and es.text == en.text)
    return concepts


# 60 examples: each concept now carries records (details, history) at three levels, and 150 took minutes
@settings(max_examples=60, deadline=None)
@given(concepts)
def test_native_keeps_every_term_status_type_and_note(generated):
    def grouped(cs):
        return [sorted((t.lang, t.status, t.type, t.text, t.note) for t in c.terms) for c in cs]
    loaded = native_form(generated)
    assert grouped(loaded) == grouped(generated)
    assert [(c.id, c.keep_spanish, c.category, c.note) for c in loaded] == \
        [(c.id, c.keep_spanish, c.category, c.note) for c in generated]


@settings(max_examples=60, deadline=None)
@given(concepts)
def test_native_tbx_native_loses_nothing(generated):
    original = tbx_form(native_form(generated))
    exported = tbx.dumps(original)
    assert tbx_basic_problems(exported) == []
    back = tbx.from_text(exported, Path("g.tbx"))
    assert content(back) == content(original)
    assert native.dumps(back) == native.dumps(original)


@settings(max_examples=60, deadline=None)
@given(concepts, st.sampled_from(["g.csv", "g.tsv"]))
def test_native_csv_native_loses_nothing(generated, name):
    original = native_form(generated)
    for concept in original:   # a spreadsheet keeps terms and notes, not TBX's records (docs/glossary.md)
        concept.record = concept.languages = None
        for term in concept.terms:
            term.part_of_speech, term.record = "", None
    back = tabular.from_text(tabular.to_text(original, Path(name)), Path(name))
    assert content(back) == content(original)


def test_translator_round_trip_through_tbx_gives_the_same_findings(tmp_path, monkeypatch):
    project = tmp_path / "newsroom"
    (project / "glossary").mkdir(parents=True)
    (project / ".git").mkdir()
    shutil.copytree(ROOT / "seeds", project / "seeds")
    monkeypatch.chdir(project)
    shipped = xlate("check", "--format", "json", "--glossary", ROOT / "glossary", "seeds")
    assert xlate("glossary", "export", "--glossary", ROOT / "glossary", "-o", tmp_path / "shipped.tbx").exit_code == 0
    assert xlate("glossary", "import", tmp_path / "shipped.tbx").exit_code == 0
    imported = xlate("check", "--format", "json", "seeds")
    assert shipped.exit_code == imported.exit_code == 1
    assert imported.stdout == shipped.stdout
    assert xlate("check", "--format", "json", "--glossary", tmp_path / "shipped.tbx", "seeds").stdout == shipped.stdout


def test_every_registered_glossary_format_provides_load_from_text_and_to_text():
    """The protocol of xlate/glossary/loader.py's docstring: store.py calls all three."""
    import importlib
    import inspect

    from xlate.glossary.loader import GLOSSARY_FORMATS
    for fmt in GLOSSARY_FORMATS:
        module = importlib.import_module(fmt.module)
        assert list(inspect.signature(module.load).parameters) == ["path"]
        assert list(inspect.signature(module.from_text).parameters) == ["text", "path"]
        assert list(inspect.signature(module.to_text).parameters) == ["concepts", "path", "previous"]
