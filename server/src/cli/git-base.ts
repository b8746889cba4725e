// The base side of `ringside diff --base REF`: the design files a git commit holds under the
// given paths, read with `git ls-tree` and one `git cat-file --batch`, never checked out. Files
// are named as they would be in the working tree (relative to the working folder), so base and
// head findings show the same paths.
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { decodeDesignBytes, RINGSIDE_EXTENSION, type LoadProblem, type ModelInput } from '../model/load';

const SKIP = new Set(['node_modules', '.git']);

export class GitError extends Error {}

function git(args: string[], cwd: string, input?: string): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(r.stderr.toString('utf8').trim().split('\n')[0] || `git ${args[0]} failed`);
  return r.stdout;
}

export function readGitBase(ref: string, paths: string[], cwd: string): { models: ModelInput[]; problems: LoadProblem[] } {
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch (e) {
    throw new GitError(`\`${ref}\` is not a commit in this repository${e instanceof GitError && /not a git repository/i.test(e.message) ? ' (not a git repository)' : ''}`);
  }
  const files = new Set<string>();
  for (const p of paths) {
    const listed = git(['ls-tree', '-r', '-z', '--name-only', ref, '--', p], cwd).toString('utf8').split('\0');
    for (const f of listed) if (f.endsWith(RINGSIDE_EXTENSION) && !f.split('/').some((x) => SKIP.has(x))) files.add(f);
  }
  const problems: LoadProblem[] = [];
  // `cat-file --batch` reads one name per line: a name with a line break cannot be asked for.
  for (const f of files) if (/[\r\n]/.test(f)) { files.delete(f); problems.push({ path: JSON.stringify(f), message: `a file name with a line break cannot be read from ${ref}` }); }
  const names = [...files].sort();
  const byDir = new Map<string, ModelInput>();
  if (names.length === 0) return { models: [], problems };
  // One process for every blob: `<oid> blob <size>\n<bytes>\n` per requested object.
  const out = git(['cat-file', '--batch'], cwd, names.map((n) => `${ref}:./${n}\n`).join(''));
  let at = 0;
  for (const name of names) {
    const nl = out.indexOf(10, at);
    const header = out.subarray(at, nl).toString('utf8').split(' ');
    const size = Number(header[2]);
    const file = path.join(...name.split('/'));
    if (header[1] !== 'blob' || !Number.isFinite(size)) { problems.push({ path: file, message: `not a file in ${ref}` }); at = nl + 1; continue; }
    const bytes = out.subarray(nl + 1, nl + 1 + size);
    at = nl + 1 + size + 1;
    const r = decodeDesignBytes(bytes);
    if (!r.ok) { problems.push({ path: `${ref}:${name}`, message: r.message, line: r.line, column: r.column }); continue; }
    const root = path.resolve(cwd, path.dirname(file));
    let m = byDir.get(root);
    if (!m) byDir.set(root, (m = { root, files: [] }));
    m.files.push({ file, text: r.text });
  }
  return { models: [...byDir.values()], problems };
}
