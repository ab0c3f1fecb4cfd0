"""XL401's learnt evidence beside the patterns: where no context pattern of an entry decides, the
model learnt from correct text (xlate/data/confusion-model-LANG.tsv.gz) may, read only where a
neighbour is one of its cues (Spanish; English entries whose word pairs are off, read as English
learnt evidence is); and English learnt evidence's own reading (edges, names). Each wrong case is
missed with the learnt evidence off, so none of these can pass by the patterns alone."""

from __future__ import annotations

import pytest

import xlate.rules.confusable as confusable
from xlate.core.document import Document
from xlate.rules.confusable import Confusable401
from xlate.rules.context import Context

WRONG = [
    ("La guía describe como funciona la red eléctrica.", "como", "cómo"),
    ("La guía da una breve descripción sobre como configurar el correo.", "como", "cómo"),
]
RIGHT = [
    "Pero como demuestran las cifras, el paro sigue creciendo.",
    "Como dijo el ministro, la economía crecerá este año.",
    "Este proyecto fue aprobado por el pleno municipal.",
    "Como salen de la misma universidad, los jueces piensan igual.",    # no "¿": "since", no question
    "La guía da una breve descripción sobre (como configurar) el correo.",   # a mark before: not read
    "La guía explica como Configurar el correo en su manual.",             # a name after: not read
]


def findings(sentence: str, language: str = "es") -> list[tuple[str, str]]:
    doc = Document("nota.md", sentence, language_hint=language)
    return [(f.text, f.suggestions[0]) for f in Confusable401().check(doc, Context())]


@pytest.fixture
def learnt_off(monkeypatch):
    for language in ("es", "en"):
        monkeypatch.setitem(confusable.BARS, language, confusable.BARS[language]._replace(beside_patterns=False))
    confusable.learnt_directions.cache_clear()
    yield
    confusable.learnt_directions.cache_clear()


@pytest.fixture
def patterns_off(monkeypatch):
    """No context pattern decides: what is left is the evidence that needs none."""
    monkeypatch.setattr(confusable.Confusable, "decides", lambda self, window: False)


@pytest.mark.parametrize("sentence, wrong, right", WRONG)
def test_the_learnt_model_decides_where_no_pattern_does(sentence, wrong, right):
    assert findings(sentence) == [(wrong, right)]


@pytest.mark.parametrize("sentence, wrong, right", WRONG)
def test_without_it_the_patterns_miss_them(sentence, wrong, right, learnt_off):
    assert findings(sentence) == []


@pytest.mark.parametrize("sentence", RIGHT)
def test_correct_uses_stay_clean(sentence):
    assert findings(sentence) == []


def test_a_sentence_without_a_question_mark_opens_with_no_interrogative(monkeypatch):
    sentence = "Como configurar la red se explica en la guía."
    assert findings(sentence) == []
    monkeypatch.setitem(confusable.BARS, "es", confusable.BARS["es"]._replace(interrogatives=frozenset()))
    assert findings(sentence) == [("Como", "Cómo")]      # what the model alone says at a sentence's start


def test_the_screen_reads_only_words_whose_neighbours_are_cues():
    text = "El ministro dijo que el plan sigue. Nadie sabe como se pagará la obra."
    doc = Document("nota.md", text, language_hint="es")
    places: dict[str, list[int]] = {}
    for i, word in enumerate(doc.tokens.texts):
        if word in confusable.confusables_with_sound_alikes():      # the check's suspects
            places.setdefault(word, []).append(i)
    read = [doc.tokens.texts[i] for i in confusable.learnt_suspects(doc, places)]
    assert read == ["como"]       # "El", "el" and "se" lean to the article and the pronoun here


class _AlwaysFinds:
    """A model that finds the other word meant wherever it is asked: what is left is learnt_evidence's own reading."""
    def weighs(self, written, right):
        return True

    def may_favour(self, written, right, left, following):
        return True

    def margin_at(self, *args):
        return 10.0

    def finds(self, written, right, margin, odds=0.0):
        return True


