// A JSON-RPC client for protocol tests: spawns the bundled server (`server/dist/server.js --stdio`),
// plays the client side of LSP, records what the server sends and waits for it with deadlines
// (never fixed sleeps). Built with `node esbuild.mjs` first; RINGSIDE_SERVER_JS overrides the path.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, CancellationTokenSource,
  type ProtocolConnection, type PublishDiagnosticsParams, type InitializeResult, type WorkspaceEdit, type TextEdit,
  type TextDocumentContentChangeEvent, type Diagnostic, type Position, type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot, TEST_TODAY } from '../helpers/parser';
import type { FindingCounts } from '../../server/src/lsp/protocol';

export const DEADLINE_MS = 15_000;

export function serverPath(): string {
  return process.env.RINGSIDE_SERVER_JS ?? path.join(repoRoot(), 'server', 'dist', 'server.js');
}

export function fileUri(...parts: string[]): string {
  return pathToFileURL(path.join(...parts)).href;
}

const tempDirs: string[] = [];
process.on('exit', () => {
  for (const d of tempDirs) {
    try { fs.rmSync(d, { recursive: true, force: true }); } catch { /* best effort */ }
  }
});

/** A fresh temp folder (removed when the test process exits); with `example`, a copy of examples/<example>. */
export function tempModel(example?: string, files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-lsp-'));
  tempDirs.push(dir);
  if (example) {
    const src = path.join(repoRoot(), 'examples', example);
    for (const f of fs.readdirSync(src)) {
      if (f.endsWith('.ringside')) fs.copyFileSync(path.join(src, f), path.join(dir, f));
    }
  }
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

export function exampleExists(name: string): boolean {
  const dir = path.join(repoRoot(), 'examples', name);
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith('.ringside'));
}

/** The position of the `nth` occurrence of `needle` in `text`, plus `delta` characters. */
export function posOf(text: string, needle: string, delta = 0, nth = 0): Position {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`\`${needle}\` not found (occurrence ${nth})`);
  }
  return TextDocument.create('x', 'x', 0, text).positionAt(i + delta);
}

export interface StartOptions {
  settings?: unknown;
  today?: string;
  capabilities?: ClientCapabilities;
  workspaceFolders?: string[];
  /** Settings pushed through initializationOptions instead of pulled (client without configuration support). */
  initializationOptions?: Record<string, unknown>;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    symbol: {},
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, dataSupport: true },
    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

