"""xlate glossary: list, show, add, deprecate, edit, lint, suggest, import and export glossary terms.

Every change goes through xlate.glossary.store (locked, atomic, checked) and
is refused when it would make the glossary wrong (a lint error it did not have).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

import click

from xlate.run.documents import Report
from xlate.cli.common import EXIT_FINDINGS, fail, findings_exit, glossary_option, handle_errors, notice, read_errors_exit
from xlate.core.engines import ENGINES
from xlate.run.configfile import config_for, glossary_paths
from xlate.glossary import lint as glossary_lint
from xlate.rules import glossary_lint as glossary_rules
from xlate.glossary import native, store
from xlate.glossary.edit import edit_concept, other_concepts, set_variant, source_path
from xlate.glossary.edit import change_glossary as change_checked
from xlate.glossary.layout import abbreviation_type
from xlate.glossary.loader import EXPORT_SUFFIXES, glossary_files, load_glossary, loader_for
from xlate.glossary.model import Concept, Glossary, GlossaryError, Term, slug
from xlate.reporters import REPORTERS, get_reporter

DEFAULT_FILE = "es-en.toml"


# --- where the glossary is -------------------------------------------------------------------

def project_paths(glossaries: tuple[Path, ...], anchor: Path | None = None) -> list[Path]:
    """--glossary, else the project configuration's glossary, else glossary/ of the project."""
    anchor = anchor or Path.cwd()
    return glossary_paths(glossaries, config_for([anchor]), anchor)


def read_paths(glossaries: tuple[Path, ...]) -> list[Path]:
    paths = project_paths(glossaries)
    if not paths:
        fail("no glossary found (no glossary/ folder here or above); pass --glossary or --file")
    return paths


def default_file(folder: Path) -> Path:
    """es-en.toml when it exists or the folder has no TOML file yet, else the folder's first TOML file."""
    tomls = sorted(folder.glob("*.toml"))
    return folder / DEFAULT_FILE if (folder / DEFAULT_FILE).exists() or not tomls else tomls[0]


def target_file(file: Path | None, glossaries: tuple[Path, ...]) -> Path:
    if file:
        return file
    paths = read_paths(glossaries)
    return paths[0] if paths[0].is_file() else default_file(paths[0])


def find_concept(glossary: Glossary, query: str) -> Concept:
    found = [glossary.get(query)] if glossary.get(query) else glossary.find(query)
    if not found:
        fail(f"no concept matches {query!r} (try `xlate glossary list {query}`)")
    if len(found) > 1:
        fail(f"{query!r} matches several concepts: {', '.join(c.id for c in found)}; give the id")
    return found[0]


# --- changing it -----------------------------------------------------------------------------

def change_glossary(target: Path, others: list[Concept], change: Callable[[list[Concept]], None]) -> None:
    """Apply change to the target file's concepts (xlate/glossary/edit.py), linted by the glossary
    rules; new lint warnings on stderr."""
    change_checked(target, others, change, glossary_rules.lint_concepts, notice)


def abbreviation_terms(texts) -> list[Term]:
    return [Term(t, "en", "admitted", abbreviation_type(t)) for t in texts]


def new_concept(es, en, abbr, admitted, deprecated, note, category, keep_spanish, concept_id) -> Concept:
    if not es and not en:
        fail("give at least --es or --en")
    terms = [Term(t, "es") for t in es] + [Term(t, "en") for t in en]
    terms += [Term(t, "en", "admitted") for t in admitted] + [Term(t, "en", "deprecated") for t in deprecated]
    terms += abbreviation_terms(abbr)
    concept_id = concept_id or slug((en or es)[0])
    if not concept_id:
        fail(f"cannot make an id from {(en or es)[0]!r} (it has no letters or digits); give one with --id")
    return Concept(concept_id, terms, keep_spanish, category or "", note or "")


# --- engines (xlate.translate, when installed) -------------------------------------------------

