"""A deterministic corpus of English news-style Markdown with a known list of planted findings.

Sentences come from templates filled with names, places, numbers and dates,
plus a word drawn from the long tail of pyspellchecker's English frequency
list now and then, so the vocabulary grows with the corpus as real archives do.
Every planted finding (a deprecated rendering, a casing or accent slip, an
untranslated glossary noun, a typo, a confusable) is written to MANIFEST.json
with its file, line, column and the kind a checker should report.

    python -m bench.corpus OUT_DIR [--files 2000] [--bytes 20000000] [--seed 0]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from dataclasses import asdict, dataclass
from pathlib import Path

FIRST = ("José María Ana Luis Carmen Jorge Lucía Diego Sofía Andrés Valentina Camila Mateo Gabriela Tomás Isabel "
         "Ricardo Elena Fernando Patricia Javier Daniela Ramón Beatriz Óscar Inés Raúl Adriana Héctor Mónica "
         "Sergio Natalia Álvaro Verónica Emilio Rocío Gustavo Claudia Marcelo Lorena").split()
SURNAMES = ("Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez Morales "
            "Vázquez Jiménez Reyes Díaz Torres Gutiérrez Ruiz Mendoza Aguilar Ortiz Castillo Romero Álvarez "
            "Chávez Ramos Herrera Medina Castro Vargas Guzmán Fernández Muñoz Salazar Núñez Rojas Ibáñez Peña "
            "Cárdenas Espinoza Orozco Zúñiga Quiñones Villalobos Echeverría Saldaña Bustamante Arévalo").split()
PLACES = ("Santiago Valparaíso Concepción Antofagasta Lima Arequipa Cusco Bogotá Medellín Cali Barranquilla "
          "Quito Guayaquil Cuenca Caracas Maracaibo Tegucigalpa Managua Guatemala Quetzaltenango Monterrey "
          "Guadalajara Puebla Oaxaca Mérida Tijuana Querétaro Asunción Montevideo Córdoba Rosario Mendoza "
          "Tucumán Cochabamba Sucre Potosí Iquique Temuco").split()
ORGS = ("the interior ministry|the central bank|the electoral council|the supreme court|the national congress|"
        "the health ministry|the finance ministry|the ombudsman's office|the police|the armed forces|"
        "the opposition coalition|the governing party|the chamber of commerce|the teachers' union|"
        "the statistics institute|the prosecutor's office|the Inter-American Commission on Human Rights|"
        "the World Bank|the International Monetary Fund|the Organization of American States").split("|")
ROLES = ("a spokesperson for|the director of|a senior adviser at|an analyst at|a lawyer for|the head of|"
         "a former official at|a researcher with|a deputy minister at|the chief economist of").split("|")
NOUNS = ("budget reform proposal investigation election protest agreement report policy strike contract "
         "inquiry ruling tariff subsidy pension program shortage drought harvest outbreak census audit "
         "verdict scandal coalition referendum amendment decree mandate transition deficit surplus loan "
         "bond currency inflation wage pipeline refinery port highway airport hospital school prison "
         "campaign ceasefire negotiation summit treaty embargo sanction").split()
ADJECTIVES = ("controversial ambitious unexpected significant modest sweeping temporary long-awaited "
              "preliminary official independent regional national federal provincial municipal fragile "
              "costly urgent disputed landmark unprecedented gradual sharp steady cautious bitter").split()
VERBS = ("announced approved rejected criticized defended postponed suspended delayed welcomed questioned "
         "challenged endorsed unveiled blocked reviewed expanded reduced extended cancelled investigated").split()
ADVERBS = "sharply slightly steadily abruptly gradually narrowly quietly publicly firmly reluctantly".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
TAGS = "politics economy security justice health environment elections energy trade migration".split()

SENTENCES = (
    "{Person}, {role} {org}, said on {weekday} that the {adj} {noun} would be {verb} by {month}.",
    "The {noun} was {verb} after {number} lawmakers voted in favor and {small} voted against it.",
    "“We are not going to accept a {adj} {noun},” {person} told reporters in {place} on {weekday}.",
    "Officials in {place} {verb} the {noun}, which would cost about ${money} million over {small} years.",
    "According to {org}, {percent}% of households in {place} were affected by the {noun} in {month} {year}.",
    "The {adj} {noun} has {adverb} divided opinion in {place}, where {number} people marched on {weekday}.",
    "{Person} {verb} the {noun} in a statement, calling it “{adj} and {adj2}.”",
    "Analysts said the {rare} could weigh on the {noun} well into {year}.",
    "The figures, published by {org} on {month} {day}, showed a {adj} rise of {percent}% in the {noun}.",
    "In {place}, the {noun} left {number} families without {rare} for {small} days.",
    "{Person} has {adverb} {verb} calls for a {noun}, arguing that the {rare} is {adj}.",
    "Critics say the {noun} ignores the {rare} that {org} flagged in {year}.",
    "Talks between {org} and {org2} on the {noun} resume in {place} on {weekday}, {month} {day}.",
    "Some {number} residents of {place} signed a petition against the {adj} {noun}.",
)
HEADLINES = (
    "{Place} {verb_title} {adj_title} {noun_title} after weeks of talks",
    "{Person} faces questions over {noun} in {place}",
    "What the {adj} {noun} means for {place}",
)
_ARTICLE_RE = re.compile(r"(\b[Aa]) ([aeiouAEIOU])")
LINK_SENTENCE = "Read the full [report on the {noun}](https://example.org/{year}/{slug}) published by {org}."
QUOTE_LINE = "> “The {noun} is {adj}, but the {rare} is what worries us,” said {person}."
LIST_ITEM = "- {Adj} {noun}: {number} cases in {place}"

# Planted findings: (kind, sentence template, the text a checker must flag).
PLANTED = (
    ("rendering", "Delegations also toured the {x} near Tecoluca on {weekday}.", "Detention Center Against Terrorism"),
    ("rendering", "Rights groups have criticized the exception regime that {org} extended in {month}.",
     "exception regime"),
    ("rendering", "{x} met {person} in {place} on {weekday}.", "Jose Antonio Kast"),
    ("rendering", "The UN rights chief, {x}, called the {noun} {adj}.", "Volker Turk"),
    ("untranslated", "Inmates held in the {x} have not seen their families since {year}.", "megacárcel"),
    ("untranslated", "Police said the {x} detained in {place} had links to Barrio 18.", "pandillero"),
    ("typo", "The {x} {verb} the {noun} on {weekday}.", "goverment"),
    ("typo", "The {noun} {x} in {place} shortly after midnight.", "occured"),
    ("typo", "Officials said they did not {x} the {noun} until {month}.", "recieve"),
    ("typo", "The talks will continue {x} {month}, {person} said.", "untill"),
    ("confusable", "{Person} defended the {noun}, {x} a report by {org}.", "sighting"),
    ("confusable", "Farmers in {place} could {x} their land under the {adj} {noun}.", "loose"),
    ("confusable", "More {x} {number} people attended the rally in {place}.", "then"),
)


@dataclass(frozen=True)
class Planted:
    path: str
    line: int
    column: int
    text: str
    kind: str


class Writer:
    """Fills templates from a seeded random generator; the same seed gives the same corpus."""

    def __init__(self, seed: int, rare_words: list[str]):
        self.rng = random.Random(seed)
        self.rare_words = rare_words

    def person(self) -> str:
        r = self.rng
        return f"{r.choice(FIRST)} {r.choice(SURNAMES)}" + (f" {r.choice(SURNAMES)}" if r.random() < 0.3 else "")

    def rare(self) -> str:
        # Zipf-like: low ranks often, the long tail now and then.
        rank = int(len(self.rare_words) ** self.rng.random()) - 1
        return self.rare_words[min(rank, len(self.rare_words) - 1)]

    def fill(self, template: str, **fixed: str) -> str:
        r = self.rng
        values = {
            "person": self.person(), "role": r.choice(ROLES), "org": r.choice(ORGS), "org2": r.choice(ORGS),
            "place": r.choice(PLACES), "noun": r.choice(NOUNS), "adj": r.choice(ADJECTIVES),
            "adj2": r.choice(ADJECTIVES), "verb": r.choice(VERBS), "adverb": r.choice(ADVERBS),
            "weekday": r.choice(WEEKDAYS), "month": r.choice(MONTHS), "day": str(r.randint(1, 28)),
            "year": str(r.randint(2015, 2026)), "number": f"{r.randint(120, 98000):,}",
            "small": str(r.randint(2, 9)), "money": str(r.randint(5, 900)), "percent": f"{r.uniform(1, 60):.1f}",
            "rare": self.rare(), "slug": f"{r.choice(NOUNS)}-{r.randint(100, 999)}",
        }
        values.update({"Person": values["person"], "Place": values["place"], "Adj": values["adj"].capitalize(),
                       "verb_title": values["verb"].capitalize(), "adj_title": values["adj"].capitalize(),
                       "noun_title": values["noun"].capitalize()}, **fixed)
        text = _ARTICLE_RE.sub(r"\1n \2", template.format(**values))
        return text[:1].upper() + text[1:]

    def paragraph(self) -> str:
        return " ".join(self.fill(self.rng.choice(SENTENCES)) for _ in range(self.rng.randint(3, 7)))


def front_matter(writer: Writer, index: int) -> list[str]:
    r = writer.rng
    return ["---", f"title: \"{writer.fill(r.choice(HEADLINES))}\"", f"date: {r.randint(2015, 2026)}-"
            f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"author: {writer.person()}",
            f"tags: [{', '.join(r.sample(TAGS, 2))}]", f"id: story-{index:05d}", "---", ""]


def article(writer: Writer, index: int, target_chars: int, plants: int) -> tuple[list[str], list[tuple[int, int, str, str]]]:
    """Lines of one article and its planted findings as (line index, column, text, kind)."""
    r = writer.rng
    lines = front_matter(writer, index) + [f"# {writer.fill(r.choice(HEADLINES))}", ""]
    blocks: list[str] = []
    size = 0
    while size < target_chars:
        roll = r.random()
        if roll < 0.06:
            block = writer.fill(QUOTE_LINE)
        elif roll < 0.10:
            block = "\n".join(writer.fill(LIST_ITEM) for _ in range(r.randint(2, 4)))
        elif roll < 0.14:
            block = writer.fill(LINK_SENTENCE)
        elif roll < 0.17:
            block = f"## {writer.fill(r.choice(HEADLINES))}"
        else:
            block = writer.paragraph()
        blocks.append(block)
        size += len(block) + 2
    # Plants go at the end of body paragraphs (never headings, lists, quotes or links).
    body = [i for i, b in enumerate(blocks) if b[:1] not in "#>-" and not b.startswith("Read the full")]
    planted = []
    for i in sorted(r.sample(body, min(plants, len(body)))):
        kind, template, text = r.choice(PLANTED)
        sentence = writer.fill(template, x=text)
        column = len(blocks[i]) + 1 + sentence.index(text) + 1
        blocks[i] += " " + sentence
        planted.append((i, column, text, kind))
    line_of_block, out = [], list(lines)
    for block in blocks:
        line_of_block.append(len(out))
        out += block.split("\n") + [""]
    return out, [(line_of_block[i] + 1, col, text, kind) for i, col, text, kind in planted]


def rare_vocabulary(limit: int = 40000) -> list[str]:
    """Lowercase alphabetic English words ranked by frequency, skipping the most common 2,000."""
    import spellchecker
    data_file = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    with gzip.open(data_file, "rt", encoding="utf-8") as handle:
        counts = json.load(handle)
    ranked = sorted((w for w in counts if w.isalpha() and w.islower() and len(w) > 3), key=lambda w: (-counts[w], w))
    return ranked[2000:2000 + limit]


def generate_corpus(out_dir: Path, files: int = 2000, total_bytes: int = 20_000_000, seed: int = 0) -> list[Planted]:
    """Write files article-NNNNN.md and MANIFEST.json into out_dir; return the planted findings."""
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = Writer(seed, rare_vocabulary())
    per_file = max(total_bytes // max(files, 1), 600)
    planted: list[Planted] = []
    for index in range(files):
        name = f"article-{index:05d}.md"
        target = int(per_file * writer.rng.uniform(0.6, 1.4))
        lines, plants = article(writer, index, target, plants=writer.rng.randint(0, 3))
        (out_dir / name).write_text("\n".join(lines), encoding="utf-8")
        planted += [Planted(name, line, col, text, kind) for line, col, text, kind in plants]
    manifest = {"files": files, "seed": seed, "planted": [asdict(p) for p in planted]}
    (out_dir / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--bytes", type=int, default=20_000_000, dest="total_bytes")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    planted = generate_corpus(args.out_dir, args.files, args.total_bytes, args.seed)
    print(f"{args.files} files in {args.out_dir}, {len(planted)} planted findings (MANIFEST.json)")


if __name__ == "__main__":
    main()
