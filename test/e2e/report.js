// The HTML review report in a real browser: `ringside report` writes the Falcon example's report,
// headless Debian chromium (playwright-core) opens the file offline, and the test checks what a
// reviewer sees — the map's SVG with every element, the findings tables, the blast-radius table,
// the model hash — that nothing is fetched from anywhere, and saves screenshots (light and dark).
// Run by test/e2e/run-all.sh (suite "report").
//
// Environment: RINGSIDE_CLI (default server/dist/cli.js), RINGSIDE_E2E_SHOTS (screenshot folder),
// RINGSIDE_TOOLS, CHROMIUM, RINGSIDE_E2E_BREAK=1 (expect an element that is not there).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const TOOLS = process.env.RINGSIDE_TOOLS || path.join(ROOT, '.tools');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CLI = path.resolve(process.env.RINGSIDE_CLI || path.join(ROOT, 'server/dist/cli.js'));
const SHOTS = path.resolve(process.env.RINGSIDE_E2E_SHOTS || path.join(ROOT, 'test-results/report'));
const BROKEN = process.env.RINGSIDE_E2E_BREAK === '1';
const { chromium } = require(require.resolve('playwright-core', { paths: [path.join(TOOLS, 'js')] }));

const ELEMENTS = ['context.csagent', 'context.csboot', 'context.falcon_service', 'context.falcon_cloud', 'component.content_interpreter',
  'component.process_sensor', 'component.file_sensor', 'component.network_sensor', 'component.boot_classifier', 'component.content_updater',
  'component.telemetry_uploader', 'component.content_authoring', 'component.content_validator', 'input.channel_291', 'input.os_events',
  'input.sensor_code', 'deployment.rapid_response', 'deployment.sensor_release', 'channel.updater_to_interpreter', ...(BROKEN ? ['component.not_there'] : [])];

const steps = [];
const step = (name, fn) => steps.push({ name, fn });
const file = path.join(SHOTS, 'falcon-report.html');
const outside = [];

step('ringside report writes the Falcon example as one HTML file', async () => {
  const r = spawnSync(process.execPath, [CLI, 'report', path.join(ROOT, 'examples/falcon-2024-07'), '--format', 'html', '--output', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  console.log(`    ${path.relative(ROOT, file)}: ${fs.statSync(file).size} bytes`);
});

step('the page shows the map with every element', async (page) => {
  await page.goto('file://' + file);
  const svg = page.locator('svg.rs-map');
  await svg.waitFor({ state: 'visible', timeout: 10000 });
  const box = await svg.boundingBox();
  if (!box || box.width < 400 || box.height < 400) throw new Error(`the map is ${box ? `${box.width}×${box.height}` : 'not laid out'}`);
  for (const key of ELEMENTS) {
    const el = page.locator(`svg.rs-map [data-key="${key}"]`).first();
    const b = await el.boundingBox({ timeout: 2000 }).catch(() => null);
    if (!b || b.width < 5 || b.height < 5) throw new Error(`${key} is not drawn visibly`);
  }
  const lanes = await page.locator('svg.rs-map [data-band]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-band')));
  if (lanes.join(',') !== 'inputs,cloud,protected_user,kernel,boot') throw new Error(`lanes: ${lanes}`);
  console.log(`    map ${Math.round(box.width)}×${Math.round(box.height)} px, lanes ${lanes.join(' → ')}`);
  await page.screenshot({ path: path.join(SHOTS, 'report-1-map.png') });
});

step('findings are grouped by element with rule, why and path', async (page) => {
  const groups = await page.locator('#findings h3.element').count();
  const rows = await page.locator('#findings table.findings tbody tr').count();
  if (groups < 5 || rows < 10) throw new Error(`${groups} element groups, ${rows} finding rows`);
  const ci = page.locator('#findings h3[data-element="component.content_interpreter"] + table.findings');
  const text = await ci.innerText();
  for (const want of ['RS001', 'Kernel-resident interpreter consumes cloud-delivered content', 'kernel.ringside:']) {
    if (!text.includes(want)) throw new Error(`the interpreter's findings lack "${want}"`);
  }
  const paths = await ci.locator('td ol li').count();
  if (paths < 2) throw new Error('no flow path in the interpreter findings');
  console.log(`    ${groups} elements, ${rows} findings; interpreter path of ${paths} hops`);
  await page.locator('#findings').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'report-2-findings.png') });
});

step('blast radius, waivers, rules, date and model hash', async (page) => {
  const row = await page.locator('#blast-radius tr[data-element="context.csagent"]').innerText();
  if (!/the whole host, on every boot/.test(row)) throw new Error(`csagent blast radius: ${row}`);
  if (!/^sha256:[0-9a-f]{64}$/.test(await page.locator('#model-hash').innerText())) throw new Error('no model hash');
  if (!(await page.locator('#generated').getAttribute('datetime'))) throw new Error('no generated date');
  if ((await page.locator('#rules .rule').count()) < 5) throw new Error('rule summaries missing');
  await page.locator('#waivers').waitFor();
});

step('nothing was fetched from outside the file; dark mode stays readable', async (page) => {
  if (outside.length) throw new Error(`requests: ${outside.join(', ')}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => window.scrollTo(0, 0));
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const fg = await page.evaluate(() => getComputedStyle(document.querySelector('svg.rs-map text')).fill);
  if (bg === fg) throw new Error(`text ${fg} on ${bg}`);
  console.log(`    dark: text ${fg} on ${bg}`);
  await page.screenshot({ path: path.join(SHOTS, 'report-3-dark.png') });
});

step('forced colours (high contrast): boxes and text use the system colours', async (page) => {
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
  const strokes = await page.locator('svg.rs-map .rs-node > .rs-box').evaluateAll((bs) => bs.map((b) => parseFloat(getComputedStyle(b).strokeWidth)));
  if (!strokes.length || strokes.some((w) => !(w >= 2))) throw new Error(`box strokes under forced colours: ${strokes.join(', ')}`);
  // Without colour the words carry it all: every component box says its crash radius and recovery.
  const texts = await page.locator('svg.rs-map .rs-component').evaluateAll((gs) => gs.map((g) => g.textContent || ''));
  const silent = texts.filter((t) => !/crash: /.test(t) || !/recovery: /.test(t));
  if (silent.length) throw new Error(`boxes without crash/recovery text: ${silent.length}`);
  await page.screenshot({ path: path.join(SHOTS, 'report-4-forced-colors.png') });
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
});

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  let passed = 0, failed = 0, browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) outside.push(r.url()); });
    page.on('pageerror', (e) => outside.push(`page error: ${e.message}`));
    let broken = false;
    for (const s of steps) {
      if (broken) { console.log(`  ✘ ${s.name} (not run: an earlier step failed)`); failed++; continue; }
      try {
        await s.fn(page);
        console.log(`  ✔ ${s.name}`);
        passed++;
      } catch (e) {
        console.log(`  ✘ ${s.name}\n      ${String(e.message).split('\n')[0]}`);
        failed++;
        broken = true;
        await page.screenshot({ path: path.join(SHOTS, `failure-${steps.indexOf(s) + 1}.png`) }).catch(() => {});
      }
    }
  } catch (e) {
    console.error('report:', e.message);
    failed = steps.length - passed;
  } finally {
    if (browser) await browser.close().catch(() => {});
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