def engine_or_none(name: str):
    """The translation engine named (auto, apertium, argos), or None with a notice saying why machine
    translation is skipped; "none" asks for no engine and gets no notice."""
    if name == "none":
        return None
    try:
        from xlate.translate import EngineError, select_engine
    except ImportError:
        notice("machine translation skipped: this installation has no translation engines (xlate.translate)")
        return None
    try:
        selection = select_engine(name)
    except EngineError as exc:
        notice(f"machine translation skipped: {exc}")
        return None
    if selection.engine is None:
        notice(f"machine translation skipped: {selection.notice}")
    return selection.engine


def engine_name(option: str | None, wanted: bool = False) -> str:
    """--engine, else the engine the project's configuration sets, else none (glossary commands stay
    deterministic in CI); "auto" when a flag needs one and none is set."""
    config = config_for([Path.cwd()])
    name = option or (config.engine if config.engine_configured else "none")
    return "auto" if wanted and name == "none" else name


engine_option = click.option("--engine", default=None, type=click.Choice(ENGINES),
                              help="Translation engine for machine translations (default: the project's, else none).")
file_option = click.option("--file", "-f", type=click.Path(path_type=Path), default=None,
                           help=f"Glossary file to change (default: glossary/{DEFAULT_FILE} of the project).")


# --- commands --------------------------------------------------------------------------------

@click.group("glossary")
def glossary_group() -> None:
    """Maintain the glossary: look terms up, add and edit concepts, lint, mine a corpus, convert formats.

    \b
    Examples:
      xlate glossary list cecot
      xlate glossary add --es "megacárcel" --en "mega-prison"
      xlate glossary lint
      xlate glossary export --format tbx -o glossary.tbx
    """


def summary_line(concept: Concept) -> str:
    es, en = concept.preferred("es"), concept.preferred("en")
    abbrs = [t.text for t in concept.terms if t.is_abbreviation and t.lang == "en"]
    english = concept.preferred_en or "-"
    return (f"{concept.id:<28} {es.text if es else '-'} -> {english}"
            + (f"  ({', '.join(abbrs)})" if abbrs else "") + ("" if en or not concept.keep_spanish else "  [kept]"))


@glossary_group.command("list")
@click.argument("query", required=False)
@glossary_option
@handle_errors
def list_command(query, glossaries):
    """List concepts, or those with a term or id matching QUERY (case and accents ignored).

    \b
    Examples:
      xlate glossary list
      xlate glossary list "el pais"
    """
    glossary = load_glossary(read_paths(glossaries))
    concepts = glossary.find(query) if query else list(glossary)
    for concept in concepts:
        click.echo(summary_line(concept))
    if query and not concepts:
        notice(f"no concept matches {query!r}")
        sys.exit(EXIT_FINDINGS)


@glossary_group.command("show")
@click.argument("query")
@glossary_option
@handle_errors
def show_command(query, glossaries):
    """Show every detail of the concepts whose id or term matches QUERY, as native TOML.

    \b
    Example:
      xlate glossary show CECOT
    """
    glossary = load_glossary(read_paths(glossaries))
    concepts = [glossary.get(query)] if glossary.get(query) else glossary.find(query)
    if not concepts:
        fail(f"no concept matches {query!r}")
    for concept in concepts:
        click.echo(f"# {concept.source}\n" + native.update("", [concept]).strip() + "\n")


@glossary_group.command("add")
@click.option("--es", multiple=True, help="Spanish preferred term.")
@click.option("--en", multiple=True, help="English preferred term.")
@click.option("--abbr", multiple=True, help="Abbreviation or acronym used in English copy (repeatable).")
@click.option("--admitted", multiple=True, help="Admitted English variant (repeatable).")
@click.option("--deprecated", multiple=True, help="English rendering to avoid (repeatable).")
@click.option("--note", default="", help="Why the concept is here, or what it is.")
@click.option("--category", default="", help="Free-text category (place, person, legal term...).")
@click.option("--keep-spanish", is_flag=True, help="English copy uses the Spanish name itself (El País).")
@click.option("--id", "concept_id", default="", help="Concept id (default: made from the English or Spanish term).")
@file_option
@glossary_option
@handle_errors
def add_command(es, en, abbr, admitted, deprecated, note, category, keep_spanish, concept_id, file, glossaries):
    """Add a concept; refuse a duplicate or a clash with an existing concept, saying which.

    \b
    Examples:
      xlate glossary add --es "megacárcel" --en "mega-prison" --admitted megaprison
      xlate glossary add --es "El País" --keep-spanish --id el-pais --category media
    """
    concept = new_concept(es, en, abbr, admitted, deprecated, note, category, keep_spanish, concept_id)
    target = target_file(file, glossaries)
    others = other_concepts(project_paths(glossaries), target)
    change_glossary(target, others, lambda concepts: concepts.append(concept))
    click.echo(f"added {concept.id!r} to {target}")


