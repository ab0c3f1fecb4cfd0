"""Mining a corpus for what the glossary lacks (`xlate glossary suggest`).

English copy is scanned for four kinds of form: capitalised multi-word names,
Spanish-article names (El País), acronyms, and Spanish words left untranslated.
Forms that are one concept are joined: the same letters up to case and accents
(CECOT, Cecot), the same content words in another order (Center of Confinement
of Terrorism), most content words shared (Detention Center Against Terrorism),
an acronym gloss ("Terrorism Confinement Center (CECOT)") and an untranslated
Spanish word in apposition ("(CECOT), a megacarcel"). A group becomes a
suggestion when it shows variation or recurs, and nothing of it is in the glossary.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from xlate.core.document import Document
from xlate.glossary.model import Concept, Glossary, Term, slug
from xlate.text.fold import fold
from xlate.text.names import CONNECTORS, content_keys, name_phrases

ORDINARY_RANK = 10000   # a name made only of the 10,000 commonest English words is ordinary title case
ACRONYM_RE = regex.compile(r"(?<![\p{L}\p{Nd}])\p{Lu}[\p{Lu}\p{Nd}]*(?:-[\p{Lu}\p{Nd}]+)*(?![\p{L}\p{Nd}])")
SPANISH_ARTICLE_NAME_RE = regex.compile(
    r"(?<![\p{L}])(?:El|La|Los|Las) \p{Lu}[\p{L}\p{M}]+(?: (?:de |del |de la )?\p{Lu}[\p{L}\p{M}]+)*")
GLOSS_RE = regex.compile(r"\s*\((\p{Lu}[\p{L}\p{Nd}-]*)\)")
APPOSITION_RE = regex.compile(r"(?:\s*\([^)]*\))?,\s+(?:a|an|the)\s+(\p{Ll}[\p{L}\p{M}-]*)")
POSSESSIVE_RE = regex.compile(r"['’]s$")
WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}]*")
SPANISH_LINKS = frozenset("de del la las los el y e en con por para a al".split())   # inside a Spanish phrase


@dataclass
class Form:
    text: str
    kind: str                                    # name, spanish-name, es-name, acronym, spanish-word
    places: list[str] = field(default_factory=list)   # file:line of each occurrence

    @property
    def key(self) -> str:
        return fold(self.text)


@dataclass
class Suggestion:
    concept: Concept
    forms: list[Form]


# --- dictionaries ----------------------------------------------------------------------------

@lru_cache(maxsize=2)
def _frequencies(lang: str) -> dict[str, int]:
    from spellchecker import SpellChecker
    return SpellChecker(language=lang, distance=1).word_frequency.dictionary


@lru_cache(maxsize=1)
def _ordinary_english() -> frozenset[str]:
    frequency = _frequencies("en")
    return frozenset(sorted(frequency, key=frequency.get, reverse=True)[:ORDINARY_RANK])


@lru_cache(maxsize=1)
def _spanish_by_fold() -> dict[str, str]:
    """Folded Spanish word -> its commonest spelling with accents: pais -> país."""
    best: dict[str, str] = {}
    frequency = _frequencies("es")
    for word in sorted(frequency, key=frequency.get):
        best[fold(word)] = word
    return best


def is_english(word: str) -> bool:
    return word.lower() in _frequencies("en")


def spanish_spelling(word: str) -> str | None:
    """The accented Spanish spelling of a word that is not English: Spanish itself (cárcel), or a
    compound of a prefix and a Spanish word (megacarcel -> megacárcel)."""
    key = fold(word)
    if is_english(word) or len(key) < 4:
        return None
    if key in _spanish_by_fold():
        return _spanish_by_fold()[key]
    for cut in range(3, len(key) - 3):
        head, tail = key[:cut], key[cut:]
        if head in _spanish_by_fold() and tail in _spanish_by_fold() and not is_english(tail):
            return word[:cut] + _spanish_by_fold()[tail]
    return None


def spanish_form(text: str) -> str:
    """megacarcel -> megacárcel, regimen de excepcion -> régimen de excepción."""
    return WORD_RE.sub(lambda m: _spanish_by_fold().get(fold(m.group())) or spanish_spelling(m.group())
                       or m.group(), text)


def _spanish_by_spelling(word: str) -> bool:
    """Spelt as a Spanish word, links (de, la) aside: cárcel, regimen (régimen), mano."""
    return fold(word) not in SPANISH_LINKS and (fold(word) in _spanish_by_fold() or bool(spanish_spelling(word)))


def _also_english(word: str) -> bool:
    """general, hospital: the same word in both languages says nothing about the language."""
    return is_english(word) and _spanish_by_fold().get(fold(word)) == word.lower()


def spanish_runs(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of Spanish left in English copy ('megacarcel', 'mano dura', 'regimen de excepcion'):
    runs of Spanish-spelt words and links holding at least one word that is not English."""
    runs, run = [], []

    def close() -> None:
        while run and (fold(run[-1].text) in SPANISH_LINKS or _also_english(run[-1].text)):
            run.pop()
        while run and _also_english(run[0].text):
            run.pop(0)
        if any(spanish_spelling(w.text) for w in run):
            runs.append((run[0].start, run[-1].end))
        run.clear()

    for word in doc.words:
        if not start <= word.start < end:
            continue
        if run and doc.prose[run[-1].end:word.start] != " ":
            close()
        if word.text.islower() and (_spanish_by_spelling(word.text) or (run and fold(word.text) in SPANISH_LINKS)):
            run.append(word)
        else:
            close()
    close()
    return runs


