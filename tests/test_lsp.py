"""`xlate lsp` through a real LSP client (pytest-lsp's, on pygls) over stdio, against a real
`xlate lsp` subprocess in a temporary project with the shipped glossary."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import os
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the lsp extra is not installed: pip install -e '.[lsp]'")
from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features  # noqa: E402
from pygls.protocol import default_converter  # noqa: E402

from conftest import SHIPPED_GLOSSARY  # noqa: E402
from translation_helpers import requires_apertium  # noqa: E402

STORY = ("The president criticzed the Cecot prison.\n\n"
         "Kast visited the Detention Center Against Terrorism.\n")
TIMEOUT = 60
pytestmark = pytest.mark.asyncio


@pytest.fixture(scope="module")
def server_env(tmp_path_factory) -> dict[str, str]:
    """One cache folder for the module's servers: each would otherwise build the dictionaries again."""
    return {**os.environ, "XLATE_CACHE_DIR": str(tmp_path_factory.mktemp("lsp-cache"))}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    shutil.copytree(SHIPPED_GLOSSARY, tmp_path / "glossary")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    return tmp_path


def recording_client() -> LanguageClient:
    """pytest-lsp's client that also keeps every diagnostics publication, in order, in a queue.
    Its wait_for_notification sees only a notification that arrives while it waits: of two read in
    one chunk (a partner file re-published beside the opened one), the second was lost and the test
    waited 60 s for it (CI, stop 31)."""
    client = LanguageClient(converter_factory=default_converter)
    client.publications = asyncio.Queue()

    def keep(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.publications.put_nowait(params)

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: keep})
    return client


@contextlib.asynccontextmanager
async def session(root: Path, env: dict[str, str], engine: str = "none", debounce_ms: int = 50,
                  capabilities: str = "visual-studio-code"):
    """A started, initialised client of `xlate lsp --engine ENGINE` with root as its workspace."""
    command = [sys.executable, "-m", "xlate", "lsp", "--engine", engine]
    client = await ClientServerConfig(server_command=command, server_env=env, client_factory=recording_client).start()
    await client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities(capabilities), root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(root.as_uri(), root.name)],
        initialization_options={"debounce": debounce_ms}))
    try:
        yield client
    finally:
        await client.shutdown_session()


async def next_publication(client) -> types.PublishDiagnosticsParams:
    """The oldest diagnostics publication the test has not read yet."""
    return await asyncio.wait_for(client.publications.get(), TIMEOUT)


async def published(client, uri: str, version: int | None = None) -> list[types.Diagnostic]:
    """The next diagnostics published for uri (of that version, when given); publications for
    other files and versions before it are passed over."""
    while True:
        params = await next_publication(client)
        if params.uri == uri and (version is None or params.version == version):
            return params.diagnostics


async def eventually(client, uri: str, holds) -> list[types.Diagnostic]:
    """The diagnostics last published for uri, once holds(them) (they may have been published
    before the request that caused them returned)."""
    async def poll():
        while not holds(client.diagnostics.get(uri, [])):
            await asyncio.sleep(0.05)
        return client.diagnostics[uri]
    return await asyncio.wait_for(poll(), TIMEOUT)


async def open_file(client, path: Path, text: str | None = None) -> list[types.Diagnostic]:
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8") if text is None else text
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, text)))
    return await published(client, uri)


def change(client, path: Path, version: int, text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(version=version, uri=path.as_uri()),
        [types.TextDocumentContentChangeWholeDocument(text)]))


def by_code(diagnostics) -> dict[str, types.Diagnostic]:
    return {d.code: d for d in diagnostics}


async def code_actions(client, path: Path, line: int, only=None) -> list:
    return await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(path.as_uri()), types.Range(types.Position(line, 0), types.Position(line, 1000)),
        types.CodeActionContext(diagnostics=[], only=only)))


async def run_command(client, action) -> None:
    """Execute a code action's command. lsprotocol's client-side hook reads any code action that has
    a "command" key as a Command, so a CodeAction holding one arrives as a Command whose command is
    the nested Command's repr; this reads it back."""
    command = action.command
    if isinstance(action, types.Command) and command.startswith("{"):
        command = ast.literal_eval(command)
        name, arguments = command["command"], command["arguments"]
    else:
        name, arguments = command.command, command.arguments
    await client.workspace_execute_command_async(types.ExecuteCommandParams(name, arguments))


def titled(found: list, start: str):
    return next(a for a in found if a.title.startswith(start))


def applied(text: str, edits: list[types.TextEdit]) -> str:
    """text with LSP edits applied (ASCII text: columns are characters)."""
    lines = text.split("\n")
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        (sl, sc), (el, ec) = (edit.range.start.line, edit.range.start.character), (edit.range.end.line, edit.range.end.character)
        joined = lines[sl][:sc] + edit.new_text + lines[el][ec:]
        lines[sl:el + 1] = [joined]
    return "\n".join(lines)


