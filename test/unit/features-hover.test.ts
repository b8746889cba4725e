// Hover: schema docs, enum value docs, blast radius, referenced elements and findings.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../server/src/features/hover';
import type { Finding } from '../../server/src/analysis/types';
import { CONTEXT_FACTS } from '../../server/src/schema/context-kinds';
import { attributeSchema } from '../../server/src/schema/language';
import { RULE_META_BY_ID } from '../../server/src/rules/meta';
import { checkMarked, DESIGN, textIn, withFindings } from './features-helpers';

function at(text: string, needle: string, offsetInNeedle = 1): string {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `needle ${needle} not in design`);
  return text.slice(0, i + offsetInNeedle) + '<|>' + text.slice(i + offsetInNeedle);
}

const kernel = CONTEXT_FACTS.get('kernel_driver')!;
const kindDoc = attributeSchema('context', 'kind')!;

interface HoverCase { name: string; text: string; includes: string[]; excludes?: string[]; range?: string }

const cases: HoverCase[] = [
  {
    name: 'attribute name: summary, doc, type and allowed values from the schema',
    text: at(DESIGN, 'kind  = "kernel_driver"', 2),
    includes: ['**kind**', kindDoc.summary, kindDoc.doc, 'Allowed values', '`"kernel_driver"` — Windows kernel', '`"ebpf_program"`'],
    range: 'kind',
  },
  {
    name: 'enum value: the value summary and paragraph',
    text: at(DESIGN, '"kernel_driver"', 4),
    includes: ['`"kernel_driver"`', kernel.summary, kernel.doc.slice(0, 60)],
    range: '"kernel_driver"',
  },
  {
    name: 'enum value inside a list',
    text: at(DESIGN, '"content_updater"', 3),
    includes: ['`"content_updater"`'],
    range: '"content_updater"',
  },
  {
    name: 'block keyword of a context: blast radius first, then the element',
    text: at(DESIGN, 'context "csagent"', 2),
    includes: ['**Blast radius of context `csagent`**', 'Crash takes down: the whole host, on every boot', 'Privileged: yes · boot-critical: yes', kernel.summary, '**context** `csagent`'],
    range: 'context',
  },
  {
    name: 'context name: blast radius with fleet reach of the global deployment',
    text: at(DESIGN, '"csagent"', 3),
    includes: ['**context** `csagent`', 'Blast radius', 'all 1,000 hosts, at once', 'Tamper resistance: high', 'kind: `"kernel_driver"`'],
    range: '"csagent"',
  },
  {
    name: 'component name: blast radius of its context',
    text: at(DESIGN, '"updater"', 3),
    includes: ['**component** `updater`', 'in context `service`', 'Crash takes down: one restartable service', 'Recovery: the service manager restarts it'],
  },
  {
    name: 'reference: the referenced element with kind/source and description',
    text: at(DESIGN, 'consumes = [input.channel_291]', 20),
    includes: ['**input** `channel_291`', 'Defined at a.ringside:25', 'source: `"cloud_rapid_content"`', '> Rapid response content.'],
    range: 'input.channel_291',
  },
  {
    name: 'reference on its type part',
    text: at(DESIGN, 'delivers = [input.channel_291]', 13),
    includes: ['**input** `channel_291`'],
  },
  {
    name: 'unresolved reference',
    text: DESIGN.replace('consumes = [input.channel_291]', 'consumes = [input.nope<|>]'),
    includes: ['`input.nope`', 'no input of that name'],
  },
  {
    name: 'a model diagnostic at the position: code, severity and message',
    text: DESIGN.replace('"protected_service"', '"protected_servce<|>"'),
    includes: ['**RS-ENUM** · error', '[Rule page](command:ringside.showRuleDocumentation?', '[Explain](command:ringside.explainFinding?'],
    excludes: ['is not a valid context kind'], // VS Code shows the diagnostic's message right above
  },
  {
    name: 'waiver label: the rule title and sources',
    text: DESIGN + '\nwaiver "RS0<|>01" {\n  target  = component.interpreter\n  reason  = "r"\n  owner   = "o"\n  expires = "2099-01-01"\n}\n',
    includes: [`**RS001 · ${RULE_META_BY_ID.get('RS001')!.title}`, '**Series:**'],
  },
];

