"""The helpers XL103, XL401 and XL501 stand on, each on its own: what a pattern's source requires,
the words around a suspect, the calque targets' index, the words that can mirror Spanish, XL501's
verdict store and glossary indexes."""

from __future__ import annotations

import pytest

from xlate.core.document import Document
from xlate.glossary.model import Concept, Glossary, Term
from xlate.rules import calque_targets, mt_verdicts
from xlate.rules.calque import target_parts, targets
from xlate.rules.calque_targets import TargetParts, letters
from xlate.rules.confusable_context import ContextReader, Surroundings, neighbour
from xlate.rules.context import Context
from xlate.rules.mirror_words import MirrorWords, mirror_seeds
from xlate.rules.mt_indexes import concepts_named_in, related_concepts
from xlate.rules.mt_verdicts import CandidateKey, Confirmation, Verdict, VerdictStore
from xlate.text.pattern_reading import WordClass, neighbour_words, pattern_cues


def concept(cid: str, es: str, en: str, category: str = "") -> Concept:
    return Concept(cid, [Term(es, "es", "preferred"), Term(en, "en", "preferred")], category=category)


CECOT = concept("cecot", "Centro de Confinamiento del Terrorismo", "Terrorism Confinement Center")


# --- xlate/text/pattern_reading.py ----------------------------------------------------------------

def test_a_patterns_cues_are_letters_every_match_holds():
    assert pattern_cues(r"more \w+ @") == frozenset({"more"})
    assert pattern_cues(r"(?:citing|quoting) @") == frozenset({"citing", "quoting"})
    assert pattern_cues(r"(?i)more @") is None            # case folded: lowercase prose tells nothing
    assert pattern_cues(r"(?:sight){e<=1} @") is None     # fuzzy matching needs no "sight"


def test_the_words_beside_the_marked_one_are_read_from_the_groups_next_to_it():
    assert neighbour_words(r"(?:para|con) @ (?:dijo|[.,;])") == (frozenset({"para", "con"}), frozenset({"dijo"}))
    assert neighbour_words(r"@ \w+") == (None, None)
    assert neighbour_words(r"a @|b @") == (None, None)     # a top-level "|": no word is required anywhere


def test_a_word_named_by_its_shape_after_the_marked_one_makes_a_word_class():
    before, after = neighbour_words(r"(?:que|y) @ (?:es|fue|\w{3,}(?<!domin)ó)\b")
    assert before == {"que", "y"} and isinstance(after, WordClass)
    assert "es" in after and "anunció" in after
    assert "gobierno" not in after and "dominó" not in after
    _, participle = neighbour_words(r"@ (?!(?:lado)\b)\w+(?:ado|ido)\b (?:el|la)")
    assert "firmado" in participle and "lado" not in participle and "casa" not in participle
    assert neighbour_words(r"@ \w+ado") == (None, None)               # at the pattern's end: may be part of a word
    assert neighbour_words(r"@ (?:de (?:la|su)|\w+ado)\b") == (None, None)   # an alternative of two words
    assert neighbour_words(r"@ .+ado\b") == (None, None)              # "." may match the space after the word


# --- xlate/rules/confusable_context.py --------------------------------------------------------------

def test_surroundings_are_worked_out_once_each():
    doc = Document("a.txt", "The rains could effect the harvest this year.", language_hint="en")
    i = doc.tokens.texts.index("effect")
    reader = ContextReader(doc)
    calls = []
    original = reader.window
    reader.window = lambda first, last, reach: calls.append((first, last, reach)) or original(first, last, reach)
    around = Surroundings(doc, reader, i)
    assert (around.before, around.after(1)) == ("could", "the")
    assert around.window(1) == around.window(1) == "the rains could @ the harvest this year ."
    assert around.window(1, reach=30) == around.window(1, reach=30)   # an entry's longer reach: once too
    assert calls == [(i, i, 8), (i, i, 30)]
    assert around.after(2) == neighbour(doc, i + 1, after=True) == "harvest"


# --- xlate/rules/calque_targets.py ------------------------------------------------------------------

def test_a_target_is_found_by_its_content_and_by_its_spanish_initials():
    index = targets(Glossary([CECOT, concept("bukele", "Nayib Bukele", "Nayib Bukele", "person")]))
    [target] = index.targets
    assert index.with_content(frozenset({"terrorism", "confinement", "center"}))[0].concept is CECOT
    assert [t.concept_id for t in index.with_initials(("center", "confinement", "terrorism"))] == ["cecot"]
    assert index.with_initials(("center", "terrorism")) == []       # two words: another signature


