// The model layer on its own: messages, suggestions and related information, and robustness
// against input that is not a design at all.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkTexts, parser } from '../helpers/parser';
import { parseSource } from '../../server/src/model/source';
import { buildModel } from '../../server/src/model/build';
import { decodeDesignBytes } from '../../server/src/model/load';
import { suggest } from '../../server/src/model/suggest';

const AGENT = 'agent "a" {\n  platform = "windows"\n  role     = "edr"\n}\n';

async function modelDiagnostics(text: string) {
  const p = await parser();
  return buildModel('/virtual', [parseSource(p, 'm.ringside', text)]).diagnostics;
}

const messageCases: { name: string; text: string; code: string; includes: string[] }[] = [
  { name: 'unknown block suggests the nearest', text: AGENT + 'contxt "x" {\n}\n', code: 'RS-UNKNOWN-BLOCK', includes: ['`contxt`', 'Did you mean `context`?'] },
  { name: 'unknown attribute suggests the nearest', text: AGENT + 'context "x" {\n  kind = "user_service"\n  langauge = "c"\n}\n', code: 'RS-UNKNOWN-ATTRIBUTE', includes: ['`langauge`', '`language`'] },
  { name: 'unknown enum lists allowed values', text: AGENT + 'context "x" {\n  kind = "kernel_drvier"\n}\n', code: 'RS-ENUM', includes: ['"kernel_drvier"', 'Did you mean "kernel_driver"?'] },
  { name: 'small enums are listed in full', text: 'agent "a" {\n  platform = "window"\n  role = "edr"\n}\n', code: 'RS-ENUM', includes: ['Allowed: "windows", "linux", "macos"'] },
  { name: 'missing required attribute names it', text: AGENT + 'context "x" {\n}\n', code: 'RS-REQUIRED', includes: ['`kind`'] },
  { name: 'unresolved reference suggests a name', text: AGENT + 'context "x" {\n  kind = "user_service"\n  component "c" {\n    kinds = ["content_updater"]\n    consumes = [input.signatrues]\n  }\n}\ninput "signatures" {\n  source = "signature_db"\n}\n', code: 'RS-UNRESOLVED', includes: ['`signatrues`', '`input.signatures`'] },
  { name: 'unknown element type in a reference', text: AGENT + 'context "x" {\n  kind = "user_service"\n  component "c" {\n    kinds = ["content_updater"]\n    consumes = [inptu.a]\n  }\n}\n', code: 'RS-UNRESOLVED', includes: ['`inptu`', '`input`'] },
  { name: 'reference of the wrong kind', text: AGENT + 'context "x" {\n  kind = "user_service"\n  component "c" {\n    kinds = ["content_updater"]\n    consumes = [context.x]\n  }\n}\n', code: 'RS-WRONG-TARGET', includes: ['is a context'] },
  { name: 'quoted reference', text: AGENT + 'channel "ch" {\n  from = "component.a"\n  to = component.a\n}\ncontext "x" {\n  kind = "user_service"\n  component "a" {\n    kinds = ["content_updater"]\n  }\n}\n', code: 'RS-TYPE', includes: ['without quotes'] },
  { name: 'bad date', text: AGENT + 'waiver "RS001" {\n  target = agent.a\n  reason = "r"\n  owner = "o"\n  expires = "2026-02-30"\n}\n', code: 'RS-TYPE', includes: ['calendar date'] },
  { name: 'attribute at top level', text: AGENT + 'kind = "kernel_driver"\n', code: 'RS-PLACEMENT', includes: ['outside any block'] },
  { name: 'nested block in the wrong parent', text: AGENT + 'input "i" {\n  source = "signature_db"\n  recovery {\n  }\n}\n', code: 'RS-PLACEMENT', includes: ['`recovery`', '`context`'] },
  { name: 'second single-use nested block', text: AGENT + 'input "i" {\n  source = "signature_db"\n  schema {\n  }\n  schema {\n  }\n}\n', code: 'RS-DUPLICATE', includes: ['Only one `schema`'] },
  { name: 'attribute set twice', text: AGENT + 'context "x" {\n  kind = "user_service"\n  kind = "user_process"\n}\n', code: 'RS-DUPLICATE', includes: ['set twice'] },
  { name: 'name that cannot be referenced', text: AGENT + 'context "my driver" {\n  kind = "user_service"\n}\n', code: 'RS-LABELS', includes: ['cannot be referenced'] },
  { name: 'integer required', text: 'agent "a" {\n  platform = "windows"\n  role = "edr"\n  fleet_size = 1.5\n}\n', code: 'RS-TYPE', includes: ['whole number'] },
  { name: 'boolean written as a string', text: AGENT + 'context "x" {\n  kind = "kernel_driver"\n  hvci_compatible = "true"\n}\n', code: 'RS-TYPE', includes: ['without quotes'] },
];

