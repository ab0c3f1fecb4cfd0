"""TBX-Basic glossaries: TBX v3 (root <tbx>) and v2 (root <martif>), read and written.

Reading keeps what a termbase holds at every level (definitions, contexts, sources, part of
speech, term types, notes, cross-references, pictures, transactions) in the model's Records, so
an import and an export lose nothing of the Spanish and English sections; languages other than
Spanish and English are skipped. It is strict about what the checks use: a term's text, status
and type. XML is parsed with
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
from xlate.glossary.model import (LANGUAGES, LENIENT, STATUS_ALIASES, TERM_TYPES, Concept, Detail, GlossaryError, Record,
                                  Term, Transaction, shown, validate_concept)
from xlate.infra.regular_file import read_regular_bytes

SUFFIXES = (".tbx",)
TBX_NS = "urn:iso:std:iso:30042:ed-2"
NAMESPACES = {TBX_NS, "urn:iso:std:iso:30042:ed:3.0", ""}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
STATUS_VALUES = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
                 "deprecated": "deprecatedTerm-admn-sts"}
TERM_TYPE_ALIASES = {**{kind: kind for kind in TERM_TYPES if kind != "term"}, "initialism": "acronym"}
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
    return element.get("type", "") if name in _TYPED_ELEMENTS else name


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


def prose_of(element: ET.Element) -> str:
    """An element's text as prose: the line breaks and indentation of the XML around it are layout,
    not content ("A group of stars formed together in the spiral\n\t\t\tarms" is one sentence),
    unless the element says xml:space="preserve" (as xlate writes text whose spaces matter)."""
    text = text_of(element)
    return text if element.get(XML_SPACE) == "preserve" else " ".join(text.split())


def transaction_of(group: ET.Element) -> Transaction:
    transaction = Transaction("")
    for child in group:
        kind = category(child)
        if kind == "transactionType":
            transaction.type = prose_of(child)
        elif local(child.tag) == "date":
            transaction.date = prose_of(child)
        elif kind == "responsibility":
            transaction.responsibility, transaction.target = prose_of(child), child.get("target", "")
    return transaction


def detail_of(element: ET.Element) -> Detail | None:
    """A data category element, or a descripGrp (a definition or context with its source)."""
    if local(element.tag) not in _GROUPS:
        return Detail(category(element), prose_of(element), element.get("target", ""))
    parts = [child for child in element if local(child.tag) != "note"]
    detail = next((detail_of(c) for c in parts if category(c) != "source"), None)
    if detail is None:
        return None
    detail.source = "\n".join(prose_of(c) for c in parts if category(c) == "source")
    return detail


def record_of(element: ET.Element, skip: set[str]) -> Record:
    """The details (notes among them, as Detail("note")) and transactions an element holds directly;
    children whose element name or data category is in skip are read by the caller."""
    record = Record()
    for child in element:
        name, kind = local(child.tag), category(child)
        if name in skip or kind in skip:
            continue
        if name == "note":
            record.details.append(Detail("note", prose_of(child)))
        elif name == "transacGrp":
            record.transactions.append(transaction_of(child))
        elif kind:
            detail = detail_of(child)
            if detail is not None:
                record.details.append(detail)
    return record


def notes_apart(record: Record) -> tuple[Record | None, str]:
    """A concept's or a term's record without its notes, and the notes as the note field holds them."""
    notes = [d.value for d in record.details if d.category == "note"]
    record.details = [d for d in record.details if d.category != "note"]
    return record or None, "\n".join(notes)


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
        subjects, terms, keep, languages = [], [], False, {}
        for child in entry:
            if category(child) == "subjectField" or _subject_group(child):
                subjects += [prose_of(e) for e in child.iter() if category(e) == "subjectField"]
            elif local(child.tag) in _LANGUAGE_SECTIONS:
                section_terms, marked, lang, record = self.language_section(child)
                terms += section_terms
                keep = keep or marked
                if record and section_terms:
                    languages.setdefault(lang, Record()).details += record.details
                    languages[lang].transactions += record.transactions
        if not terms:
            return None   # a concept with neither Spanish nor English terms
        record = record_of(entry, _LANGUAGE_SECTIONS | {"subjectField"})
        record.details = [d for d in record.details if d.category != "subjectField"]   # a descripGrp of one: read above
        record, note = notes_apart(record)
        concept = Concept(entry.get("id") or self.made_id(entry), canonical_terms(terms), keep,
                          "\n".join(subjects), note, self.where(entry), record, languages or None)
        concept.keep_spanish = keep or _same_preferred(concept)
        validate_concept(concept)
        return concept

    def language_section(self, section: ET.Element) -> tuple[list[Term], bool, str, Record]:
        """The section's terms if it is Spanish or English, whether it held the keep_spanish mark, its
        language and what it says of the concept in that language (definitions, notes, transactions)."""
        lang = language(section.get(XML_LANG) or section.get("lang") or "")
        if not lang:
            raise GlossaryError(self.where(section), f"<{local(section.tag)}> without xml:lang")
        if lang not in LANGUAGES and not LENIENT.get():
            return [], False, lang, Record()   # other languages of a multilingual termbase: not xlate's business
        terms, explicit, marked = [], [], False
        for child in section:
            if local(child.tag) in _TERM_SECTIONS:
                term, has_status = self.term(child, lang)
                if lang == "en" and term.note == KEEP_SPANISH_NOTE:
                    marked = True
                    continue
                terms.append(term)
                explicit.append(has_status)
        _default_statuses(terms, explicit)
        return terms, marked, lang, record_of(section, _TERM_SECTIONS)

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
                term.type = TERM_TYPE_ALIASES.get(prose_of(element), "term")
            elif kind == "partOfSpeech":
                term.part_of_speech = prose_of(element)
        term.record, term.note = notes_apart(record_of(section, _TERM_FIELDS | {"term", "termGrp"}))
        return term, has_status


_TYPED_ELEMENTS = {"termNote", "descrip", "admin", "xref", "ref", "transac", "transacNote", "adminNote", "descripNote"}
_LANGUAGE_SECTIONS = {"langSec", "langSet"}
_TERM_SECTIONS = {"termSec", "tig", "ntig"}
_GROUPS = {"descripGrp", "termNoteGrp"}   # a data category with its source
_TERM_FIELDS = {"administrativeStatus", "normativeAuthorization", "termType", "partOfSpeech"}


def _subject_group(element: ET.Element) -> bool:
    """A descripGrp around a subjectField (the concept's category)."""
    return local(element.tag) == "descripGrp" and any(category(e) == "subjectField" for e in element)


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
    if any(_NOT_XML.search(t) for t in _texts(concept)):
        raise GlossaryError(concept.source or concept.id, f"concept {concept.id!r} holds a control character "
                                                          "that XML cannot represent")


def _texts(concept: Concept) -> list[str]:
    records = [concept.record, *(concept.languages or {}).values(), *(t.record for t in concept.terms)]
    details = [d for r in records if r for d in r.details]
    transactions = [t for r in records if r for t in r.transactions]
    return ([concept.note, concept.category] + [t.text for t in concept.terms] + [t.note for t in concept.terms]
            + [t.part_of_speech for t in concept.terms] + [v for d in details for v in (d.value, d.target, d.source)]
            + [v for t in transactions for v in (t.type, t.date, t.responsibility, t.target)])


# TBX-Basic's data categories and the DCA element each is written as (its Schematron's permitted types).
DCA_ELEMENTS = {"subjectField": "descrip", "definition": "descrip", "context": "descrip",
                "source": "admin", "customerSubset": "admin", "projectSubset": "admin",
                "crossReference": "ref", "externalCrossReference": "xref", "xGraphic": "xref",
                "geographicalUsage": "termNote", "grammaticalGender": "termNote", "termLocation": "termNote"}


def _is_prose(text: str) -> bool:
    """Text the reader gets back as it is without xml:space: no line break, no run of spaces at all."""
    return text == " ".join(text.split())


def _exact(parent: ET.Element, name: str, text: str, **attrs) -> ET.Element:
    """An element whose text reads back exactly: xml:space="preserve" where its spaces matter."""
    element = _element(parent, name, text, **attrs)
    if not _is_prose(text):
        element.set(XML_SPACE, "preserve")
    return element


def _lines(parent: ET.Element, name: str, text: str, **attrs) -> None:
    """Text the reader joins by lines (notes, subject fields): one element per line where each line is
    plain prose, else one element that keeps its spaces."""
    lines = text.split("\n")
    if all(line and _is_prose(line) for line in lines):
        for line in lines:
            _element(parent, name, line, **attrs)
    elif text:
        _exact(parent, name, text, **attrs)


def _notes(parent: ET.Element, note: str) -> None:
    _lines(parent, "note", note)


def _detail(parent: ET.Element, detail: Detail) -> None:
    if detail.category == "note":   # a language section's note: one note each, as read
        _exact(parent, "note", detail.value)
        return
    attrs = {"type": detail.category, **({"target": detail.target} if detail.target else {})}
    element = DCA_ELEMENTS.get(detail.category, "descrip")
    if element == "termNote" and parent.tag != "termSec":
        element = "descrip"   # not TBX-Basic above a term, but kept (a termNote is allowed only in a termSec)
    grouped = detail.source and detail.category != "source"
    holder = _element(parent, "termNoteGrp" if element == "termNote" else "descripGrp") if grouped else parent
    _exact(holder, element, detail.value, **attrs)
    if holder is not parent:
        _lines(holder, "admin", detail.source, type="source")


def _transaction(parent: ET.Element, transaction: Transaction) -> None:
    group = _element(parent, "transacGrp")
    _exact(group, "transac", transaction.type, type="transactionType")
    if transaction.date:
        _exact(group, "date", transaction.date)
    if transaction.responsibility or transaction.target:
        attrs = {"target": transaction.target} if transaction.target else {}
        _exact(group, "transacNote", transaction.responsibility, type="responsibility", **attrs)


def _record(parent: ET.Element, record: Record | None) -> None:
    """A level's details and transactions, in their order."""
    for detail in record.details if record else []:
        _detail(parent, detail)
    for transaction in record.transactions if record else []:
        _transaction(parent, transaction)


def is_term_note(detail: Detail) -> bool:
    """A data category a termSec holds right after its term (TBX: term, termNotes, then the rest)."""
    return DCA_ELEMENTS.get(detail.category) == "termNote"


def _term_record(section: ET.Element, record: Record | None) -> None:
    if record:
        _record(section, Record(sorted(record.details, key=lambda d: not is_term_note(d)), record.transactions))


def _term_section(parent: ET.Element, term: Term) -> None:
    section = _element(parent, "termSec")
    _element(section, "term", term.text)
    _element(section, "termNote", STATUS_VALUES[term.status], type="administrativeStatus")
    if term.type != "term":
        _element(section, "termNote", term.type, type="termType")
    if term.part_of_speech:
        _exact(section, "termNote", term.part_of_speech, type="partOfSpeech")
    _term_record(section, term.record)
    _notes(section, term.note)


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
    _lines(entry, "descrip", concept.category, type="subjectField")
    _record(entry, concept.record)
    _notes(entry, concept.note)
    for lang, terms in (("es", concept.terms_in("es")), ("en", _english_terms(concept))):
        if terms:
            section = _element(entry, "langSec", **{XML_LANG: lang})
            _record(section, (concept.languages or {}).get(lang))
            for term in terms:
                _term_section(section, term)


def _people(concepts: list[Concept]) -> dict[str, str]:
    """The people transactions refer to by id (target), with the name they are given: TBX wants every
    internal target to be an id in the file, so they go in the back matter."""
    records = [r for c in concepts for r in (c.record, *(c.languages or {}).values(), *(t.record for t in c.terms)) if r]
    return {t.target: t.responsibility for r in records for t in r.transactions
            if t.target and not t.target.startswith(("http://", "https://"))}


def dumps(concepts: list[Concept]) -> str:
    root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en", "xmlns": TBX_NS})
    source = _element(_element(_element(root, "tbxHeader"), "fileDesc"), "sourceDesc")
    _element(source, "p", "Spanish-English glossary exported by xlate")
    text = _element(root, "text")
    body = _element(text, "body")
    for concept in concepts:
        _concept_entry(body, concept)
    people = _people(concepts)
    if people:
        section = _element(_element(text, "back"), "refObjectSec", type="respPerson")
        for person, name in people.items():
            _element(_element(section, "refObject", id=person), "item", name or person, type="fn")
    ET.indent(root, "  ")
    xml = ET.tostring(root, encoding="unicode")
    # the parser reads a raw carriage return as a newline; a character reference keeps it
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml.replace("\r", "&#13;") + "\n"


def from_text(text: str, path: Path) -> list[Concept]:
    return _Reader(str(path)).concepts(parse_xml(text.encode("utf-8"), str(path)))


def to_text(concepts: list[Concept], path: Path, previous: str | None = None) -> str:
    return dumps(concepts)
