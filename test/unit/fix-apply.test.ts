// The fix engine on its own: every FixStep op as text in, text out, plus the did-you-mean,
// missing-attribute and waiver helpers. Models are built directly (no rules), so these tests do not
// depend on the rule pack.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parser } from '../helpers/parser';
import { parseSource } from '../../server/src/model/source';
import { buildModel } from '../../server/src/model/build';
import type { Model } from '../../server/src/model/types';
import type { Finding, FixStep } from '../../server/src/analysis/types';
import { fixEdits, applyEdits, replaceFix, requiredAttributeEdit, addWaiverEdit, addDays, type FileEdit } from '../../server/src/fixes/apply';

async function model(files: Record<string, string>): Promise<Model> {
  const p = await parser();
  return buildModel('/virtual', Object.entries(files).map(([name, text]) => parseSource(p, name, text)));
}

/** Applies FileEdits to the files they name; checks they are sorted and do not overlap. */
function applyAll(files: Record<string, string>, edits: FileEdit[]): Record<string, string> {
  for (let i = 1; i < edits.length; i++) {
    const a = edits[i - 1], b = edits[i];
    if (a.file !== b.file) { assert.ok(a.file.localeCompare(b.file) < 0, 'edits sorted by file'); continue; }
    const before = a.range.end.line < b.range.start.line || (a.range.end.line === b.range.start.line && a.range.end.character <= b.range.start.character);
    assert.ok(before, 'edits of one file are sorted and do not overlap');
  }
  const out = { ...files };
  for (const name of Object.keys(files)) {
    const mine = edits.filter((e) => e.file === name);
    if (mine.length) out[name] = applyEdits(files[name], mine);
  }
  for (const e of edits) assert.ok(e.file in files, `edit for unknown file ${e.file}`);
  return out;
}

async function run(files: Record<string, string>, steps: FixStep[]): Promise<Record<string, string>> {
  const m = await model(files);
  const edits = fixEdits(await parser(), m, { title: 't', steps });
  return applyAll(files, edits);
}

const AGENT = 'agent "a" {\n  platform = "windows"\n  role     = "edr"\n}\n';

interface Case { name: string; files: Record<string, string>; steps: FixStep[]; expect: Record<string, string> }

const DRIVER = [
  '# The kernel side.',
  'context "drv" {',
  '  kind  = "kernel_driver" # boot critical',
  '  start = "system"',
  '',
  '  # Parses channel files.',
  '  component "interp" {',
  '    kinds    = ["content_interpreter"]',
  '    consumes = [input.a, input.b]',
  '  }',
  '}',
  '',
].join('\n');

