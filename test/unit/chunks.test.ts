// Parsing in parts (issue 11, memory): a long text parsed chunk by chunk, and an edited text
// reparsed only around the edit, must give exactly the AST of one whole parse — or decline, so
// that the caller parses the whole text. Every example and fixture is cut at every possible
// place, and random edits of them are reparsed by region and through the document store.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parser, repoRoot } from '../helpers/parser';
import { designFiles } from '../helpers/design-files';
import { chunkCuts, parseInChunks } from '../../server/src/syntax/chunks';
import { reparseRegion } from '../../server/src/syntax/region-reparse';
import { convertTree, type HclFile } from '../../server/src/syntax/hcl-ast';
import { LineIndex } from '../../server/src/syntax/range';
import { DocumentStore } from '../../server/src/lsp/documents';
import type { HclParser } from '../../server/src/syntax/parser';

function allFiles(): string[] {
  return designFiles(['examples', path.join('test', 'fixtures')]);
}

function whole(p: HclParser, text: string, lines = new LineIndex(text)): HclFile {
  const tree = p.parse(text);
  try { return convertTree(tree, text, lines); } finally { tree.delete(); }
}

// Cuts: text in, the texts of the chunks out (target 1: a cut at every safe line start).
const CUT_CASES: { name: string; text: string; chunks: string[] | undefined }[] = [
  { name: 'blocks', text: 'a {\n  x = 1\n}\nb {\n}\n', chunks: ['a {\n  x = 1\n}\n', 'b {\n}\n'] },
  { name: 'braces inside a string do not count', text: 'a {\n  x = "}{"\n}\nb {\n}\n', chunks: ['a {\n  x = "}{"\n}\n', 'b {\n}\n'] },
  { name: 'an interpolation holds a string with a brace', text: 'x = "${f("}")}"\ny = 1\n', chunks: ['x = "${f("}")}"\n', 'y = 1\n'] },
  { name: 'escaped interpolation and quote', text: 'x = "$${ \\" {"\ny = 1\n', chunks: ['x = "$${ \\" {"\n', 'y = 1\n'] },
  { name: 'comments hide brackets', text: 'a { # }\n}\n// {\nb { /* }\n} */ }\n', chunks: ['a { # }\n}\n', '// {\n', 'b { /* }\n} */ }\n'] },
  { name: 'a heredoc hides its lines', text: 'x = <<EOT\n}\nEOT\ny = <<-EOT\n  {\n  EOT\n', chunks: ['x = <<EOT\n}\nEOT\n', 'y = <<-EOT\n  {\n  EOT\n'] },
  { name: 'CRLF and lone CR end lines', text: 'a {\r\n}\r\nb {\r}\r', chunks: ['a {\r\n}\r\n', 'b {\r}\r'] },
  { name: 'a comment ends at a lone CR, as the parser hands it to tree-sitter-hcl', text: '# c\ra {\r}\r\nb {\n}\n', chunks: ['# c\r', 'a {\r}\r\n', 'b {\n}\n'] },
  { name: 'an unclosed brace has no cuts', text: 'a {\n  x = 1\n', chunks: undefined },
  { name: 'a stray closing brace', text: '}\na {\n}\n', chunks: undefined },
  { name: 'a string broken by a line end', text: 'x = "a\n"\n', chunks: undefined },
  { name: 'an unclosed comment', text: 'a {\n}\n/* x\n', chunks: undefined },
  { name: 'an unclosed heredoc', text: 'x = <<EOT\nab\n', chunks: undefined },
];

for (const c of CUT_CASES) {
  test(`chunk cuts: ${c.name}`, () => {
    const cuts = chunkCuts(c.text, 1);
    const chunks = cuts && cuts.slice(1).map((end, i) => c.text.slice(cuts[i], end));
    assert.deepEqual(chunks, c.chunks);
  });
}

test('parsing in chunks gives the whole parse on every example and fixture, cut at every safe line', async () => {
  const p = await parser();
  let chunked = 0, clean = 0;
  for (const file of allFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = new LineIndex(text);
    const expected = whole(p, text, lines);
    const got = parseInChunks(p, text, lines, 1);
    if (expected.problems.length === 0) clean++;
    if (!got) continue;
    chunked++;
    assert.deepEqual(got, expected, path.relative(repoRoot(), file));
  }
  // Not vacuous: the clean files (almost all of them) were parsed in chunks.
  assert.ok(chunked > 0.95 * clean, `${chunked} of ${clean} clean files parsed in chunks`);
});

const SNIPPETS = ['x', '', '"', '#', '}', '{', ' ', '\n', '\r\n', '\r', '= "a"', 'true', '1', '[', ']', ',', '/*', '*/', '<<EOT\n',
  'component "n" {\n}\n', '\n\ncontext "new" {\n  kind = "user_service"\n}\n', '# note\n'];
// `at` is taken modulo the text's length (fast-check's doubles cluster near 0, at the file's first comment).
const edit = fc.record({ at: fc.nat({ max: 1 << 20 }), del: fc.nat({ max: 40 }), text: fc.constantFrom(...SNIPPETS) });

test('reparsing the edited region gives the whole parse after random edits of every example and fixture', async () => {
  const p = await parser();
  let reparsed = 0, declined = 0;
  for (const file of allFiles()) {
    const original = fs.readFileSync(file, 'utf8');
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      let text = original;
      let lines = new LineIndex(text);
      let ast = whole(p, text, lines);
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        const end = Math.min(text.length, at + e.del);
        const next = text.slice(0, at) + e.text + text.slice(end);
        const nextLines = new LineIndex(next);
        const expected = whole(p, next, nextLines);
        const got = reparseRegion(p, { ast, lines }, nextLines, { prefix: at, suffix: text.length - end });
        if (got) {
          reparsed++;
          assert.deepEqual(got, expected, `${path.relative(repoRoot(), file)}: ${JSON.stringify(e)}`);
        } else declined++;
        text = next; lines = nextLines; ast = expected;
      }
    }), { numRuns: 3, seed: 5, endOnFailure: true });
  }
  assert.ok(reparsed > declined / 2 && reparsed > 200, `reparsed ${reparsed}, declined ${declined}`);
});

test('a large document keeps no tree while clean and gives the whole parse after every edit', async () => {
  const p = await parser();
  const dir = path.join(repoRoot(), 'examples', 'falcon-2024-07');
  const file = fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  const original = fs.readFileSync(file, 'utf8');
  fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
    // Every document counts as large here (treeless from 1 character).
    const store = new DocumentStore(p, 1);
    const uri = 'file:///m.ringside';
    let doc = store.open(uri, 'ringside', 1, original);
    assert.deepEqual(doc.source(p).ast, whole(p, original));
    assert.equal(doc.tree, undefined);
    let version = 1;
    for (const e of edits) {
      const at = e.at % (doc.text.length + 1);
      const end = Math.min(doc.text.length, at + e.del);
      doc = store.change(uri, ++version, [{ range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: e.text }])!;
      const ast = doc.source(p).ast;
      assert.deepEqual(ast, whole(p, doc.text), JSON.stringify(e));
      // Clean: no tree kept. Broken: a whole tree, for incremental reparsing until it is clean.
      assert.equal(doc.tree === undefined, ast.problems.length === 0);
    }
    store.dispose();
  }), { numRuns: 60, seed: 9, endOnFailure: true });
});
