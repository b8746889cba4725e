// The analysis engine around the rules: waivers, review overrides, settings, unspecified merging,
// rule isolation, and the SARIF/JSON shapes built from its findings.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkTexts, parser, TEST_TODAY } from '../helpers/parser';
import { parseSource } from '../../server/src/model/source';
import { checkSources } from '../../server/src/check';
import type { Rule } from '../../server/src/analysis/engine';
import { RULES } from '../../server/src/rules/index';
import { RULE_META } from '../../server/src/rules/meta';

const KERNEL_INTERPRETER = `agent "a" {
  platform = "windows"
  role     = "edr"
}

context "drv" {
  kind = "kernel_driver"

  component "interp" {
    kinds    = ["content_interpreter"]
    consumes = [input.rapid]
  }
}

input "rapid" {
  source = "cloud_rapid_content"
}
`;

const ids = (fs: { ruleId: string; suppression?: unknown }[]) => fs.filter((f) => !f.suppression).map((f) => f.ruleId);

test('every rule in the registry has a check', () => {
  assert.equal(RULE_META.length, 61);
  assert.deepEqual(RULES.map((r) => r.meta.id), RULE_META.map((m) => m.id));
});

test('an active waiver suppresses its finding and keeps it', async () => {
  const waiver = `waiver "RS001" {\n  target  = component.interp\n  reason  = "Tables are compiled offline"\n  owner   = "platform team"\n  expires = "2026-06-30"\n}\n`;
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'waivers.ringside': waiver });
  const f = r.findings.find((x) => x.ruleId === 'RS001');
  assert.ok(f, 'RS001 is still reported');
  assert.equal(f.suppression?.reason, 'Tables are compiled offline');
  assert.equal(f.suppression?.owner, 'platform team');
  assert.ok(!r.findings.some((x) => x.ruleId.startsWith('RS-WAIVER')));
});

test('a waiver on a context covers findings of its components', async () => {
  const waiver = `waiver "RS001" {\n  target  = context.drv\n  reason  = "r"\n  owner   = "o"\n  expires = "2026-06-30"\n}\n`;
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'w.ringside': waiver });
  assert.ok(r.findings.find((x) => x.ruleId === 'RS001')?.suppression);
});

test('an expired waiver is an error and does not suppress', async () => {
  const waiver = `waiver "RS001" {\n  target  = component.interp\n  reason  = "r"\n  owner   = "o"\n  expires = "2025-12-31"\n}\n`;
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'w.ringside': waiver });
  const expired = r.findings.find((x) => x.ruleId === 'RS-WAIVER-EXPIRED');
  assert.ok(expired && expired.severity === 'error');
  assert.equal(expired.loc.file, 'w.ringside');
  assert.ok(!r.findings.find((x) => x.ruleId === 'RS001')?.suppression);
});

test('a waiver that matches nothing is a warning with a removal fix', async () => {
  const waiver = `waiver "RS040" {\n  target  = component.interp\n  reason  = "r"\n  owner   = "o"\n  expires = "2026-06-30"\n}\n`;
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'w.ringside': waiver });
  const unused = r.findings.find((x) => x.ruleId === 'RS-WAIVER-UNUSED');
  assert.equal(unused?.severity, 'warning');
  assert.equal(unused?.fixes?.[0].steps[0].op, 'remove-block');
});

test('a waiver for an unknown rule id is an error', async () => {
  const waiver = `waiver "RS999" {\n  target  = component.interp\n  reason  = "r"\n  owner   = "o"\n  expires = "2026-06-30"\n}\n`;
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'w.ringside': waiver });
  assert.equal(r.findings.find((x) => x.ruleId === 'RS-WAIVER-UNKNOWN-RULE')?.severity, 'error');
});

test('the review block overrides severities and turns rules off; it wins over settings', async () => {
  const review = `review {\n  rule "RS001" {\n    severity = "warning"\n  }\n  rule "RS003" {\n    severity = "off"\n  }\n}\n`;
  const base = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER });
  assert.equal(base.findings.find((x) => x.ruleId === 'RS001')?.severity, 'error');
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'r.ringside': review }, { overrides: { RS001: 'hint', RS004: 'off' } });
  const rs001 = r.findings.find((x) => x.ruleId === 'RS001');
  assert.equal(rs001?.severity, 'warning', 'the model wins over settings');
  assert.equal(rs001?.defaultSeverity, 'error');
  assert.ok(!ids(r.findings).includes('RS004'), 'settings still apply where the model is silent');
  const settingsOnly = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER }, { overrides: { RS001: 'hint', BOGUS: 'off' } });
  assert.equal(settingsOnly.findings.find((x) => x.ruleId === 'RS001')?.severity, 'hint');
});

test('review naming an unknown rule is an error', async () => {
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'r.ringside': 'review {\n  rule "RS777" {\n    severity = "off"\n  }\n}\n' });
  assert.ok(r.findings.some((x) => x.ruleId === 'RS-REVIEW-UNKNOWN-RULE'));
});

