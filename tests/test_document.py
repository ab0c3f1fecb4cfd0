from xlate.document import Document, language_from_name


def test_positions_are_one_based_code_points():
    doc = Document("a.txt", "Ñandú\nEl País é\n")
    offset = doc.text.index("é")
    assert doc.position(offset) == (2, 9)


def test_markdown_non_prose_is_blanked_but_offsets_kept():
    text = ("---\ntitle: Cecot\n---\nSee `Cecot` and https://example.com/Cecot and <!-- Cecot -->.\n"
            "```\nCecot\n```\n[Cecot link](https://x.org/Cecot) text\n")
    doc = Document("a.md", text, markdown=True)
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
    doc = Document("a.md", text, markdown=True)
    assert "greater then zero" in doc.prose
