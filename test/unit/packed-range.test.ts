// The AST's packed ranges (syntax/range.ts) must read and serialise exactly as the plain ranges
// they replace, on both sides of the packing limits (a character of 4,096 or more, a line beyond
// what fits in a small integer), and a whole AST must not hold a plain position any more.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LineIndex, packedRange, range } from '../../server/src/syntax/range';
import { parser } from '../helpers/parser';
import { parseSource } from '../../server/src/model/source';

const cases: [string, number, number, number, number][] = [
  ['origin', 0, 0, 0, 0],
  ['one line', 3, 2, 3, 17],
  ['last packed character', 7, 4095, 8, 4095],
  ['first wide character (start)', 7, 4096, 8, 1],
  ['first wide character (end)', 7, 1, 8, 4096],
  ['a long line', 0, 10, 0, 250_000],
  ['a late line', 524_286, 5, 524_286, 9],
  ['a line past the packed limit', 600_000, 5, 600_001, 0],
];

for (const [name, sl, sc, el, ec] of cases) {
  test(`packed range reads and serialises as a plain one: ${name}`, () => {
    const packed = packedRange(sl, sc, el, ec);
    const plain = range(sl, sc, el, ec);
    assert.deepEqual({ start: packed.start, end: packed.end }, plain);
    assert.equal(JSON.stringify(packed), JSON.stringify(plain));
    assert.deepEqual(JSON.parse(JSON.stringify({ diagnostics: [{ range: packed }] })), { diagnostics: [{ range: plain }] });
  });
}

test('rangeOf gives the positions of its offsets, a `\\r\\n` pair counting as one line end', () => {
  const lines = new LineIndex('a = 1\r\nbb = "x"\rc = 2\n');
  assert.deepEqual(JSON.parse(JSON.stringify(lines.rangeOf(7, 15))), { start: lines.positionAt(7), end: lines.positionAt(15) });
  assert.deepEqual(JSON.parse(JSON.stringify(lines.rangeOf(5, 6))), { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } });
});

test('the AST keeps no plain range: every range in it is packed', async () => {
  const text = 'agent "a" {\n  platform = "linux"\n  # a comment\n  context "k" {\n    ring = "kernel"\n    tags = ["x", { y = 1 }]\n  }\n}\n';
  const ast = parseSource(await parser(), 'a.ringside', text).ast;
  let ranges = 0;
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach(visit); return; }
    for (const [k, x] of Object.entries(v)) {
      if (k === 'range' || k === 'open' || k === 'close') {
        if (x === undefined) continue;
        ranges++;
        assert.notEqual(Object.getPrototypeOf(x), Object.prototype, `a plain object under ${k}`);
        assert.equal(Object.hasOwn(x as object, 'start'), false);
      } else visit(x);
    }
  };
  visit(ast);
  assert.ok(ranges > 20, `ranges visited: ${ranges}`);
});
