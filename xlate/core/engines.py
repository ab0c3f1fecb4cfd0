"""Translation engines: the names `--engine` and the configuration accept, and the module behind each.

An engine is a module under xlate/translate/ that provides (apertium.py and argos.py are two):

- `build(cache_dir: Path | None, timeout: float | None) -> Engine`: a ready engine, or EngineError
  saying what to install. timeout is the base of each call's time limit in seconds
  (xlate/translate/engine.py timeout_for; None: $XLATE_ENGINE_TIMEOUT, else the default).
  The Engine (xlate/translate/engine.py) translates batches of single-line segments
  (`translate_lines`), lists its `directions()`, and has a `version` that changes whenever the same
  input could translate differently (program, language data or model): translations are cached
  under the engine's name and version, so a stale version serves stale translations.
- `available(directions) -> bool`: a cheap test (no model loaded, no process started) that `build`
  would succeed for the (source, target) pairs in directions, for `--engine auto`.
- `AVAILABLE_BECAUSE` ("Apertium is installed") and `UNAVAILABLE` ("no Apertium"): what auto says.
- `INSTALL_HINT`: how to install it; auto's message when no engine runs names the hints of the
  engines in `translate/select.py` `AUTO_HINTS`.

Across processes: `--jobs` workers fork from the main process (they inherit the engine as it is)
where the platform forks safely; elsewhere the engine is pickled to each worker, and an engine that
cannot be pickled (it holds a process or a connection) keeps the whole check in one process
(xlate/run/parallel.py can_ship). An engine that holds a process should start it lazily, so that
a forked worker starts its own.

Register an engine with one line in ENGINE_MODULES below. `auto` tries them in AUTO_ORDER.
Nothing here imports an engine: a check without one loads no translation code.
"""

ENGINE_MODULES = {
    "apertium": "xlate.translate.apertium",
    "argos": "xlate.translate.argos",
}
AUTO_ORDER = ("argos", "apertium")   # the first available serves --engine auto
ENGINES = ("auto", *sorted(ENGINE_MODULES), "none")   # what --engine and the engine key accept
