"""translate/engine.py WrappingEngine: the translation cache and the glossary's protection wrap an
engine the same way, and are that engine to everything but translate_lines."""

from __future__ import annotations

import pickle

from translation_helpers import EchoEngine

from xlate.glossary.model import Concept, Glossary, Term
from xlate.rules.protect import GlossaryEngine
from xlate.translate.cache import CachedEngine, TranslationCache


class HintedEngine(EchoEngine):
    def health_hint(self) -> str:
        return "echo hola | echo"


def test_wrappers_are_their_engine_but_for_what_they_add(tmp_path):
    inner = HintedEngine()
    cached = CachedEngine(inner, TranslationCache(tmp_path))
    glossary = Glossary([Concept("el-pais", [Term("El País", "es", "preferred")], keep_spanish=True)])
    aware = GlossaryEngine(cached, glossary)
    for engine in (cached, aware):
        assert (engine.name, engine.version, engine.directions()) == ("echo", "1", inner.directions())
        assert engine.health_hint() == "echo hola | echo"
        assert engine.unsupported("es", "fr") == inner.unsupported("es", "fr")
    assert cached.describe() == inner.describe() == "echo 1"
    assert aware.describe() == "echo 1, glossary-aware (1 concepts)"
    assert aware.translate(["lo dijo El País"], "es", "en") == ["LO DIJO El País"]
    assert inner.batches == [["lo dijo ZXQ1"]]   # the engine saw a placeholder for the name
    assert cached.translate(["lo dijo ZXQ1"], "es", "en") == ["LO DIJO ZXQ1"] and len(inner.batches) == 1   # cached


def test_a_wrapped_engine_pickles_with_what_it_wraps(tmp_path):
    cached = pickle.loads(pickle.dumps(CachedEngine(EchoEngine(), TranslationCache(tmp_path))))
    assert (cached.name, cached.engine.name) == ("echo", "echo")
