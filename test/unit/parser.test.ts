// The parser seam: grammar ABI inside the runtime's supported range, injected wasm paths, trees
// that are freed, UTF-16 columns.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createParser, wasmPathsIn } from '../../server/src/syntax/parser';
import { parser, wasmDir } from '../helpers/parser';
import { parseSource } from '../../server/src/model/source';

test('grammar ABI is within what the runtime accepts (13..15)', async () => {
  const p = await parser();
  assert.ok(p.abiVersion >= 13 && p.abiVersion <= 15, `ABI ${p.abiVersion}`);
});

test('the runtime wasm is found under either of its names', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-wasm-'));
  fs.copyFileSync(path.join(wasmDir(), 'tree-sitter.wasm'), path.join(dir, 'web-tree-sitter.wasm'));
  fs.copyFileSync(path.join(wasmDir(), 'tree-sitter-hcl.wasm'), path.join(dir, 'tree-sitter-hcl.wasm'));
  assert.equal(path.basename(wasmPathsIn(dir).runtime), 'web-tree-sitter.wasm');
  assert.equal(path.basename(wasmPathsIn(wasmDir()).runtime), 'tree-sitter.wasm');
});

test('a missing wasm file is a clear error', async () => {
  await assert.rejects(createParser({ runtime: '/nonexistent/tree-sitter.wasm', grammar: '/nonexistent/g.wasm' }), /wasm not found/);
});

test('columns are UTF-16 code units, as LSP expects', async () => {
  const p = await parser();
  const sf = parseSource(p, 'u.ringside', 'agent "é😀" { role = "edr" }\n');
  const block = sf.ast.items[0];
  assert.equal(block.type, 'block');
  if (block.type === 'block') {
    const attr = block.body[0];
    assert.equal(attr.type, 'attribute');
    // "agent " (6) + '"é😀"' (5 UTF-16 units) + " { " (3) = 14
    if (attr.type === 'attribute') assert.equal(attr.name.range.start.character, 14);
  }
});

test('incremental reparse gives the same tree as a full parse', async () => {
  const p = await parser();
  const before = 'agent "a" {\n  role = "edr"\n}\n';
  const after = 'agent "a" {\n  role = "av"\n}\n';
  const tree = p.parse(before);
  const start = before.indexOf('edr');
  tree.edit({ startIndex: start, oldEndIndex: start + 3, newEndIndex: start + 2, startPosition: { row: 1, column: 10 }, oldEndPosition: { row: 1, column: 13 }, newEndPosition: { row: 1, column: 12 } });
  const re = p.parse(after, tree);
  const full = p.parse(after);
  assert.equal(re.rootNode.toString(), full.rootNode.toString());
  for (const t of [tree, re, full]) t.delete();
});
