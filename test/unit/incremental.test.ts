// Incremental analysis (CheckSession: model items rebuilt only where the AST changed, rules re-run
// only where what they read changed) must give exactly what a from-scratch analysis gives. A
// property test applies random edit sequences to every example and fixture model and compares
// the two after each edit: findings, model diagnostics and the elements of the model.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parser, repoRoot, TEST_TODAY } from '../helpers/parser';
import { collectFixtureModels, type FixtureModel } from '../helpers/fixture-models';
import { sourceFromTree, parseSource } from '../../server/src/model/source';
import { checkSources, CheckSession, type CheckResult } from '../../server/src/check';
import type { SourceFile } from '../../server/src/model/types';
import type { HclParser } from '../../server/src/syntax/parser';

/** Every folder of design files under examples/ (policy packs and their tests too), and every fixture model. */
function allModels(): FixtureModel[] {
  const root = repoRoot();
  const out: FixtureModel[] = [];
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    out.push({ name: dir, files: entries.filter((e) => e.isFile() && e.name.endsWith('.ringside')).map((e) => path.join(dir, e.name)) });
    for (const e of entries) if (e.isDirectory()) walk(path.join(dir, e.name));
  };
  walk(path.join(root, 'examples'));
  return collectFixtureModels(path.join(root, 'test', 'fixtures'), out).filter((m) => m.files.length > 0);
}

/** Values that keep the file valid and change what rules see (enums, booleans, numbers, names). */
const WORDS = ['kernel_driver', 'protected_service', 'user_service', 'boot', 'system', 'demand', 'staged', 'immediate', 'cloud_rapid_content',
  'file_content', 'sensor_code', 'compiled', 'raw', 'crash_system', 'fail_open', 'windows', 'linux', 'macos', 'content_interpreter',
  'rule_engine', 'vendor_signed_content', 'attacker_controlled', 'x', '', 'RS001', '2027-01-01', '30m', 'csagent', 'hello world'];
/** Text that breaks and repairs the syntax, or adds and removes structure. */
const SNIPPETS = ['x', '', '"', '#', '}', '{', ' ', '\n', '= "a"', 'true', 'false', '1', '[', ']', ',', '.', 'component "n" {\n}\n'];

type Edit =
  /** Replace the content of the k-th string literal with a word: valid text, a new value. */
  | { op: 'value'; file: number; k: number; word: string }
  /** Flip the k-th boolean literal. */
  | { op: 'bool'; file: number; k: number }
  /** Insert (and delete a few characters) at a relative position. */
  | { op: 'splice'; file: number; at: number; del: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('value' as const), file: fc.nat(), k: fc.nat(), word: fc.constantFrom(...WORDS) }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('bool' as const), file: fc.nat(), k: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('splice' as const), file: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 4 }), text: fc.constantFrom(...SNIPPETS) }), weight: 2 },
);

function applyEdit(text: string, e: Edit): string {
  if (e.op === 'splice') {
    const at = Math.min(text.length, Math.floor(e.at * text.length));
    return text.slice(0, at) + e.text + text.slice(Math.min(text.length, at + e.del));
  }
  const re = e.op === 'value' ? /"([^"\\\n]*)"/g : /\b(true|false)\b/g;
  const hits = [...text.matchAll(re)];
  if (hits.length === 0) return text;
  const m = hits[e.k % hits.length];
  const start = m.index! + (e.op === 'value' ? 1 : 0);
  const replacement = e.op === 'value' ? e.word : m[1] === 'true' ? 'false' : 'true';
  return text.slice(0, start) + replacement + text.slice(start + m[1].length);
}

/** Everything a client sees from a check, as plain data. */
function observable(r: CheckResult) {
  return {
    findings: r.findings,
    diagnostics: r.model.diagnostics,
    elements: [...r.model.elements.keys()],
    contexts: r.model.contexts.map((c) => c.key),
    components: r.model.components.map((c) => c.key),
    references: r.model.references.map((x) => ({ type: x.type, name: x.name, loc: x.loc, target: x.target?.key })),
  };
}

function fullCheck(p: HclParser, files: { name: string; text: string }[]): CheckResult {
  return checkSources('/model', files.map((f) => parseSource(p, f.name, f.text)), { today: TEST_TODAY });
}

