// Semantic tokens: the legend, token kinds, the `privileged` modifier and the relative encoding.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { semanticTokens, legend, decode, encode } from '../../server/src/features/semantic-tokens';
import { LineIndex } from '../../server/src/syntax/range';
import { checkMarked } from './features-helpers';

const TEXT = `# Sensor design
context "csagent" {
  kind  = "kernel_driver"
  start = "system"

  component "interpreter" {
    kinds    = ["content_interpreter", "not_a_kind"]
    consumes = [input.channel_291]
  }
}

context "service" {
  kind = "protected_service"
  component "updater" {
    kinds = ["content_updater"]
  }
}

/* multi
   line */
input "channel_291" {
  source = "cloud_rapid_content"
  signed = true
}

channel "port" {
  from    = component.updater
  to      = component.interpreter
  carries = [input.channel_291]
}

waiver "RS001" {
  target = component.interpreter
}

ebpf "x" {
  foo = "bar"
}
`;

type Decoded = ReturnType<typeof decode>[number];

async function tokens(text = TEXT): Promise<{ toks: Decoded[]; data: number[]; lines: LineIndex }> {
  const m = await checkMarked({ 'a.ringside': text });
  const data = semanticTokens(m.result, 'a.ringside');
  return { toks: decode(data), data, lines: new LineIndex(text) };
}

/** The token that starts at the `nth` occurrence of `needle` in the text. */
function tokenAt(toks: Decoded[], lines: LineIndex, needle: string, nth = 0): Decoded | undefined {
  let i = -1;
  for (let k = 0; k <= nth; k++) { i = lines.text.indexOf(needle, i + 1); assert.ok(i >= 0, `no ${needle}`); }
  const p = lines.positionAt(i);
  return toks.find((t) => t.line === p.line && t.start === p.character);
}

test('semantic tokens: the legend', () => {
  assert.deepEqual(legend.tokenTypes, ['type', 'class', 'property', 'enumMember', 'variable', 'namespace', 'comment']);
  assert.deepEqual(legend.tokenModifiers, ['declaration', 'readonly', 'privileged']);
});

const cases: [needle: string, nth: number, type: string | null, modifiers: string[], length?: number][] = [
  ['context', 0, 'type', ['privileged']],
  ['"csagent"', 0, 'class', ['declaration', 'privileged'], 9],
  ['kind', 0, 'property', ['privileged']],
  ['"kernel_driver"', 0, 'enumMember', ['readonly', 'privileged']],
  ['component', 0, 'type', ['privileged']],
  ['"interpreter"', 0, 'class', ['declaration', 'privileged']],
  ['"content_interpreter"', 0, 'enumMember', ['readonly', 'privileged']],
  ['"not_a_kind"', 0, null, []],
  ['input.channel_291', 0, 'namespace', ['privileged'], 5],
  ['channel_291]', 0, 'variable', ['privileged'], 11],
  ['context', 1, 'type', []],
  ['"protected_service"', 0, 'enumMember', ['readonly']],
  ['"updater"', 0, 'class', ['declaration']],
  ['"channel_291"', 0, 'class', ['declaration']],
  ['source', 0, 'property', []],
  ['"cloud_rapid_content"', 0, 'enumMember', ['readonly']],
  ['true', 0, null, []],
  ['component.updater', 0, 'namespace', []],
  ['component.interpreter', 0, 'namespace', ['privileged']],
  ['interpreter\n  carries', 0, 'variable', ['privileged']],
  ['input.channel_291]', 1, 'namespace', []],
  ['"RS001"', 0, 'class', []],
  ['ebpf', 0, null, []],
  ['foo', 0, 'property', []],
  ['# Sensor design', 0, 'comment', [], 15],
  ['/* multi', 0, 'comment', [], 8],
  ['   line */', 0, 'comment', [], 10],
];

for (const [needle, nth, type, modifiers, length] of cases) {
  test(`semantic tokens: ${JSON.stringify(needle)}${nth ? ` #${nth + 1}` : ''} → ${type ?? 'no token'}${modifiers.length ? ` (${modifiers.join(', ')})` : ''}`, async () => {
    const { toks, lines } = await tokens();
    const t = tokenAt(toks, lines, needle, nth);
    if (type === null) { assert.equal(t, undefined); return; }
    assert.ok(t, 'no token there');
    assert.equal(t.type, type);
    assert.deepEqual(t.modifiers, modifiers);
    if (length !== undefined) assert.equal(t.length, length);
  });
}

test('semantic tokens: sorted, relative, non-overlapping, single-line', async () => {
  const { toks, data, lines } = await tokens();
  assert.equal(data.length % 5, 0);
  for (let i = 1; i < toks.length; i++) {
    const a = toks[i - 1], b = toks[i];
    assert.ok(a.line < b.line || (a.line === b.line && a.start + a.length <= b.start), `overlap or disorder at ${i}`);
  }
  for (const t of toks) assert.ok(t.start + t.length <= lines.lineText(t.line).length, 'token within its line');
  // The first token is encoded relative to (0, 0).
  assert.deepEqual(data.slice(0, 5), [0, 0, 15, legend.tokenTypes.indexOf('comment'), 0]);
});

test('semantic tokens: encode drops overlapping tokens and encodes deltas', () => {
  const data = encode([
    { line: 2, start: 4, length: 3, type: 1, mods: 0 },
    { line: 0, start: 2, length: 5, type: 0, mods: 1 },
    { line: 0, start: 4, length: 2, type: 2, mods: 0 },
    { line: 0, start: 8, length: 1, type: 3, mods: 4 },
  ]);
  assert.deepEqual(data, [0, 2, 5, 0, 1, 0, 6, 1, 3, 4, 2, 4, 3, 1, 0]);
});

test('semantic tokens: unknown file and empty file give no tokens', async () => {
  const m = await checkMarked({ 'a.ringside': '' });
  assert.deepEqual(semanticTokens(m.result, 'a.ringside'), []);
  assert.deepEqual(semanticTokens(m.result, 'nope.ringside'), []);
});

test('semantic tokens: privileged follows the analysis for every privileged kind, not eBPF', async () => {
  const kinds = ['kernel_driver', 'boot_start_driver', 'elam_driver', 'linux_kernel_module', 'macos_kext', 'hypervisor', 'secure_kernel', 'ebpf_program', 'user_service'];
  const text = kinds.map((k) => `context "c_${k}" {\n  kind = "${k}"\n}\n`).join('\n');
  const { toks, lines } = await tokens(text);
  for (const k of kinds) {
    const t = tokenAt(toks, lines, `"c_${k}"`)!;
    assert.equal(t.modifiers.includes('privileged'), !['ebpf_program', 'user_service'].includes(k), k);
  }
});
