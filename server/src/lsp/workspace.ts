// Models by folder. A document belongs to the model of its folder: every `.ringside` file directly
// in that folder, open ones from memory and the others from disk (cached by mtime and size,
// refreshed on didChangeWatchedFiles). A document that is not a `file:` URI (untitled, virtual)
// is a model of one file. Analysis is debounced per model and publishes diagnostics for every
// file of the model. No connection here: everything leaves through the `WorkspaceSink`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { virtualFolder } from './protocol';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ParseRefusedError, type HclParser } from '../syntax/parser';
import { parseSource } from '../model/source';
import type { SourceFile } from '../model/types';
import { designFilesIn, readDesignFile, type ReadResult, type LoadProblem } from '../model/load';
import { checkSources, CheckSession, type CheckResult } from '../check';
import { diskPackLoader } from '../model/pack-files';
import type { PackLoader } from '../policy/packs';
import type { SeverityOverrides } from '../analysis/engine';
import { formatSarif } from '../cli/format-sarif';
import { VERSION } from '../version';
import type { DocumentStore, OpenDocument } from './documents';
import { countFindings, diagnosticsByFile, fileProblemDiagnostic } from './diagnostics';
import type { FindingCounts } from './protocol';

/** How long no change must come before a large broken document is parsed afresh (Workspace.armSettle). */
export const SETTLE_QUIET_MS = 1000;
/** The default debounce: small, because didChange → publishDiagnostics is benchmarked. */
export const DEFAULT_DEBOUNCE_MS = 20;
/** However long a burst of changes lasts, diagnostics are refreshed at least this often (plus twice the last analysis). */
export const MAX_BATCH_WAIT_MS = 2000;

export interface WorkspaceSink {
  publishDiagnostics(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  findingCounts(counts: FindingCounts): void;
  log(message: string): void;
  error(message: string): void;
}

export interface WorkspaceOptions {
  debounceMs?: number;
  /** Today's date for waiver expiry, "YYYY-MM-DD"; read at each analysis. */
  today: () => string;
  /** Log how long each analysis took, by phase (RINGSIDE_TRACE_TIMING=1). */
  traceTiming?: boolean;
}

/** One file of a model at analysis time. */
interface Member {
  uri: string;
  /** File system path, for files of a folder model. */
  path?: string;
  open?: OpenDocument;
}

export class ModelState {
  result: CheckResult | undefined;
  /** Files of the last analysis that could not be read, by URI. */
  fileProblems = new Map<string, LoadProblem>();
  /** URIs of the files of the last analysis. */
  members: string[] = [];
  dirty = true;
  timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  /** Armed after an analysis that read an unsettled document (documents.ts): parse it afresh when typing pauses. */
  settleTimer: NodeJS.Timeout | undefined;
  /** Changes seen (a counter), the count when the pending analysis was armed, and times. */
  changes = 0;
  armedChanges = 0;
  lastChange = 0;
  firstPending = 0;
  /** How long the last analysis took (ms): a long one allows a longer wait for a burst to end. */
  lastDuration = 0;
  /** When the last analysis finished (ms since epoch); 0 before the first. */
  lastRun = 0;
  /** What was last published per URI, to skip identical re-publishing. */
  readonly published = new Map<string, Published>();
  /** Incremented after each analysis. */
  generation = 0;
  /** Keeps the previous build and rule results so the next analysis redoes only what changed. */
  readonly session = new CheckSession();

  constructor(
    /** Folder URI, or the document URI for a model of one file. */
    readonly key: string,
    /** The folder's file system path, for folder models. */
    readonly folder: string | undefined,
  ) {}
}

interface Published { version: number | undefined; diagnostics: Diagnostic[]; json?: string }

interface DiskEntry { uri: string; mtimeMs: number; size: number; read: ReadResult; source?: SourceFile }

/** The file system path of a `file:` URI, or undefined for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** Comparable form of a path: case-insensitive file systems are folded. */
function normPath(p: string): string {
  const n = path.normalize(p);
  return process.platform === 'win32' || process.platform === 'darwin' ? n.toLowerCase() : n;
}

export class Workspace {
  private readonly models = new Map<string, ModelState>();
  private readonly disk = new Map<string, DiskEntry>();
  private overrides: SeverityOverrides = {};
  private readonly debounceMs: number;
  /** Policy packs named by review blocks, read from disk or from open documents. */
  private readonly packLoader: PackLoader;

