"""A person's title before the name: "Energy Minister Vicente de la O Levy" is Vicente de la O Levy,
whom a Spanish article calls "el ministro de Energía y Minas, Vicente de la O Levy". The title
describes the person; the name is who a figure is about. A title with no name ("the President",
"Minister of Public Works") names whoever holds the office, as the lowercase Spanish title does: no
entity (another article's "President" is another person). And the portfolio a title names ("Energía
y Minas" of "el ministro de Energía y Minas") is part of the title, not a thing the figures are about.
"""

from __future__ import annotations

from xlate.infra import patterns
from xlate.text.screens import screened

# The titles of offices a person holds, as each language writes them capitalised before a name
# ("Energy Minister", "Gov.", "Vice President"; "Presidente Peña Nieto" at a sentence's start). As
# written, not folded: "Secretaría de Salud" is a ministry, "secretaria" its head. Not English
# "General", "Justice", "Head", "Chief", "King" or "Major", nor Spanish "fiscal" or "mayor": they
# open or end names of other things ("General Motors", "Justice Department", "Estado Mayor"); nor
# "Sen" and "Rep" (a name's period ends the phrase before them: "Hun Sen", "Amartya Sen").
PERSON_TITLES = {
    "en": frozenset("""president vice-president president-elect premier chancellor minister secretary undersecretary
              governor mayor senator representative congressman congresswoman lawmaker judge prosecutor commissioner
              ambassador spokesman spokeswoman spokesperson chairman chairwoman director commander sheriff
              superintendent inspector sergeant captain lieutenant colonel admiral pope bishop archbishop cardinal
              coach professor gov gen col capt lt sgt adm prof dr""".split()),
    "es": frozenset("""presidente presidenta vicepresidente vicepresidenta ministro ministra viceministro viceministra
              secretario secretaria subsecretario subsecretaria gobernador gobernadora alcalde alcaldesa senador
              senadora diputado diputada comisionado comisionada embajador embajadora portavoz vocero vocera
              canciller director directora gral cnel dr dra""".split()),
}

# Any title, in either language, as a pattern: "OSE President Raúl Montero said" (subjects._source).
TITLE = "(?:" + "|".join(patterns.longest_first(word for words in PERSON_TITLES.values() for word in words)) + ")"

# Words that go on with a title after it: "Director General Rafael Grossi", "Director Ejecutivo".
_TITLE_GOES_ON = frozenset("general ejecutivo ejecutiva executive adjunto adjunta interino interina electo electa".split())

# The titles that name a portfolio after them ("Minister of Energy", "ministro de Energía y Minas",
# "secretaria de Salud"): a cabinet's, whose "of" names a domain of government, not an institution
# (the director "of the Geophysical Institute" heads a thing figures may be about). Written in
# lowercase before the portfolio, only a minister's is sure in English ("the spokeswoman of the
# Central Bank" speaks for an institution), and in Spanish a portfolio takes no article ("secretario de
# Salud", "ministro del Interior"; "secretario de la Cámara" is the chamber's).
_SPANISH_CABINET_TITLES = ("ministro|ministra|viceministro|viceministra|secretario|secretaria|subsecretario|subsecretaria"
                           "|consejero|consejera")
_CABINET_TITLES = "minister|secretary|undersecretary|" + _SPANISH_CABINET_TITLES
_PORTFOLIO_BEFORE = screened(patterns.compile(r"(?:\b(?i:minister)\s+(?:of|for)\s+(?:the\s+)?|\b(?i:" + _SPANISH_CABINET_TITLES
                                              + r")\s+(?:de|del)\s+)(?:\p{Lu}[\p{L}\p{M}]*\s+(?:(?:y|e|and|de|del|of)\s+)?)*$"),
                             ["minister", *_SPANISH_CABINET_TITLES.split("|")])
# A portfolio of one or two words: "Minister of the Economy", "Ministra de Asuntos Exteriores",
# "Ministro de Energía y Minas". One of three words or more may hold the name ("Secretary of State
# Hillary Clinton", "ministra de Hacienda Marta Ruiz"), and where it starts no capital says.
_TITLE_OF_A_PORTFOLIO = patterns.compile(r"(?i:" + _CABINET_TITLES + r")\s+(?:of|for|de|del)\s+(?:(?:la|el|the)\s+)?"
                                         r"\p{Lu}[\p{L}\p{M}]*(?:\s+(?:(?:y|e|and|de|del|of)\s+)?\p{Lu}[\p{L}\p{M}]*)?")
_PORTFOLIO_WORDS = 2


def is_a_title(words: list[str], language: str) -> bool:
    """Whether a capitalised phrase is a title with no name: "Energy Minister", "President", "Minister
    of Public Works", "Ministro de Hacienda"."""
    return _title_word(words[-1], language) or bool(_TITLE_OF_A_PORTFOLIO.fullmatch(" ".join(words)))


def title_length(words: list[str], language: str) -> int:
    """How many of a phrase's words are a title before the person's name: 2 of "Energy Minister Vicente
    de la O Levy", 1 of "President Dina Boluarte", 0 when no title is followed by a capitalised word, or
    what follows holds "of" or "the" ("Judge Ana Ruiz of the Appeals Court": a name of its own)."""
    for i in range(len(words) - 2, -1, -1):
        if _title_word(words[i], language) and words[i + 1][:1].isupper():
            cut = i + 1
            while cut < len(words) - 1 and words[cut].lower() in _TITLE_GOES_ON:
                cut += 1
            rest = words[cut:]
            return 0 if not rest[0][:1].isupper() or any(word.lower() in ("of", "the") for word in rest) else cut
    return 0


def _title_word(word: str, language: str) -> bool:
    return word.lower().rstrip(".") in PERSON_TITLES.get(language, PERSON_TITLES["en"])


def in_a_portfolio(text: str, start: int, words: int) -> bool:
    """Whether a name of words at start is the portfolio of a cabinet title before it: "Energía" and
    "Minas" of "el ministro de Energía y Minas", "Salud" of "la secretaria de Salud"."""
    return words <= _PORTFOLIO_WORDS and bool(_PORTFOLIO_BEFORE.search(text, max(0, start - 60), start))
