// The document store's incremental reparsing must give the same text and the same tree as a fresh
// parse, for any sequence of LSP content changes (multi-line, non-ASCII, CRLF, out-of-range).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parser, repoRoot } from '../helpers/parser';
import { DocumentStore, type ContentChange } from '../../server/src/lsp/documents';
import { parseSource } from '../../server/src/model/source';
import type { HclFile } from '../../server/src/syntax/hcl-ast';

/** Comments in position order (reused items bring theirs along out of order). */
function normal(f: HclFile) {
  return { ...f, comments: [...f.comments].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character) };
}
import type { Range } from '../../server/src/syntax/range';

const SEED_TEXT = [
  '# Zeichen: é😀 and a tab\there',
  'agent "a" {',
  '  platform = "windows" // ünïcode 😀😀',
  '  role     = "edr"',
  '}',
  '',
  'context "k" {',
  '  kind = "kernel_driver"',
  '  component "c" {',
  '    kinds    = ["content_interpreter"]',
  '    consumes = [input.i]',
  '  }',
  '}',
  '',
  'input "i" {',
  '  source = "cloud_rapid_content"',
  '}',
  '',
].join('\n');

const SNIPPETS = ['x', '"', '{', '}', '\n', '\n  ', ' = ', 'é', '😀', 'component "n" {\n  kinds = []\n}\n', '\r\n', '[input.i]', '#c\n', '', 'κ😀\nλ'];

/** A deterministic pseudo-random sequence (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRange(doc: TextDocument, r: () => number): Range {
  const a = Math.floor(r() * (doc.getText().length + 1));
  const b = Math.min(doc.getText().length, a + Math.floor(r() * 12));
  return { start: doc.positionAt(a), end: doc.positionAt(b) };
}

/**
 * `treelessFrom` = 1 makes every document "large": its text is held in pieces and a clean one keeps
 * no tree (piece-text.ts, region-reparse.ts); the text is then read only every third step, so
 * that edits also start from pieces never made whole.
 */
async function checkSequence(seed: number, initial: string, steps: number, treelessFrom?: number) {
  const p = await parser();
  const store = new DocumentStore(p, treelessFrom);
  const uri = 'file:///tmp/t.ringside';
  store.open(uri, 'ringside', 1, initial);
  let oracle = TextDocument.create(uri, 'ringside', 1, initial);
  const r = rng(seed);
  for (let i = 0; i < steps; i++) {
    // One didChange with 1–3 ranged changes, each relative to the text after the previous one.
    const changes: ContentChange[] = [];
    const n = 1 + Math.floor(r() * 3);
    // TextDocument.update works in place: plan the changes on a copy.
    let scratch = TextDocument.create(uri, 'ringside', 0, oracle.getText());
    for (let k = 0; k < n; k++) {
      const change = { range: randomRange(scratch, r), text: SNIPPETS[Math.floor(r() * SNIPPETS.length)] };
      changes.push(change);
      scratch = TextDocument.update(scratch, [change], scratch.version);
    }
    oracle = TextDocument.update(oracle, changes, i + 2);
    const doc = store.change(uri, i + 2, changes)!;
    assert.equal(doc.length, oracle.getText().length, `length after step ${i} (seed ${seed})`);
    assert.equal(doc.version, i + 2);
    if (treelessFrom === undefined || i % 3 === 0) assert.equal(doc.text, oracle.getText(), `text after step ${i} (seed ${seed})`);
    if (doc.tree) {
      const fresh = p.parse(oracle.getText());
      try {
        assert.equal(doc.tree.rootNode.toString(), fresh.rootNode.toString(), `tree after step ${i} (seed ${seed})`);
        assert.deepEqual(doc.tree.rootNode.endPosition, fresh.rootNode.endPosition);
      } finally {
        fresh.delete();
      }
    } else assert.ok(treelessFrom !== undefined, `a small document lost its tree at step ${i}`);
    // Every other step, the SourceFile (AST reused where the edits allow, line index updated
    // around each edit) equals one built from scratch; skipping steps lets edits accumulate.
    if (i % 2 === 1) {
      const src = doc.source(p);
      const scratch = parseSource(p, uri, oracle.getText());
      assert.deepEqual(src.lines.lineStarts(), scratch.lines.lineStarts(), `line index after step ${i} (seed ${seed})`);
      assert.deepEqual(normal(src.ast), normal(scratch.ast), `AST after step ${i} (seed ${seed})`);
    }
  }
  // The SourceFile built from the kept tree equals one built from scratch.
  const src = store.get(uri)!.source(p);
  assert.equal(src.text, oracle.getText());
  store.dispose();
  assert.equal(store.get(uri), undefined);
}

