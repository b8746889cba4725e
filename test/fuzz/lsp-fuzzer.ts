// A property-based fuzzer for the language server (fast-check). Each case opens a seed design as
// a document, applies random incremental edits — typed and deleted characters, pasted fragments
// of other designs, unbalanced braces and quotes, astral-plane characters, CRLF and lone CR, very
// long lines and identifiers — interleaved with every request the server supports at random
// positions, and checks:
//   - the server never exits, and answers every request within REQUEST_BOUND_MS without an error;
//   - the diagnostics of the final text equal the CLI's findings for the same text;
//   - every code action on a file without syntax errors leaves a file without syntax errors;
//   - formatting keeps every token and comment and is idempotent.
// Used by test/fuzz/fuzz.test.ts (a short seeded run) and tools/fuzz.ts (`npm run fuzz`).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspSession } from '../lsp/harness';
import { parser, TEST_TODAY, checkTexts } from '../helpers/parser';
import { hasLoneSurrogate } from '../helpers/text';
import { run as runCli } from '../../server/src/cli/main';
import { formatText } from '../../server/src/format/formatter';
import { RULE_META, ruleMeta } from '../../server/src/rules/meta';
import { MODEL_CODE_INFO } from '../../server/src/model/codes';
import { diagnosticMessage } from '../../server/src/lsp/diagnostics';
import type { Finding } from '../../server/src/analysis/types';
import { leafTokens, seedFiles } from './corpus';

/** A hang bound per request, far above any real answer (the machine may be loaded). */
export const REQUEST_BOUND_MS = 30_000;

export type Edit = { k: 'insert'; at: number; text: string } | { k: 'delete'; at: number; len: number } | { k: 'replace'; at: number; len: number; text: string };
export type Request = { k: 'request'; method: string; at: number; n: number };
export type Action = Edit | Request;
export interface LspCase { seed: number; crlf: boolean; actions: Action[]; /** Replays name the seed file (indexes shift as the corpus grows). */ seedFile?: string }

export interface FuzzFailure { fuzzer: 'lsp' | 'cli'; check: string; message: string; input: unknown; finalText?: string }
export interface FuzzStats { cases: number; edits: number; requests: number; failures: FuzzFailure[] }

const METHODS = [
  'textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references',
  'textDocument/documentHighlight', 'textDocument/prepareRename', 'textDocument/rename', 'textDocument/documentSymbol',
  'workspace/symbol', 'textDocument/foldingRange', 'textDocument/selectionRange', 'textDocument/semanticTokens/full',
  'textDocument/formatting', 'textDocument/codeAction', 'textDocument/codeLens', 'ringside/exportSarif',
  'ringside/ruleDoc', 'ringside/listRules',
];

const SYMBOLS = ['{', '}', '"', '[', ']', '=', ',', '.', '#', '//', '/*', '*/', '${', '%{', '<<EOF\n', '\n', '\r\n', '\r', ' ', '\t', '😀', '𝒳', '👍🏽', '\u200d', 'é', '\\'];
const LONG = ['x'.repeat(3000), `a = "${'y'.repeat(6000)}"`, 'component.' + 'n'.repeat(4000), '# ' + '#'.repeat(8000) + '\n', '{'.repeat(200), '"'.repeat(101)];

/** Text a client never sends in a design: NUL (the CLI refuses binary files) and a BOM (files lose it on disk). */
function clean(s: string): string {
  return s.replace(/[\u0000\ufeff]/g, '');
}

function insertText(): fc.Arbitrary<string> {
  const seeds = seedFiles();
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).map(clean) },
    { weight: 4, arbitrary: fc.constantFrom(...SYMBOLS) },
    { weight: 3, arbitrary: fc.tuple(fc.nat(seeds.length - 1), fc.nat(), fc.nat(300)).map(([f, s, n]) => {
      const t = seeds[f].text;
      const start = s % (t.length + 1);
      return t.slice(start, start + n);
    }) },
    { weight: 1, arbitrary: fc.constantFrom(...LONG) },
  );
}

export function lspCaseArbitrary(): fc.Arbitrary<LspCase> {
  const at = fc.nat();
  const text = insertText();
  const action: fc.Arbitrary<Action> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ k: fc.constant('insert' as const), at, text }) },
    { weight: 2, arbitrary: fc.record({ k: fc.constant('delete' as const), at, len: fc.nat(60) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant('replace' as const), at, len: fc.nat(30), text }) },
    { weight: 4, arbitrary: fc.record({ k: fc.constant('request' as const), method: fc.constantFrom(...METHODS), at, n: fc.nat() }) },
  );
  return fc.record({ seed: fc.nat(), crlf: fc.boolean(), actions: fc.array(action, { minLength: 1, maxLength: 24 }) });
}