const cases: Case[] = [
  {
    name: 'set replaces an existing value and keeps the trailing comment',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'set', element: 'context.drv', attribute: 'kind', value: '"user_service"' }],
    expect: { 'm.ringside': DRIVER.replace('"kernel_driver" # boot', '"user_service" # boot') },
  },
  {
    name: 'set inserts a new attribute before the closing brace',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n}\n' },
    steps: [{ op: 'set', element: 'deployment.d', attribute: 'rollout', value: '"staged"' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n  rollout = "staged"\n}\n' },
  },
  {
    name: 'set inserts after the last attribute when nested blocks follow',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'set', element: 'context.drv', attribute: 'crash_loop_protection', value: '"safe_mode_fallback"' }],
    expect: { 'm.ringside': DRIVER.replace('  start = "system"\n', '  start = "system"\n  crash_loop_protection = "safe_mode_fallback"\n') },
  },
  {
    name: 'set opens up a single-line block',
    files: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n  component "x" {\n    kinds = ["sensor.process_callback"]\n    callback { mode = "synchronous" }\n  }\n}\n' },
    steps: [{ op: 'set', element: 'component.x.callback', attribute: 'work', value: '["enqueue"]' }],
    expect: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n  component "x" {\n    kinds = ["sensor.process_callback"]\n    callback {\n      mode = "synchronous"\n      work = ["enqueue"]\n    }\n  }\n}\n' },
  },
  {
    name: 'set creates a missing nested block (three levels deep)',
    files: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n\n  component "x" {\n    kinds = ["sensor.process_callback"]\n  }\n}\n' },
    steps: [{ op: 'set', element: 'component.x.queue', attribute: 'bound', value: '65536' }],
    expect: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n\n  component "x" {\n    kinds = ["sensor.process_callback"]\n\n    queue {\n      bound = 65536\n    }\n  }\n}\n' },
  },
  {
    name: 'set creates context recovery',
    files: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n}\n' },
    steps: [{ op: 'set', element: 'context.c.recovery', attribute: 'remote', value: '"qmr"' }],
    expect: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n\n  recovery {\n    remote = "qmr"\n  }\n}\n' },
  },
  {
    name: 'set into an empty single-line block',
    files: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n  recovery {}\n}\n' },
    steps: [{ op: 'set', element: 'context.c.recovery', attribute: 'winre', value: 'true' }],
    expect: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n  recovery {\n    winre = true\n  }\n}\n' },
  },
  {
    name: 'set when the closing brace shares a line',
    files: { 'm.ringside': 'input "i" {\n  source = "signature_db" }\n' },
    steps: [{ op: 'set', element: 'input.i', attribute: 'signed', value: 'true' }],
    expect: { 'm.ringside': 'input "i" {\n  source = "signature_db"\n  signed = true\n}\n' },
  },
  {
    name: 'remove deletes the whole line with its trailing comment, keeps other comments',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'remove', element: 'context.drv', attribute: 'kind' }],
    expect: { 'm.ringside': DRIVER.replace('  kind  = "kernel_driver" # boot critical\n', '') },
  },
  {
    name: 'remove of an absent attribute changes nothing',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'remove', element: 'context.drv', attribute: 'signer' }],
    expect: { 'm.ringside': DRIVER },
  },
  {
    name: 'remove of an attribute of a nested block that does not exist changes nothing',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'remove', element: 'context.drv.recovery', attribute: 'winre' }],
    expect: { 'm.ringside': DRIVER },
  },
  {
    name: 'remove inside a single-line block',
    files: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n  recovery { winre = true }\n}\n' },
    steps: [{ op: 'remove', element: 'context.c.recovery', attribute: 'winre' }],
    expect: { 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n  recovery {}\n}\n' },
  },
  {
    name: 'remove a multi-line attribute',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n  rings = [\n    "canary",\n    "broad",\n  ]\n  rollout = "staged"\n}\n' },
    steps: [{ op: 'remove', element: 'deployment.d', attribute: 'rings' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n  rollout = "staged"\n}\n' },
  },
  {
    name: 'add-to-list appends to a single-line list',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'add-to-list', element: 'component.interp', attribute: 'consumes', value: 'input.c' }],
    expect: { 'm.ringside': DRIVER.replace('[input.a, input.b]', '[input.a, input.b, input.c]') },
  },
  {
    name: 'add-to-list appends to a multi-line list after a trailing comment',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n  health_gate = [\n    "crash_dumps", # first\n    "heartbeat_loss" # second\n  ]\n}\n' },
    steps: [{ op: 'add-to-list', element: 'deployment.d', attribute: 'health_gate', value: '"boot_loops"' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n  health_gate = [\n    "crash_dumps", # first\n    "heartbeat_loss", # second\n    "boot_loops"\n  ]\n}\n' },
  },
  {
    name: 'add-to-list keeps a trailing-comma style',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [\n    input.a,\n  ]\n}\n' },
    steps: [{ op: 'add-to-list', element: 'deployment.d', attribute: 'delivers', value: 'input.b' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [\n    input.a,\n    input.b,\n  ]\n}\n' },
  },
  {
    name: 'add-to-list fills an empty list',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = []\n}\n' },
    steps: [{ op: 'add-to-list', element: 'deployment.d', attribute: 'delivers', value: 'input.a' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n}\n' },
  },
  {
    name: 'add-to-list creates the list',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n}\n' },
    steps: [{ op: 'add-to-list', element: 'deployment.d', attribute: 'health_gate', value: '"heartbeat_loss"' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n  health_gate = ["heartbeat_loss"]\n}\n' },
  },
  {
    name: 'add-to-list of a value already there changes nothing',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'add-to-list', element: 'component.interp', attribute: 'consumes', value: 'input.b' }],
    expect: { 'm.ringside': DRIVER },
  },
  {
    name: 'remove-from-list removes the first item and its comma',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a, input.b, input.c]\n}\n' },
    steps: [{ op: 'remove-from-list', element: 'deployment.d', attribute: 'delivers', value: 'input.a' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [input.b, input.c]\n}\n' },
  },
  {
    name: 'remove-from-list removes the last item and the comma before it',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a, input.b, input.c]\n}\n' },
    steps: [{ op: 'remove-from-list', element: 'deployment.d', attribute: 'delivers', value: 'input.c' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a, input.b]\n}\n' },
  },
  {
    name: 'remove-from-list keeps [] when the list becomes empty',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [ input.a ]\n}\n' },
    steps: [{ op: 'remove-from-list', element: 'deployment.d', attribute: 'delivers', value: 'input.a' }],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = []\n}\n' },
  },
  {
    name: 'remove-from-list removes a line of a multi-line list',
    files: { 'm.ringside': 'deployment "d" {\n  health_gate = [\n    "crash_dumps", # first\n    "heartbeat_loss",\n    "boot_loops"\n  ]\n}\n' },
    steps: [{ op: 'remove-from-list', element: 'deployment.d', attribute: 'health_gate', value: '"crash_dumps"' }],
    expect: { 'm.ringside': 'deployment "d" {\n  health_gate = [\n    "heartbeat_loss",\n    "boot_loops"\n  ]\n}\n' },
  },
  {
    name: 'remove-from-list of the last line drops the dangling comma',
    files: { 'm.ringside': 'deployment "d" {\n  health_gate = [\n    "crash_dumps",\n    "boot_loops" # last\n  ]\n}\n' },
    steps: [{ op: 'remove-from-list', element: 'deployment.d', attribute: 'health_gate', value: '"boot_loops"' }],
    expect: { 'm.ringside': 'deployment "d" {\n  health_gate = [\n    "crash_dumps"\n  ]\n}\n' },
  },
  {
    name: 'remove-from-list of a value not there changes nothing',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'remove-from-list', element: 'component.interp', attribute: 'consumes', value: 'input.z' }],
    expect: { 'm.ringside': DRIVER },
  },
  {
    name: 'add-block at top level of a named file',
    files: { 'a.ringside': AGENT, 'b.ringside': DRIVER },
    steps: [{ op: 'add-block', file: 'a.ringside', text: 'input "i" {\n  source = "signature_db"\n}\n' }],
    expect: { 'a.ringside': AGENT + '\ninput "i" {\n  source = "signature_db"\n}\n', 'b.ringside': DRIVER },
  },
  {
    name: 'add-block near an element goes to its file, after a trailing comment on the last block',
    files: { 'a.ringside': AGENT, 'b.ringside': 'context "k" {\n  kind = "kernel_driver"\n} # end of kernel\n\n# trailing notes\n' },
    steps: [{ op: 'add-block', near: 'context.k', text: 'context "svc" {\n  kind = "protected_service"\n}' }],
    expect: { 'a.ringside': AGENT, 'b.ringside': 'context "k" {\n  kind = "kernel_driver"\n} # end of kernel\n\ncontext "svc" {\n  kind = "protected_service"\n}\n\n# trailing notes\n' },
  },
  {
    name: 'add-block into an empty file and a file without final newline',
    files: { 'a.ringside': '', 'b.ringside': 'agent "a" {\n  platform = "linux"\n}' },
    steps: [
      { op: 'add-block', file: 'a.ringside', text: 'review {\n}' },
      { op: 'add-block', file: 'b.ringside', text: 'input "i" {\n  source = "signature_db"\n}' },
    ],
    expect: { 'a.ringside': 'review {\n}\n', 'b.ringside': 'agent "a" {\n  platform = "linux"\n}\n\ninput "i" {\n  source = "signature_db"\n}\n' },
  },
  {
    name: 'add-block nested inside a parent, indented',
    files: { 'm.ringside': DRIVER },
    steps: [{ op: 'add-block', parent: 'context.drv', text: 'compat_gate {\n  on_unknown = "reduced_functionality"\n}' }],
    expect: { 'm.ringside': DRIVER.replace('  }\n}\n', '  }\n\n  compat_gate {\n    on_unknown = "reduced_functionality"\n  }\n}\n') },
  },
  {
    name: 'move-block moves a component with its comments into another context',
    files: { 'm.ringside': DRIVER + '\ncontext "svc" {\n  kind = "protected_service"\n}\n' },
    steps: [{ op: 'move-block', element: 'component.interp', toParent: 'context.svc' }],
    expect: { 'm.ringside': [
      '# The kernel side.',
      'context "drv" {',
      '  kind  = "kernel_driver" # boot critical',
      '  start = "system"',
      '}',
      '',
      'context "svc" {',
      '  kind = "protected_service"',
      '',
      '  # Parses channel files.',
      '  component "interp" {',
      '    kinds    = ["content_interpreter"]',
      '    consumes = [input.a, input.b]',
      '  }',
      '}',
      '',
    ].join('\n') },
  },
  {
    name: 'move-block into a context an earlier step adds, across files',
    files: { 'a.ringside': AGENT, 'b.ringside': DRIVER },
    steps: [
      { op: 'add-block', file: 'a.ringside', text: 'context "svc" {\n  kind = "protected_service"\n}' },
      { op: 'move-block', element: 'component.interp', toParent: 'context.svc' },
    ],
    expect: {
      'a.ringside': AGENT + '\ncontext "svc" {\n  kind = "protected_service"\n\n  # Parses channel files.\n  component "interp" {\n    kinds    = ["content_interpreter"]\n    consumes = [input.a, input.b]\n  }\n}\n',
      'b.ringside': '# The kernel side.\ncontext "drv" {\n  kind  = "kernel_driver" # boot critical\n  start = "system"\n}\n',
    },
  },
  {
    name: 'remove-block removes a block, its leading comments and one blank line',
    files: { 'm.ringside': AGENT + '\n# Accepted for now.\n# Second line.\nwaiver "RS003" {\n  target  = agent.a\n  reason  = "r"\n  owner   = "o"\n  expires = "2026-06-30"\n}\n\ninput "i" {\n  source = "signature_db"\n}\n' },
    steps: [{ op: 'remove-block', loc: { file: 'm.ringside', range: { start: { line: 7, character: 0 }, end: { line: 12, character: 1 } } } }],
    expect: { 'm.ringside': AGENT + '\ninput "i" {\n  source = "signature_db"\n}\n' },
  },
  {
    name: 'remove-block of the last block removes the blank line before it',
    files: { 'm.ringside': AGENT + '\nreview {\n  fail_on = "error"\n}\n' },
    steps: [{ op: 'remove-block', loc: { file: 'm.ringside', range: { start: { line: 5, character: 0 }, end: { line: 7, character: 1 } } } }],
    expect: { 'm.ringside': AGENT },
  },
  {
    name: 'a remove-block location written against the original text survives earlier steps',
    files: { 'm.ringside': AGENT + '\nwaiver "RS003" {\n  target  = agent.a\n  reason  = "r"\n  owner   = "o"\n  expires = "2026-06-30"\n}\n' },
    steps: [
      { op: 'set', element: 'agent.a', attribute: 'mode', value: '"detect"' },
      { op: 'set', element: 'agent.a', attribute: 'fleet_size', value: '10' },
      { op: 'remove-block', loc: { file: 'm.ringside', range: { start: { line: 5, character: 0 }, end: { line: 10, character: 1 } } } },
    ],
    expect: { 'm.ringside': 'agent "a" {\n  platform = "windows"\n  role     = "edr"\n  mode = "detect"\n  fleet_size = 10\n}\n' },
  },
  {
    name: 'several steps on one file',
    files: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n  rollout  = "global"\n}\n' },
    steps: [
      { op: 'set', element: 'deployment.d', attribute: 'rollout', value: '"staged"' },
      { op: 'add-to-list', element: 'deployment.d', attribute: 'health_gate', value: '"heartbeat_loss"' },
      { op: 'set', element: 'deployment.d', attribute: 'bake_time', value: '"4h"' },
    ],
    expect: { 'm.ringside': 'deployment "d" {\n  delivers = [input.a]\n  rollout  = "staged"\n  health_gate = ["heartbeat_loss"]\n  bake_time = "4h"\n}\n' },
  },
  {
    name: 'CRLF files get CRLF insertions',
    files: { 'm.ringside': 'context "c" {\r\n  kind = "kernel_driver"\r\n}\r\n' },
    steps: [
      { op: 'set', element: 'context.c', attribute: 'start', value: '"system"' },
      { op: 'set', element: 'context.c.recovery', attribute: 'winre', value: 'true' },
    ],
    expect: { 'm.ringside': 'context "c" {\r\n  kind = "kernel_driver"\r\n  start = "system"\r\n\r\n  recovery {\r\n    winre = true\r\n  }\r\n}\r\n' },
  },
];

