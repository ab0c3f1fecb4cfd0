"""XL401's token patterns (xlate/rules/confusable_tokens.py) and the word classes they read
(xlate/text/word_classes.py)."""

import pytest

from xlate.core.document import Document
from xlate.rules.confusable import Confusable401
from xlate.rules.confusable_context import NeighbourScreen, neighbour_screen, screened_in
from xlate.rules.confusable_data import ConfusableDataError, parse_entry
from xlate.rules.confusable_tokens import TokenPattern, parse_tokens
from xlate.rules.context import Context
from xlate.text.word_classes import bit, class_masks, lexicon

MACROS = {"det": "(?:the|a|an|its)", "modal": "(?:will|would|can't)", "verb": "(?:and|or)", "w": r"[\w'-]+"}


def pattern(written: str, language: str = "en") -> TokenPattern:
    return parse_tokens(written, language, MACROS, "test")


def test_the_classes_come_from_the_lexicons():
    en, es = class_masks("en"), class_masks("es")
    assert en["profits"] & bit("en", "plural") and en["profits"] & bit("en", "noun")
    assert en["led"] & bit("en", "past") and not en["led"] & bit("en", "noun")
    assert not en.get("the", 0)                    # closed classes are the data file's macros
    assert es["dijo"] & bit("es", "finite") and not es["dijo"] & bit("es", "nominal")
    assert es["hacerlo"] & bit("es", "infinitive") and es["convierte"] & bit("es", "finite")
    assert not es["convierte"] & bit("es", "infinitive")
    assert es["diciendo"] & bit("es", "gerund") and not es.get("mando", 0) & bit("es", "gerund")
    assert es["casa"] & bit("es", "nominal") and es["ido"] & bit("es", "participle")


def test_spanish_nouns_of_two_genders_and_verbs_listed_form_by_form():
    """The dictionary's gender flag is shared by "ministro/a" and "rojo/a"; its irregular verbs are
    listed form by form without flags ("vio", "hizo"), which read as words with no forms."""
    es, noun, adj, finite = class_masks("es"), bit("es", "noun"), bit("es", "adj"), bit("es", "finite")
    assert es["ministro"] & noun and es["hijos"] & noun and es["rojo"] & adj and es["nuevo"] & adj
    assert all(es[form] & finite and not es[form] & bit("es", "nominal") for form in ("vio", "ves", "hizo", "quepa"))
    assert es["hecha"] & bit("es", "participle") and es["siendo"] & bit("es", "gerund")
    assert not es.get("una", 0) & noun and es["seres"] & bit("es", "nominal")
    assert es["anuncio"] & noun and es["contrato"] & noun and not es["publica"] & noun   # no noun entry, a verb form


def test_spanish_words_the_dictionary_makes_by_a_prefix_or_writes_like_an_infinitive():
    """RLA-ES writes no entry for "información" (in- + formación) or "empresa" (em- + presa); "lugar"
    and "mujer" end like infinitives; "estar" and "ir" are listed form by form, without flags."""
    es, noun, infinitive = class_masks("es"), bit("es", "noun"), bit("es", "infinitive")
    assert all(es[word] & noun for word in ("información", "empresa", "contexto", "lugar", "mujer", "hogares"))
    assert all(es[word] & infinitive for word in ("estar", "ir", "dar", "reabrir", "rehabilitar"))
    assert not es["rehabilitar"] & bit("es", "finite")        # its prefix read as part of a finite form


def test_spanish_closed_class_words_are_no_nouns():
    """The lemmatizer's tables file "quien", "ella", "esto", "cada" as nouns ("fue él quien" read as an
    article and its noun); the closed classes are read by grammar."""
    es, nominal = class_masks("es"), bit("es", "nominal") | bit("es", "noun") | bit("es", "adj")
    assert not any(es.get(word, 0) & nominal for word in ("quien", "ella", "esto", "cada", "mi", "pero", "contra"))
    assert es["sobre"] & bit("es", "noun") and es["vía"] & bit("es", "noun")      # an envelope, a road
    assert not es.get("atrás", 0) & nominal and es["país"] & bit("es", "noun")     # flagless: as the lemmatizer files it