def _edit_concept(query: str, glossaries, edit: Callable[[Concept], None]) -> Concept:
    """Find the concept, then change it inside its own file."""
    paths = read_paths(glossaries)
    found = find_concept(load_glossary(paths), query)
    edit_concept(paths, found, edit, glossary_rules.lint_concepts, notice)
    return found


@glossary_group.command("deprecate")
@click.argument("concept")
@click.argument("term")
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True)
@click.option("--note", default="", help="Why the term is deprecated.")
@glossary_option
@handle_errors
def deprecate_command(concept, term, lang, note, glossaries):
    """Mark TERM as a deprecated rendering of CONCEPT (an id or any of its terms).

    An admitted variant becomes deprecated; the preferred term cannot be (choose another with edit).

    \b
    Example:
      xlate glossary deprecate cecot "Center of Confinement of Terrorism" --note "a calque"
    """
    found = _edit_concept(concept, glossaries, lambda found: set_variant(found, term, lang, "deprecated", note))
    click.echo(f"deprecated {term!r} in {found.id!r}")


def _set_preferred(concept: Concept, lang: str, text: str) -> None:
    """text becomes the preferred term; the old preferred term stays as an admitted variant."""
    for term in concept.terms_in(lang, "preferred"):
        if not term.is_abbreviation:
            term.status = "admitted"
    existing = next((t for t in concept.terms if t.lang == lang and t.text == text), None)
    if existing:
        existing.status = "preferred"
    else:
        concept.terms.insert(0, Term(text, lang))


def _refuse_lost_preferred(concept: Concept, removed: list[Term]) -> None:
    """A removed preferred term must be replaced in the same edit: without one, the concept's
    deprecated renderings have nothing to point to and the checks stop reporting them."""
    for term in removed:
        if term.status == "preferred" and not term.is_abbreviation and concept.preferred(term.lang) is None:
            raise GlossaryError(concept.source, f"refused: {term.text!r} is the preferred {term.lang} term of "
                                                f"{concept.id!r}; give its replacement with --{term.lang} in the "
                                                "same command")


@glossary_group.command("edit")
@click.argument("concept")
@click.option("--es", default=None, help="New Spanish preferred term (the old one becomes admitted).")
@click.option("--en", default=None, help="New English preferred term (the old one becomes admitted).")
@click.option("--admitted", multiple=True, help="Add an admitted English variant.")
@click.option("--es-admitted", multiple=True, help="Add an admitted Spanish variant.")
@click.option("--abbr", multiple=True, help="Add an English abbreviation.")
@click.option("--remove", multiple=True, help="Remove this term (any language or status).")
@click.option("--note", default=None, help="Replace the concept note.")
@click.option("--category", default=None, help="Replace the category.")
@click.option("--keep-spanish/--no-keep-spanish", default=None, help="Whether English copy uses the Spanish name.")
@glossary_option
@handle_errors
def edit_command(concept, es, en, admitted, es_admitted, abbr, remove, note, category, keep_spanish, glossaries):
    """Change a concept (an id or any of its terms) in the file that defines it.

    \b
    Examples:
      xlate glossary edit megacarcel --admitted "mega prison"
      xlate glossary edit cecot --remove "Terrorism Containment Center"
    """
    def edit(found: Concept) -> None:
        removed = [t for t in found.terms if t.text in remove]
        found.terms = [t for t in found.terms if t.text not in remove]
        for lang, text in (("es", es), ("en", en)):
            if text:
                _set_preferred(found, lang, text)
        _refuse_lost_preferred(found, removed)
        found.terms += [Term(t, "en", "admitted") for t in admitted] + [Term(t, "es", "admitted") for t in es_admitted]
        found.terms += abbreviation_terms(abbr)
        found.note = found.note if note is None else note
        found.category = found.category if category is None else category
        found.keep_spanish = found.keep_spanish if keep_spanish is None else keep_spanish
    found = _edit_concept(concept, glossaries, edit)
    click.echo(f"edited {found.id!r}")