for (const c of cases) {
  test(`fix step: ${c.name}`, async () => {
    const out = await run(c.files, c.steps);
    assert.deepEqual(out, c.expect);
    // The result still parses cleanly.
    const m = await model(out);
    assert.deepEqual(m.diagnostics.filter((d) => d.code === 'RS-SYNTAX').map((d) => d.message), []);
  });
}

test('fix edits are minimal: one edit per changed file, unchanged files get none', async () => {
  const files = { 'a.ringside': AGENT, 'b.ringside': DRIVER };
  const m = await model(files);
  const edits = fixEdits(await parser(), m, { title: 't', steps: [{ op: 'set', element: 'context.drv', attribute: 'start', value: '"boot"' }] });
  assert.equal(edits.length, 1);
  assert.equal(edits[0].file, 'b.ringside');
  assert.equal(edits[0].newText, 'boot');
});

const errorCases: { name: string; steps: FixStep[]; message: RegExp }[] = [
  { name: 'unknown element in set', steps: [{ op: 'set', element: 'context.nope', attribute: 'kind', value: '"x"' }], message: /context\.nope/ },
  { name: 'unknown nested type', steps: [{ op: 'set', element: 'context.drv.widget', attribute: 'x', value: '1' }], message: /context\.drv\.widget/ },
  { name: 'unknown element in remove', steps: [{ op: 'remove', element: 'input.nope', attribute: 'x' }], message: /input\.nope/ },
  { name: 'unknown move target', steps: [{ op: 'move-block', element: 'component.interp', toParent: 'context.nope' }], message: /context\.nope/ },
  { name: 'unknown add-block parent', steps: [{ op: 'add-block', parent: 'context.nope', text: 'x {\n}' }], message: /context\.nope/ },
  { name: 'remove-block at a stale location', steps: [{ op: 'remove-block', loc: { file: 'm.ringside', range: { start: { line: 2, character: 0 }, end: { line: 3, character: 1 } } } }], message: /No block/ },
  { name: 'move into a block that does not take it', steps: [{ op: 'move-block', element: 'component.interp', toParent: 'agent.a' }], message: /cannot be placed/ },
];