for (const c of messageCases) {
  test(`model message: ${c.name}`, async () => {
    const diags = await modelDiagnostics(c.text);
    const d = diags.find((x) => x.code === c.code);
    assert.ok(d, `expected ${c.code}, got ${diags.map((x) => `${x.code}: ${x.message}`).join(' | ') || 'nothing'}`);
    for (const s of c.includes) assert.ok(d.message.includes(s), `message «${d.message}» should include «${s}»`);
  });
}

test('duplicates point at the first definition', async () => {
  const diags = await modelDiagnostics(AGENT + 'context "x" {\n  kind = "user_service"\n}\ncontext "x" {\n  kind = "user_service"\n}\n');
  const d = diags.find((x) => x.code === 'RS-DUPLICATE');
  assert.ok(d?.related?.length);
  assert.equal(d.related[0].loc.range.start.line, 4);
  assert.equal(d.loc.range.start.line, 7);
});

test('syntax errors do not cascade', async () => {
  const diags = await modelDiagnostics(AGENT + 'context "x" {\n  kind = \n  start = "system"\n}\ninput "i" {\n  source = "signature_db"\n}\n');
  assert.equal(diags.filter((d) => d.code === 'RS-SYNTAX').length, 1, JSON.stringify(diags.map((d) => d.message)));
});

test('a valid model has no model diagnostics', async () => {
  const r = await checkTexts({ 'a.ringside': AGENT + 'context "x" {\n  kind = "user_service"\n  component "c" {\n    kinds = ["content_updater"]\n    consumes = [input.i]\n  }\n}\n', 'b.ringside': 'input "i" {\n  source = "signature_db"\n}\n' });
  assert.deepEqual(r.model.diagnostics, []);
  assert.equal(r.model.components[0].refs('consumes')[0].target?.name, 'i');
});

const garbage: { name: string; text: () => string }[] = [
  { name: 'empty file', text: () => '' },
  { name: 'only comments', text: () => '# nothing\n// here\n/* at all */\n' },
  { name: 'random printable noise', text: () => Array.from({ length: 20000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('') },
  { name: 'unbalanced braces', text: () => '}'.repeat(500) + '{'.repeat(500) },
  { name: 'deeply nested blocks', text: () => 'context "x" {\n'.repeat(3000) + '}\n'.repeat(3000) },
  { name: 'deeply nested lists', text: () => 'agent "a" {\n  fleet_size = ' + '['.repeat(2000) + ']'.repeat(2000) + '\n}\n' },
  { name: 'a 5 MB file of blocks', text: () => 'input "i" {\n  source = "signature_db"\n}\n'.repeat(5 * 1024 * 1024 / 40) },
  { name: 'unicode everywhere', text: () => 'agent "é😀" {\n  platform = "wïndows😀"\n  role = "edr"\n}\n' },
];

for (const g of garbage) {
  test(`never throws: ${g.name}`, async () => {
    const r = await checkTexts({ 'g.ringside': g.text() });
    assert.ok(Array.isArray(r.findings));
  });
}

test('nesting limit is reported, not a stack overflow', async () => {
  const diags = await modelDiagnostics('context "x" {\n'.repeat(100) + '}\n'.repeat(100));
  assert.ok(diags.some((d) => d.code === 'RS-NESTING'));
});

test('binary and non-UTF-8 bytes are refused with a position', () => {
  const bin = decodeDesignBytes(new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63]));
  assert.equal(bin.ok, false);
  assert.ok(!bin.ok && bin.message.includes('binary') && bin.line === 2 && bin.column === 2);
  const latin1 = decodeDesignBytes(new Uint8Array([0x61, 0x62, 0xe9, 0x0a]));
  assert.ok(!latin1.ok && latin1.message.includes('UTF-8') && latin1.column === 3);
  const bom = decodeDesignBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
  assert.ok(bom.ok && bom.text === 'a');
});

test('suggestions', () => {
  assert.deepEqual(suggest('kernel_drvier', ['kernel_driver', 'user_service']), ['kernel_driver']);
  assert.deepEqual(suggest('zzzz', ['kernel_driver']), []);
  assert.deepEqual(suggest('kernel', ['kernel_driver', 'user_service']), ['kernel_driver']);
});
