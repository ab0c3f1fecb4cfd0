"""Mining a corpus for what the glossary lacks (`xlate glossary suggest`).

English copy is scanned for four kinds of form: capitalised multi-word names,
Spanish-article names (El País), acronyms, and Spanish words left untranslated.
Forms that are one concept are joined: the same letters up to case and accents
(CECOT, Cecot), the same content words in another order (Center of Confinement
of Terrorism), most content words shared (Detention Center Against Terrorism),
an acronym gloss ("Terrorism Confinement Center (CECOT)") and an untranslated
Spanish word in apposition ("(CECOT), a megacarcel"). A group becomes a
suggestion when it shows variation or recurs, and nothing of it is in the glossary.

What a translator must be able to trust: two names glossing different acronyms are never one
concept (Honduras's National Electoral Council (CNE) and Mexico's National Electoral Institute (INE)
share two words of three, yet are two bodies); a dateline ("LIMA, Peru (Reuters) —") or a headline
in capitals is never an acronym; a possessor is not part of the name it owns ("Peru's National Jury
of Elections" is the National Jury of Elections); a Spanish name left in English copy ("the Jurado
Nacional de Elecciones") goes to the Spanish field.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
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
# "(CNE)", "(INE, for its Spanish initials)", "(INE, por sus siglas)"
GLOSS_RE = regex.compile(r"\s*\((\p{Lu}[\p{L}\p{Nd}-]*)(?:[,;][^()\n]*)?\)")
# "LIMA, Peru (Reuters) —", "TEGUCIGALPA (AP) —", "CIUDAD DE MÉXICO, 3 mar (EFE).-": the place in
# capitals a wire story opens with, then a region, a date or a credit, then a dash
DATELINE_RE = regex.compile(r"\s*[\p{Lu}\p{M}'.]{2,}(?: [\p{Lu}\p{M}'.]{2,})*(?:,[^()\n—–]{1,40})?"
                            r"(?:\s*\([^()\n]{1,30}\))?\s*(?:[—–]|-{1,2}|\.-)\s*")
CAPITALS_RUN_RE = regex.compile(r"(?<![\p{L}\p{Nd}])\p{Lu}{2,}(?:[ :]+\p{Lu}{2,}){2,}(?![\p{L}\p{Nd}])")
APPOSITION_RE = regex.compile(r"(?:\s*\([^)]*\))?,\s+(?:a|an|the)\s+(\p{Ll}[\p{L}\p{M}-]*)")
POSSESSIVE_RE = regex.compile(r"['’]s$")
WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}]*")
SPANISH_LINKS = frozenset("de del la las los el y e en con por para a al".split())   # inside a Spanish phrase
SPANISH_NAME_LINKS = frozenset("de del la las los y".split())   # Jurado Nacional de Elecciones
ACRONYM_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{Nd}])(\p{Lu}[\p{Lu}\p{Nd}-]+) \($")   # INE (National...
CAPITAL_WORD_RE = regex.compile(r"\p{Lu}+")
INNER_POSSESSIVE_RE = regex.compile(r"^.*?\S['’]s ")


@dataclass
class Form:
    text: str
    kind: str    # name, spanish-name (El País), es-name (Spanish name), acronym, es-acronym, spanish-word
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


def is_spanish_name(name: str) -> bool:
    """Consejo Nacional Electoral, Jurado Nacional de Elecciones: a name whose link words are Spanish,
    or with two capitalised words spelt as Spanish and not as English (a person, Salvador Nasralla,
    has one at most)."""
    words = WORD_RE.findall(name)
    spanish = sum(1 for w in words if w[0].isupper() and not is_english(w) and _spanish_by_spelling(w))
    links = any(w in SPANISH_NAME_LINKS for w in words[1:-1])
    return spanish >= 2 or (links and spanish >= 1)


def name_kind(name: str) -> str:
    """How a name read in English copy is filed: El País (a Spanish name with its article, kept in
    Spanish), Consejo Nacional Electoral (a Spanish name, for the Spanish field) or an English name."""
    if SPANISH_ARTICLE_NAME_RE.fullmatch(name):
        return "spanish-name"
    return "es-name" if is_spanish_name(name) else "name"


def opening_dateline_end(prose: str, start: int, end: int) -> int:
    """Where the text of a paragraph begins after its dateline (LIMA, Peru (Reuters) —), else start."""
    match = DATELINE_RE.match(prose, start, end)
    return match.end() if match else start


def in_capitals_run(prose: str, start: int, end: int) -> set[int]:
    """The offsets of words inside a run of three words or more in capitals: a headline or a
    kicker (HONDURAS VOTE COUNT STALLS), whose words are not acronyms."""
    return {word.start() for run in CAPITALS_RUN_RE.finditer(prose, start, end)
            for word in CAPITAL_WORD_RE.finditer(prose, run.start(), run.end())}


# --- finding forms ---------------------------------------------------------------------------

@dataclass
class NameSeen:
    """A name read in one place, with what glosses it there; kept until the whole corpus is read,
    since whether its first word belongs to it depends on the name's other occurrences."""
    text: str
    kind: str
    doc: Document
    offset: int
    trimmed: tuple[str, int] | None     # without a sentence-initial ordinary word: (text, offset)
    glosses: list[tuple[str, str, int]]   # (form, kind, offset) of an acronym or Spanish word glossing it


