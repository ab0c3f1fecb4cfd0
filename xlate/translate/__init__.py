"""Offline machine translation: engines (Apertium, argostranslate), a persistent cache, round trips."""

from xlate.translate.cache import CachedEngine, TranslationCache
from xlate.translate.engine import Engine, EngineError
from xlate.translate.select import ENGINE_CHOICES, Selection, select_engine

__all__ = ["Engine", "EngineError", "CachedEngine", "TranslationCache", "ENGINE_CHOICES", "Selection",
           "select_engine"]
