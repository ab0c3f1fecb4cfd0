"""Spanish inflection undone, so a headword list can recognise the forms of its words.

pyspellchecker (since 0.8) ships Spanish as headwords only: "preso", "decir" and
"prisión", but not "presos", "dijeron" or "prisiones". These rules map a form
back to the headwords it may come from: regular nominal and verbal endings, the
usual spelling and stem changes, the strong stems of irregular verbs (which
also cover their compounds: de-tuvo, pro-dujo, man-tendrá), enclitic pronouns,
and a closed list of the most irregular forms.
"""

from __future__ import annotations

import unicodedata
from typing import Iterator

_ACUTE = str.maketrans("áéíóú", "aeiou")
_AR = """o as a amos áis an é aste ó asteis aron aba abas ábamos abais aban e es emos éis en ara aras áramos
arais aran ase ases ásemos aseis asen ando ado ada ados adas ad ante antes""".split()
_ER_IR = """o es e en í iste ió isteis ieron ía ías íamos íais ían a as amos áis an iera ieras iéramos ierais
ieran iese ieses iésemos ieseis iesen iendo ido ida idos idas iente ientes yó yeron yendo yera yeran""".split()
VERB_ENDINGS = (("ar", _AR), ("er", _ER_IR + ["emos", "éis", "ed"]), ("ir", _ER_IR + ["imos", "ís", "id"]))
FUTURE_ENDINGS = "é ás á emos éis án ía ías íamos íais ían".split()   # added to the whole infinitive
STRONG_PRETERITE_ENDINGS = """e iste o imos isteis ieron eron iera ieras iéramos ierais ieran era eras éramos
erais eran iese iesen""".split()
IRREGULAR_FUTURE_STEMS = {"tendr": "tener", "pondr": "poner", "saldr": "salir", "vendr": "venir",
                          "valdr": "valer", "podr": "poder", "sabr": "saber", "cabr": "caber", "habr": "haber",
                          "querr": "querer", "har": "hacer", "dir": "decir"}
STRONG_PRETERITE_STEMS = {"tuv": "tener", "estuv": "estar", "anduv": "andar", "pud": "poder", "pus": "poner",
                          "sup": "saber", "cup": "caber", "hub": "haber", "quis": "querer", "vin": "venir",
                          "hic": "hacer", "hiz": "hacer", "dij": "decir", "traj": "traer", "duj": "ducir"}
G_STEMS = {"teng": "tener", "pong": "poner", "veng": "venir", "salg": "salir", "hag": "hacer", "dig": "decir",
           "traig": "traer", "caig": "caer", "oig": "oír", "valg": "valer"}
G_ENDINGS = "o a as amos áis an".split()   # tengo, tenga, mantengan
IRREGULAR_PARTICIPLE_STEMS = {"muert": "morir", "abiert": "abrir", "cubiert": "cubrir", "escrit": "escribir",
                              "rot": "romper", "vuelt": "volver", "suelt": "solver", "puest": "poner",
                              "hech": "hacer", "dich": "decir", "vist": "ver", "impres": "imprimir"}
PARTICIPLE_ENDINGS = ("o", "a", "os", "as")
# Forms no rule reaches: ser, ir, haber, estar, dar, ver and the first person of the g-verbs.
IRREGULAR_FORMS = dict.fromkeys("""soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos
fuisteis fueron sea seas seamos seáis sean fuera fueras fuéramos fuerais fueran fuese fuesen siendo sido""".split(),
                                "ser")
IRREGULAR_FORMS |= dict.fromkeys("""voy vas va vamos vais van iba ibas íbamos ibais iban vaya vayas vayamos vayáis
vayan yendo""".split(), "ir")
IRREGULAR_FORMS |= dict.fromkeys("he has ha hemos habéis han haya hayas hayamos hayáis hayan hay".split(), "haber")
IRREGULAR_FORMS |= dict.fromkeys("estoy estás está están esté estés estén".split(), "estar")
IRREGULAR_FORMS |= dict.fromkeys("doy di diste dio dimos disteis dieron dé diera dieran".split(), "dar")
IRREGULAR_FORMS |= dict.fromkeys("veo vi vio vieron vea veas vean veía veían".split(), "ver")
IRREGULAR_FORMS |= dict.fromkeys("sé sepa sepas sepan".split(), "saber")
# Accented interrogatives and other diacritic pairs (also the older éste, sólo): the list holds the plain form.
IRREGULAR_FORMS |= {form: form.translate(_ACUTE) for form in """qué quién quiénes cuál
cuáles cuánto cuánta cuántos cuántas cómo dónde adónde cuándo aún éste ésta éstos éstas ése ésa ésos ésas
aquél aquélla aquéllos aquéllas sólo""".split()}
# Common words the headword list lacks altogether, with frequencies of the order of their neighbours'.
MISSING_WORDS = {"según": 50000, "siete": 50000}
_VOWELS = tuple("aeiouáéíóú")
_CONSONANTS = tuple("bcdfghjklmnpqrstvwxyzñ")
_FEMININE_OF_CONSONANT = ("or", "ol", "on", "an", "es")   # profesora, española, campeona, alemana, francesa
# (ending, replacement, what the stem must end in)
NOMINAL_RULES = (("ces", "z", _VOWELS), ("es", "", _CONSONANTS), ("s", "", _VOWELS),
                 ("as", "o", _CONSONANTS + ("í",)), ("a", "o", _CONSONANTS + ("í",)),   # chilena, vacía
                 ("as", "", _FEMININE_OF_CONSONANT), ("a", "", _FEMININE_OF_CONSONANT))
