// Judgement details the inline fixture expectations cannot express: which property a rule asks
// for when it stays silent on purpose (issue 8 §2). Data-driven: fixture file in, the
// unspecified (element, property, rule) triples that must — or must not — be reported out.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTexts, repoRoot } from '../helpers/parser';
import { applyEdits, replaceFix } from '../../server/src/fixes/apply';

interface Case { fixture: string; asks?: [string, string, string][]; doesNotAsk?: [string, string][] }

const CASES: Case[] = [
  // RS004: a bounded table read with run-time checks and no field count is a gap, not an error.
  { fixture: 'RS004/unspecified-fields-bounded.ringside', asks: [['hash_table', 'schema.fields', 'RS004']] },
  // Relays: a component that forwards bytes it does not decode is not asked how it parses them.
  { fixture: 'RS002/negative-relay-and-sandbox.ringside', doesNotAsk: [['file_filter', 'parser_complexity']] },
  { fixture: 'RS002/positive-no-relay.ringside', asks: [['file_filter', 'parser_complexity', 'RS002']] },
];

const root = repoRoot();

for (const c of CASES) {
  test(`unspecified needs of ${c.fixture}`, async () => {
    const file = path.join(root, 'test', 'fixtures', 'rules', c.fixture);
    const r = await checkTexts({ [path.basename(file)]: fs.readFileSync(file, 'utf8') });
    // Unspecified properties come grouped per element (issue 12 point 7): read the structured list.
    const metas = r.findings.filter((f) => f.ruleId === 'RS-META-UNSPECIFIED' && f.unspecified);
    const asked = (element: string, prop: string) => metas.flatMap((m) => m.unspecified!.element.endsWith(`.${element}`)
      ? m.unspecified!.properties.filter((p) => p.property === prop) : []);
    for (const [element, prop, rule] of c.asks ?? []) {
      assert.ok(asked(element, prop).some((p) => p.rules.includes(rule)),
        `expected an unspecified ${prop} on ${element} for ${rule}; got:\n${metas.map((m) => m.message).join('\n')}`);
    }
    for (const [element, prop] of c.doesNotAsk ?? []) {
      assert.equal(asked(element, prop).length, 0, `did not expect an unspecified ${prop} on ${element}`);
    }
  });
}

// Did-you-mean for waivers and review rules that name an unknown rule id: the suggestion, applied,
// gives a model without the error.
const WAIVER_MODEL = `agent "a" {
  platform = "linux"
  role     = "edr"
}

context "m" {
  kind   = "linux_kernel_module"
  start  = "auto"
  signer = "distro"
}

waiver "RS0044" {
  target  = context.m
  reason  = "Tested kernels only"
  owner   = "platform team"
  expires = "2026-06-30"
}

review {
  rule "RS04" {
    severity = "off"
  }
}
`;

test('unknown rule ids in waivers and review rules get a did-you-mean that applies', async () => {
  const r = await checkTexts({ 'w.ringside': WAIVER_MODEL });
  for (const code of ['RS-WAIVER-UNKNOWN-RULE', 'RS-REVIEW-UNKNOWN-RULE']) {
    const f = r.findings.find((x) => x.ruleId === code);
    assert.ok(f?.suggestions?.values.length, `${code} has suggestions: ${f?.message}`);
    assert.match(f.message, /Did you mean /);
    const fixed = applyEdits(WAIVER_MODEL, [{ range: f.suggestions.range, newText: replaceFix('w.ringside', f.suggestions.range, f.suggestions.values[0], f.suggestions.quote).newText }]);
    const again = await checkTexts({ 'w.ringside': fixed });
    assert.ok(!again.findings.some((x) => x.ruleId === code), `${code} cleared by its suggestion:\n${fixed}`);
  }
  assert.ok(r.findings.find((x) => x.ruleId === 'RS-WAIVER-UNKNOWN-RULE')!.suggestions!.values.includes('RS044'));
});

// Unset and empty evidence read the same everywhere: the same model with `evidence = []` added to
// every element that leaves it out must give the same findings, messages and facts.
const NO_EVIDENCE = `agent "a" {
  platform = "linux"
  role     = "edr"
}

context "kmod" {
  kind     = "linux_kernel_module"
  start    = "auto"
  signer   = "distro"
  language = "c"

  component "exec_hook" {
    kinds = ["sensor.process_callback"]
  }
}

context "probes" {
  kind = "ebpf_program"

  component "exec_probe" {
    kinds  = ["ebpf_probe"]
    attach = ["tracepoint"]
  }
}
`;

test('unset and empty evidence give the same findings and facts', async () => {
  const withEmpty = NO_EVIDENCE.replace(/(kind\s+= "(?:linux_kernel_module|ebpf_program)")/g, '$1\n  evidence = []')
    .replace(/(kinds\s+= \["(?:sensor\.process_callback|ebpf_probe)"\])/g, '$1\n    evidence = []');
  assert.notEqual(withEmpty, NO_EVIDENCE);
  const view = (r: Awaited<ReturnType<typeof checkTexts>>) => r.findings.filter((f) => /^RS\d{3}$/.test(f.ruleId))
    .map((f) => `${f.ruleId} ${f.severity} ${f.message} | ${f.facts.map((x) => x.text).join(' ; ')}`).sort();
  const a = view(await checkTexts({ 'm.ringside': NO_EVIDENCE }));
  const b = view(await checkTexts({ 'm.ringside': withEmpty }));
  assert.ok(a.some((x) => x.startsWith('RS023')) && a.some((x) => x.startsWith('RS043')), a.join('\n'));
  assert.deepEqual(b, a);
});

// Platform consistency: the did-you-mean offers the platform's kinds of the same privilege first,
// and applying it clears the error.
test('a context kind from another platform is an error whose suggestion applies', async () => {
  const text = 'agent "a" {\n  platform = "macos"\n  role     = "edr"\n}\n\ncontext "k" {\n  kind = "kernel_driver"\n}\n';
  const r = await checkTexts({ 'p.ringside': text });
  const f = r.findings.find((x) => x.ruleId === 'RS-PLATFORM');
  assert.ok(f?.suggestions, 'RS-PLATFORM with suggestions');
  assert.equal(f.suggestions.values[0], 'macos_kext');
  assert.match(f.message, /Did you mean "macos_kext"/);
  const fixed = applyEdits(text, [{ range: f.suggestions.range, newText: replaceFix('p.ringside', f.suggestions.range, 'macos_system_extension', true).newText }]);
  const again = await checkTexts({ 'p.ringside': fixed });
  assert.ok(!again.findings.some((x) => x.ruleId === 'RS-PLATFORM'), fixed);
});
