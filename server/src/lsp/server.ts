// The language server: capabilities, handler registration and settings. This is the ONLY module
// that touches the connection. Handlers look up state (documents, the model's current analysis)
// and delegate to features/, fixes/ and format/; every handler is wrapped so an exception
// answers with a ResponseError (or is logged, for notifications) and the server lives on.
import { format as formatMessage } from 'node:util';
import {
  CodeActionKind, CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
  LSPErrorCodes, ErrorCodes, ResponseError, TextDocumentSyncKind,
  type CancellationToken, type ClientCapabilities, type Connection, type InitializeParams, type InitializeResult,
  type Diagnostic, type Position, type Range, type ServerCapabilities, type TextEdit,
} from 'vscode-languageserver/node';
import { snippet } from '../syntax/snippet';
import type { HclParser } from '../syntax/parser';
import { todayUtc } from '../check';
import type { SeverityOverrides } from '../analysis/engine';
import { META_UNSPECIFIED, RULE_META } from '../rules/meta';
import { VERSION } from '../version';
import { hover, explainFinding, type HoverDetail } from '../features/hover';
import { completion } from '../features/completion';
import {
  definition, references, prepareRename, rename, documentHighlight, documentSymbols, workspaceSymbols, foldingRanges, selectionRanges,
} from '../features/navigation';
import { legend as semanticTokensLegend, semanticTokens } from '../features/semantic-tokens';
import { formatText } from '../format/formatter';
import { DocumentStore, type ContentChange } from './documents';
import { Workspace, type WorkspaceSink } from './workspace';
import { codeActions, codeLenses } from './code-actions';
import { listRules, ruleDoc } from './diagnostics';
import { designMap, designMapLens, moveComponentActions, moveTargetsOf, previewMoveOf, WorkerLayoutEngine } from './design-map';
import {
  ExplainFindingRequest, type ExplainFindingParams, type ExplainFindingResult,
  ExportSarifRequest, FindingCountsNotification, ListRulesRequest, RuleDocRequest, SETTINGS_SECTION,
  DesignMapRequest, MoveTargetsRequest, PreviewMoveRequest,
  type DesignMapParams, type DesignMapResult, type MoveTargetsParams, type MoveTargetsResult, type PreviewMoveParams, type PreviewMoveResult,
  type ExportSarifParams, type ExportSarifResult, type ListRulesResult, type RuleDocParams, type RuleDocResult,
} from './protocol';

export interface ServerOptions {
  /** Debounce of re-analysis after a change, per model (default 20 ms). */
  debounceMs?: number;
  /** Log the time of each analysis by phase (default: the RINGSIDE_TRACE_TIMING=1 environment variable). */
  traceTiming?: boolean;
}

export interface RunningServer {
  /** Log an error that escaped every handler (used by main.ts for process-level hooks). */
  logError(what: string, error: unknown): void;
  /** Whether `shutdown` was received (the exit status when the input ends). */
  shutdownReceived(): boolean;
}

const SEVERITY_VALUES = new Set(['error', 'warning', 'information', 'hint', 'off']);
/**
 * Settings come from the workspace, which may be an untrusted repository: at most this many
 * severityOverrides entries are read (there are fewer than 50 rules) and this many warnings shown.
 */
export const MAX_OVERRIDE_ENTRIES = 500;
const MAX_SETTINGS_WARNINGS = 10;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function errorText(e: unknown): string {
  if (e instanceof Error) return e.stack ?? e.message;
  try {
    return String(e);
  } catch {
    return 'unprintable error';
  }
}

/**
 * Settings from the client, validated defensively: anything that is not what we expect is
 * ignored with a warning, never thrown. Returns the usable overrides and the warnings.
 */
/** What the editor shows, from the settings: code lenses, hover detail, information-level findings. */
export interface ViewSettings { codeLens: boolean; hoverDetail: HoverDetail; hideInformation: boolean }
export const DEFAULT_VIEW: ViewSettings = { codeLens: true, hoverDetail: 'compact', hideInformation: false };

