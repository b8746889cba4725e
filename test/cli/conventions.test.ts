// What users of Semgrep, Trivy and terraform expect of a scanner's command line.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { git, runCli, root, tmpdir } from './run-cli';

const TODAY = ['--today', '2026-01-15'];
const ESC = '\x1b[';
const FIXTURE = 'test/fixtures/model/unknown-enum.ringside';

test('colour: off when piped, on with FORCE_COLOR or --color, off again with NO_COLOR or --no-color', () => {
  const cases: [Record<string, string>, string[], boolean][] = [
    [{}, [], false],
    [{ FORCE_COLOR: '1' }, [], true],
    [{ FORCE_COLOR: '0' }, [], false],
    [{}, ['--color'], true],
    [{ NO_COLOR: '1' }, [], false],
    [{ FORCE_COLOR: '1' }, ['--no-color'], false],
  ];
  for (const [env, flags, colored] of cases) {
    const r = runCli(['check', FIXTURE, ...flags, ...TODAY], { env });
    assert.equal(r.stdout.includes(ESC), colored, `${JSON.stringify(env)} ${flags.join(' ')}:\n${r.stdout}`);
  }
  // Machine formats are never coloured.
  assert.ok(!runCli(['check', FIXTURE, '-f', 'json', ...TODAY], { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC));
});

test('--quiet drops the summary; -f is --format', () => {
  const loud = runCli(['check', FIXTURE, ...TODAY]);
  const quiet = runCli(['check', FIXTURE, '-q', ...TODAY]);
  assert.match(loud.stdout, /in 1 model/);
  assert.ok(!/in 1 model/.test(quiet.stdout));
  assert.match(quiet.stdout, /RS-ENUM/);
  assert.deepEqual(JSON.parse(runCli(['check', FIXTURE, '-f', 'json', ...TODAY]).stdout).summary, JSON.parse(runCli(['check', FIXTURE, '--format=json', ...TODAY]).stdout).summary);
});

test('did-you-mean for commands, options, option values and rule ids', () => {
  const cases: [string[], RegExp][] = [
    [['chek'], /unknown command `chek`\. Did you mean `check`\?/],
    [['check', '--formt', 'json'], /unknown option `--formt` for `ringside check`\. Did you mean `--format`\?/],
    [['check', '--format', 'sarf'], /--format must be text, json, sarif, github or junit, not `sarf`\. Did you mean `sarif`\?/],
    [['diff', '--bsae', 'HEAD'], /Did you mean `--base`\?/],
    [['explain', 'RS01'], /no rule or code `RS01`\. Did you mean `RS001`/],
    [['init', '--platform', 'linx'], /Did you mean `linux`\?/],
  ];
  for (const [args, want] of cases) {
    const r = runCli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, want);
    assert.equal(r.stderr.match(want)!.length, 1);
  }
});

for (const platform of ['windows', 'linux', 'macos']) {
  test(`init --platform ${platform} writes a model that checks cleanly apart from what is unspecified, and is formatted`, () => {
    const dir = tmpdir();
    const r = runCli(['init', '--platform', platform, 'design'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote design[/\\]agent\.ringside/);
    const check = JSON.parse(runCli(['check', 'design', '-f', 'json', ...TODAY], { cwd: dir }).stdout);
    const findings = check.models[0].findings as { ruleId: string; severity: string }[];
    assert.ok(findings.length > 0, 'the starter lists what is still unspecified');
    assert.deepEqual(findings.filter((f) => f.ruleId !== 'RS-META-UNSPECIFIED'), []);
    assert.ok(findings.every((f) => f.severity === 'information'));
    assert.equal(runCli(['fmt', '--check', 'design'], { cwd: dir }).code, 0);
    const again = runCli(['init', 'design'], { cwd: dir });
    assert.equal(again.code, 2, 'never overwrites');
    assert.match(again.stderr, /already exists/);
  });
}

test('fmt --check lists unformatted files and exits 1; fmt rewrites them; `-` formats stdin', () => {
  const dir = tmpdir();
  const messy = 'agent "a" {\n    platform="linux"\n  role = "edr"\n}\n';
  fs.writeFileSync(path.join(dir, 'a.ringside'), messy);
  const check = runCli(['fmt', '--check', '.'], { cwd: dir });
  assert.equal(check.code, 1);
  assert.equal(check.stdout, 'a.ringside\n');
  assert.equal(fs.readFileSync(path.join(dir, 'a.ringside'), 'utf8'), messy, '--check changes nothing');
  assert.equal(runCli(['fmt', '.'], { cwd: dir }).code, 0);
  const formatted = fs.readFileSync(path.join(dir, 'a.ringside'), 'utf8');
  assert.equal(formatted, 'agent "a" {\n  platform = "linux"\n  role     = "edr"\n}\n');
  assert.equal(runCli(['fmt', '--check', '.'], { cwd: dir }).code, 0);
  assert.equal(runCli(['fmt', '-'], { input: messy }).stdout, formatted);
  fs.writeFileSync(path.join(dir, 'b.ringside'), 'agent "b" {\n');
  const broken = runCli(['fmt', '--check', 'b.ringside'], { cwd: dir });
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /b\.ringside: the file has syntax errors/);
});

