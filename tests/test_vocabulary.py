"""Per-distinct-word judgements (xlate/text/vocabulary.py): a class judges each word once per run,
whether a document's words are asked about together (among) or one word alone (holds)."""

from xlate.text.vocabulary import WordClass


def _counting_class(test):
    asked = []

    def judged(word):
        asked.append(word)
        return test(word)
    return WordClass(judged), asked


def test_holds_and_among_agree_and_judge_each_word_once():
    capitalised, asked = _counting_class(lambda word: word[:1].isupper())
    assert capitalised.holds("Lima") and not capitalised.holds("lima")
    assert capitalised.among(frozenset({"Lima", "lima", "Quito", "casa"})) == {"Lima", "Quito"}
    assert capitalised.holds("Quito") and not capitalised.holds("casa")
    assert sorted(asked) == ["Lima", "Quito", "casa", "lima"]


def test_a_word_asked_alone_is_not_judged_again_among_a_document():
    capitalised, asked = _counting_class(lambda word: word[:1].isupper())
    capitalised.holds("Lima")
    assert capitalised.among(frozenset({"Lima"})) == {"Lima"}
    assert asked == ["Lima"]
