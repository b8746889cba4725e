// The rules added for issue 8 §3 (RS046 onward), one file each: every one is registered once, every
// source link carries a URL and a primary/secondary mark, every rule has positive and negative
// fixtures, and messages on Linux and macOS elements do not speak Windows.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTENDED_RULES } from '../../server/src/rules/extended';
import { RULES } from '../../server/src/rules/index';
import { RULE_META } from '../../server/src/rules/meta';
import { collectFixtureModels } from '../helpers/fixture-models';
import { repoRoot, parser, TEST_TODAY } from '../helpers/parser';
import { checkInput } from '../../server/src/check';
import { applyEdits, fixEdits } from '../../server/src/fixes/apply';

const root = repoRoot();
const ids = EXTENDED_RULES.map((r) => r.meta.id);

test('extended rules are registered once, with their checks, in id order', () => {
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) {
    assert.equal(RULE_META.filter((m) => m.id === id).length, 1, `${id} in the registry`);
    assert.ok(RULES.some((r) => r.meta.id === id), `${id} has a check`);
  }
  assert.deepEqual([...ids].sort(), ids);
});

test('every source of an extended rule has an https URL and a primary/secondary mark', () => {
  for (const r of EXTENDED_RULES) {
    assert.ok(r.meta.primary.length > 0, `${r.meta.id} cites no source`);
    for (const l of r.meta.primary) {
      assert.match(l.url, /^https:\/\/\S+$/, `${r.meta.id}: ${l.title}`);
      assert.ok(l.kind === 'primary' || l.kind === 'secondary', `${r.meta.id}: ${l.title} has no kind`);
    }
    assert.ok(r.meta.primary.some((l) => l.kind === 'primary'), `${r.meta.id} has no primary source`);
  }
});

test('every extended rule has a positive and a negative fixture', () => {
  for (const id of ids) {
    const dir = path.join(root, 'test', 'fixtures', 'rules', id);
    const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.ok(texts.some((t) => new RegExp(`# expect: ${id}\\b`).test(t)), `${id}: no fixture expects it`);
    assert.ok(texts.some((t) => new RegExp(`# expect-not: .*\\b${id}\\b`).test(t)), `${id}: no negative fixture`);
  }
});

// Words that belong to Windows only; a Linux or macOS finding that uses them is talking past its reader.
const WINDOWS_WORDS = /\b(IRQL|APC|Driver Verifier|minifilter|Filter Manager|PPL|WFP|ETW|registry|bugcheck|BSOD|ring 0|WHQL|HVCI|ELAM|Microsoft)\b/i;

test('extended rules speak the platform of the element on Linux and macOS fixtures', async () => {
  const p = await parser();
  let checked = 0;
  for (const m of collectFixtureModels(path.join(root, 'test', 'fixtures', 'rules'))) {
    const input = { root: path.dirname(m.files[0]), files: m.files.map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') })) };
    const result = checkInput(p, input, { today: TEST_TODAY });
    const platform = result.model.agent?.str('platform');
    if (platform !== 'linux' && platform !== 'macos') continue;
    for (const f of result.findings.filter((x) => ids.includes(x.ruleId))) {
      checked++;
      assert.doesNotMatch(f.message, WINDOWS_WORDS, `${f.ruleId} on ${path.relative(root, m.name)}: ${f.message}`);
      assert.doesNotMatch(f.message, /\bIOCTL\b/, `${f.ruleId} on ${path.relative(root, m.name)}: ${f.message}`);
    }
  }
  assert.ok(checked >= 10, `only ${checked} findings on Linux/macOS fixtures`);
});

// The two structural fixes (a route out of the kernel) are checked for where the components land,
// not only for clearing the finding (test/rules/quick-fixes.test.ts does that for every fix).
const ROUTES: { fixture: string; rule: string; component: string; kind: string; attach?: string }[] = [
  { fixture: 'RS046/positive.ringside', rule: 'RS046', component: 'rules', kind: 'windows_security_platform' },
  { fixture: 'RS061/positive.ringside', rule: 'RS061', component: 'file_listener', kind: 'macos_system_extension', attach: 'endpoint_security' },
  { fixture: 'RS061/positive.ringside', rule: 'RS061', component: 'socket_watch', kind: 'macos_system_extension', attach: 'network_extension' },
];

for (const r of ROUTES) {
  test(`${r.rule} fix moves ${r.component} into a ${r.kind} context`, async () => {
    const p = await parser();
    const file = path.relative(root, path.join(root, 'test', 'fixtures', 'rules', r.fixture));
    const input = { root: path.dirname(file), files: [{ file, text: fs.readFileSync(path.join(root, file), 'utf8') }] };
    const before = checkInput(p, input, { today: TEST_TODAY });
    const finding = before.findings.find((f) => f.ruleId === r.rule && f.element === `component.${r.component}`)
      ?? before.findings.find((f) => f.ruleId === r.rule);
    const fix = finding?.fixes?.find((f) => f.preferred);
    assert.ok(fix, `${r.rule} offers a preferred fix`);
    const text = applyEdits(input.files[0].text, fixEdits(p, before.model, fix!).filter((e) => e.file === file));
    const after = checkInput(p, { root: input.root, files: [{ file, text }] }, { today: TEST_TODAY });
    const moved = after.model.components.find((c) => c.name === r.component);
    assert.equal(after.semantics.kindOf(after.semantics.contextOf(moved!)), r.kind, text);
    if (r.attach) assert.ok(moved!.strs('attach')?.includes(r.attach), text);
    assert.ok(!after.findings.some((f) => f.ruleId === r.rule && f.element === `component.${r.component}`), text);
  });
}