ENCLITICS = ("me", "te", "se", "lo", "la", "los", "las", "le", "les", "nos", "os")
# Spelling and stem changes a verb stem may show, undone: busqu-é, lleg-ué, empec-é, dirij-o, conozc-o,
# pid-en, quier-en, pued-en, constru-yen, sig-o.
STEM_CHANGES = (("qu", "c"), ("gu", "g"), ("c", "z"), ("z", "c"), ("j", "g"), ("zc", "c"), ("ie", "e"),
                ("ue", "o"), ("i", "e"), ("g", "gu"), ("gü", "gu"), ("u", "o"), ("í", "i"), ("ú", "u"),
                ("uy", "u"))
PREFIXES = ("des", "re", "in", "pre", "anti", "auto", "contra", "co", "sobre", "sub", "super", "inter", "mega",
            "micro", "multi", "ex", "semi", "narco", "post", "pos",
            # the other prefixes the RAE's Ortografía lists as written solid before any word
            # (prorruso, ultraviolento, minifalda, motonieve, seropositivo, teletrabajo)
            "ultra", "hiper", "hipo", "pro", "mini", "maxi", "moto", "extra", "tele", "sero", "bio", "eco", "geo",
            "neo", "poli", "mono", "macro", "vice", "euro", "pseudo", "seudo", "archi", "infra", "intra", "trans",
            "tras", "cuasi", "ciber")
MIN_STEM = 4
# Words a suffix derives from another, regular enough to be read back (endings, what the base ends
# in instead): diminutives (esquinita, chorritos <- esquina, chorro), agent nouns (plagiador,
# desaladora <- plagiar, desalar), action nouns (desalación, encasillamientos <- desalar,
# encasillar), adjectives of verbs (desequilibrantes, flameantes, incriminatorio <- desequilibrar,
# flamear, incriminar), of nouns (discal <- disco), nouns of adjectives (tangibilidad, rumorosidad
# <- tangible, rumoroso), and the -logo, -grafo of a science (oncóloga, oceanógrafos <- oncología,
# oceanografía).
DERIVATIONS = ((("ito", "ita", "itos", "itas"), ("o", "a", "e")),
               (("ador", "adora", "adores", "adoras", "ación", "aciones", "amiento", "amientos",
                 "ante", "antes", "atorio", "atoria", "atorios", "atorias"), ("ar",)),
               (("edor", "edora", "edores", "edoras", "imiento", "imientos", "iente", "ientes"), ("er", "ir")),
               (("idor", "idora", "idores", "idoras"), ("ir",)),
               (("al", "ales"), ("o", "a")),
               (("bilidad", "bilidades"), ("ble",)),
               (("osidad", "osidades"), ("oso",)),
               (("ólogo", "óloga", "ólogos", "ólogas"), ("ología",)),
               (("ógrafo", "ógrafa", "ógrafos", "ógrafas"), ("ografía",)))


