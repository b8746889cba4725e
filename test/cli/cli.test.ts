// The `ringside` command as CI runs it: the bundled server/dist/cli.js in a child process.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../helpers/parser';
import { validateSarif } from '../helpers/sarif-validate';

const root = repoRoot();
const cli = path.join(root, 'server', 'dist', 'cli.js');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args, '--today', '2026-01-15'], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-cli-'));
}

function noStackTrace(s: string) {
  assert.ok(!/\n\s+at .+:\d+:\d+/.test(s), `output contains a stack trace:\n${s}`);
}

const brokenCases: { file: string; code: string; line: number; col: number }[] = [
  { file: 'syntax-error.ringside', code: 'RS-SYNTAX', line: 10, col: 3 },
  { file: 'syntax-missing-brace.ringside', code: 'RS-SYNTAX', line: 9, col: 1 },
  { file: 'unknown-block.ringside', code: 'RS-UNKNOWN-BLOCK', line: 8, col: 1 },
  { file: 'unknown-attribute.ringside', code: 'RS-UNKNOWN-ATTRIBUTE', line: 10, col: 3 },
  { file: 'wrong-type.ringside', code: 'RS-TYPE', line: 6, col: 16 },
  { file: 'unknown-enum.ringside', code: 'RS-ENUM', line: 9, col: 10 },
  { file: 'missing-required.ringside', code: 'RS-REQUIRED', line: 8, col: 1 },
  { file: 'unresolved-reference.ringside', code: 'RS-UNRESOLVED', line: 12, col: 17 },
  { file: 'wrong-target.ringside', code: 'RS-WRONG-TARGET', line: 15, col: 17 },
  { file: 'duplicate-name.ringside', code: 'RS-DUPLICATE', line: 12, col: 9 },
  { file: 'component-outside-context.ringside', code: 'RS-PLACEMENT', line: 8, col: 1 },
  { file: 'two-agents.ringside', code: 'RS-AGENT-COUNT', line: 8, col: 1 },
  { file: 'labels.ringside', code: 'RS-LABELS', line: 8, col: 1 },
  { file: 'unsupported-expression.ringside', code: 'RS-UNSUPPORTED', line: 6, col: 16 },
];

for (const c of brokenCases) {
  test(`check ${c.file} reports ${c.code} at ${c.line}:${c.col} and exits 1`, () => {
    const r = run(['check', path.join('test', 'fixtures', 'model', c.file)]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const want = `test/fixtures/model/${c.file}:${c.line}:${c.col}: error ${c.code} `;
    assert.ok(r.stdout.includes(want), `expected «${want}» in:\n${r.stdout}`);
    assert.match(r.stdout, /\n\s+\d+ \| .*\n\s+\| *\^+/, 'shows the source line and a caret');
    assert.match(r.stdout, /\d+ errors?, \d+ warnings?, \d+ information, \d+ hints? in 1 model/);
  });
}

test('a multi-file model resolves references across files', () => {
  const r = run(['check', 'test/fixtures/model/duplicate-across-files.model', '--format', 'json']);
  const out = JSON.parse(r.stdout);
  const codes = out.models[0].findings.map((f: { ruleId: string }) => f.ruleId);
  assert.ok(codes.includes('RS-DUPLICATE'));
  assert.ok(!codes.includes('RS-UNRESOLVED'), 'input.content is defined in another file of the model');
  const dup = out.models[0].findings.find((f: { ruleId: string }) => f.ruleId === 'RS-DUPLICATE');
  assert.equal(dup.related[0].location.file, 'test/fixtures/model/duplicate-across-files.model/a.ringside');
});

test('usage errors exit 2 with one line and a pointer to help', () => {
  for (const args of [['frobnicate'], ['check', '--format', 'xml'], ['check', '--fail-on'], ['check', '--bogus']]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^ringside( check)?: [^\n]+\nRun `ringside( check)? --help`/);
    assert.equal(r.stdout, '');
    noStackTrace(r.stderr);
  }
});

test('I/O problems exit 2 with a reason', () => {
  const dir = tmpdir();
  const empty = path.join(dir, 'empty');
  fs.mkdirSync(empty);
  const bin = path.join(dir, 'bin.ringside');
  fs.writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
  const latin = path.join(dir, 'latin.ringside');
  fs.writeFileSync(latin, Buffer.from('agent "caf\xe9" {\n}\n', 'latin1'));
  const cases: [string, RegExp][] = [
    [path.join(dir, 'missing'), /no such file or folder/],
    [empty, /no \.ringside files/],
    [bin, /binary file/],
    [latin, /not valid UTF-8/],
  ];
  for (const [p, msg] of cases) {
    const r = run(['check', p]);
    assert.equal(r.code, 2, `${p}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, msg);
    // Each problem is printed once: on standard error, named as given (absolute stays absolute).
    assert.equal(r.stderr.split(p).length - 1, 1, `printed once:\n${r.stderr}`);
    assert.ok(!msg.test(r.stdout), `not repeated on standard output:\n${r.stdout}`);
    noStackTrace(r.stdout + r.stderr);
  }
});

test('garbage input gives a clear result, never a stack trace', () => {
  const dir = tmpdir();
  const files: Record<string, string> = {
    'empty.ringside': '',
    'nested.ringside': 'context "x" {\n'.repeat(5000) + '}\n'.repeat(5000),
    'noise.ringside': Array.from({ length: 50000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join(''),
    // 5 MB of valid blocks with distinct names, and a file where every block repeats one name.
    'big.ringside': Array.from({ length: 120000 }, (_, i) => `input "i${i}" {\n  source = "signature_db"\n}\n`).join(''),
    'repeated.ringside': 'input "i" {\n  source = "signature_db"\n}\n'.repeat(5000),
  };
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    const r = run(['check', p]);
    assert.ok(r.code === 0 || r.code === 1, `${name}: exit ${r.code}\n${r.stderr}`);
    assert.match(r.stdout, /in 1 model/);
    noStackTrace(r.stdout + r.stderr);
  }
});

test('--output writes the report; JSON and SARIF are valid', () => {
  const dir = tmpdir();
  const out = path.join(dir, 'r.sarif');
  const r = run(['check', 'test/fixtures/model', '--format', 'sarif', '--output', out]);
  assert.equal(r.stdout, '');
  const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
  const v = validateSarif(sarif);
  assert.ok(v.valid, v.errors.join('\n'));
  const ids = new Set(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id));
  for (const res of sarif.runs[0].results) assert.ok(ids.has(res.ruleId), `rule metadata for ${res.ruleId}`);
  const json = JSON.parse(run(['check', 'test/fixtures/model', '--format', 'json']).stdout);
  assert.ok(json.models.length > 0 && Array.isArray(json.models[0].findings));
});

test('--fail-on controls the exit code', () => {
  const f = 'test/fixtures/model/unknown-enum.ringside';
  assert.equal(run(['check', f, '--fail-on', 'never']).code, 0);
  assert.equal(run(['check', f, '--fail-on', 'error']).code, 1);
});

test('help and version', () => {
  const h = run(['--help']);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /Usage: ringside <command>/);
  for (const c of ['check', 'diff', 'init', 'fmt', 'rules', 'explain']) assert.match(h.stdout, new RegExp(`\\n  ${c} `));
  assert.match(run(['check', '--help']).stdout, /Usage: ringside check[\s\S]*--format/);
  const v = run(['--version']);
  assert.match(v.stdout, /^ringside \d+\.\d+\.\d+/);
});