/** An offset in `text`, moved off the middle of a surrogate pair (a client never splits one). */
export function offsetIn(text: string, at: number): number {
  let o = at % (text.length + 1);
  if (o > 0 && o < text.length && /[\udc00-\udfff]/.test(text[o]) && /[\ud800-\udbff]/.test(text[o - 1])) o--;
  return o;
}

class CaseFailure extends Error {
  constructor(readonly check: string, message: string) { super(message); }
}

function diagKey(d: { code: string; severity: number; range: { start: Position; end: Position }; message: string }): string {
  const r = d.range;
  return `${d.code} ${d.severity} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${d.message}`;
}

const SEVERITY_NUMBER: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/**
 * The editor shows a finding's title and first sentence (diagnostics.ts `diagnosticMessage`); the
 * CLI's message is mapped the same way. A policy's title is not in the CLI's JSON, so for rule ids
 * outside the registry only code, severity and range are compared.
 */
function titled(code: string): boolean {
  return !!(ruleMeta(code) || MODEL_CODE_INFO.get(code));
}

/** The CLI's findings for `text`, as diagnostic keys (suppressed ones are not shown by either). */
async function cliKeys(name: string, text: string): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-fuzz-cli-'));
  try {
    fs.writeFileSync(path.join(dir, name), text);
    let out = '';
    const code = await runCli(['check', name, '--format', 'json', '--today', TEST_TODAY], { stdout: (s) => { out += s; }, stderr: () => {}, cwd: dir, env: {}, stdoutColors: false, readStdin: async () => new Uint8Array() });
    if (code === 2) throw new CaseFailure('cli-consistency', `the CLI could not check the text (exit 2): ${out.slice(0, 500)}`);
    const report = JSON.parse(out) as { models: { findings: { ruleId: string; severity: string; message: string; location: { range: { start: Position; end: Position } }; suppressed?: unknown }[] }[] };
    return report.models.flatMap((m) => m.findings).filter((f) => !f.suppressed)
      .map((f) => diagKey({ code: f.ruleId, severity: SEVERITY_NUMBER[f.severity], range: f.location.range,
        message: titled(f.ruleId) ? diagnosticMessage({ ruleId: f.ruleId, message: f.message } as Finding) : '(policy)' })).sort();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function editsFor(edit: WorkspaceEdit | null | undefined, uri: string): TextEdit[] | undefined {
  if (!edit) return undefined;
  const out: TextEdit[] = [];
  for (const dc of edit.documentChanges ?? []) {
    if (!('textDocument' in dc)) throw new CaseFailure('code-action', 'a code action creates or deletes files');
    if (dc.textDocument.uri !== uri) throw new CaseFailure('code-action', `a code action edits another document: ${dc.textDocument.uri}`);
    for (const e of dc.edits) if ('newText' in e) out.push(e);
  }
  for (const [u, es] of Object.entries(edit.changes ?? {})) {
    if (u !== uri) throw new CaseFailure('code-action', `a code action edits another document: ${u}`);
    out.push(...es);
  }
  return out;
}

function hasSyntaxError(codes: string[]): boolean {
  return codes.some((c) => c === 'RS-SYNTAX' || c === 'RS-NESTING');
}

/** Runs cases against one server; a server that dies is replaced (and the case fails). */
export class LspFuzzer {
  private session: LspSession | undefined;
  private dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-fuzz-lsp-'));
  private counter = 0;
  /** The text of the last case when it ended (kept with a failure, for reading). */
  private lastText = '';
  readonly stats: FuzzStats = { cases: 0, edits: 0, requests: 0, failures: [] };

  async dispose(): Promise<void> {
    this.session?.dispose();
    this.session = undefined;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async server(): Promise<LspSession> {
    if (this.session && this.session.exitCode === undefined) return this.session;
    this.session?.dispose();
    this.session = await LspSession.start();
    return this.session;
  }

  /** Run one case; throws CaseFailure (with the check that failed) on a violation. */
  async runCase(c: LspCase): Promise<void> {
    const seeds = seedFiles();
    const seed = (c.seedFile && seeds.find((f) => f.name === c.seedFile)) || seeds[c.seed % seeds.length];
    const s = await this.server();
    this.stats.cases++;
    // One folder per case, so the document is a model of one file (as the CLI checks it).
    const folder = path.join(this.dir, `c${++this.counter}`);
    fs.mkdirSync(folder);
    const name = path.basename(seed.name);
    const uri = pathToFileURL(path.join(folder, name)).href;
    const start = c.crlf ? seed.text.replace(/\r?\n/g, '\r\n') : seed.text;
    await s.open(uri, start);
    try {
      for (const a of c.actions) {
        if (s.exitCode !== undefined) throw new CaseFailure('crash', `the server exited with ${s.exitCode}: ${s.stderr.slice(-2000)}`);
        if (a.k === 'request') await this.request(s, uri, a);
        else await this.edit(s, uri, a);
      }
      await this.finalChecks(s, uri, name);
    } finally {
      this.lastText = s.docs.get(uri)?.getText() ?? '';
      if (s.exitCode === undefined) await s.close(uri).catch(() => {});
      fs.rmSync(folder, { recursive: true, force: true });
      // The session records every message; a long run must not keep them all.
      s.published.length = 0;
      s.logs.length = 0;
      s.counts.length = 0;
      s.diagnostics.clear();
    }
  }

  private async edit(s: LspSession, uri: string, e: Edit): Promise<void> {
    const doc = s.docs.get(uri)!;
    const text = doc.getText();
    const start = offsetIn(text, e.at);
    const end = e.k === 'insert' ? start : offsetIn(text, Math.min(text.length, start + e.len));
    const inserted = e.k === 'delete' ? '' : e.text;
    this.stats.edits++;
    await s.change(uri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: inserted }]);
  }

  private async call<R>(s: LspSession, method: string, params: unknown): Promise<R> {
    this.stats.requests++;
    const t0 = Date.now();
    let result: R;
    try {
      result = await Promise.race([
        s.conn.sendRequest(method, params) as Promise<R>,
        new Promise<never>((_, reject) => setTimeout(() => reject(new CaseFailure('hang', `${method} was not answered within ${REQUEST_BOUND_MS} ms`)), REQUEST_BOUND_MS)),
      ]);
    } catch (e) {
      if (e instanceof CaseFailure) throw e;
      const err = e as { code?: number; message?: string };
      throw new CaseFailure('error-response', `${method} answered error ${err.code}: ${err.message} (params ${JSON.stringify(params).slice(0, 300)})`);
    }
    const ms = Date.now() - t0;
    if (ms > REQUEST_BOUND_MS) throw new CaseFailure('hang', `${method} took ${ms} ms`);
    return result;
  }

  private async request(s: LspSession, uri: string, r: Request): Promise<void> {
    const doc = s.docs.get(uri)!;
    const position = doc.positionAt(offsetIn(doc.getText(), r.at));
    const td = { uri };
    switch (r.method) {
      case 'textDocument/rename': {
        const prep = await this.call<unknown>(s, 'textDocument/prepareRename', { textDocument: td, position });
        if (prep) await this.call(s, r.method, { textDocument: td, position, newName: `renamed_${r.n % 100000}` });
        return;
      }
      case 'textDocument/references':
        await this.call(s, r.method, { textDocument: td, position, context: { includeDeclaration: r.n % 2 === 0 } });
        return;
      case 'workspace/symbol':
        await this.call(s, r.method, { query: ['', 'a', 'kernel', 'x'][r.n % 4] });
        return;
      case 'textDocument/selectionRange':
        await this.call(s, r.method, { textDocument: td, positions: [position] });
        return;
      case 'textDocument/semanticTokens/full': case 'textDocument/documentSymbol': case 'textDocument/foldingRange': case 'textDocument/codeLens':
        await this.call(s, r.method, { textDocument: td });
        return;
      case 'textDocument/formatting':
        await this.call(s, r.method, { textDocument: td, options: { tabSize: 2, insertSpaces: true } });
        return;
      case 'textDocument/codeAction': {
        const diags = s.diagnostics.get(uri)?.diagnostics ?? [];
        const d = diags.length ? [diags[r.n % diags.length]] : [];
        const range = d[0]?.range ?? { start: position, end: position };
        await this.call(s, r.method, { textDocument: td, range, context: { diagnostics: d } });
        return;
      }
      case 'ringside/exportSarif':
        await this.call(s, r.method, { uri });
        return;
      case 'ringside/ruleDoc':
        await this.call(s, r.method, { ruleId: RULE_META[r.n % RULE_META.length].id });
        return;
      case 'ringside/listRules':
        await this.call(s, r.method, null);
        return;
      default:
        await this.call(s, r.method, { textDocument: td, position });
    }
  }

  private async finalChecks(s: LspSession, uri: string, name: string): Promise<void> {
    const doc = s.docs.get(uri)!;
    const text = doc.getText();
    let diags: Diagnostic[];
    try {
      diags = await s.waitForDiagnostics(uri, { version: doc.version });
    } catch (e) {
      throw new CaseFailure('hang', `no diagnostics for the final version: ${(e as Error).message.slice(0, 300)}`);
    }
    for (const d of diags) if (hasLoneSurrogate(d.message as string)) throw new CaseFailure('surrogate', `a diagnostic message holds a lone surrogate: ${JSON.stringify(d.message)}`);

    // The same findings as the CLI for the same text.
    const lsp = diags.map((d) => diagKey({ code: String(d.code), severity: d.severity ?? 1, range: d.range, message: titled(String(d.code)) ? d.message as string : '(policy)' })).sort();
    const cli = await cliKeys(name, text);
    if (JSON.stringify(lsp) !== JSON.stringify(cli)) {
      const onlyLsp = lsp.filter((k) => !cli.includes(k)).slice(0, 5);
      const onlyCli = cli.filter((k) => !lsp.includes(k)).slice(0, 5);
      throw new CaseFailure('cli-consistency', `diagnostics differ from the CLI's\n  only LSP: ${onlyLsp.join('\n    ')}\n  only CLI: ${onlyCli.join('\n    ')}`);
    }

    // Code actions on a syntactically valid file keep it valid.
    const p = await parser();
    if (!hasSyntaxError(diags.map((d) => String(d.code)))) {
      for (const d of diags.slice(0, 6)) {
        const actions = await this.call<(CodeAction | { command: string })[] | null>(s, 'textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        for (const a of actions ?? []) {
          if (!('edit' in a) || !a.edit) continue;
          const edits = editsFor(a.edit, uri);
          if (!edits) continue;
          const after = TextDocument.applyEdits(TextDocument.create(uri, 'ringside', 0, text), edits);
          const r = await checkTexts({ [name]: after });
          const broken = r.findings.filter((f) => f.ruleId === 'RS-SYNTAX' || f.ruleId === 'RS-NESTING');
          if (broken.length) throw new CaseFailure('code-action', `"${a.title}" for ${d.code} leaves a syntax error: ${broken[0].message} (line ${broken[0].loc.range.start.line + 1})`);
        }
      }
    }

    // Formatting keeps every token and comment, and formatting again changes nothing.
    const edits = await this.call<TextEdit[] | null>(s, 'textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    if (edits && edits.length) {
      const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'ringside', 0, text), edits);
      const before = leafTokens(p, text), after = leafTokens(p, formatted);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        const i = before.findIndex((t, k) => t !== after[k]);
        throw new CaseFailure('format-tokens', `formatting changed token ${i}: ${JSON.stringify(before[i])} → ${JSON.stringify(after[i])}`);
      }
      const again = formatText(p, formatted);
      if (!again.ok || again.text !== formatted) throw new CaseFailure('format-idempotent', `formatting is not idempotent${again.ok ? '' : `: ${again.reason}`}`);
    }
    if (s.exitCode !== undefined) throw new CaseFailure('crash', `the server exited with ${s.exitCode}`);
  }

  /**
   * Run seeded cases until `numRuns` or `until` (epoch ms). Stops at the first failure of the
   * seed (fast-check reports the case), records it, and returns.
   */
  async run(options: { seed: number; numRuns: number; until?: number }): Promise<void> {
    let failure: { check: string; message: string; input: LspCase } | undefined;
    const prop = fc.asyncProperty(lspCaseArbitrary(), async (c) => {
      if (options.until && Date.now() > options.until) return;
      try {
        await this.runCase(c);
      } catch (e) {
        failure = { check: e instanceof CaseFailure ? e.check : 'exception', message: (e as Error).stack ?? String(e), input: c };
        throw e;
      }
    });
    try {
      await fc.assert(prop, { seed: options.seed, numRuns: options.numRuns, endOnFailure: true });
    } catch {
      if (failure) this.stats.failures.push({ fuzzer: 'lsp', check: failure.check, message: failure.message, input: { seedFile: seedFiles()[failure.input.seed % seedFiles().length].name, ...failure.input }, finalText: this.lastText });
    }
  }
}
