from __future__ import annotations

import pytest
from conftest import ROOT, SEEDS, glossary_from
from translation_helpers import EchoEngine, requires_apertium, shipped_glossary_without_deprecated

from xlate.lint.steps import check_documents, conclude, observe_documents
from xlate.run.check import check_paths
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.core.finding import Finding
from xlate.rules.mt_rendering import Candidate
from xlate.translate.apertium import ApertiumEngine
from xlate.translate.cache import CachedEngine, TranslationCache


def run_xl501(text: str, glossary, engine) -> list:
    ctx = Context(glossary=glossary, config=Config(select={"XL501"}), engine=engine)
    return check_documents([Document("doc.md", text, format="markdown")], ctx)


@pytest.fixture(scope="module")
def apertium():
    return ApertiumEngine()


@pytest.fixture(scope="module")
def cecot_without_deprecated():
    return shipped_glossary_without_deprecated(ROOT, "cecot")


@requires_apertium
@pytest.mark.apertium
def test_unlisted_renderings_of_cecot_are_caught(apertium, cecot_without_deprecated):
    text = ("Kast toured the Center of Confinement of Terrorism on Friday.\n\n"
            "He then posted a photo from the Detention Center Against Terrorism with his minister.\n")
    findings = run_xl501(text, cecot_without_deprecated, apertium)
    assert [f.text for f in findings] == ["Center of Confinement of Terrorism", "Detention Center Against Terrorism"]
    assert all("cecot" in f.message and f.suggestions == ("Terrorism Confinement Center",) for f in findings)


@requires_apertium
@pytest.mark.apertium
def test_machine_translation_of_the_spanish_name_is_a_variant(apertium, cecot_without_deprecated):
    findings = run_xl501("Inmates at the Centre of Confinement of the Terrorism sleep on metal bunks.\n",
                         cecot_without_deprecated, apertium)
    assert [f.text for f in findings] == ["Centre of Confinement of the Terrorism"]
    assert "how machine translation renders" in findings[0].message


@requires_apertium
@pytest.mark.apertium
def test_gloss_of_the_abbreviation_is_compared(apertium, cecot_without_deprecated):
    findings = run_xl501("The terrorism confinement prison (CECOT) holds 40,000 inmates.\n",
                         cecot_without_deprecated, apertium)
    assert [f.text for f in findings] == ["terrorism confinement prison"]


@requires_apertium
@pytest.mark.apertium
def test_preferred_names_and_unrelated_names_are_left_alone(apertium, cecot_without_deprecated):
    text = ("Kast visited the Terrorism Confinement Center and the Kennedy Center.\n\n"
            "The Salvadoran Counter Terrorism Office and the National Civil Police were there.\n\n"
            "El Centro de Confinamiento del Terrorismo está en Tecoluca.\n")
    assert run_xl501(text, cecot_without_deprecated, apertium) == []


def test_spans_are_translated_in_one_batch_for_all_documents():
    engine = EchoEngine()
    glossary = glossary_from('[[concept]]\nid = "x"\nes = "ALFA BETA"\nen = "Alpha Beta"\n')
    ctx = Context(glossary=glossary, config=Config(select={"XL501"}), engine=engine)
    docs = [Document(f"{n}.md", "The Alpha Gamma Beta Office opened. The Beta Delta Alpha closed.\n")
            for n in range(3)]
    check_documents(docs, ctx)
    assert [len(b) for b in engine.batches] == [1, 2]   # glossary terms once, then every span once



class TableEngine(EchoEngine):
    """Translates the lines of its table as the table says, and upper-cases the others."""

    def __init__(self, table: dict[str, str]):
        super().__init__()
        self.table = table

    def translate_lines(self, lines, src, tgt):
        self.batches.append(list(lines))
        return [self.table.get(line, line.upper()) for line in lines]


def test_candidates_whose_translation_is_cached_are_judged_per_document(tmp_path):
    glossary = glossary_from('[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\n'
                             'en = "Terrorism Confinement Center"\n')
    runs = []
    for _ in range(2):   # a cold cache, then a warm one
        engine = TableEngine({"Center of Confinement of Terrorism": "Centro de Confinamiento de Terrorismo"})
        ctx = Context(glossary=glossary, config=Config(select={"XL501"}),
                      engine=CachedEngine(engine, TranslationCache(tmp_path)))
        partial = observe_documents([Document("doc.md", "Kast toured the Center of Confinement of Terrorism.\n")], ctx)
        [(_, items, _)] = partial.observations["XL501"]
        runs.append((items, conclude([partial], ctx), engine.batches))
    (cold_items, cold, cold_batches), (warm_items, warm, warm_batches) = runs
    assert [f.text for f in cold] == ["Center of Confinement of Terrorism"] and warm == cold
    assert [type(item) for item in cold_items] == [Candidate] and cold_batches[-1] == ["Center of Confinement of Terrorism"]
    assert [type(item) for item in warm_items] == [Finding] and warm_batches == []