def restore_accents(name: str) -> str:
    """El Pais -> El País: each word of a Spanish name spelt as the Spanish dictionary spells it."""
    def fix(match: regex.Match) -> str:
        word = match.group()
        spelt = _spanish_by_fold().get(fold(word))
        if spelt and fold(spelt) == fold(word) and spelt.lower() != word.lower():
            return spelt[0].upper() + spelt[1:] if word[0].isupper() else spelt
        return word
    return WORD_RE.sub(fix, name)


# --- finding forms ---------------------------------------------------------------------------

class Miner:
    def __init__(self):
        self.forms: dict[str, Form] = {}
        self.links: list[tuple[str, str]] = []
        self.read_at: set[tuple[str, int]] = set()

    def add(self, text: str, kind: str, doc: Document, offset: int) -> str:
        """Record one occurrence; a span already read another way (an apposition) counts once."""
        text = POSSESSIVE_RE.sub("", text.strip())
        form = self.forms.setdefault(text, Form(text, kind))
        if (doc.path, offset) not in self.read_at:
            self.read_at.add((doc.path, offset))
            form.places.append(f"{doc.path}:{doc.position(offset)[0]}")
        return text

    def read(self, doc: Document) -> None:
        for paragraph in doc.paragraphs:
            if paragraph.language == "en":
                self._read_paragraph(doc, paragraph.start, paragraph.end)
            elif paragraph.language == "es":
                self._read_spanish_paragraph(doc, paragraph.start, paragraph.end)

    def _read_spanish_paragraph(self, doc: Document, start: int, end: int) -> None:
        """The Spanish names that gloss an acronym ("el Centro de Confinamiento del Terrorismo
        (CECOT)"): the acronym ties each to the English forms it glosses in English copy, so a
        concept gets its Spanish side. Other Spanish names are left alone: most are people and
        places, which the English copy writes the same way."""
        for phrase in name_phrases(doc, start, end):
            gloss = GLOSS_RE.match(doc.prose, phrase.end)
            if gloss and not _has_spanish_article(phrase.text):
                name = self.add(phrase.text, "es-name", doc, phrase.start)
                self.links.append((name, self.add(gloss.group(1), "acronym", doc, gloss.start(1))))

    def _read_paragraph(self, doc: Document, start: int, end: int) -> None:
        prose = doc.prose
        names = [(p.start, p.end, p.text) for p in name_phrases(doc, start, end) if not _has_spanish_article(p.text)]
        names += [(m.start(), m.end(), m.group()) for m in SPANISH_ARTICLE_NAME_RE.finditer(prose, start, end)]
        for a, b, text in names:
            kind = "spanish-name" if SPANISH_ARTICLE_NAME_RE.fullmatch(text) else "name"
            name = self.add(_trim_title(doc, a, text), kind, doc, a)
            gloss = GLOSS_RE.match(prose, b)
            if gloss:
                self.links.append((name, self.add(gloss.group(1), "acronym", doc, gloss.start(1))))
            apposition = APPOSITION_RE.match(prose, b)
            if apposition and spanish_spelling(apposition.group(1)):
                self.links.append((name, self.add(apposition.group(1), "spanish-word", doc, apposition.start(1))))
        for m in ACRONYM_RE.finditer(prose, start, end):
            if sum(c.isupper() for c in m.group()) >= 2 and not (m.start() > 0 and prose[m.start() - 1] == "("):
                self.add(m.group(), "acronym", doc, m.start())
        for a, b in spanish_runs(doc, start, end):
            self.add(prose[a:b], "spanish-word", doc, a)

    def acronym_case_variants(self, corpus: list[Document]) -> None:
        """Cecot where CECOT is an acronym: capitalised words folding to a known acronym."""
        acronyms = {f.key for f in self.forms.values() if f.kind == "acronym" and f.text.isupper()}
        for doc in corpus:
            for paragraph in (p for p in doc.paragraphs if p.language == "en"):
                for word in doc.words:
                    if paragraph.start <= word.start < paragraph.end and fold(word.text) in acronyms \
                            and not word.text.isupper() and word.text[0].isupper():
                        if not doc.prose[max(0, word.start - 1)] == "(":
                            self.add(word.text, "acronym", doc, word.start)


