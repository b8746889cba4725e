// Gradual adoption and code scanning: baselines, and SARIF with fingerprints, tags and
// security-severity.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, root, tmpdir } from './run-cli';
import { validateSarif } from '../helpers/sarif-validate';
import { RULE_CWES } from '../../server/src/cli/rule-properties';
import { RULE_META } from '../../server/src/rules/meta';

const TODAY = ['--today', '2026-01-15'];

test('a run with a baseline reports and fails on only the findings not in it', () => {
  const dir = tmpdir();
  const model = path.join(dir, 'falcon');
  fs.cpSync(path.join(root, 'examples', 'falcon-2024-07'), model, { recursive: true });
  const write = runCli(['check', 'falcon', '--write-baseline', 'ringside-baseline.json', ...TODAY], { cwd: dir });
  assert.equal(write.code, 0, write.stderr);
  assert.match(write.stderr, /recorded \d+ findings of 1 model in ringside-baseline\.json/);
  const file = JSON.parse(fs.readFileSync(path.join(dir, 'ringside-baseline.json'), 'utf8'));
  assert.equal(file.format, 'ringside-baseline/v1');
  assert.ok(file.findings.length > 10);
  assert.ok(file.findings.some((e: { rule: string; element: string; model: string; message: string }) => e.rule === 'RS001' && e.element === 'component.content_interpreter' && e.model === 'falcon' && e.message.length > 0));

  // Nothing new: exit 0, the summary says how many the baseline holds.
  const clean = runCli(['check', 'falcon', '--baseline', 'ringside-baseline.json', ...TODAY], { cwd: dir });
  assert.equal(clean.code, 0, clean.stdout);
  assert.match(clean.stdout, new RegExp(`^0 errors, 0 warnings, 0 information, 0 hints in 1 model \\(6 files\\); ${file.findings.length} in the baseline$`, 'm'));

  // Lines move (a comment block on top of every file): still nothing new.
  for (const f of fs.readdirSync(model).filter((n) => n.endsWith('.ringside'))) fs.writeFileSync(path.join(model, f), '# reviewed\n\n' + fs.readFileSync(path.join(model, f), 'utf8'));
  assert.equal(runCli(['check', 'falcon', '--baseline', 'ringside-baseline.json', ...TODAY], { cwd: dir }).code, 0);

  // A new global deployment of the sensor code brings new findings: only they are reported.
  fs.appendFileSync(path.join(model, 'deployment.ringside'), '\ninput "hotfix" {\n  source = "cloud_rapid_content"\n}\n\ndeployment "hotfix_push" {\n  delivers = [input.hotfix]\n  rollout  = "global"\n}\n');
  const fresh = JSON.parse(runCli(['check', 'falcon', '--baseline', 'ringside-baseline.json', '-f', 'json', ...TODAY], { cwd: dir }).stdout);
  const ids = fresh.models[0].findings.map((f: { ruleId: string; element: string }) => `${f.ruleId} ${f.element}`);
  assert.ok(ids.length > 0 && ids.every((x: string) => /hotfix/.test(x)), ids.join('\n'));
  assert.equal(fresh.baselined, file.findings.length);

  // A broken baseline is a clear usage error.
  fs.writeFileSync(path.join(dir, 'bad.json'), '{"findings": 3}');
  const bad = runCli(['check', 'falcon', '--baseline', 'bad.json'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /bad\.json: not a Ringside baseline/);
  assert.match(runCli(['check', 'falcon', '--baseline', 'missing.json'], { cwd: dir }).stderr, /no such file \(create it with --write-baseline\)/);
});

test('SARIF: partialFingerprints, security tags, CWE ids, numeric security-severity and precision; valid', () => {
  const r = runCli(['check', 'examples/falcon-2024-07', '-f', 'sarif', ...TODAY]);
  const sarif = JSON.parse(r.stdout);
  const v = validateSarif(sarif);
  assert.ok(v.valid, v.errors.join('\n'));
  const rules = new Map<string, { properties: Record<string, unknown> }>(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => [x.id, x]));
  for (const m of RULE_META) {
    const p = rules.get(m.id)!.properties;
    assert.ok((p.tags as string[]).includes('security'), m.id);
    assert.match(p['security-severity'] as string, /^\d+\.\d$/, m.id);
    assert.ok(Number(p['security-severity']) > 0 && Number(p['security-severity']) <= 10);
    assert.ok(['very-high', 'high', 'medium', 'low'].includes(p.precision as string));
    const cwes = (p.tags as string[]).filter((t) => t.startsWith('external/cwe/'));
    assert.deepEqual(cwes, (RULE_CWES[m.id]?.cwe ?? []).map((n) => `external/cwe/cwe-${n}`), m.id);
  }
  assert.ok((rules.get('RS004')!.properties.tags as string[]).includes('external/cwe/cwe-125'));
  assert.ok(!(rules.get('RS001')!.properties.tags as string[]).some((t) => t.includes('cwe')), 'a placement rule is not a CWE');
  // Every CWE carries its reason, with a link to the CWE entry.
  for (const [id, c] of Object.entries(RULE_CWES)) for (const n of c.cwe) assert.ok(c.why.includes(`https://cwe.mitre.org/data/definitions/${n}.html`), `${id} CWE-${n}`);

  const fps = sarif.runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['ringsideFinding/v1']);
  assert.ok(fps.every((f: string) => /^[0-9a-f]{16}$/.test(f)));
  // The fingerprint ignores lines: the same model with a comment on top gives the same ones.
  const dir = tmpdir();
  fs.cpSync(path.join(root, 'examples', 'falcon-2024-07'), dir, { recursive: true });
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ringside'))) fs.writeFileSync(path.join(dir, f), '\n\n# moved\n' + fs.readFileSync(path.join(dir, f), 'utf8'));
  const moved = JSON.parse(runCli(['check', dir, '-f', 'sarif', ...TODAY]).stdout);
  assert.deepEqual(moved.runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['ringsideFinding/v1']).sort(), [...fps].sort());
});