async def test_diagnostics_carry_code_link_kind_and_severity(project, server_env):
    (project / "xlate.toml").write_text('[severity]\nXL301 = "error"\n', encoding="utf-8")
    async with session(project, server_env) as client:
        found = by_code(await open_file(client, project / "story.md"))
    assert set(found) == {"XL101", "XL102", "XL301"}
    typo = found["XL301"]
    assert (typo.range.start.line, typo.range.start.character, typo.range.end.character) == (0, 14, 23)
    assert typo.severity == types.DiagnosticSeverity.Error   # from xlate.toml
    assert found["XL102"].severity == types.DiagnosticSeverity.Warning
    assert found["XL101"].source == "xlate:rendering" and typo.source == "xlate:typo"
    link = found["XL101"].code_description.href
    assert link.startswith("file://") and link.endswith("rules.md#xl101-deprecated-term")
    anchor_heading = "## XL101 deprecated-term"
    assert anchor_heading in Path(link.split("#")[0].removeprefix("file://")).read_text(encoding="utf-8")


async def test_columns_are_utf16_code_units_after_an_emoji(project, server_env):
    async with session(project, server_env) as client:
        found = by_code(await open_file(client, project / "story.md", "📰 The president criticzed it.\n"))
    # "📰" is one code point but two UTF-16 units: the typo starts at code point 16, unit 17
    assert found["XL301"].range.start.character == 17


async def test_changes_are_debounced_and_only_the_last_version_is_published(project, server_env):
    path = project / "story.md"
    async with session(project, server_env, debounce_ms=1000) as client:   # edits far apart on a busy machine
        await open_file(client, path)
        change(client, path, 2, STORY.replace("criticzed", "critized"))
        change(client, path, 3, STORY.replace("criticzed", "criticized"))
        change(client, path, 4, STORY.replace("criticzed", "criticized").replace("Cecot", "CECOT"))
        params = await next_publication(client)
        while params.version == 1:   # the workspace scan's re-check of the opened text may come first
            params = await next_publication(client)
    assert params.version == 4   # versions 2 and 3 were superseded within the debounce
    assert {d.code for d in params.diagnostics} == {"XL101"}


async def test_glossary_and_configuration_changes_on_disk_are_picked_up(project, server_env):
    path = project / "story.md"
    async with session(project, server_env) as client:
        found = by_code(await open_file(client, path, "The Terrorism Containment Center is full.\n"))
        assert set(found) == {"XL101"}
        glossary = project / "glossary" / "es-en.toml"
        glossary.write_text(glossary.read_text(encoding="utf-8").replace(
            '    {term = "Terrorism Containment Center", note = "mistranslates confinamiento"},\n', ""), encoding="utf-8")
        change(client, path, 2, "The Terrorism Containment Center is full.\n\nThe president criticzed it.\n")
        found = by_code(await published(client, path.as_uri(), 2))
        assert "XL101" not in found and "XL301" in found   # no longer deprecated; the new text checked
        (project / "xlate.toml").write_text('[severity]\nXL301 = "info"\n', encoding="utf-8")
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            [types.FileEvent((project / "xlate.toml").as_uri(), types.FileChangeType.Created)]))
        informed = types.DiagnosticSeverity.Information
        await eventually(client, path.as_uri(),   # the new xlate.toml
                         lambda found: "XL301" in by_code(found) and by_code(found)["XL301"].severity == informed)


async def test_a_broken_configuration_is_one_clear_diagnostic(project, server_env):
    (project / "xlate.toml").write_text('select = ["XL999"]\n', encoding="utf-8")
    async with session(project, server_env) as client:
        [only] = await open_file(client, project / "story.md")
    assert only.severity == types.DiagnosticSeverity.Error
    assert "xlate.toml" in only.message and "XL999" in only.message


async def test_code_actions_apply_suggestions_suppress_and_fix_all(project, server_env):
    path = project / "story.md"
    async with session(project, server_env) as client:
        await open_file(client, path)
        found = await code_actions(client, path, 0)
        fix = titled(found, 'Replace "Cecot" with "CECOT"')
        assert fix.is_preferred   # what --fix would apply: a fixable rule, one suggestion
        assert applied(STORY, fix.edit.changes[path.as_uri()]).startswith("The president criticzed the CECOT prison.")
        suppress = titled(found, "Suppress XL301 on this line")
        after = applied(STORY, suppress.edit.changes[path.as_uri()])
        assert after.splitlines()[0] == "The president criticzed the Cecot prison. <!-- xlate: ignore-line XL301 -->"
        change(client, path, 2, after)
        assert {d.code for d in await published(client, path.as_uri(), 2)} == {"XL101", "XL102"}
        [everything] = await code_actions(client, path, 0, only=[types.CodeActionKind.SourceFixAll])
    fixed = applied(after, everything.edit.changes[path.as_uri()])
    assert "the CECOT prison" in fixed and "visited the Terrorism Confinement Center." in fixed


