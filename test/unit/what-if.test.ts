// What-if placement on the Falcon example: moving the Content Interpreter out of the kernel
// driver into the protected service. The preview must list what the move resolves and
// introduces and the change in blast radius, and applying its edit must give a model without
// errors whose findings are exactly the preview's.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTexts, parser, repoRoot, TEST_TODAY } from '../helpers/parser';
import { previewMove, previewText, moveTargets, findingKey } from '../../server/src/map/what-if';
import { applyEdits } from '../../server/src/fixes/apply';

const dir = path.join(repoRoot(), 'examples', 'falcon-2024-07');
const texts = (): Record<string, string> => Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

test('what-if: moving the Falcon interpreter into the protected service', async () => {
  const files = texts();
  const before = await checkTexts(files);
  const targets = moveTargets(before, 'component.content_interpreter').map((t) => t.key);
  assert.ok(targets.includes('context.falcon_service') && !targets.includes('context.csagent'), `targets: ${targets}`);

  const p = previewMove(await parser(), before, 'component.content_interpreter', 'context.falcon_service', { today: TEST_TODAY });
  // The kernel-interpreter findings go away: RS001 is the July 2024 shape itself.
  const resolved = new Set(p.resolved.map((f) => f.ruleId));
  assert.ok(resolved.has('RS001'), `resolved: ${[...resolved]}`);
  assert.ok(p.resolved.every((f) => before.findings.some((b) => b.ruleId === f.ruleId && b.element === f.element)));
  assert.ok(p.introduced.every((f) => p.after.findings.some((a) => a.ruleId === f.ruleId && a.element === f.element)));
  // Blast radius: from the whole host on every boot to one restartable service.
  assert.equal(p.blastBefore?.crash, 'host_every_boot');
  assert.equal(p.blastAfter?.crash, 'service');
  assert.equal(p.blastAfter?.recovery, 'restart');
  // The channel from the updater no longer crosses into the kernel.
  const ch = p.channels.find((c) => c.channel === 'channel.updater_to_interpreter');
  assert.ok(ch && ch.noLongerCrosses && !ch.upwardAfter, JSON.stringify(ch));
  const text = previewText(p);
  if (process.env.RINGSIDE_SHOW) console.log(text);
  assert.match(text, /Resolves \d+: .*RS001/);
  assert.match(text, /A crash takes down: the whole host, on every boot → one restartable service/);

  // Apply the one edit to the real texts and check again: no errors, the preview's findings.
  const applied: Record<string, string> = {};
  for (const [name, t] of Object.entries(files)) applied[name] = applyEdits(t, p.edits.filter((e) => e.file === name));
  assert.ok(applied['service.ringside'].includes('component "content_interpreter"'));
  assert.ok(!applied['kernel.ringside'].includes('component "content_interpreter"'));
  const after = await checkTexts(applied);
  assert.deepEqual(after.model.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
  assert.deepEqual(p.errorsAfter, []);
  assert.deepEqual(after.findings.map(findingKey).sort(), p.after.findings.map(findingKey).sort());
  // And the preview's difference is exactly before → after.
  const key = (xs: { ruleId: string; element?: string }[]) => xs.map((f) => `${f.ruleId}|${f.element}`).sort();
  const beforeKeys = before.findings.map(findingKey), afterKeys = after.findings.map(findingKey);
  assert.equal(beforeKeys.length - p.resolved.length + p.introduced.length, afterKeys.length);
  assert.ok(key(p.resolved).length > 0);
});

test('what-if: clear errors for impossible moves', async () => {
  const before = await checkTexts(texts());
  const pp = await parser();
  assert.throws(() => previewMove(pp, before, 'component.nope', 'context.falcon_service', { today: TEST_TODAY }), /no `component.nope`/);
  assert.throws(() => previewMove(pp, before, 'component.content_interpreter', 'context.csagent', { today: TEST_TODAY }), /already in/);
});

test('what-if: moving the content updater into the kernel driver introduces findings', async () => {
  const before = await checkTexts(texts());
  const p = previewMove(await parser(), before, 'component.content_updater', 'context.csagent', { today: TEST_TODAY });
  // Network fetching in ring 0 is what RS007 reports; the preview names it before anything changes.
  assert.ok(p.introduced.some((f) => f.ruleId === 'RS007' && f.element === 'component.content_updater'), JSON.stringify(p.introduced));
  assert.equal(p.blastBefore?.crash, 'service');
  assert.equal(p.blastAfter?.crash, 'host_every_boot');
  assert.match(previewText(p), /Introduces \d+: .*RS007 \(warning\) on component\.content_updater/);
  assert.deepEqual(p.errorsAfter, []);
  assert.deepEqual(p.after.findings.map(findingKey).sort(), [...before.findings.map(findingKey).filter((k) => !p.resolved.some((r) => k.startsWith(`${r.ruleId}|${r.element ?? ''}|`))), ...p.introduced.map((f) => p.after.findings.find((a) => a.ruleId === f.ruleId && a.element === f.element)!).map(findingKey)].sort());
});
