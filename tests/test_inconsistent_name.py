from xlate.check import check_documents
from xlate.config import Config
from xlate.context import Context
from xlate.document import Document


def check(*texts_by_path):
    docs = [Document(path, text) for path, text in texts_by_path]
    return check_documents(docs, Context(config=Config(select={"XL104"})))


def test_minority_form_points_at_majority_across_files():
    found = check(("a.txt", "Visitors to Tecoluca saw the prison. The road to Tecoluca was closed by police."),
                  ("b.txt", "The prison near Tecolúca was secured during the visit by the army."))
    [f] = found
    assert (f.path, f.text, f.suggestions) == ("b.txt", "Tecolúca", ("Tecoluca",))
    assert "2 times" in f.message


def test_ties_are_not_reported():
    assert check(("a.txt", "They went to CECOT and then to Cecot again, the report says in full.")) == []


def test_names_compare_within_one_language():
    found = check(("en.txt", "The president of Mexico spoke in Mexico City about the economy of the region."),
                  ("es.txt", "El presidente de México habló en la capital de México sobre la economía de la región."))
    assert found == []


def test_all_caps_headlines_are_not_spelling():
    found = check(("a.txt", "TECOLUCA PRISON VISIT ENDS\nThe prison in Tecoluca held the visit of Tecoluca officials."))
    assert found == []
