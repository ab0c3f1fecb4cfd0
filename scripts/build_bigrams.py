"""Build xlate/data/bigrams-en.tsv: the English word-pair counts XL401 weighs confusions with.

    .venv/bin/pip install -e '.[data]' && .venv/bin/python scripts/build_bigrams.py

symspellpy ships a list of the 243,342 commonest English word pairs and 82,765 words with their
counts in Google Books (Google Books Ngram data, CC BY 3.0, via SymSpell, MIT). XL401 needs only the
pairs that hold a word of one of its English confusions, so this keeps those (and every such word's
own count) in a small file shipped with xlate: the check reads it without symspellpy, and the
file is rebuilt whenever the confusables data gains words.
"""

from __future__ import annotations

import sys
from importlib import metadata
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.spelling.word_pairs import BIGRAMS_FILE, evidence_words  # noqa: E402

DATA_FILE = ROOT / "xlate" / "data" / "confusables.toml"

HEADER = """\
# English word pairs and words with their counts in Google Books, for XL401's evidence.
# Source: symspellpy {version} (MIT), frequency_bigramdictionary_en_243_342.txt and
# frequency_dictionary_en_82_765.txt, derived from the Google Books Ngram data (CC BY 3.0).
# Kept: the pairs that hold a word of an English confusion in {data}, and those words' counts.
# Rebuilt by scripts/build_bigrams.py; do not edit.
# A line is "first second<TAB>count" for a pair, "word<TAB>count" for a word.
"""


def main() -> None:
    import tomllib

    wanted = evidence_words(tomllib.loads(DATA_FILE.read_text(encoding="utf-8")))
    source = files("symspellpy")
    pairs, words = [], []
    for line in source.joinpath("frequency_bigramdictionary_en_243_342.txt").read_text(encoding="utf-8").splitlines():
        first, second, count = line.split()
        if first in wanted or second in wanted:
            pairs.append(f"{first} {second}\t{count}")
    for line in source.joinpath("frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8").splitlines():
        word, count = line.split()
        if word in wanted:
            words.append(f"{word}\t{count}")
    version = metadata.version("symspellpy")
    text = HEADER.format(version=version, data=DATA_FILE.name) + "\n".join(sorted(words) + sorted(pairs)) + "\n"
    BIGRAMS_FILE.write_text(text, encoding="utf-8")
    print(f"{BIGRAMS_FILE.relative_to(ROOT)}: {len(pairs)} pairs, {len(words)} words")


if __name__ == "__main__":
    main()
