// Model diagnostics are bounded when they are made (model/cap.ts, issue 10): a file keeps at most
// MAX_PER_RULE_AND_FILE diagnostics of one code, then one summary saying how many were left out.
// Data-driven: a generated design in, the diagnostics kept and left out per file and code out.
// Then the same through the whole check (the findings cap merges the summaries), and incremental
// builds of capped files equal builds from scratch.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parser, checkTexts, TEST_TODAY } from '../helpers/parser';
import { parseSource, sourceFromTree } from '../../server/src/model/source';
import { buildModel } from '../../server/src/model/build';
import { checkSources, CheckSession, type CheckResult } from '../../server/src/check';
import { MAX_PER_RULE_AND_FILE } from '../../server/src/model/cap';
import type { ModelDiagnostic, SourceFile } from '../../server/src/model/types';

const MAX = MAX_PER_RULE_AND_FILE;
const lines = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';
const AGENT = 'agent "a" {\n  platform = "windows"\n  role     = "edr"\n}\n';

/** Per `file code`: how many diagnostics are kept, and the summary (left out, severity) if any. */
type Expect = Record<string, { kept: number; leftOut?: number; severity?: string }>;
interface Case { name: string; files: Record<string, string>; expect: Expect }

const cases: Case[] = [
  {
    name: 'unknown top-level blocks',
    files: { 'm.ringside': lines(250, () => 'x "a" { y = 1 }') },
    expect: { 'm.ringside RS-UNKNOWN-BLOCK': { kept: MAX, leftOut: 150, severity: 'error' } },
  },
  {
    name: 'exactly the cap: no summary',
    files: { 'm.ringside': lines(MAX, () => 'x "a" { y = 1 }') },
    expect: { 'm.ringside RS-UNKNOWN-BLOCK': { kept: MAX } },
  },
  {
    name: 'one over the cap',
    files: { 'm.ringside': lines(MAX + 1, () => 'x "a" { y = 1 }') },
    expect: { 'm.ringside RS-UNKNOWN-BLOCK': { kept: MAX, leftOut: 1, severity: 'error' } },
  },
  {
    name: 'unknown attributes and wrong enum values in one block, and blocks out of place',
    files: { 'm.ringside': AGENT + `context "c" {\n  kind = "kernel_driver"\n${lines(230, (i) => `  bogus_${i} = "x"`)}}\n` + lines(120, () => 'component "k" {}') },
    expect: {
      'm.ringside RS-UNKNOWN-ATTRIBUTE': { kept: MAX, leftOut: 130, severity: 'error' },
      'm.ringside RS-PLACEMENT': { kept: MAX, leftOut: 20, severity: 'error' },
    },
  },
  {
    name: 'wrong values: enums, types, and repeated list values (warnings)',
    files: { 'm.ringside': AGENT + lines(150, (i) => `context "c${i}" {\n  kind  = "bogus"\n  start = 7\n}`)
      + `deployment "d" {\n  delivers = [${Array.from({ length: 160 }, () => 'input.i').join(', ')}]\n}\ninput "i" {\n  source = "signature_db"\n}\n` },
    expect: {
      'm.ringside RS-ENUM': { kept: MAX, leftOut: 50, severity: 'error' },
      'm.ringside RS-TYPE': { kept: MAX, leftOut: 50, severity: 'error' },
      'm.ringside RS-DUPLICATE': { kept: MAX, leftOut: 59, severity: 'warning' },
    },
  },
  {
    name: 'names defined twice (registration) and references that resolve to nothing (resolution)',
    files: { 'm.ringside': AGENT + lines(205, () => 'input "i" {\n  source = "signature_db"\n}')
      + `deployment "d" {\n  delivers = [${Array.from({ length: 180 }, (_, i) => `input.missing_${i}`).join(', ')}]\n}\n` },
    expect: {
      'm.ringside RS-DUPLICATE': { kept: MAX, leftOut: 104, severity: 'error' },
      'm.ringside RS-UNRESOLVED': { kept: MAX, leftOut: 80, severity: 'error' },
    },
  },
  {
    name: 'missing required attributes',
    files: { 'm.ringside': AGENT + lines(130, (i) => `context "c${i}" {\n}`) },
    expect: { 'm.ringside RS-REQUIRED': { kept: MAX, leftOut: 30, severity: 'error' } },
  },
  {
    name: 'each file has its own cap',
    files: { 'a.ringside': lines(150, () => 'x "a" {}'), 'b.ringside': lines(40, () => 'x "a" {}') },
    expect: { 'a.ringside RS-UNKNOWN-BLOCK': { kept: MAX, leftOut: 50, severity: 'error' }, 'b.ringside RS-UNKNOWN-BLOCK': { kept: 40 } },
  },
  {
    name: 'syntax errors keep their own bound (50 and a summary), under this one',
    files: { 'm.ringside': lines(120, () => 'a = [1,,]') },
    expect: { 'm.ringside RS-SYNTAX': { kept: 51 } },
  },
];

