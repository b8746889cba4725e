// @vscode/test-cli configuration for the extension-host suites (test/e2e/suite/*.test.ts, bundled
// by test/e2e/build.mjs). test-cli is not a project dependency: test/e2e/install-tools.sh puts it
// in .tools/js, and test/e2e/run-all.sh runs it. No import of '@vscode/test-cli' here, so this file
// loads from that folder too (defineConfig is only a typing helper).
//
// Which VS Code runs the tests:
//   RINGSIDE_VSCODE_SHIM=1       code-server through test/e2e/code-shim.js (offline; what CI uses)
//   RINGSIDE_VSCODE_PATH=<exe>   a VS Code already on this machine
//   neither                      test-cli's normal download of VS Code stable (needs internet)
// Paths the driver sets (defaults for running by hand in the repository):
//   RINGSIDE_E2E_OUT        the bundled suites                     (out/e2e)
//   RINGSIDE_E2E_WS         the workspace to open                  (a fresh copy of examples/falcon-2024-07 in .vscode-test/)
//   RINGSIDE_E2E_EXTENSION  the extension under test               (this folder; the driver uses the unpacked VSIX)
//   RINGSIDE_E2E_PROFILE    user-data and extensions folders       (.vscode-test/)
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';

const root = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const out = resolve(root, env.RINGSIDE_E2E_OUT || 'out/e2e');
const executable = env.RINGSIDE_VSCODE_SHIM === '1' ? join(root, 'test/e2e/code-shim.js') : env.RINGSIDE_VSCODE_PATH;
const profile = env.RINGSIDE_E2E_PROFILE ? resolve(env.RINGSIDE_E2E_PROFILE) : undefined;
// The suites edit documents (never saving them); still, they get a copy of the example.
let workspace = env.RINGSIDE_E2E_WS && resolve(root, env.RINGSIDE_E2E_WS);
if (!workspace) {
  workspace = join(root, '.vscode-test/ws/falcon-2024-07');
  rmSync(workspace, { recursive: true, force: true });
  cpSync(join(root, 'examples/falcon-2024-07'), workspace, { recursive: true });
}
// test-cli globs relative paths only; a bundle folder outside the repository is listed here.
const suiteDir = join(out, 'suite');
const files = existsSync(suiteDir)
  ? readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort().map((f) => join(suiteDir, f))
  : relative(root, suiteDir) + '/*.test.js';

export default {
  tests: [{
    label: 'e2e-host',
    files, // build them first: node test/e2e/build.mjs
    extensionDevelopmentPath: resolve(root, env.RINGSIDE_E2E_EXTENSION || '.'),
    workspaceFolder: workspace,
    launchArgs: [
      '--disable-extensions', // only the extension under test (and built-ins) run
      ...(profile ? [`--user-data-dir=${join(profile, 'user-data')}`, `--extensions-dir=${join(profile, 'extensions')}`] : []),
    ],
    mocha: {
      ui: 'tdd',
      timeout: 60000,
      reporter: join(root, 'test/e2e/reporter.js'),
    },
    ...(executable ? { useInstallation: { fromPath: executable } } : {}),
  }],
};
