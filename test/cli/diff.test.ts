// `ringside diff`: the risk a change adds or removes, in a real git repository and between folders.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exampleRepo, git, moveComponent, runCli, root, tmpdir } from './run-cli';
import { validateSarif } from '../helpers/sarif-validate';

const TODAY = ['--today', '2026-01-15'];

interface DiffJson {
  summary: Record<string, number>;
  introduced: { ruleId: string; element?: string; severity: string; fingerprint: string }[];
  resolved: { ruleId: string; element?: string }[];
  changed: unknown[];
  moves: { element: string; from: { context: string; kind: string; privilege: string }; to: { context: string; kind: string; privilege: string }; privilege: string }[];
  blastRadius: { element: string; aspect: string; before: string; after: string; worse?: boolean }[];
  waivers: { rule: string; target: string; change: string }[];
}

// Defender's split design keeps its detection engine in a protected (PPL) service. The change
// under review moves that engine into the sensor kernel driver: the July 2024 shape.
function movedEngineRepo() {
  const repo = exampleRepo('defender-split');
  moveComponent(path.join(repo.model, 'service.ringside'), 'av_engine', path.join(repo.model, 'kernel.ringside'), 'defender_sensor_driver');
  git(repo.dir, 'commit', '-qam', 'Move the engine into the sensor driver');
  return repo;
}