class Miner:
    def __init__(self):
        self.forms: dict[str, Form] = {}
        self.links: list[tuple[str, str]] = []
        self.read_at: set[tuple[str, int]] = set()
        self.names: list[NameSeen] = []

    def add(self, text: str, kind: str, doc: Document, offset: int) -> str:
        """Record one occurrence; a span already read another way (an apposition) counts once.
        An acronym seen in English copy is an English acronym, though Spanish copy glossed it first."""
        text = POSSESSIVE_RE.sub("", text.strip())
        form = self.forms.setdefault(text, Form(text, kind))
        if form.kind == "es-acronym" and kind == "acronym":
            form.kind = kind
        if (doc.path, offset) not in self.read_at:
            self.read_at.add((doc.path, offset))
            form.places.append(f"{doc.path}:{doc.position(offset)[0]}")
        return text

    def read(self, doc: Document) -> None:
        for paragraph in doc.paragraphs:
            start = opening_dateline_end(doc.prose, paragraph.start, paragraph.end)
            if paragraph.language == "en":
                self._read_paragraph(doc, start, paragraph.end)
            elif paragraph.language == "es":
                self._read_spanish_paragraph(doc, start, paragraph.end)

    def finish(self) -> None:
        """Add the names read: a sentence-initial ordinary word is dropped ('Observers of the
        Organization...', 'Yesterday Nayib Bukele') unless the whole name also occurs inside a sentence."""
        inside_sentences = {seen.text for seen in self.names if seen.trimmed is None}
        for seen in self.names:
            text, offset, kind = seen.text, seen.offset, seen.kind
            if seen.trimmed and seen.text not in inside_sentences:
                (text, offset), kind = seen.trimmed, name_kind(seen.trimmed[0]) if kind != "es-name" else kind
            name = self.add(text, kind, seen.doc, offset)
            for form, kind, at in seen.glosses:
                self.links.append((name, self.add(form, kind, seen.doc, at)))
        self.names.clear()

    def _read_spanish_paragraph(self, doc: Document, start: int, end: int) -> None:
        """The Spanish names that gloss an acronym ("el Centro de Confinamiento del Terrorismo
        (CECOT)", "el INE (Instituto Nacional Electoral)"): the acronym ties each to the English
        forms it glosses in English copy, so a concept gets its Spanish side. Other Spanish names are
        left alone: most are people and places, which the English copy writes the same way."""
        for phrase in name_phrases(doc, start, end):
            gloss = GLOSS_RE.match(doc.prose, phrase.end)
            glossing = _acronym_before(doc.prose, phrase.start, start)
            if _has_spanish_article(phrase.text) or not (gloss or glossing):
                continue
            acronym = (gloss.group(1), gloss.start(1)) if gloss else glossing
            self._name_seen(doc, phrase.start, phrase.text, "es-name", [(*acronym[:1], "es-acronym", acronym[1])],
                            _is_people_of)

    def _read_paragraph(self, doc: Document, start: int, end: int) -> None:
        prose = doc.prose
        names = [(p.start, p.end, p.text) for p in name_phrases(doc, start, end) if not _has_spanish_article(p.text)]
        names += [(m.start(), m.end(), m.group()) for m in SPANISH_ARTICLE_NAME_RE.finditer(prose, start, end)]
        glossed = set()
        for a, b, text in names:
            a, text = _without_possessor(a, text)
            if len(text.split()) < 2:
                continue
            kind = name_kind(text)
            glosses = []
            gloss = GLOSS_RE.match(prose, b)
            glossing = _acronym_before(prose, a, start)
            if gloss or glossing:
                glosses.append((gloss.group(1), "acronym", gloss.start(1)) if gloss else (*glossing[:1], "acronym", glossing[1]))
                glossed.add(glosses[-1][2])
            apposition = APPOSITION_RE.match(prose, b)
            if apposition and spanish_spelling(apposition.group(1)):
                glosses.append((apposition.group(1), "spanish-word", apposition.start(1)))
            self._name_seen(doc, a, text, kind, glosses, _is_ordinary_english)
        headline = in_capitals_run(prose, start, end)
        for m in ACRONYM_RE.finditer(prose, start, end):
            if sum(c.isupper() for c in m.group()) >= 2 and m.start() not in headline | glossed:
                self.add(m.group(), "acronym", doc, m.start())
        for a, b in spanish_runs(doc, start, end):
            self.add(prose[a:b], "spanish-word", doc, a)

    def _name_seen(self, doc: Document, start: int, text: str, kind: str, glosses, not_a_name) -> None:
        self.names.append(NameSeen(text, kind, doc, start, _trimmed(doc, start, text, not_a_name), glosses))

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