for (const c of cases) {
  test(`hover: ${c.name}`, async () => {
    const m = await checkMarked({ 'a.ringside': c.text });
    const h = hover(m.result, 'a.ringside', m.cursors[0].pos);
    assert.ok(h, 'expected a hover');
    const value = (h.contents as MarkupContent).value;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    for (const s of c.includes) assert.ok(value.includes(s), `hover lacks ${JSON.stringify(s)}:\n${value}`);
    for (const s of c.excludes ?? []) assert.ok(!value.includes(s), `hover should not contain ${JSON.stringify(s)}`);
    if (c.range) assert.equal(textIn(m.files['a.ringside'].text, h.range!), c.range);
  });
}

test('hover: nothing on blank lines between blocks', async () => {
  const m = await checkMarked({ 'a.ringside': DESIGN.replace('}\n\ncontext "csagent"', '}\n<|>\ncontext "csagent"') });
  assert.equal(hover(m.result, 'a.ringside', m.cursors[0].pos), null);
});

test('hover (full detail): a rule finding shows title, why, flow path, rationale, series, sources and the waiver', async () => {
  const m = await checkMarked({ 'a.ringside': DESIGN.replace('component "interpreter"', 'component "<|>interpreter"') });
  const el = m.result.model.elements.get('component.interpreter')!;
  const meta = RULE_META_BY_ID.get('RS001')!;
  const synthetic: Finding = {
    ruleId: 'RS001', severity: 'warning', defaultSeverity: 'error', message: 'Kernel interpreter reads cloud content.',
    loc: el.headLoc, element: el.key,
    facts: [{ text: 'context csagent: kind = kernel_driver', loc: el.parent!.prop('kind')!.loc }, { text: 'input channel_291: source = cloud_rapid_content' }],
    path: [{ loc: m.result.model.elements.get('input.channel_291')!.headLoc, message: 'input `channel_291`' }, { loc: el.headLoc, message: 'consumed by component `interpreter`' }],
    downgradedBy: 'fuzzing evidence',
    suppression: { reason: 'Compiled offline.', owner: 'sensor team', expires: '2099-01-01', loc: el.headLoc },
  };
  const other: Finding = { ruleId: 'RS-META-UNSPECIFIED', severity: 'information', defaultSeverity: 'information', message: 'Second finding here.', loc: el.headLoc, facts: [] };
  const result = withFindings(m.result, [synthetic, other]);
  const value = (hover(result, 'a.ringside', m.cursors[0].pos, { detail: 'full' })!.contents as MarkupContent).value;
  const expected = [
    `**RS001 · ${meta.title}** — warning (default error) — *waived*`, 'Kernel interpreter reads cloud content.',
    '*Severity lowered:* fuzzing evidence', '**Why**', '- context csagent: kind = kernel\\_driver (a.ringside:8)',
    '**Flow path**', '1. input `channel_291` (a.ringside:25)', '2. consumed by component `interpreter` (a.ringside:11)',
    '**Rationale.**', meta.series[0].url, meta.primary[0]?.url ?? '', '**Waived** (a.ringside:11) by sensor team, until 2099-01-01: Compiled offline.',
    '**RS-META-UNSPECIFIED · ', 'Second finding here.',
    '**component** `interpreter`', 'Blast radius',
  ];
  for (const s of expected) assert.ok(value.includes(s), `hover lacks ${JSON.stringify(s)}:\n${value}`);
  assert.ok(value.indexOf('RS001') < value.indexOf('Second finding here.'), 'findings come in order');
});

