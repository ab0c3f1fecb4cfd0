"""Regex patterns compiled once per installation rather than once per process.

The `regex` module parses and optimises a pattern in Python, a real share of a one-file check's
start (figures in docs/decisions.md). A compiled pattern pickles with its compiled code and
unpickles far faster, so
compile() keeps what it compiles in one file of the user cache, keyed by the versions of regex and
Python, and a later process unpickles instead of compiling. Only for patterns written in the
source: a pattern built from user data (a glossary, a word list) would grow the file without end,
so a file that reaches MAX_KEPT keeps only the patterns the process that filled it used (an
upgrade's or another branch's patterns would otherwise fill it for good, and every pattern added
after that would be compiled in every run). A damaged or foreign file costs a compile,
never a wrong pattern: a pattern is used only when its source and flags are the ones asked for.
The file is unpickled: like every file of the user cache, it is trusted as the user's own.

A worker process of a parallel check never runs the exit handler that writes the file, so what it
compiles goes back to the process that started it with its results (learned, then keep_learned
there), which writes the file once.
"""

from __future__ import annotations

import atexit
import pickle
import sys
from collections import deque

import regex

from xlate.infra.cachefile import cache_dir, read_keyed, write_keyed

MAX_KEPT = 2000
_KEY = (1, regex.__version__, sys.version_info[:2])
_kept: dict[tuple[str, int], bytes] | None = None   # (source, flags) -> the pickled pattern
_file = None   # the file _kept was read from, and is written back to
_added = False
_used: set[tuple[str, int]] = set()   # the keys this process asked for: what a full file keeps
_learned: dict[tuple[str, int], bytes] = {}   # what this process compiled since learned() last took it


def compile(pattern: str, flags: int = 0) -> regex.Pattern:   # noqa: A001 (regex.compile's name, on purpose)
    """regex.compile(pattern, flags), unpickled from the user cache when an earlier run compiled it."""
    kept = _load()
    _used.add((pattern, int(flags)))
    data = kept.get((pattern, int(flags)))
    if data is not None:
        try:
            compiled = pickle.loads(data)
        except Exception:
            compiled = None
        if isinstance(compiled, regex.Pattern) and compiled.pattern == pattern:
            return compiled
    compiled = regex.compile(pattern, flags)
    _keep(pattern, flags, compiled)
    return compiled


def _load() -> dict[tuple[str, int], bytes]:
    global _kept, _file
    if _kept is None:
        try:
            _file = cache_dir() / "patterns.marshal"
            stored = read_keyed(_file, _KEY)
        except OSError:
            stored = None
        _kept = stored if isinstance(stored, dict) else {}
    return _kept


def _keep(pattern: str, flags: int, compiled: regex.Pattern) -> None:
    if len(_kept) >= MAX_KEPT:
        _forget_unused()
        if len(_kept) >= MAX_KEPT:   # this process alone asked for that many: it keeps no more
            return
    try:
        _kept[(pattern, int(flags))] = _learned[(pattern, int(flags))] = pickle.dumps(compiled, protocol=4)
    except Exception:   # a pattern regex cannot pickle is compiled again next time
        return
    _save_at_exit()


def _save_at_exit() -> None:
    global _added
    if not _added:
        _added = True
        atexit.register(_save)


def learned() -> dict[tuple[str, int], bytes]:
    """The patterns this process compiled since the last call, pickled: a worker hands them to the
    process that started it (keep_learned), which writes the file."""
    global _learned
    taken, _learned = _learned, {}
    return taken


def keep_learned(compiled: dict[tuple[str, int], bytes]) -> None:
    """Keep patterns another process compiled (learned) as if compiled here: written at exit."""
    kept = _load()
    for key, data in compiled.items():
        if key not in kept and len(kept) < MAX_KEPT:
            kept[key] = data
            _used.add(key)
            _save_at_exit()


def _forget_unused() -> None:
    for key in [key for key in _kept if key not in _used]:
        del _kept[key]


def _save() -> None:
    """Written once, at the end of a process that compiled something new: the union of what the
    file held when read (only what this process used, when it was full) and what this process
    added (a concurrent writer's additions may be lost, and are compiled again by the next run)."""
    if _file is not None:
        write_keyed(_file, _KEY, _kept)


def last_match(matches):
    """The last of matches (a finditer's: the one nearest the range's end), or None."""
    return next(iter(deque(matches, maxlen=1)), None)


def longest_first(words) -> list[str]:
    """words, each once, longest first, for an alternation that must prefer the longer of two that
    match at one place. Ties in alphabetical order, so that the pattern's text is the same in every
    process (a set's order changes with the hash seed, and a pattern whose text changes misses the
    pattern cache: compiled afresh at each start, and the cache file rewritten at exit)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def literal_alternation(words) -> str:
    """A regex source matching what "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
    matches, the same text at every position, written as a trie: "oct(?:ober|ubre)?" for
    october|octubre|oct. The regex module tries an alternation's branches one by one at every
    position, so a trie is faster (a third less on the months of a page). The same match: of the
    branches that can match at a position, each is a prefix of the longer ones, and the trie tries
    the longer first, as the longest-first order does. words are literal (they are escaped), and
    in one case when the pattern ignores case ("A" would be a prefix of "aa" there, not here)."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}   # a word ends here

    def source(node: dict) -> str:
        branches = [regex.escape(letter) + source(node[letter]) for letter in sorted(node) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + source(tree) + ")"
