"""XL301 typo: non-words in English and Spanish copy, and everything that only looks like one."""

import unicodedata

from conftest import SEEDS, run_rules, texts

from xlate.lint.steps import check_documents
from xlate.rules import typo
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document

CELLBLOK_TOML = '''
[[concept]]
id = "cellblok"
en = "cellblok"
es = "pabellón"
'''


def typos(text: str, **kwargs) -> list:
    return run_rules(text, "XL301", **kwargs)


def test_misspelling_with_ranked_suggestion():
    [f] = typos("Bukele has been criticzed for rounding up journalists as well as gang members.")
    assert (f.code, f.kind, f.severity, f.text) == ("XL301", "typo", "warning", "criticzed")
    assert f.suggestions[0] == "criticized"
    assert f.message == '"criticzed" is not a word; did you mean "criticized"?'


def test_sentence_initial_typos_still_count():
    [f] = typos("The prisons are full. Teh president said so on Friday.")
    assert (f.text, f.suggestions[0]) == ("Teh", "The")


def test_sentence_initial_name_written_mid_sentence_elsewhere_is_fine():
    assert typos("Kast toured the prison on Friday. The president met Kast in the capital.") == []


def test_names_mid_sentence_are_fine():
    text = ("The president, Nayib Bukele, met Kast in Tecoluca about the Mara Salvatrucha, as Chilevisión, "
            "Volker Türk of the OHCHR and Socorro Jurídico reported.")
    assert typos(text) == []


def test_accented_words_in_english_copy_are_foreign_names():
    assert typos("Bogotá is far from the coast. São Paulo is farther, the mayor said.") == []


def test_the_seed_corpus_has_exactly_one_typo():
    docs = [Document.from_path(path) for path in sorted(SEEDS.glob("*.txt"))]
    findings = check_documents(docs, Context(config=Config(select={"XL301"})))
    assert texts(findings) == ["criticzed"]


def test_spanish_paragraph_gets_spanish_suggestions():
    text = "El gobierno dijo que la carcel tendra capacidad para miles de presos y que tambien habrá más guardias."
    found = {f.text: f.suggestions[0] for f in typos(text)}
    assert found == {"carcel": "cárcel", "tendra": "tendrá", "tambien": "también"}


def test_project_words_are_not_typos():
    text = "Bukele has been criticzed for rounding up journalists as well as gang members."
    assert typos(text, words={"criticzed"}) == []


def test_glossary_terms_are_not_typos():
    text = "The inmates of each cellblok are kept in isolation without visitors or time outdoors."
    assert texts(typos(text)) == ["cellblok"]
    assert typos(text, toml=CELLBLOK_TOML) == []


def test_possessives_and_contractions_with_either_apostrophe():
    text = "Bukele’s prisons weren’t built in a day, and Chile's president-elect didn't say it’s over for the gangs."
    assert typos(text) == []


def test_misspelled_possessive_reports_the_word_only():
    [f] = typos("The prisom’s walls are high and the guards are armed, the report says.")
    assert (f.text, f.suggestions[0]) == ("prisom", "prison")


def test_hyphenated_compounds_of_known_words_are_fine_and_a_bad_part_is_reported():
    assert typos("He toured the mega-prison where inmate-on-inmate violence is rare, the far-right leader said.") == []
    [f] = typos("He toured the mega-prisom where the inmates are held, the far-right leader said.")
    assert (f.text, f.suggestions[0]) == ("prisom", "prison")


def test_acronyms_digits_numerals_and_truncations_are_not_checked():
    text = "The CECOTT holds MS13 members under clause iii, accusations by internati… the report said."
    assert typos(text) == []


def test_lowercase_spanish_in_english_copy_is_not_a_typo():
    assert typos("The government defended its mano dura policy in the region and the press.") == []