export class LspSession {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly counts: FindingCounts[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly configurationRequests: unknown[] = [];
  readonly docs = new Map<string, TextDocument>();
  initializeResult!: InitializeResult;
  settings: unknown;
  stderr = '';
  exitCode: number | null | undefined;
  private readonly listeners = new Set<() => void>();
  private exited: Promise<number | null>;

  private constructor(readonly proc: ChildProcessWithoutNullStreams, readonly conn: ProtocolConnection) {
    this.exited = new Promise((resolve) => proc.on('exit', (code) => {
      this.exitCode = code;
      this.fire();
      resolve(code);
    }));
  }

  static async start(opts: StartOptions = {}): Promise<LspSession> {
    const file = serverPath();
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`node esbuild.mjs\` first`);
    const proc = spawn(process.execPath, [file, '--stdio'], { stdio: 'pipe', env: opts.env ? { ...process.env, ...opts.env } : process.env });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const s = new LspSession(proc, conn);
    s.settings = opts.settings;
    proc.stderr.on('data', (d: Buffer) => { s.stderr += d.toString(); });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      s.diagnostics.set(p.uri, p);
      s.published.push(p);
      s.fire();
    });
    conn.onNotification('ringside/findingCounts', (c: FindingCounts) => { s.counts.push(c); s.fire(); });
    conn.onNotification('window/logMessage', (m: { type: number; message: string }) => { s.logs.push(m); s.fire(); });
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      s.configurationRequests.push(p);
      setImmediate(() => s.fire());
      return p.items.map((i) => (i.section === 'ringside' ? s.settings : null));
    });
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      s.registrations.push(...p.registrations);
      s.fire();
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
    const folders = opts.workspaceFolders ?? [];
    s.initializeResult = await withDeadline(conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      capabilities: opts.capabilities ?? CAPABILITIES,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      initializationOptions: opts.initializationOptions ?? { today: opts.today ?? TEST_TODAY },
    }), 'initialize', s);
    await conn.sendNotification('initialized', {});
    return s;
  }

  private fire(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with the first truthy value of `check`, re-evaluated on every message from the server. */
  waitFor<T>(check: () => T | undefined | null | false, what: string, ms = DEADLINE_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const listener = () => { attempt(); };
      const done = () => {
        if (timer) clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const attempt = (): boolean => {
        let v: T | undefined | null | false;
        try {
          v = check();
        } catch (e) {
          done();
          reject(e);
          return true;
        }
        if (v !== undefined && v !== null && v !== false) {
          done();
          resolve(v);
          return true;
        }
        return false;
      };
      if (attempt()) return;
      this.listeners.add(listener);
      timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}${this.stderr ? `\nserver stderr:\n${this.stderr}` : ''}`));
      }, ms);
    });
  }

  /** The diagnostics of `uri` once a publication matches (`version` when given, and `pred`). */
  waitForDiagnostics(uri: string, opts: { version?: number | null; since?: number; pred?: (d: Diagnostic[]) => boolean } = {}, what?: string): Promise<Diagnostic[]> {
    return this.waitFor(() => {
      for (let i = this.published.length - 1; i >= (opts.since ?? 0); i--) {
        const p = this.published[i];
        if (p.uri !== uri) continue;
        // Only the latest publication of a URI counts: an older one is already replaced.
        if (opts.version !== undefined && (p.version ?? null) !== opts.version) return undefined;
        if (opts.pred && !opts.pred(p.diagnostics)) return undefined;
        return p.diagnostics;
      }
      return undefined;
    }, what ?? `diagnostics for ${uri}${opts.version !== undefined ? ` at version ${opts.version}` : ''}`);
  }

  /** A marker for "published after this point". */
  mark(): number { return this.published.length; }

  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    const sent = token ? this.conn.sendRequest(method, params, token.token) : this.conn.sendRequest(method, params);
    return withDeadline(sent as Promise<R>, method, this);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, 'ringside', version, text));
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ringside', version, text } });
  }

  async openFile(file: string): Promise<string> {
    const uri = pathToFileURL(file).href;
    await this.open(uri, fs.readFileSync(file, 'utf8'));
    return uri;
  }

  /** Send ranged (or whole-text) changes; the local copy follows. Returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    const doc = this.docs.get(uri);
    if (doc) return doc.getText();
    return fs.readFileSync(fileURLToPath(uri), 'utf8');
  }

  /**
   * Apply a WorkspaceEdit as an editor would: open documents get one didChange with the edits as
   * incremental changes (bottom-up, so each range is still valid); closed files are written to
   * disk and announced with didChangeWatchedFiles. Returns the new versions of open documents.
   */
  async applyEdit(edit: WorkspaceEdit): Promise<Map<string, number>> {
    const byUri = new Map<string, TextEdit[]>();
    for (const dc of edit.documentChanges ?? []) {
      if (!('textDocument' in dc)) throw new Error('resource operations are not expected');
      const open = this.docs.get(dc.textDocument.uri);
      if (dc.textDocument.version !== null && open && dc.textDocument.version !== open.version) {
        throw new Error(`edit for version ${dc.textDocument.version} of ${dc.textDocument.uri}, which is at ${open.version}`);
      }
      const edits = dc.edits.map((e) => {
        if (!('newText' in e)) throw new Error('snippet edits are not expected');
        return { range: e.range, newText: e.newText };
      });
      byUri.set(dc.textDocument.uri, [...(byUri.get(dc.textDocument.uri) ?? []), ...edits]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
    const versions = new Map<string, number>();
    const watched: { uri: string; type: number }[] = [];
    for (const [uri, edits] of byUri) {
      if (this.docs.has(uri)) {
        const doc = this.docs.get(uri)!;
        const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
        versions.set(uri, await this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText }))));
      } else {
        const file = fileURLToPath(uri);
        const before = TextDocument.create(uri, 'ringside', 0, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
        fs.writeFileSync(file, TextDocument.applyEdits(before, edits));
        watched.push({ uri, type: 2 });
      }
    }
    if (watched.length) await this.notify('workspace/didChangeWatchedFiles', { changes: watched });
    return versions;
  }

  /** shutdown + exit; resolves with the exit code. */
  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    return withDeadline(this.exited, 'server exit', this);
  }

  dispose(): void {
    try { this.conn.dispose(); } catch { /* already gone */ }
    if (this.exitCode === undefined) this.proc.kill();
  }
}

function withDeadline<T>(p: Promise<T>, what: string, s: LspSession, ms = DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}${s.stderr ? `\nserver stderr:\n${s.stderr}` : ''}`)), ms);
    }),
  ]);
}

/** Diagnostic codes as strings, for assertions. */
export function codes(diags: Diagnostic[]): string[] {
  return diags.map((d) => String(d.code));
}

export { CancellationTokenSource };
