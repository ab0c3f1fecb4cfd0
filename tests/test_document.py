import pytest

from xlate.core.document import WORD_RE, Document, Tokens, language_from_name
from xlate.text.vocabulary import WordClass


def test_positions_are_one_based_code_points():
    doc = Document("a.txt", "Ñandú\nEl País é\n")
    offset = doc.text.index("é")
    assert doc.position(offset) == (2, 9)


def test_markdown_non_prose_is_blanked_but_offsets_kept():
    text = ("---\ntitle: Cecot\n---\nSee `Cecot` and https://example.com/Cecot and <!-- Cecot -->.\n"
            "```\nCecot\n```\n[Cecot link](https://x.org/Cecot) text\n")
    doc = Document("a.md", text, format="markdown")
    assert len(doc.prose) == len(text)
    assert [w.text for w in doc.words if w.text == "Cecot"] == ["Cecot"]   # only the link text
    assert doc.prose.count("\n") == text.count("\n")


def test_crlf_keeps_columns():
    doc = Document("a.txt", "one\r\ntwo words\r\n")
    w = [w for w in doc.words if w.text == "words"][0]
    assert doc.position(w.start) == (2, 5)


def test_language_per_paragraph():
    text = ("The president said that the prison is the largest in the region.\n\n"
            "El presidente dijo que la cárcel es la más grande de la región y que no habrá cambios.")
    doc = Document("a.txt", text)
    assert [p.language for p in doc.paragraphs] == ["en", "es"]


def test_language_from_hugo_style_names():
    assert language_from_name("story.es.md") == "es" and language_from_name("story.md") is None


def test_sentence_start():
    doc = Document("a.txt", "He left. “Then he came back,” she said")
    assert doc.is_sentence_start(doc.text.index("Then")) and not doc.is_sentence_start(doc.text.index("she"))


def test_inline_code_never_spans_paragraphs():
    text = "A stray ` backtick here.\n\nThe value is greater then zero.\n\nAnother ` one.\n"
    doc = Document("a.md", text, format="markdown")
    assert "greater then zero" in doc.prose


@pytest.mark.parametrize("wanted", [set(), {"the"}, {"the", "cat"}, {"cat", "the", "sat"}, {"dog"}, {"the", "dog"}])
@pytest.mark.parametrize("bounds", [(), (0, 9), (2, 7), (3, 3), (9, 40)])
def test_indices_of_a_few_words_and_of_many_agree(wanted, bounds):
    tokens = Tokens.of("the cat sat on the mat; the cat ate the rat")
    lo, hi = (bounds + (0, len(tokens)))[:2]
    expected = [i for i in range(lo, min(hi, len(tokens))) if tokens.texts[i] in wanted]
    assert tokens.indices_of(wanted, *bounds) == expected   # a few words: one list.index scan each
    assert tokens.indices_of(frozenset(wanted) | {"x1", "x2", "x3"}, *bounds) == expected   # many: one pass


