// Generated docs must match the schema and the rule registry: run `npm run docs` after a change.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedDocs } from '../../server/src/docs/generate';
import { repoRoot } from '../helpers/parser';

const root = repoRoot();
const docs = generatedDocs();

for (const [rel, text] of docs) {
  test(`${rel} is up to date`, () => {
    const p = path.join(root, rel);
    assert.ok(fs.existsSync(p), `${rel} is missing: run npm run docs`);
    assert.equal(fs.readFileSync(p, 'utf8'), text, `${rel} differs from the generated text: run npm run docs`);
  });
}

test('no stale rule pages', () => {
  const dir = path.join(root, 'docs', 'rules');
  for (const f of fs.readdirSync(dir)) assert.ok(docs.has(`docs/rules/${f}`), `docs/rules/${f} is not generated any more`);
});

test('relative links between generated pages resolve', () => {
  for (const [rel, text] of docs) {
    for (const m of text.matchAll(/\]\(([^)#:]+\.md)(#[^)]*)?\)/g)) {
      const target = path.normalize(path.join(path.dirname(rel), m[1]));
      assert.ok(docs.has(target) || fs.existsSync(path.join(root, target)), `${rel} links to missing ${target}`);
    }
  }
});