def test_a_lone_spanish_word_that_is_an_english_word_with_two_letters_swapped_is_a_typo():
    [f] = typos("The court said it would procede with the case on Monday.")
    assert (f.text, f.suggestions) == ("procede", ("proceed",))
    assert f.message == '"procede" is Spanish, not an English word; did you mean "proceed"?'
    assert untranslated_too("The court said it would procede with the case on Monday.") == []


def test_a_swapped_looking_word_of_a_spanish_phrase_or_a_short_one_is_no_typo():
    phrase = "The judge said the tribunal procede con la demanda contra el gobierno, officials said."
    assert typos(phrase) == [] and texts(untranslated_too(phrase)) == ["procede con la demanda contra el gobierno"]
    assert typos("The party will vote por Bukele on Sunday, its leaders said.") == []   # por / pro


def untranslated_too(text: str) -> list:
    return run_rules(text, "XL202")


def test_code_and_urls_are_not_prose():
    assert typos("See `criticzed` and https://example.org/criticzed for the details of the case.", path="a.md") == []


def test_rare_but_real_words_the_dictionary_lacks_are_not_typos():
    assert typos("The narcos crossed the border, officials said on Friday.") == []
    assert typos("Los líderes del cártel quieren controlar los ductos del norte, dijo el gobierno.") == []


def test_misspellings_common_enough_to_be_counted_are_still_typos():
    text = "Teh police said thier search of the house had criticzed sentance after sentance."
    assert texts(typos(text)) == ["Teh", "thier", "criticzed", "sentance", "sentance"]


def test_accents_left_out_are_typos_even_at_the_start_of_a_sentence():
    text = "El gobierno dijo que la cárcel está llena. Ademas, los presos no tienen visitas despues del juicio."
    assert {f.text: f.suggestions[0] for f in typos(text)} == {"Ademas": "Además", "despues": "después"}


def test_without_wordfreq_rare_words_are_reported(monkeypatch):
    monkeypatch.setattr(typo, "load_usage", lambda lang: None)
    assert texts(typos("The narcos crossed the border, officials said on Friday.")) == ["narcos"]


def test_accents_left_out_are_typos_when_the_best_suggestion_is_another_word():
    [f] = typos("El gobierno dijo que habia más presos que nunca en las cárceles del país.")
    assert (f.text, "había" in f.suggestions) == ("habia", True)


def test_capitalised_word_of_the_other_language_opening_a_line_is_not_a_typo():
    text = ("CARACAS (Wire) — El Consejo Nacional Electoral anunció que las elecciones se celebrarán en "
            "julio, según un comunicado que fue leído por su presidente.")
    assert [f for f in run_rules(text, "XL301") if f.text == "Wire"] == []


def test_spanish_accent_omission_in_a_feminine_form_is_a_typo():
    text = "La crisis politica y la situación economica del país preocupan a los votantes, según la encuesta."
    assert texts(run_rules(text, "XL301")) == ["politica", "economica"]


def test_misspellings_the_word_lists_hold_are_typos_too():
    [f] = typos("The talks will continue untill March, the minister said.")
    assert (f.text, f.suggestions) == ("untill", ("until",))
    [f] = typos("Untill March, the talks continue.")
    assert f.suggestions == ("Until",)
    assert typos("As is his wont, he spoke last; the wether grazed on the hill.") == []


def test_decomposed_accents_are_the_same_foreign_letters():
    composed = "The minister met reporters at the Café Tortoni in Buenos Aires."
    decomposed = unicodedata.normalize("NFD", composed)
    assert typos(composed) == [] and typos(decomposed) == []
    spanish = "El presidente tomó un café con los ministros en la Casa Rosada, según el diario."
    assert typos(unicodedata.normalize("NFD", spanish)) == []


# Newsroom vocabulary: the shipped Hunspell forms (docs/decisions.md), with a real slip beside each.

def test_british_spellings_and_new_words_are_words_and_a_slip_beside_them_is_not():
    text = "Officials specialise in colour kilogrammes; netizens decried femicide and the annoucement."
    assert texts(typos(text)) == ["annoucement"]


