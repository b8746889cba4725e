// Wasm heap recycling (syntax/parser.ts): after a whole parse of a very large text, the parser
// moves to a fresh copy of web-tree-sitter once the last tree of the grown runtime is deleted, so
// the grown heap can be collected. Parses after the move give the same trees, and a tree made by
// the old runtime keeps working with it (an incremental reparse never crosses runtimes).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createParser, wasmPathsIn } from '../../server/src/syntax/parser';
import { wasmDir } from '../helpers/parser';
import { DocumentStore } from '../../server/src/lsp/documents';
import { generateModel } from '../../bench/generate';

const paths = () => wasmPathsIn(wasmDir());
const LIMIT = 20_000;
const big = generateModel(80); // ≈ 30 K characters: "very large" for a parser whose limit is 20 K
const small = 'agent "a" {\n  platform = "linux"\n}\n';

test('the runtime is recycled once the last tree of a very large parse is deleted, and parses the same', async () => {
  assert.ok(big.length > LIMIT);
  const parser = await createParser(paths(), { recycleAfterChars: LIMIT });
  const before = parser.parse(big);
  const expected = before.rootNode.toString();
  const smallTree = parser.parse(small);
  smallTree.delete();
  await parser.recycled();
  assert.equal(parser.runtimes, 1, 'a tree of the grown runtime is still alive: no recycling yet');
  before.delete();
  await parser.recycled();
  assert.equal(parser.runtimes, 2);
  const after = parser.parse(big);
  assert.equal(after.rootNode.toString(), expected);
  after.delete();
  await parser.recycled();
  assert.equal(parser.runtimes, 3, 'the new runtime grew in turn and was recycled too');
});

test('chunked and region parses, and texts below the limit, never recycle', async () => {
  const parser = await createParser(paths(), { recycleAfterChars: LIMIT });
  const within = { startIndex: 0, endIndex: big.indexOf('\n', LIMIT >> 1) + 1, startPosition: { row: 0, column: 0 }, endPosition: { row: 0, column: 0 } };
  parser.parse(big, undefined, within).delete();
  parser.parse(small).delete();
  await parser.recycled();
  assert.equal(parser.runtimes, 1);
});

test('a tree made while the new runtime loads is reparsed incrementally by its own runtime', async () => {
  const parser = await createParser(paths(), { recycleAfterChars: LIMIT });
  parser.parse(big).delete(); // starts the recycling
  const kept = parser.parse(small); // still the old runtime: the new one is loading
  await parser.recycled();
  assert.equal(parser.runtimes, 2);
  const at = small.indexOf('linux');
  const edited = small.slice(0, at) + 'windows' + small.slice(at + 'linux'.length);
  kept.edit({
    startIndex: at, oldEndIndex: at + 5, newEndIndex: at + 7,
    startPosition: { row: 1, column: 14 }, oldEndPosition: { row: 1, column: 19 }, newEndPosition: { row: 1, column: 21 },
  });
  const reparsed = parser.parse(edited, kept);
  const fresh = parser.parse(edited);
  assert.equal(reparsed.rootNode.toString(), fresh.rootNode.toString());
  assert.ok(reparsed.rootNode.text.includes('"windows"'));
  for (const t of [kept, reparsed, fresh]) t.delete();
});

test('a large document with a syntax error, once fixed, leaves its grown runtime to be recycled', async () => {
  const parser = await createParser(paths(), { recycleAfterChars: LIMIT });
  const store = new DocumentStore(parser, 16 * 1024); // large from 16 K characters
  const uri = 'file:///large.ringside';
  const broken = `${big}\ncontext "broken" {\n`;
  let doc = store.open(uri, 'ringside', 1, broken);
  assert.ok(doc.source(parser).ast.problems.length > 0);
  assert.ok(doc.tree, 'a large broken document keeps its whole tree');
  await parser.recycled();
  assert.equal(parser.runtimes, 1);
  // Delete the broken block's opening line: the document is clean again and drops its tree.
  const line = broken.split('\n').length - 2;
  doc = store.change(uri, 2, [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }])!;
  assert.equal(doc.source(parser).ast.problems.length, 0);
  assert.equal(doc.tree, undefined);
  await parser.recycled();
  assert.equal(parser.runtimes, 2);
  // The next edit parses its region with the new runtime.
  doc = store.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }])!;
  assert.equal(doc.source(parser).ast.problems.length, 0);
  assert.equal(doc.text, `# edited\n${big}\n`);
  store.dispose();
});