def test_a_recurring_name_is_judged_once_a_run_and_reported_where_it_stands(tmp_path):
    glossary = glossary_from('[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\n'
                             'en = "Terrorism Confinement Center"\n')
    table = {"Center of Confinement of Terrorism": "Centro de Confinamiento de Terrorismo",
             "Kennedy Center": "Centro Kennedy"}
    docs = [Document(f"{n}.md", "Kast toured the Center of Confinement of Terrorism and the Kennedy Center.\n\n"
                                "The Center of Confinement of Terrorism is in Tecoluca.\n") for n in range(2)]
    for _ in range(2):   # a cold cache fills it, a warm one judges each document from it
        engine = TableEngine(table)
        ctx = Context(glossary=glossary, config=Config(select={"XL501"}),
                      engine=CachedEngine(engine, TranslationCache(tmp_path)))
        found = check_documents(docs, ctx)
    assert [(f.path, f.line, f.column) for f in found] == [("0.md", 1, 17), ("0.md", 3, 5), ("1.md", 1, 17), ("1.md", 3, 5)]
    assert engine.batches == [] and len(ctx.built.mt_verdicts) == 2


@requires_apertium
@pytest.mark.apertium
@pytest.mark.parametrize("select", [{"XL501"}, set()])
def test_seeds_report_both_renderings_of_cecot_once_deprecated_list_is_gone(apertium, cecot_without_deprecated,
                                                                             select):
    ctx = Context(glossary=cecot_without_deprecated, config=Config(select=select), engine=apertium)
    findings = [f for f in check_paths([SEEDS], ctx).findings if f.kind == "rendering" and "cecot" in f.message]
    assert {"Center of Confinement of Terrorism", "Detention Center Against Terrorism"} <= {f.text for f in findings}


@requires_apertium
@pytest.mark.apertium
def test_possessive_of_a_kept_spanish_name_is_not_a_rendering(apertium):
    glossary = glossary_from('[[concept]]\nid = "el-salvador"\nkeep_spanish = true\nes = "El Salvador"\n')
    assert run_xl501("Kast visited El Salvador’s mega-prison.\n", glossary, apertium) == []



@requires_apertium
@pytest.mark.apertium
def test_names_kept_as_they_are_are_never_machine_renderings(apertium):
    toml = ('[[concept]]\nid = "claudia"\nkeep_spanish = true\nes = "Claudia Fernández Salazar"\n\n'
            '[[concept]]\nid = "diego"\nes = "Diego Rodríguez Medina"\nen = "Diego Rodríguez Medina"\n')
    text = "Héctor Fernández Salazar and Álvaro Medina Rodríguez spoke to reporters on Monday.\n"
    assert run_xl501(text, glossary_from(toml), apertium) == []


@pytest.fixture
def read_only_cecot(tmp_path):
    """Loads a one-concept glossary file read-only, as a check does: a new Glossary each call."""
    from xlate.glossary import load_glossary
    path = tmp_path / "terms.toml"
    path.write_text('[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\n'
                    'en = "Terrorism Confinement Center"\n', encoding="utf-8")
    return lambda: load_glossary([path], read_only=True)


def test_a_read_only_glossarys_variants_and_indexes_are_kept_whole(read_only_cecot, monkeypatch):
    from xlate.rules import mt_indexes, mt_rendering
    table = {"Centro de Confinamiento del Terrorismo": "Center of Confinement of Terrorism"}
    text = "Kast toured the Center of Confinement of Terrorism.\n"
    first = run_xl501(text, read_only_cecot(), TableEngine(table))
    assert [f.text for f in first] == ["Center of Confinement of Terrorism"]
    for built in ("_variant_data", "_spanish_terms_by_word", "_concepts_by_english_word", "_concepts_by_english_term"):
        target = mt_rendering.MtRendering if built == "_variant_data" else mt_indexes
        monkeypatch.setattr(target, built, lambda *args: pytest.fail(f"{built} again"))
    assert run_xl501(text, read_only_cecot(), TableEngine(table)) == first


def test_verdicts_are_kept_for_the_next_run_over_a_read_only_glossary(read_only_cecot, monkeypatch):
    from xlate.rules import mt_rendering
    table = {"Center of Confinement of Terrorism": "Centro de Confinamiento de Terrorismo"}
    text = "Kast toured the Center of Confinement of Terrorism and the Kennedy Center.\n"
    first = run_xl501(text, read_only_cecot(), TableEngine(table))
    assert [f.text for f in first] == ["Center of Confinement of Terrorism"]
    monkeypatch.setattr(mt_rendering.MtRendering, "_confirmed_term", lambda *args: pytest.fail("judged again"))
    engine = TableEngine(table)
    assert run_xl501(text, read_only_cecot(), engine) == first
    assert engine.batches == []   # the names' verdicts and the glossary's variants were kept


def test_kept_verdicts_serve_only_the_similarity_they_were_judged_with(read_only_cecot):
    table = {"Center of Confinement of Terrorism": "Centro de Confinamiento de Migrantes"}   # Dice 0.67
    text = "Kast toured the Center of Confinement of Terrorism.\n"
    assert run_xl501(text, read_only_cecot(), TableEngine(table))
    strict = Config(select={"XL501"}, options={"XL501": {"similarity": 0.7}})
    ctx = Context(glossary=read_only_cecot(), config=strict, engine=TableEngine(table))
    assert check_documents([Document("doc.md", text, format="markdown")], ctx) == []