def test_tokens_are_the_words_with_their_offsets_and_the_gaps_between():
    text = "Kast’s visit, 1990s-era — co-operate\n\nx"
    tokens = Tokens.of(text)
    assert list(zip(tokens.starts, tokens.ends, tokens.texts)) == [
        (m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    assert tokens.texts == ["Kast’s", "visit", "s-era", "co-operate", "x"]
    assert tokens.gaps == [" ", ", 1990", " — ", "\n\n"]
    assert tokens.between(6, 36) == (1, 4)          # "visit" .. "co-operate"
    assert tokens.between(6, 30) == (1, 3)          # a word cut by the end is not inside
    assert tokens.indices_of({"visit", "x"}) == [1, 4]
    assert tokens.shape({"Kast’s": "N", "visit": "o", "s-era": "o", "co-operate": "o", "x": "o"}) == "N o|o|o|o"
    assert Tokens.of("").texts == [] and Tokens.of("").shape({}) == ""


def test_a_word_class_asks_its_test_once_per_distinct_word():
    asked = []
    capitalised = WordClass(lambda word: asked.append(word) or word[:1].isupper())
    assert capitalised.among(frozenset({"Kast", "visit", "Bukele"})) == {"Kast", "Bukele"}
    assert capitalised.among(frozenset({"Kast", "prison"})) == {"Kast"}
    assert sorted(asked) == ["Bukele", "Kast", "prison", "visit"]


def test_stretches_of_consecutive_paragraphs_in_a_language():
    english = "The president said that the prison is the largest in the region."
    spanish = "El presidente dijo que la cárcel es la más grande de la región y que no habrá cambios."
    text = "\n\n".join([english, english, spanish, english])
    doc = Document("a.txt", text)
    paragraphs = doc.paragraphs
    assert list(doc.stretches()) == [("en", paragraphs[0].start, paragraphs[1].end),
                                     ("es", paragraphs[2].start, paragraphs[2].end),
                                     ("en", paragraphs[3].start, paragraphs[3].end)]
    assert doc.paragraph_index(paragraphs[2].start + 3) == 2 and doc.paragraph_index(0) == 0


def test_paragraph_language_is_scored_as_its_text_would_be():
    from xlate.text.language import decide, language_scores
    text = ("İstanbul: the mayor said that the city is on the list.\n\n"
            "The well-known case of the 1990s, as it's told.\n\n"
            "El alcalde dijo que la ciudad no está en la lista.")
    doc = Document("a.txt", text)
    assert [p.language for p in doc.paragraphs] == [decide(*language_scores(text[p.start:p.end])) for p in doc.paragraphs]


def test_text_in_capitals_is_a_heading_line_or_a_datelines_place_name():
    text = ("MAYOR VISITS THE PRISON\r\n"          # a heading, with a Windows line end
            "CULIACÁN, Mexico — The mayor spoke.\n"  # a dateline: only the place name
            "LIMA (AP) — Police said so.\n"
            "NO CAPS\n"                             # too few letters for a heading
            "The END, said nobody.\n")
    doc = Document("a.txt", text)
    inside = [word for word in ("MAYOR", "PRISON", "CULIACÁN", "LIMA") if doc.in_capitals(text.index(word))]
    outside = [word for word in ("Mexico", "AP", "Police", "NO", "END") if doc.in_capitals(text.index(word))]
    assert (inside, outside) == (["MAYOR", "PRISON", "CULIACÁN", "LIMA"], [])
    assert Document("b.txt", "The mayor spoke.\nAnd left.").capital_spans == ([], [])


def test_the_latin_word_split_agrees_with_the_general_one_on_every_latin_character():
    from xlate.core.document import _BEYOND_LATIN_RE, _LATIN_WORD_SPLIT_RE, _WORD_SPLIT_RE
    latin = [chr(c) for c in range(0x2100) if not _BEYOND_LATIN_RE.match(chr(c))]
    assert len(latin) > 700
    for c in latin:   # each character as a word's start, inside it, and after a joiner
        text = f"{c} a{c}b {c}x-{c}y a'{c} 1{c}2 _{c}_"
        assert _LATIN_WORD_SPLIT_RE.split(text) == _WORD_SPLIT_RE.split(text), repr(c)


def test_text_beyond_latin_is_split_by_the_general_pattern():
    decomposed = "Me\u0301xico y Bogota\u0301 x\u00b2 Ωmega"   # combining accents, a superscript, Greek
    assert Tokens.of(decomposed).texts == ["Me\u0301xico", "y", "Bogota\u0301", "x", "Ωmega"]
    assert Tokens.of("López-Obrador’s 18th don't foo_bar").texts == ["López-Obrador’s", "th", "don't", "foo", "bar"]


def test_web_addresses_are_masked_in_any_case():
    text = "See WWW.Example.com/Cecot and www.example.org today."
    doc = Document("a.txt", text)
    assert "Example" not in doc.prose and "example" not in doc.prose
    assert doc.prose.startswith("See ") and doc.prose.endswith(" today.")
