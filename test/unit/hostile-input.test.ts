// Regression tests for the hostile-input defects of issue 10 that can be shown without a child
// process: line breaks as LSP counts them, bounded did-you-mean, snippets that keep surrogate
// pairs whole, the finding cap, streamed JSON, and one parser per CLI process.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/syntax/range';
import { editDistance, suggest } from '../../server/src/model/suggest';
import { snippet } from '../../server/src/syntax/snippet';
import { semanticTokens, decode } from '../../server/src/features/semantic-tokens';
import { jsonChunks } from '../../server/src/cli/json-stream';
import { MAX_FINDINGS_PER_RULE_AND_FILE } from '../../server/src/analysis/finding-cap';
import { parserInstancesCreated } from '../../server/src/syntax/parser';
import { run } from '../../server/src/cli/main';
import { checkTexts, repoRoot } from '../helpers/parser';
import { hasLoneSurrogate } from '../helpers/text';

// ── (3) Lone `\r` line breaks ──────────────────────────────────────────────────────────────────

test('the line index ends lines at \\r\\n, \\n and a lone \\r, as LSP does', () => {
  const text = 'a\rbb\r\ncc\nd';
  const li = new LineIndex(text);
  assert.equal(li.lineCount, 4);
  assert.deepEqual([0, 1, 2, 3].map((l) => li.lineText(l)), ['a', 'bb', 'cc', 'd']);
  assert.deepEqual(li.positionAt(2), { line: 1, character: 0 });
  assert.deepEqual(li.positionAt(5), { line: 1, character: 2 }, 'between \\r and \\n is the end of the line');
  assert.equal(li.offsetAt({ line: 1, character: 99 }), 4, 'past the end of a line clamps before its break');
  assert.equal(li.offsetAt({ line: 3, character: 1 }), text.length);
});

test('positions of findings in a file with lone \\r line breaks follow LSP lines', async () => {
  const text = 'agent "a" {\r  platform = "windows"\r  role = "edr"\r  bogus = 1\r}\r';
  const r = await checkTexts({ 'cr.ringside': text });
  const f = r.findings.find((x) => x.ruleId === 'RS-UNKNOWN-ATTRIBUTE');
  assert.ok(f, 'RS-UNKNOWN-ATTRIBUTE expected');
  assert.deepEqual(f.loc.range.start, { line: 3, character: 2 });
});

test('the semantic token of a comment on a CRLF line does not include the \\r', async () => {
  const text = '# first\r\nagent "a" { # trailing\r\n  platform = "windows"\r\n  role = "edr"\r\n}\r\n';
  const r = await checkTexts({ 'crlf.ringside': text });
  const comments = decode(semanticTokens(r, 'crlf.ringside')).filter((t) => t.type === 'comment');
  assert.deepEqual(comments.map((t) => [t.line, t.start, t.length]), [[0, 0, 7], [1, 12, 10]]);
});

// ── (2) Did-you-mean on long names ─────────────────────────────────────────────────────────────

function naiveDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

test('the banded edit distance agrees with the full matrix up to its limit', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 14 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 14 }), fc.nat(6), (a, b, limit) => {
    const full = naiveDistance(a, b);
    const banded = editDistance(a, b, limit);
    if (full <= limit) assert.equal(banded, full);
    else assert.ok(banded > limit);
  }), { seed: 10, numRuns: 2000 });
});

test('did-you-mean on megabyte names does bounded work (it once ran for hours)', () => {
  // Before the fix this was a 1M × 1M matrix. The test has no timer: it would simply never end.
  const long = 'k'.repeat(1_000_000);
  assert.deepEqual(suggest(long + 'x', [long + 'y', 'kernel']), []);
  assert.deepEqual(suggest('kernel_drvier', ['kernel_driver', long]), ['kernel_driver']);
});

// ── (7) Snippets keep surrogate pairs and graphemes whole ──────────────────────────────────────

