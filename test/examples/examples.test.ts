// Every folder under examples/ is a model of a real agent. Its findings are held exactly (rule id,
// element, severity) by examples/<name>/expected-findings.txt, so a rule change that moves a
// finding on a real product shows up as a diff someone has to accept. No example may have a model
// error. To accept new findings after a deliberate rule or model change, regenerate the files:
//
//   RINGSIDE_UPDATE=1 npm test          (or: RINGSIDE_UPDATE=1 RINGSIDE_OUT=out-mine \
//     RINGSIDE_TESTS=examples node esbuild.mjs --tests-only && RINGSIDE_UPDATE=1 node --test out-mine/test/)
//
// then read the diff and the example's README review.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot, parser, TEST_TODAY } from '../helpers/parser';
import { checkInput } from '../../server/src/check';
import type { Finding } from '../../server/src/analysis/types';
import { propertyTable, withTable } from '../../tools/example-properties';

const root = repoRoot();
const examplesDir = path.join(root, 'examples');
const EXPECTED = 'expected-findings.txt';
const update = process.env.RINGSIDE_UPDATE === '1';

const examples = fs.readdirSync(examplesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.readdirSync(path.join(examplesDir, e.name)).some((f) => f.endsWith('.ringside')))
  .map((e) => e.name).sort();

const isModelCode = (id: string) => !/^RS\d{3}$/.test(id) && id !== 'RS-META-UNSPECIFIED';

/** One line per finding: `RULE element severity`, with the missing properties for RS-META-UNSPECIFIED. */
export function findingLine(f: Finding): string {
  const element = f.unspecified
    ? `${f.unspecified.element}[${f.unspecified.properties.map((p) => p.property).sort().join(',')}]`
    : (f.element ?? `${f.loc.file}:${f.loc.range.start.line + 1}`);
  return `${f.ruleId} ${element} ${f.severity}${f.suppression ? ' waived' : ''}`;
}

function header(name: string): string {
  return [
    `# Findings of \`ringside check examples/${name}\`: rule, element, severity (one per line, sorted).`,
    '# Held by test/examples/examples.test.ts. Regenerate with RINGSIDE_UPDATE=1 (see that file),',
    '# then update the review in README.md to match.',
  ].join('\n') + '\n';
}

function readExpected(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

for (const name of examples) {
  test(`examples/${name}: no model error and findings as in ${EXPECTED}`, async () => {
    const dir = path.join(examplesDir, name);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).sort()
      .map((f) => ({ file: path.join('examples', name, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    const result = checkInput(await parser(), { root: dir, files }, { today: TEST_TODAY });
    const modelErrors = result.findings.filter((f) => isModelCode(f.ruleId))
      .map((f) => `${f.loc.file}:${f.loc.range.start.line + 1}: ${f.ruleId} ${f.message}`);
    assert.deepEqual(modelErrors, [], `model errors in examples/${name}:\n${modelErrors.join('\n')}`);
    const actual = result.findings.map(findingLine).sort();
    const file = path.join(dir, EXPECTED);
    if (update) fs.writeFileSync(file, header(name) + actual.join('\n') + '\n');
    assert.ok(fs.existsSync(file), `examples/${name}/${EXPECTED} is missing; create it with RINGSIDE_UPDATE=1`);
    const expected = readExpected(file).sort();
    assert.deepEqual(actual, expected, `findings of examples/${name} differ from ${EXPECTED} (RINGSIDE_UPDATE=1 regenerates it)`);
  });
}

test('every example has a README', () => {
  assert.ok(examples.length >= 2, `found ${examples.length} examples`);
  for (const name of examples) assert.ok(fs.existsSync(path.join(examplesDir, name, 'README.md')), `examples/${name}/README.md`);
});

// `npm run review -- <example>` runs tools/review.mjs, which calls the bundled CLI with --explain.
function review(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'tools', 'review.mjs'), ...args, '--today', TEST_TODAY], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

test('npm run review -- <example> reviews that example with its facts', () => {
  const r = review('santa');
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /examples[\\/]santa[\\/]contexts\.ringside:\d+:\d+: warning RS041/);
  assert.match(r.out, /deadline_budget_percent|default_verdict|performs/);
});

test('npm run review -- <unknown> names the examples and exits 2', () => {
  const r = review('no-such-example');
  assert.equal(r.code, 2);
  assert.match(r.out, /no example or folder named `no-such-example`/);
  for (const name of examples) assert.ok(r.out.includes(name), `${name} not listed`);
});

test('each README\'s generated property table matches its design files (npm run examples:tables)', async () => {
  const p = await parser();
  const stale: string[] = [];
  for (const name of examples) {
    const dir = path.join(examplesDir, name);
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    const next = withTable(readme, propertyTable(p, files));
    if (next !== undefined && next !== readme) stale.push(`examples/${name}/README.md`);
  }
  assert.deepEqual(stale, [], 'stale property tables; run `npm run examples:tables`');
});

test('the property table lists every attribute with the comment beside it', async () => {
  const table = propertyTable(await parser(), [{ file: 'a.ringside', text: [
    'agent "x" {',
    '  platform = "linux" # LIBS',
    '  heartbeat {',
    '    interval = "20s" # last in its block',
    '  }',
    '}',
    'context "c" {',
    '  kind = "user_service"',
    '  component "k" {',
    '    kinds    = ["rule_engine"] # inferred: a reason',
    '    consumes = [input.i]',
    '  }',
    '}',
  ].join('\n') }]).split('\n').slice(2);
  assert.deepEqual(table, [
    '| agent x | platform | `"linux"` | LIBS |',
    '| agent x | heartbeat.interval | `"20s"` | last in its block |',
    '| context c | kind | `"user_service"` | — |',
    '| component k | kinds | `["rule_engine"]` | inferred: a reason |',
  ]);
});
