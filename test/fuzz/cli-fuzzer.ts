// A mutation fuzzer for the CLI: byte- and token-level mutations of every example and fixture
// file, checked by the bundled CLI in a child process (as CI runs it). Each case must end within
// CASE_BOUND_MS with exit status 0, 1 or 2, print no stack trace, and — for --format json and
// sarif — print valid JSON (and a SARIF log that validates against the 2.1.0 schema).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { repoRoot } from '../helpers/parser';
import { validateSarif } from '../helpers/sarif-validate';
import { seedFiles } from './corpus';
import type { FuzzFailure, FuzzStats } from './lsp-fuzzer';

/** A hang bound per case: a real check takes about a second, but the machine may be loaded. */
export const CASE_BOUND_MS = 60_000;

export type Mutation =
  | { k: 'flip'; at: number; byte: number }
  | { k: 'insert-bytes'; at: number; bytes: number[] }
  | { k: 'delete-bytes'; at: number; len: number }
  | { k: 'duplicate-bytes'; at: number; len: number; to: number }
  | { k: 'delete-token'; nth: number }
  | { k: 'duplicate-token'; nth: number }
  | { k: 'swap-tokens'; a: number; b: number }
  | { k: 'foreign-token'; nth: number; file: number; tok: number }
  | { k: 'insert-text'; nth: number; text: string };

export interface CliCase { seed: number; format: 'text' | 'json' | 'sarif'; mutations: Mutation[] }

// Identifiers, strings, numbers, comments, heredoc openers, punctuation, line ends, spaces.
const TOKEN = /[A-Za-z_][A-Za-z0-9_-]*|"(?:[^"\\\n]|\\.)*"?|\d+(?:\.\d+)?|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/|<<-?[A-Za-z_]+|\r\n|[\r\n]|[ \t]+|[^]/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const INSERTS = ['{', '}', '"', '[', ']', '=', '${', '\u0000', '\r', '\r\n', '😀', '\ud83d', '\ufeff', 'x'.repeat(5000), '{'.repeat(100), '[' .repeat(100)];

export function cliCaseArbitrary(): fc.Arbitrary<CliCase> {
  const n = fc.nat();
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ k: fc.constant('flip' as const), at: n, byte: fc.nat(255) }),
    fc.record({ k: fc.constant('insert-bytes' as const), at: n, bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 8 }) }),
    fc.record({ k: fc.constant('delete-bytes' as const), at: n, len: fc.nat(64) }),
    fc.record({ k: fc.constant('duplicate-bytes' as const), at: n, len: fc.nat(200), to: n }),
    fc.record({ k: fc.constant('delete-token' as const), nth: n }),
    fc.record({ k: fc.constant('duplicate-token' as const), nth: n }),
    fc.record({ k: fc.constant('swap-tokens' as const), a: n, b: n }),
    fc.record({ k: fc.constant('foreign-token' as const), nth: n, file: n, tok: n }),
    fc.record({ k: fc.constant('insert-text' as const), nth: n, text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'binary', maxLength: 6 })) }),
  );
  return fc.record({ seed: n, format: fc.constantFrom('text' as const, 'json' as const, 'sarif' as const), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) });
}

/** Apply the mutations to a file's bytes (byte mutations) or tokens (token mutations). */
export function mutate(original: Buffer, mutations: Mutation[]): Buffer {
  const seeds = seedFiles();
  let b = original;
  for (const m of mutations) {
    const at = (x: number) => (b.length ? x % (b.length + 1) : 0);
    switch (m.k) {
      case 'flip': if (b.length) { b = Buffer.from(b); b[m.at % b.length] = m.byte; } break;
      case 'insert-bytes': { const i = at(m.at); b = Buffer.concat([b.subarray(0, i), Buffer.from(m.bytes), b.subarray(i)]); break; }
      case 'delete-bytes': { const i = at(m.at); b = Buffer.concat([b.subarray(0, i), b.subarray(i + m.len)]); break; }
      case 'duplicate-bytes': { const i = at(m.at); const piece = b.subarray(i, i + m.len); const j = at(m.to); b = Buffer.concat([b.subarray(0, j), piece, b.subarray(j)]); break; }
      default: {
        // Token mutations work on the text (invalid UTF-8 from earlier byte mutations becomes U+FFFD).
        const toks = tokens(b.toString('utf8'));
        const i = toks.length ? m.k === 'swap-tokens' ? m.a % toks.length : m.nth % toks.length : 0;
        if (m.k === 'delete-token') toks.splice(i, 1);
        else if (m.k === 'duplicate-token') toks.splice(i, 0, toks[i] ?? '');
        else if (m.k === 'swap-tokens' && toks.length) { const j = m.b % toks.length; [toks[i], toks[j]] = [toks[j], toks[i]]; }
        else if (m.k === 'foreign-token') { const other = tokens(seeds[m.file % seeds.length].text); toks.splice(i, 0, other[m.tok % Math.max(1, other.length)] ?? ''); }
        else if (m.k === 'insert-text') toks.splice(i, 0, m.text);
        b = Buffer.from(toks.join(''), 'utf8');
      }
    }
  }
  return b;
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+|\bat (?:Object|Module|async|new) /;

function runCli(args: string[], cwd: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; timedOut: boolean }> {
  const cli = process.env.RINGSIDE_CLI_JS ?? path.join(repoRoot(), 'server', 'dist', 'cli.js');
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [], err: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; p.kill('SIGKILL'); }, CASE_BOUND_MS);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