function tally(diags: readonly ModelDiagnostic[]): Expect {
  const out: Expect = {};
  for (const d of diags) {
    const k = `${d.loc.file} ${d.code}`;
    const e = (out[k] ??= { kept: 0 });
    if (d.leftOut) {
      assert.equal(e.leftOut, undefined, `one summary for ${k}`);
      e.leftOut = d.leftOut;
      e.severity = d.severity;
      assert.equal(d.message, `${d.leftOut} more ${d.code} finding${d.leftOut === 1 ? '' : 's'} in this file ${d.leftOut === 1 ? 'is' : 'are'} not listed: at most ${MAX} per rule and file are reported. Fix the ones listed and check again.`);
    } else e.kept++;
  }
  return out;
}

for (const c of cases) {
  test(`model diagnostics capped at creation: ${c.name}`, async () => {
    const p = await parser();
    const m = buildModel('/virtual', Object.entries(c.files).map(([name, text]) => parseSource(p, name, text)));
    const got = tally(m.diagnostics);
    for (const [k, want] of Object.entries(c.expect)) assert.deepEqual(got[k], want, k);
    for (const [k, v] of Object.entries(got)) assert.ok(v.kept <= MAX, `${k}: ${v.kept} kept`);

    // Through the whole check: one summary per rule and file, with the same count.
    const r = await checkTexts(c.files);
    const findings: Expect = {};
    for (const f of r.findings) {
      const e = (findings[`${f.loc.file} ${f.ruleId}`] ??= { kept: 0 });
      if (f.leftOut) { e.leftOut = f.leftOut; e.severity = f.severity; } else e.kept++;
    }
    for (const [k, want] of Object.entries(c.expect)) assert.deepEqual(findings[k], want, `findings ${k}`);
  });
}

test('left-out unresolved references do not search the model (a quadratic build before the cap)', async () => {
  // 20,000 references to missing inputs among 20,000 inputs: each kept diagnostic searches the
  // names of one type; before the cap every reference searched every element (about 30 s).
  const p = await parser();
  const text = lines(20_000, (i) => `input "i${i}" {\n  source = "signature_db"\n}\ndeployment "d${i}" {\n  delivers = [input.nope${i}]\n}`);
  const sf = parseSource(p, 'm.ringside', text);
  const t0 = performance.now();
  const m = buildModel('/virtual', [sf]);
  const ms = performance.now() - t0;
  assert.deepEqual(tally(m.diagnostics)['m.ringside RS-UNRESOLVED'], { kept: MAX, leftOut: 20_000 - MAX, severity: 'error' });
  assert.ok(ms < 10_000, `built in ${Math.round(ms)} ms`);
});

// ── Incremental builds of capped files ────────────────────────────────────────────────────────

function observable(r: CheckResult) {
  return { findings: r.findings, diagnostics: r.model.diagnostics, elements: [...r.model.elements.keys()] };
}

/** Around the cap: valid and invalid values, names that clash, blocks that appear and vanish. */
const CAPPED = AGENT + lines(70, (i) => `context "c${i % 60}" {\n  kind = "${i % 3 ? 'bogus' : 'kernel_driver'}"\n  x${i} = 1\n}`)
  + lines(60, (i) => `input "i${i % 50}" {\n  source = "${i % 2 ? 'bogus' : 'signature_db'}"\n}`);
const WORDS = ['bogus', 'kernel_driver', 'user_service', 'signature_db', 'c1', 'c2', 'i3', 'nope'];
const SNIPPETS = ['', 'x "a" {}\n', 'context "c1" {\n}\n', '}', '{', '"', 'y = 2\n', 'input "q" { source = "zz" }\n'];

type Edit = { op: 'value'; k: number; word: string } | { op: 'splice'; at: number; del: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('value' as const), k: fc.nat(), word: fc.constantFrom(...WORDS) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 20 }), text: fc.constantFrom(...SNIPPETS) }), weight: 2 },
);

function applyEdit(text: string, e: Edit): string {
  if (e.op === 'splice') {
    const at = Math.min(text.length, Math.floor(e.at * text.length));
    return text.slice(0, at) + e.text + text.slice(Math.min(text.length, at + e.del));
  }
  const hits = [...text.matchAll(/"([^"\\\n]*)"/g)];
  if (hits.length === 0) return text;
  const m = hits[e.k % hits.length];
  return text.slice(0, m.index! + 1) + e.word + text.slice(m.index! + 1 + m[1].length);
}

test('incremental checks of files over the cap equal checks from scratch', async () => {
  const p = await parser();
  fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
    const session = new CheckSession();
    let text = CAPPED;
    let source: SourceFile = parseSource(p, 'm.ringside', text);
    session.check('/model', [source], { today: TEST_TODAY });
    for (const e of edits) {
      const next = applyEdit(text, e);
      if (next === text) continue;
      text = next;
      const tree = p.parse(next);
      try {
        source = sourceFromTree('m.ringside', next, tree, source);
      } finally {
        tree.delete();
      }
      const incremental = session.check('/model', [source], { today: TEST_TODAY });
      const full = checkSources('/model', [parseSource(p, 'm.ringside', text)], { today: TEST_TODAY });
      assert.deepEqual(observable(incremental), observable(full), `after ${JSON.stringify(e)}`);
    }
  }), { numRuns: 60, seed: 10 });
});