async def test_add_word_writes_the_project_word_list_and_rechecks(project, server_env):
    path = project / "story.md"
    (project / "xlate.toml").write_text('# the newsroom\nwords = ["Bukele"]\n', encoding="utf-8")
    async with session(project, server_env) as client:
        await open_file(client, path)
        add = titled(await code_actions(client, path, 0), 'Add "criticzed" to the project word list')
        await run_command(client, add)
        await eventually(client, path.as_uri(), lambda found: "XL301" not in by_code(found))
    text = (project / "xlate.toml").read_text(encoding="utf-8")
    assert text.startswith("# the newsroom\n") and '"Bukele", "criticzed"' in text


async def test_add_glossary_variant_goes_through_the_locked_writer(project, server_env):
    path = project / "story.md"
    glossary = project / "glossary" / "es-en.toml"
    glossary.chmod(0o640)
    async with session(project, server_env) as client:
        await open_file(client, path, "The Cecot prison is full.\n")
        found = await code_actions(client, path, 0)
        add = titled(found, 'Add "Cecot" to the glossary of cecot as admitted')
        await run_command(client, add)
        await eventually(client, path.as_uri(), lambda found: not found)   # "Cecot" is now an admitted rendering
    assert glossary.stat().st_mode & 0o777 == 0o640
    from xlate.glossary import load_glossary
    cecot = load_glossary([glossary]).get("cecot")
    assert any(t.text == "Cecot" and t.status == "admitted" and t.lang == "en" for t in cecot.terms)


async def test_hover_and_definition_on_a_glossary_term(project, server_env):
    path = project / "story.md"
    async with session(project, server_env) as client:
        await open_file(client, path)
        where = types.TextDocumentIdentifier(path.as_uri())
        hover = await client.text_document_hover_async(types.HoverParams(where, types.Position(2, 25)))
        definition = await client.text_document_definition_async(types.DefinitionParams(where, types.Position(2, 25)))
        nothing = await client.text_document_hover_async(types.HoverParams(where, types.Position(0, 5)))
    text = hover.contents.value
    assert "Centro de Confinamiento del Terrorismo" in text and "**Terrorism Confinement Center**" in text
    assert "~~Detention Center Against Terrorism~~" in text
    assert nothing is None
    glossary = project / "glossary" / "es-en.toml"
    assert definition.uri == glossary.resolve().as_uri()
    entry = glossary.read_text(encoding="utf-8").splitlines()[definition.range.start.line:]
    assert 'id = "cecot"' in "\n".join(entry[:3])


async def test_xl104_counts_the_workspace_files_on_disk(project, server_env):
    (project / "a.md").write_text("Visitors to Quelepa saw the prison. The road to Quelepa was closed.\n")
    (project / "b.md").write_text("Quelepa is a town.\n")
    path = project / "draft.md"
    path.write_text("The prison near Quelépa was secured.\n")
    async with session(project, server_env) as client:
        await open_file(client, path)   # then the workspace scan adds the files on disk
        found = by_code(await eventually(client, path.as_uri(), lambda found: "XL104" in by_code(found)))
    assert found["XL104"].data["suggestions"] == ["Quelepa"]


async def test_pairs_open_side_by_side_get_pair_findings(project, server_env):
    spanish, english = project / "nota.es.md", project / "nota.en.md"
    spanish.write_text("Caben 40.000 reos.\n")
    english.write_text("It holds 40,000 inmates.\n")
    async with session(project, server_env) as client:
        await open_file(client, spanish)
        await open_file(client, english)
        change(client, english, 2, "It holds 4,000 inmates.\n")
        found = by_code(await published(client, english.as_uri(), 2))
    assert found["XL702"].range.start.character == 9


@requires_apertium
@pytest.mark.apertium
async def test_machine_translation_checks_arrive_after_the_others(tmp_path, server_env):
    (tmp_path / ".git").mkdir()
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "es-en.toml").write_text(
        '[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\n'
        'en = "Terrorism Confinement Center"\nabbr = ["CECOT"]\n', encoding="utf-8")
    (tmp_path / "xlate.toml").write_text('ignore = ["XL103"]\n', encoding="utf-8")
    path = tmp_path / "story.md"
    path.write_text("Inmates at the Centre of Confinement of the Terrorism sleep on metal bunks.\n", encoding="utf-8")
    async with session(tmp_path, server_env, engine="apertium") as client:
        first = await open_file(client, path)
        later = await eventually(client, path.as_uri(), lambda found: "XL501" in by_code(found))
    assert "XL501" not in by_code(first)   # the pass without an engine publishes first ...
    assert by_code(later)["XL501"].range.start.character == 15   # ... the translation's findings follow


