// A large open document holds its text in pieces (syntax/piece-text.ts). Every read must give what
// the same reads of a plain string give, after any sequence of edits, and every earlier version
// must stay as it was. A keystroke in a large clean document must not make its text whole: that
// whole copy per keystroke is what the pieces are for.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PieceText } from '../../server/src/syntax/piece-text';
import { LineIndex } from '../../server/src/syntax/range';
import { editLineIndex } from '../../server/src/syntax/line-index-edit';
import { DocumentStore } from '../../server/src/lsp/documents';
import { CheckSession } from '../../server/src/check';
import { generateModel } from '../../bench/generate';
import { editPoint } from '../../bench/edit-point';
import { parser } from '../helpers/parser';

/** Every read a PieceText offers, against the string it stands for. */
function sameAs(t: PieceText, s: string, probes: number[]): void {
  assert.equal(t.length, s.length);
  for (const i of probes) {
    const at = i % (s.length + 2) - 1; // also -1 and length
    assert.equal(Number.isNaN(t.charCodeAt(at)), Number.isNaN(s.charCodeAt(at)), `charCodeAt(${at})`);
    if (!Number.isNaN(s.charCodeAt(at))) assert.equal(t.charCodeAt(at), s.charCodeAt(at), `charCodeAt(${at})`);
    const to = (i * 7919) % (s.length + 2);
    assert.equal(t.slice(at, to), s.slice(Math.max(0, at), to), `slice(${at}, ${to})`);
  }
}

// Small pieces, so that short texts span many of them and an edit can cross several or split one.
const SIZE = 8;
const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 3 * SIZE }), text: fc.oneof(fc.string({ maxLength: 5 }), fc.string({ minLength: 2 * SIZE, maxLength: 5 * SIZE }), fc.constantFrom('\n', '\r\n', '\r', '😀')) });

test('a PieceText reads as the string it stands for after random edits, and earlier versions are unchanged', () => {
  fc.assert(fc.property(fc.string({ maxLength: 6 * SIZE }), fc.array(edit, { maxLength: 12 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (start, edits, probes) => {
    let t = PieceText.from(start, SIZE), s = start;
    const versions: [PieceText, string][] = [[t, s]];
    for (const e of edits) {
      const at = e.at % (s.length + 1), end = Math.min(s.length, at + e.del);
      t = t.edit(at, end, e.text);
      s = s.slice(0, at) + e.text + s.slice(end);
      versions.push([t, s]);
      sameAs(t, s, probes);
      if (e.at % 5 === 0) t.toString(); // made whole part of the way: later edits start from its pieces
    }
    for (const [v, text] of versions) sameAs(v, text, probes);
    assert.equal(t.toString(), s);
    sameAs(t, s, probes); // read again through the whole text
    assert.equal(t.edit(0, 0, 'x').toString(), 'x' + s);
  }), { numRuns: 300, seed: 11 });
});

test('a line index over pieces is the line index of the string, also after an edit', () => {
  fc.assert(fc.property(fc.string({ maxLength: 6 * SIZE }).map((x) => x.replace(/[ab]/g, (c) => (c === 'a' ? '\n' : '\r'))), edit, (start, e) => {
    const t = PieceText.from(start, SIZE);
    const at = e.at % (start.length + 1), end = Math.min(start.length, at + e.del);
    const s = start.slice(0, at) + e.text + start.slice(end);
    const edited = editLineIndex(new LineIndex(t), at, end, e.text, t.edit(at, end, e.text));
    const plain = new LineIndex(s);
    assert.deepEqual([...edited.lineStarts()], [...plain.lineStarts()]);
    for (const o of [0, at, s.length >> 1, s.length]) assert.deepEqual(edited.positionAt(o), plain.positionAt(o));
    for (let line = 0; line < plain.lineCount; line += Math.max(1, plain.lineCount >> 3)) assert.equal(edited.lineText(line), plain.lineText(line));
  }), { numRuns: 300, seed: 12 });
});

test('typing in a large clean document neither copies its whole text nor changes the analysis', async () => {
  const p = await parser();
  const text = generateModel(300);
  const uri = 'file:///large.ringside';
  const options = { today: '2026-01-15' };
  const store = new DocumentStore(p, 16 * 1024); // large from 16 K characters (the text is ~110 K)
  const session = new CheckSession();
  let doc = store.open(uri, 'ringside', 1, text);
  assert.ok(doc.large);
  session.check('/m', [doc.source(p)], options);
  const { line, col } = editPoint(text);
  let expected = text;
  for (let i = 0; i < 6; i++) {
    const add = i % 2 === 0;
    const range = add ? { start: { line, character: col }, end: { line, character: col } } : { start: { line, character: col }, end: { line, character: col + 1 } };
    doc = store.change(uri, i + 2, [{ range, text: add ? 'x' : '' }])!;
    const source = doc.source(p);
    const result = session.check('/m', [source], options);
    // The text was not made whole: a plain string in the document would have been.
    assert.equal(doc.whole, false, `keystroke ${i} made the text whole`);
    const lines = expected.split('\n');
    lines[line] = add ? lines[line].slice(0, col) + 'x' + lines[line].slice(col) : lines[line].slice(0, col) + lines[line].slice(col + 1);
    expected = lines.join('\n');
    assert.equal(doc.length, expected.length);
    assert.equal(result.findings.length, session.check('/m', [source], options).findings.length);
  }
  assert.equal(doc.text, expected);
  // Made whole on demand, the text is what a plain string edited the same way would be, and the
  // analysis equals a from-scratch one.
  const fresh = new CheckSession().check('/m', [doc.source(p)], options);
  assert.deepEqual(JSON.parse(JSON.stringify(session.check('/m', [doc.source(p)], options).findings)), JSON.parse(JSON.stringify(fresh.findings)));
});
