// The line index updated around an edit must equal one built from the new text: random edits,
// including ones that insert and delete line breaks, `\r\n` pairs and lone `\r`. Runs of up to 40
// edits also pass the point where an index stops sharing its starts with the one before it and
// copies them (LineIndex.shifted keeps up to 16 moves).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/syntax/range';
import { editLineIndex } from '../../server/src/syntax/line-index-edit';

const piece = fc.constantFrom('a', 'bc', '\n', '\r\n', '\r', 'x\ny', '\n\n', ' ', 'é', '😀');
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

test('an edited line index equals a fresh one', () => {
  fc.assert(fc.property(text, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 6 }), text), { minLength: 1, maxLength: 40 }), (start, edits) => {
    let current = start;
    let index = new LineIndex(current);
    for (const [at, del, inserted] of edits) {
      const s = Math.floor(at * current.length);
      const e = Math.min(current.length, s + del);
      const next = current.slice(0, s) + inserted + current.slice(e);
      index = editLineIndex(index, s, e, inserted, next);
      const fresh = new LineIndex(next);
      assert.deepEqual(index.lineStarts(), fresh.lineStarts(), JSON.stringify({ current, s, e, inserted }));
      assert.equal(index.text, next);
      for (let o = 0; o <= next.length; o += Math.max(1, next.length >> 3)) {
        assert.deepEqual(index.positionAt(o), fresh.positionAt(o));
        assert.equal(index.offsetAt(fresh.positionAt(o)), fresh.offsetAt(fresh.positionAt(o)));
      }
      for (let line = 0; line < fresh.lineCount; line++) assert.equal(index.lineText(line), fresh.lineText(line));
      current = next;
    }
  }), { numRuns: 300, seed: 11 });
});
