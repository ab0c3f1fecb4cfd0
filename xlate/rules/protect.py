"""Glossary-aware machine translation: what the glossary settles and people's names are not the
engine's to translate.

Before a line goes to the engine, each glossary term in it becomes a placeholder, a word no
language has (ZXQ1), which Apertium and Argos pass through as an unknown word; after, the
placeholder becomes the glossary's rendering in the target language ("Centro de Confinamiento del
Terrorismo" -> "Terrorism Confinement Center", "Barrio 18" -> "Barrio 18" for a name English keeps).
A person's name ("Consuelo Porras", which Apertium turns into "Comfort Sweeps") is kept as written.
The engine below still caches its translations: of the lines with placeholders, so a change to the
glossary changes only what the placeholders become.

A name, here, is a run of two to four capitalised words that does not open with a common noun that
also heads the names of bodies and places ("Centro", "Corte", "Fiscalía": those are translated,
word by word if the glossary lacks them); a lone capitalised word is kept where it is the first or
last word of such a name elsewhere in the batch ("Porras" after "Consuelo Porras").
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from xlate.glossary.matcher import Match, TermIndex, plural_phrase
from xlate.glossary.model import Concept, Glossary, Term
from xlate.text.fold import fold
from xlate.translate.engine import Engine, WrappingEngine

PLACEHOLDER = "ZXQ{}"
# Apertium marks a word it does not know with '*' unless told not to; either way the number survives.
_PLACEHOLDER_RE = regex.compile(r"[*#@]?ZXQ(\d+)")
_CAPITALISED_RUN = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}'’-])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*)+")
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}'’-])\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}\p{Nd}])")
MAX_NAME_WORDS = 4

# Words that open a sentence or a phrase and are capitalised only for that: not part of a name.
_OPENERS = frozenset(fold(w) for w in """el la los las un una unos unas lo al del de en por para con sin según
sobre tras ante desde hasta entre durante mientras pero y o si no ya este esta estos estas ese esa eso aquel
the a an in on at of for by with from and but or if as this that these those after before during while""".split())
# Common nouns that head the names of bodies, places and events, in both languages: such a name is
# translated ("Corte Suprema" -> "Supreme Court"); a person's name never opens with one.
_NAME_HEADS = frozenset(fold(w) for w in """centro corte tribunal fiscalía ministerio consejo instituto partido
gobierno congreso policía guardia comisión secretaría banco universidad fuerza fuerzas ejército frente
movimiento asamblea cámara senado junta oficina dirección procuraduría registro servicio sistema unidad
organización agencia departamento república estado estados ciudad provincia región municipio alcaldía
plaza calle avenida río lago mar golfo isla islas puerto hospital escuela colegio iglesia museo teatro
palacio casa sala coordinadora confederación federación unión alianza comité defensoría contraloría
superintendencia autoridad mesa red grupo cartel cártel operación plan ley código reforma acuerdo
center court ministry council institute party government congress police guard commission secretariat
bank university force forces army front movement assembly chamber senate board office department republic
state states city province region municipality square street avenue river lake sea gulf island islands
port hospital school church museum theater theatre palace house federation union alliance committee
authority network group cartel operation plan law code reform agreement supreme national""".split())


class Protected(NamedTuple):
    text: str                     # the line with placeholders
    renderings: tuple[str, ...]   # what placeholder n becomes


def _cased_like(rendering: str, written: str) -> str:
    """A lowercase glossary term that opens a sentence opens the translation capitalised too."""
    return rendering[:1].upper() + rendering[1:] if written[:1].isupper() and rendering[:1].islower() else rendering


def _abbreviation_in(concept: Concept, lang: str) -> Term | None:
    return next((t for t in concept.terms_in(lang, "preferred", "admitted") if t.is_abbreviation), None)


def glossary_rendering(match: Match, src: str, tgt: str) -> str | None:
    """What the glossary says a term found in src text is in tgt, or None to let the engine translate."""
    entry = match.entries[0]
    concept, term = entry.concept, entry.term
    if term.lang != src:   # a term of the target language already (an English name in Spanish copy)
        return match.text if term.status != "deprecated" else None
    if entry.tail:   # the last words of a long name ("López Obrador"): a name, kept as written
        return match.text
    if term.is_abbreviation:
        target = _abbreviation_in(concept, tgt)
        return target.text if target else match.text
    if tgt == "en":
        rendering = concept.preferred_en
    else:
        preferred = concept.preferred("es")
        rendering = preferred.text if preferred else ""
    if not rendering:
        return None
    if entry.plural:
        rendering = " ".join(plural_phrase(rendering.split(), tgt))
    return _cased_like(rendering, match.text)


def name_spans(line: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of two to four capitalised words outside the spans already taken that read as a person's
    or a place's name: not opening with a noun that heads the names of bodies (see _NAME_HEADS)."""
    spans = []
    for run in _CAPITALISED_RUN.finditer(line):
        words = list(regex.finditer(r"\S+", run.group()))
        while words and fold(words[0].group()) in _OPENERS and _opens_sentence(line, run.start() + words[0].start()):
            words.pop(0)   # "El presidente", "La Fiscalía": capitalised for the sentence; "de El Salvador": a name
        if not 2 <= len(words) <= MAX_NAME_WORDS or fold(words[0].group()) in _NAME_HEADS:
            continue
        if any(w.group().isupper() for w in words):   # an acronym among them: a body's name
            continue
        start, end = run.start() + words[0].start(), run.start() + words[-1].end()
        if not any(a < end and start < b for a, b in taken):
            spans.append((start, end))
    return spans


