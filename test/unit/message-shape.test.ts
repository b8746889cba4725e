// Every rule message starts with one specific sentence about the element — what editors show next
// to the rule title — short and without Markdown, with the reasoning after it (issue 8 §3 of the
// brief for the diagnostics work). Checked over every finding of every fixture model.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFixtureModels } from '../helpers/fixture-models';
import { repoRoot, parser, TEST_TODAY } from '../helpers/parser';
import { checkInput } from '../../server/src/check';
import { firstSentence } from '../helpers/first-sentence';

/** Room for long element names and lists; the aim is about 160 characters. */
const MAX_FIRST_SENTENCE = 180;

test('first sentences of rule messages are short, specific and plain', async () => {
  const root = repoRoot();
  const p = await parser();
  const problems = new Map<string, string>();
  let seen = 0;
  for (const sub of ['incidents', 'rules', 'platforms']) {
    for (const m of collectFixtureModels(path.join(root, 'test', 'fixtures', sub))) {
      const files = m.files.map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }));
      const r = checkInput(p, { root: path.dirname(m.files[0]), files }, { today: TEST_TODAY });
      for (const f of r.findings) {
        if (!/^RS\d{3}$/.test(f.ruleId)) continue;
        seen++;
        const s = firstSentence(f.message);
        const why = s.length > MAX_FIRST_SENTENCE ? `${s.length} characters` : s.includes('`') ? 'Markdown backticks' : s === f.message ? 'no reasoning after it' : undefined;
        if (why && !problems.has(f.ruleId)) problems.set(f.ruleId, `${f.ruleId} (${why}): ${s}`);
      }
    }
  }
  assert.ok(seen > 100, `only ${seen} findings seen`);
  assert.deepEqual([...problems.values()], []);
});