def test_what_a_noun_means_is_read_apart_and_a_possessive_means_what_its_noun_does():
    en, act = class_masks("en"), bit("en", "n.act")
    assert not any(mask >> 9 for mask in en.values())       # parts of speech alone: small numbers
    assert lexicon("en", bit("en", "noun")) is en
    meanings = lexicon("en", act)
    assert meanings.get("abuses") & act and meanings.get("abuses") & bit("en", "plural")
    assert meanings.get("truck") & bit("en", "n.artifact") and meanings.get("minister") & bit("en", "n.person")
    # no noun: it stands where a determiner does; a truck is a vehicle too, by its hypernyms
    assert meanings.get("truck's") == bit("en", "n.artifact") | bit("en", "kind.vehicle")
    assert meanings.get("drivers'") == bit("en", "n.person")
    assert meanings.get("the") == 0 and meanings.get("zzz's", 5) == 5


def test_a_macro_may_name_classes():
    macros = {**MACROS, "unseen": "<n.act>|<n.state>"}
    p = parse_tokens("@ <det> <unseen>", "en", macros, "test")
    assert p.search("critics @ the detentions .") and not p.search("sailors @ the whales .")


@pytest.mark.parametrize("written, window, matches", [
    ("@ <noun> would", "the company said it's @ profits would fall .", True),
    ("@ <noun> would", "it's @ true that he would", False),
    ("<det> @", "on the @ after a", True),
    ("<det> @", "they @ the vote", False),
    ("<start> @ in", '" @ in the mountains', True),
    ("<start> @ in", "we @ in the news", False),
    ("<start> @ in", "@ in the mountains", True),           # the window's edge
    ("!<finite> @ <gerund>", "@ sabiendo que", True),        # a negated test holds at the edge
    ("!<finite> @ <gerund>", "estaba @ siendo votado", False),
    ("@ <end>|y", "para @ .", True),
    ("@ <end>|y", "para @ “ time", False),                  # an opening quote ends nothing
    ("@ <adj>? to", "its @ legal to", True),
    ("@ <adj>? to", "its @ to", True),
    ("@ /\\w+ste/", "tú @ dijiste", True),
    ("@ <verb>", "you @ say", True),                         # a class, not the macro of that name
    ("<det>|/\\w+'s/ @", "the union's @ demand", True),     # a shape among alternatives
    ("!<noun> @", "fichero ) @", True),                      # negations alone hold for a mark
    ("<word>&!<noun> @", "fichero ) @", False),              # ... <word> wants a word
    ("<word>&!<noun> @", "quickly @", True),
    ("!the&!/\\w+(?:s|ste)/ @", "dijiste @", False),
])
def test_token_patterns_match_windows(written, window, matches):
    language = "es" if any(w in written for w in ("finite", "gerund", "/", "<end>|y")) else "en"
    assert pattern(written, language).search(window) is matches


def test_the_screens_read_the_words_a_token_pattern_allows_beside_the_suspect():
    before, after = pattern("<det> @ <noun>&!<verb> would").neighbours
    assert before == {"the", "a", "an", "its"}
    assert "profits" in after and "would" not in after
    assert pattern("<start> @ in").neighbours == (None, frozenset({"in"}))
    assert pattern("!<det> @ <end>|to").neighbours == (None, frozenset({"to"}))   # a mark never rules out
    assert pattern("@ <noun>?").neighbours == (None, None)
    assert pattern("<det> @").cues == {"the", "its"} or pattern("<det> @").cues


def test_a_cue_run_is_the_longest_row_of_required_plain_words():
    macros = {**MACROS, "wish": "(?:espera|exige)"}
    run = parse_tokens("<wish> que <det>? <word>? @ <noun> <end>", "es", macros, "t").cue_run
    assert run == (frozenset({"espera", "exige"}), frozenset({"que"}))      # in the text's order
    assert parse_tokens("<det> @ <noun>", "es", {**MACROS, "det": "(?:el|la)"}, "t").cue_run == (frozenset({"el", "la"}),)
    assert parse_tokens("a? @ <noun>", "es", MACROS, "t").cue_run == ()      # an optional token is no cue


