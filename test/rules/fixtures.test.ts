// Runs every fixture model under test/fixtures/{incidents,rules,model} and compares its findings with
// the inline `# expect:` comments (test/helpers/expectations.ts). A folder named `*.model` is one
// multi-file model; any other `.ringside` file is a model on its own.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFixtureModels, type FixtureModel } from '../helpers/fixture-models';
import { repoRoot, parser, TEST_TODAY } from '../helpers/parser';
import { checkInput } from '../../server/src/check';
import { compareExpectations } from '../helpers/expectations';

const root = repoRoot();
const models: FixtureModel[] = ['incidents', 'rules', 'model'].flatMap((sub) => collectFixtureModels(path.join(root, 'test', 'fixtures', sub)));

for (const m of models) {
  test(path.relative(root, m.name), async () => {
    const p = await parser();
    const input = { root: path.dirname(m.files[0]), files: m.files.map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') })) };
    const result = checkInput(p, input, { today: TEST_TODAY });
    const problems = compareExpectations(result.model, result.findings);
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}

test('fixture folders exist', () => {
  assert.ok(models.length > 0, 'no fixture models found under test/fixtures');
});