@glossary_group.command("lint")
@click.option("--format", "output_format", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True)
@click.option("--add-mt-variants", is_flag=True,
              help="Add each machine translation that differs from the glossary as a deprecated variant.")
@engine_option
@glossary_option
@handle_errors
def lint_command(output_format, add_mt_variants, engine, glossaries):
    """Report what makes the glossary wrong or risky (codes XL9xx, kind glossary).

    Exit status: 0 clean (info findings pass, as in xlate check), 1 findings, 2 a glossary file
    that cannot be read (whatever select/ignore say of XL900) or unreadable options.

    \b
    Examples:
      xlate glossary lint
      xlate glossary lint --glossary terms.tbx --format json
      xlate glossary lint --engine auto --add-mt-variants
    """
    paths = read_paths(glossaries)
    config = config_for([Path.cwd()])   # select, ignore and severity apply to XL9xx as to every code
    concepts, unreadable = glossary_lint.load_leniently(paths)
    findings = glossary_rules.unreadable(unreadable, config) + glossary_rules.lint_concepts(concepts, config)
    translator = engine_or_none(engine_name(engine, wanted=add_mt_variants))
    if translator:
        renderings = glossary_lint.machine_renderings(concepts, translator)
        findings += glossary_rules.machine_translation(concepts, renderings, config)
        if add_mt_variants:
            add_variants(concepts, renderings, paths)
    files = {f for p in paths for f in glossary_files(Path(p))}
    get_reporter(output_format)(Report(findings=sorted(findings), files_checked=len(files)), [], sys.stdout)
    # a file that cannot be read is an error of the run, reported or not as XL900: nothing in it was linted
    sys.exit(read_errors_exit([(p.path, p.message) for p in unreadable]) or findings_exit(findings))


def add_variants(concepts: list[Concept], renderings: dict[str, str], paths: list[Path]) -> None:
    by_file: dict[Path, dict[str, str]] = {}
    for concept in concepts:
        if concept.id in renderings:
            by_file.setdefault(source_path(concept), {})[concept.id] = renderings[concept.id]

    for file, variants in by_file.items():
        def change(file_concepts: list[Concept], variants=variants) -> None:
            for concept in file_concepts:
                if concept.id in variants:
                    concept.terms.append(Term(variants[concept.id], "en", "deprecated", note="machine translation"))
        change_glossary(file, other_concepts(paths, file), change)
        notice(f"added {len(variants)} machine-translation variant(s) to {file}")


@glossary_group.command("import")
@click.argument("source", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--update", is_flag=True, help="Replace concepts that have the same id instead of refusing.")
@file_option
@glossary_option
@handle_errors
def import_command(source, update, file, glossaries):
    """Merge a TBX, CSV, TSV or TOML glossary into the project's glossary file.

    The import is all or nothing: a malformed file or a conflict changes nothing.

    \b
    Examples:
      xlate glossary import client-terms.tbx
      xlate glossary import --update terms.csv --file glossary/clients.toml
    """
    incoming = loader_for(source)(source)
    target = target_file(file, glossaries)
    others = other_concepts(project_paths(glossaries), target)

    def change(concepts: list[Concept]) -> None:
        positions = {c.id: i for i, c in enumerate(concepts)}
        for concept in incoming:
            if concept.id in positions and not update:
                raise GlossaryError(concept.source, f"refused, nothing written: concept {concept.id!r} is already "
                                                    f"in {target} (use --update to replace it)")
            if concept.id in positions:
                concepts[positions[concept.id]] = concept
            else:
                concepts.append(concept)
    change_glossary(target, others, change)
    click.echo(f"imported {len(incoming)} concept(s) from {source} into {target}")


@glossary_group.command("export")
@click.option("--format", "output_format", type=click.Choice(sorted(EXPORT_SUFFIXES)), default=None,
              help="Output format (default: from the -o suffix, else toml).")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="Write here instead of stdout.")