test('rules lists every rule; rules ID and explain ID print its page', () => {
  const list = runCli(['rules']);
  assert.equal(list.code, 0);
  assert.match(list.stdout, /^RS001 +error +Kernel-resident interpreter consumes cloud-delivered content$/m);
  const page = runCli(['explain', 'RS001']);
  assert.equal(page.code, 0);
  assert.equal(page.stdout, runCli(['rules', 'rs001']).stdout);
  const doc = fs.readFileSync(path.join(root, 'docs', 'rules', 'RS001.md'), 'utf8');
  assert.ok(doc.endsWith(page.stdout), 'the page is docs/rules/RS001.md without its generated-file comment');
  assert.match(runCli(['explain', 'RS-SYNTAX']).stdout, /^# RS-SYNTAX — Syntax error/);
});

test('check . finds every model folder below it, skipping node_modules, .git and git-ignored folders', () => {
  const dir = tmpdir();
  const model = (rel: string) => {
    fs.mkdirSync(path.join(dir, rel), { recursive: true });
    fs.writeFileSync(path.join(dir, rel, 'agent.ringside'), `agent "a" {\n  platform = "linux"\n  role     = "edr"\n}\n`);
  };
  for (const m of ['models/one', 'models/two/nested', 'node_modules/pkg', 'build/generated', 'tracked']) model(m);
  git(dir, 'init', '-q');
  fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
  const r = runCli(['check', '.', '-f', 'json', ...TODAY], { cwd: dir });
  const roots = JSON.parse(r.stdout).models.map((m: { root: string }) => m.root).sort();
  assert.deepEqual(roots, ['models/one', 'models/two/nested', 'tracked']);
  // An ignored folder named on purpose is still checked.
  assert.deepEqual(JSON.parse(runCli(['check', 'build', '-f', 'json', ...TODAY], { cwd: dir }).stdout).models.map((m: { root: string }) => m.root), ['build/generated']);
  // Outside git, the walk skips node_modules but knows no ignore file.
  fs.rmSync(path.join(dir, '.git'), { recursive: true });
  const plain = JSON.parse(runCli(['check', '.', '-f', 'json', ...TODAY], { cwd: dir }).stdout).models.map((m: { root: string }) => m.root).sort();
  assert.deepEqual(plain, ['build/generated', 'models/one', 'models/two/nested', 'tracked']);
});

test('paths are printed as given: relative stays relative, absolute stays absolute; `-` reads stdin', () => {
  const rel = runCli(['check', FIXTURE, ...TODAY]);
  assert.ok(rel.stdout.startsWith(`${FIXTURE}:`), rel.stdout);
  const abs = path.join(root, FIXTURE);
  const absolute = runCli(['check', abs, ...TODAY]);
  assert.ok(absolute.stdout.startsWith(`${abs}:`), absolute.stdout);
  const json = JSON.parse(runCli(['check', abs, '-f', 'json', ...TODAY]).stdout);
  assert.equal(json.models[0].findings[0].location.file, abs);
  const stdin = runCli(['check', '-', ...TODAY], { input: fs.readFileSync(abs) });
  assert.equal(stdin.code, 1);
  assert.match(stdin.stdout, /^<stdin>:9:10: error RS-ENUM /m);
  const bad = runCli(['check', '-'], { input: Buffer.from([0x61, 0xff, 0x62]) });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /<stdin>:1:2: not valid UTF-8/);
});

test('--format github writes workflow annotations; --format junit writes JUnit XML', () => {
  const gh = runCli(['check', FIXTURE, '-f', 'github', ...TODAY]);
  assert.match(gh.stdout, /^::error file=test\/fixtures\/model\/unknown-enum\.ringside,line=9,col=10,endLine=9,endColumn=\d+,title=RS-ENUM::`"[^\n]*$/m);
  const messages = gh.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.ok(messages.every((l) => !l.slice(2).includes('\n')));
  const junit = runCli(['check', 'examples/falcon-2024-07', '-f', 'junit', ...TODAY]);
  assert.match(junit.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="ringside" tests="\d+" failures="\d+" errors="0">/);
  assert.match(junit.stdout, /<testsuite name="examples\/falcon-2024-07" tests="\d+" failures="[1-9]\d*"/);
  assert.match(junit.stdout, /<failure type="error" message="Kernel-resident interpreter consumes cloud-delivered content: [^"]*">/);
  const open = (junit.stdout.match(/<testcase /g) ?? []).length;
  const closed = (junit.stdout.match(/<\/testcase>|<testcase [^>]*\/>/g) ?? []).length;
  assert.equal(open, closed, 'every test case is closed');
});