def test_spanish_inflections_the_headword_list_lacks_are_words():
    text = "En ese periodo el juez constató que la fiscal entrevistó a los testigos, pero nadie lo dijieron."
    assert texts(typos(text)) == ["dijieron"]


def test_spanish_suggestions_are_spanish_words():
    from xlate.spelling import load_dictionary
    spanish = load_dictionary("es")
    for slip in ("Imaginémosnos", "dijieron", "entrevisto", "Tuinteemos", "carcel"):
        assert all(spanish.lists(s) for s in spanish.suggest(slip).words), slip


def test_a_plain_spelling_far_rarer_than_its_accented_one_is_still_a_typo():
    [f] = typos("El ministro dijo ademas que la reforma seguirá.")
    assert (f.text, f.suggestions[0]) == ("ademas", "además")


def test_a_name_in_lower_case_is_no_word():
    # Hunspell's AMD is a name: its lower-case spelling stays a typo of "and".
    assert texts(typos("The police closed the road amd the bridge.")) == ["amd"]


def test_names_after_a_parenthesis_a_title_an_initial_or_a_colon_are_not_typos():
    text = ("The minister (Delcy Rodríguez's deputy) spoke. Maj. Edmundo Rojas agreed. "
            "John F. Epsy disagreed. Three firms moved in: Quelba, Start and Vantix.")
    assert typos(text) == []
    assert texts(typos("The minister spoke. Teh president agreed.")) == ["Teh"]


def test_a_given_name_before_a_surname_opening_a_sentence_is_not_a_typo():
    assert typos("The scene was quiet. Cian Morrow is a quiet type.") == []
    assert texts(typos("The scene was quiet. Cian is a quiet type.")) == ["Cian"]


def test_listed_names_opening_a_sentence_are_not_typos():
    assert typos("The board met on Monday. Alain said nothing.") == []


def test_french_elisions_are_a_quotation_not_typos():
    assert texts(typos("The report said l'action d'euros n'est clear, and the goverment agreed.")) == ["goverment"]


# Newsroom copy quotes what is not written in its language (issue 15): each convention stays clean,
# and a slip beside it is still reported.

def test_a_sentence_in_a_third_language_is_a_quotation_and_a_slip_after_it_is_a_typo():
    text = ("Le gouvernement a présenté hier son budget, qui prévoit des économies importantes dans les "
            "hôpitaux. The minister said the plan had faild.")
    assert texts(typos(text)) == ["faild"]
    spanish = ("Der Minister sagte, dass die Gespräche weitergehen werden und bald enden. "
               "El ministro dijo que las conversaciones sigen.")
    assert texts(typos(spanish)) == ["sigen"]


def test_slips_side_by_side_are_no_foreign_passage():
    assert texts(typos("He was detained on Wed esday eveneing by the police.")) == ["esday", "eveneing"]
    assert texts(typos("Los jovenes y la contrucción de la comuidad.")) == ["jovenes", "contrucción", "comuidad"]


def test_the_rest_of_a_name_in_its_own_language_is_not_a_typo():
    assert typos("She writes for Lidové noviny about the elections.") == []
    assert typos("El tren llega a Ústí nad Labem cada hora, dijo el portavoz.") == []
    # a Spanish name in English copy is no foreign name: the slip after it stays a slip
    assert texts(typos("The jury said Andrés López recieved the award.")) == ["recieved"]
    # an acronym with a foreign letter is followed by the sentence, not by more of a name
    assert texts(typos("El partido ČSD propusó una solución para la disminución de los fondos.")) == ["propusó"]


def test_lowercase_pieces_of_a_hyphenated_name_are_not_typos():
    assert typos("Taiwan's president, Ma Ying-jeou, spoke on Friday.") == []
    assert texts(typos("The Anti-corruptoin office said so.")) == ["corruptoin"]


