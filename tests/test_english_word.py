"""XL203 english-word: English left in Spanish copy."""

from conftest import run_rules, texts


def test_a_run_of_english_in_spanish_copy():
    assert texts(run_rules("El gobierno prometió un fair hearing para todos los detenidos del penal.", "XL203")) \
        == ["fair hearing"]


def test_an_english_glossary_term_is_left_to_xl201():
    found = run_rules("El gobierno declaró el state of exception en todo el territorio nacional.", "XL201,XL203")
    assert [(f.code, f.text) for f in found] == [("XL201", "state of exception")]


def test_english_in_english_copy_is_not_reported():
    assert run_rules("The government declared a state of exception across the whole country.", "XL203") == []


def test_loanwords_spanish_writes_itself_are_fine():
    assert run_rules("La campaña de marketing online costó millones a la empresa, según el informe.", "XL203") == []


def test_a_lone_english_word_must_be_long_common_and_unwritten_in_spanish():
    assert texts(run_rules("Los bancos no pagarán bonuses este año, según el ministro de economía.", "XL203")) \
        == ["bonuses"]
    assert run_rules("El boxeador aguantó doce rounds completos ante el campeón del mundo.", "XL203") == []


def test_quoted_english_and_names_are_fine():
    assert run_rules('El presidente dijo: "we will not negotiate with them", según la agencia oficial.', "XL203") == []
    assert run_rules("El presidente dijo «we will not negotiate with them», según la agencia oficial.", "XL203") == []
    assert run_rules("La empresa Google Street View llegó a Lima y Bogotá la semana pasada.", "XL203") == []


def test_english_glossed_in_parentheses_is_fine():
    assert run_rules("Se prometió un juicio justo (fair trial) a todos los detenidos del país.", "XL203") == []


class SentenceCaseEngine:
    """Translates a fragment as engines do a lone segment: as a sentence, with a capital."""
    def translate(self, segments, src, tgt):
        return [{"street vendors": "Vendedores de calle", "Street Vendors Union": "Sindicato de Vendedores",
                 "fair hearing": "Audiencia justa"}.get(s, s) for s in segments]


def test_the_engines_suggestion_keeps_the_case_of_the_words_in_the_copy():
    from xlate.core.document import Document
    from xlate.rules.context import Context
    from xlate.rules.english_word import EnglishWord
    from xlate.rules.untranslated_word import left_in_copy
    ctx = Context(engine=SentenceCaseEngine())
    doc = Document("t.md", "Los street vendors y el Street Vendors Union protestaron.", language_hint="es")
    rule = EnglishWord()
    lower = left_in_copy(rule, doc, 4, 18, ctx, "en", "es", "")
    named = left_in_copy(rule, doc, 24, 44, ctx, "en", "es", "")
    assert lower.suggestions == ("vendedores de calle",) and named.suggestions == ("Sindicato de Vendedores",)
