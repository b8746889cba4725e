// Bundles the extension-host suites (test/e2e/suite/*.test.ts) for mocha inside VS Code: one
// CommonJS file per suite, `vscode` left to the extension host, mocha's tdd globals (suite, test,
// suiteSetup…) provided by @vscode/test-cli's runner. Output: $RINGSIDE_E2E_OUT (default out/e2e).
// Kept apart from esbuild.mjs, whose test build skips test/e2e and wipes out/ on every `npm test`.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = resolve(root, process.env.RINGSIDE_E2E_OUT || 'out/e2e');
const suiteDir = join(root, 'test/e2e/suite');
const entryPoints = readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).map((f) => join(suiteDir, f));

rmSync(join(outdir, 'suite'), { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir: join(outdir, 'suite'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode'],
  logLevel: 'warning',
});
console.log(`e2e: bundled ${entryPoints.length} extension-host suites → ${join(outdir, 'suite')}`);