test('hover: findings in another file do not show', async () => {
  const m = await checkMarked({ 'a.ringside': DESIGN, 'b.ringside': 'input "x" {\n  source = "nope<|>"\n}\n' });
  const inB = hover(m.result, 'b.ringside', m.cursors[0].pos);
  assert.ok(inB && (inB.contents as MarkupContent).value.includes('RS-ENUM'));
  const inA = hover(m.result, 'a.ringside', m.cursors[0].pos);
  assert.ok(!inA || !(inA.contents as MarkupContent).value.includes('RS-ENUM'));
});

test('hover (full detail): a rule explained once when several of its findings share the spot; errors first', async () => {
  const m = await checkMarked({ 'a.ringside': DESIGN.replace('input "channel_291"', 'input "<|>channel_291"') });
  const el = m.result.model.elements.get('input.channel_291')!;
  const meta = RULE_META_BY_ID.get('RS002')!;
  const f = (message: string, severity: Finding['severity']): Finding => ({ ruleId: 'RS002', severity, defaultSeverity: severity, message, loc: el.headLoc, facts: [] });
  const result = withFindings(m.result, [f('first (warning)', 'warning'), f('second (error)', 'error')]);
  const value = (hover(result, 'a.ringside', m.cursors[0].pos, { detail: 'full' })!.contents as MarkupContent).value;
  assert.equal(value.split('**Rationale.**').length, 2, 'rationale once');
  assert.ok(value.indexOf('second (error)') < value.indexOf('first (warning)'), 'errors first');
  assert.ok(value.includes(meta.title));
});

test('hover (compact): one block per finding with at most three why facts, the path in one line and the two links', async () => {
  const m = await checkMarked({ 'a.ringside': DESIGN.replace('component "interpreter"', 'component "<|>interpreter"') });
  const el = m.result.model.elements.get('component.interpreter')!;
  const meta = RULE_META_BY_ID.get('RS001')!;
  const facts = ['a', 'b', 'c', 'd', 'e'].map((x) => ({ text: `fact ${x}` }));
  const f: Finding = {
    ruleId: 'RS001', severity: 'error', defaultSeverity: 'error', message: 'The specific sentence. The consequence sentence.',
    loc: el.headLoc, element: el.key, facts,
    path: [{ loc: el.headLoc, message: 'input `channel_291`' }, { loc: el.headLoc, message: 'component `interpreter`' }],
  };
  const waived: Finding = { ...f, ruleId: 'RS003', suppression: { reason: 'r', owner: 'o', expires: '2099-01-01', loc: el.headLoc } };
  const value = (hover(withFindings(m.result, [f, waived]), 'a.ringside', m.cursors[0].pos)!.contents as MarkupContent).value;
  assert.ok(value.includes(`**RS001 · ${meta.title}** · error`), value);
  for (const x of ['fact a', 'fact b', 'fact c', '… 2 more in Explain', 'Path: input `channel_291` → component `interpreter`', 'Rule page', 'Explain']) assert.ok(value.includes(x), `lacks ${x}:\n${value}`);
  for (const x of ['fact d', 'The specific sentence', '**Rationale.**', 'RS003']) assert.ok(!value.includes(x), `should not contain ${x}:\n${value}`);
  assert.ok(value.indexOf('**Blast radius') < value.indexOf('RS001'), 'a component hover starts with its blast radius');
});

test('hover (compact): hide information leaves information findings out', async () => {
  const m = await checkMarked({ 'a.ringside': DESIGN.replace('component "interpreter"', 'component "<|>interpreter"') });
  const el = m.result.model.elements.get('component.interpreter')!;
  const info: Finding = { ruleId: 'RS-META-UNSPECIFIED', severity: 'information', defaultSeverity: 'information', message: 'x', loc: el.headLoc, facts: [] };
  const shown = (o: { hideInformation?: boolean }) => (hover(withFindings(m.result, [info]), 'a.ringside', m.cursors[0].pos, o)!.contents as MarkupContent).value;
  assert.ok(shown({}).includes('RS-META-UNSPECIFIED'));
  assert.ok(!shown({ hideInformation: true }).includes('RS-META-UNSPECIFIED'));
});
