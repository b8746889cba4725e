// A large document with a syntax error is reparsed incrementally while it is typed in, and
// tree-sitter's error recovery may then end elsewhere than in a fresh parse of the same text —
// the editor would list other syntax errors than `ringside check`. Once typing pauses the
// document is parsed afresh (DocumentStore.settle, Workspace.armSettle). The stores here treat
// every document as large (treelessFrom = 1), and the edit sequences are the fuzzer's saved cases
// where incremental and fresh parses differed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parser, repoRoot } from '../helpers/parser';
import { DocumentStore, type OpenDocument } from '../../server/src/lsp/documents';
import { Workspace, pathToUri, SETTLE_QUIET_MS, type WorkspaceSink } from '../../server/src/lsp/workspace';
import { parseSource } from '../../server/src/model/source';
import type { HclParser } from '../../server/src/syntax/parser';
import { offsetIn } from '../fuzz/lsp-fuzzer';

interface Replay { input: { seedFile: string; crlf: boolean; actions: { k: string; at: number; len?: number; text?: string }[] } }

const REPLAYS = ['lsp-incremental-reparse-differs-from-fresh.json', 'lsp-incremental-reparse-differs-from-fresh-2.json'];

function replay(p: HclParser, store: DocumentStore, uri: string, r: Replay): OpenDocument {
  const seed = fs.readFileSync(path.join(repoRoot(), r.input.seedFile), 'utf8');
  let doc = store.open(uri, 'ringside', 1, r.input.crlf ? seed.replace(/\r?\n/g, '\r\n') : seed);
  let version = 1;
  // The fuzzer's edit semantics: offsets taken modulo the text length (lsp-fuzzer.ts).
  for (const a of r.input.actions) {
    if (a.k !== 'insert' && a.k !== 'delete') continue;
    const text = doc.text;
    const start = offsetIn(text, a.at);
    const end = a.k === 'insert' ? start : offsetIn(text, Math.min(text.length, start + (a.len ?? 0)));
    doc = store.change(uri, ++version, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: a.k === 'insert' ? a.text ?? '' : '' }])!;
    doc.source(p); // as the analysis does after each edit
  }
  return doc;
}

const problemsOf = (ast: { problems: { range: unknown; message: string }[] }) => ast.problems.map((x) => JSON.stringify([x.range, x.message]));

for (const name of REPLAYS) {
  test(`settle: ${name} ends with the syntax errors of a fresh parse`, async () => {
    const p = await parser();
    const r = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'fuzz', name), 'utf8')) as Replay;
    const store = new DocumentStore(p, 1);
    const uri = 'file:///settle/a.ringside';
    const doc = replay(p, store, uri, r);
    const fresh = problemsOf(parseSource(p, uri, doc.text).ast);
    assert.ok(fresh.length > 0, 'the replay ends in a broken text');
    if (doc.unsettled) {
      assert.equal(store.settle(uri), true);
      assert.equal(doc.unsettled, false);
    }
    assert.deepEqual(problemsOf(doc.source(p).ast), fresh);
    assert.equal(store.settle(uri), false, 'a settled document is not parsed again');
    store.dispose();
  });
}

test('settle: an incremental reparse of a large broken document is marked, a clean one is not', async () => {
  const p = await parser();
  const store = new DocumentStore(p, 1);
  const uri = 'file:///settle/b.ringside';
  const text = 'agent "a" {\n  platform = "windows"\n  role = "edr"\n}\n';
  let doc = store.open(uri, 'ringside', 1, text);
  doc.source(p);
  // The first break is parsed whole (no tree was kept): nothing to settle yet.
  doc = store.change(uri, 2, [{ range: { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } }, text: '{' }])!;
  doc.source(p);
  assert.equal(doc.unsettled, false);
  // Typing on in the broken text reparses incrementally.
  doc = store.change(uri, 3, [{ range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } }, text: 'x' }])!;
  assert.equal(doc.unsettled, true);
  // Mending it: clean again, nothing to settle.
  doc = store.change(uri, 4, [{ range: { start: { line: 1, character: 13 }, end: { line: 1, character: 14 } }, text: '' }])!;
  assert.equal(doc.unsettled, false);
  store.dispose();
});

test('settle: the workspace parses afresh and publishes again once typing pauses', async () => {
  const p = await parser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-settle-'));
  try {
    const r = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'fuzz', REPLAYS[0]), 'utf8')) as Replay;
    const file = path.join(dir, 'a.ringside');
    const uri = pathToUri(file);
    const store = new DocumentStore(p, 1);
    const doc = replay(p, store, uri, r);
    fs.writeFileSync(file, doc.text);
    let analyses = 0;
    const sink: WorkspaceSink = { publishDiagnostics: () => {}, findingCounts: () => { analyses++; }, log: () => {}, error: (m) => assert.fail(m) };
    const ws = new Workspace(p, store, sink, { today: () => '2026-01-15' });
    // Mark the document as typed into: one more edit in the broken text (a space at its end).
    const end = doc.endPosition();
    store.change(uri, 100, [{ range: { start: end, end }, text: ' ' }]);
    ws.documentChanged(uri);
    await new Promise((res) => setTimeout(res, 200));
    assert.equal(analyses, 1);
    assert.equal(store.get(uri)!.unsettled, true, 'the last edit was an incremental reparse of a broken text');
    await new Promise((res) => setTimeout(res, SETTLE_QUIET_MS + 500));
    assert.equal(store.get(uri)!.unsettled, false);
    assert.equal(analyses, 2, 'analysed again after the fresh parse');
    assert.deepEqual(problemsOf(store.get(uri)!.source(p).ast), problemsOf(parseSource(p, uri, store.get(uri)!.text).ast));
    ws.dispose();
    store.dispose();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
