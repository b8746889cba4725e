// The AST's packed ranges (syntax/range.ts) must read and serialise exactly as the plain ranges
// they replace, on both sides of the packing limits (a character of 4,096 or more, a line beyond
// what fits in a small integer), and an AST keeps its ranges inline in its nodes (syntax/ast-nodes.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LineIndex, packedRange, range, type Position } from '../../server/src/syntax/range';
import type { Attribute, Block } from '../../server/src/syntax/hcl-ast';
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

/** Every node of an AST, the names and block types kept inline in their parents included. */
function* nodes(v: unknown): Generator<Record<string, unknown>> {
  if (!v || typeof v !== 'object') return;
  if (Array.isArray(v)) { for (const x of v) yield* nodes(x); return; }
  const o = v as Record<string, unknown>;
  if ('range' in o) yield o;
  for (const [k, x] of Object.entries(o)) if (k !== 's' && k !== 'e') yield* nodes(x);
  if (o.type === 'attribute') yield* nodes(o.name);
  if (o.type === 'block') yield* nodes(o.blockType);
}

test('the AST keeps its ranges inline: no node holds a range object, and each reads back as its text', async () => {
  const text = 'agent "a" {\n  platform = "linux"\n  # a comment\n  context "k" {\n    ring = "kernel"\n    tags = ["x", { y = 1 }]\n  }\n}\n';
  const source = parseSource(await parser(), 'a.ringside', text);
  const lines = source.lines;
  const slice = (r: { start: Position; end: Position }) => text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
  let seen = 0;
  for (const n of nodes(source.ast)) {
    seen++;
    for (const x of Object.values(n)) {
      // A range object kept in a node would have positions; only child nodes and lists may be objects.
      if (x && typeof x === 'object' && !Array.isArray(x)) assert.ok('range' in x, `a node holds an object that is not a node: ${JSON.stringify(x)}`);
    }
    const r = n.range as { start: Position; end: Position };
    if (typeof n.name === 'string') assert.equal(slice(r), n.name);
    if (n.type === 'attribute') assert.ok(slice(r).startsWith((n.name as { name: string }).name + ' '));
    if (n.kind === 'string') assert.equal(slice(r), JSON.stringify(n.value));
  }
  assert.ok(seen > 20, `nodes visited: ${seen}`);
  const block = source.ast.items[0] as Block;
  assert.equal(slice(block.open!), '{');
  assert.equal(slice(block.close!), '}');
});

test('a node whose range does not pack keeps it whole and reads it back the same', async () => {
  // A value past the 4,096th character of its line, and a brace after it.
  const pad = 'x'.repeat(5000);
  const text = `agent "a" { platform = "${pad}" }\n`;
  const source = parseSource(await parser(), 'a.ringside', text);
  const block = source.ast.items[0] as Block;
  const attr = block.body[0] as Attribute;
  assert.deepEqual(JSON.parse(JSON.stringify(attr.value.range)), { start: { line: 0, character: 23 }, end: { line: 0, character: 5025 } });
  assert.deepEqual(JSON.parse(JSON.stringify(block.close)), { start: { line: 0, character: 5026 }, end: { line: 0, character: 5027 } });
  assert.deepEqual(JSON.parse(JSON.stringify(block.range)), { start: { line: 0, character: 0 }, end: { line: 0, character: 5027 } });
  // The JSON of a node has the shape of the interfaces in hcl-ast.ts: no packed fields.
  const json = JSON.parse(JSON.stringify(attr));
  assert.deepEqual(Object.keys(json).sort(), ['name', 'range', 'type', 'value']);
  assert.deepEqual(json.name, { name: 'platform', range: { start: { line: 0, character: 12 }, end: { line: 0, character: 20 } } });
});