def test_handles_hashtags_and_addresses_are_not_typos():
    text = "Follow @lagatita_news and the tag #marcha2011, or watch at youtu.be and Novinky.cz today."
    assert typos(text) == []
    assert texts(typos("Follow @lagatita_news for the latest updaets.")) == ["updaets"]


def test_a_term_alone_in_quotation_marks_is_mentioned_not_misspelt():
    assert typos('In Naples the baker sells "torrone," a nougat, and \'brunost\' from Norway.') == []
    assert texts(typos('The baker sells torrone and brunost.')) == ["torrone", "brunost"]
    assert texts(typos('He pressed the "recieve button" twice.')) == ["recieve"]


def test_an_unknown_word_written_three_times_is_the_writers_term():
    text = "The stall sells lefse. Buyers queue for lefse at dawn. Her lefse won a prize."
    assert typos(text) == []
    assert texts(typos("The stall sells lefse. Buyers queue at dawn.")) == ["lefse"]
    # a misspelling writers repeat because they believe it right is common enough to be listed
    text = "He will recieve it. We recieve letters. They recieve nothing."
    assert texts(typos(text)) == ["recieve", "recieve", "recieve"]


def test_spanish_verb_forms_told_apart_by_a_tense_accent_are_words():
    assert typos("Cada mañana realizo las entrevistas en la radio, y luego colaboro con el diario local.") == []
    assert typos("Pedimos a los alcaldes que animaran a los vecinos a votar.") == []
    # the accent slip of a noun or an adverb is still a slip
    assert texts(typos("El ejercito llegó. El publico aplaudió. Ademas, nadie lo vio.")) == \
        ["ejercito", "publico", "Ademas"]


def test_spanish_words_formed_by_regular_prefixes_and_suffixes_are_words():
    text = ("La región prorrusa y los grupos ultraviolentos cruzaron en motonieves hasta la esquinita. "
            "El plagiador y la desaladora; la desalación y los encasillamientos de los exilios.")
    assert typos(text) == []
    # a consonant's plural may move the accent: the slip is still reported
    assert texts(typos("Los jovenes salieron a la calle el lunes por la mañana.")) == ["jovenes"]


def test_a_unit_abbreviation_after_a_figure_is_not_a_typo():
    assert typos("The new train reaches 320 kmh on the straight stretch.") == []
    assert texts(typos("The new train reaches 320 kmh on the straigth stretch.")) == ["straigth"]


def test_an_account_named_in_a_credit_line_is_not_a_typo():
    assert typos("Photo of the square by Flickr user tomasito_photo and by user gatonegro.") == []
    assert texts(typos("Photo of the sqaure by Flickr user gatonegro.")) == ["sqaure"]


def test_a_short_quotation_of_foreign_words_is_a_title_and_a_slip_in_a_quotation_is_a_slip():
    assert typos('The singer, "il capitano" to his fans, sang on Friday.') == []
    # without the marks, two common Italian words side by side are a phrase all the same
    assert typos('The singer, il capitano to his fans, sang on Friday.') == []
    assert texts(typos('The singer, "the maestrro" to his fans, sang on Friday.')) == ["maestrro"]


def test_a_combining_form_before_a_hyphen_is_not_a_typo():
    assert typos("The report speaks of socio-economic and phylo-genetic ties.") == []
    assert texts(typos("The report speaks of economci ties.")) == ["economci"]


def test_a_term_and_its_plural_count_together():
    text = "The stall sells lefse. Buyers queue for lefses at dawn. Her lefse won a prize."
    assert typos(text) == []


def test_spanish_adjectives_and_nouns_of_regular_suffixes_are_words():
    text = ("Lo operaron de una hernia discal. Los oceanógrafos y la oncóloga hablaron de su "
            "tangibilidad y su rumorosidad, con botas flameantes y videos incriminatorios.")
    assert typos(text) == []
    assert texts(typos("La oncologa habló con los oceanografos sobre la hernia.")) == ["oncologa", "oceanografos"]


