"""TBX-Basic glossaries: TBX v3 (root <tbx>) and v2 (root <martif>), read and written.

Reading is lenient about what xlate does not use (transactions, definitions,
contexts, languages other than Spanish and English are skipped) and strict
about what it does: a term's text, status and type. XML is parsed with
defusedxml, so entity declarations ("billion laughs") and external entities
are refused before they can expand. Writing produces TBX v3, TBX-Basic, DCA style.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import regex
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from xlate.glossary.layout import canonical_terms
from xlate.glossary.model import LANGUAGES, LENIENT, STATUS_ALIASES, Concept, GlossaryError, Term, shown, validate_concept
from xlate.infra.regular_file import read_regular_bytes

SUFFIXES = (".tbx",)
TBX_NS = "urn:iso:std:iso:30042:ed-2"
NAMESPACES = {TBX_NS, "urn:iso:std:iso:30042:ed:3.0", ""}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS_VALUES = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
                 "deprecated": "deprecatedTerm-admn-sts"}
TERM_TYPE_ALIASES = {"acronym": "acronym", "initialism": "acronym", "abbreviation": "abbreviation"}
# Marks the English copy of the Spanish name that stands for keep_spanish where the
# English preferred term alone cannot say it (see docs/glossary.md).
KEEP_SPANISH_NOTE = "xlate: English copy uses the Spanish name (keep_spanish)"
_NOT_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\p{Cs}]")
_NCNAME = regex.compile(r"[\p{L}_][\p{L}\p{M}\p{N}_.\-]*")


# --- reading ---------------------------------------------------------------------------------

class _LinedElement(ET.Element):
    """An element that remembers the line it starts on, for error messages."""
    line = 0


class _LineBuilder(ET.TreeBuilder):
    def __init__(self):
        super().__init__(element_factory=_LinedElement)
        self.expat = None

    def start(self, tag, attrs):
        element = super().start(tag, attrs)
        element.line = self.expat.CurrentLineNumber
        return element


def parse_xml(data: bytes, source: str) -> ET.Element:
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException as exc:
        line = parser.parser.CurrentLineNumber
        raise GlossaryError(f"{source}:{line}", f"refused: {exc} (entity and external-reference "
                                                f"declarations are not allowed in a glossary)") from None
    except LookupError as exc:   # expat asks Python for the encoding the XML declaration names
        raise GlossaryError(f"{source}:1", f"the XML declaration names an encoding Python does not know "
                                           f"({shown(str(exc).removeprefix('unknown encoding: '))}); "
                                           "write the file in UTF-8") from None
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":")[0]
        raise GlossaryError(f"{source}:{line}:{column + 1}", f"not well-formed XML ({reason})") from None


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def category(element: ET.Element) -> str:
    """The data category: the type attribute in DCA style (termNote type="termType"), the element
    name in DCT style (<basic:termType>)."""
    name = local(element.tag)
    return element.get("type", "") if name in ("termNote", "descrip", "admin") else name


def language(code: str) -> str:
    """es-ES, es_419, ES, spa -> es; en-US, eng -> en; anything else as its primary subtag."""
    primary = regex.split(r"[-_]", code.strip())[0].lower()
    return {"spa": "es", "eng": "en"}.get(primary, primary)


def status_of(value: str, where: str) -> str:
    key = value.strip().lower().removesuffix("-admn-sts").removesuffix("term")
    if key not in STATUS_ALIASES:
        raise GlossaryError(where, f"unknown administrativeStatus {value.strip()!r} "
                                   f"(use preferred, admitted, deprecated or superseded)")
    return STATUS_ALIASES[key]


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


class _Reader:
    def __init__(self, source: str):
        self.source = source
        self.made_ids: dict[int, int] = {}   # line -> concepts without an id seen on it

    def made_id(self, entry: ET.Element) -> str:
        """entry-LINE for a concept the file gives no id; entry-LINE-N for the Nth on one line (a
        minified export puts them all on one), so a made id never clashes with another."""
        n = self.made_ids[entry.line] = self.made_ids.get(entry.line, 0) + 1
        return f"entry-{entry.line}" if n == 1 else f"entry-{entry.line}-{n}"

    def where(self, element: ET.Element) -> str:
        return f"{self.source}:{element.line}"

    def concepts(self, root: ET.Element) -> list[Concept]:
        name = local(root.tag)
        if name not in ("tbx", "martif"):
            raise GlossaryError(self.where(root), f"root element is <{name}>; a TBX file has <tbx> (TBX v3) "
                                                  f"or <martif> (TBX v2)")
        if name == "tbx" and namespace(root.tag) not in NAMESPACES:
            raise GlossaryError(self.where(root), f"unknown TBX namespace {namespace(root.tag)!r} "
                                                  f"(expected {TBX_NS} or urn:iso:std:iso:30042:ed:3.0)")
        entries = [e for e in root.iter() if local(e.tag) in ("conceptEntry", "termEntry")]
        return [c for c in map(self.concept, entries) if c is not None]

    def concept(self, entry: ET.Element) -> Concept | None:
        notes, subjects, terms, keep = [], [], [], False
        for child in entry:
            kind = category(child)
            if kind == "note":
                notes.append(text_of(child))
            elif kind == "subjectField" or local(child.tag) == "descripGrp":
                subjects += [text_of(e) for e in child.iter() if category(e) == "subjectField"]
            elif local(child.tag) in ("langSec", "langSet"):
                section_terms, marked = self.language_section(child)
                terms += section_terms
                keep = keep or marked
        if not terms:
            return None   # a concept with neither Spanish nor English terms
        concept = Concept(entry.get("id") or self.made_id(entry), canonical_terms(terms), keep,
                          "\n".join(subjects), "\n".join(notes), self.where(entry))
        concept.keep_spanish = keep or _same_preferred(concept)
        validate_concept(concept)
        return concept

    def language_section(self, section: ET.Element) -> tuple[list[Term], bool]:
        """The section's terms if it is Spanish or English, and whether it held the keep_spanish mark."""
        lang = language(section.get(XML_LANG) or section.get("lang") or "")
        if not lang:
            raise GlossaryError(self.where(section), f"<{local(section.tag)}> without xml:lang")
        if lang not in LANGUAGES and not LENIENT.get():
            return [], False   # other languages of a multilingual termbase: not xlate's business
        terms, explicit, marked = [], [], False
        for child in section:
            if local(child.tag) in ("termSec", "tig", "ntig"):
                term, has_status = self.term(child, lang)
                if lang == "en" and term.note == KEEP_SPANISH_NOTE:
                    marked = True
                    continue
                terms.append(term)
                explicit.append(has_status)
        _default_statuses(terms, explicit)
        return terms, marked

    def term(self, section: ET.Element, lang: str) -> tuple[Term, bool]:
        texts = [e for e in section.iter() if local(e.tag) == "term"]
        if not texts or not (text_of(texts[0]).strip() or LENIENT.get()):
            raise GlossaryError(self.where(section), f"<{local(section.tag)}> without a term (or an empty <term>)")
        term = Term(text_of(texts[0]).strip(), lang)
        has_status = False
        for element in section.iter():
            kind = category(element)
            if kind in ("administrativeStatus", "normativeAuthorization"):
                term.status, has_status = status_of(text_of(element), self.where(element)), True
            elif kind == "termType":
                term.type = TERM_TYPE_ALIASES.get(text_of(element).strip(), "term")
        term.note = "\n".join(text_of(n) for n in section if local(n.tag) == "note")
        return term, has_status


