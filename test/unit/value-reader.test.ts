// The fast attribute reader must produce exactly the AST the leaf-by-leaf cursor walk produces.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parser, repoRoot } from '../helpers/parser';
import { convertTree, type HclFile } from '../../server/src/syntax/hcl-ast';
import { LineIndex } from '../../server/src/syntax/range';

async function both(text: string): Promise<{ fast: HclFile; slow: HclFile; hasError: boolean }> {
  const p = await parser();
  const tree = p.parse(text);
  try {
    const lines = new LineIndex(text);
    const sortComments = (f: HclFile) => ({ ...f, comments: [...f.comments].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character) });
    return { fast: sortComments(convertTree(tree, text, lines)), slow: sortComments(convertTree(tree, text, lines, { fastValues: false })), hasError: tree.rootNode.hasError };
  } finally {
    tree.delete();
  }
}

const cases: [string, string][] = [
  ['strings and escapes', 'a = "x\\"y\\\\z\\n\\u00e9"\nb = ""\n'],
  ['interpolation and escaped template', 'a = "${var.x}-y"\nb = "$${literal}"\n'],
  ['numbers', 'a = 42\nb = 1.5\nc = 0\nd = -3\n'],
  ['bools and null', 'a = true\nb = false\nc = null\n'],
  ['traversals', 'a = input.x\nb = component.my-name\nc = single\n'],
  ['lists with comments and trailing commas', 'a = [\n  "x", # one\n  // two\n  "y", /* three */\n]\nb = []\nc = [[1, 2], [3]]\n'],
  ['objects', 'a = { RS001 = "off", "RS002" = "warning" }\nb = {\n  k = 1\n  m = [input.a]\n}\n'],
  ['unsupported expressions', 'a = max(1, 2)\nb = x[0]\nc = 1 + 2\nd = x ? 1 : 2\ne = [for v in x : v]\nf = <<EOF\nhello\nEOF\ng = x.*.y\n'],
  ['unicode', 'a = "é😀"\nb = input.x # 😀 comment\n'],
  ['blocks with attributes', 'context "c" {\n  kind = "kernel_driver" # trailing\n  component "x" {\n    kinds = ["content_interpreter"]\n  }\n}\n'],
];

for (const [name, text] of cases) {
  test(`fast reader equals cursor walk: ${name}`, async () => {
    const { fast, slow, hasError } = await both(text);
    assert.equal(hasError, false, 'case must be valid HCL');
    assert.deepEqual(fast, slow);
  });
}

test('fast reader equals cursor walk on every example and fixture', async () => {
  const root = repoRoot();
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ringside')) files.push(p);
    }
  };
  walk(path.join(root, 'examples'));
  walk(path.join(root, 'test', 'fixtures'));
  let compared = 0;
  for (const f of files) {
    const { fast, slow, hasError } = await both(fs.readFileSync(f, 'utf8'));
    if (hasError) continue;
    assert.deepEqual(fast, slow, f);
    compared++;
  }
  assert.ok(compared > 100, `compared ${compared} files`);
});