async def test_an_html_page_is_read_as_the_command_line_reads_it(project, server_env):
    """The buffer of an HTML page has its entities decoded ("exception&nbsp;regime" is the deprecated
    rendering it reads as, "Pol&iacute;tica" one word) and its diagnostics sit at the page's own
    columns, after entities too (issue 18 review: the server blanked the entities of the raw page)."""
    page = project / "nota.html"
    lines = ["<p>Pol&iacute;tica y m&aacute;s para el gobierno.</p>",
             "<p>&ldquo;The government extended the exception&nbsp;regime,&rdquo; officials said they would "
             "recieve.</p>"]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    async with session(project, server_env) as client:
        diagnostics = await open_file(client, page)
    assert not [d for d in diagnostics if "acute" in d.message or '"Pol"' in d.message or '"tica"' in d.message]
    where = {d.code: (d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character)
             for d in diagnostics}
    regime = lines[1].index("exception")
    assert where["XL101"] == (1, regime, 1, lines[1].index("regime") + len("regime"))
    assert where["XL301"] == (1, lines[1].index("recieve"), 1, lines[1].index("recieve") + len("recieve"))


async def test_an_html_pages_editor_positions_map_to_its_text_through_entities(project, server_env):
    """The editor's positions are the page's, the server's offsets its decoded text's: hover and code
    actions go from one to the other through the page's FileMap (issue 18: the file's column was
    taken for the text's, so a hover after entities fell past the term, and an action's language
    was read ten entities (60 columns) to the right, in the next paragraph)."""
    page = project / "nota.html"
    hovered = "<p>&ldquo;&ldquo;&ldquo;&ldquo;Kast visited the Detention Center Against Terrorism.</p>"
    mixed = ("<p>" + "&mdash;" * 10 + "The Cecot prison is full.</p>"
             '<p lang="es">El gobierno amplió el régimen de excepción por otros treinta días en todo el país.</p>')
    page.write_text(f'<html lang="en"><body>\n{hovered}\n{mixed}\n</body></html>\n', encoding="utf-8")
    async with session(project, server_env) as client:
        await open_file(client, page)
        where = types.TextDocumentIdentifier(page.as_uri())
        column = hovered.index("Terrorism") + 3
        hover = await client.text_document_hover_async(types.HoverParams(where, types.Position(1, column)))
        cecot = mixed.index("Cecot")
        found = await client.text_document_code_action_async(types.CodeActionParams(
            where, types.Range(types.Position(2, cecot), types.Position(2, cecot + 2)),
            types.CodeActionContext(diagnostics=[])))
    assert hover is not None and "Terrorism Confinement Center" in hover.contents.value
    assert hover.range.start == types.Position(1, hovered.index("Detention"))
    assert titled(found, 'Add "Cecot" to the glossary of cecot as admitted').title.endswith("(en)")
    assert not [a for a in found if '"régimen' in a.title or "excepción" in a.title]


async def test_a_translation_into_another_language_has_no_diagnostics_and_a_logged_notice(project, server_env):
    """An XLIFF file translating into French, open in the editor, is skipped as `xlate check` skips
    the file: no diagnostics (its French target is no English copy: 'gouvernement is not a word'),
    the notice in the log, once however often it is edited; a Spanish-English one is still checked
    (docs/decisions.md)."""
    french = project / "fr.xlf"
    french.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="n" source-language="es" target-language="fr-FR" datatype="plaintext"><body>\n'
        '<trans-unit id="a"><source>El gobierno lo confirmó.</source><target>Le gouvernement a confirmé.</target>'
        '</trans-unit>\n</body></file></xliff>\n', encoding="utf-8")
    english = project / "en.xlf"
    english.write_text(french.read_text(encoding="utf-8").replace("fr-FR", "en").replace(
        "Le gouvernement a confirmé.", "The goverment confirmed it."), encoding="utf-8")
    async with session(project, server_env) as client:
        assert not await open_file(client, french)
        change(client, french, 2, french.read_text(encoding="utf-8").replace("confirmé", "confirmé hier"))
        assert not await published(client, french.as_uri(), version=2)
        assert "XL301" in by_code(await open_file(client, english))
        logged = [m.message for m in client.log_messages]
    notice = f"xlate: {french}: translates into 'fr', and xlate checks Spanish and English copy; skipped"
    assert logged.count(notice) == 1
