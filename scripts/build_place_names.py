"""Build xlate/data/place-names.tsv: places English and Spanish copy name differently.

    .venv/bin/pip install -e '.[data]' && .venv/bin/python scripts/build_place_names.py

A desk's English article writes "Havana", "Mexico City", "Brazil", "London"; its Spanish one "La
Habana", "Ciudad de México", "Brasil", "Londres". Names are keyed by their words (XL801's entities),
and no rule of spelling makes one of the other, so the fact rule reads a table of them. The Unicode
Common Locale Data Repository (CLDR, Unicode License v3), as Babel ships it, names in each language
every country and region (territories: "United Kingdom" / "Reino Unido", "Latin America" / "América
Latina") and the city each time zone is named after (exemplar cities: "Havana" / "La Habana"; the
English one is the zone's own name where CLDR gives none, "America/Mexico_City": Mexico City).

Kept: the pairs whose two names fold apart (case and accents ignored: "Perú" is already "Peru"),
written as plain names: none with "&", parentheses or a dash between words ("Congo - Kinshasa").
A Spanish name may be a common word too ("Navidad" for Christmas Island, "Granada" for Grenada):
kept, as two entities are joined by it only where one article writes the English name and another
the Spanish one. A line is "english<TAB>spanish".
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.text.fold import fold  # noqa: E402
from xlate.text.place_names import PLACE_NAMES_FILE  # noqa: E402

LICENSE_FILE = PLACE_NAMES_FILE.with_name("place-names-LICENSE.md")
LICENSE_HEADER = """\
# xlate/data/place-names.tsv: source and licence

Built by scripts/build_place_names.py from the Unicode Common Locale Data Repository (CLDR) as Babel
ships it (Babel: BSD-3-Clause): English and Spanish names of territories and of time zones' exemplar
cities. The CLDR's licence follows.
"""

HEADER = """\
# Places English and Spanish name differently, for XL801's entities (xlate/text/place_names.py).
# Source: the Unicode CLDR as Babel {version} ships it (Unicode License v3; Babel: BSD-3-Clause):
# territory names and time-zone exemplar cities, English and Spanish (es, es_419).
# Rebuilt by scripts/build_place_names.py; do not edit.
# A line is "english<TAB>spanish".
"""


# CLDR's codes for no place: the pseudo-locales' test regions, the unknown region, "Outlying Oceania".
_NO_PLACE = {"XA", "XB", "ZZ", "QO"}


def cldr_pairs() -> list[tuple[str, str]]:
    """(English name, Spanish name) of each territory and exemplar city, in Spain's Spanish and in Latin
    America's where it differs ("Arabia Saudí", "Arabia Saudita")."""
    from babel import Locale

    english = Locale("en")
    pairs = []
    for spanish in (Locale("es"), Locale.parse("es_419")):
        pairs += [(english.territories[code], spanish.territories[code])
                  for code in english.territories if code in spanish.territories and code not in _NO_PLACE]
        for zone, names in spanish.time_zones.items():
            city = names.get("city")
            if city and zone != "Etc/Unknown":
                pairs.append((english.time_zones.get(zone, {}).get("city") or zone.rpartition("/")[2].replace("_", " "), city))
    return pairs


def plain(name: str) -> bool:
    return not any(mark in name for mark in ("&", "(", " - "))


def main() -> None:
    kept = sorted({(en, es) for en, es in cldr_pairs() if fold(en) != fold(es) and plain(en) and plain(es)})
    text = HEADER.format(version=metadata.version("babel")) + "".join(f"{en}\t{es}\n" for en, es in kept)
    PLACE_NAMES_FILE.write_text(text, encoding="utf-8")
    LICENSE_FILE.write_text(LICENSE_HEADER + "\n```\n" + _unicode_license() + "```\n", encoding="utf-8")
    print(f"{PLACE_NAMES_FILE.relative_to(ROOT)}: {len(kept)} pairs")


def _unicode_license() -> str:
    from importlib.resources import files

    return files("babel").joinpath("locale-data", "LICENSE.unicode").read_text(encoding="utf-8")


if __name__ == "__main__":
    main()
