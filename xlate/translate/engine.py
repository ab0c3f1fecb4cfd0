"""What a translation engine is: a batch of segments in, the same number of translations out.

Engines are batch-first because starting a translator is what costs: Apertium
translates a thousand sentences in one process call in about the time it takes
to start four calls of one sentence each.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

LANGUAGE_NAMES = {"es": "Spanish", "en": "English"}

# How long an engine process may take before it is stopped: a base (a cold start, a loaded machine)
# plus a second per 2,000 characters of the batch, some 20 times Apertium's pace on a loaded machine.
DEFAULT_TIMEOUT_S = 120.0
TIMEOUT_CHARS_PER_S = 2000
TIMEOUT_ENV = "XLATE_ENGINE_TIMEOUT"


def timeout_for(chars: int, base: float | None = None) -> float:
    """Seconds an engine call over chars characters may take; base: the configured engine-timeout,
    else $XLATE_ENGINE_TIMEOUT, else DEFAULT_TIMEOUT_S."""
    return (base if base is not None else configured_timeout()) + chars / TIMEOUT_CHARS_PER_S


def configured_timeout() -> float:
    import os
    value = os.environ.get(TIMEOUT_ENV, "")
    try:
        seconds = float(value) if value else DEFAULT_TIMEOUT_S
    except ValueError:
        raise EngineError(f"{TIMEOUT_ENV}={value!r}: expected a number of seconds") from None
    if not seconds > 0:
        raise EngineError(f"{TIMEOUT_ENV}={value!r}: expected a positive number of seconds")
    return seconds


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
            outputs = self.translate_lines([lines[i] for i in wanted], src, tgt)
            self._check_answer([lines[i] for i in wanted], outputs)
            for i, out in zip(wanted, outputs):
                results[i] = out
        return results

    def _check_answer(self, lines: list[str], outputs: list[str]) -> None:
        """An answer that does not match its input segment for segment is the engine failing, not a
        translation: it must never reach the translation cache, where it would stay for good."""
        if len(outputs) != len(lines):
            raise EngineError(f"{self.name} answered {len(outputs)} segment(s) for {len(lines)}; "
                              f"nothing was cached. Check the engine: {self.health_hint()}")
        empty = next((line for line, out in zip(lines, outputs) if not out.strip()), None)
        if empty is not None:
            raise EngineError(f"{self.name} answered nothing for {empty[:60]!r}; nothing was cached. "
                              f"Check the engine: {self.health_hint()}")

    def health_hint(self) -> str:
        """A command that shows whether the engine works, for error messages."""
        return f"xlate translate --engine {self.name} --from es --to en on a short text"

    def unsupported(self, src: str, tgt: str) -> str:
        return f"{self.name} cannot translate {LANGUAGE_NAMES.get(src, src)} to {LANGUAGE_NAMES.get(tgt, tgt)}"

    def describe(self) -> str:
        return f"{self.name} {self.version}"


class WrappingEngine(Engine):
    """An engine that hands its lines to another (the translation cache, the glossary's protection)
    and is otherwise that engine: its name, version, directions and messages. What a wrapper adds is
    in its translate_lines alone."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.name = engine.name

    @property
    def version(self) -> str:
        return self.engine.version

    def directions(self) -> set[tuple[str, str]]:
        return self.engine.directions()

    def unsupported(self, src: str, tgt: str) -> str:
        return self.engine.unsupported(src, tgt)

    def health_hint(self) -> str:
        return self.engine.health_hint()

    def describe(self) -> str:
        return self.engine.describe()