@glossary_option
@handle_errors
def export_command(output_format, output, glossaries):
    """Write the whole glossary as TBX-Basic (v3, DCA), CSV, TSV or native TOML.

    \b
    Examples:
      xlate glossary export --format tbx -o glossary.tbx
      xlate glossary export --format csv > glossary.csv
    """
    concepts = list(load_glossary(read_paths(glossaries)))
    suffix = EXPORT_SUFFIXES[output_format] if output_format else (output.suffix.lower() if output else ".toml")
    if output is None:
        click.echo(store.format_module(Path("out" + suffix)).to_text(concepts, Path("out" + suffix)), nl=False)
    elif output.suffix.lower() != suffix:
        fail(f"--format {output_format} does not match the output file {output}")
    else:
        store.write_new(output, concepts)
        click.echo(f"exported {len(concepts)} concept(s) to {output}", err=True)


COMMANDS = [glossary_group]


# --- suggest ---------------------------------------------------------------------------------

def suggestion_comment(suggestion, translation: str | None, shown: int = 4) -> str:
    seen = ", ".join(f"{f.text} ({len(f.places)}x)" for f in suggestion.forms)
    lines = [f"# Seen as: {seen}"]
    for form in suggestion.forms:
        more = f" and {len(form.places) - shown} more" if len(form.places) > shown else ""
        lines.append(f"#   {form.text}: {', '.join(form.places[:shown])}{more}")
    if translation:
        lines.append(f"#   machine translation of the Spanish: {translation}")
    return "\n".join(lines)


def render_suggestions(suggestions, output_format: str, translations: dict[str, str]) -> str:
    concepts = [s.concept for s in suggestions]
    if output_format == "tbx":
        return store.format_module(Path("x.tbx")).to_text(concepts, Path("x.tbx"))
    parts = [f"# {len(suggestions)} suggestion(s) from `xlate glossary suggest`: review and edit, then add them "
             "with --write FILE."]
    for s in suggestions:
        parts.append(suggestion_comment(s, translations.get(s.concept.id)) + "\n"
                     + native.update("", [s.concept]).strip())
    return "\n\n".join(parts) + "\n"


def machine_translations(suggestions, name: str) -> dict[str, str]:
    translator = engine_or_none(name)
    sources = [(s.concept.id, s.concept.preferred("es")) for s in suggestions]
    sources = [(cid, term.text) for cid, term in sources if term]
    if not translator or not sources:
        return {}
    outputs = translator.translate([text for _, text in sources], "es", "en")
    return {cid: out for (cid, _), out in zip(sources, outputs)}


REVIEW_KEYS = {"y": "add it", "n": "skip it", "e": "edit it in $EDITOR", "i": "edit its preferred terms here",
               "d": "drop one of its terms", "a": "add it and all the rest", "q": "add nothing more and stop"}


def accepted(suggestions, yes: bool) -> list[Concept]:
    if yes:
        return [s.concept for s in suggestions]
    if not sys.stdin.isatty():
        fail("stdin is not a terminal: pass --yes to add every suggestion, or review the output first")
    return review([s.concept for s in suggestions], [s.forms for s in suggestions])


def review(concepts: list[Concept], forms: list) -> list[Concept]:
    """Ask about each proposal on the terminal: add, skip, edit (in $EDITOR or here), drop a term,
    add all the rest or stop. Returns the concepts to add, as edited. The questions go to standard
    error, so standard output holds only the proposals (TOML or TBX)."""
    chosen: list[Concept] = []
    for n, concept in enumerate(concepts):
        while True:
            click.echo(_review_lines(concept), err=True)
            key = click.prompt(f"Add {concept.id!r} ({', '.join(f.text for f in forms[n])})? [{'/'.join(REVIEW_KEYS)}/?]",
                               default="n", show_default=False, err=True).strip().lower()[:1]
            if key in ("y", "a"):
                chosen.append(concept)
            if key == "a":
                return chosen + concepts[n + 1:]
            if key == "q":
                return chosen
            if key in ("y", "n"):
                break
            if key == "e":
                concept = _edited_in_editor(concept)
            elif key == "i":
                concept = _edited_inline(concept)
            elif key == "d":
                concept = _without_one_term(concept)
            else:
                click.echo("\n".join(f"  {k}: {what}" for k, what in REVIEW_KEYS.items()), err=True)
    return chosen


