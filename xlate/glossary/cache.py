"""A persistent cache of parsed glossary files: a 50,000-concept glossary is parsed once, not every run.

Each glossary file has one slot, <cache dir>/glossary/parsed-<length and CRC of its path>.marshal, holding
(key, concepts as plain tuples) (xlate/infra/cachefile.py). marshal reads plain tuples about ten times faster than
tomllib parses TOML, and far faster than pickle rebuilds dataclasses. The key holds the
file's path (resolved, and as given, since concept sources quote it), size, mtime_ns, inode, the
xlate version and the fields of Concept and Term: any change parses the file again and
rewrites the slot. An unreadable, corrupt or unwritable cache is ignored, never an error,
and nothing is written beside the glossary.

memoized() keeps what indexes derive from a glossary's terms (term index entries, calque
targets) the same way, one slot per kind and set of glossary files; for a glossary a check loads
read-only, it keeps each whole index too, and what checks learn about it as they go (read_learned,
keep_learned: XL501's verdicts on the names it meets).
"""

from __future__ import annotations

import unicodedata
from dataclasses import fields
from pathlib import Path
from types import ModuleType
from typing import Callable

import regex

from xlate import __version__
from xlate.infra.cachefile import fingerprint, read_keyed, source_stamp, write_keyed
from xlate.glossary import model
from xlate.glossary.model import LENIENT, Concept, Detail, Glossary, Record, Term, Transaction
from xlate.infra.cachefile import cache_dir

FOLDER = "glossary"
_TERM_FIELDS = tuple(f.name for f in fields(Term))
_CONCEPT_FIELDS = tuple(f.name for f in fields(Concept))
_TERMS = _CONCEPT_FIELDS.index("terms")
_RECORD, _LANGUAGES = _CONCEPT_FIELDS.index("record"), _CONCEPT_FIELDS.index("languages")
_TERM_RECORD = _TERM_FIELDS.index("record")
_FORMAT = ("xlate-glossary-cache", 2, __version__, _CONCEPT_FIELDS, _TERM_FIELDS)


def cache_folder(directory: Path | None = None) -> Path:
    return (directory or cache_dir()) / FOLDER


def clear(directory: Path | None = None) -> int:
    """Delete every cached glossary file and derived index (and any temp file a killed run left);
    returns how many files there were."""
    folder = cache_folder(directory)
    slots = [path for path in folder.iterdir() if path.is_file()] if folder.is_dir() else []
    for slot in slots:
        slot.unlink(missing_ok=True)
    return len(slots)


def load_cached(path: Path, load: Callable[[Path], list[Concept]]) -> tuple[list[Concept], tuple | None]:
    """load(path), or the concepts it gave last time if the file has not changed since; and the
    version of the file they were read from (None if it cannot be told)."""
    if LENIENT.get():   # lint keeps entries a check refuses: those must never be served to a check
        return load(path), None
    try:
        stat = path.stat()
    except OSError:
        return load(path), None   # let the loader report it
    where = (str(path), str(path.resolve()))
    key = (*_FORMAT, *where, stat.st_size, stat.st_mtime_ns, stat.st_ino)   # inode: editors that save by renaming
    slot = _slot("parsed", where)
    concepts = _read(slot, key, lambda plain: [_concept(values) for values in plain])
    if concepts is None:
        concepts = load(path)
        write_keyed(slot, key, [_plain(c) for c in concepts])
    return concepts, key


def checked_before(stamp: tuple) -> bool:
    """Glossary files of these versions, in this order, were loaded free of conflicts by an earlier
    run (mark_checked): a 50,000-concept glossary need not be checked again (0.13 s)."""
    return read_keyed(_checked_slot(stamp), _checked_key(stamp)) is not None


def mark_checked(stamp: tuple) -> None:
    if not checked_before(stamp):
        write_keyed(_checked_slot(stamp), _checked_key(stamp), True)


def _checked_slot(stamp: tuple) -> Path:
    return _slot("checked", [version[len(_FORMAT):len(_FORMAT) + 2] for version in stamp])   # the files' paths


def _checked_key(stamp: tuple) -> tuple:
    return (*_FORMAT, source_stamp(model), stamp)   # model.py: the conflict rules


def kept_whole(name: str, glossary: Glossary, code: tuple[ModuleType, ...], build: Callable[[], object],
               depends: tuple = ()):
    """build(): plain data derived from the glossary as a whole (and from what `depends` names: an
    engine and its version, say), kept between runs for a glossary loaded read-only (see memoized)."""
    return memoized(name, glossary, code, lambda known: (build(), {}, 0), depends)