test('unspecified properties are grouped: one finding per element listing each property and the rules that need it', async () => {
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER });
  const metas = r.findings.filter((x) => x.ruleId === 'RS-META-UNSPECIFIED');
  const elements = metas.map((m) => m.unspecified!.element);
  assert.equal(new Set(elements).size, elements.length, 'one finding per element');
  assert.ok(metas.every((m) => m.severity === 'information' && m.unspecified!.properties.length >= 1));
  assert.ok(metas.every((m) => m.unspecified!.properties.every((p) => p.rules.length >= 1 && m.message.includes(p.property))));
  assert.ok(metas.some((m) => m.unspecified!.properties.length > 1), 'some element leaves several properties out');
  assert.ok(metas.some((m) => m.unspecified!.properties.some((p) => p.rules.length > 1)), 'some property is needed by several rules');
  // Every property gets its own "Declare" fixes, one per value.
  for (const m of metas) {
    for (const p of m.unspecified!.properties) {
      const declares = (m.fixes ?? []).filter((f) => f.title.startsWith(`Declare ${p.property} = `));
      const values = new Set(declares.map((f) => f.title));
      assert.equal(values.size, declares.length, `no duplicate declare fixes for ${p.property}`);
    }
  }
});

test('a three-line context produces one unspecified entry, not one per property', async () => {
  const r = await checkTexts({ 'm.ringside': 'agent "a" {\n  platform = "windows"\n}\n\ncontext "k" {\n  kind = "kernel_driver"\n}\n' });
  const metas = r.findings.filter((x) => x.ruleId === 'RS-META-UNSPECIFIED' && x.element === 'context.k');
  assert.equal(metas.length, 1, metas.map((m) => m.message).join('\n'));
  assert.ok(metas[0].unspecified!.properties.length >= 2, metas[0].message);
});

test('a waiver whose reason or owner is a placeholder is a warning and suppresses nothing', async () => {
  const waiver = (reason: string, owner: string) => `waiver "RS001" {\n  target  = component.interp\n  reason  = "${reason}"\n  owner   = "${owner}"\n  expires = "2099-01-01"\n}\n`;
  for (const [reason, owner] of [['TODO: why this risk is accepted', 'sensor team'], ['Accepted.', ''], ['', 'x'], ['Accepted.', 'TODO: team']]) {
    const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'w.ringside': waiver(reason, owner) });
    const inc = r.findings.find((x) => x.ruleId === 'RS-WAIVER-INCOMPLETE');
    assert.equal(inc?.severity, 'warning', `${reason} / ${owner}`);
    assert.ok(r.findings.some((x) => x.ruleId === 'RS001' && !x.suppression), 'RS001 still reported');
  }
  const ok = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER, 'w.ringside': waiver('Compiled offline.', 'sensor team') });
  assert.ok(!ok.findings.some((x) => x.ruleId === 'RS-WAIVER-INCOMPLETE'));
  assert.ok(ok.findings.some((x) => x.ruleId === 'RS001' && x.suppression));
});

test('a rule that throws is isolated and named', async () => {
  const p = await parser();
  const boom: Rule = { meta: { ...RULE_META[0], id: 'RS001' }, check: () => { throw new Error('kaboom'); } };
  const r = checkSources('/v', [parseSource(p, 'm.ringside', KERNEL_INTERPRETER)], { today: TEST_TODAY }, [boom, ...RULES.slice(1)]);
  const internal = r.findings.find((x) => x.ruleId === 'RS-INTERNAL');
  assert.ok(internal && internal.message.includes('RS001') && internal.message.includes('kaboom'));
  assert.ok(r.findings.some((x) => /^RS0(0[2-9]|[1-4]\d)$/.test(x.ruleId)), 'the other rules still report');
});

test('flow findings carry their path across a channel', async () => {
  const text = KERNEL_INTERPRETER.replace('consumes = [input.rapid]', 'consumes = []') + `
context "svc" {
  kind = "protected_service"

  component "updater" {
    kinds    = ["content_updater"]
    consumes = [input.rapid]
  }
}

channel "push" {
  from      = component.updater
  to        = component.interp
  mechanism = "filter_port"
  carries   = [input.rapid]
  form      = "raw"
}
`;
  const r = await checkTexts({ 'm.ringside': text });
  const f = r.findings.find((x) => x.ruleId === 'RS001');
  assert.ok(f?.path && f.path.length === 3, JSON.stringify(f?.path));
  assert.match(f.path[2].message, /channel `push`/);
});

test('blast radius is derived for every context and component', async () => {
  const r = await checkTexts({ 'm.ringside': KERNEL_INTERPRETER });
  const drv = r.blastRadius.find((b) => b.element === 'context.drv');
  assert.equal(drv?.privileged, true);
  assert.equal(drv?.crash, 'host');
  assert.equal(drv?.bootCritical, 'unknown');
  const interp = r.blastRadius.find((b) => b.element === 'component.interp');
  assert.equal(interp?.fleetReach, 'not_delivered');
});
