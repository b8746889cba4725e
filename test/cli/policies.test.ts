// The policy commands as a user runs them: the bundled CLI in a child process. `check` loads the
// packs a model's review block names; `test-policies` runs a pack's fixtures; `policy-docs` prints
// a pack's page.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../helpers/parser';

const root = repoRoot();
const cli = path.join(root, 'server', 'dist', 'cli.js');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('ringside test-policies runs the example packs\' fixtures', () => {
  const r = run(['test-policies', 'examples/policies/microsoft-windows-drivers', 'examples/policies/apple-endpoint-security']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^test-policies: 3 passed, 0 failed$/m);
});

test('ringside test-policies on a folder without tests is a usage problem', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-cli-'));
  const r = run(['test-policies', dir]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no tests folder/);
});

test('ringside check loads the packs a review block names', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-cli-'));
  const model = fs.readFileSync(path.join(root, 'examples', 'policies', 'microsoft-windows-drivers', 'tests', 'drivers.ringside'), 'utf8');
  const pack = path.join(root, 'examples', 'policies', 'microsoft-windows-drivers');
  fs.writeFileSync(path.join(dir, 'model.ringside'), model + `\nreview {\n  policy_packs = [${JSON.stringify(pack)}]\n}\n`);
  const r = run(['check', dir, '--format', 'json', '--fail-on', 'never']);
  assert.equal(r.code, 0, r.stderr);
  const ids = new Set((JSON.parse(r.stdout).models[0].findings as { ruleId: string }[]).map((f) => f.ruleId));
  for (const id of ['MSW001', 'MSW002', 'MSW003']) assert.ok(ids.has(id), `${id} in ${[...ids].join(', ')}`);
});

test('ringside policy-docs prints the pack page', () => {
  const r = run(['policy-docs', 'examples/policies/apple-endpoint-security']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, fs.readFileSync(path.join(root, 'examples', 'policies', 'apple-endpoint-security', 'POLICIES.md'), 'utf8'));
});