def _review_lines(concept: Concept) -> str:
    return "\n".join([f"  {concept.id}:"] + [f"    {t.lang} {t.status}{'' if t.type == 'term' else ' ' + t.type}: {t.text}"
                                              for t in concept.terms])


def _edited_in_editor(concept: Concept) -> Concept:
    """The proposal as TOML in $EDITOR; kept as it was when the editor saves nothing or the text is wrong."""
    text = click.edit(native.update("", [concept]), extension=".toml")
    if text is None:
        return concept
    try:
        edited = native.parse(text, "the edited proposal")
    except GlossaryError as exc:
        click.echo(f"not changed: {exc}", err=True)
        return concept
    if len(edited) != 1:
        click.echo("not changed: the edited text must hold one [[concept]]", err=True)
        return concept
    return edited[0]


def _edited_inline(concept: Concept) -> Concept:
    for lang in ("en", "es"):
        current = concept.preferred(lang)
        text = click.prompt(f"  {lang} preferred term (- for none)", default=current.text if current else "-", err=True).strip()
        concept.terms = [t for t in concept.terms if not (t.lang == lang and t.status == "preferred" and t.type == "term")]
        if text and text != "-":
            concept.terms.insert(0, Term(text, lang))
    return concept


def _without_one_term(concept: Concept) -> Concept:
    for number, term in enumerate(concept.terms, 1):
        click.echo(f"  {number}. {term.lang} {term.status}: {term.text}", err=True)
    number = click.prompt("  drop which term (0: none)", type=click.IntRange(0, len(concept.terms)), default=0, err=True)
    if number:
        del concept.terms[number - 1]
    return concept


@glossary_group.command("suggest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option("--format", "output_format", type=click.Choice(["toml", "tbx"]), default="toml", show_default=True)
@click.option("--write", "write_to", type=click.Path(path_type=Path), default=None,
              help="Add the accepted suggestions to this glossary file.")
@click.option("--yes", is_flag=True, help="With --write: accept every suggestion without asking.")
@engine_option
@glossary_option
@handle_errors
def suggest_command(paths, output_format, write_to, yes, engine, glossaries):
    """Mine PATHS for names, acronyms and untranslated Spanish the glossary lacks.

    Prints the suggestions, with where each form was seen, as TOML (or TBX) to review.

    \b
    Examples:
      xlate glossary suggest seeds/
      xlate glossary suggest drafts/ --write glossary/new.toml
      xlate glossary suggest drafts/ --write glossary/new.toml --yes
    """
    from xlate.run.documents import load_documents
    from xlate.rules.context import Context
    from xlate.run.discovery import discover
    from xlate.glossary.suggest import suggest

    paths = list(paths) or [Path(".")]
    config = config_for(paths)
    found_paths = glossary_paths(glossaries, config, paths[0])
    glossary = load_glossary(found_paths) if found_paths else Glossary()
    report = Report()
    found = discover(paths, config)
    for path, reason in found.errors:
        fail(f"{path}: {reason}")
    docs = load_documents(found.files, Context(glossary=glossary, config=config), report)
    for path, reason in found.problems + report.skipped:
        notice(f"{path}: {reason}")
    suggestions = suggest(docs, glossary)
    _avoid_known_ids(suggestions, glossary)
    click.echo(render_suggestions(suggestions, output_format, machine_translations(suggestions, engine_name(engine))), nl=False)
    if write_to and suggestions:
        chosen = accepted(suggestions, yes)
        others = other_concepts(found_paths, write_to)
        change_glossary(write_to, others, lambda concepts: concepts.extend(chosen))
        notice(f"added {len(chosen)} concept(s) to {write_to}")
    if report.errors:
        sys.exit(read_errors_exit(report.errors))


def _avoid_known_ids(suggestions, glossary: Glossary) -> None:
    for s in suggestions:
        base, n = s.concept.id, 2
        while glossary.get(s.concept.id):
            s.concept.id, n = f"{base}-{n}", n + 1
