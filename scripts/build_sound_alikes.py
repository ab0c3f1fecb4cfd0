"""Build xlate/data/sound-alikes.tsv: the sound-alike pairs XL401 generates an entry for.

    .venv/bin/python scripts/build_sound_alikes.py

Of the pairs of the homophone tables (scripts/build_homophones.py), XL401 generates an entry for
those whose words no hand-written entry of xlate/data/confusables.toml names and which some
part-of-speech slot may judge (xlate/rules/confusable_sound.py, sound_alikes_to_generate). Working
that out reads every hand-written entry and asks the slots about each of 914 pairs: 30-40 ms that
every check paid at its start, for a list that changes only with the data file, the tables or the
slots. Rebuild after changing any of them: tests/test_confusable_sound.py fails until the table
shipped equals a fresh build.
"""

from __future__ import annotations

from xlate.rules.confusable_data import load_confusables
from xlate.rules.confusable_sound import GENERATED_FILE, sound_alikes_to_generate

HEADER = """\
# The sound-alike pairs XL401 generates an entry for (xlate/rules/confusable_sound.py): the pairs of
# homophones-en.tsv and homophones-es.tsv whose words no hand-written entry of confusables.toml names and
# which a part-of-speech slot may judge. Built by scripts/build_sound_alikes.py; do not edit.
# language	written	meant
"""


def table_text(pairs: list[tuple[str, str, str]]) -> str:
    return HEADER + "".join("\t".join(pair) + "\n" for pair in pairs)


def main() -> None:
    pairs = sound_alikes_to_generate(load_confusables())
    GENERATED_FILE.write_text(table_text(pairs), encoding="utf-8")
    print(f"{GENERATED_FILE}: {len(pairs)} pairs")


if __name__ == "__main__":
    main()
