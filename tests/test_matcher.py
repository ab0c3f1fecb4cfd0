"""The term matcher reads the document's words, not a second split of the text: the tokens it keeps
(parts of hyphenated words, digit-led tokens, words a digit runs into) must match as a split into
TOKEN_RE tokens would."""

from __future__ import annotations

from conftest import glossary_from
from xlate.core.document import Tokens
from xlate.glossary.matcher import TermIndex

GLOSSARY = """
[[concept]]
id = "amendment"
en = "18th Amendment"

[[concept]]
id = "agenda"
en = "Agenda 2030"

[[concept]]
id = "prison"
en = "mega-prison"

[[concept]]
id = "party"
en = "People's Party"

[[concept]]
id = "th"
en = "th Party"
"""


def _found(text: str) -> list[str]:
    return [m.text for m in TermIndex(glossary_from(GLOSSARY)).find(text, Tokens.of(text))]


def test_digit_led_tokens_and_word_parts_are_matched():
    assert _found("the 18th Amendment, Agenda 2030 and a mega-prison") == ["18th Amendment", "Agenda 2030", "mega-prison"]
    assert _found("the People’s Party") == ["People’s Party"]


def test_a_word_a_digit_runs_into_is_no_token_of_its_own():
    assert _found("the 18th Party") == []          # the token is "18th", not "th"
    assert _found("the 18 th Party") == ["th Party"]


def test_a_token_no_term_holds_still_breaks_a_match():
    assert _found("Agenda 5 2030, mega-big-prison, 18th 7 Amendment") == []


def test_the_words_are_split_when_not_given():
    index = TermIndex(glossary_from(GLOSSARY))
    text = "Agenda 2030 and the 18th Amendment"
    assert index.find(text) == index.find(text, Tokens.of(text))


def test_matches_remembered_by_a_node_keep_their_gaps_and_spelling_apart():
    index = TermIndex(glossary_from(GLOSSARY))
    texts = ["a mega-prison", "a mega prison", "a Mega-Prison", "a mega-prison"]
    found = [[(m.text, m.entries[0].written) for m in index.find(text)] for text in texts]
    assert found == [[("mega-prison", "mega-prison")], [], [("Mega-Prison", "mega-prison")],
                     [("mega-prison", "mega-prison")]]


def test_walks_start_only_at_a_whole_term_or_a_first_key_followed_by_its_second():
    glossary = glossary_from('[[concept]]\nid = "house"\nen = "the upper house of Congress"\n\n'
                             '[[concept]]\nid = "state"\nen = "state"\n\n[[concept]]\nid = "police"\nen = "State Police"\n')
    text = "The house. The upper house of Congress. The upper chamber. State Police arrested state officials."
    assert [m.text for m in TermIndex(glossary).find(text)] == ["The upper house of Congress", "State Police", "state"]


def test_tokens_kept_for_another_index_change_no_match():
    other = TermIndex(glossary_from('[[concept]]\nid = "x"\nen = "Agenda big 18th People"\n'))
    texts = ["Agenda big 2030, the 18th Amendment, People big Party, People's Party, mega-prison",
             "Agenda 2030 big, the 18th big Amendment, a mega big prison, the People’s Party"]
    alone = TermIndex(glossary_from(GLOSSARY))
    sharing = TermIndex(glossary_from(GLOSSARY))
    sharing.share_tokens(other.known_keys())
    for text in texts:
        keyed = sharing.key_tokens(text, Tokens.of(text))
        assert sharing.find(text, Tokens.of(text)) == alone.find(text, Tokens.of(text))
        assert other.find(text, Tokens.of(text), keyed) == other.find(text, Tokens.of(text))
    assert "big" in keyed[3] and sharing.known_keys() == alone.known_keys()


def test_a_name_starting_after_an_article_wins_over_a_description_ending_inside_it():
    glossary = glossary_from('[[concept]]\nid = "acp"\nes = "Autoridad del Canal de Panamá"\nes_admitted = ["la autoridad"]\n'
                             'en = "Panama Canal Authority"\n\n[[concept]]\nid = "canal"\nes = "Canal de Panamá"\n')
    found = [(m.text, m.entries[0].concept.id) for m in TermIndex(glossary).find(
        "La Autoridad del Canal de Panamá informó. La autoridad dijo. La Autoridad de Transporte, el Canal de Panamá.")]
    assert found == [("Autoridad del Canal de Panamá", "acp"), ("La autoridad", "acp"), ("La Autoridad", "acp"),
                     ("Canal de Panamá", "canal")]


def test_each_word_keeps_the_key_tokens_its_parts_fold_to():
    """Words learnt in bulk (the plain ones folded as fold folds them, lowercase for ASCII) keep the
    key tokens the parts between joiners fold to, as each word taken alone would."""
    from xlate.glossary.matcher import _WORD_JOINER_RE, fold_token
    index = TermIndex(glossary_from(GLOSSARY + '\n[[concept]]\nid = "pais"\nes = "El País"\n'))
    words = {"PARTY", "Party", "País", "PAÍS", "pais", "People's", "People’s", "mega-prisons", "mega-prison",
             "Amendment", "th", "18th", "Agenda", "Ñandú", "ﬁle", "Straße", "word", "K", "İstanbul"}
    index._learn(words)
    assert {"PARTY", "Party", "País", "PAÍS", "pais", "Agenda", "th"} <= index._key_words
    assert {"People's", "People’s", "mega-prison"} <= index._split_words
    for word in words:
        parts, offset = [], 0
        for part in _WORD_JOINER_RE.split(word):
            if fold_token(part) in index._token_keys:
                parts.append((offset, part))
            offset += len(part) + 1
        assert index._word_keys[word] == tuple(parts), word
        assert (word in index._key_words) == (parts == [(0, word)]), word
        assert all(index._folded[part] == fold_token(part) for _, part in parts), word