for (const c of errorCases) {
  test(`fix step error: ${c.name}`, async () => {
    const m = await model({ 'm.ringside': AGENT + '\n' + DRIVER });
    assert.throws(() => fixEdits(undefined as never, m, { title: 't', steps: c.steps }), c.message);
  });
}

test('a block without a closing brace is refused, not corrupted', async () => {
  const m = await model({ 'm.ringside': 'context "c" {\n  kind = "kernel_driver"\n' });
  assert.throws(() => fixEdits(undefined as never, m, { title: 't', steps: [{ op: 'set', element: 'context.c', attribute: 'start', value: '"boot"' }] }), /closing brace/);
});

test('applyEdits applies sorted or unsorted edits and rejects overlaps', () => {
  const text = 'abc\ndef\n';
  const r = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
  assert.equal(applyEdits(text, [{ range: r(1, 0, 1, 1), newText: 'D' }, { range: r(0, 1, 0, 2), newText: 'B' }]), 'aBc\nDef\n');
  assert.equal(applyEdits(text, [{ range: r(0, 0, 0, 0), newText: '1' }, { range: r(0, 0, 0, 0), newText: '2' }]), '12abc\ndef\n');
  assert.throws(() => applyEdits(text, [{ range: r(0, 0, 0, 2), newText: '' }, { range: r(0, 1, 0, 3), newText: '' }]), /overlapping/);
});

