// Every source the rule registry cites has a URL and says whether it is primary (the record of the
// party concerned) or secondary (a report about it), and the generated rule pages show that mark.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SOURCES, RULE_META, META_UNSPECIFIED, RULE_INTERNAL_ERROR } from '../../server/src/rules/meta';
import { ruleDoc } from '../../server/src/docs/generate';
import { formatSarif } from '../../server/src/cli/format-sarif';
import { checkTexts } from '../helpers/parser';

const KINDS = new Set(['primary', 'secondary']);
const metas = [...RULE_META, META_UNSPECIFIED, RULE_INTERNAL_ERROR];

test('every registered source has a URL and a primary/secondary mark', () => {
  for (const [id, s] of Object.entries(SOURCES)) {
    assert.match(s.url, /^https?:\/\/[^\s]+$/, `${id} has no usable URL`);
    assert.ok(s.kind && KINDS.has(s.kind), `${id} is not marked primary or secondary`);
    assert.ok(s.title.trim().length > 0, `${id} has no title`);
  }
});

test('every link a rule cites (series and sources) has a URL and a mark', () => {
  for (const m of metas) {
    for (const l of [...m.series, ...m.primary]) {
      assert.match(l.url, /^https?:\/\/[^\s]+$/, `${m.id} cites "${l.title}" without a URL`);
      assert.ok(l.kind && KINDS.has(l.kind), `${m.id} cites "${l.title}" without a primary/secondary mark`);
    }
  }
});

test('rule pages show the mark of each source', () => {
  for (const m of RULE_META) {
    const page = ruleDoc(m);
    for (const l of m.primary) assert.ok(page.includes(`](${l.url}) (${l.kind})`), `${m.id} page does not mark ${l.url}`);
  }
});

// Third-party or unverifiable pages replaced by primary sources (issue 8 §1): an anonymous mirror,
// a retired Apple article id, and a Rust crate's docs where Apple documents the behaviour itself.
const REPLACED = ['docs-4eq.pages.dev', 'support.apple.com/en-us/HT210999', 'docs.rs/endpoint-sec'];

test('replaced sources stay out of the registry', () => {
  for (const m of metas) {
    for (const l of [...m.series, ...m.primary]) {
      for (const r of REPLACED) assert.ok(!l.url.includes(r), `${m.id} still cites ${l.url}`);
    }
  }
});

test('SARIF rule help marks each source primary or secondary', async () => {
  const r = await checkTexts({ 'm.ringside': 'agent "a" {\n  platform = "linux"\n  role     = "edr"\n}\n' });
  const log = JSON.parse(formatSarif({ results: [r], problems: [], cwd: '/virtual', version: 'test' }));
  const rs001 = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'RS001');
  for (const l of RULE_META.find((m) => m.id === 'RS001')!.primary) assert.ok(rs001.help.markdown.includes(`](${l.url}) (${l.kind})`), `SARIF help marks ${l.url}`);
});
