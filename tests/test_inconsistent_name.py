from xlate.lint.steps import check_documents
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document


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


def test_a_possessive_counts_as_the_name_and_is_reported_where_it_stands():
    found = check(("a.txt", "Guards at Tecoluca met reporters. Tecoluca's mayor and Tecoluca’s police spoke."),
                  ("b.txt", "Reporters went to Tecolúca and then left the town by road."))
    [f] = found
    assert (f.path, f.line, f.column, f.end_column, f.suggestions) == ("b.txt", 1, 19, 27, ("Tecoluca",))
    assert "3 times" in f.message


def test_a_minority_form_is_reported_at_each_line_and_column():
    found = check(("a.txt", "Tecoluca is far.\nTecoluca is near.\nTecoluca is old."),
                  ("b.txt", "News from\nthe town of Tecolúca and of Tecolúca again."))
    assert [(f.line, f.column, f.end_column) for f in found] == [(2, 13, 21), (2, 29, 37)]


def test_accent_only_variants_of_function_words_opening_sentences_are_grammar():
    found = check(("a.txt", "Como dijo el ministro, la obra sigue. Como se sabe, nadie vino. Como era de esperar, llovió."),
                  ("b.txt", "¿Cómo has vivido estos años? Sí, dijo ella. Si no llueve, saldremos. Está claro."),
                  ("c.txt", "Esta semana el Tecoluca abrió. Viajamos a Tecoluca y a Tecolúca con la familia."))
    assert [(f.path, f.text) for f in found] == [("c.txt", "Tecolúca")]


def test_capitals_beside_capitals_are_a_headline_but_an_acronym_among_words_is_a_name():
    found = check(("a.txt", "HAPPY NEW YEAR from the New Year parade. A New Year wish.\n\n"
                            "PORT-AU-PRINCE, HAITI, 17 January\n\nHaiti voted. Haiti waits. The Cecot opened."),
                  ("b.txt", "It was an IT failure, officials said. It was late. The Cecot and CECOT and Cecot."))
    assert [(f.path, f.text) for f in found] == [("b.txt", "CECOT")]


def test_the_configured_severity_reaches_a_corpus_rule_finding():
    docs = [Document("a.txt", "Visitors to Tecoluca saw the prison. The road to Tecoluca was closed by police."),
            Document("b.txt", "The prison near Tecolúca was secured during the visit by the army.")]
    [f] = check_documents(docs, Context(config=Config(select={"XL104"}, severities={"XL104": "error"})))
    assert f.severity == "error"


def test_a_given_name_names_no_one_person_but_a_surname_and_a_name_alone_still_count():
    found = check(("a.txt", "The mayor, Víctor Quintanilla, spoke in Tecoluca. The tenor Victor Lindqvist sang in "
                            "Tecoluca. Victor Marsh left Tecoluca."),
                  ("b.txt", "Ana Tecolúca and Luis Peña Nieto spoke. Luis Peña Nieto thanked the crowd."),
                  ("c.txt", "Luis Pena Nieto came too, said the organisers of the dance."))
    assert sorted((f.path, f.text) for f in found) == [("b.txt", "Tecolúca"), ("c.txt", "Pena")]
