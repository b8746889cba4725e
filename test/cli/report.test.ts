// `ringside report`: the bundled CLI in a child process writes the review report of a model as
// self-contained HTML, SVG, Markdown with Mermaid, or Mermaid alone; bad input never crashes it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../helpers/parser';
import { generateModel } from '../../bench/generate';

const root = repoRoot();
const cli = path.join(root, 'server', 'dist', 'cli.js');
const falcon = path.join('examples', 'falcon-2024-07');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, 'report', ...args, '--today', '2026-01-15'], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ELEMENTS = ['context.csagent', 'context.csboot', 'context.falcon_service', 'context.falcon_cloud', 'component.content_interpreter', 'component.content_updater',
  'component.boot_classifier', 'input.channel_291', 'input.os_events', 'deployment.rapid_response', 'channel.updater_to_interpreter'];

test('report --format html: one self-contained page with map, findings, blast radius, waivers and rules', () => {
  const r = run([falcon]);
  assert.equal(r.code, 0, r.stderr);
  const html = r.stdout;
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.ok(!/<script|<link|src="http|url\(http/i.test(html), 'nothing loads from elsewhere');
  assert.match(html, /<svg [^>]*class="rs-map"/);
  for (const key of ELEMENTS) assert.ok(html.includes(`data-key="${key}"`), `${key} on the map`);
  assert.match(html, /<time id="generated" datetime="2026-01-15T00:00:00Z">/);
  assert.match(html, /<code id="model-hash">sha256:[0-9a-f]{64}<\/code>/);
  assert.match(html, /<h3 class="element" data-element="component.content_interpreter">/);
  assert.match(html, /<a href="#rule-RS001">RS001<\/a>/);
  assert.match(html, /<div class="rule" id="rule-RS001">/);
  assert.match(html, /<tr data-element="component.content_interpreter"><td><code>component.content_interpreter<\/code><\/td><td>kernel_driver<\/td><td>the whole host, on every boot<\/td>/);
  assert.match(html, /examples\/falcon-2024-07\/kernel\.ringside:\d+:\d+/);
  // The same model gives the same hash; a changed model a different one.
  assert.equal(/sha256:([0-9a-f]{64})/.exec(run([falcon]).stdout)?.[1], /sha256:([0-9a-f]{64})/.exec(html)?.[1]);
});

test('report: waivers are listed with owner and expiry', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-report-'));
  for (const f of fs.readdirSync(path.join(root, falcon))) if (f.endsWith('.ringside')) fs.copyFileSync(path.join(root, falcon, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'waivers.ringside'), 'waiver "RS003" {\n  target  = component.content_interpreter\n  reason  = "Regexes run with a step budget."\n  owner   = "sensor platform"\n  expires = "2026-06-30"\n}\n');
  const r = run([dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /<tr><td>RS003<\/td><td><code>component\.content_interpreter<\/code><\/td><td>sensor platform<\/td><td>2026-06-30<\/td><td>in use<\/td>/);
  assert.match(r.stdout, /waived \(warning\)/);
});

test('report --format svg, md and mermaid', () => {
  const svg = run([falcon, '--format', 'svg']);
  assert.equal(svg.code, 0, svg.stderr);
  assert.match(svg.stdout, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.ok(svg.stdout.includes('<style>'), 'a standalone SVG carries its style');

  const mermaid = run([falcon, '--format', 'mermaid']);
  assert.equal(mermaid.code, 0, mermaid.stderr);
  assert.match(mermaid.stdout, /^flowchart TB\n/);
  const bands = [...mermaid.stdout.matchAll(/subgraph band_(\w+)/g)].map((m) => m[1]);
  assert.deepEqual(bands, ['cloud', 'protected_user', 'kernel', 'boot']);
  assert.match(mermaid.stdout, /==>\|"updater_to_interpreter \(channel_291\) ↑ raw"\|/);

  const md = run([falcon, '--format', 'md']);
  assert.equal(md.code, 0, md.stderr);
  assert.ok(md.stdout.includes('```mermaid\n' + mermaid.stdout.trimEnd() + '\n```'));
  assert.match(md.stdout, /## Blast radius/);
  assert.match(md.stdout, /\| error \| RS001 \|/);
});

test('report: usage and input problems exit 2 without a stack trace', () => {
  for (const [args, re] of [
    [[falcon, '--format', 'pdf'], /--format must be html, svg, md or mermaid/],
    [['no-such-folder'], /no-such-folder/],
    [[falcon, 'examples/defender-split'], /exactly one model/],
    [[falcon, '--bogus'], /unknown option/],
  ] as [string[], RegExp][]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, re);
    assert.ok(!/\n\s+at .+:\d+:\d+/.test(r.stderr));
  }
});

test('report: a broken model draws what resolves and lists what does not', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-report-'));
  fs.writeFileSync(path.join(dir, 'a.ringside'), [
    'context "good" {', '  kind = "user_service"', '  component "fine" {', '    kinds = ["content_updater"]', '  }', '}',
    'context "bad" {', '  kind = "kernel_drivr"', '  component "lost" {', '    kinds = ["content_interpreter"]', '  }', '}',
    'channel "c" {', '  from = component.fine', '  to   = component.lost', '}',
    'channel "d" {', '  from = component.fine', '  to   = component.nowhere', '}',
  ].join('\n'));
  const r = run([dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.includes('data-key="component.fine"'));
  assert.ok(!r.stdout.includes('data-key="context.bad"'));
  assert.match(r.stdout, /context `bad` is not drawn: its kind is not a valid context kind, so it has no band \(nor its 1 component\)/);
  assert.match(r.stdout, /channel `c` is not drawn: it has an end in a context that is not drawn/);
  assert.match(r.stdout, /channel `d` is not drawn: it has an end that does not resolve/);
  assert.match(r.stdout, /the model has \d+ errors?; the map shows what resolves/);
  // Half-typed text: still a report, never a crash.
  fs.appendFileSync(path.join(dir, 'a.ringside'), '\ncontext "half" {\n  kind = ');
  const half = run([dir]);
  assert.equal(half.code, 0, half.stderr);
  assert.match(half.stdout, /<svg /);
});

test('report: a very large model is drawn with collapsed contexts and says so', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-report-'));
  fs.writeFileSync(path.join(dir, 'big.ringside'), generateModel(1000));
  const r = run([dir, '--format', 'svg']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!r.stdout.includes('data-key="component.comp_1"'), 'components are not drawn one by one');
  assert.ok(r.stdout.includes('data-key="context.ctx_99"'));
  assert.match(r.stdout, /10 components \(collapsed\)/);
  const html = run([dir]);
  assert.match(html.stdout, /1,000 components is more than the map draws one by one \(300\); contexts are collapsed/);
});

test('report --help', () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Usage: ringside report \[PATH\.\.\.\]/);
});