def attachments(word: str, depth: int = 2) -> Iterator[str]:
    """The words word may be with a prefix glued on (exfuncionario, narcoestado, prorrusa), clitics
    attached (entregárselo), -mente added, a regular derivation (DERIVATIONS) or the plural of a
    word ending in a vowel (exilios, riscos), and nothing else: where every inflected form is listed
    (Hunspell's, docs/decisions.md), undoing inflection only lets slips through (dijieron), and a
    consonant's plural may move the accent (joven, jóvenes: jovenes stays a slip)."""
    if not depth:
        return
    for prefix in PREFIXES if word.startswith(PREFIXES) else ():   # most words have none: one test in C
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= MIN_STEM:
            yield rest
            yield from attachments(rest, depth - 1)
            if rest.startswith("rr") and prefix.endswith(_VOWELS):   # pro-rrusa: r doubles after a vowel
                yield rest[1:]
    yield from _derived(word)
    yield from _ico_adjective(word)
    yield from _new_verb(word)
    if word.endswith("s") and word[-2:-1] in "aeiou" and len(word) > MIN_STEM:
        yield word[:-1]
    for shorter in _without_enclitic(word):
        yield shorter
        yield from attachments(shorter, depth - 1)
    if word.endswith("mente") and len(word) > 7:
        yield word[:-5]


def _derived(word: str) -> Iterator[str]:
    """The words word may derive from by a suffix of DERIVATIONS (a diminutive's qu and gu are the
    base's c and g before the i: poquito, amiguito <- poco, amigo)."""
    for ending, bases in _DERIVATIONS_BY_LAST_LETTER.get(word[-1:], ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            if ending.startswith("it") and stem.endswith(("qu", "gu")):
                stem = stem[:-2] + ("c" if stem.endswith("qu") else "g")
            for base in bases:
                yield stem + base


_ICO_ENDINGS = ("ico", "ica", "icos", "icas")


def _ico_adjective(word: str) -> Iterator[str]:
    """The word ending in a consonant an -ico adjective is made of (maratónicas, robóticos, calórica
    <- maratón, robot, calor). Every -ico adjective stresses the syllable before -ico and writes its
    accent there, so a form without it (robotico) is a slip, not a derivation."""
    if not word.endswith(_ICO_ENDINGS):   # most words: one test in C
        return
    for ending in _ICO_ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem.endswith(_CONSONANTS):
            vowels = [i for i, letter in enumerate(stem) if letter in "aeiouáéíóú"]
            if vowels and stem[vowels[-1]] in "áéíóú":
                yield stem
                yield stem[:vowels[-1]] + stem[vowels[-1]].translate(_ACUTE) + stem[vowels[-1] + 1:]


def _new_verb(word: str) -> Iterator[str]:
    """The noun or adjective a verb made with -izar or -ear comes from, for any form of that verb:
    Spanish makes new verbs so, all of them regular -ar verbs, faster than word lists take them in
    (tematiza, estelarizó, patologizarse, blogueó <- tema, estelar, patología, blog). A form that
    breaks the verb's spelling (realizé for realicé) is no form of it."""
    for ending in _AR_FORMS_BY_LAST_LETTER.get(word[-1:], ()):
        if not word.endswith(ending) or len(word) - len(ending) < 4:
            continue
        stem = word[:-len(ending)]
        if ending[:1] in "eé":
            if stem.endswith("z"):
                continue                       # realizé: before e the z is written c (realicé)
            if stem.endswith("c"):
                stem = stem[:-1] + "z"         # tematicen, tematicé
        if stem.endswith("iz"):
            root = stem[:-2]
            yield from (root, root + "o", root + "a", root + "e", root + "ía")
            if root.endswith("t"):
                yield root[:-1]                    # tematizar, dramatizar <- tema, drama
        elif stem.endswith("e"):
            # -ear from a word ending in a consonant, the loans it takes in (bloguear, tuitear, chatear
            # <- blog, tuit, chat); a vowel-final base would let slips like nombreado (nombrado) through
            root = stem[:-2] if stem.endswith("gue") else stem[:-1]
            if not root.endswith(_VOWELS):
                yield root


def inflections(word: str) -> Iterator[str]:
    """Headwords word may be an inflected form of; safe enough to suggest forms by."""
    return headwords(word, prefixes=False)


def headwords(word: str, depth: int = 2, prefixes: bool = True) -> Iterator[str]:
    """Headwords word may be a form or a prefixed form of; candidates only, to be looked up in the list."""
    if word in IRREGULAR_FORMS:
        yield IRREGULAR_FORMS[word]
    yield from _nominal(word)
    yield from _verbal(word)
    if not depth:
        return
    for prefix in PREFIXES if prefixes else ():            # reiniciar, desactivada
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= MIN_STEM:
            yield rest
            yield from headwords(rest, depth - 1, prefixes)
    for shorter in _without_enclitic(word):
        yield shorter
        yield from headwords(shorter, depth - 1, prefixes)
    if word.endswith("mente") and len(word) > 7:           # rápidamente <- rápida <- rápido
        yield word[:-5]
        yield from headwords(word[:-5], depth - 1, prefixes)


def _nominal(word: str) -> Iterator[str]:
    """casas, presos <- casa, preso; prisiones <- prisión; luces <- luz; chilenas <- chileno;
    profesora, española <- profesor, español."""
    for ending, replacement, stem_ends in NOMINAL_RULES:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) > 1 and stem.endswith(stem_ends):
            yield from _accent_variants(stem + replacement)