function viewSettings(raw: Record<string, unknown>, warnings: string[]): ViewSettings {
  const view = { ...DEFAULT_VIEW };
  const lens = (raw.codeLens as { enabled?: unknown } | undefined)?.enabled;
  if (typeof lens === 'boolean') view.codeLens = lens;
  else if (lens !== undefined) warnings.push(`"${SETTINGS_SECTION}.codeLens.enabled" is not true or false; ignored`);
  const detail = (raw.hover as { detail?: unknown } | undefined)?.detail;
  if (detail === 'compact' || detail === 'full') view.hoverDetail = detail;
  else if (detail !== undefined) warnings.push(`"${SETTINGS_SECTION}.hover.detail": expected "compact" or "full"; ignored`);
  const hide = raw.hideInformation;
  if (typeof hide === 'boolean') view.hideInformation = hide;
  else if (hide !== undefined) warnings.push(`"${SETTINGS_SECTION}.hideInformation" is not true or false; ignored`);
  return view;
}

export function validateSettings(raw: unknown): { overrides: SeverityOverrides; warnings: string[]; view: ViewSettings } {
  const overrides: SeverityOverrides = {};
  const warnings: string[] = [];
  let view = { ...DEFAULT_VIEW };
  try {
    if (raw === undefined || raw === null) return { overrides, warnings, view };
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      warnings.push(`the "${SETTINGS_SECTION}" settings are not an object; they are ignored`);
      return { overrides, warnings, view };
    }
    view = viewSettings(raw as Record<string, unknown>, warnings);
    const so = (raw as Record<string, unknown>).severityOverrides;
    if (so === undefined || so === null) return { overrides, warnings, view };
    if (typeof so !== 'object' || Array.isArray(so)) {
      warnings.push(`"${SETTINGS_SECTION}.severityOverrides" is not an object of rule id → severity; it is ignored`);
      return { overrides, warnings, view };
    }
    const known = new Set([...RULE_META.map((m) => m.id), META_UNSPECIFIED.id]);
    let seen = 0;
    for (const id in so as Record<string, unknown>) {
      if (!Object.prototype.hasOwnProperty.call(so, id)) continue;
      if (++seen > MAX_OVERRIDE_ENTRIES) {
        // First, so the summary below never hides it.
        warnings.unshift(`"${SETTINGS_SECTION}.severityOverrides" has more than ${MAX_OVERRIDE_ENTRIES} entries; the rest are ignored`);
        break;
      }
      const sev = (so as Record<string, unknown>)[id];
      if (!known.has(id)) {
        warnings.push(`"${SETTINGS_SECTION}.severityOverrides": \`${snippet(id, 80)}\` is not a Ringside rule id; ignored`);
        continue;
      }
      if (typeof sev !== 'string' || !SEVERITY_VALUES.has(sev)) {
        warnings.push(`"${SETTINGS_SECTION}.severityOverrides.${id}": expected one of error, warning, information, hint, off; ignored`);
        continue;
      }
      overrides[id] = sev as SeverityOverrides[string];
    }
  } catch (e) {
    warnings.push(`the "${SETTINGS_SECTION}" settings could not be read (${errorText(e)}); they are ignored`);
    return { overrides: {}, warnings, view: { ...DEFAULT_VIEW } };
  }
  if (warnings.length > MAX_SETTINGS_WARNINGS) {
    const more = warnings.length - MAX_SETTINGS_WARNINGS;
    warnings.splice(MAX_SETTINGS_WARNINGS, more, `… and ${more} more problems in the "${SETTINGS_SECTION}" settings`);
  }
  return { overrides, warnings, view };
}

function sameOverrides(a: SeverityOverrides, b: SeverityOverrides): boolean {
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

function checkCancel(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw cancelled();
}

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** A non-negative integer that fits a uinteger, as LSP positions use. */
function isUinteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2147483647;
}