test('incremental edits give the same text and tree as a fresh parse', async () => {
  for (const seed of [1, 2, 3, 4, 5]) await checkSequence(seed, SEED_TEXT, 60);
});

test('incremental edits on a document held in pieces give the same text, line index and AST', async () => {
  for (const seed of [1, 2, 3, 4, 5]) await checkSequence(seed, SEED_TEXT, 60, 1);
  const file = path.join(repoRoot(), 'examples', 'falcon-2024-07', 'kernel.ringside');
  await checkSequence(42, fs.readFileSync(file, 'utf8'), 40, 1);
});

test('incremental edits on a real multi-file example text', async () => {
  const file = path.join(repoRoot(), 'examples', 'falcon-2024-07', 'kernel.ringside');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : SEED_TEXT.repeat(20);
  await checkSequence(42, text, 40);
});

test('CRLF text, out-of-range positions and full-text changes', async () => {
  const p = await parser();
  const store = new DocumentStore(p);
  const uri = 'untitled:Untitled-1';
  const crlf = SEED_TEXT.replace(/\n/g, '\r\n');
  store.open(uri, 'ringside', 1, crlf);
  let oracle = TextDocument.create(uri, 'ringside', 1, crlf);
  const changes: ContentChange[] = [
    // A character past the end of the line means the end of the line (before CR LF).
    { range: { start: { line: 1, character: 500 }, end: { line: 1, character: 900 } }, text: ' # trailing' },
    // A line past the end of the text means the end of the text.
    { range: { start: { line: 999, character: 0 }, end: { line: 999, character: 3 } }, text: 'input "j" {\r\n  source = "os_event_data"\r\n}\r\n' },
    // A reversed range is tolerated.
    { range: { start: { line: 3, character: 5 }, end: { line: 3, character: 2 } }, text: '' },
  ];
  oracle = TextDocument.update(oracle, changes, 2);
  const doc = store.change(uri, 2, changes)!;
  assert.equal(doc.text, oracle.getText());
  const fresh = p.parse(doc.text);
  assert.equal(doc.tree!.rootNode.toString(), fresh.rootNode.toString());
  fresh.delete();

  store.change(uri, 3, [{ text: 'agent "b" {\n  platform = "linux"\n}\n' }, { range: { start: { line: 1, character: 14 }, end: { line: 1, character: 19 } }, text: 'macos' }]);
  assert.equal(store.get(uri)!.text, 'agent "b" {\n  platform = "macos"\n}\n');
  assert.equal(store.get(uri)!.source(p).ast.items.length, 1);
  assert.deepEqual(store.get(uri)!.endPosition(), { line: 3, character: 0 });
  assert.equal(store.change('file:///not/open.ringside', 1, [{ text: '' }]), undefined);
  store.close(uri);
  assert.equal(store.has(uri), false);
});

test('edits that keep the file valid: reused AST and updated line index equal a fresh build', async () => {
  const p = await parser();
  const file = path.join(repoRoot(), 'examples', 'falcon-2024-07', 'kernel.ringside');
  const store = new DocumentStore(p);
  const uri = 'file:///tmp/kernel.ringside';
  store.open(uri, 'ringside', 1, fs.readFileSync(file, 'utf8'));
  const r = rng(7);
  let reusedSteps = 0;
  for (let i = 0; i < 120; i++) {
    const doc = store.get(uri)!;
    // Type or delete inside a random string literal, sometimes adding a line break between items.
    const strings = [...doc.text.matchAll(/"[^"\n]*"/g)];
    const m = strings[Math.floor(r() * strings.length)];
    const at = m.index! + 1 + Math.floor(r() * (m[0].length - 1));
    const del = r() < 0.3 && at < m.index! + m[0].length - 1 ? 1 : 0;
    const text = r() < 0.1 ? '' : 'xé'.slice(0, 1 + Math.floor(r() * 2));
    const before = doc.source(p);
    store.change(uri, i + 2, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + del) }, text }]);
    if (r() < 0.5) continue; // let edits accumulate before the next build
    const src = doc.source(p);
    if (src.ast.items.some((it) => before.ast.items.includes(it))) reusedSteps++;
    const scratch = parseSource(p, uri, doc.text);
    assert.deepEqual(src.lines.lineStarts(), scratch.lines.lineStarts(), `line index after step ${i}`);
    assert.deepEqual(normal(src.ast), normal(scratch.ast), `AST after step ${i}`);
  }
  assert.ok(reusedSteps > 20, `reused items in ${reusedSteps} steps`);
  store.dispose();
});