def _default_statuses(terms: list[Term], explicit: list[bool]) -> None:
    """Terms without a status: the first is preferred when the section names no preferred term,
    the rest are admitted."""
    has_preferred = any(t.status == "preferred" for t, e in zip(terms, explicit) if e)
    for term, is_explicit in zip(terms, explicit):
        if not is_explicit:
            term.status = "admitted" if has_preferred else "preferred"
            has_preferred = True


def _same_preferred(concept: Concept) -> bool:
    es, en = concept.preferred("es"), concept.preferred("en")
    return bool(es and en and es.text == en.text)


def load(path: Path) -> list[Concept]:
    try:
        data = read_regular_bytes(path)
    except OSError as exc:
        raise GlossaryError(str(path), f"cannot read: {exc.strerror}") from None
    return _Reader(str(path)).concepts(parse_xml(data, str(path)))


# --- writing ---------------------------------------------------------------------------------

def _element(parent: ET.Element, name: str, text: str = "", **attrs) -> ET.Element:
    element = ET.SubElement(parent, name, attrs)
    element.text = text or None
    return element


def _check_writable(concept: Concept) -> None:
    if not _NCNAME.fullmatch(concept.id):
        raise GlossaryError(concept.source or concept.id, f"concept id {concept.id!r} is not a valid XML id "
                                                          "(TBX needs a letter or _ first, then letters, digits, -, _ or .)")
    texts = [concept.note, concept.category] + [t.text for t in concept.terms] + [t.note for t in concept.terms]
    if any(_NOT_XML.search(t) for t in texts):
        raise GlossaryError(concept.source or concept.id, f"concept {concept.id!r} holds a control character "
                                                          "that XML cannot represent")


def _term_section(parent: ET.Element, term: Term) -> None:
    section = _element(parent, "termSec")
    _element(section, "term", term.text)
    _element(section, "termNote", STATUS_VALUES[term.status], type="administrativeStatus")
    if term.is_abbreviation:
        _element(section, "termNote", term.type, type="termType")
    if term.note:
        _element(section, "note", term.note)


def _english_terms(concept: Concept) -> list[Term]:
    """English terms plus, where keep_spanish is not already said by an identical preferred term,
    the marked copy of the Spanish name."""
    terms = concept.terms_in("en")
    es, en = concept.preferred("es"), concept.preferred("en")
    if concept.keep_spanish and not (es and en and en.text == es.text):
        name = es or (concept.terms_in("es") or concept.terms)[0]
        terms.append(Term(name.text, "en", "admitted" if en else "preferred", note=KEEP_SPANISH_NOTE))
    return terms


def _concept_entry(body: ET.Element, concept: Concept) -> None:
    _check_writable(concept)
    entry = _element(body, "conceptEntry", id=concept.id)
    if concept.category:
        _element(entry, "descrip", concept.category, type="subjectField")
    if concept.note:
        _element(entry, "note", concept.note)
    for lang, terms in (("es", concept.terms_in("es")), ("en", _english_terms(concept))):
        if terms:
            section = _element(entry, "langSec", **{XML_LANG: lang})
            for term in terms:
                _term_section(section, term)


def dumps(concepts: list[Concept]) -> str:
    root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en", "xmlns": TBX_NS})
    source = _element(_element(_element(root, "tbxHeader"), "fileDesc"), "sourceDesc")
    _element(source, "p", "Spanish-English glossary exported by xlate")
    body = _element(_element(root, "text"), "body")
    for concept in concepts:
        _concept_entry(body, concept)
    ET.indent(root, "  ")
    xml = ET.tostring(root, encoding="unicode")
    # the parser reads a raw carriage return as a newline; a character reference keeps it
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml.replace("\r", "&#13;") + "\n"


def from_text(text: str, path: Path) -> list[Concept]:
    return _Reader(str(path)).concepts(parse_xml(text.encode("utf-8"), str(path)))


def to_text(concepts: list[Concept], path: Path, previous: str | None = None) -> str:
    return dumps(concepts)