def _has_spanish_article(text: str) -> bool:
    """El Salvador is read whole by SPANISH_ARTICLE_NAME_RE, not as the name phrase 'Salvador ...'."""
    return text.split()[0] in ("El", "La", "Los", "Las")


def _trim_title(doc: Document, start: int, text: str) -> str:
    """A sentence-initial ordinary word is not part of the name: 'Yesterday Bukele' -> 'Bukele'."""
    words = text.split(" ")
    if doc.is_sentence_start(start) and len(words) > 2 and words[0].lower() in _ordinary_english():
        return " ".join(words[1:])
    return text


# --- grouping --------------------------------------------------------------------------------

class Groups:
    """Union-find over form texts."""

    def __init__(self, texts):
        self.parent = {t: t for t in texts}

    def find(self, text: str) -> str:
        while self.parent[text] != text:
            self.parent[text] = self.parent[self.parent[text]]
            text = self.parent[text]
        return text

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def members(self) -> list[list[str]]:
        groups: dict[str, list[str]] = {}
        for text in self.parent:
            groups.setdefault(self.find(text), []).append(text)
        return list(groups.values())


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in WORD_RE.findall(text))


def _contains(longer: tuple, shorter: tuple) -> bool:
    n = len(shorter)
    return len(longer) > n and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def absorb_longer_names(forms: dict[str, Form]) -> None:
    """'President Nayib Bukele' is 'Nayib Bukele' in context: its occurrences count for the shorter name."""
    names = sorted((f for f in forms.values() if f.kind in ("name", "spanish-name")), key=lambda f: len(f.text))
    for longer in reversed(names):
        inner = next((f for f in names if len(_tokens(f.text)) >= 2 and _contains(_tokens(longer.text), _tokens(f.text))),
                     None)
        if inner:
            inner.places += longer.places
            del forms[longer.text]


def same_name(a: Form, b: Form) -> bool:
    if a.key == b.key:
        return True
    if "name" not in a.kind or "name" not in b.kind:
        return False
    ka, kb = content_keys(a.text), content_keys(b.text)
    shared = len(ka & kb)
    return ka == kb or (shared >= 2 and shared * 3 >= 2 * max(len(ka), len(kb)))


def group_forms(miner: Miner) -> list[list[Form]]:
    absorb_longer_names(miner.forms)
    forms = miner.forms
    groups = Groups(forms)
    values = list(forms.values())
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            if same_name(a, b):
                groups.join(a.text, b.text)
    for a, b in miner.links:
        if a in forms and b in forms:
            groups.join(a, b)
    return [[forms[t] for t in members] for members in groups.members()]


