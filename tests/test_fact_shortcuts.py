"""XL801's shortcuts on real text (issue 17) find what the plain reading finds: the paragraphs the
figure finders skip, and the statements the rule's ledger leaves out, would give it nothing."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from xlate.core.document import Document
from xlate.rules.facts import scopes
from xlate.rules.facts.ledger import document_figures
from xlate.rules.facts.mentions import common_word
from xlate.text.quantities import (DOZEN_WORDS, FRACTION_WORDS, ORDINAL_WORDS, dozens_in, fractions_in, one_time_in,
                                   ordinals_in, quantities_in)


def _every_paragraph_read(doc) -> list:
    """document_figures without its shortcuts: every finder on every paragraph."""
    figures = []
    for index, paragraph in enumerate(doc.paragraphs):
        start, end = paragraph.start, paragraph.end
        found = ([q for q in quantities_in(doc.prose, start, end, True, common_word) if q.unit not in scopes.MONTHS]
                 + dozens_in(doc.prose, start, end) + fractions_in(doc.prose, start, end)
                 + ordinals_in(doc.prose, start, end) + one_time_in(doc.prose, start, end)
                 + scopes.years(doc.prose, start, end) + scopes.days(doc.prose, start, end))
        if found:
            figures.append((index, paragraph, found))
    return figures


_FINDERS_WORDS = sorted(DOZEN_WORDS | FRACTION_WORDS | ORDINAL_WORDS)
_WORDS = st.one_of(
    st.sampled_from(_FINDERS_WORDS + ["a", "una", "la", "the", "of", "de", "since", "desde", "cut", "recorte", "cases",
                                      "casos", "doce", "twelve", "12", "12th", "2021", "in", "en", "un", "día",
                                      "for", "more than", "a day", "March 3", "26 de octubre", "people", "personas"]),
    st.sampled_from(_FINDERS_WORDS).map(lambda word: word.upper()),
    st.tuples(st.sampled_from(["one-", "x’", "3", "ab2", "", "O'"]), st.sampled_from(_FINDERS_WORDS),
              st.sampled_from(["’s", "-time", "2", "", ".", ","])).map("".join))   # words the finders' words stand in
_PARAGRAPHS = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PARAGRAPHS, min_size=1, max_size=5))
@example(["Half of the cases.", "Then x’half of the cases were closed."])   # a word holding the finder's word
@example(["La mitad de los casos.", "Y ab2mitad de los casos."])
@example(["The first day.", "Its o’ninth cut since March."])
def test_the_paragraphs_document_figures_skips_hold_no_figure(paragraphs):
    doc = Document.from_text("a.md", "\n\n".join(paragraphs))
    assert document_figures(doc) == _every_paragraph_read(doc)
