"""The language server: pygls speaks the protocol, the check pipeline (xlate/api.py) does the checking.

Threads: pygls's event loop only receives messages and publishes; every check, scan, hover and
glossary or word-list change runs, one at a time, on the `checker` thread, which alone touches the
projects and their kept observations. Checks that need a translation engine (XL501, XL601) run on
a second thread with their own Context and publish when their translations are ready, so typing
never waits for a translation.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls import uris
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer

import xlate
from xlate.core.config import ConfigError
from xlate.core.document import Document
from xlate.core.finding import Finding
from xlate.formats import PLAIN_TEXT, ReadError
from xlate.glossary.model import GlossaryError
from xlate.lsp import actions, background, glossary_view
from xlate.lsp.convert import diagnostic, offset_at, position, rules_document
from xlate.lsp.projects import Project, Projects

DEBOUNCE_SECONDS = 0.3   # after the last keystroke: long enough to skip the words still being typed
# copy (the default include), configuration, glossaries and word lists
WATCHED_SUFFIXES = ("md", "markdown", "txt", "text", "toml", "tbx", "csv", "tsv")


@dataclass
class Checked:
    """The last check of an open document, for the code actions and background pass that follow."""
    version: int | None
    doc: Document
    project: Project | None
    findings: list[Finding] = field(default_factory=list)
    error: str = ""
    notice: str = ""   # a file xlate skips (a translation into French): logged, no diagnostics


class XlateServer(LanguageServer):
    def __init__(self, engine: str | None = None, debounce: float = DEBOUNCE_SECONDS, cache_dir: Path | None = None):
        super().__init__("xlate", xlate.__version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.engine_choice, self.debounce, self.cache_dir = engine, debounce, cache_dir
        self.projects = Projects()
        self.checker = ThreadPoolExecutor(1, thread_name_prefix="xlate-check")
        self.translator = ThreadPoolExecutor(1, thread_name_prefix="xlate-translate")
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.checked: dict[str, Checked] = {}
        self.scanned: set[int] = set()   # ids of projects whose workspace files have been scanned
        self.rules_uri = rules_document(cache_dir).as_uri()

    # --- positions ------------------------------------------------------------------------
    @property
    def encoding(self) -> str:
        return self.workspace.position_encoding or types.PositionEncodingKind.Utf16

    def workspace_roots(self) -> list[Path]:
        return [Path(uris.to_fs_path(f.uri)) for f in self.workspace.folders.values()]

    # --- checking ---------------------------------------------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        """Check uri after delay seconds, unless it changes again before then."""
        if uri in self.timers:
            self.timers.pop(uri).cancel()
        loop = asyncio.get_running_loop()
        self.timers[uri] = loop.call_later(delay, lambda: asyncio.ensure_future(self.check(uri)))

    async def check(self, uri: str, rescan: bool = False) -> None:
        self.timers.pop(uri, None)
        try:
            document = self.workspace.get_text_document(uri)
        except KeyError:
            return
        if uri not in self.workspace.text_documents:
            return
        version, text = document.version, document.source
        path = os.path.abspath(uris.to_fs_path(uri))
        loop = asyncio.get_running_loop()
        checked = await loop.run_in_executor(self.checker, self.diagnose, path, text, version, rescan)
        if uri not in self.workspace.text_documents or self.workspace.get_text_document(uri).version != version:
            return   # changed meanwhile: a newer check is already scheduled
        said_before = uri in self.checked and self.checked[uri].notice == checked.notice
        self.checked[uri] = checked
        if checked.notice and not said_before:   # once per file, not at every keystroke's check
            self.window_log_message(types.LogMessageParams(types.MessageType.Info, f"xlate: {checked.notice}"))
        self.publish(uri, checked, checked.findings)
        if checked.project is not None and id(checked.project) not in self.scanned:
            self.scanned.add(id(checked.project))
            asyncio.ensure_future(self.scan(checked.project, path))
        if checked.project is not None and self.engine_for(checked.project) != "none":
            asyncio.ensure_future(self.translate_later(uri, checked))

    def diagnose(self, path: str, text: str, version: int | None, rescan: bool = False) -> Checked:
        """On the checker thread: the open document's findings with the workspace's observations."""
        try:
            doc = Document.from_text(path, text)
        except ReadError as exc:   # an XLIFF file half edited: said where the findings would be
            if not exc.damaged:   # a translation into French: skipped, as `xlate check` skips it
                return Checked(version, Document(path, "", format=PLAIN_TEXT), None, notice=f"{path}: {exc.reason}")
            return Checked(version, Document(path, "", format=PLAIN_TEXT), None, error=exc.reason)
        try:
            project = self.projects.for_file(Path(path))
        except (ConfigError, GlossaryError) as exc:
            return Checked(version, doc, None, error=str(exc))
        if rescan:
            project.corpus.scan(self.scan_roots(project, path))
        project.corpus.observe_buffer(doc)
        return Checked(version, doc, project, project.corpus.findings(path))

    def scan_roots(self, project: Project, path: str) -> list[Path]:
        """Where the project's other files are: its configuration's folder, else the workspace
        folder holding the file."""
        if project.root is not None:
            return [project.root]
        holding = [r for r in self.workspace_roots() if Path(path).is_relative_to(r)]
        return holding[:1]

    async def scan(self, project: Project, path: str) -> None:
        """Read the project's workspace files (once; later scans re-read only changed files), then
        check its open documents again: corpus rules and pairs now count them."""
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self.checker, project.corpus.scan, self.scan_roots(project, path))
        await self.recheck_all()

    async def recheck_all(self, rescan: bool = False) -> None:
        for uri in list(self.workspace.text_documents):
            if uri in self.checked or rescan:
                await self.check(uri, rescan=rescan)

    def publish(self, uri: str, checked: Checked, findings: list[Finding]) -> None:
        if checked.error:
            start = types.Position(0, 0)
            diagnostics = [types.Diagnostic(types.Range(start, start), f"xlate: {checked.error}",
                                            severity=types.DiagnosticSeverity.Error, source="xlate")]
        elif checked.notice:
            diagnostics = []
        else:
            diagnostics = [diagnostic(f, checked.doc, self.encoding, self.rules_uri) for f in findings]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=checked.version))

    # --- the background pass: checks that need a translation engine -----------------------------
    def engine_for(self, project: Project) -> str:
        return self.engine_choice or project.config.engine

    async def translate_later(self, uri: str, checked: Checked) -> None:
        loop = asyncio.get_running_loop()
        try:
            found = await loop.run_in_executor(self.translator, background.engine_findings, checked.project,
                                               checked.doc, self.engine_for(checked.project), self.cache_dir)
        except Exception as exc:   # a broken engine must not take the server down with it
            self.window_log_message(types.LogMessageParams(types.MessageType.Warning, f"xlate: translation: {exc}"))
            return
        if self.checked.get(uri) is not checked or not found:
            return   # the text changed since: its own pass will publish
        self.publish(uri, checked, background.merged(checked.findings, found))

    # --- commands --------------------------------------------------------------------------------
    async def run_change(self, change, *args) -> str | None:
        """Run a word-list or glossary change on the checker thread, then check open documents again."""
        loop = asyncio.get_running_loop()
        try:
            message = await loop.run_in_executor(self.checker, change, *args)
        except (GlossaryError, ConfigError, OSError) as exc:
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"xlate: {exc}"))
            return None
        self.window_show_message(types.ShowMessageParams(types.MessageType.Info, f"xlate: {message}"))
        await self.recheck_all()
        return message

    def add_word(self, uri: str, word: str) -> str:
        from xlate.lsp.words import add_word
        path = Path(uris.to_fs_path(uri))
        roots = [r for r in self.workspace_roots() if path.is_relative_to(r)]
        target = add_word(word, self.projects.for_file(path).config, path, roots[0] if roots else None)
        return f'added "{word}" to {target}'

    def add_variant(self, uri: str, concept_id: str, text: str, lang: str, status: str) -> str:
        from xlate.glossary.edit import edit_concept, set_variant
        from xlate.rules.glossary_lint import lint_concepts
        project = self.projects.for_file(Path(uris.to_fs_path(uri)))
        concept = project.ctx.glossary.get(concept_id)
        if concept is None:
            raise GlossaryError("", f"no concept {concept_id!r} in the glossary")
        target = edit_concept(project.glossary_paths, concept,
                              lambda found: set_variant(found, text, lang, status), lint_concepts, self.warn)
        return f'added "{text}" to {concept_id} as a {status} {lang} variant in {target}'

    async def term_under(self, params: types.TextDocumentPositionParams):
        """The glossary term under the cursor and the check it was found in, or None."""
        checked = self.checked.get(params.text_document.uri)
        if checked is None or checked.project is None:
            return None
        offset = offset_at(checked.doc, params.position, self.encoding)
        loop = asyncio.get_running_loop()
        match = await loop.run_in_executor(self.checker, glossary_view.term_at, checked.doc, offset, checked.project.ctx)
        return (match, checked) if match else None

    def warn(self, message: str) -> None:
        self.window_log_message(types.LogMessageParams(types.MessageType.Warning, f"xlate: {message}"))


def create_server(engine: str | None = None, debounce: float = DEBOUNCE_SECONDS, cache_dir: Path | None = None) -> XlateServer:
    server = XlateServer(engine, debounce, cache_dir)

    @server.feature(types.INITIALIZE)
    def initialize(ls: XlateServer, params: types.InitializeParams) -> None:
        options = params.initialization_options or {}
        if isinstance(options, dict):
            ls.debounce = float(options.get("debounce", ls.debounce * 1000)) / 1000
            ls.engine_choice = options.get("engine", ls.engine_choice)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: XlateServer, params: types.InitializedParams) -> None:
        """Ask the client to report changes to copy, configuration and glossary files on disk (where
        it can): other files' changes then reach XL104 and pairs, and the glossary reloads at once."""
        watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/*.{suffix}") for suffix in WATCHED_SUFFIXES]
            try:
                await ls.client_register_capability_async(types.RegistrationParams([types.Registration(
                    "xlate-files", types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    types.DidChangeWatchedFilesRegistrationOptions(watchers))]))
            except JsonRpcException as exc:   # a client that claims the capability but refuses: checks
                ls.warn(f"the editor does not report file changes ({exc}); a check re-reads them")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: XlateServer, params: types.DidOpenTextDocumentParams) -> None:
        await ls.check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: XlateServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: XlateServer, params: types.DidSaveTextDocumentParams) -> None:
        await ls.recheck_all(rescan=True)   # a save may change the corpus the other files count

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def did_change_watched(ls: XlateServer, params: types.DidChangeWatchedFilesParams) -> None:
        await ls.recheck_all(rescan=True)   # configuration, glossary or other copy changed on disk

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: XlateServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        checked = ls.checked.pop(uri, None)
        if checked is not None and checked.project is not None:
            ls.checker.submit(checked.project.corpus.close_buffer, checked.doc.path)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]))
    def code_action(ls: XlateServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        checked = ls.checked.get(params.text_document.uri)
        if checked is None or checked.project is None:
            return []
        doc, uri, encoding = checked.doc, params.text_document.uri, ls.encoding
        from xlate.rules import all_rules
        fixable = {rule.code for rule in all_rules() if rule.fixable}
        start, end = offset_at(doc, params.range.start, encoding), offset_at(doc, params.range.end, encoding)
        wanted = params.context.only
        found: list[types.CodeAction] = []
        if not wanted or types.CodeActionKind.QuickFix in wanted:
            for f in checked.findings:
                if actions.overlaps(f, doc, start, end):
                    found += actions.actions_for(f, uri, doc, encoding, fixable, checked.project.ctx.glossary,
                                                 diagnostic(f, doc, encoding, ls.rules_uri))
        if not wanted or any(kind.startswith(types.CodeActionKind.SourceFixAll) for kind in wanted):
            everything = actions.fix_all(checked.findings, uri, doc, encoding, fixable)
            found += [everything] if everything else []
        return found

    @server.command(actions.ADD_WORD)
    async def add_word(ls: XlateServer, uri: str, word: str):
        return await ls.run_change(ls.add_word, uri, word)

    @server.command(actions.ADD_VARIANT)
    async def add_variant(ls: XlateServer, uri: str, concept_id: str, text: str, lang: str, status: str):
        return await ls.run_change(ls.add_variant, uri, concept_id, text, lang, status)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: XlateServer, params: types.HoverParams) -> types.Hover | None:
        found = await ls.term_under(params)
        if found is None:
            return None
        match, checked = found
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, glossary_view.hover_text(match.entries[0].concept)),
                           range=types.Range(*(position(checked.doc, *checked.doc.position(o), ls.encoding)
                                               for o in (match.start, match.end))))

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    async def definition(ls: XlateServer, params: types.DefinitionParams) -> types.Location | None:
        found = await ls.term_under(params)
        return glossary_view.definition(found[0].entries[0].concept) if found else None

    return server


def serve(engine: str | None = None, debounce: float = DEBOUNCE_SECONDS, cache_dir: Path | None = None) -> None:
    create_server(engine, debounce, cache_dir).start_io()
