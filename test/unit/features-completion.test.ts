// Completion: block snippets, attributes, enum values, references and rule ids, on clean and
// broken text. `<|>` marks the cursor.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { completion } from '../../server/src/features/completion';
import { CONTEXT_KINDS } from '../../server/src/schema/context-kinds';
import { RULE_META_BY_ID } from '../../server/src/rules/meta';
import { attributeSchema } from '../../server/src/schema/language';
import { checkMarked, DESIGN, textIn } from './features-helpers';

async function complete(files: Record<string, string>, trigger?: string, file = 'a.ringside'): Promise<{ items: CompletionItem[]; text: string }> {
  const m = await checkMarked(files);
  const cursor = m.cursors.find((c) => c.file === file)!;
  const text = m.files[file].text;
  return { items: completion(m.result, file, text, cursor.pos, trigger), text };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const edit = (i: CompletionItem) => i.textEdit as TextEdit;

interface Case {
  name: string;
  files: Record<string, string>;
  /** Labels that must be offered. */
  has?: string[];
  /** Labels that must not be offered. */
  lacks?: string[];
  /** Exactly these labels, in this order (after sorting by sortText). */
  exactly?: string[];
  /** The text the edit of the first `has` item replaces. */
  replaces?: string;
  /** The new text of the first `has` item. */
  newText?: string;
  empty?: boolean;
}

const STRUCTURE = `context "csagent" {
  kind = "kernel_driver"

  component "interpreter" {
    kinds = ["content_interpreter"]
  }
}

input "channel_291" {
  source = "cloud_rapid_content"
}
`;

const cases: Case[] = [
  { name: 'top level of an empty file: every top-level block', files: { 'a.ringside': '<|>' }, exactly: ['agent', 'context', 'input', 'deployment', 'channel', 'waiver', 'review', 'policy', 'policy_pack'] },
  { name: 'top level: a singleton block that exists is not offered again', files: { 'a.ringside': DESIGN + '\n<|>\n' }, has: ['context', 'review'], lacks: ['agent', 'component', 'kind'] },
  { name: 'top level with a partial word (broken text)', files: { 'a.ringside': STRUCTURE + '\ndepl<|>\n' }, has: ['deployment'], replaces: 'depl' },
  {
    name: 'inside a block on a blank line (clean tree): attributes not yet set and nested blocks',
    files: { 'a.ringside': STRUCTURE.replace('  kind = "kernel_driver"\n', '  kind = "kernel_driver"\n  <|>\n') },
    has: ['start', 'signer', 'component', 'recovery', 'compat_gate'], lacks: ['kind', 'source', 'agent'],
  },
  {
    name: 'inside a block with a partial word (broken tree): attributes set after the cursor are omitted too',
    files: { 'a.ringside': STRUCTURE.replace('    kinds = ["content_interpreter"]\n', '    cons<|>\n    kinds = ["content_interpreter"]\n') },
    has: ['consumes', 'matching', 'callback'], lacks: ['kinds', 'kind', 'component'], replaces: 'cons', newText: 'consumes = [${1|input.channel_291|}]',
  },
  {
    name: 'unclosed blocks at the end of the file',
    files: { 'a.ringside': 'context "a" {\n  kind = "kernel_driver"\n  component "c" {\n    <|>' },
    has: ['kinds', 'consumes', 'queue'], lacks: ['kind', 'component'],
  },
  {
    name: 'a nested block allowed once is not offered when present',
    files: { 'a.ringside': 'context "a" {\n  kind = "user_service"\n  recovery {\n    winre = true\n  }\n  <|>\n}\n' },
    has: ['component', 'compat_gate'], lacks: ['recovery'],
  },
  {
    name: 'enum value inside quotes',
    files: { 'a.ringside': 'context "a" {\n  kind = "<|>"\n}\n' },
    exactly: CONTEXT_KINDS.map((k) => k.kind), newText: 'kernel_driver', replaces: '',
  },
  {
    name: 'context kinds are only those of the agent\'s platform (Linux)',
    files: { 'a.ringside': 'agent "x" {\n  platform = "linux"\n  role     = "edr"\n}\n\ncontext "a" {\n  kind = "<|>"\n}\n' },
    exactly: CONTEXT_KINDS.filter((k) => k.platforms.some((p) => p === 'linux' || p === 'any' || p === 'cloud')).map((k) => k.kind),
  },
  {
    name: 'a context with its own platform gets that platform\'s kinds',
    files: { 'a.ringside': 'agent "x" {\n  platform = "linux"\n  role     = "edr"\n}\n\ncontext "a" {\n  platform = "macos"\n  kind     = "<|>"\n}\n' },
    has: ['macos_system_extension', 'macos_kext', 'hypervisor'], lacks: ['kernel_driver', 'linux_kernel_module', 'protected_service'],
  },
  {
    name: 'enum value with a partial word inside an unterminated string (broken tree)',
    files: { 'a.ringside': 'context "a" {\n  kind = "kern<|>\n}\ninput "x" {\n  source = "file_content"\n}\n' },
    has: ['kernel_driver'], replaces: 'kern', newText: 'kernel_driver',
  },
  {
    name: 'editing inside an existing value replaces the whole word',
    files: { 'a.ringside': 'context "a" {\n  kind = "kernel_<|>driver"\n}\n' },
    has: ['kernel_driver'], replaces: 'kernel_driver', newText: 'kernel_driver',
  },
  {
    name: 'enum value without quotes: quotes are inserted',
    files: { 'a.ringside': 'input "x" {\n  source = <|>\n}\n' },
    has: ['cloud_rapid_content'], newText: '"cloud_rapid_content"', replaces: '',
  },
  {
    name: 'enum list: values already listed are left out',
    files: { 'a.ringside': 'context "a" {\n  kind = "kernel_driver"\n  component "c" {\n    kinds = ["content_interpreter", "<|>"]\n  }\n}\n' },
    has: ['fs_minifilter', 'content_updater'], lacks: ['content_interpreter'], newText: 'fs_minifilter',
  },
  {
    name: 'enum list attribute before its brackets: the item comes in a list',
    files: { 'a.ringside': 'deployment "d" {\n  delivers = []\n  health_gate = <|>\n}\n' },
    has: ['heartbeat_loss'], newText: '["heartbeat_loss"]',
  },
  {
    name: 'references: every element of the allowed type, across files',
    files: { 'a.ringside': STRUCTURE.replace('kinds = ["content_interpreter"]', 'kinds = ["content_interpreter"]\n    consumes = [<|>]'), 'b.ringside': 'input "os_events" {\n  source = "os_event_data"\n}\n' },
    exactly: ['input.channel_291', 'input.os_events'], newText: 'input.channel_291',
  },
  {
    name: 'references after `input.` (broken tree): just the names',
    files: { 'a.ringside': STRUCTURE.replace('kinds = ["content_interpreter"]', 'kinds = ["content_interpreter"]\n    consumes = [input.<|>') },
    exactly: ['channel_291'], newText: 'channel_291', replaces: '',
  },
  {
    name: 'references after `input.` with a partial name',
    files: { 'a.ringside': STRUCTURE.replace('kinds = ["content_interpreter"]', 'kinds = ["content_interpreter"]\n    consumes = [input.chan<|>]') },
    exactly: ['channel_291'], replaces: 'chan',
  },
  {
    name: 'references: only the target types of the attribute',
    files: { 'a.ringside': STRUCTURE + '\nchannel "ch" {\n  from = <|>\n}\n' },
    exactly: ['component.interpreter'],
  },
  {
    name: 'references: elements declared in a broken part of the file count',
    files: { 'a.ringside': STRUCTURE + '\ndeployment "d" {\n  delivers = [<|>\n}\ninput "fresh" {\n  source = \n' },
    has: ['input.channel_291', 'input.fresh'],
  },
  {
    name: 'waiver label: rule ids with titles',
    files: { 'a.ringside': STRUCTURE + '\nwaiver "<|>\n' },
    has: ['RS001', 'RS045', 'RS-META-UNSPECIFIED'], newText: 'RS001', replaces: '',
  },
  {
    name: 'waiver label with a partial id',
    files: { 'a.ringside': 'waiver "RS0<|>" {\n}\n' },
    has: ['RS003'], replaces: 'RS0',
  },
  {
    name: 'review rule label',
    files: { 'a.ringside': 'review {\n  rule "<|>" {\n    severity = "off"\n  }\n}\n' },
    has: ['RS016'],
  },
  {
    name: 'bool attribute: true and false',
    files: { 'a.ringside': 'context "a" {\n  kind = "kernel_driver"\n  hvci_compatible = <|>\n}\n' },
    exactly: ['true', 'false'],
  },
  { name: 'inside a comment: nothing', files: { 'a.ringside': '# con<|>\n' }, empty: true },
  { name: 'after a complete value: nothing', files: { 'a.ringside': 'context "a" {\n  kind = "kernel_driver" <|>\n}\n' }, empty: true },
  { name: 'free-text attribute value: nothing', files: { 'a.ringside': 'input "a" {\n  source = "file_content"\n  description = "<|>"\n}\n' }, empty: true },
  { name: 'value of an unknown attribute: nothing', files: { 'a.ringside': 'input "a" {\n  colour = "<|>"\n}\n' }, empty: true },
  { name: 'label of a block that is not a rule: nothing', files: { 'a.ringside': 'context "<|>' }, empty: true },
];

for (const c of cases) {
  test(`completion: ${c.name}`, async () => {
    const { items, text } = await complete(c.files);
    const got = labels(items);
    if (c.empty) { assert.deepEqual(got, []); return; }
    for (const l of c.has ?? []) assert.ok(got.includes(l), `missing ${l} in ${got.join(', ')}`);
    for (const l of c.lacks ?? []) assert.ok(!got.includes(l), `unexpected ${l}`);
    if (c.exactly) {
      const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
      assert.deepEqual(sorted, c.exactly);
    }
    const first = items.find((i) => i.label === (c.has?.[0] ?? c.exactly?.[0]))!;
    if (c.replaces !== undefined) assert.equal(textIn(text, edit(first).range), c.replaces);
    if (c.newText !== undefined) assert.equal(edit(first).newText, c.newText);
    for (const i of items) {
      const r = edit(i).range;
      assert.equal(r.start.line, r.end.line, 'edits stay on one line');
    }
  });
}

test('completion: block snippet has labels and required attributes as tab stops', async () => {
  const { items } = await complete({ 'a.ringside': '<|>' });
  const ctx = items.find((i) => i.label === 'context')!;
  assert.equal(edit(ctx).newText, `context "\${1:name}" {\n  kind = "\${2|${CONTEXT_KINDS.map((k) => k.kind).join(',')}|}"\n  $0\n}`);
  assert.equal(ctx.insertTextFormat, 2);
  const waiver = items.find((i) => i.label === 'waiver')!;
  assert.equal(edit(waiver).newText, 'waiver "${1:rule}" {\n  target  = ${2:agent.NAME}\n  reason  = "${3}"\n  owner   = "${4}"\n  expires = "${5:YYYY-MM-DD}"\n  $0\n}');
  const review = items.find((i) => i.label === 'review')!;
  assert.equal(edit(review).newText, 'review {\n  $0\n}');
  assert.ok((ctx.documentation as MarkupContent).value.includes('Where code runs'));
});

test('completion: required attributes first, with schema docs', async () => {
  const { items } = await complete({ 'a.ringside': 'input "x" {\n  <|>\n}\n' });
  const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  assert.equal(sorted[0].label, 'source');
  assert.equal(sorted[0].preselect, true);
  const source = attributeSchema('input', 'source')!;
  assert.equal(sorted[0].detail, `${source.summary} (required)`);
  assert.ok((sorted[0].documentation as MarkupContent).value.includes(source.doc));
  const nested = sorted.filter((i) => i.sortText!.startsWith('3_')).map((i) => i.label);
  assert.deepEqual(nested, ['schema', 'tests']);
});

test('completion: enum items carry summary as detail and paragraph as documentation', async () => {
  const { items } = await complete({ 'a.ringside': 'context "a" {\n  kind = "<|>"\n}\n' });
  const k = CONTEXT_KINDS.find((x) => x.kind === 'elam_driver')!;
  const item = items.find((i) => i.label === 'elam_driver')!;
  assert.equal(item.detail, k.summary);
  assert.ok((item.documentation as MarkupContent).value.includes(k.doc));
});

test('completion: rule ids carry titles', async () => {
  const { items } = await complete({ 'a.ringside': 'waiver "<|>"' });
  assert.equal(items.find((i) => i.label === 'RS001')!.detail, RULE_META_BY_ID.get('RS001')!.title);
});

test('completion: the attributes the rules need to judge the element come right after the required ones', async () => {
  const { items } = await complete({ 'a.ringside': 'agent "a" {\n  platform = "windows"\n}\n\ncontext "k" {\n  kind = "kernel_driver"\n  <|>\n}\n' });
  const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  const needed = sorted.filter((i) => i.sortText!.startsWith('1_'));
  assert.ok(needed.length >= 1, sorted.map((i) => `${i.sortText}`).join(' '));
  assert.ok(needed.every((i) => /\(needed by RS\d+/.test(i.detail ?? '')), needed.map((i) => i.detail).join(' | '));
  assert.ok(sorted.indexOf(needed[0]) < sorted.findIndex((i) => i.sortText!.startsWith('2_')), 'before the other attributes');
  assert.equal(items.filter((i) => i.preselect).length, 1);
});

test('completion: a space opens the list only where a value is expected', async () => {
  const afterEq = await complete({ 'a.ringside': 'context "k" {\n  kind = <|>\n}\n' }, ' ');
  assert.ok(afterEq.items.some((i) => i.label === 'kernel_driver'), afterEq.items.map((i) => i.label).join(' '));
  const between = await complete({ 'a.ringside': 'context "k" {\n  kind = "kernel_driver"\n  <|>\n}\n' }, ' ');
  assert.deepEqual(between.items, []);
  const top = await complete({ 'a.ringside': 'context <|>' }, ' ');
  assert.deepEqual(top.items, []);
});