  constructor(
    private readonly parser: HclParser,
    private readonly documents: DocumentStore,
    private readonly sink: WorkspaceSink,
    private readonly options: WorkspaceOptions,
  ) {
    this.debounceMs = Math.max(0, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
    this.packLoader = diskPackLoader(parser, (uri) => documents.get(uri)?.text);
    // Opening a file the last analysis read from disk reuses that SourceFile (same AST objects,
    // so the incremental build reuses its elements too) instead of parsing it again.
    documents.sourceFor = (uri, text) => {
      const p = uriToPath(uri);
      const e = p === undefined ? undefined : this.disk.get(normPath(p));
      return e?.source && e.uri === uri && e.source.text === text ? e.source : undefined;
    };
  }

  /** The model key and folder for a document URI. */
  keyFor(uri: string): { key: string; folder?: string } {
    const p = uriToPath(uri);
    if (p === undefined) {
      // No file system behind the URI (vscode-vfs on github.dev, the web worker): the model is
      // the open documents of its folder, keyed by the folder URI ending in "/".
      const folder = virtualFolder(uri);
      return { key: folder ?? uri };
    }
    const folder = path.dirname(p);
    return { key: pathToUri(folder), folder };
  }

  /** The model a URI belongs to, if it exists. */
  modelOf(uri: string): ModelState | undefined {
    return this.models.get(this.keyFor(uri).key) ?? this.models.get(uri);
  }

  allModels(): ModelState[] { return [...this.models.values()]; }

  setOverrides(overrides: SeverityOverrides): void {
    this.overrides = overrides;
    for (const m of this.models.values()) this.schedule(m);
  }

  documentOpened(uri: string): void { this.schedule(this.ensure(uri)); }
  documentChanged(uri: string): void { this.schedule(this.ensure(uri)); }

  /** After the document left the store: a lone file's model ends; a folder model reads it from disk. */
  documentClosed(uri: string): void {
    const { key, folder } = this.keyFor(uri);
    const m = this.models.get(key);
    if (!m) return;
    if (folder === undefined) {
      if (m.key.endsWith('/') && this.virtualMembers(m.key).length > 0) this.schedule(m); // the folder's other documents stay
      else this.drop(m);
      return;
    }
    this.disk.delete(normPath(uriToPath(uri)!));
    this.schedule(m);
  }

  /** didChangeWatchedFiles: forget cached disk reads and re-analyze the models of those folders. */
  filesChanged(uris: string[]): void {
    const touched = new Set<ModelState>();
    for (const uri of uris) {
      const p = uriToPath(uri);
      if (p === undefined) continue;
      this.disk.delete(normPath(p));
      // A changed folder (or a file) may be the model itself or a file in it.
      for (const key of [pathToUri(path.dirname(p)), pathToUri(p)]) {
        const m = this.models.get(key);
        if (m) touched.add(m);
      }
    }
    for (const m of touched) this.schedule(m);
  }

  /** Publish every model's diagnostics again, even where unchanged: what the client shows changed (hidden severities). */
  republishAll(): void {
    for (const m of this.models.values()) {
      for (const p of m.published.values()) p.json = '\u0000stale'; // never equal to a serialization
      this.schedule(m);
    }
  }

  /** Re-analyze every model (settings changed). */
  reanalyzeAll(): void {
    for (const m of this.models.values()) this.schedule(m);
  }

  /**
   * The current analysis of the model containing `uri`, bringing it up to date first when a
   * change is pending (requests must see the text they were sent for).
   */
  resultFor(uri: string): { state: ModelState; result: CheckResult } | undefined {
    let m = this.modelOf(uri);
    if (!m && this.documents.has(uri)) m = this.ensure(uri);
    if (!m) return undefined;
    if (m.dirty || !m.result) this.analyzeNow(m);
    return m.result ? { state: m, result: m.result } : undefined;
  }

  /** Up-to-date results of every model (for workspace symbols). */
  allResults(): CheckResult[] {
    const out: CheckResult[] = [];
    for (const m of [...this.models.values()]) {
      if (m.dirty || !m.result) this.analyzeNow(m);
      if (m.result) out.push(m.result);
    }
    return out;
  }

  /** Whether an analysis is pending for any model. */
  get pending(): boolean {
    for (const m of this.models.values()) if (m.dirty) return true;
    return false;
  }

  /** The SARIF log of the model containing `uri`, with file paths (not URIs) as the CLI writes them. */
  exportSarif(uri: string): { sarif: string; model: string } | undefined {
    const now = this.resultFor(uri);
    if (!now) return undefined;
    const m = now.state;
    const byPath = (u: string) => uriToPath(u) ?? u;
    const sources: SourceFile[] = [];
    for (const f of now.result.model.files) sources.push(parseSource(this.parser, byPath(f.file), f.text));
    const root = m.folder ?? process.cwd();
    const result = checkSources(root, sources, { today: this.options.today(), overrides: this.overrides, loadPack: diskPackLoader(this.parser) });
    const problems: LoadProblem[] = [...m.fileProblems.values()];
    return { sarif: formatSarif({ results: [result], problems, cwd: root, version: VERSION }), model: m.key };
  }

  dispose(): void {
    for (const m of this.models.values()) { cancel(m); clearSettle(m); }
    this.models.clear();
    this.disk.clear();
  }

  private ensure(uri: string): ModelState {
    const { key, folder } = this.keyFor(uri);
    let m = this.models.get(key);
    if (!m) this.models.set(key, (m = new ModelState(key, folder)));
    return m;
  }

  private schedule(m: ModelState): void {
    clearSettle(m);
    m.dirty = true;
    m.changes++;
    m.lastChange = Date.now();
    if (m.timer) return;
    // No analysis pending: run as soon as the messages already queued have been handled. Two
    // setImmediate hops let the JSON-RPC reader dispatch the next queued message first (it queues
    // its own setImmediate after the handler that called us), so a burst is seen as one.
    m.firstPending = m.lastChange;
    m.armedChanges = m.changes;
    const hop2 = () => { m.timer = undefined; this.fire(m); };
    m.timer = nextTurn(() => { m.timer = nextTurn(hop2); });
  }

  /**
   * An armed analysis is due. When more changes arrived while it was pending (a workspace opening,
   * a multi-file rename, a git checkout), wait for a quiet `debounceMs` — a trailing debounce,
   * only while an analysis is pending — but never longer than `maxWait` after the first change.
   */
  private fire(m: ModelState): void {
    if (!m.dirty || this.models.get(m.key) !== m) return;
    const now = Date.now();
    const burst = m.changes !== m.armedChanges;
    const maxWait = MAX_BATCH_WAIT_MS + 2 * m.lastDuration;
    if (burst && now - m.lastChange < this.debounceMs && now - m.firstPending < maxWait) {
      m.armedChanges = m.changes;
      m.timer = setTimeout(() => { m.timer = undefined; this.fire(m); }, this.debounceMs - (now - m.lastChange));
      return;
    }
    this.analyzeNow(m);
  }

  private members(m: ModelState): Member[] {
    if (m.folder === undefined) {
      if (m.key.endsWith('/')) return this.virtualMembers(m.key);
      const doc = this.documents.get(m.key);
      return doc ? [{ uri: doc.uri, open: doc }] : [];
    }
    const folder = normPath(m.folder);
    const byPath = new Map<string, Member>();
    let files: string[] = [];
    try {
      files = designFilesIn(m.folder);
    } catch {
      files = []; // the folder is gone or unreadable: only open documents remain
    }
    for (const f of files) byPath.set(normPath(f), { uri: pathToUri(f), path: f });
    for (const doc of this.documents.all()) {
      const p = uriToPath(doc.uri);
      if (p === undefined || normPath(path.dirname(p)) !== folder) continue;
      byPath.set(normPath(p), { uri: doc.uri, path: p, open: doc });
    }
    return [...byPath.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** The open documents directly inside a virtual folder (a URI ending in "/"). */
  private virtualMembers(folder: string): Member[] {
    return [...this.documents.all()].filter((d) => virtualFolder(d.uri) === folder)
      .map((doc): Member => ({ uri: doc.uri, open: doc }))
      .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  private diskSource(p: string, uri: string): DiskEntry {
    const key = normPath(p);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(p);
    } catch {
      st = undefined;
    }
    const cached = this.disk.get(key);
    if (cached && st && cached.uri === uri && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached;
    const read = readDesignFile(p);
    const entry: DiskEntry = { uri, mtimeMs: st?.mtimeMs ?? -1, size: st?.size ?? -1, read };
    if (read.ok) entry.source = parseSource(this.parser, uri, read.text);
    this.disk.set(key, entry);
    return entry;
  }

  private analyzeNow(m: ModelState): void {
    cancel(m);
    m.dirty = false;
    const t0 = performance.now();
    const members = this.members(m);
    if (members.length === 0) {
      this.drop(m);
      return;
    }
    const sources: SourceFile[] = [];
    const problems = new Map<string, LoadProblem>();
    for (const mem of members) {
      try {
        if (mem.open) {
          sources.push(mem.open.source(this.parser));
          // The document holds the text now; a copy from disk would only double the memory.
          if (mem.path !== undefined) this.disk.delete(normPath(mem.path));
          continue;
        }
        const e = this.diskSource(mem.path!, mem.uri);
        if (e.source) sources.push(e.source);
        else if (!e.read.ok) problems.set(mem.uri, { path: mem.path!, message: e.read.message, line: e.read.line, column: e.read.column });
      } catch (err) {
        const why = err instanceof ParseRefusedError ? err.message : `could not be parsed (${(err as Error)?.message ?? String(err)})`;
        problems.set(mem.uri, { path: mem.path ?? mem.uri, message: why });
      }
    }
    const t1 = performance.now();
    let result: CheckResult;
    try {
      result = m.session.check(m.key, sources, { today: this.options.today(), overrides: this.overrides, loadPack: this.packLoader });
    } catch (err) {
      // Analysis is meant never to throw; if it does, keep the last result and say so.
      this.sink.error(`Ringside: analysis of ${m.key} failed: ${(err as Error)?.stack ?? String(err)}`);
      return;
    }
    m.result = result;
    m.fileProblems = problems;
    m.members = members.map((x) => x.uri);
    m.generation++;
    const t2 = performance.now();
    this.publish(m, members, result, problems);
    m.lastRun = Date.now();
    m.lastDuration = performance.now() - t0;
    if (members.some((x) => x.open?.unsettled)) this.armSettle(m);
    if (this.options.traceTiming) {
      const t3 = performance.now();
      this.sink.log(`Ringside: analysed ${m.key} (${members.length} files, ${result.findings.length} findings): `
        + `sources ${(t1 - t0).toFixed(1)} ms, check ${(t2 - t1).toFixed(1)} ms (rules run ${m.session.stats.rulesRun}, reused ${m.session.stats.rulesReused}), publish ${(t3 - t2).toFixed(1)} ms; `
        + memoryText());
    }
  }

  /**
   * A large broken document was reparsed incrementally while it was typed in, and tree-sitter's
   * error recovery may have ended elsewhere than in a fresh parse. Once no change has come for
   * SETTLE_QUIET_MS, it is parsed afresh (≈ 1 s at 10,000 components) and the model analysed
   * again, so the editor ends up listing the syntax errors `ringside check` lists.
   */
  private armSettle(m: ModelState): void {
    clearSettle(m);
    m.settleTimer = setTimeout(() => {
      m.settleTimer = undefined;
      if (m.dirty || m.timer || this.models.get(m.key) !== m) return; // a change is on its way: it re-arms
      let replaced = false;
      for (const uri of m.members) replaced = this.documents.settle(uri) || replaced;
      if (replaced) this.schedule(m);
    }, SETTLE_QUIET_MS);
  }

  private publish(m: ModelState, members: Member[], result: CheckResult, problems: Map<string, LoadProblem>): void {
    const byFile = diagnosticsByFile(result.findings);
    const now = new Set<string>();
    for (const mem of members) {
      now.add(mem.uri);
      const problem = problems.get(mem.uri);
      const diags = problem ? [fileProblemDiagnostic(problem.message)] : byFile.get(mem.uri) ?? [];
      this.send(m, mem.uri, mem.open?.version, diags);
    }
    for (const uri of [...m.published.keys()]) {
      if (now.has(uri)) continue;
      m.published.delete(uri);
      this.sink.publishDiagnostics(uri, undefined, []);
    }
    this.sink.findingCounts(countFindings(m.key, result.findings, problems.size));
  }

  private send(m: ModelState, uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    const last = m.published.get(uri);
    const next: Published = { version, diagnostics };
    // Skip re-publishing identical diagnostics of an unchanged file. A file whose version changed
    // is always published (and nothing is serialized twice for it).
    if (last && last.version === version && last.diagnostics.length === diagnostics.length) {
      last.json ??= JSON.stringify(last.diagnostics);
      next.json = JSON.stringify(diagnostics);
      if (last.json === next.json) return;
    }
    m.published.set(uri, next);
    this.sink.publishDiagnostics(uri, version, diagnostics);
  }

  /** The model has no files left (or its lone document closed): clear everything it published. */
  private drop(m: ModelState): void {
    cancel(m);
    clearSettle(m);
    m.dirty = false;
    this.models.delete(m.key);
    for (const uri of m.published.keys()) this.sink.publishDiagnostics(uri, undefined, []);
    m.published.clear();
    for (const uri of m.members) {
      const p = uriToPath(uri);
      if (p !== undefined) this.disk.delete(normPath(p));
    }
    if (m.result || m.generation > 0) this.sink.findingCounts({ model: m.key, error: 0, warning: 0, information: 0, hint: 0, suppressed: 0 });
  }
}

/**
 * The next macrotask: setImmediate in Node; a web worker (the browser build) has none, and a
 * zero timeout is the nearest it has.
 */
function nextTurn(fn: () => void): NodeJS.Timeout | NodeJS.Immediate {
  return typeof setImmediate === 'function' ? setImmediate(fn) : setTimeout(fn, 0);
}

/** Cancel a pending analysis, whichever kind of timer holds it. */
function clearSettle(m: ModelState): void {
  if (m.settleTimer) clearTimeout(m.settleTimer);
  m.settleTimer = undefined;
}

function cancel(m: ModelState): void {
  if (!m.timer) return;
  // Node: a Timeout has refresh(), an Immediate does not. In the web worker both are timer ids.
  if (typeof m.timer !== 'object' || 'refresh' in m.timer) clearTimeout(m.timer as NodeJS.Timeout);
  else clearImmediate(m.timer as NodeJS.Immediate);
  m.timer = undefined;
}

const MB = 1024 * 1024;
/** The server's memory for the timing trace: V8's heap in use and reserved, and the resident set. */
function memoryText(): string {
  const u = process.memoryUsage();
  return `heap ${(u.heapUsed / MB).toFixed(0)}/${(u.heapTotal / MB).toFixed(0)} MB, rss ${(u.rss / MB).toFixed(0)} MB`;
}