def _by_last_letter(endings: list[str]) -> dict[str, list[str]]:
    """The endings grouped by their last letter, each group in their order: a word can only end with
    those of its own last letter, so a lookup replaces trying all sixty."""
    groups: dict[str, list[str]] = {}
    for ending in endings:
        groups.setdefault(ending[-1], []).append(ending)
    return groups


_AR_FORMS_BY_LAST_LETTER = _by_last_letter(_AR + ["ar"])
# (ending, bases) of DERIVATIONS by the ending's last letter, in DERIVATIONS' order: every word the
# lists lack is asked (a name, most of them), and only these few endings can be its own
_DERIVATIONS_BY_LAST_LETTER = {letter: tuple((ending, bases) for endings, bases in DERIVATIONS for ending in endings
                                             if ending[-1] == letter)
                               for letter in {ending[-1] for endings, _ in DERIVATIONS for ending in endings}}
_VERB_ENDINGS_BY_LAST_LETTER = tuple((infinitive, _by_last_letter(endings)) for infinitive, endings in VERB_ENDINGS)


def _verbal(word: str) -> Iterator[str]:
    for infinitive_ending, endings in _VERB_ENDINGS_BY_LAST_LETTER:
        for ending in endings.get(word[-1:], ()):
            if word.endswith(ending) and len(word) > len(ending):
                for stem in _stem_variants(word[:-len(ending)]):
                    yield stem + infinitive_ending
    for ending in FUTURE_ENDINGS:
        if word.endswith(ending):
            stem = word[:-len(ending)]
            if stem.endswith(("ar", "er", "ir", "ír")):
                yield stem
            yield from _replace_suffix(stem, IRREGULAR_FUTURE_STEMS)
    for endings, stems in ((STRONG_PRETERITE_ENDINGS, STRONG_PRETERITE_STEMS), (G_ENDINGS, G_STEMS),
                           (PARTICIPLE_ENDINGS, IRREGULAR_PARTICIPLE_STEMS)):
        for ending in endings:
            if word.endswith(ending):
                yield from _replace_suffix(word[:-len(ending)], stems)


def _replace_suffix(stem: str, table: dict[str, str]) -> Iterator[str]:
    for irregular, infinitive in table.items():
        if stem.endswith(irregular):
            yield stem[:-len(irregular)] + infinitive


def _stem_variants(stem: str, changes: int = 2) -> Iterator[str]:
    """The stem with up to two changes undone: comienc-e <- comenz-ar, corrij-a <- correg-ir."""
    yield stem
    if changes:
        for changed, original in STEM_CHANGES:
            i = stem.rfind(changed)
            if i != -1:
                yield from _stem_variants(stem[:i] + original + stem[i + len(changed):], changes - 1)


def _accent_variants(stem: str) -> Iterator[str]:
    """prision -> prisión (plurals lose the written accent of a consonant-final word), jóven -> joven."""
    yield stem
    plain = stem.translate(_ACUTE)
    if plain != stem:
        yield plain
        return
    if stem[-1:] in "aeiou":
        return   # a vowel-final stem keeps its accent in every form: politica is never política's form
    for i, letter in enumerate(stem):
        if letter in "aeiou":
            yield stem[:i] + unicodedata.normalize("NFC", letter + "\u0301") + stem[i + 1:]


def _without_enclitic(word: str) -> Iterator[str]:
    """decirle -> decir, diciéndolo -> diciendo, dígame -> diga, sojuzgadla -> sojuzgar,
    multiplicaos -> multiplicar: pronouns attach to infinitives, gerunds and imperatives."""
    for pronoun in ENCLITICS if word.endswith(ENCLITICS) else ():
        rest = word[:-len(pronoun)]
        if not word.endswith(pronoun) or len(rest) < 3:
            continue
        plain = rest.translate(_ACUTE)
        if plain != rest:
            yield plain
        elif rest.endswith(("ar", "er", "ir", "ír")):
            yield rest
        elif rest.endswith(("ad", "ed", "id")):             # vosotros imperative
            yield rest[:-1] + "r"
        elif pronoun == "os" and rest.endswith(("a", "e", "i")):   # which drops its d before os
            yield rest + "r"