function isPosition(p: unknown): p is Position {
  return typeof p === 'object' && p !== null && isUinteger((p as Position).line) && isUinteger((p as Position).character);
}

function isRange(r: unknown): r is Range {
  return typeof r === 'object' && r !== null && isPosition((r as Range).start) && isPosition((r as Range).end);
}

/** The `position` of request params, or an InvalidParams error. */
function positionOf(params: unknown): Position {
  const p = (params as { position?: unknown } | undefined)?.position;
  if (!isPosition(p)) throw invalidParams('position must be { line, character } with non-negative integers');
  return p;
}

/** The `textDocument.uri` of request params, or an InvalidParams error. */
function uriOf(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string' || uri === '') throw invalidParams('textDocument.uri is missing');
  return uri;
}

export function capabilities(client: ClientCapabilities): ServerCapabilities {
  const quickFixLiterals = !!client.textDocument?.codeAction?.codeActionLiteralSupport;
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    // A space opens the list after `kind = ` (the completion answers nothing for a space elsewhere).
    completionProvider: { triggerCharacters: ['.', '"', '=', ' '], resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentHighlightProvider: true,
    documentSymbolProvider: { label: 'Ringside' },
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: false },
    documentFormattingProvider: true,
    codeActionProvider: quickFixLiterals ? { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorMove], resolveProvider: false } : true,
    codeLensProvider: { resolveProvider: false },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

