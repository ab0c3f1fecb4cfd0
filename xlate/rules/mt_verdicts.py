"""XL501's verdicts (xlate/rules/mt_rendering.py): for each candidate name, its translation into
Spanish and the glossary term that translation confirms, judged once per run and, for a glossary
loaded read-only, kept for later runs (xlate/glossary/cache.py read_learned, keep_learned).

The cache keeps plain tuples (marshal); the run holds named ones. They are converted here, where
they cross, and nowhere else.
"""

from __future__ import annotations

from types import ModuleType
from typing import NamedTuple

from xlate.glossary.cache import keep_learned, read_learned
from xlate.glossary.model import Glossary

_NAME = "mt-verdicts"


class CandidateKey(NamedTuple):
    """What a candidate's verdict depends on, cheap to hash: its text, whether it glosses an
    abbreviation and, for a gloss, its concepts (a name's concepts follow from its text)."""
    text: str
    glossed: bool
    concept_ids: tuple[str, ...]


class Confirmation(NamedTuple):
    """The glossary term a translation confirms."""
    concept_id: str
    term: int   # position among the concept's preferred and admitted Spanish terms


class Verdict(NamedTuple):
    translation: str | None            # None: not translated yet (not in the translation cache)
    confirmed: Confirmation | None     # None: the translation confirms no term


NOT_TRANSLATED = Verdict(None, None)


class VerdictStore:
    """The run's verdicts by candidate, starting from what earlier runs kept under the same code
    and `depends` (the engine, its version, the similarities a confirmation needs)."""

    def __init__(self, glossary: Glossary, code: tuple[ModuleType, ...], depends: tuple):
        self.glossary, self.code, self.depends = glossary, code, depends
        kept = read_learned(_NAME, glossary, code, depends)
        self._verdicts: dict[CandidateKey, Verdict] = {}
        for key, verdict in kept.items():
            try:
                self._verdicts[CandidateKey(*key)] = _verdict_from_plain(verdict)
            except (TypeError, ValueError):   # damaged or of another shape: judged again
                continue

    def __len__(self) -> int:
        return len(self._verdicts)

    def __contains__(self, key: CandidateKey) -> bool:
        return key in self._verdicts

    def __getitem__(self, key: CandidateKey) -> Verdict:
        return self._verdicts[key]

    def __setitem__(self, key: CandidateKey, verdict: Verdict) -> None:
        self._verdicts[key] = verdict

    def get(self, key: CandidateKey) -> Verdict | None:
        return self._verdicts.get(key)

    def keep(self, learned: dict[CandidateKey, Verdict]) -> None:
        """Keep learned for later runs, as plain tuples."""
        plain = {tuple(key): _verdict_to_plain(verdict) for key, verdict in learned.items()}
        keep_learned(_NAME, self.glossary, self.code, plain, self.depends)


def _verdict_to_plain(verdict: Verdict) -> tuple:
    confirmed = verdict.confirmed
    return verdict.translation, (tuple(confirmed) if confirmed else None)


def _verdict_from_plain(plain: tuple) -> Verdict:
    translation, confirmed = plain
    return Verdict(translation, Confirmation(*confirmed) if confirmed else None)