class CaseFailure extends Error {
  constructor(readonly check: string, message: string) { super(message); }
}

export class CliFuzzer {
  private dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-fuzz-cli-'));
  private counter = 0;
  readonly stats: FuzzStats = { cases: 0, edits: 0, requests: 0, failures: [] };

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** The mutated model: the seed file mutated, its sibling design files copied as they are. */
  prepare(c: CliCase): { folder: string; file: string; bytes: Buffer } {
    const seeds = seedFiles();
    const seed = seeds[c.seed % seeds.length];
    const folder = path.join(this.dir, `c${++this.counter}`);
    fs.mkdirSync(folder);
    for (const sib of seeds) if (sib.folder === seed.folder && sib !== seed) fs.writeFileSync(path.join(folder, path.basename(sib.name)), sib.text);
    const bytes = mutate(Buffer.from(seed.text, 'utf8'), c.mutations);
    const file = path.basename(seed.name);
    fs.writeFileSync(path.join(folder, file), bytes);
    return { folder, file, bytes };
  }

  async runCase(c: CliCase): Promise<void> {
    const { folder } = this.prepare(c);
    try {
      await this.check(folder, c.format);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }

  /** Replay a stored case (test/fixtures/fuzz/*.json): the model's files as base64 bytes. */
  async replay(files: Record<string, string>, format: CliCase['format']): Promise<void> {
    const folder = path.join(this.dir, `r${++this.counter}`);
    fs.mkdirSync(folder);
    try {
      for (const [name, b64] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), Buffer.from(b64, 'base64'));
      await this.check(folder, format);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }

  private async check(folder: string, format: CliCase['format']): Promise<void> {
    this.stats.cases++;
    const r = await runCli(['check', '.', '--format', format, '--today', '2026-01-15'], folder);
    if (r.timedOut) throw new CaseFailure('hang', `no answer within ${CASE_BOUND_MS} ms`);
    if (r.signal) throw new CaseFailure('crash', `killed by ${r.signal}: ${r.stderr.slice(0, 1000)}`);
    if (r.code !== 0 && r.code !== 1 && r.code !== 2) throw new CaseFailure('exit-code', `exit status ${r.code}: ${r.stderr.slice(0, 1000)}`);
    if (STACK_TRACE.test(r.stderr) || STACK_TRACE.test(r.stdout)) throw new CaseFailure('stack-trace', r.stderr.slice(0, 2000));
    if (/internal error/i.test(r.stderr)) throw new CaseFailure('internal-error', r.stderr.slice(0, 2000));
    if (format !== 'text') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(r.stdout);
      } catch (e) {
        throw new CaseFailure('invalid-json', `${(e as Error).message}: ${r.stdout.slice(0, 300)}`);
      }
      if (format === 'sarif') {
        const v = validateSarif(parsed);
        if (!v.valid) throw new CaseFailure('invalid-sarif', JSON.stringify(v).slice(0, 2000));
      }
    }
  }

  async run(options: { seed: number; numRuns: number; until?: number }): Promise<void> {
    let failure: { check: string; message: string; input: CliCase; files: Record<string, string> } | undefined;
    const prop = fc.asyncProperty(cliCaseArbitrary(), async (c) => {
      if (options.until && Date.now() > options.until) return;
      const { folder } = this.prepare(c);
      try {
        await this.check(folder, c.format);
      } catch (e) {
        // Keep the model's bytes: replaying them does not depend on the corpus.
        const files: Record<string, string> = {};
        for (const f of fs.readdirSync(folder)) files[f] = fs.readFileSync(path.join(folder, f)).toString('base64');
        failure = { check: e instanceof CaseFailure ? e.check : 'exception', message: (e as Error).stack ?? String(e), input: c, files };
        throw e;
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
    try {
      await fc.assert(prop, { seed: options.seed, numRuns: options.numRuns, endOnFailure: true });
    } catch {
      if (failure) {
        const f: FuzzFailure = {
          fuzzer: 'cli', check: failure.check, message: failure.message,
          input: { seedFile: seedFiles()[failure.input.seed % seedFiles().length].name, format: failure.input.format, mutations: failure.input.mutations, files: failure.files },
        };
        this.stats.failures.push(f);
      }
    }
  }
}