def _opens_sentence(line: str, offset: int) -> bool:
    return _SENTENCE_OPENING.search(line[:offset]) is not None


_SENTENCE_OPENING = regex.compile(r"(?:\A|[.!?:;¿¡\"«“(\[—–-])[\s\p{Pi}\p{Ps}]*\Z")


class _Protector:
    def __init__(self, glossary: Glossary, src: str, tgt: str):
        self.index = TermIndex(glossary) if len(glossary) else None
        self.src, self.tgt = src, tgt

    def spans(self, line: str) -> list[tuple[int, int, str]]:
        """(start, end, what the span becomes) for the glossary's terms and the names in line."""
        found = []
        for match in self.index.find(line) if self.index else []:
            rendering = glossary_rendering(match, self.src, self.tgt)
            if rendering is not None:
                found.append((match.start, match.end, rendering))
        taken = [(a, b) for a, b, _ in found]
        found += [(a, b, line[a:b]) for a, b in name_spans(line, taken)]
        return sorted(found)

    def lone_name_words(self, line: str, names: set[str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """A capitalised word that is the first or last word of a name met in the batch, not at the start
        of the line (where any word is capitalised)."""
        return [(m.start(), m.end(), m.group()) for m in _CAPITALISED_WORD.finditer(line)
                if m.group() in names and m.start() > 0 and not any(a < m.end() and m.start() < b for a, b in taken)]


def protect_lines(lines: list[str], glossary: Glossary, src: str, tgt: str) -> list[Protected]:
    protector = _Protector(glossary, src, tgt)
    spans = [protector.spans(line) for line in lines]
    names = {w for line, found in zip(lines, spans) for a, b, r in found if r == line[a:b] and " " in r
             for w in (r.split()[0], r.split()[-1])}
    protected = []
    for line, found in zip(lines, spans):
        found = sorted(found + protector.lone_name_words(line, names, [(a, b) for a, b, _ in found]))
        protected.append(_with_placeholders(line, found))
    return protected


def _with_placeholders(line: str, spans: list[tuple[int, int, str]]) -> Protected:
    parts, renderings, last = [], [], 0
    for start, end, rendering in spans:
        parts += [line[last:start], PLACEHOLDER.format(len(renderings) + 1)]
        renderings.append(rendering)
        last = end
    return Protected("".join(parts) + line[last:], tuple(renderings))


def restore(output: str, protected: Protected) -> str:
    """The engine's output with each placeholder replaced by its rendering (one the engine dropped
    is lost; one it invented is left as it is)."""
    renderings = protected.renderings
    if not renderings:
        return output

    def put_back(m: regex.Match) -> str:
        n = int(m.group(1))
        return renderings[n - 1] if 1 <= n <= len(renderings) else m.group()
    return _PLACEHOLDER_RE.sub(put_back, _uncapitalised_after_opening(output, protected.text))


_OPENING_PLACEHOLDER = regex.compile(r"(?:\A|(?<=[.!?]\s+))([*#@]?ZXQ\d+\s+)(\p{Lu})(\p{Ll})")


def _uncapitalised_after_opening(output: str, source: str) -> str:
    """Apertium capitalises the word after a sentence's first word when it does not know that word
    (a placeholder): "ZXQ1 lo negó" -> "ZXQ1 Denied it". Lowercase it again where the source's word
    after that placeholder was lowercase."""
    def lower(m: regex.Match) -> str:
        after = regex.search(regex.escape(m.group(1).strip().lstrip("*#@")) + r"\s+(\p{L})", source)
        return m.group(1) + (m.group(2).lower() if after and after.group(1).islower() else m.group(2)) + m.group(3)
    return _OPENING_PLACEHOLDER.sub(lower, output)


class GlossaryEngine(WrappingEngine):
    """An engine that protects the glossary's terms and names (module docstring); the engine it wraps,
    usually the cached one, sees the lines with placeholders."""

    def __init__(self, engine: Engine, glossary: Glossary):
        super().__init__(engine)
        self.glossary = glossary

    def describe(self) -> str:
        return self.engine.describe() + f", glossary-aware ({len(self.glossary)} concepts)"

    def translate_lines(self, lines: list[str], src: str, tgt: str) -> list[str]:
        protected = protect_lines(lines, self.glossary, src, tgt)
        outputs = self.engine.translate_lines([p.text for p in protected], src, tgt)
        return [restore(out, p) for out, p in zip(outputs, protected)]
