// Budgets that keep findings readable, checked on every example and incident model: a diagnostic
// message is the rule's title plus one sentence (≤ 200 characters, no Markdown backticks), its
// related information is a few places to go to, a compact hover spends ≤ 1,500 characters per
// finding, and an element's unspecified properties come as one entry.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-types';
import { repoRoot, parser, TEST_TODAY } from '../helpers/parser';
import { collectFixtureModels } from '../helpers/fixture-models';
import { checkInput } from '../../server/src/check';
import { hover, findingBlock, HOVER_BUDGET } from '../../server/src/features/hover';
import { toDiagnostic, diagnosticMessage, firstSentence, MESSAGE_BUDGET, RELATED_LIMIT } from '../../server/src/lsp/diagnostics';
import { ruleMeta } from '../../server/src/rules/meta';

const root = repoRoot();
const examples = fs.readdirSync(path.join(root, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory())
  .map((d) => ({ name: `examples/${d.name}`, files: fs.readdirSync(path.join(root, 'examples', d.name)).filter((f) => f.endsWith('.ringside')).sort().map((f) => path.join(root, 'examples', d.name, f)) }))
  .filter((m) => m.files.length > 0); // examples/policies holds policy packs, not a design
const incidents = collectFixtureModels(path.join(root, 'test', 'fixtures', 'incidents')).map((m) => ({ name: path.relative(root, m.name), files: m.files }));

for (const m of [...examples, ...incidents]) {
  test(`reader budgets: ${m.name}`, async () => {
    const p = await parser();
    const input = { root: path.dirname(m.files[0]), files: m.files.map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') })) };
    const r = checkInput(p, input, { today: TEST_TODAY });
    const problems: string[] = [];
    const perElement = new Map<string, number>();
    for (const f of r.findings) {
      if (f.suppression) continue;
      const where = `${f.ruleId} at ${f.loc.file}:${f.loc.range.start.line + 1}`;
      const d = toDiagnostic(f);
      const message = String(d.message);
      if (message.length > MESSAGE_BUDGET) problems.push(`${where}: message of ${message.length} characters`);
      if (message.includes('`')) problems.push(`${where}: backticks in the message: ${message}`);
      const title = ruleMeta(f.ruleId)?.title;
      if (title && !message.startsWith(`${title}: `)) problems.push(`${where}: message does not start with the title: ${message}`);
      if ((d.relatedInformation?.length ?? 0) > RELATED_LIMIT) problems.push(`${where}: ${d.relatedInformation!.length} related entries`);
      for (const ri of d.relatedInformation ?? []) if (ri.message.includes('`')) problems.push(`${where}: backticks in related information: ${ri.message}`);
      const block = findingBlock(f);
      if (block.length > HOVER_BUDGET) problems.push(`${where}: hover block of ${block.length} characters`);
      if (block.includes(firstSentence(f.message))) problems.push(`${where}: the hover repeats the diagnostic's sentence`);
      if (f.ruleId === 'RS-META-UNSPECIFIED') perElement.set(f.element!, (perElement.get(f.element!) ?? 0) + 1);
    }
    for (const [el, n] of perElement) if (n > 1) problems.push(`${el}: ${n} unspecified entries`);
    // The whole hover at each finding: its findings' blocks plus at most one symbol description.
    for (const f of r.findings.filter((x) => !x.suppression)) {
      const h = hover(r, f.loc.file, f.loc.range.start);
      const value = h ? (h.contents as MarkupContent).value : '';
      const here = r.findings.filter((x) => !x.suppression && x.loc.file === f.loc.file
        && x.loc.range.start.line <= f.loc.range.start.line && x.loc.range.end.line >= f.loc.range.start.line).length;
      if (value.length > HOVER_BUDGET * (here + 1)) problems.push(`hover at ${f.loc.file}:${f.loc.range.start.line + 1}: ${value.length} characters for ${here} findings`);
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}

test('a diagnostic message is the title and the first sentence', () => {
  assert.equal(firstSentence('Input `x` declares 21 fields, e.g. a count. Nothing reconciles them.'), 'Input `x` declares 21 fields, e.g. a count.');
  assert.equal(firstSentence('One sentence only'), 'One sentence only');
  const f = { ruleId: 'RS004', severity: 'error' as const, defaultSeverity: 'error' as const, message: 'Input `x` has 21 fields. Consequence.', loc: { file: 'a', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, facts: [] };
  assert.equal(diagnosticMessage(f), `${ruleMeta('RS004')!.title}: Input x has 21 fields.`);
  const long = { ...f, message: `${'word '.repeat(80)}end.` };
  assert.ok(diagnosticMessage(long).length <= MESSAGE_BUDGET && diagnosticMessage(long).endsWith('…'));
});