test('replaceFix quotes and escapes when asked', () => {
  const range = { start: { line: 1, character: 9 }, end: { line: 1, character: 24 } };
  assert.deepEqual(replaceFix('m.ringside', range, 'kernel_driver', true), { file: 'm.ringside', range, newText: '"kernel_driver"' });
  assert.equal(replaceFix('m.ringside', range, 'context', false).newText, 'context');
  assert.equal(replaceFix('m.ringside', range, 'a"b\\${c}', true).newText, '"a\\"b\\\\$${c}"');
});

test('did-you-mean suggestions from the model apply cleanly', async () => {
  const files = { 'm.ringside': AGENT + 'context "x" {\n  kind = "kernel_drvier"\n}\n' };
  const m = await model(files);
  const d = m.diagnostics.find((x) => x.code === 'RS-ENUM')!;
  assert.ok(d.suggestions);
  const e = replaceFix(d.loc.file, d.suggestions.range, d.suggestions.values[0], d.suggestions.quote);
  const out = applyAll(files, [e]);
  assert.equal(out['m.ringside'], AGENT + 'context "x" {\n  kind = "kernel_driver"\n}\n');
});

const requiredCases: { name: string; text: string; expect: string }[] = [
  { name: 'enum placeholder is the first value', text: AGENT + 'context "x" {\n  language = "rust"\n}\n', expect: AGENT + 'context "x" {\n  language = "rust"\n  kind = "kernel_driver"\n}\n' },
  { name: 'reference placeholder names an existing element', text: AGENT + 'context "x" {\n  kind = "user_service"\n  component "c" {\n    kinds = ["content_updater"]\n  }\n}\nchannel "ch" {\n  to = component.c\n}\n', expect: AGENT + 'context "x" {\n  kind = "user_service"\n  component "c" {\n    kinds = ["content_updater"]\n  }\n}\nchannel "ch" {\n  to = component.c\n  from = component.c\n}\n' },
  { name: 'date placeholder is 90 days on', text: AGENT + 'waiver "RS001" {\n  target = agent.a\n  reason = "r"\n  owner  = "o"\n}\n', expect: AGENT + 'waiver "RS001" {\n  target = agent.a\n  reason = "r"\n  owner  = "o"\n  expires = "2026-04-15"\n}\n' },
  { name: 'string and list placeholders', text: AGENT + 'deployment "d" {\n}\n', expect: AGENT + 'deployment "d" {\n  delivers = []\n}\n' },
];