def test_a_word_far_from_its_cues_is_no_suspect():
    """Spanish "de" is a suspect for "dé" only after a wish and "que" (es-de-dé): a pattern that
    names neither neighbour is screened by its cue words near the suspect (near_cues), and the
    findings are the same as with no screen at all (test_confusable's screen tests)."""
    rule, ctx = Confusable401(), Context()
    text = "La oposición exige que el ministro de explicaciones sobre el espionaje. El ministro de Economía habló."
    doc = Document("t.txt", text, language_hint="es")
    assert [(f.text, f.column) for f in rule.check(doc, ctx)] == [("de", 36)]


@pytest.mark.parametrize("written, error", [
    ("<det> <noun>", "must hold @ once"),
    ("@ <flavour>", "no word class 'flavour'"),
    ("@ <w>", "is no list of plain words"),
    ("@ /(/", "bad shape"),
])
def test_bad_token_patterns_are_data_errors(written, error):
    raw = {"id": "t", "language": "en", "forms": {"its": "it's"}, "why": "w", "tokens": written}
    with pytest.raises(ConfusableDataError, match=error):
        parse_entry(raw, MACROS, "test")


def test_token_patterns_decide_in_the_rule():
    rule, ctx = Confusable401(), Context()
    doc = Document("t.txt", "The suspect fled to Paraguay and than crossed into Brazil.", language_hint="en")
    assert [(f.text, f.suggestions) for f in rule.check(doc, ctx)] == [("than", ("then",))]
    doc = Document("t.txt", "Los bomberos aun intentan controlar el incendio.", language_hint="es")
    assert [(f.text, f.suggestions) for f in rule.check(doc, ctx)] == [("aun", ("aún",))]


def test_an_at_sign_of_the_text_is_not_taken_for_the_suspect():
    """The window writes the suspect as "@"; a handle before it ("@kxtrwz") once stood in its
    place, so the patterns read the words after the handle."""
    rule, ctx = Confusable401(), Context()
    doc = Document("t.md", "Lo cuenta un testigo.\n\n@kxtrwz el temporal ha causado daños en el sur de Izalco.", language_hint="es")
    assert list(rule.check(doc, ctx)) == []


def test_a_number_beside_a_suspect_is_no_word_its_patterns_name():
    doc = Document("t.txt", "El 17 de abril de 2031 llovió.", language_hint="es")
    places = [i for i, word in enumerate(doc.tokens.texts) if word == "de"]
    assert screened_in(doc, places, neighbour_screen("de")) == []


def test_the_grammar_example_in_the_module_docstring_runs():
    import doctest

    import xlate.rules.confusable_tokens as module

    result = doctest.testmod(module)
    assert result.attempted >= 5 and result.failed == 0


def test_an_alternative_may_be_a_class_negated_alone():
    """"<nominal>|!<finite>": a word that is no verb form, unless it is a noun too ("la planta")."""
    p = pattern("que @ <word>&<nominal>|!<finite> <end>", "es")
    assert p.search("que @ planta .") and p.search("que @ rosario .") and p.search("que @ readmite .")
    assert not p.search("que @ cumpla .")           # a verb form alone
    assert not p.search("que @ , .")                # a mark is no word
    with pytest.raises(Exception, match="no word class"):
        pattern("que @ <nominal>|!<verbish>", "es")


def test_a_suspect_is_kept_only_when_one_pattern_allows_both_its_neighbours():
    """Two patterns, "que @ la" and "le @ marcha": each neighbour of "que de marcha" is named by one of
    them, so the sums of their neighbours keep it, though neither pattern can match it."""
    screen = NeighbourScreen(frozenset({"que", "le"}), frozenset({"la", "marcha"}), True, True,
                    ((frozenset({"que"}), frozenset({"la"})), (frozenset({"le"}), frozenset({"marcha"}))), {})
    doc = Document("t.md", "Espera que de marcha atrás. Pide que de la cara.", language_hint="es")
    places = [i for i, word in enumerate(doc.tokens.texts) if word == "de"]
    assert screened_in(doc, places, screen._replace(pairs=())) == places
    assert screened_in(doc, places, screen) == places[1:]
    assert len(neighbour_screen("de").pairs) > 1      # the shipped entries' screens are built with pairs
