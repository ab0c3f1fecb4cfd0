"""What the fuzz suite feeds and what each target must do with it (issue 21).

A target takes one generated input and either returns or raises the error its loader documents
(GlossaryError, ConfigError); anything else (a traceback, a hang past the per-input alarm in
bench/fuzz.py) is a failure. The strategies build inputs from the syntax each reader knows, so
most inputs reach deep into it, plus mutations of the project's own files and plain random text.
tests/test_fuzz.py runs every target briefly with a fixed seed; bench/fuzz.py runs them for
minutes with fresh seeds and keeps every input that fails in tests/data/fuzz/.
"""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent

# -- strategies -------------------------------------------------------------------------------

MARKDOWN_PIECES = ["`", "``", "```", "~~~", "*", "**", "_", "[", "]", "(", ")", "](", "]: ", "<!--", "-->",
                   "<!-- xlate: disable -->", "<!-- xlate: enable -->", "<b>", "</b>", "<", ">", "# ", "> ", "- ",
                   "1. ", "\n", "\n\n", "    ", "\t", "http://x.org/", "www.x.org", "a@b.org", "---\n", "+++\n",
                   "\r\n", "\r", "El Pais", "Cecot", "CECOT", "megacarcel", "the ", "de la ", "The ",
                   "Centro de Confinamiento del Terrorismo", "Terrorism Confinement Center", "é", "ñ", "İ", "’",
                   "'", "-", "—", "|", "word ", "criticzed ", "sighting ", "\u200b", "\ufeff", "1,000", "25 %"]


@st.composite
def pieces(draw, vocabulary: list[str], max_pieces: int = 40, max_repeat: int = 300) -> str:
    """Pieces of a format's syntax, some repeated many times (long runs of one mark are what made
    regexes quadratic), with random text between."""
    parts = draw(st.lists(st.one_of(st.sampled_from(vocabulary),
                                    st.tuples(st.sampled_from(vocabulary), st.integers(2, max_repeat)).map(
                                        lambda p: p[0] * p[1]),
                                    st.text(max_size=12)), max_size=max_pieces))
    return "".join(parts)


@st.composite
def mutated(draw, seeds: list[str]) -> str:
    """A seed text with a slice replaced: truncations, insertions, repeated chunks."""
    text = draw(st.sampled_from(seeds))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 200)))
    insert = draw(st.one_of(st.text(max_size=20), st.just(text[start:end] * draw(st.integers(0, 20)))))
    return text[:start] + insert + text[end:]


def markdown() -> st.SearchStrategy[str]:
    return st.one_of(pieces(MARKDOWN_PIECES), mutated(seed_texts("seeds", "*.txt")), st.text(max_size=300))


GLOSSARY_PIECES = {
    ".toml": ["[[concept]]\n", 'id = "c1"\n', 'id = "c2"\n', 'es = "Uno"\n', 'en = "One"\n', 'abbr = ["ONE"]\n',
              'en = ["One", {term = "x", note = "y"}]\n', "keep_spanish = true\n", 'category = "x"\n', "[", "]",
              "{", "}", '"', "=", "\n", "concept = ", "en_deprecated = ", "note = 5\n", "[concept]\n", "# c\n"],
    ".tbx": ['<?xml version="1.0" encoding="UTF-8"?>', '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic">',
             "</tbx>", "<text><body>", "</body></text>", '<conceptEntry id="c1">', "</conceptEntry>",
             '<langSec xml:lang="es">', '<langSec xml:lang="en">', "</langSec>", "<termSec>", "</termSec>",
             "<term>", "</term>", "Uno", "One", '<termNote type="administrativeStatus">', "</termNote>",
             "deprecatedTerm-admn-sts", "<descrip type=\"subjectField\">", "</descrip>", "&amp;", "&lt;",
             "<!DOCTYPE x>", "<![CDATA[", "]]>", "<", ">", "encoding=\"latin-1\""],
    ".csv": ["id,es,en\n", "es,en\n", ",", "\n", '"', "|", " [acronym]", " {note}", "\\", "\\|", "[", "{", "Uno",
             "One", "c1", "true", "abbr", "keep_spanish", "\r\n"],
}
GLOSSARY_PIECES[".tsv"] = [p.replace(",", "\t") for p in GLOSSARY_PIECES[".csv"]]


def glossary_text(suffix: str) -> st.SearchStrategy[str]:
    seeds = seed_texts("glossary", f"*{suffix}") + seed_texts("tests/data", f"*{suffix}")
    strategies = [pieces(GLOSSARY_PIECES[suffix]), st.text(max_size=200)]
    return st.one_of(*strategies, mutated(seeds)) if seeds else st.one_of(*strategies)


