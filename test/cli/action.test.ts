// The GitHub Action's script (action/run.sh), run locally as the runner would run it: INPUT_*
// variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the packed CLI from a tarball.
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { exampleRepo, git, moveComponent, packCli, root, tmpdir } from './run-cli';
import { validateSarif } from '../helpers/sarif-validate';

function runAction(cwd: string, inputs: Record<string, string>, tarball: string) {
  const out = tmpdir('ringside-gh-');
  const env: Record<string, string> = {
    ...process.env as Record<string, string>,
    RINGSIDE_TARBALL: tarball, RUNNER_TEMP: out,
    GITHUB_OUTPUT: path.join(out, 'output'), GITHUB_STEP_SUMMARY: path.join(out, 'summary.md'),
    npm_config_offline: 'true',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  const r = spawnSync('bash', [path.join(root, 'action', 'run.sh')], { cwd, env, encoding: 'utf8', timeout: 180_000 });
  const read = (f: string) => (fs.existsSync(path.join(out, f)) ? fs.readFileSync(path.join(out, f), 'utf8') : '');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, output: read('output'), summary: read('summary.md') };
}

describe('pre-commit hooks', () => {
  it('each hook\'s entry runs as written with the installed ringside-cli', () => {
    const yaml = fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
    const hooks = yaml.split(/^- id: /m).slice(1).map((h) => ({
      id: h.split('\n')[0].trim(),
      entry: /^  entry: (.+)$/m.exec(h)![1].trim().split(/\s+/),
      passFilenames: !/^  pass_filenames: false$/m.test(h),
      deps: /^  additional_dependencies: \[(.+)\]$/m.exec(h)![1],
    }));
    assert.deepEqual(hooks.map((h) => h.id), ['ringside-check', 'ringside-fmt']);
    const project = tmpdir('ringside-hook-');
    fs.writeFileSync(path.join(project, 'package.json'), '{"name":"hooks","version":"1.0.0","private":true}');
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', packCli()], { cwd: project, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    const { dir, model } = exampleRepo('defender-split');
    const files = fs.readdirSync(model).filter((f) => f.endsWith('.ringside')).map((f) => path.join('design', f));
    const version = JSON.parse(fs.readFileSync(path.join(root, 'packages', 'cli', 'package.json'), 'utf8')).version;
    const hook = (id: string) => {
      const h = hooks.find((x) => x.id === id)!;
      assert.equal(h.deps, `"ringside-cli@${version}"`, `${h.id} pins the current ringside-cli`);
      assert.equal(h.entry[0], 'ringside-cli');
      return spawnSync(path.join(project, 'node_modules', '.bin', h.entry[0]), [...h.entry.slice(1), ...(h.passFilenames ? files : [])], { cwd: dir, encoding: 'utf8' });
    };
    const check = hook('ringside-check');
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /in 1 model \(5 files\)/);
    // The example aligns its comments by hand; the formatter lines them up per block.
    const fmt = hook('ringside-fmt');
    assert.equal(fmt.status, 1, fmt.stdout + fmt.stderr);
    assert.match(fmt.stdout, /^design\/kernel\.ringside$/m);
    spawnSync(path.join(project, 'node_modules', '.bin', 'ringside'), ['fmt', 'design'], { cwd: dir });
    assert.equal(hook('ringside-fmt').status, 0);
  });
});

describe('GitHub Action', () => {
  let tarball = '';
  before(() => { tarball = packCli(); });

  it('action.yml passes every input to the script and uploads the SARIF it writes', () => {
    const yml = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
    assert.match(yml, /using: composite/);
    assert.match(yml, /run: bash "\$GITHUB_ACTION_PATH\/action\/run\.sh"/);
    assert.match(yml, /uses: github\/codeql-action\/upload-sarif@v3/);
    const script = fs.readFileSync(path.join(root, 'action', 'run.sh'), 'utf8');
    const inputSection = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
    const inputs = [...inputSection.matchAll(/^  ([a-z-]+):\n    description:/gm)].map((m) => m[1]).filter((n) => n !== 'upload-sarif');
    for (const name of inputs) {
      const env = `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
      assert.ok(yml.includes(`${env}: \${{ inputs.${name} }}`), `action.yml passes ${name} as ${env}`);
      assert.ok(script.includes(env), `run.sh reads ${env}`);
    }
  });

  it('checks a path: SARIF for code scanning, annotations, outputs, the exit code of the check', () => {
    const { dir } = exampleRepo('falcon-2024-07');
    const r = runAction(dir, { path: 'design', 'sarif-file': 'out.sarif' }, tarball);
    assert.equal(r.code, 1, r.stderr);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    const v = validateSarif(sarif);
    assert.ok(v.valid, v.errors.join('\n'));
    assert.ok(sarif.runs[0].results.length > 10);
    assert.match(r.stdout, /^::error file=design\/kernel\.ringside,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=RS001 /m);
    assert.match(r.output, /^sarif-file=out\.sarif$/m);
    assert.match(r.output, /^exit-code=1$/m);
    assert.equal(runAction(dir, { path: 'design', 'fail-on': 'never' }, tarball).code, 0);
  });

  it('with diff-base, writes the Markdown risk diff to the job summary', () => {
    const { dir, model } = exampleRepo('defender-split');
    moveComponent(path.join(model, 'service.ringside'), 'av_engine', path.join(model, 'kernel.ringside'), 'defender_sensor_driver');
    git(dir, 'commit', '-qam', 'Move the engine into the driver');
    const r = runAction(dir, { path: '.', 'diff-base': 'HEAD~1', 'fail-on': 'never' }, tarball);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.summary, /^### Ringside risk diff/);
    assert.match(r.summary, /\| `component\.av_engine` \| antimalware_service \(protected_service, user_protected\) \| defender_sensor_driver \(kernel_driver, ring0\) \| raised \|/);
  });
});
