"""scripts/check_copied_text.py: runs of seven words shared with a corpus, shorter ones holding a figure, and the names kept as digests."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import check_copied_text as check  # noqa: E402


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news" / "en"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text("The Izalco council approved the new budget on Monday.\n\nIt had waited months.\n")
    (tmp_path / "news" / "README.md").write_text("so most findings on it are false alarms, as you will see\n")
    return tmp_path / "news"


def test_a_run_of_seven_words_is_found_whatever_its_case_accents_punctuation_and_lines(tmp_path, capsys):
    copied = tmp_path / "copied.py"
    copied.write_text('x = 1\n# "the IZALCO council, approved\n# the néw budget" in a comment\n')
    assert check.main([str(corpus(tmp_path)), str(copied)]) == 1
    assert capsys.readouterr().out == f"{copied}:2: the izalco council approved the new budget\n"


def test_six_shared_words_the_corpus_description_and_an_institution_are_no_copy(tmp_path):
    own = tmp_path / "own.md"
    own.write_text("The Izalco council approved the new plan. So most findings on it are false alarms, as you "
                   "will see. The Inter-American Commission on Human Rights met.\n")
    news = corpus(tmp_path)
    (news / "en" / "b.md").write_text("The Inter-American Commission on Human Rights met in May.\n")
    assert check.main([str(news), str(own)]) == 0


def test_a_name_is_found_by_its_digest_alone(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(check, "NAME_DIGESTS", frozenset({check.digest(check.words_of("Ána Q. Ruiz"))}))
    named = tmp_path / "named.md"
    named.write_text("Said by\nana q ruiz.\n")
    assert check.main([str(corpus(tmp_path)), str(named)]) == 1
    assert capsys.readouterr().out == f"{named}:2: ana q ruiz\n"


def test_no_corpus_folder_is_a_usage_error(tmp_path):
    assert check.main([str(tmp_path / "missing")]) == 2


def test_figure_runs_report_five_shared_words_that_hold_a_figure_and_no_others(tmp_path, capsys):
    news = corpus(tmp_path)
    (news / "en" / "b.md").write_text("Ana Ruiz would have turned 81 on Saturday, her family said.\n")
    own = tmp_path / "own.md"
    own.write_text("She would have turned 81 on Saturday.\nThe Izalco council approved the plan.\n")
    assert check.main([str(news), str(own)]) == 0
    assert check.main([str(news), str(own), "--figure-runs"]) == 1
    assert capsys.readouterr().out == f"{own}:1: would have turned 81 on saturday\n"
