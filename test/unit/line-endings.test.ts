// One design, three line endings. LSP ends a line at `\r\n`, `\n` or a lone `\r`, and every
// position comes from the one line index that follows it; tree-sitter-hcl ends a `#` comment at
// `\n` only, so the parser hands it a lone `\r` as `\n` (parser.ts). The same design written with
// LF, CRLF or lone-CR line endings must therefore give the same AST — the same items at the same
// line and character positions — and the same problems, whole or parsed in chunks.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parser, repoRoot } from '../helpers/parser';
import { designFiles } from '../helpers/design-files';
import { parseSource } from '../../server/src/model/source';
import { cursorContext } from '../../server/src/features/completion-context';
import { LineIndex } from '../../server/src/syntax/range';

const lineEndingFiles = () => designFiles(['examples', path.join('test', 'fixtures')]);

/** The AST as JSON, with the line breaks inside values and comments written as `\n`. */
function shape(text: string, chunkChars?: number): Promise<string> {
  return parser().then((p) => JSON.stringify(parseSource(p, 'a.ringside', text, undefined, chunkChars).ast).replace(/\\r\\n|\\r/g, '\\n'));
}

const endings: [string, string][] = [['CRLF', '\r\n'], ['lone CR', '\r']];

test('line endings: every example and fixture gives the same AST with LF, CRLF and lone CR', async () => {
  const files = lineEndingFiles();
  assert.ok(files.length > 20, `found ${files.length} design files`);
  for (const file of files) {
    const lf = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const expected = await shape(lf);
    for (const [name, eol] of endings) {
      assert.equal(await shape(lf.replace(/\n/g, eol)), expected, `${path.relative(repoRoot(), file)} with ${name}`);
    }
  }
});

test('line endings: chunked parsing agrees too', async () => {
  const files = lineEndingFiles().filter((f) => fs.statSync(f).size > 2000).slice(0, 10);
  for (const file of files) {
    const lf = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const expected = await shape(lf);
    for (const [name, eol] of endings) assert.equal(await shape(lf.replace(/\n/g, eol), 256), expected, `${file} with ${name}, in chunks`);
  }
});

// Text in, what the parser makes of it out: a comment ends at its line, whatever ends the line.
const cases: [string, string, string[]][] = [
  ['a # comment before an attribute (lone CR)', 'agent "a" {\r  # note\r  platform = "windows"\r}\r', ['platform']],
  ['a // comment before an attribute (lone CR)', 'agent "a" {\r  // note\r  platform = "windows"\r}\r', ['platform']],
  ['a comment after a value (lone CR)', 'agent "a" {\r  platform = "windows" # note\r  role = "edr"\r}\r', ['platform', 'role']],
  ['a heredoc (lone CR)', 'agent "a" {\r  description = <<EOT\rone\rtwo\rEOT\r  role = "edr"\r}\r', ['description', 'role']],
  ['mixed endings', 'agent "a" {\r\n  # one\r  platform = "windows" # two\n  role = "edr"\r}\n', ['platform', 'role']],
];

for (const [what, text, attributes] of cases) {
  test(`line endings: ${what}`, async () => {
    const sf = parseSource(await parser(), 'a.ringside', text);
    assert.deepEqual(sf.ast.problems, []);
    const agent = sf.ast.items[0];
    assert.ok(agent.type === 'block');
    assert.deepEqual(agent.body.map((i) => i.type === 'attribute' ? i.name.name : i.blockType.name), attributes);
  });
}

test('line endings: completion after a comment line in a lone-CR file knows the block it is in', () => {
  // Without an AST (as while typing a broken file): the scanner alone must end the comment.
  const text = 'agent "a" {\r  # note\r  \r}\r';
  const lines = new LineIndex(text);
  const ctx = cursorContext(text, lines, { line: 2, character: 2 });
  assert.deepEqual(ctx.blocks.map((b) => b.type), ['agent']);
  assert.equal(ctx.where.kind, 'statement');
});