CONFIG_PIECES = ['select = ["XL1"]\n', 'ignore = ["XL301"]\n', "[tool.xlate]\n", "[tool]\n", 'xlate = "x"\n',
                 'engine = "none"\n', "engine-timeout = 5\n", "max-file-size = 0\n", "[rules.XL601]\n",
                 "threshold = 50\n", 'exclude = ["[z-a]"]\n', "[per-file-ignores]\n", '"*.md" = ["XL1"]\n',
                 "tool = 5\n", "[", "]", "{", "}", "=", '"', "\n", "nan", "inf", "true", "-1"]
BASELINE_PIECES = ['{"version": 1, "tool": "xlate", "findings": [', "]}", '{"fingerprint": "abc"}', ",", "[", "]",
                   "{", "}", '"version"', ":", "true", "null", "1", "2", '"findings"', "NaN", '"\\ud800"']


# -- targets ----------------------------------------------------------------------------------

def read_document(text: str) -> None:
    """The document reader: every derived view of a text, offsets mapping back exactly."""
    from xlate.core.document import Document
    for name in ("f.md", "f.txt"):
        doc = Document.from_text(name, text)
        assert len(doc.prose) == len(text)
        tokens = doc.tokens
        assert all(doc.prose[s:e] == w for s, e, w in zip(tokens.starts, tokens.ends, tokens.texts))
        list(doc.stretches())
        doc.capital_spans
        doc.language
        for offset in (0, len(text) // 2, len(text)):
            doc.position(offset)
            doc.language_at(offset)


def _bytes(text: str | bytes) -> bytes:
    """The file's bytes: generated text as UTF-8 (lone surrogates kept as bytes), a kept file as it is."""
    return text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")


def load_glossary_text(suffix: str, text: str | bytes) -> None:
    """A glossary file of that format: concepts, or a GlossaryError naming the file."""
    from xlate.glossary.loader import loader_for
    from xlate.glossary.model import GlossaryError
    _load_file(f"g{suffix}", text, lambda path: loader_for(path)(path), GlossaryError)


def load_config_text(text: str | bytes) -> None:
    from xlate.core.config import ConfigError
    from xlate.run.configfile import load_config
    _load_file("xlate.toml", text, load_config, ConfigError)


def load_baseline_text(text: str | bytes) -> None:
    from xlate.core.config import ConfigError
    from xlate.run.baseline import read_baseline
    _load_file("b.json", text, read_baseline, ConfigError)


def _load_file(name: str, text: str | bytes, load, error: type[Exception]) -> None:
    """load(a file holding text), which may only raise error, and one naming the file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(_bytes(text))
        try:
            load(path)
        except error as exc:
            assert str(path) in str(exc), exc


def check_text(text: str) -> None:
    """The full check with the shipped glossary (no engine): findings inside the text."""
    from xlate.api import check_texts
    from xlate.core.document import Document
    doc = Document.from_text("f.md", text)
    for f in check_texts([doc], shipped_context()):
        assert 1 <= f.line <= text.count("\n") + 1 and (f.line, f.column) <= (f.end_line, f.end_column)


@lru_cache(maxsize=1)
def shipped_context():
    from xlate.api import load_context
    return load_context([ROOT / "glossary"])


@lru_cache(maxsize=None)
def seed_texts(folder: str, pattern: str) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / folder).glob(pattern))]


# target name -> (strategy, target); a failing input is kept as tests/data/fuzz/<name>-*.<ext>
# (the text targets, document and check, take str; the file targets also take a kept file's bytes)
TARGETS = {
    "document": (markdown, read_document),
    "check": (markdown, check_text),
    "glossary-toml": (lambda: glossary_text(".toml"), lambda t: load_glossary_text(".toml", t)),
    "glossary-tbx": (lambda: glossary_text(".tbx"), lambda t: load_glossary_text(".tbx", t)),
    "glossary-csv": (lambda: glossary_text(".csv"), lambda t: load_glossary_text(".csv", t)),
    "glossary-tsv": (lambda: glossary_text(".tsv"), lambda t: load_glossary_text(".tsv", t)),
    "config": (lambda: st.one_of(pieces(CONFIG_PIECES), st.text(max_size=200)), load_config_text),
    "baseline": (lambda: st.one_of(pieces(BASELINE_PIECES, max_repeat=2000), st.text(max_size=200)), load_baseline_text),
}
EXTENSIONS = {"document": "md", "check": "md", "glossary-toml": "toml", "glossary-tbx": "tbx", "glossary-csv": "csv",
              "glossary-tsv": "tsv", "config": "toml", "baseline": "json"}
