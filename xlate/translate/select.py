"""Choosing an engine: --engine auto|apertium|argos|none (xlate/core/engines.py lists them)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from xlate.core.engines import AUTO_ORDER, ENGINE_MODULES, ENGINES
from xlate.translate.cache import CachedEngine, TranslationCache
from xlate.translate.engine import Engine, EngineError

ENGINE_CHOICES = ENGINES
BOTH_WAYS = (("es", "en"), ("en", "es"))   # es->en first: the direction a missing package is named by
# auto's message when no engine is there names only these install hints: Argos is an optional extra
AUTO_HINTS = ("apertium",)


@dataclass
class Selection:
    engine: Engine | None
    notice: str   # one line saying which engine is in use, or why none is


def engine_module(name: str) -> ModuleType:
    return importlib.import_module(ENGINE_MODULES[name])


def _auto_choice(directions=BOTH_WAYS) -> tuple[str, str]:
    for name in AUTO_ORDER:
        module = engine_module(name)
        if module.available(directions):
            return name, module.AVAILABLE_BECAUSE
    missing = " and ".join(engine_module(name).UNAVAILABLE for name in AUTO_ORDER)
    hints = "; ".join(engine_module(name).INSTALL_HINT for name in AUTO_HINTS)
    return "none", f"{missing}; to enable them, {hints}"


def build_engine(name: str, cache_dir: Path | None = None, timeout: float | None = None,
                 directions=BOTH_WAYS) -> Engine:
    """The engine named, refused (EngineError naming the first missing direction) unless it
    translates every one of directions."""
    engine: Engine = engine_module(name).build(cache_dir, timeout)
    missing = [d for d in directions if d not in engine.directions()]
    if missing:
        raise EngineError(engine.unsupported(*missing[0]))
    return engine


def select_engine(choice: str = "auto", cache_dir: Path | None = None, use_cache: bool = True,
                  timeout: float | None = None, directions=BOTH_WAYS) -> Selection:
    """The engine to use, wrapped in the persistent cache. An engine asked for by name that cannot
    run raises EngineError; `auto` falls back to none and says why. timeout: the base of each
    engine call's time limit in seconds (engine.timeout_for; default $XLATE_ENGINE_TIMEOUT, else 120).
    directions: the (source, target) pairs the caller needs (a one-way `xlate translate` needs one)."""
    if choice not in ENGINE_CHOICES:
        raise EngineError(f"unknown engine {choice!r} (use {', '.join(ENGINE_CHOICES)})")
    reason = "asked for with --engine"
    if choice == "auto":
        choice, reason = _auto_choice(directions)
    if choice == "none":
        return Selection(None, f"no translation engine ({reason}); checks that need one are skipped")
    engine = build_engine(choice, cache_dir, timeout, directions)
    if use_cache:
        engine = CachedEngine(engine, TranslationCache(cache_dir))
    return Selection(engine, f"translating with {engine.describe()} ({reason})")
