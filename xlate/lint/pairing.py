"""Which documents pair up: a Spanish original and its English translation, by file-name pattern
(Hugo's NAME.es.md / NAME.en.md by default, configurable) or as given (`--pair SRC TGT`)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from xlate.core.document import Document
from xlate.core.pairs import Pair


def counterpart(path: str, patterns) -> str | None:
    """The English file a Spanish file's name pairs with, if its path fits a pattern. {name}
    stands for one path component, or for several when the pattern itself has a slash
    (es/{name}.md -> en/{name}.md for per-language folders)."""
    posix = Path(path).as_posix()
    for spanish, english in patterns:
        before, after = spanish.split("{name}")
        name = r".+?" if "/" in spanish else r"[^/]+"
        m = re.search(rf"(?:^|(?<=/)){re.escape(before)}(?P<name>{name}){re.escape(after)}\Z", posix)
        if m:
            return posix[:m.start()] + english.replace("{name}", m.group("name"))
    return None


def unchecked_originals(docs: list[Document], patterns) -> list[Path]:
    """Spanish originals of the English files being checked that are not checked themselves, so a
    translation is compared with its original even when only the translation changed (pre-commit)."""
    reverse = [(english, spanish) for spanish, english in patterns]
    checked = {os.path.normpath(d.path) for d in docs}
    originals = (counterpart(d.path, reverse) for d in docs)
    return [Path(o) for o in originals if o and os.path.normpath(o) not in checked and Path(o).is_file()]


def find_pairs(docs: list[Document], patterns, explicit=()) -> list[Pair]:
    """Pairs among docs by name pattern, plus the explicit (spanish_path, english_path) pairs."""
    by_path = {os.path.normpath(d.path): d for d in docs}
    pairs, paired = [], set()
    for spanish, english in explicit:
        es, en = by_path.get(os.path.normpath(str(spanish))), by_path.get(os.path.normpath(str(english)))
        if es and en:
            pairs.append(Pair(es, en))
            paired.add(os.path.normpath(es.path))
    for doc in docs:
        other = counterpart(doc.path, patterns)
        if other and os.path.normpath(doc.path) not in paired and os.path.normpath(other) in by_path:
            pairs.append(Pair(doc, by_path[os.path.normpath(other)]))
    return pairs
