// A raw line break inside a quoted string is a syntax error in HCL (hclsyntax spec, "Template
// Expressions"), though tree-sitter-hcl parses it without one. Text in, expected problems out,
// through every path that reads strings: the fast attribute reader, the tree walk of a broken
// file, block labels, and the chunked parse of a large file.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parser } from '../helpers/parser';
import { parseSource } from '../../server/src/model/source';
import { convertTree } from '../../server/src/syntax/hcl-ast';
import { LineIndex } from '../../server/src/syntax/range';

const MESSAGE = /quoted string must end on the line where it starts/;

/** [what, text, expected [line, character, endCharacter] of each string problem]. */
const cases: [string, string, [number, number, number][]][] = [
  ['a value spanning two lines (LF)', 'agent "a" {\n  role = "ed\nr"\n}\n', [[1, 9, 12]]],
  ['a value spanning two lines (CRLF)', 'agent "a" {\r\n  role = "ed\r\nr"\r\n}\r\n', [[1, 9, 12]]],
  ['a value spanning two lines (lone CR)', 'agent "a" {\r  role = "ed\rr"\r}\r', [[1, 9, 12]]],
  ['a label spanning two lines', 'agent "a\nb" {\n  role = "edr"\n}\n', [[0, 6, 8]]],
  ['a string in a list', 'agent "a" {\n  evidence = ["x", "y\nz"]\n}\n', [[1, 19, 21]]],
  ['an unclosed quote swallowing the next line', 'agent "a" {\n  role = "edr\n  mode = 1\n  x = "y"\n}\n', [[1, 9, 13]]],
  ['two broken strings', 'agent "a" {\n  role = "e\nd"\n  mode = "p\nr"\n}\n', [[1, 9, 11], [3, 9, 11]]],
  ['an escaped line break is fine', 'agent "a" {\n  role = "ed\\nr"\n}\n', []],
  ['a heredoc is fine', 'agent "a" {\n  description = <<EOT\nline one\nline two\nEOT\n}\n', []],
  ['a comment with a quote is fine', 'agent "a" {\n  # say "hi\n  role = "edr"\n}\n', []],
];

for (const [what, text, expected] of cases) {
  test(`string line break: ${what}`, async () => {
    const p = await parser();
    const found = parseSource(p, 'a.ringside', text).ast.problems
      .filter((x) => MESSAGE.test(x.message))
      .map((x) => [x.range.start.line, x.range.start.character, x.range.end.character]);
    assert.deepEqual(found, expected);
    // The tree walk (used for broken files) reports exactly what the fast reader does.
    const tree = p.parse(text);
    try {
      const slow = convertTree(tree, text, new LineIndex(text), { fastValues: false }).problems
        .filter((x) => MESSAGE.test(x.message))
        .map((x) => [x.range.start.line, x.range.start.character, x.range.end.character]);
      assert.deepEqual(slow, expected);
    } finally {
      tree.delete();
    }
  });
}

test('string line break: an unclosed quote that breaks the tree is a syntax error', async () => {
  // Here the quotes pair up across lines into text the grammar rejects: the file's ordinary
  // syntax error is what the user sees.
  const p = await parser();
  const problems = parseSource(p, 'a.ringside', 'agent "a" {\n  role = "edr\n  mode = "prevent"\n}\n').ast.problems;
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'syntax-error');
});

test('string line break: reported in a broken file too', async () => {
  const p = await parser();
  const problems = parseSource(p, 'a.ringside', 'agent "a" {\n  role = "ed\nr"\n  mode = \n}\n}\n').ast.problems;
  assert.ok(problems.some((x) => MESSAGE.test(x.message) && x.range.start.line === 1), JSON.stringify(problems));
});

test('string line break: reported in a large file parsed in chunks', async () => {
  const p = await parser();
  const block = (i: number) => `context "c${i}" {\n  kind = "kernel_driver"\n  language = "cpp"\n}\n\n`;
  const head = Array.from({ length: 2000 }, (_, i) => block(i)).join('');
  const text = head + 'context "broken" {\n  kind = "kernel\n_driver"\n}\n' + head.replace(/"c(\d+)"/g, '"d$1"');
  const line = head.split('\n').length; // the line of `kind = "kernel`, 0-based
  const problems = parseSource(p, 'a.ringside', text, undefined, 4096).ast.problems.filter((x) => MESSAGE.test(x.message));
  assert.deepEqual(problems.map((x) => x.range.start), [{ line, character: 9 }]);
});