export function startServer(connection: Connection, parser: HclParser, options: ServerOptions = {}): RunningServer {
  let client: ClientCapabilities = {};
  let todayOverride: string | undefined;
  let overrides: SeverityOverrides = {};
  let view: ViewSettings = { ...DEFAULT_VIEW };
  let lastWarnings = '';
  let pushedSettings: unknown;
  let shuttingDown = false;
  // Before `initialize` requests get ServerNotInitialized and notifications are dropped (LSP 3.17).
  let initialized = false;

  const log = (m: string) => { try { connection.console.log(m); } catch { /* connection gone */ } };
  const warn = (m: string) => { try { connection.console.warn(m); } catch { /* connection gone */ } };
  const error = (m: string) => { try { connection.console.error(m); } catch { /* connection gone */ } };

  // stdout is the protocol under --stdio: nothing may print to it. Route stray console output to
  // the client's log instead.
  console.log = (...a: unknown[]) => log(formatMessage(...a));
  console.info = (...a: unknown[]) => log(formatMessage(...a));
  console.warn = (...a: unknown[]) => warn(formatMessage(...a));
  console.error = (...a: unknown[]) => error(formatMessage(...a));
  console.debug = (...a: unknown[]) => log(formatMessage(...a));

  const documents = new DocumentStore(parser);
  const sink: WorkspaceSink = {
    publishDiagnostics: (uri, version, all) => {
      // "Hide information": only errors and warnings reach the Problems panel and the editor.
      const diagnostics = view.hideInformation ? all.filter((d) => d.severity === undefined || d.severity <= 2) : all;
      connection.sendDiagnostics({ uri, version, diagnostics }).catch((e: unknown) => error(`Ringside: cannot publish diagnostics: ${errorText(e)}`));
    },
    findingCounts: (counts) => {
      connection.sendNotification(FindingCountsNotification, counts).catch(() => { /* connection gone */ });
    },
    log,
    error,
  };
  const today = () => todayOverride ?? todayUtc();
  const workspace = new Workspace(parser, documents, sink, {
    debounceMs: options.debounceMs, today, traceTiming: options.traceTiming ?? process.env.RINGSIDE_TRACE_TIMING === '1',
  });

  /** Wrap a request handler: cancellation before work, exceptions become ResponseErrors. */
  function handle<P, R>(name: string, fn: (params: P, token: CancellationToken) => R): (params: P, token: CancellationToken) => R | ResponseError<void> {
    return (params: P, token: CancellationToken) => {
      if (!initialized) return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized');
      if (token?.isCancellationRequested) return cancelled();
      if (shuttingDown) return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down');
      try {
        return fn(params, token);
      } catch (e) {
        if (e instanceof ResponseError) return e as ResponseError<void>;
        error(`Ringside: ${name} failed: ${errorText(e)}`);
        return new ResponseError(LSPErrorCodes.RequestFailed, `Ringside: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
  }

  /** Wrap a notification handler: exceptions are logged, never thrown. */
  function notification<P>(name: string, fn: (params: P) => void): (params: P) => void {
    return (params: P) => {
      if (!initialized) return;
      try {
        fn(params);
      } catch (e) {
        error(`Ringside: ${name} failed: ${errorText(e)}`);
      }
    };
  }

  /** The up-to-date analysis for a document, checking for cancellation around the heavy work. */
  function lookup(params: unknown, token: CancellationToken) {
    const uri = uriOf(params);
    checkCancel(token);
    const found = workspace.resultFor(uri);
    checkCancel(token);
    return found ? { uri, ...found } : undefined;
  }

  // ── Settings ──────────────────────────────────────────────────────────────────────────────
  function applySettings(raw: unknown): void {
    const { overrides: next, warnings, view: nextView } = validateSettings(raw);
    const text = warnings.join('\n');
    if (text && text !== lastWarnings) for (const w of warnings) warn(`Ringside settings: ${w}`);
    lastWarnings = text;
    const before = view;
    view = nextView;
    if (!sameOverrides(next, overrides)) {
      overrides = next;
      workspace.setOverrides(overrides);
    }
    if (before.hideInformation !== view.hideInformation) workspace.republishAll(); // with or without the information findings
    if (before.codeLens !== view.codeLens && client.workspace?.codeLens?.refreshSupport) {
      connection.sendRequest(CodeLensRefreshRequest.type).catch(() => { /* the client refreshes on its own later */ });
    }
  }

  async function refreshSettings(): Promise<void> {
    try {
      let raw: unknown = pushedSettings;
      if (client.workspace?.configuration) raw = await connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
      applySettings(raw);
    } catch (e) {
      warn(`Ringside: could not read the "${SETTINGS_SECTION}" settings: ${errorText(e)}`);
    }
  }

  // ── Lifecycle ─────────────────────────────────────────────────────────────────────────────
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initialized = true;
    client = params?.capabilities ?? {};
    const init = params?.initializationOptions as Record<string, unknown> | null | undefined;
    if (init && typeof init === 'object') {
      // For reproducible tests and reviews: evaluate waiver expiry as of a fixed date.
      if (typeof init.today === 'string' && DATE.test(init.today)) todayOverride = init.today;
      if (init.settings !== undefined) pushedSettings = init.settings;
    }
    log(`Ringside: initialized by ${params.clientInfo?.name ?? 'a client'}${params.clientInfo?.version ? ` ${params.clientInfo.version}` : ''}`);
    return { capabilities: capabilities(client), serverInfo: { name: 'ringside', version: VERSION } };
  });

  connection.onInitialized(notification('initialized', () => {
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.ringside' }] })
        .catch((e: unknown) => warn(`Ringside: cannot watch design files: ${errorText(e)}`));
    }
    if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch((e: unknown) => warn(`Ringside: cannot follow settings changes: ${errorText(e)}`));
    }
    if (client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(notification('workspace folders', (e) => {
        log(`Ringside: workspace folders changed (+${e.added.length} −${e.removed.length})`);
        workspace.reanalyzeAll();
      }));
    }
    if (pushedSettings !== undefined && !client.workspace?.configuration) applySettings(pushedSettings);
    void refreshSettings();
  }));

  connection.onDidChangeConfiguration(notification('settings change', (params) => {
    const s = (params as { settings?: unknown } | undefined)?.settings;
    if (s && typeof s === 'object' && SETTINGS_SECTION in (s as object)) pushedSettings = (s as Record<string, unknown>)[SETTINGS_SECTION];
    void refreshSettings();
  }));

  connection.onShutdown(() => {
    if (!initialized) return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized');
    shuttingDown = true;
    layoutEngine.dispose();
    workspace.dispose();
    documents.dispose();
    return undefined;
  });

  // ── Documents ─────────────────────────────────────────────────────────────────────────────
  connection.onDidOpenTextDocument(notification('didOpen', (params) => {
    const d = params.textDocument;
    if (shuttingDown || typeof d?.uri !== 'string' || typeof d.text !== 'string') return;
    documents.open(d.uri, d.languageId, d.version, d.text);
    workspace.documentOpened(d.uri);
  }));

  connection.onDidChangeTextDocument(notification('didChange', (params) => {
    const uri = params.textDocument?.uri;
    if (shuttingDown || typeof uri !== 'string') return;
    const changes = (params.contentChanges ?? []) as ContentChange[];
    if (!documents.change(uri, params.textDocument.version, changes)) {
      warn(`Ringside: change for a document that is not open: ${uri}`);
      return;
    }
    workspace.documentChanged(uri);
  }));

  connection.onDidCloseTextDocument(notification('didClose', (params) => {
    const uri = params.textDocument?.uri;
    if (shuttingDown || typeof uri !== 'string') return;
    documents.close(uri);
    workspace.documentClosed(uri);
  }));

  connection.onDidChangeWatchedFiles(notification('watched files', (params) => {
    // Saving an open document changes the file on disk but not the model: skip those.
    const uris = (params.changes ?? [])
      .filter((c) => !(c.type === FileChangeType.Changed && documents.has(c.uri)))
      .map((c) => c.uri);
    if (uris.length) workspace.filesChanged(uris);
  }));

  // ── Language features ─────────────────────────────────────────────────────────────────────
  connection.onHover(handle('hover', (params, token) => {
    const r = lookup(params, token);
    return r ? hover(r.result, r.uri, positionOf(params), { detail: view.hoverDetail, hideInformation: view.hideInformation }) : null;
  }));

  connection.onCompletion(handle('completion', (params, token) => {
    const r = lookup(params, token);
    const doc = r && documents.get(r.uri);
    if (!r || !doc) return null;
    return completion(r.result, r.uri, doc.text, positionOf(params), params.context?.triggerCharacter);
  }));

  connection.onDefinition(handle('definition', (params, token) => {
    const r = lookup(params, token);
    return r ? definition(r.result, r.uri, positionOf(params)) : null;
  }));

  connection.onReferences(handle('references', (params, token) => {
    const r = lookup(params, token);
    const position = positionOf(params);
    return r ? references(r.result, r.uri, position, params.context?.includeDeclaration !== false) : null;
  }));

  connection.onPrepareRename(handle('prepareRename', (params, token) => {
    const r = lookup(params, token);
    return r ? prepareRename(r.result, r.uri, positionOf(params)) : null;
  }));

  connection.onRenameRequest(handle('rename', (params, token) => {
    const position = positionOf(params);
    if (typeof params.newName !== 'string') throw invalidParams('newName is missing');
    const r = lookup(params, token);
    return r ? rename(r.result, r.uri, position, params.newName) : null;
  }));

  connection.onDocumentHighlight(handle('documentHighlight', (params, token) => {
    const r = lookup(params, token);
    return r ? documentHighlight(r.result, r.uri, positionOf(params)) : null;
  }));

  connection.onDocumentSymbol(handle('documentSymbol', (params, token) => {
    const r = lookup(params, token);
    return r ? documentSymbols(r.result, r.uri) : null;
  }));

  connection.onWorkspaceSymbol(handle('workspaceSymbol', (params, token) => {
    checkCancel(token);
    const results = workspace.allResults();
    checkCancel(token);
    const query: unknown = (params as { query?: unknown } | null)?.query;
    return workspaceSymbols(results, typeof query === 'string' ? query : '');
  }));

  connection.onFoldingRanges(handle('foldingRange', (params, token) => {
    const r = lookup(params, token);
    return r ? foldingRanges(r.result, r.uri) : null;
  }));

  connection.onSelectionRanges(handle('selectionRange', (params, token) => {
    const positions: unknown = (params as { positions?: unknown } | null)?.positions;
    if (!Array.isArray(positions) || !positions.every(isPosition)) throw invalidParams('positions must be an array of { line, character }');
    const r = lookup(params, token);
    const doc = r && documents.get(r.uri);
    if (!r) return null;
    // Out-of-range positions are clamped to the document, as the protocol does for other requests.
    const clamp = (p: Position): Position => (doc ? doc.positionAt(doc.offsetAt(p)) : p);
    return selectionRanges(r.result, r.uri, positions.map(clamp));
  }));

  connection.languages.semanticTokens.on(handle('semanticTokens', (params, token) => {
    const r = lookup(params, token);
    return { data: r ? semanticTokens(r.result, r.uri) : [] };
  }));

  connection.onDocumentFormatting(handle('formatting', (params, token): TextEdit[] | null => {
    const uri = uriOf(params);
    const doc = documents.get(uri);
    if (!doc) return null;
    checkCancel(token);
    const out = formatText(parser, doc.text);
    if (!out.ok) {
      log(`Ringside: not formatting ${uri}: ${out.reason}`);
      return [];
    }
    if (out.text === doc.text) return [];
    return [{ range: { start: { line: 0, character: 0 }, end: doc.endPosition() }, newText: out.text }];
  }));

  connection.onCodeAction(handle('codeAction', (params, token) => {
    // Malformed params are answered with InvalidParams (hostile-input hygiene), before any work.
    const context: unknown = (params as { context?: unknown } | null)?.context;
    if (typeof context !== 'object' || context === null) throw invalidParams('context is missing');
    const diagnostics: unknown = (context as { diagnostics?: unknown }).diagnostics;
    if (!Array.isArray(diagnostics) || !diagnostics.every((d) => typeof d === 'object' && d !== null && isRange((d as Diagnostic).range))) {
      throw invalidParams('context.diagnostics must be an array of diagnostics with ranges');
    }
    if (!isRange(params.range)) throw invalidParams('range must be { start, end } positions');
    const onlyRaw: unknown = params.context.only;
    if (onlyRaw !== undefined && onlyRaw !== null && (!Array.isArray(onlyRaw) || !onlyRaw.every((k) => typeof k === 'string'))) throw invalidParams('context.only must be an array of strings');
    const only = (onlyRaw ?? undefined) as string[] | undefined;
    const wants = (kind: string) => !only || !only.length || only.some((k) => k === kind || kind.startsWith(k + '.') || k === CodeActionKind.Empty);
    if (!wants(CodeActionKind.QuickFix) && !wants(CodeActionKind.RefactorMove)) return [];
    const r = lookup(params, token);
    if (!r) return null;
    // What-if placement (design-map.ts): a refactoring, offered wherever the cursor is in a component.
    // Only when refactorings are asked for (VS Code's Refactor… menu), so the light bulb keeps the quick fixes.
    const asked = !!only?.some((k) => k === CodeActionKind.Refactor || k === CodeActionKind.RefactorMove);
    const moves = asked ? moveComponentActions(r.result, r.uri, params.range) : [];
    if (!wants(CodeActionKind.QuickFix)) return moves;
    return [...codeActions(r.result, r.uri, diagnostics as Diagnostic[], {
      parser,
      today: today(),
      versionOf: (uri) => documents.get(uri)?.version,
      documentChanges: !!client.workspace?.workspaceEdit?.documentChanges,
      warn,
    }), ...moves];
  }));

  connection.onCodeLens(handle('codeLens', (params, token) => {
    const r = lookup(params, token);
    if (!view.codeLens) return [];
    return r ? [...designMapLens(r.result, r.uri), ...codeLenses(r.result, r.uri)] : null;
  }));

  // ── Custom requests (protocol.ts) ─────────────────────────────────────────────────────────
  connection.onRequest(ExportSarifRequest, handle('exportSarif', (params: ExportSarifParams, token): ExportSarifResult => {
    const uri = (params as ExportSarifParams | undefined)?.uri;
    if (typeof uri !== 'string' || uri === '') throw invalidParams('uri is missing');
    checkCancel(token);
    const out = workspace.exportSarif(uri);
    if (!out) throw invalidParams(`no Ringside model contains ${uri}`);
    return out;
  }));

  connection.onRequest(RuleDocRequest, handle('ruleDoc', (params: RuleDocParams): RuleDocResult => {
    const id = (params as RuleDocParams | undefined)?.ruleId;
    if (typeof id !== 'string') throw invalidParams('ruleId is missing');
    const doc = ruleDoc(id.trim());
    if (!doc) throw invalidParams(`\`${snippet(id, 80)}\` is not a Ringside rule id`);
    return doc;
  }));

  connection.onRequest(ListRulesRequest, handle('listRules', (): ListRulesResult => listRules()));

  // Design map and what-if placement (design-map.ts). Layout runs in a worker thread when the bundle has one.
  const layoutEngine = new WorkerLayoutEngine();
  const engine = layoutEngine.available ? layoutEngine : undefined;
  connection.onRequest(DesignMapRequest, handle('designMap', (params: DesignMapParams, token): Promise<DesignMapResult> => {
    const r = lookup({ textDocument: { uri: (params as DesignMapParams | undefined)?.uri } }, token);
    if (!r) throw invalidParams(`no Ringside model contains ${params.uri}`);
    return designMap(r.result, r.state.key, engine).catch((e: unknown) => {
      error(`Ringside: designMap failed: ${errorText(e)}`);
      throw new ResponseError(LSPErrorCodes.RequestFailed, `Ringside: the design map could not be drawn: ${e instanceof Error ? e.message : String(e)}`);
    });
  }));

  connection.onRequest(MoveTargetsRequest, handle('moveTargets', (params: MoveTargetsParams, token): MoveTargetsResult => {
    const r = lookup({ textDocument: { uri: (params as MoveTargetsParams | undefined)?.uri } }, token);
    if (!r || typeof params.component !== 'string') throw invalidParams('uri or component is missing');
    return moveTargetsOf(r.result, params.component);
  }));

  connection.onRequest(PreviewMoveRequest, handle('previewMove', (params: PreviewMoveParams, token): PreviewMoveResult => {
    const r = lookup({ textDocument: { uri: (params as PreviewMoveParams | undefined)?.uri } }, token);
    if (!r || typeof params.component !== 'string' || typeof params.context !== 'string') throw invalidParams('uri, component or context is missing');
    try {
      return previewMoveOf(parser, r.result, params.component, params.context, { today: today(), overrides });
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      throw invalidParams(e instanceof Error ? e.message : String(e));
    }
  }));

  connection.onRequest(ExplainFindingRequest, handle('explainFinding', (params: ExplainFindingParams, token): ExplainFindingResult => {
    const p = params as ExplainFindingParams | undefined;
    if (typeof p?.uri !== 'string' || typeof p.ruleId !== 'string') throw invalidParams('uri and ruleId are required');
    const r = lookup({ textDocument: { uri: p.uri } }, token);
    const markdown = r ? explainFinding(r.result, p) : undefined;
    return { markdown: markdown ?? `# ${p.ruleId}\n\nThis finding is no longer reported: the design changed since the hover was shown.\n` };
  }));

  connection.listen();
  log(`Ringside language server ${VERSION} started (node ${process.version})`);

  return {
    logError(what, e) {
      error(`Ringside: ${what}: ${errorText(e)}`);
    },
    shutdownReceived: () => shuttingDown,
  };
}