def test_parts_cross_into_the_cache_as_interned_plain_tuples():
    parts = target_parts(CECOT)
    assert isinstance(parts, TargetParts) and len(parts.spanish) == 1
    content, spanish, letter_keys = calque_targets._plain_parts(parts)
    assert type(content) is frozenset and type(spanish) is tuple and all(type(k) is str for k in letter_keys)
    assert {key.split("|")[0] for key in letter_keys} == {letters(parts.spanish[0])}
    assert calque_targets._plain_parts(None) is None


def test_a_changed_concept_gets_another_key():
    changed = concept("cecot", "Centro de Confinamiento del Terrorismo", "Terrorism Confinement Centre")
    assert calque_targets._concept_key(CECOT) != calque_targets._concept_key(changed)
    assert calque_targets._concept_key(CECOT) == calque_targets._concept_key(
        concept("cecot", "Centro de Confinamiento del Terrorismo", "Terrorism Confinement Center"))


# --- xlate/rules/mirror_words.py --------------------------------------------------------------------

def test_mirror_words_are_cognates_of_the_spanish_and_seeds_are_where_two_stand_together():
    words = MirrorWords({"centro", "confinamiento", "terrorismo"})
    assert words.is_cognate("confinement") and not words.is_cognate("harvest")
    doc = Document("a.txt", "A tour of the Center of Confinement of Terrorism today.", language_hint="en")
    assert words.shape(doc) == "x x k k c k c k c x"   # c: cognate, k: connector, x: other
    seeds = mirror_seeds(doc, words)   # each pair of cognates, and the content word before the first
    assert [doc.tokens.texts[s] for s in seeds] == ["tour", "Center", "Confinement"]
    assert mirror_seeds(doc, words) is seeds   # once per document


# --- xlate/rules/mt_verdicts.py ---------------------------------------------------------------------

@pytest.fixture
def kept(monkeypatch):
    """read_learned and keep_learned as one dict of plain tuples, as the cache would hold them."""
    store: dict = {}
    monkeypatch.setattr(mt_verdicts, "read_learned", lambda *args: dict(store))
    monkeypatch.setattr(mt_verdicts, "keep_learned", lambda name, glossary, code, learned, depends: store.update(learned))
    return store


def test_verdicts_cross_the_cache_as_plain_tuples_and_come_back_named(kept):
    key = CandidateKey("Center of Confinement", False, ())
    VerdictStore(Glossary([]), (), ()).keep({key: Verdict("Centro de Confinamiento", Confirmation("cecot", 0))})
    assert kept == {("Center of Confinement", False, ()): ("Centro de Confinamiento", ("cecot", 0))}
    assert all(type(k) is tuple and type(v) is tuple for k, v in kept.items())
    again = VerdictStore(Glossary([]), (), ())
    assert again[key] == Verdict("Centro de Confinamiento", Confirmation("cecot", 0))
    assert again[key].confirmed.concept_id == "cecot"


def test_a_damaged_kept_verdict_is_judged_again(kept):
    kept.update({("a", False, ()): ("x",), ("b", True): ("y", None), ("c", False, ()): ("z", None)})
    store = VerdictStore(Glossary([]), (), ())
    assert len(store) == 1 and store.get(CandidateKey("c", False, ())) == Verdict("z", None)


# --- xlate/rules/mt_indexes.py ----------------------------------------------------------------------

def test_related_concepts_are_looked_up_once_per_distinct_name():
    ctx = Context(glossary=Glossary([CECOT, concept("fgr", "Fiscalía General", "Attorney General's Office")]))
    content = frozenset({"terrorism", "center"})
    first, second, none = related_concepts(ctx, [content, content, frozenset({"harvest"})])
    assert first == ("cecot",) and first is second and none == ()
    assert concepts_named_in("the Terrorism Confinement Center today", ctx) == {"cecot"}


# --- what a run and a document compute once: typed, in one list each -----------------------------

def test_a_misspelt_analysis_is_an_error_not_a_second_copy():
    ctx, doc = Context(), Document("a.txt", "Hello there.", language_hint="en")
    assert ctx.shared("mt_related_ids", dict) is ctx.shared("mt_related_ids", dict)
    with pytest.raises(AttributeError):
        ctx.shared("mt-related-ids", dict)
    with pytest.raises(AttributeError):
        doc.derived.calque = []   # slots: only the declared analyses exist


def test_rules_are_made_once_per_run():
    from xlate.lint.steps import active_rules
    ctx = Context()
    first = active_rules(ctx)
    assert first and all(a is b for a, b in zip(first, active_rules(ctx)))
    assert active_rules(Context())[0] is not first[0]
