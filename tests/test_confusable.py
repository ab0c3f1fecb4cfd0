"""XL401 confusable: every data entry's wrong examples are flagged, its right examples are not."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.confusable_dev import read_sentence, score
from xlate.rules.context import Context
from xlate.rules import confusable as confusable_module
from xlate.core.document import Document
from xlate.rules.confusable import Confusable401, word_pair_odds
from xlate.rules.confusable_context import CONTEXT_TOKEN_RE, WINDOW, ContextReader, Surroundings, normalise
from xlate.text.word_classes import ASKING_OPENERS
from xlate.rules.confusable_data import DATA_FILE, ConfusableDataError, load_confusables, load_raw, parse_entry
from xlate.text.pattern_reading import pattern_cues

ENTRIES = load_raw()["confusable"]
MACROS = load_raw()["macros"]
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def findings(text: str, language: str = "en", path: str = "t.txt"):
    doc = Document(path, text, language_hint=language)
    return list(Confusable401().check(doc, Context()))


def examples(kind: str) -> list:
    return [pytest.param(entry, sentence, id=f"{next(iter(entry.get('forms', [entry['id']])))}: {sentence[:40]}")
            for entry in ENTRIES for sentence in entry[kind]]


@pytest.mark.parametrize("entry, sentence", examples("wrong_examples"))
def test_wrong_use_is_flagged_with_the_right_word(entry, sentence):
    forms = parse_entry(entry, MACROS, "test").forms      # the written ones and those read from the lexicon
    found = findings(sentence, entry["language"])
    assert found, f"not flagged: {sentence!r}"
    for f in found:
        assert normalise(f.text) in forms, f"flagged another word: {f.text!r} in {sentence!r}"
        assert f.suggestions[0].lower() == forms[normalise(f.text)]


@pytest.mark.parametrize("entry, sentence", examples("right_examples"))
def test_right_use_is_not_flagged(entry, sentence):
    assert findings(sentence, entry["language"]) == []


def test_every_entry_has_wrong_and_right_examples():
    for entry in ENTRIES:
        assert entry.get("wrong_examples") and entry.get("right_examples"), entry["id"]


def test_message_names_both_words_and_their_meanings():
    [f] = findings("The minister resigned, sighting health reasons.")
    assert f.message == '"sighting" here probably means "citing" — cite: to quote as evidence; sight: to see; site: a place, to place'
    assert (f.code, f.kind, f.severity, f.text) == ("XL401", "confusable", "warning", "sighting")
    assert (f.line, f.column, f.end_column) == (1, 24, 32)


def test_suggestion_keeps_the_writers_capitalisation():
    [f] = findings("Their is no evidence.")
    assert f.suggestions == ("There",)


def test_acronyms_are_not_words():
    assert findings("Workers installed LED lighting and the LED singer sang.") == []


def test_capitalised_name_mid_sentence_is_left_alone_when_lowercase_only():
    assert findings("Rioters stormed the Capitol of the state.") == []
    assert [f.suggestions for f in findings("Paris is the capitol of France.")] == [("capital",)]


def test_entry_only_applies_to_its_language():
    assert findings("No ay pruebas.", language="en") == []
    assert findings("The prices rose faster then wages.", language="es") == []


def test_several_word_form_is_reported_as_one_span():
    [f] = findings("Debe a ver sido un error.", language="es")
    assert (f.text, f.suggestions) == ("a ver", ("haber",))


def test_seed_article_has_exactly_the_sighting_finding():
    path = next(SEEDS.glob("000_*.txt"))
    found = findings(path.read_text(encoding="utf-8"), language="en")
    assert [(f.line, f.text, f.suggestions) for f in found] == [(7, "sighting", ("citing",))]


def test_context_must_mark_the_word():
    with pytest.raises(ConfusableDataError, match="does not mark"):
        parse_entry({"id": "t", "language": "en", "forms": {"x": "y"}, "why": "w", "context": "foo"}, MACROS, "test")


def test_unknown_macro_is_an_error():
    with pytest.raises(ConfusableDataError, match="unknown macro <nope>"):
        parse_entry({"id": "t", "language": "en", "forms": {"x": "y"}, "why": "w", "context": "<nope> @"}, MACROS, "test")


def test_a_question_s_opener_is_one_list_for_the_slot_and_the_data_file(tmp_path):
    assert set(MACROS["asking"][3:-1].split("|")) == ASKING_OPENERS
    written = tmp_path / "confusables.toml"
    written.write_text("[macros]\nasking = '(?:will|did)'\n")
    with pytest.raises(ConfusableDataError, match="macro <asking> is xlate's own"):
        load_raw(written)


def test_mark_glued_to_a_word_does_not_end_a_clause():
    assert findings("Users updated their .login file.") == []


def test_masked_code_between_words_breaks_the_context():
    assert findings("Objects have a name and their `__qualname__` is set.", path="t.md") == []
    assert len(findings("Objects have a name and their is a catch.", path="t.md")) == 1


def slice_tokens(doc, start: int, end: int) -> list[str]:
    """The context tokens as the data file's header defines them: CONTEXT_TOKEN_RE over the slice,
    masked non-prose (and an "@" of the text, which stands for the suspect) as "_"."""
    prose, text = doc.prose[start:end], doc.text[start:end]
    masked = "".join("_" if p != t and not t.isspace() else p for p, t in zip(prose, text))
    return [normalise(word) if word else "#" if number else "¶" if blank_line else "_" if code or mark == "@" else mark
            for word, number, blank_line, code, mark in CONTEXT_TOKEN_RE.findall(masked)]


# Words, numbers, glued and loose marks, curly apostrophes, combining accents, blank lines, and
# Markdown that is masked (inline code, tags, links, URLs).
tricky_text = st.lists(st.sampled_from(["word", "Its", "x2", "it’s", "e\u0301", "-", "'", "’", "3", "3.5", "²",
                                        ".", ",", ":", ";", "/", "_", "#", "@", " ", " ", "\n", "\n\n", "`",
                                        "<b>", "](x)", "http://a.b", "¶"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(tricky_text)
def test_context_is_read_from_the_gaps_as_a_regex_over_the_slice_would(text):
    doc = Document("t.md", text, language_hint="en")
    reader, starts, ends = ContextReader(doc), doc.tokens.starts, doc.tokens.ends
    for first in range(len(starts)):
        for last in range(first, min(first + 2, len(starts))):
            start = starts[first - WINDOW] if first >= WINDOW else 0
            end = ends[last + WINDOW] if last + WINDOW < len(ends) else len(doc.prose)
            assert reader.context_tokens(start, starts[first]) == slice_tokens(doc, start, starts[first])
            assert reader.context_tokens(ends[last], end) == slice_tokens(doc, ends[last], end)


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:everyone|nobody) @ (?:for|in)\b", {"everyone", "nobody"}),   # the longer runs rule out more
    (r"(?:very )?big @", {"big"}),                       # an optional part is not needed
    (r"(?:big )+@ report(?:s|ed)?", {"report"}),          # a repeated part is
    (r"can't @", {"can"}),                                # a run of letters, not the apostrophe
    (r"@ (?:out|#)", None),                               # one alternative holds no letters
    (r"(?i)big @", None),                                 # case-insensitive: the window is lowercase
    (r"\p{L}+ @", None),                                  # beyond Python's own regex parser
    (r"(?:sight){e<=1} @", None),                          # fuzzy: read by Python's parser as a literal brace
    (r"(?:big ){2}@", {"big"}),                          # a count is a count
])
def test_cues_are_letter_runs_every_match_holds(pattern, expected):
    assert pattern_cues(pattern) == (None if expected is None else frozenset(expected))


def test_word_inside_an_identifier_or_path_is_code():
    assert findings("Set the bits in the led_mask to turn on the light.") == []


def test_dev_set_sentence_markup_gives_the_written_text_and_the_planted_spans():
    sentence, plants = read_sentence("Prices rose faster [then|than] wages, [its|it's] said.")
    assert sentence == "Prices rose faster then wages, its said."
    assert [(p.column, p.wrong, p.right) for p in plants] == [(19, "then", "than"), (31, "its", "it's")]


def test_dev_set_has_no_false_alarm():
    _, false_alarms, _, _ = score()
    assert false_alarms == []


def test_word_pair_evidence_decides_without_a_context_pattern():
    # en-too-to has no context pattern: "went to the" and "to the" are what published English writes
    [f] = findings("The minister went too the border on Monday.")
    assert (f.text, f.suggestions) == ("too", ("to",))


def test_no_word_pair_evidence_at_a_sentence_edge_or_a_mark():
    assert findings("The opposition voted against it too.") == []
    assert findings("Too the surprise of many, he won.") == []


def test_word_pair_evidence_leaves_a_capitalised_word_mid_sentence_alone():
    odds = word_pair_odds(Document("t.txt", "She went too the Senate.", language_hint="en"), 2, 1, "too", "to")
    assert odds >= 20
    assert findings("He visited Too Many Cooks Street.") == []


def test_contraction_is_weighed_as_what_it_stands_for():
    doc = Document("t.txt", "The company lost it's biggest client.", language_hint="en")
    assert word_pair_odds(doc, 3, 1, "it's", "its") > 1 > word_pair_odds(
        Document("t.txt", "He said its not over.", language_hint="en"), 2, 1, "it's", "its")


def test_every_entry_has_a_unique_id():
    ids = [entry["id"] for entry in ENTRIES]
    assert len(ids) == len(set(ids)) and all(ids)


def test_an_id_used_twice_is_an_error(tmp_path):
    entry = '[[confusable]]\nid = "x"\nlanguage = "en"\nforms = { a = "b" }\nwhy = "w"\ncontext = "@"\n'
    path = tmp_path / "c.toml"
    path.write_text(entry + entry, encoding="utf-8")
    with pytest.raises(ConfusableDataError, match="id 'x' is used twice"):
        load_confusables.__wrapped__(path)


@pytest.mark.parametrize("evidence", [True, -1, "high"])
def test_evidence_must_be_odds(evidence):
    with pytest.raises(ConfusableDataError, match="evidence must be odds"):
        parse_entry({"id": "t", "language": "en", "forms": {"x": "y"}, "why": "w", "context": "@",
                     "evidence": evidence}, MACROS, "test")


@pytest.mark.parametrize("reach", [True, 3, 12.5, "sentence"])
def test_reach_must_be_words_of_at_least_the_window(reach):
    with pytest.raises(ConfusableDataError, match="reach must be a number of words"):
        parse_entry({"id": "t", "language": "en", "forms": {"x": "y"}, "why": "w", "context": "@",
                     "reach": reach}, MACROS, "test")


def test_an_entry_with_a_longer_reach_reads_its_cue_beyond_the_window(tmp_path):
    """A comparative twelve words before "then": past every entry's window, within the reach of one
    that asks for more (en-then-than reads 30)."""
    far = "More migrants crossed the border at the three northern crossings in the first quarter then in 2019."
    entry = ('[[confusable]]\nid = "t"\nlanguage = "en"\nforms = {{ then = "than" }}\nwhy = "w"\nevidence = 0\n'
             "{reach}context = '\\bmore (?:\\w+ )+@ in\\b'\n")
    found = {}
    for reach in ("", "reach = 30\n"):
        path = tmp_path / f"c{len(reach)}.toml"
        path.write_text(entry.format(reach=reach), encoding="utf-8")
        (only,) = load_confusables.__wrapped__(path)["then"]
        doc = Document("t.txt", far, language_hint="en")
        i = doc.tokens.texts.index("then")
        found[reach] = only.decides(Surroundings(doc, ContextReader(doc), i).window(1, only.reach))
    assert found == {"": False, "reach = 30\n": True}


def test_an_entry_nothing_can_decide_is_an_error():
    with pytest.raises(ConfusableDataError, match="neither a context nor word-pair evidence"):
        parse_entry({"id": "t", "language": "es", "forms": {"x": "y"}, "why": "w"}, MACROS, "test")


TWINS = {"ending": "o", "twin": "ó", "form": "<finite>&!<nominal>", "right": "<finite>"}


def test_twins_are_read_from_the_lexicon():
    entry = parse_entry({"id": "t", "language": "es", "twins": TWINS, "forms": {"publico": "público"}, "why": "w",
                         "tokens": "el <word> @"}, MACROS, "test")
    assert entry.forms["llevo"] == "llevó"
    assert entry.forms["publico"] == "público"      # a listed form is kept as written
    assert "anuncio" not in entry.forms             # a noun as well: the lexicon says so


def test_twins_may_be_a_list_of_endings_of_one_kind():
    nouns = [{"ending": "ó", "twin": "o", "form": "<finite>", "right": "<noun>"},
             {"ending": "ió", "twin": "ío", "form": "<finite>", "right": "<noun>"}]
    entry = parse_entry({"id": "t", "language": "es", "twins": nouns, "why": "w", "tokens": "el @ de"}, MACROS, "test")
    assert entry.forms["cambió"] == "cambio" and entry.forms["envió"] == "envío"


def test_twins_need_every_part_and_tests_that_parse():
    with pytest.raises(ConfusableDataError, match="twins lack right"):
        parse_entry({"id": "t", "language": "es", "twins": {k: v for k, v in TWINS.items() if k != "right"},
                     "why": "w", "tokens": "el <word> @"}, MACROS, "test")
    with pytest.raises(ConfusableDataError, match="no word class"):
        parse_entry({"id": "t", "language": "es", "twins": {**TWINS, "form": "<verbish>"}, "why": "w",
                     "tokens": "el <word> @"}, MACROS, "test")


def test_the_shipped_word_pairs_cover_every_english_confusion():
    import tomllib
    from xlate.spelling.word_pairs import evidence_words, pair_counts
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    # a word the counts lack leaves its confusion to the context: rebuild with scripts/build_bigrams.py
    missing = evidence_words(data) - pair_counts().words.keys()
    assert len(missing) < 40, sorted(missing)


def test_spanish_dev_set_has_no_false_alarm():
    misses, false_alarms, planted, found = score(Path(__file__).parent / "data" / "confusables_dev_es.txt")
    assert false_alarms == []
    assert planted - len(misses) >= 0.7 * planted


@pytest.mark.parametrize("name", ["confusables_dev2.txt", "confusables_dev2_es.txt", "confusables_dev3.txt",
                                  "confusables_dev3_es.txt", "confusables_dev4.txt", "confusables_dev4_es.txt",
                                  "confusables_dev5.txt", "confusables_dev5_es.txt", "confusables_dev6.txt",
                                  "confusables_dev6_es.txt", "../../bench/dev-confusables3/en.txt",
                                  "../../bench/dev-confusables3/es.txt"])
def test_later_dev_sets_have_no_false_alarm(name):
    """Sets 2 to 6 were written for issue 16, each scored once before it was tuned on (docs/decisions.md);
    bench/dev-confusables3 was written blind, scored once (en 0.52, es 0.50) and tuned on in session 5."""
    misses, false_alarms, planted, found = score(Path(__file__).parent / "data" / name)
    assert false_alarms == []
    assert planted - len(misses) >= 0.8 * planted


def dev_texts(name: str) -> list[str]:
    path = Path(__file__).parent / "data" / name
    return [read_sentence(line)[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


SCREEN_TEXTS = [sentence for entry in ENTRIES if entry["language"] == "es"
                for sentence in entry["wrong_examples"] + entry["right_examples"]] + [
    " ".join(dev_texts(name)) for name in ("confusables_dev2_es.txt", "confusables_dev3_es.txt", "confusables_dev4_es.txt",
                                               "confusables_dev5_es.txt", "confusables_dev6_es.txt")] + [
    "Para el. El dijo que sí. (el se fue) «El lo sabe», dijo él. Y el no vino; pero el 5 de mayo, el ya no.",
    "A ver si el gobierno a dicho algo. Se lo dijo a el, no a mí. ¿Tu? Tu sabes que si.",
    "El 17 de abril de 2031 se 3 de mayo, a 5 km de 2.000 de ellos el 1 a 2 ha 30 se 4. Para el 2010 de 3,5.",
] + [" ".join(dev_texts(f"../../bench/dev-confusables{n}/es.txt")) for n in (3, 7, 8)]


@pytest.mark.parametrize("text", SCREEN_TEXTS)
def test_neighbour_screen_leaves_the_findings_as_they_are(text, monkeypatch):
    screened = [(f.column, f.text, f.suggestions) for f in findings(text, language="es")]
    monkeypatch.setattr(confusable_module, "neighbour_screen", lambda word: None)
    assert [(f.column, f.text, f.suggestions) for f in findings(text, language="es")] == screened


SCREEN_TEXTS_EN = [sentence for entry in ENTRIES if entry["language"] == "en"
                   for sentence in entry["wrong_examples"] + entry["right_examples"]] + [
    " ".join(dev_texts(name)) for name in ("confusables_dev2.txt", "confusables_dev3.txt", "confusables_dev4.txt",
                                               "confusables_dev5.txt", "confusables_dev6.txt",
                                               "../../bench/dev-confusables3/en.txt")] + [
    "In 2010 to 3 of them, than 5 its 2010 there 4 then 12,000 to."]


def test_neighbour_screen_leaves_english_findings_as_they_are(monkeypatch):
    text = "\n\n".join(SCREEN_TEXTS_EN)
    screened = [(f.line, f.column, f.text, f.suggestions) for f in findings(text, language="en")]
    monkeypatch.setattr(confusable_module, "neighbour_screen", lambda word: None)
    assert [(f.line, f.column, f.text, f.suggestions) for f in findings(text, language="en")] == screened


def test_a_name_after_the_suspect_leaves_an_entry_that_wants_a_lowercase_word_alone():
    assert [f.suggestions for f in findings("El gobierno a prometido viviendas.", language="es")] == [("ha",)]
    assert findings("La gente votó a Delgado en masa.", language="es") == []
    assert findings("Es posible que Ana halla Machado en la lista.", language="es") == []
