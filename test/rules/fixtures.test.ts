// Runs every fixture model under test/fixtures/{incidents,rules,model} and compares its findings with
// the inline `# expect:` comments (test/helpers/expectations.ts). A folder named `*.model` is one
// multi-file model; any other `.ringside` file is a model on its own.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, parser, TEST_TODAY } from '../helpers/parser';
import { checkInput } from '../../server/src/check';
import { compareExpectations } from '../helpers/expectations';

interface FixtureModel { name: string; files: string[] }

function collect(dir: string, out: FixtureModel[]): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name.endsWith('.model')) {
      out.push({ name: p, files: fs.readdirSync(p).filter((f) => f.endsWith('.ringside')).sort().map((f) => path.join(p, f)) });
    } else if (entry.isDirectory()) collect(p, out);
    else if (entry.name.endsWith('.ringside')) out.push({ name: p, files: [p] });
  }
}

const root = repoRoot();
const models: FixtureModel[] = [];
for (const sub of ['incidents', 'rules', 'model']) collect(path.join(root, 'test', 'fixtures', sub), models);

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
