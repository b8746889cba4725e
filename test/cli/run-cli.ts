// Runs the bundled CLI (server/dist/cli.js) in a child process, as CI does.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../helpers/parser';

export const root = repoRoot();
export const cli = path.join(root, 'server', 'dist', 'cli.js');

export interface RunResult { code: number | null; stdout: string; stderr: string }

export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string | Buffer } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: opts.cwd ?? root, encoding: 'utf8', env, input: opts.input, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tmpdir(prefix = 'ringside-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A git repository holding a copy of an example in `folder`, committed once. */
export function exampleRepo(example: string, folder = 'design'): { dir: string; model: string } {
  const dir = tmpdir('ringside-git-');
  const model = path.join(dir, folder);
  fs.cpSync(path.join(root, 'examples', example), model, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', `${example} as published`);
  return { dir, model };
}

/**
 * Moves the `component "NAME" { … }` block (at two-space indent) out of `fromFile` and into the
 * end of context `toContext` in `toFile`: the edit a developer makes by cut and paste.
 */
export function moveComponent(fromFile: string, name: string, toFile: string, toContext: string): void {
  let from = fs.readFileSync(fromFile, 'utf8');
  const start = from.indexOf(`  component "${name}" {`);
  if (start < 0) throw new Error(`component ${name} not in ${fromFile}`);
  const end = from.indexOf('\n  }\n', start) + '\n  }\n'.length;
  const block = from.slice(start, end);
  from = from.slice(0, start) + from.slice(end);
  fs.writeFileSync(fromFile, from);
  let to = fs.readFileSync(toFile, 'utf8');
  const ctx = to.indexOf(`context "${toContext}" {`);
  if (ctx < 0) throw new Error(`context ${toContext} not in ${toFile}`);
  const close = to.indexOf('\n}\n', ctx);
  to = to.slice(0, close + 1) + '\n' + block + to.slice(close + 1);
  fs.writeFileSync(toFile, to);
}

/** Builds ringside-cli into a temp folder and packs it; returns the tarball's path. */
export function packCli(): string {
  const pkg = tmpdir('ringside-pkg-');
  const build = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs'), '--cli-package', pkg], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`esbuild.mjs --cli-package: ${build.stderr}`);
  const pack = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['pack', '--silent', '--pack-destination', pkg], { cwd: pkg, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
  if (pack.status !== 0) throw new Error(`npm pack: ${pack.stderr}`);
  return path.join(pkg, pack.stdout.trim().split('\n').pop()!);
}