test('incremental analysis equals a from-scratch analysis after random edits on every example and fixture', async () => {
  const p = await parser();
  const models = allModels();
  assert.ok(models.length > 50, `found ${models.length} models`);
  let reused = 0, run = 0;
  for (const model of models) {
    const original = model.files.map((f) => ({ name: f, text: fs.readFileSync(f, 'utf8') }));
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
      const session = new CheckSession();
      let files = original.map((f) => ({ ...f }));
      let sources: SourceFile[] = files.map((f) => parseSource(p, f.name, f.text));
      session.check('/model', sources, { today: TEST_TODAY });
      for (const e of edits) {
        const i = e.file % files.length;
        const next = applyEdit(files[i].text, e);
        if (next === files[i].text) continue;
        files = files.map((f, j) => (j === i ? { ...f, text: next } : f));
        // The edited file is converted with its previous SourceFile, as the server does (AST reuse);
        // the others keep theirs.
        const tree = p.parse(next);
        try {
          sources = sources.map((s, j) => (j === i ? sourceFromTree(files[i].name, next, tree, s) : s));
        } finally {
          tree.delete();
        }
        const incremental = session.check('/model', sources, { today: TEST_TODAY });
        run += session.stats.rulesRun;
        reused += session.stats.rulesReused;
        assert.deepEqual(observable(incremental), observable(fullCheck(p, files)), `${path.relative(repoRoot(), model.name)} after ${JSON.stringify(e)}`);
      }
    }), { numRuns: 2, seed: 11, endOnFailure: true });
  }
  // Not vacuous: many edits left most rules alone, and many re-ran some.
  assert.ok(reused > 1000 && run > 1000, `rules reused ${reused} times, re-run ${run} times`);
});

test('an edit inside a description string re-runs no rule and rebuilds one top-level block', async () => {
  const p = await parser();
  const dir = path.join(repoRoot(), 'examples', 'falcon-2024-07');
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).sort().map((f) => path.join(dir, f));
  const session = new CheckSession();
  const sources = names.map((f) => parseSource(p, f, fs.readFileSync(f, 'utf8')));
  const first = session.check(dir, sources, { today: TEST_TODAY });
  assert.ok(session.stats.rulesRun > 40);
  const i = sources.findIndex((s) => s.text.includes('description'));
  const text = sources[i].text;
  const at = text.indexOf('"', text.indexOf('description')) + 1;
  const next = text.slice(0, at) + 'Edited: ' + text.slice(at);
  const tree = p.parse(next);
  const edited = [...sources];
  try {
    edited[i] = sourceFromTree(sources[i].file, next, tree, sources[i]);
  } finally {
    tree.delete();
  }
  const second = session.check(dir, edited, { today: TEST_TODAY });
  assert.equal(session.stats.rulesRun, 0);
  assert.ok(session.stats.rulesReused > 40);
  // Unchanged top-level blocks keep their elements (the same objects).
  const kept = second.model.contexts.filter((c) => first.model.contexts.includes(c)).length;
  assert.ok(kept >= first.model.contexts.length - 1, `kept ${kept} of ${first.model.contexts.length} contexts`);
  assert.deepEqual(second.findings, checkSources(dir, edited.map((s) => parseSource(p, s.file, s.text)), { today: TEST_TODAY }).findings);

  // Changing a value a rule reads re-runs that rule, not all of them.
  const j = edited.findIndex((s) => /start\s*=\s*"boot"/.test(s.text));
  assert.ok(j >= 0, 'an example declares start = "boot"');
  const t2 = edited[j].text.replace(/start(\s*)=(\s*)"boot"/, 'start$1=$2"system"');
  const tree2 = p.parse(t2);
  try {
    edited[j] = sourceFromTree(edited[j].file, t2, tree2, edited[j]);
  } finally {
    tree2.delete();
  }
  const third = session.check(dir, edited, { today: TEST_TODAY });
  assert.ok(session.stats.rulesRun > 0 && session.stats.rulesReused > 0, `run ${session.stats.rulesRun}, reused ${session.stats.rulesReused}`);
  assert.deepEqual(third.findings, checkSources(dir, edited.map((s) => parseSource(p, s.file, s.text)), { today: TEST_TODAY }).findings);
});