@pytest.mark.parametrize("sentence, read", [
    ("Voters in the north said they're labour at heart.", True),
    ("Voters in the north said they're Labour at heart.", False),     # a name: read lowercased, it is a noun
    ("The plan worked better then I expected.", True),                 # "I" is no name
])
def test_english_learnt_evidence_is_not_read_before_a_name(sentence, read, monkeypatch):
    monkeypatch.setattr(confusable, "confusion_model", lambda language: _AlwaysFinds())
    monkeypatch.setattr(confusable, "word_pair_odds", lambda *args: 0.0)
    doc = Document("note.md", sentence, language_hint="en")
    i = next(n for n, word in enumerate(doc.tokens.texts) if word in ("they're", "then"))
    entry = next(e for e in confusable.confusables_with_sound_alikes()[doc.tokens.texts[i]] if e.language == "en")
    form, right, size = next(iter(entry.forms_starting(doc.tokens.texts[i])))
    before, after = doc.tokens.texts[i - 1].lower(), doc.tokens.texts[i + 1].lower()
    assert confusable.learnt_evidence(doc, i, size, form, right, before, after, entry) is read


@pytest.mark.parametrize("sentence, word, read", [
    ("Their were long queues outside the polling stations.", "Their", True),     # a sentence's start
    ("The senator, who's son was arrested, resigned.", "who's", True),           # a clause's, after a comma
    ("The cost of rice rose more then 12 percent in a year.", "then", True),     # a figure after it
    ("The end of the war is not yet in site, the envoy said.", "site", True),    # a clause's end after it
    ('The word "then" is often misused in headlines.', "then", False),          # quoted: a mention
    ("Nobody knew what would happen then.", "then", False),                     # a sentence's end
    ("The vote (then postponed) was held in May.", "then", False),              # a bracket
])
def test_english_learnt_evidence_reads_the_edges_the_model_learnt(sentence, word, read, monkeypatch):
    monkeypatch.setattr(confusable, "confusion_model", lambda language: _AlwaysFinds())
    monkeypatch.setattr(confusable, "word_pair_odds", lambda *args: 0.0)
    doc = Document("note.md", sentence, language_hint="en")
    i = doc.tokens.texts.index(word)
    entry = next(e for e in confusable.confusables_with_sound_alikes()[word] if e.language == "en")
    form, right, size = next(iter(entry.forms_starting(word.lower())))
    before, after = confusable.neighbour(doc, i - 1), confusable.neighbour(doc, i, after=True)
    assert confusable.learnt_evidence(doc, i, size, form, right, before, after, entry) is read


@pytest.mark.parametrize("sentence, wrong, right", [
    ("Their were no doctors at the hospital on Sunday.", "Their", "There"),
    ("The cost of rice rose more then 12 percent in a year.", "then", "than"),
    ("The coach paid his rivals a complement, saying they had played better.", "complement", "compliment"),
])
def test_the_english_model_decides_at_an_edge_without_the_patterns(sentence, wrong, right, patterns_off):
    assert findings(sentence, "en") == [(wrong, right)]


# English entries whose word pairs are off (evidence = 0): the model decides beside their patterns
# (what it finds, or None where the use is right)
ENGLISH = [
    ("Its too early to say what the new budget will do for farmers.", ("Its", "It's")),
    ("The strike had a lasting affect on the port.", ("affect", "effect")),
    ("Its board met on Monday to approve the budget.", None),
    ("The company said its profits fell sharply.", None),
    ("The drug can affect mood and memory.", None),
]


@pytest.mark.parametrize("sentence, found", ENGLISH)
def test_the_english_model_decides_beside_patterns_that_did_not(sentence, found, patterns_off):
    assert findings(sentence, "en") == ([found] if found else [])


@pytest.mark.parametrize("sentence", [sentence for sentence, found in ENGLISH if found])
def test_without_it_english_entries_without_word_pairs_miss_them(sentence, patterns_off, learnt_off):
    assert findings(sentence, "en") == []      # the right ones are clean either way: the test above