def memoized(name: str, glossary: Glossary, code: tuple[ModuleType, ...], build: Callable[[dict], tuple],
             depends: tuple = ()):
    """build(known) -> (result, derived, worked_out); result is plain data (marshal can keep it), an
    index over the glossary that refers to concepts and terms by position.

    known: what an earlier run derived from this glossary, each value by what it was derived from (a
    term, a concept), so a value is right whatever has changed since; derived: all the build used,
    worked_out of it anew. The modules in `code` derive the values: a change to their source makes
    known empty. derived is kept for the next run.

    For a glossary loaded read-only (glossary.stamp), the whole result is kept too, under the versions
    of its files: an unchanged glossary is then not walked at all (0.7 s at 50,000 concepts)."""
    key = (*_memo_key(name, glossary, code), depends)
    whole = _slot(f"{name}-whole", glossary.sources) if glossary.stamp else None
    if whole:
        result = read_keyed(whole, (*key, glossary.stamp))
        if isinstance(result, (tuple, list, dict)):   # an index is a container; anything else is damage
            return result
    slot = _slot(name, glossary.sources)
    known = _read(slot, key, dict) or {}
    result, derived, worked_out = build(known)
    if worked_out or len(derived) != len(known):   # new values, or some no longer used
        write_keyed(slot, key, derived)
    if whole:
        write_keyed(whole, (*key, glossary.stamp), result)
    return result


def read_learned(name: str, glossary: Glossary, code: tuple[ModuleType, ...], depends: tuple = ()) -> dict:
    """What earlier runs learned about a glossary loaded read-only while checking (plain data by key,
    kept by keep_learned) under the same code and `depends`; {} for any other glossary."""
    slot = _learned_slot(name, glossary)
    learned = read_keyed(slot, _learned_key(name, glossary, code, depends)) if slot else None
    return learned if isinstance(learned, dict) else {}


# What runs learn about one glossary is kept up to this many entries, the newest: an archive's
# distinct names grow without end, and every run reads the slot whole (100,000 verdicts: about 8 MB).
MAX_LEARNED = 100_000


def keep_learned(name: str, glossary: Glossary, code: tuple[ModuleType, ...], learned: dict,
                 depends: tuple = ()) -> None:
    """Add learned to what read_learned gives, dropping the oldest entries past MAX_LEARNED. Two runs
    that finish together may both write: the last write wins, and the next run learns again what it
    lacks."""
    slot = _learned_slot(name, glossary) if learned else None   # a warm run learns nothing: no read
    if slot:
        key = _learned_key(name, glossary, code, depends)
        kept = read_keyed(slot, key)
        kept = kept if isinstance(kept, dict) else {}
        if not kept.keys() >= learned.keys():
            merged = {**{k: v for k, v in kept.items() if k not in learned}, **learned}   # newest last
            write_keyed(slot, key, dict(list(merged.items())[-MAX_LEARNED:]))


def _learned_slot(name: str, glossary: Glossary) -> Path | None:
    return _slot(f"{name}-learned", glossary.sources) if glossary.stamp else None


def _learned_key(name: str, glossary: Glossary, code: tuple[ModuleType, ...], depends: tuple) -> tuple:
    return (*_memo_key(name, glossary, code), depends, glossary.stamp)


def _memo_key(name: str, glossary: Glossary, code: tuple[ModuleType, ...]) -> tuple:
    sources = tuple(map(source_stamp, code))
    return (*_FORMAT, name, tuple(glossary.sources), sources, regex.__version__, unicodedata.unidata_version)


def _slot(kind: str, scope) -> Path:
    """One cache file per kind and scope (a glossary file, the files of a glossary)."""
    size, crc = fingerprint(repr(scope).encode())
    return cache_folder() / f"{kind}-{size:x}-{crc:08x}.marshal"


def _plain(concept: Concept) -> tuple:
    values = [getattr(concept, name) for name in _CONCEPT_FIELDS]
    values[_TERMS] = tuple(_plain_term(t) for t in concept.terms)
    values[_RECORD] = _plain_record(concept.record)
    values[_LANGUAGES] = {lang: _plain_record(r) for lang, r in concept.languages.items()} if concept.languages else None
    return tuple(values)


def _concept(values: tuple) -> Concept:
    values = list(values)
    values[_TERMS] = [_term(term) for term in values[_TERMS]]
    values[_RECORD] = _record(values[_RECORD])
    values[_LANGUAGES] = {lang: _record(r) for lang, r in values[_LANGUAGES].items()} if values[_LANGUAGES] else None
    return Concept(*values)


def _plain_term(term: Term) -> tuple:
    values = [getattr(term, name) for name in _TERM_FIELDS]
    values[_TERM_RECORD] = _plain_record(term.record)
    return tuple(values)


def _term(values: tuple) -> Term:
    term = Term(*values)
    term.record = _record(term.record)
    return term


def _plain_record(record: Record | None) -> tuple | None:
    """marshal keeps tuples, not dataclasses: a record as (details, transactions) of plain tuples."""
    if record is None:
        return None
    return (tuple(tuple(getattr(d, f.name) for f in fields(Detail)) for d in record.details),
            tuple(tuple(getattr(t, f.name) for f in fields(Transaction)) for t in record.transactions))


def _record(plain: tuple | None) -> Record | None:
    if plain is None:
        return None
    details, transactions = plain
    return Record([Detail(*d) for d in details], [Transaction(*t) for t in transactions])


def _read(slot: Path, key: tuple, convert: Callable):
    """convert(the data stored under key), or None (also for data of the wrong shape: a damaged or
    hand-made cache file only costs a rebuild)."""
    data = read_keyed(slot, key)
    try:
        return None if data is None else convert(data)
    except (TypeError, ValueError, AttributeError, IndexError, KeyError):
        return None
