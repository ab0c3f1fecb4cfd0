"""The TOML writer edits the user's file in place: unchanged concepts stay byte for byte."""

from conftest import SHIPPED_GLOSSARY
from xlate.glossary import native
from xlate.glossary.model import Term


def test_rewriting_the_shipped_glossary_unchanged_changes_nothing():
    text = (SHIPPED_GLOSSARY / "es-en.toml").read_text(encoding="utf-8")
    assert native.update(text, native.parse(text, "g")) == text


def test_an_edit_touches_only_its_concept():
    text = (SHIPPED_GLOSSARY / "es-en.toml").read_text(encoding="utf-8")
    concepts = native.parse(text, "g")
    concepts[1].terms.append(Term("mega jail", "en", "deprecated", note="slang"))
    new = native.update(text, concepts)
    added = [line for line in new.splitlines() if line not in text.splitlines()]
    assert added == ['en_deprecated = [{term = "mega jail", note = "slang"}]']


def test_removed_concepts_are_dropped():
    text = (SHIPPED_GLOSSARY / "es-en.toml").read_text(encoding="utf-8")
    concepts = native.parse(text, "g")
    assert [c.id for c in native.parse(native.update(text, concepts[1:]), "g")] == [c.id for c in concepts[1:]]
