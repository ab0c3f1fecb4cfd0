"""Finding bilingual pairs by name and aligning their paragraphs."""

from xlate.core.config import DEFAULT_PAIRS
from xlate.core.document import Document
from xlate.core.pairs import Pair, aligned_paragraphs
from xlate.lint.pairing import counterpart, find_pairs


def doc(path, *paragraphs):
    return Document(path, "\n\n".join(paragraphs) + "\n", format="markdown")


def test_hugo_names_pair_up_beside_each_other():
    assert counterpart("content/post/visita.es.md", DEFAULT_PAIRS) == "content/post/visita.en.md"
    assert counterpart("content/post/visita.en.md", DEFAULT_PAIRS) is None
    assert counterpart("notes.es.txt", DEFAULT_PAIRS) == "notes.en.txt"


def test_folder_patterns_pair_per_language_trees():
    patterns = [("es/{name}.md", "en/{name}.md")]
    assert counterpart("content/es/2024/visita.md", patterns) == "content/en/2024/visita.md"
    assert counterpart("content/eses/visita.md", patterns) is None


def test_find_pairs_needs_both_sides_and_takes_explicit_pairs():
    es, en, lone, other = doc("a.es.md", "Hola."), doc("a.en.md", "Hi."), doc("b.es.md", "Sí."), doc("x.md", "Yes.")
    assert [(p.spanish.path, p.english.path) for p in find_pairs([es, en, lone], DEFAULT_PAIRS)] == \
        [("a.es.md", "a.en.md")]
    explicit = find_pairs([lone, other], DEFAULT_PAIRS, [("b.es.md", "x.md")])
    assert [(p.spanish.path, p.english.path) for p in explicit] == [("b.es.md", "x.md")]


def test_same_paragraph_count_aligns_one_to_one():
    pair = Pair(doc("a.es.md", "Uno.", "Dos.", "Tres."), doc("a.en.md", "One.", "Two.", "Three."))
    aligned = aligned_paragraphs(pair)
    assert [(a.spanish.start, a.english.start, len(a.nearby)) for a in aligned] == [(0, 0, 1), (6, 6, 1), (12, 12, 1)]


def test_different_counts_align_by_position_with_neighbours():
    pair = Pair(doc("a.es.md", "Uno uno.", "Dos dos.", "Tres tres.", "Cuatro."),
                doc("a.en.md", "One one.", "Two two and three three.", "Four."))
    english = pair.english.paragraphs
    aligned = aligned_paragraphs(pair)
    assert [english.index(a.english) for a in aligned] == [0, 1, 1, 2]
    assert aligned[0].nearby == tuple(english[:2])


class TableEngine:
    """A stand-in engine whose 'translation' is the English text of a lookup table."""

    table = {"Uno.": "One.", "Dos.": "Two.", "Tres.": "Three."}

    def translate(self, segments, src, tgt):
        return [self.table.get(s.strip(), s) for s in segments]


def test_with_an_engine_paragraphs_align_by_translation_similarity():
    pair = Pair(doc("a.es.md", "Uno.", "Tres."), doc("a.en.md", "One.", "Two.", "Three."))
    aligned = aligned_paragraphs(pair, TableEngine())
    english = pair.english.paragraphs
    assert [english.index(a.english) for a in aligned] == [0, 2]