# --- from groups to suggestions --------------------------------------------------------------

def worth_suggesting(group: list[Form], linked: bool) -> bool:
    variants = {f.key for f in group}
    occurrences = sum(len(f.places) for f in group)
    restored = any(f.kind == "spanish-name" and restore_accents(f.text) != f.text for f in group)
    if len(variants) > 1 or linked or restored:
        return True
    form = group[0]
    if form.kind == "spanish-word":
        return True
    if occurrences < 2:
        return False
    return form.kind == "acronym" or not all(fold(w) in _ordinary_english() or fold(w) in CONNECTORS
                                             for w in WORD_RE.findall(form.text))


def in_glossary(group: list[Form], glossary: Glossary) -> bool:
    known = {fold(t.text) for c in glossary for t in c.terms}
    return any(f.key in known or fold(restore_accents(f.text)) in known for f in group) or \
        any(content_keys(f.text) == content_keys(t.text) for f in group if "name" in f.kind
            for c in glossary for t in c.terms if len(content_keys(t.text)) >= 2)


def _by_count(forms: list[Form]) -> list[Form]:
    return sorted(forms, key=lambda f: -len(f.places))


def concept_for(group: list[Form]) -> Concept:
    """The majority full form as the preferred term, the majority acronym as abbreviation, other full
    forms and untranslated Spanish as deprecated variants; case and accent slips are left to the checker."""
    names = _by_count([f for f in group if "name" in f.kind and f.kind != "es-name"])
    spanish_names = _by_count([f for f in group if f.kind == "es-name"])   # from Spanish copy
    acronyms = _by_count([f for f in group if f.kind == "acronym"])
    spanish = [f for f in group if f.kind == "spanish-word"]
    terms: list[Term] = []
    keep_spanish = False
    if names and names[0].kind == "spanish-name":
        keep_spanish = True
        terms.append(Term(restore_accents(names[0].text), "es"))
    elif names:
        terms.append(Term(names[0].text, "en"))
    elif spanish and not acronyms:
        terms.append(Term(spanish_form(spanish[0].text), "es"))
        spanish = []
    if spanish_names and not keep_spanish:
        terms.append(Term(spanish_names[0].text, "es"))
    preferred_keys = {fold(t.text) for t in terms}
    for form in names[1:]:
        if form.key not in preferred_keys and fold(restore_accents(form.text)) not in preferred_keys:
            terms.append(Term(form.text, "en", "deprecated", note=f"seen {len(form.places)}x; another rendering"))
            preferred_keys.add(form.key)
    if acronyms:
        upper = next((f for f in acronyms if f.text.isupper()), acronyms[0])
        terms.append(Term(upper.text, "en", "admitted" if terms else "preferred", "acronym"))
    for form in spanish:
        terms.append(Term(form.text, "en", "deprecated",
                          note=f"Spanish ({spanish_form(form.text)}) left untranslated"))
    first = next((t for t in terms if t.status == "preferred"), terms[0])
    return Concept(slug(first.text), terms, keep_spanish)


def suggest(docs: list[Document], glossary: Glossary) -> list[Suggestion]:
    miner = Miner()
    for doc in docs:
        miner.read(doc)
    miner.acronym_case_variants(docs)
    linked = {text for pair in miner.links for text in pair}
    suggestions = []
    for group in group_forms(miner):
        if worth_suggesting(group, any(f.text in linked for f in group)) and not in_glossary(group, glossary):
            for form in group:
                form.places.sort(key=_place_order)
            suggestions.append(Suggestion(concept_for(group), _by_count(group)))
    suggestions.sort(key=lambda s: (-sum(len(f.places) for f in s.forms), s.concept.id))
    _unique_ids(suggestions)
    return suggestions


def _place_order(place: str) -> tuple[str, int]:
    path, _, line = place.rpartition(":")
    return path, int(line)


def _unique_ids(suggestions: list[Suggestion]) -> None:
    seen = Counter()
    for s in suggestions:
        seen[s.concept.id] += 1
        if seen[s.concept.id] > 1:
            s.concept.id = f"{s.concept.id}-{seen[s.concept.id]}"
