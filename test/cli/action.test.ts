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
