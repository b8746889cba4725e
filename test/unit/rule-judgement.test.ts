// Judgement details the inline fixture expectations cannot express: which property a rule asks
// for when it stays silent on purpose (issue 8 §2). Data-driven: fixture file in, the
// unspecified (element, property, rule) triples that must — or must not — be reported out.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkTexts, repoRoot } from '../helpers/parser';

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
    const metas = r.findings.filter((f) => f.ruleId === 'RS-META-UNSPECIFIED').map((f) => f.message);
    for (const [element, prop, rule] of c.asks ?? []) {
      assert.ok(metas.some((m) => m.includes(` ${element} `) && m.includes(`\`${prop}\``) && m.includes(rule)),
        `expected an unspecified ${prop} on ${element} for ${rule}; got:\n${metas.join('\n')}`);
    }
    for (const [element, prop] of c.doesNotAsk ?? []) {
      assert.ok(!metas.some((m) => m.includes(` ${element} `) && m.includes(`\`${prop}\``)), `did not expect an unspecified ${prop} on ${element}`);
    }
  });
}