test('moving an interpreter from a protected service into a kernel driver: new findings, the move, the blast radius', () => {
  const { dir } = movedEngineRepo();
  // The engine declares its mitigations (bounded schema, run-time bounds checks, fuzzing, staged
  // rollout), so RS001 is lowered to a warning: it fails a run that fails on warnings.
  const r = runCli(['diff', '--base', 'HEAD~1', '-f', 'json', '--fail-on', 'warning', ...TODAY], { cwd: dir });
  assert.equal(r.code, 1, `a new warning fails the run\n${r.stderr}`);
  const d = JSON.parse(r.stdout) as DiffJson;
  const introduced = d.introduced.map((f) => `${f.ruleId} ${f.element} ${f.severity}`);
  assert.ok(introduced.includes('RS001 component.av_engine warning'), introduced.join('\n'));
  assert.ok(introduced.includes('RS008 deployment.security_intelligence_updates warning'), introduced.join('\n'));
  assert.deepEqual(d.resolved, []);
  assert.deepEqual(d.moves, [{
    model: 'design', element: 'component.av_engine',
    from: { context: 'antimalware_service', kind: 'protected_service', privilege: 'user_protected' },
    to: { context: 'defender_sensor_driver', kind: 'kernel_driver', privilege: 'ring0' },
    privilege: 'raised',
  }] as unknown as DiffJson['moves']);
  const crash = d.blastRadius.find((b) => b.element === 'component.av_engine' && b.aspect === 'crash');
  assert.ok(crash, JSON.stringify(d.blastRadius));
  assert.equal(crash.before, 'one restartable service');
  assert.match(crash.after, /whole host/);
  assert.equal(crash.worse, true);
  assert.ok(d.blastRadius.some((b) => b.element === 'context.defender_sensor_driver' && b.aspect === 'release reach' && b.worse === true), 'content now reaches the driver');

  // The text and Markdown views say the same.
  const text = runCli(['diff', '--base', 'HEAD~1', ...TODAY], { cwd: dir });
  assert.match(text.stdout, /New findings:\n[\s\S]*?\+ design\/kernel\.ringside:\d+:3: warning RS001 /);
  assert.match(text.stdout, /component\.av_engine: antimalware_service \(protected_service, user_protected\) → defender_sensor_driver \(kernel_driver, ring0\); privilege raised/);
  assert.match(text.stdout, /component\.av_engine: crash: one restartable service → the whole host/);
  const md = runCli(['diff', '--base', 'HEAD~1', '--format', 'markdown', ...TODAY], { cwd: dir });
  assert.match(md.stdout, /^### Ringside risk diff/);
  assert.match(md.stdout, /#### Moved between execution contexts\n\n\| Component \| From \| To \| Privilege \|\n\|---\|---\|---\|---\|\n\| `component\.av_engine` \| antimalware_service .* \| raised \|/);

  // The default threshold is error, and nothing new is an error: exit 0.
  assert.equal(runCli(['diff', '--base', 'HEAD~1', ...TODAY], { cwd: dir }).code, 0);
});

test('the reverse commit reports the same findings resolved and the privilege lowered; exit 0', () => {
  const { dir } = movedEngineRepo();
  git(dir, 'revert', '--no-edit', 'HEAD');
  const r = runCli(['diff', '--base', 'HEAD~1', '-f', 'json', ...TODAY], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const d = JSON.parse(r.stdout) as DiffJson;
  const resolved = d.resolved.map((f) => `${f.ruleId} ${f.element}`);
  assert.ok(resolved.includes('RS001 component.av_engine') && resolved.includes('RS008 deployment.security_intelligence_updates'), resolved.join('\n'));
  assert.deepEqual(d.introduced, []);
  assert.equal(d.moves[0].privilege, 'lowered');
  assert.ok(d.blastRadius.some((b) => b.aspect === 'crash' && b.worse === false));
});

test('findings are matched by fingerprint, not by line: moving text and reformatting changes nothing', () => {
  const { dir, model } = exampleRepo('falcon-2024-07');
  // Swap two files' contents' order inside a file and add blank lines before everything.
  const f = path.join(model, 'kernel.ringside');
  fs.writeFileSync(f, '\n\n\n# moved down\n\n' + fs.readFileSync(f, 'utf8'));
  const r = runCli(['diff', '--base', 'HEAD', '-f', 'json', ...TODAY], { cwd: dir });
  const d = JSON.parse(r.stdout) as DiffJson;
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual([d.introduced.length, d.resolved.length, d.changed.length], [0, 0, 0]);
  assert.ok(d.summary.unchanged > 10);
});

test('SARIF diff output carries baselineState and validates', () => {
  const { dir } = movedEngineRepo();
  const r = runCli(['diff', '--base', 'HEAD~1', '-f', 'sarif', ...TODAY], { cwd: dir });
  const sarif = JSON.parse(r.stdout);
  const v = validateSarif(sarif);
  assert.ok(v.valid, v.errors.join('\n'));
  const states = new Map<string, string>();
  for (const res of sarif.runs[0].results) states.set(`${res.ruleId} ${res.properties.element}`, res.baselineState);
  assert.equal(states.get('RS001 component.av_engine'), 'new');
  git(dir, 'revert', '--no-edit', 'HEAD');
  const back = JSON.parse(runCli(['diff', '--base', 'HEAD~1', '-f', 'sarif', ...TODAY], { cwd: dir }).stdout);
  assert.ok(back.runs[0].results.some((x: { ruleId: string; baselineState: string }) => x.ruleId === 'RS001' && x.baselineState === 'absent'));
});

test('two folders; waivers added and expired; models added', () => {
  const a = tmpdir(), b = tmpdir();
  fs.cpSync(path.join(root, 'examples', 'falcon-2024-07'), path.join(a, 'falcon'), { recursive: true });
  fs.cpSync(path.join(root, 'examples', 'falcon-2024-07'), path.join(b, 'falcon'), { recursive: true });
  fs.cpSync(path.join(root, 'examples', 'defender-split'), path.join(b, 'defender'), { recursive: true });
  const waiver = (rule: string, target: string, expires: string) => `waiver "${rule}" {\n  target  = ${target}\n  reason  = "Tracked in the rollout plan."\n  owner   = "release team"\n  expires = "${expires}"\n}\n`;
  fs.writeFileSync(path.join(a, 'falcon', 'accepted.ringside'), waiver('RS009', 'deployment.rapid_response', '2026-03-01') + waiver('RS012', 'deployment.rapid_response', '2026-02-01'));
  fs.writeFileSync(path.join(b, 'falcon', 'accepted.ringside'), waiver('RS012', 'deployment.rapid_response', '2026-12-31'));
  fs.writeFileSync(path.join(b, 'falcon', 'waivers.ringside'), [
    'waiver "RS003" {', '  target  = component.content_interpreter', '  reason  = "Patterns are compiled offline into size-capped tables."',
    '  owner   = "sensor platform"', '  expires = "2026-06-30"', '}', '',
    'waiver "RS045" {', '  target  = component.network_sensor', '  reason  = "Deep inspection needs the callout."', '  owner   = "network team"', '  expires = "2025-01-01"', '}', ''].join('\n'));
  const r = runCli(['diff', a, b, '-f', 'json', ...TODAY]);
  const d = JSON.parse(r.stdout) as DiffJson & { models: { name: string; status: string }[] };
  assert.deepEqual(d.models, [{ name: 'defender', status: 'added' }, { name: 'falcon', status: 'compared' }]);
  assert.deepEqual(d.waivers.map((w) => `${w.change} ${w.rule} ${w.target}`).sort(), [
    'added RS003 component.content_interpreter', 'expired RS045 component.network_sensor',
    'removed RS009 deployment.rapid_response', 'renewed RS012 deployment.rapid_response']);
  // Removing the RS009 waiver brings its finding back unwaived: a change, not a new finding.
  const rs009 = (d.changed as { ruleId: string; changes: string[] }[]).find((c) => c.ruleId === 'RS009');
  assert.deepEqual(rs009?.changes, ['no longer waived']);
  assert.equal(r.code, 1, 'the expired waiver is a new error');
});

test('diff usage errors: no base, not a commit, outside git', () => {
  assert.equal(runCli(['diff']).code, 2);
  const notCommit = runCli(['diff', '--base', 'no-such-ref-x'], { cwd: root });
  assert.equal(notCommit.code, 2);
  assert.match(notCommit.stderr, /`no-such-ref-x` is not a commit/);
  const outside = runCli(['diff', '--base', 'HEAD'], { cwd: tmpdir() });
  assert.equal(outside.code, 2);
  assert.equal(outside.stderr.trim().split('\n').length, 1, outside.stderr);
});

test('Markdown tables are cut for a pull-request comment, most severe first', () => {
  const r = runCli(['diff', 'examples/defender-split', 'examples/falcon-2024-07', '-f', 'markdown', ...TODAY]);
  const table = r.stdout.slice(r.stdout.indexOf('#### New findings'), r.stdout.indexOf('####', r.stdout.indexOf('#### New findings') + 5));
  const rows = table.split('\n').filter((l) => /^\| (error|warning|information|hint|waived) \|/.test(l));
  assert.equal(rows.length, 25);
  assert.match(table, /…and \d+ more \(the text, JSON and SARIF outputs list them all\)\./);
  const sev = rows.map((l) => l.split(' | ')[0].slice(2));
  assert.deepEqual(sev, [...sev].sort((a, b) => ['error', 'warning', 'information', 'hint', 'waived'].indexOf(a) - ['error', 'warning', 'information', 'hint', 'waived'].indexOf(b)));
  assert.ok(r.stdout.length < 65536);
});
