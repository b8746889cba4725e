// The npm package ringside-cli as a user gets it: built into a temp folder (esbuild.mjs
// --cli-package), packed with `npm pack`, installed offline into an empty project, then run with
// npx from there: check, diff --base HEAD~1 in a two-commit git repository, init, fmt --check,
// explain. No network, no dependencies, no files from this repository.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { git, moveComponent, packCli, root, tmpdir } from '../cli/run-cli';
import { VERSION } from '../../server/src/version';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function sh(cmd: string, args: string[], cwd: string) {
  // Offline throughout: the package must install and run with no registry.
  const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

describe('ringside-cli npm package', () => {
  let project = '';
  let tarball = '';

  before(() => {
    tarball = packCli();
    project = tmpdir('ringside-project-');
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
    const install = sh(NPM, ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
    assert.equal(install.code, 0, install.stderr);
  });

  it('is named ringside-cli, versioned with Ringside, and holds only the bundles, two wasm files and the docs', () => {
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
    const pages = listed.filter((f) => f.startsWith('package/docs/rules/'));
    assert.ok(pages.includes('package/docs/rules/RS001.md') && pages.every((f) => f.endsWith('.md')), 'the rule pages the CLI links to');
    assert.deepEqual(listed.filter((f) => !pages.includes(f)), ['package/LICENSE', 'package/README.md', 'package/dist/cel.js', 'package/dist/cli-core.js', 'package/dist/cli.js', 'package/dist/elk.js', 'package/dist/tree-sitter-hcl.wasm', 'package/dist/tree-sitter.wasm', 'package/package.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', 'ringside-cli', 'package.json'), 'utf8'));
    assert.equal(manifest.name, 'ringside-cli');
    assert.equal(manifest.version, VERSION);
    assert.equal(manifest.dependencies, undefined, 'everything is bundled');
    assert.deepEqual(Object.keys(manifest.bin).sort(), ['ringside', 'ringside-cli']);
  });

  const npx = (args: string[], cwd = project) => sh(NPX, ['--offline', '--no', '--', 'ringside-cli', ...args], cwd);

  it('npx ringside-cli check reviews an example and fails on its errors', () => {
    fs.cpSync(path.join(root, 'examples', 'falcon-2024-07'), path.join(project, 'falcon'), { recursive: true });
    const r = npx(['check', 'falcon', '--today', '2026-01-15']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^falcon\/kernel\.ringside:\d+:\d+: error RS001 /m);
    assert.match(r.stdout, /\d+ errors, \d+ warnings, \d+ information, \d+ hints? in 1 model \(6 files\)/);
  });

  it('npx ringside-cli diff --base HEAD~1 reports what the last commit changed', () => {
    // A git repository inside the project folder, so npx finds the installed package.
    const dir = path.join(project, 'repo');
    const model = path.join(dir, 'design');
    fs.cpSync(path.join(root, 'examples', 'defender-split'), model, { recursive: true });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'Defender split as published');
    moveComponent(path.join(model, 'service.ringside'), 'av_engine', path.join(model, 'kernel.ringside'), 'defender_sensor_driver');
    git(dir, 'commit', '-qam', 'Move the engine into the driver');
    const r = npx(['diff', '--base', 'HEAD~1', '--fail-on', 'warning', '--today', '2026-01-15'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /\+ design\/kernel\.ringside:\d+:3: warning RS001 /);
    assert.match(r.stdout, /component\.av_engine: antimalware_service \(protected_service, user_protected\) → defender_sensor_driver \(kernel_driver, ring0\); privilege raised/);
  });

  it('npx ringside-cli init, fmt --check and explain RS001', () => {
    const init = npx(['init', '--platform', 'linux', 'starter']);
    assert.equal(init.code, 0, init.stderr);
    const check = npx(['check', 'starter', '-f', 'json']);
    assert.equal(check.code, 0, check.stderr);
    assert.ok(JSON.parse(check.stdout).models[0].findings.every((f: { ruleId: string }) => f.ruleId === 'RS-META-UNSPECIFIED'));
    const fmt = npx(['fmt', '--check', 'starter']);
    assert.equal(fmt.code, 0, fmt.stdout + fmt.stderr);
    const explain = npx(['explain', 'RS001']);
    assert.equal(explain.code, 0, explain.stderr);
    assert.match(explain.stdout, /^# RS001 — Kernel-resident interpreter consumes cloud-delivered content\n/);
    // --explain links the rule page installed with the package.
    const explained = npx(['check', 'starter', '--explain']);
    assert.match(explained.stdout, /rule page: file:\/\/.*\/node_modules\/ringside-cli\/docs\/rules\/RS-META-UNSPECIFIED\.md/);
    assert.match(npx(['--version']).stdout, new RegExp(`^ringside ${VERSION.replace(/\./g, '\\.')}\\n$`));
  });

  // The commands whose libraries are files of their own beside the CLI bundle (elk.js, cel.js).
  it('npx ringside-cli report, test-policies and policy-docs', () => {
    fs.cpSync(path.join(root, 'examples', 'falcon-2024-07'), path.join(project, 'mapped'), { recursive: true });
    const svg = npx(['report', 'mapped', '--format', 'svg', '--today', '2026-01-15']);
    assert.equal(svg.code, 0, svg.stderr);
    assert.match(svg.stdout, /^<svg [^>]*class="rs-map"/);
    const pack = path.join(project, 'pack');
    fs.cpSync(path.join(root, 'examples', 'policies', 'microsoft-windows-drivers'), pack, { recursive: true });
    const tested = npx(['test-policies', 'pack']);
    assert.equal(tested.code, 0, tested.stdout + tested.stderr);
    assert.match(tested.stdout, /^test-policies: \d+ passed, 0 failed$/m);
    const docs = npx(['policy-docs', 'pack']);
    assert.equal(docs.code, 0, docs.stderr);
    assert.match(docs.stdout, /^# /);
  });
});