def test_a_name_opening_two_sentences_is_a_name_and_a_word_without_its_accent_stays_a_typo():
    opening = "El juez habló con los testigos de la causa. "
    again = "{} estudia los sueños de sus clientes. {} aconseja calma a quienes le consultan."
    assert typos(opening + again.format("Ademis", "Ademis")) == []
    assert texts(typos(opening + again.format("Ademis", "El doctor"))) == ["Ademis"]
    assert texts(typos(opening + again.format("Tambien", "Tambien"))) == ["Tambien", "Tambien"]


def test_a_given_name_before_a_name_particle_and_a_surname_is_not_a_typo():
    assert typos("The council met at noon. Karim al-Masri chaired the session.") == []
    opening = "El consejo se reunió a mediodía. "
    assert typos(opening + "Karim al-Masrí presidió la sesión.") == []
    assert texts(typos(opening + "Ademis al-Masrí presidió la sesión.")) == []
    assert texts(typos(opening + "Ademis presidió la sesión.")) == ["Ademis"]
    assert texts(typos(opening + "Ademis de Madrid presidió la sesión.")) == ["Ademis"]


def test_regular_verbs_spanish_makes_with_izar_and_ear_are_words():
    text = ("El cantante estelarizó dos películas; la novela tematiza el exilio, la tristeza suele "
            "patologizarse y el alcalde blogueó sobre el presupuesto.")
    assert typos(text) == []
    assert texts(typos("El cantante estelarisó dos películas y el alcalde blogeuó sobre el presupuesto de la "
                       "ciudad.")) == ["estelarisó", "blogeuó"]
    # a form that breaks the verb's spelling, and a slip shaped like a verb of a vowel-final word
    assert texts(typos("Ayer realizé el viaje con el alcalde, que fue nombreado por el consejo de la "
                       "ciudad.")) == ["realizé", "nombreado"]


def test_british_ise_spellings_of_listed_ize_words_are_words():
    assert typos("The minister wants to europeanise the rail network and not demonise its unions.") == []
    assert texts(typos("The minister wants to europeanixe the rail network.")) == ["europeanixe"]


def test_ico_adjectives_of_words_ending_in_a_consonant_are_words_and_lose_no_accent():
    text = "Hubo sesiones maratónicas del jurado, brazos robóticos en la fábrica y una dieta calórica."
    assert typos(text) == []
    assert texts(typos("Fueron tres negociaciones sobre brazos roboticos y la ingesta de los pilotos.")) == [
        "roboticos"]


def test_a_word_mentioned_as_a_word_is_quoted_not_misspelt():
    assert typos("Botanists borrowed the Latin word ramosus, branching, for the shrub.") == []
    assert typos("Los botánicos tomaron la palabra latina ramosus, ramificado, para nombrar el arbusto.") == []
    assert texts(typos("Botanists borrowed a word for the shrub's brnaching form.")) == ["brnaching"]


def test_a_french_sentence_whose_small_words_english_also_lists_is_a_quotation():
    text = ("The reporter added: au fond, le projet du maire a eu moins de soutien que prévu. "
            "Officials denied the goverment had been warned.")
    assert texts(typos(text)) == ["goverment"]
    # Spanish names with de and la are no third language: a slip beside them is still a slip
    assert texts(typos("Protesters marched to the Casa de la Moneda buidling on Monday.")) == ["buidling"]


def test_two_common_words_of_a_quoted_language_side_by_side_are_a_phrase():
    assert typos("The coach gave his orders sotto voce from the bench.") == []
    assert texts(typos("The coach gave his orders sotto vcoe from the bench.")) == ["vcoe"]


def test_the_latin_epithet_of_a_species_after_its_genus_is_not_a_typo():
    assert typos("The team found the remains beside those of Tawa hallae and of Aedes aegypti larvae.") == []
    assert texts(typos("The team found the remains beside those of Tawa hallae and its relatives nerby.")) == ["nerby"]
