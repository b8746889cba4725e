// The JSON output against its published schema (docs/schemas/), over every fixture model: rule
// positives and negatives, broken files, incidents, the examples, waivers, baselines, problems.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { runCli, root, tmpdir } from './run-cli';

const TODAY = ['--today', '2026-01-15'];

function validator(name: string) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'docs', 'schemas', name), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(schema);
}

function assertValid(validate: ReturnType<typeof validator>, data: unknown, what: string) {
  const ok = validate(data);
  assert.ok(ok, `${what}:\n${JSON.stringify(validate.errors?.slice(0, 5), null, 2)}`);
}

test('check --format json validates against docs/schemas/check-output.schema.json', () => {
  const validate = validator('check-output.schema.json');
  // All fixtures in one run (recursive discovery), the examples, and one broken path.
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, 'bin.ringside'), Buffer.from([0, 1, 2]));
  const r = runCli(['check', 'test/fixtures', 'examples', path.join(dir, 'bin.ringside'), '-f', 'json', ...TODAY]);
  assert.equal(r.code, 2, 'the binary file is a problem');
  const out = JSON.parse(r.stdout);
  assert.ok(out.models.length > 50, `${out.models.length} models`);
  assert.equal(out.problems.length, 1);
  // Rule fixtures are one-file models; checked as a folder, the waived one is not alone.
  const waived = JSON.parse(runCli(['check', 'test/fixtures/rules/RS022/waived.ringside', '-f', 'json', ...TODAY]).stdout);
  assertValid(validate, waived, 'a waived finding');
  out.models.push(...waived.models);
  const all = out.models.flatMap((m: { findings: { suppressed?: unknown; fixes?: unknown; path?: unknown; unspecified?: unknown }[] }) => m.findings);
  for (const key of ['suppressed', 'fixes', 'path', 'unspecified', 'related', 'downgradedBy'] as const) {
    assert.ok(all.some((f: Record<string, unknown>) => f[key] !== undefined), `some finding has ${key}, so the schema is exercised on it`);
  }
  assertValid(validate, out, 'fixtures and examples');

  // With a baseline, the report carries `baselined`.
  const base = path.join(dir, 'b.json');
  runCli(['check', 'examples/falcon-2024-07', '--write-baseline', base, ...TODAY]);
  const withBaseline = JSON.parse(runCli(['check', 'examples/falcon-2024-07', '--baseline', base, '-f', 'json', ...TODAY]).stdout);
  assert.ok(withBaseline.baselined > 0);
  assertValid(validate, withBaseline, 'baseline run');

  // The schema is strict enough to notice drift: an unknown field is an error.
  out.models[0].findings[0].surprise = true;
  assert.equal(validate(out), false);
});
