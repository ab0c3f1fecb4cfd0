"""Issue 21, H5: glossary lint (and so add, edit, deprecate and import, which lint before and after a
change) compared every pair of concepts: 2,000 concepts took 52 s. The pair checks now go through
indexes; they must report exactly what the pairwise definitions below report."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings, strategies as st

from xlate.glossary import lint as glossary_lint
from xlate.glossary.model import Concept, Term, fold
from xlate.rules.glossary_lint import lint_concepts

CODES = ("XL901", "XL902", "XL903", "XL907")


def _pairwise(concepts):
    """The pairwise definitions of XL901, XL902, XL903 and XL907, as (code, concept id, text) triples."""
    dup = glossary_lint.duplicates
    found = []
    for a, b in combinations(concepts, 2):
        if dup(a, b):
            found.append(("XL901", b.id, b.id))
            continue
        for term in b.terms_in("es", "preferred") + b.terms_in("en", "preferred"):
            if any(t.text == term.text for t in a.terms_in(term.lang, "preferred")):
                found.append(("XL902", b.id, term.text))
        for bad, good in ((a, b), (b, a)):
            for term in bad.terms_in("es", "deprecated") + bad.terms_in("en", "deprecated"):
                if any(t.text == term.text for t in good.terms_in(term.lang, "preferred")):
                    found.append(("XL903", bad.id, term.text))
        for term in glossary_lint._checked_terms(b):
            if any(t.lang == term.lang and t.text != term.text and fold(t.text) == fold(term.text)
                   for t in glossary_lint._checked_terms(a)):
                found.append(("XL907", b.id, term.text))
                break
    return sorted(found)


_words = st.sampled_from(["Uno", "uno", "Úno", "Dos", "dos", "Tres"])
_terms = st.lists(st.tuples(_words, st.sampled_from(["es", "en"]), st.sampled_from(["preferred", "admitted", "deprecated"])),
                  min_size=1, max_size=4)
_glossaries = st.lists(st.tuples(st.sampled_from(["c1", "c2", "c3", "c4"]), _terms), max_size=7)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(_glossaries)
def test_H5_indexed_pair_checks_report_what_the_pairwise_ones_do(rows):
    concepts = [Concept(cid, [Term(text, lang, status, "term") for text, lang, status in terms], source=f"g.toml:{n}")
                for n, (cid, terms) in enumerate(rows, 1)]
    found = sorted((f.code, _id_of(f, concepts), f.text) for f in lint_concepts(concepts) if f.code in CODES)
    assert found == _pairwise(concepts)


def _id_of(finding, concepts):
    return next(c.id for c in concepts if f"g.toml:{finding.line}" == c.source)


def test_H5_twenty_thousand_concepts_lint():
    """20,000 concepts: hours pairwise (200 million pairs); the indexes see each term a few times."""
    concepts = [Concept(f"c{n}", [Term(f"palabra {n}", "es", "preferred", "term"), Term(f"word {n}", "en", "preferred", "term")],
                        source=f"g.toml:{n}") for n in range(20_000)]
    concepts.append(Concept("extra", [Term("palabra 5", "es", "preferred", "term")], source="g.toml:20001"))
    found = [(f.code, f.text) for f in lint_concepts(concepts) if f.code in CODES]
    assert found == [("XL902", "palabra 5")]