test('snippets cut on grapheme boundaries, never inside a surrogate pair', () => {
  const s = snippet('a'.repeat(29) + '😀😀😀', 30);
  assert.equal(s, 'a'.repeat(29) + '…');
  assert.ok(!hasLoneSurrogate(s));
  assert.equal(snippet('👍🏽👍🏽👍🏽', 5), '👍🏽…', 'a skin-tone modifier stays with its emoji');
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(45), (t, max) => {
    assert.ok(!hasLoneSurrogate(snippet(t, max)));
  }), { seed: 10, numRuns: 500 });
});

test('a syntax error near astral characters gives a message without a lone surrogate', async () => {
  const text = 'agent "a" {\n  platform = "windows"\n  role = "edr"\n}\n= ' + 'x'.repeat(27) + '😀😀😀 trailing\n';
  const r = await checkTexts({ 's.ringside': text });
  const syntax = r.findings.filter((f) => f.ruleId === 'RS-SYNTAX');
  assert.ok(syntax.length > 0, 'a syntax error is expected');
  for (const f of r.findings) assert.ok(!hasLoneSurrogate(f.message), `lone surrogate in: ${JSON.stringify(f.message)}`);
});

// ── (4) Bounded reports ────────────────────────────────────────────────────────────────────────

test('findings of one rule in one file are capped, with a summary of what was left out', async () => {
  const refs = Array.from({ length: 250 }, (_, i) => `input.missing_${i}`).join(', ');
  const text = `agent "a" {\n  platform = "windows"\n  role = "edr"\n}\ncontext "svc" {\n  kind = "user_service"\n  component "c" {\n    kinds = ["signature_scanner"]\n    consumes = [${refs}]\n  }\n}\n`;
  const r = await checkTexts({ 'many.ringside': text });
  const unresolved = r.findings.filter((f) => f.ruleId === 'RS-UNRESOLVED');
  assert.equal(unresolved.length, MAX_FINDINGS_PER_RULE_AND_FILE + 1);
  const summary = unresolved[unresolved.length - 1];
  assert.match(summary.message, /^150 more RS-UNRESOLVED findings in this file are not listed: at most 100 per rule and file/);
  assert.equal(summary.severity, 'error');
});

test('streamed JSON is byte for byte JSON.stringify(value, null, 2)', () => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 7 }), (v) => {
    assert.equal([...jsonChunks(v)].join(''), JSON.stringify(v, null, 2));
  }), { seed: 10, numRuns: 1000 });
  const withUndefined = { a: undefined, b: [undefined, 1, { c: undefined, d: 'x' }], e: { f: { g: { h: { i: [1, { j: 2 }] } } } } };
  assert.equal([...jsonChunks(withUndefined)].join(''), JSON.stringify(withUndefined, null, 2));
});

// ── (9) One parser per process ─────────────────────────────────────────────────────────────────

test('the CLI run() reuses one parser however often it is called', async () => {
  const io = { stdout: () => {}, stderr: () => {}, cwd: repoRoot(), env: {}, stdoutColors: false, readStdin: async () => new Uint8Array() };
  await run(['check', 'examples/falcon-2024-07', '--today', '2026-01-15'], io);
  const after = parserInstancesCreated();
  for (let i = 0; i < 5; i++) await run(['check', 'examples/defender-split', '--today', '2026-01-15'], io);
  assert.equal(parserInstancesCreated(), after, 'run() created a parser per call');
});

// ── Found by the fuzzer: parsing depended on where an astral character stood ──────────────────

test('an astral character parses the same wherever it stands (no split at a read boundary)', async () => {
  // web-tree-sitter read plain strings in 5,119-unit pieces; a pair cut there became two lone
  // surrogates and the name broke in two. Walk the character across several boundaries.
  for (let at = 4090; at < 4100; at++) for (const base of [5110, 10230]) {
    const pad = base + (at - 4090);
    const text = '#' + 'p'.repeat(pad - 2) + '\n' + 'a𝘤b = 1\n';
    const r = await checkTexts({ 'astral.ringside': text });
    const codes = r.findings.map((f) => f.ruleId);
    assert.ok(!codes.includes('RS-SYNTAX'), `astral character at ${pad + 1}: ${r.findings.map((f) => f.message).join('; ')}`);
    assert.ok(r.findings.some((f) => f.ruleId === 'RS-PLACEMENT' && f.message.includes('`a𝘤b`')), `astral character at ${pad + 1}`);
  }
});
