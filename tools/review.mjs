#!/usr/bin/env node
// `npm run review -- [EXAMPLE|PATH] [ringside check options]`: reviews one example with --explain.
// EXAMPLE is a folder name under examples/ (default falcon-2024-07); a path is used as given.
// Without an argument it lists the examples. Runs the CLI built by `node esbuild.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && readdirSync(join(root, 'examples', e.name)).some((f) => f.endsWith('.ringside')))
  .map((e) => e.name).sort();
const [target = 'falcon-2024-07', ...rest] = process.argv.slice(2);
const dir = existsSync(join(root, 'examples', target)) ? join(root, 'examples', target) : target;
if (!existsSync(dir)) {
  console.error(`review: no example or folder named \`${target}\`. Examples: ${examples.join(', ')}`);
  process.exit(2);
}
const args = [join(root, 'server', 'dist', 'cli.js'), 'check', dir, '--explain', '--fail-on', 'never', ...rest];
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(r.status ?? 2);
