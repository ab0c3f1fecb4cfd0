from __future__ import annotations

from dataclasses import dataclass

from xlate.glossary.model import fold
from xlate.names import content_keys, likely_cognates, name_phrases
from xlate.rules.base import Rule, register
from xlate.rules.usage import usages


@dataclass(frozen=True)
class _Target:
    concept_id: str
    preferred: str
    content: frozenset[str]          # content keys of the preferred English name
    spanish: frozenset[str]          # content keys of the Spanish terms
    listed: frozenset[str]           # folded forms the glossary already lists


def _targets(glossary) -> dict[str, list[_Target]]:
    """Concepts with a multi-word English name, indexed by each of its content words."""
    index: dict[str, list[_Target]] = {}
    for concept in glossary:
        preferred = concept.preferred_en
        content = content_keys(preferred)
        if len(content) < 2:
            continue
        spanish = frozenset().union(*(content_keys(t.text) for t in concept.terms if t.lang == "es"))
        target = _Target(concept.id, preferred, content, spanish, frozenset(fold(t.text) for t in concept.terms))
        for key in content:
            index.setdefault(key, []).append(target)
    return index


def _is_calque(phrase_content: frozenset[str], target: _Target) -> bool:
    """All the preferred name's content words, reordered, plus at most one word that mirrors the Spanish."""
    if not target.content <= phrase_content:
        return False
    extra = phrase_content - target.content
    return len(extra) <= 1 and all(any(likely_cognates(e, s) for s in target.spanish) for e in extra)


@register
class Calque(Rule):
    """A capitalised name that uses the content words of a glossary concept's preferred English
    name in another order or with other small words, as a word-for-word translation does:
    "Center of Confinement of Terrorism" or "Center of Terrorism Confinement" for "Terrorism
    Confinement Center". One extra word is allowed when it mirrors a word of the Spanish name
    ("Supreme Court of Justice" for "Supreme Court"). Forms the glossary lists are left to XL101."""

    code = "XL103"
    name = "calque"
    kind = "rendering"
    severity = "warning"
    summary = "An unlisted word-for-word rendering of a glossary name; use the preferred term."
    example = ('a tour of the Center of Confinement of Terrorism\n'
               '-> XL103 "Center of Confinement of Terrorism" looks like a literal rendering of cecot; '
               'use "Terrorism Confinement Center"')

    def check(self, doc, ctx):
        index = ctx.shared("calque-targets", lambda: _targets(ctx.glossary))
        if not index:
            return
        listed_spans = [(u.match.start, u.match.end) for u in usages(doc, ctx)]
        for para in doc.paragraphs:
            if para.language != "en":
                continue
            for phrase in name_phrases(doc, para.start, para.end):
                if any(a <= phrase.start and phrase.end <= b for a, b in listed_spans):
                    continue
                target = self._best_target(phrase, index)
                if target:
                    yield self.report(doc, phrase.start, phrase.end,
                                      f'"{phrase.text}" looks like a literal rendering of {target.concept_id}; '
                                      f'use "{target.preferred}"', [target.preferred], ctx)

    @staticmethod
    def _best_target(phrase, index) -> _Target | None:
        seen = set()
        for key in sorted(phrase.content):   # sorted: the same answer in every process
            for target in index.get(key, ()):
                if target.concept_id in seen:
                    continue
                seen.add(target.concept_id)
                if fold(phrase.text) not in target.listed and _is_calque(phrase.content, target):
                    return target
        return None