def _without_possessor(start: int, text: str) -> tuple[int, str]:
    """Peru's National Jury of Elections -> National Jury of Elections: the owner is not the name."""
    owner = INNER_POSSESSIVE_RE.match(text)
    return (start + owner.end(), text[owner.end():]) if owner else (start, text)


def _acronym_before(prose: str, name_start: int, paragraph_start: int) -> tuple[str, int] | None:
    """The acronym a name glosses in parentheses after it: 'the INE (National Electoral Institute)'."""
    match = ACRONYM_BEFORE_RE.search(prose, max(paragraph_start, name_start - 40), name_start)
    return (match.group(1), match.start(1)) if match else None


def _trimmed(doc: Document, start: int, text: str, not_a_name) -> tuple[str, int] | None:
    """A sentence-initial word may not be part of the name ('Yesterday Nayib Bukele', 'Observadores
    de la Organización de los Estados Americanos'): the name without it, and without the link words
    after it, when not_a_name(first word, next word) and two words or more remain."""
    words = text.split(" ")
    if not doc.is_sentence_start(start) or not not_a_name(words[0], words[1]):
        return None
    rest = words[1:]
    while rest and rest[0] in CONNECTORS:   # 'de la', not the article of a name ('In El Quinto Poder')
        rest.pop(0)
    if len(rest) < 2:
        return None
    kept = " ".join(rest)
    return kept, start + len(text) - len(kept)


def _is_ordinary_english(word: str, following: str) -> bool:
    return word.lower() in _ordinary_english()


def _is_people_of(word: str, following: str) -> bool:
    """Observadores de la..., Simpatizantes del...: a Spanish plural before a link word names the
    people of an institution, not the institution (Organización de los Estados Americanos)."""
    key = fold(word)
    singular = key[:-2] if key.endswith("es") else key[:-1]
    return key.endswith("s") and fold(following) in CONNECTORS and (
        singular in _spanish_by_fold() or key[:-1] in _spanish_by_fold())


# --- grouping --------------------------------------------------------------------------------

