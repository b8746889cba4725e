// The JSON output against its published schema (docs/schemas/), over every fixture model: rule
// positives and negatives, broken files, incidents, the examples, waivers, baselines, problems.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { exampleRepo, git, moveComponent, runCli, root, tmpdir } from './run-cli';

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

  // A model with more findings of one rule in one file than a report lists: the summary says how
  // many were left out, in JSON and in SARIF.
  const capped = path.join(dir, 'capped');
  fs.mkdirSync(capped);
  const refs = Array.from({ length: 250 }, (_, i) => `input.missing_${i}`).join(', ');
  fs.writeFileSync(path.join(capped, 'many.ringside'),
    `agent "a" {\n  platform = "windows"\n  role = "edr"\n}\ncontext "svc" {\n  kind = "user_service"\n  component "c" {\n    kinds = ["signature_scanner"]\n    consumes = [${refs}]\n  }\n}\n`);
  const cappedOut = JSON.parse(runCli(['check', capped, '-f', 'json', ...TODAY]).stdout);
  assertValid(validate, cappedOut, 'a capped report');
  const unresolved = cappedOut.models[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'RS-UNRESOLVED');
  assert.deepEqual(unresolved.map((f: { leftOut?: number }) => f.leftOut).filter((x: unknown) => x !== undefined), [150]);
  const sarif = JSON.parse(runCli(['check', capped, '-f', 'sarif', ...TODAY]).stdout);
  const summaries = sarif.runs[0].results.filter((r: { properties: { leftOut?: number } }) => r.properties.leftOut !== undefined);
  assert.deepEqual(summaries.map((r: { ruleId: string; properties: { leftOut: number } }) => [r.ruleId, r.properties.leftOut]), [['RS-UNRESOLVED', 150]]);

  // The schema is strict enough to notice drift: an unknown field is an error.
  out.models[0].findings[0].surprise = true;
  assert.equal(validate(out), false);
});

test('diff --format json validates against docs/schemas/diff-output.schema.json', () => {
  const validate = validator('diff-output.schema.json');
  const { dir, model } = exampleRepo('defender-split');
  moveComponent(path.join(model, 'service.ringside'), 'av_engine', path.join(model, 'kernel.ringside'), 'defender_sensor_driver');
  fs.writeFileSync(path.join(model, 'waivers.ringside'), 'waiver "RS001" {\n  target  = component.av_engine\n  reason  = "Under review."\n  owner   = "sensor team"\n  expires = "2026-03-01"\n}\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'move and waive');
  const forward = JSON.parse(runCli(['diff', '--base', 'HEAD~1', '-f', 'json', ...TODAY], { cwd: dir }).stdout);
  assert.ok(forward.introduced.length && forward.moves.length && forward.blastRadius.length && forward.waivers.length);
  assertValid(validate, forward, 'forward diff');
  // Two folders with a model added and one changed (severity and waiver changes).
  const a = tmpdir(), b = tmpdir();
  fs.cpSync(path.join(root, 'examples', 'falcon-2024-07'), path.join(a, 'falcon'), { recursive: true });
  fs.cpSync(path.join(root, 'examples', 'falcon-2024-07'), path.join(b, 'falcon'), { recursive: true });
  fs.cpSync(model, path.join(b, 'defender'), { recursive: true });
  fs.writeFileSync(path.join(b, 'falcon', 'waivers.ringside'), 'waiver "RS001" {\n  target  = component.content_interpreter\n  reason  = "Accepted until the move."\n  owner   = "sensor team"\n  expires = "2026-03-01"\n}\n');
  const folders = JSON.parse(runCli(['diff', a, b, '-f', 'json', ...TODAY]).stdout);
  assert.ok(folders.changed.length > 0, 'the waived finding is changed');
  assertValid(validate, folders, 'folder diff');
});
