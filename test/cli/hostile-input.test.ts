// Regression tests for issue 10 on the bundled CLI in a child process: symlinks out of the model's
// folder, a closed stdout (EPIPE), long misspelt names, lone `\r` line breaks and bounded reports.
// RINGSIDE_CLI_JS points them at another build (used to show that they fail before the fixes).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { repoRoot } from '../helpers/parser';
import { hasLoneSurrogate } from '../helpers/text';

const root = repoRoot();
const cli = process.env.RINGSIDE_CLI_JS ?? path.join(root, 'server', 'dist', 'cli.js');
/** A hang guard, not a benchmark: every case here takes well under a second when it works. */
const HANG_MS = 20_000;

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args, '--today', '2026-01-15'], { cwd, encoding: 'utf8', timeout: HANG_MS, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-hostile-'));
}

const STACK = /\n\s+at .+:\d+:\d+/;
const VALID = 'agent "a" {\n  platform = "windows"\n  role     = "edr"\n}\n';

// ── (5) Symbolic links ─────────────────────────────────────────────────────────────────────────

test('a design file that is a symlink out of its folder is refused, and nothing of the target is shown', () => {
  const dir = tmpdir();
  const outside = tmpdir();
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'x.ringside'));
  const r = run(['check', 'x.ringside'], dir);
  assert.equal(r.code, 2);
  assert.ok(!r.stdout.includes('root:x') && !r.stderr.includes('root:x'), r.stdout + r.stderr);
  assert.match(r.stderr, /x\.ringside: is a symbolic link to .*secret\.txt, outside the model's folder/);
});

test('a folder scan reports the links it skips and reads links that stay inside', () => {
  const dir = tmpdir();
  const outside = tmpdir();
  fs.writeFileSync(path.join(outside, 'other.ringside'), 'context "x" {\n  kind = "user_service"\n}\n');
  fs.writeFileSync(path.join(dir, 'a.ringside'), VALID);
  fs.mkdirSync(path.join(dir, 'parts'));
  fs.writeFileSync(path.join(dir, 'parts', 'svc.txt'), 'context "svc" {\n  kind = "user_service"\n}\n');
  fs.symlinkSync(path.join(outside, 'other.ringside'), path.join(dir, 'escape.ringside'));
  fs.symlinkSync(path.join(dir, 'parts', 'svc.txt'), path.join(dir, 'inside.ringside'));
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.equal(r.code, 2);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.models[0].files.sort(), ['a.ringside', 'inside.ringside']);
  assert.equal(report.problems.length, 1);
  assert.match(report.problems[0].message, /^skipped: is a symbolic link to .*other\.ringside, outside the model's folder/);
});

test('a folder named through a symlink that leaves its parent is refused', () => {
  const dir = tmpdir();
  const outside = tmpdir();
  fs.writeFileSync(path.join(outside, 'a.ringside'), VALID);
  fs.symlinkSync(outside, path.join(dir, 'model'));
  const r = run(['check', 'model'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /model: is a symbolic link to .*, outside the model's folder/);
});

// ── (6) A closed standard output ───────────────────────────────────────────────────────────────

function closedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the CLI writes anything (as `| head -c 10` does after 10 bytes).
    p.stdout.destroy();
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => { p.kill(); reject(new Error('the CLI did not end after its stdout closed')); }, HANG_MS);
    p.on('close', (code) => { clearTimeout(timer); resolve({ code, stderr }); });
  });
}

for (const args of [['rules'], ['check', 'examples/falcon-2024-07', '--format', 'json', '--today', '2026-01-15'], ['--help']]) {
  test(`\`ringside ${args.join(' ')}\` with a closed stdout ends quietly with status 141`, async () => {
    const r = await closedStdout(args);
    assert.equal(r.stderr, '', 'nothing on stderr, certainly no stack trace');
    assert.equal(r.code, 141);
  });
}

// ── (2) Long misspelt names ────────────────────────────────────────────────────────────────────

test('a 50,000-character misspelt reference is checked without freezing', () => {
  const dir = tmpdir();
  const name = 'n'.repeat(50_000);
  fs.writeFileSync(path.join(dir, 'a.ringside'), `${VALID}context "c" {\n  kind = "user_service"\n  component "x" {\n    kinds = ["signature_scanner"]\n    consumes = [input.${name}a]\n  }\n}\ninput "${name}b" {\n  source = "signature_db"\n}\n`);
  const r = run(['check', '.', '--format', 'json'], dir);
  assert.equal(r.signal, null, 'the CLI was killed: it hung');
  assert.equal(r.code, 1);
  const f = JSON.parse(r.stdout).models[0].findings.find((x: { ruleId: string }) => x.ruleId === 'RS-UNRESOLVED');
  assert.ok(f, 'RS-UNRESOLVED expected');
});

// ── (3) Lone `\r` line breaks ──────────────────────────────────────────────────────────────────

test('line numbers of a file with lone \\r line breaks are those an editor shows', () => {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'cr.ringside'), 'agent "a" {\r  platform = "windows"\r  role = "edr"\r  bogus = 1\r}\r');
  const r = run(['check', 'cr.ringside', '--no-color'], dir);
  assert.match(r.stdout, /^cr\.ringside:4:3: error RS-UNKNOWN-ATTRIBUTE /m);
  assert.match(r.stdout, /^ {2}4 \| {3}bogus = 1$/m);
});

// ── (4) Big inputs ─────────────────────────────────────────────────────────────────────────────

test('20,000 tiny blocks give a bounded report with a summary, in every format', () => {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'many.ringside'), VALID + 'x {}\n'.repeat(20_000));
  for (const format of ['text', 'json', 'sarif']) {
    const r = run(['check', '.', '--format', format], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(!STACK.test(r.stderr), r.stderr);
    assert.ok(r.stdout.length < 2_000_000, `${format}: ${r.stdout.length} characters`);
    assert.match(r.stdout, /19900 more RS-UNKNOWN-BLOCK findings in this file are not listed/);
    if (format !== 'text') JSON.parse(r.stdout);
  }
});

test('a file over 16 MiB is refused with the limit in the message', () => {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'big.ringside'), VALID + '#'.repeat(17 * 1024 * 1024));
  const r = run(['check', '.'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /big\.ringside: file is 17\.0 MiB; design files are limited to 16 MiB/);
});

// ── (7) Surrogate pairs in reports ─────────────────────────────────────────────────────────────

test('JSON and SARIF reports hold no lone surrogate when a message quotes astral text', () => {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'e.ringside'), VALID + '= ' + 'x'.repeat(27) + '😀😀😀 trailing\n');
  for (const format of ['json', 'sarif']) {
    const r = run(['check', '.', '--format', format], dir);
    assert.equal(r.code, 1);
    // JSON.stringify writes a lone surrogate as the escape `\ud83d`, which strict readers
    // reject; look at the parsed strings.
    const strings: string[] = [];
    JSON.parse(r.stdout, (_k, v) => { if (typeof v === 'string') strings.push(v); return v; });
    assert.ok(strings.length > 0);
    for (const s of strings) assert.ok(!hasLoneSurrogate(s), `${format} output holds a lone surrogate: ${JSON.stringify(s)}`);
  }
});
