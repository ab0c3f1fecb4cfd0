"""Scores `xlate glossary suggest` against a folder's known answer (answer.toml beside the stories).

A proposal is right when it holds the forms of one concept of the answer and puts each in its own
field (a Spanish name in the Spanish field, the answer's preferred terms as preferred), or when it is
one of the answer's names alone. It is wrong when it merges two concepts, holds a dateline, a credit
or a possessive glued to a name, puts a term in the other language's field, or is none of these.

    python tests/suggest_answer.py tests/data/suggest-elections
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from xlate.text.fold import fold


@dataclass
class Score:
    right: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)     # "id: why"
    found: set[str] = field(default_factory=set)       # answer concepts proposed right, each once

    def line(self, answer: dict) -> str:
        return (f"{len(self.right)} right, {len(self.wrong)} wrong; "
                f"{len(self.found)} of {len(answer['concept'])} concepts found")


def _forms(concept: dict) -> dict[str, set[str]]:
    """The answer concept's forms by the language field they may take (an acronym used in both
    languages may stand in either)."""
    en = {concept.get("en", "")} | set(concept.get("variants", [])) | set(concept.get("abbr", []))
    es = {concept.get("es", "")} | set(concept.get("es_abbr", [])) | set(concept.get("abbr", []))
    return {"en": {fold(t) for t in en if t}, "es": {fold(t) for t in es if t}}


def judge(proposal, answer: dict) -> str | None:
    """None when the proposal is right, else why it is wrong."""
    terms = [(t.lang, t.text, t.status) for t in proposal.terms]
    texts = {fold(text) for _, text, _ in terms}
    never = {fold(t) for t in answer["never"]}
    if texts & never or any("'s " in text or "’s " in text for _, text, _ in terms):
        return "dateline, credit or possessive: " + ", ".join(text for _, text, _ in terms)
    hit = [c for c in answer["concept"] if texts & (_forms(c)["en"] | _forms(c)["es"])]
    if len(hit) > 1:
        return "merges " + " and ".join(c["id"] for c in hit)
    if not hit:
        names = {fold(n) for n in answer["names"]}
        return None if texts <= names else "not in the answer: " + ", ".join(text for _, text, _ in terms)
    concept, forms = hit[0], _forms(hit[0])
    for lang, text, status in terms:
        if fold(text) not in forms[lang]:
            return f"{text!r} in the {lang} field"
        if status == "preferred" and lang in concept and fold(text) not in {fold(concept[lang])} | {
                fold(a) for a in concept.get("abbr", []) + concept.get("es_abbr", [])}:
            return f"{text!r} preferred in {lang}, the answer prefers {concept[lang]!r}"
    return None


def score(concepts, answer: dict) -> Score:
    result = Score()
    hits: dict[str, int] = {}
    for proposal in concepts:
        why = judge(proposal, answer)
        if why:
            result.wrong.append(f"{proposal.id}: {why}")
            continue
        result.right.append(proposal.id)
        texts = {fold(t.text) for t in proposal.terms}
        for c in answer["concept"]:
            if texts & (_forms(c)["en"] | _forms(c)["es"]):
                hits[c["id"]] = hits.get(c["id"], 0) + 1
    result.found = {cid for cid, n in hits.items() if n == 1}
    return result


def suggest_folder(folder: Path):
    from xlate.core.document import Document
    from xlate.glossary.model import Glossary
    from xlate.glossary.suggest import suggest
    docs = [Document.from_path(p) for p in sorted(folder.glob("*.md"))]
    return [s.concept for s in suggest(docs, Glossary())]


def main(folder: str) -> None:
    answer = tomllib.loads((Path(folder) / "answer.toml").read_text(encoding="utf-8"))
    result = score(suggest_folder(Path(folder)), answer)
    print(result.line(answer))
    for why in result.wrong:
        print("  wrong:", why)


if __name__ == "__main__":
    main(sys.argv[1])
