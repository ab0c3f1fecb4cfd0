"""What a translation engine is: a batch of segments in, the same number of translations out.

Engines are batch-first because starting a translator is what costs: Apertium
translates a thousand sentences in one process call in about the time it takes
to start four calls of one sentence each.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

LANGUAGE_NAMES = {"es": "Spanish", "en": "English"}


class EngineError(Exception):
    """An engine that cannot translate, with what to do about it."""


def one_line(segment: str) -> str:
    """A segment as the single line engines see: engines split on line breaks."""
    return " ".join(segment.split())


class Engine(ABC):
    name: str = ""

    @property
    @abstractmethod
    def version(self) -> str:
        """Changes whenever the same input could translate differently (program, data or model)."""

    @abstractmethod
    def directions(self) -> set[tuple[str, str]]:
        """The (source, target) language pairs this engine can translate."""

    @abstractmethod
    def translate_lines(self, lines: list[str], src: str, tgt: str) -> list[str]:
        """Translate non-empty single-line segments; one output per input, in order."""

    def supports(self, src: str, tgt: str) -> bool:
        return (src, tgt) in self.directions()

    def translate(self, segments: list[str], src: str, tgt: str) -> list[str]:
        """Translate segments (line breaks inside a segment become spaces); blank ones stay blank."""
        if src == tgt:
            return list(segments)
        if not self.supports(src, tgt):
            raise EngineError(self.unsupported(src, tgt))
        lines = [one_line(s) for s in segments]
        wanted = [i for i, line in enumerate(lines) if line]
        results = [""] * len(lines)
        if wanted:
            for i, out in zip(wanted, self.translate_lines([lines[i] for i in wanted], src, tgt)):
                results[i] = out
        return results

    def unsupported(self, src: str, tgt: str) -> str:
        return f"{self.name} cannot translate {LANGUAGE_NAMES.get(src, src)} to {LANGUAGE_NAMES.get(tgt, tgt)}"

    def describe(self) -> str:
        return f"{self.name} {self.version}"