for (const c of requiredCases) {
  test(`required attribute: ${c.name}`, async () => {
    const files = { 'm.ringside': c.text };
    const m = await model(files);
    const d = m.diagnostics.find((x) => x.code === 'RS-REQUIRED');
    assert.ok(d, 'an RS-REQUIRED diagnostic');
    const out = applyAll(files, [requiredAttributeEdit(m, d, '2026-01-15')]);
    assert.equal(out['m.ringside'], c.expect);
    const after = await model(out);
    assert.deepEqual(after.diagnostics.filter((x) => x.code === 'RS-REQUIRED' || x.code === 'RS-TYPE' || x.code === 'RS-ENUM').map((x) => x.message), []);
  });
}

function finding(element: string, file: string): Finding {
  return { ruleId: 'RS003', severity: 'warning', defaultSeverity: 'warning', message: 'm', loc: { file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, element, facts: [] };
}

const WAIVER = (target: string) => `waiver "RS003" {\n  target  = ${target}\n  reason  = "TODO: why this risk is accepted"\n  owner   = "TODO: team"\n  expires = "2026-04-15"\n}\n`;

test('waiver goes to the waivers file when there is one', async () => {
  const files = { 'agent.ringside': AGENT, 'kernel.ringside': DRIVER, 'waivers.ringside': '# Accepted risks.\n' };
  const m = await model(files);
  const out = applyAll(files, [addWaiverEdit(m, finding('component.interp', 'kernel.ringside'), '2026-01-15')]);
  assert.deepEqual(out, { ...files, 'waivers.ringside': '# Accepted risks.\n\n' + WAIVER('component.interp') });
});

test('waiver goes to the agent file, else the finding file; nested elements use the named ancestor', async () => {
  const files = { 'agent.ringside': AGENT, 'kernel.ringside': DRIVER };
  const m = await model(files);
  const out = applyAll(files, [addWaiverEdit(m, finding('component.interp', 'kernel.ringside'), '2026-01-15')]);
  assert.deepEqual(out, { ...files, 'agent.ringside': AGENT + '\n' + WAIVER('component.interp') });
  const KERNEL = DRIVER.replace('  start = "system"\n', '  start = "system"\n  recovery {\n    winre = true\n  }\n');
  const solo = { 'kernel.ringside': KERNEL };
  const m2 = await model(solo);
  const out2 = applyAll(solo, [addWaiverEdit(m2, finding('context.drv.recovery', 'kernel.ringside'), '2026-01-15')]);
  assert.deepEqual(out2, { 'kernel.ringside': KERNEL + '\n' + WAIVER('context.drv') });
  const after = await model(out2);
  assert.deepEqual(after.diagnostics.map((d) => d.message), m2.diagnostics.map((d) => d.message), 'the waiver adds no model diagnostic');
});

test('addDays crosses months and leap days', () => {
  assert.equal(addDays('2026-01-15', 90), '2026-04-15');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
});