class Groups:
    """Union-find over form texts, refusing to join two groups that hold different acronyms of one
    language: whatever their names share, the CNE and the INE are two bodies."""

    def __init__(self, forms: dict[str, Form]):
        self.parent = {t: t for t in forms}
        self.acronyms = {t: {_acronym_identity(f)} if "acronym" in f.kind else set() for t, f in forms.items()}

    def find(self, text: str) -> str:
        while self.parent[text] != text:
            self.parent[text] = self.parent[self.parent[text]]
            text = self.parent[text]
        return text

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb and not _different_acronyms(self.acronyms[ra], self.acronyms[rb]):
            self.parent[ra] = rb
            self.acronyms[rb] |= self.acronyms.pop(ra)

    def members(self) -> list[list[str]]:
        groups: dict[str, list[str]] = {}
        for text in self.parent:
            groups.setdefault(self.find(text), []).append(text)
        return list(groups.values())


def _acronym_identity(form: Form) -> tuple[str, str]:
    """CECOT and Cecot are one acronym; OEA glossing a Spanish name is the Spanish one (OAS in English)."""
    return ("es" if form.kind == "es-acronym" else "en", form.key)


def _different_acronyms(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    return any({k for lang, k in a if lang == language} and {k for lang, k in b if lang == language}
               and {k for lang, k in a if lang == language} != {k for lang, k in b if lang == language}
               for language in ("en", "es"))


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in WORD_RE.findall(text))


def _contains(longer: tuple, shorter: tuple) -> bool:
    n = len(shorter)
    return len(longer) > n and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def absorb_longer_names(forms: dict[str, Form]) -> dict[str, str]:
    """'President Nayib Bukele' is 'Nayib Bukele' in context: its occurrences count for the shorter
    name. Returns where each absorbed name went, for the links made from it."""
    names = sorted((f for f in forms.values() if f.kind in ("name", "spanish-name")), key=lambda f: len(f.text))
    moved = {}
    for longer in reversed(names):
        inner = next((f for f in names if len(_tokens(f.text)) >= 2 and _contains(_tokens(longer.text), _tokens(f.text))),
                     None)
        if inner:
            inner.places += longer.places
            moved[longer.text] = inner.text
            del forms[longer.text]
    return moved


def likeness(a: Form, b: Form) -> float:
    """How surely two forms are one name, 0 when they are not: the same letters (3), the same
    content words (2), else the share of content words in common, a near-miss (Elections,
    Electoral) counting for how close it is."""
    if a.key == b.key:
        return 3.0
    if "name" not in a.kind or "name" not in b.kind:
        return 0.0
    ka, kb = content_keys(a.text), content_keys(b.text)
    if ka == kb:
        return 2.0
    shared = len(ka & kb)
    if shared < 2 or shared * 3 < 2 * max(len(ka), len(kb)):
        return 0.0
    near = sum(max((SequenceMatcher(None, x, y).ratio() for y in kb - ka), default=0.0) for x in ka - kb)
    return (shared + near) / max(len(ka), len(kb))


def group_forms(miner: Miner) -> list[list[Form]]:
    """Glosses join first (an acronym says which name it stands for), then names by how alike they
    are, the likest first, so that a variant joins the name it is closest to."""
    moved = absorb_longer_names(miner.forms)
    forms = miner.forms
    groups = Groups(forms)
    for a, b in miner.links:
        a, b = moved.get(a, a), moved.get(b, b)
        if a in forms and b in forms:
            groups.join(a, b)
    values = list(forms.values())
    alike = [(likeness(a, b), a.text, b.text) for i, a in enumerate(values) for b in values[i + 1:]]
    for score, a, b in sorted((pair for pair in alike if pair[0] > 0), key=lambda pair: -pair[0]):
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
    spanish_acronyms = _by_count([f for f in group if f.kind == "es-acronym"])   # glossing Spanish copy only
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
    if spanish_acronyms:
        terms.append(Term(spanish_acronyms[0].text, "es", "admitted", "acronym"))
    for form in spanish:
        terms.append(Term(form.text, "en", "deprecated",
                          note=f"Spanish ({spanish_form(form.text)}) left untranslated"))
    first = next((t for t in terms if t.status == "preferred"), terms[0])
    return Concept(slug(first.text), terms, keep_spanish)


def suggest(docs: list[Document], glossary: Glossary) -> list[Suggestion]:
    miner = Miner()
    for doc in docs:
        miner.read(doc)
    miner.finish()
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
