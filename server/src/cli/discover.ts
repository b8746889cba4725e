// Which models a command line names. A file is read as given (files from one folder form one
// model of exactly those files); a folder is searched recursively for model folders — every
// folder with *.ringside files directly inside it — skipping node_modules, .git and, inside a
// git work tree, whatever git ignores; `-` is one model file read from standard input.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadModels, decodeDesignBytes, RINGSIDE_EXTENSION, type LoadProblem, type ModelInput } from '../model/load';

/** Folders never searched. */
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);
/** A bound on the folders one search visits, so a path like `/` ends with a clear problem. */
const MAX_FOLDERS = 20_000;
export const STDIN_NAME = '<stdin>';

export interface Discovered { models: ModelInput[]; problems: LoadProblem[] }

export function discoverModels(paths: string[], cwd: string, stdin?: Uint8Array): Discovered {
  const problems: LoadProblem[] = [];
  const loadPaths: string[] = [];
  const extra: ModelInput[] = [];
  for (const given of paths) {
    if (given === '-') {
      const r = decodeDesignBytes(stdin ?? new Uint8Array());
      if (r.ok) extra.push({ root: cwd, files: [{ file: STDIN_NAME, text: r.text }] });
      else problems.push({ path: STDIN_NAME, message: r.message, line: r.line, column: r.column });
      continue;
    }
    const abs = path.resolve(cwd, given);
    let isDir = false;
    try { isDir = fs.statSync(abs).isDirectory(); } catch { /* loadModels reports it */ }
    if (!isDir) { loadPaths.push(given); continue; }
    const found = modelFoldersUnder(abs);
    if (found.error) { problems.push({ path: given, message: found.error }); continue; }
    if (found.folders.length === 0) { problems.push({ path: given, message: `no ${RINGSIDE_EXTENSION} files in this folder or below it` }); continue; }
    for (const f of found.folders) loadPaths.push(f === abs ? given : path.join(given, path.relative(abs, f)));
  }
  // loadModels resolves paths against the process cwd; give it absolute paths and map back.
  const asGiven = new Map<string, string>();
  const absPaths = loadPaths.map((p) => { const a = path.resolve(cwd, p); asGiven.set(a, p); return a; });
  const loaded = loadModels(absPaths);
  const shown = (abs: string) => {
    for (const [a, g] of asGiven) {
      if (abs === a) return g;
      if (abs.startsWith(a + path.sep)) return path.join(g, abs.slice(a.length + 1));
    }
    return abs;
  };
  for (const m of loaded.models) for (const f of m.files) f.file = shown(f.file);
  for (const p of loaded.problems) p.path = shown(p.path);
  return { models: [...loaded.models, ...extra], problems: [...problems, ...loaded.problems] };
}

/** Every folder at or below `dir` holding design files, sorted. */
export function modelFoldersUnder(dir: string): { folders: string[]; error?: string } {
  const leaf = leafFolder(dir);
  if (leaf) return leaf;
  const fromGit = gitDesignFiles(dir);
  // Nothing from git can also mean the folder itself is ignored (a build output the user named
  // on purpose): then walk it.
  if (fromGit?.length) {
    const folders = new Set<string>();
    for (const f of fromGit) if (fs.existsSync(f)) folders.add(path.dirname(f));
    return { folders: [...folders].sort() };
  }
  const folders: string[] = [];
  const queue = [dir];
  let visited = 0;
  while (queue.length) {
    const d = queue.shift()!;
    if (++visited > MAX_FOLDERS) return { folders: [], error: `more than ${MAX_FOLDERS} folders below it; name the model folders instead` };
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { continue; }
    if (entries.some((e) => e.isFile() && e.name.endsWith(RINGSIDE_EXTENSION))) folders.push(d);
    for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name)) queue.push(path.join(d, e.name));
  }
  return { folders: folders.sort() };
}

/**
 * The answer for a folder without subfolders (a model folder named directly, the usual case),
 * found without starting git: git could list only this folder or nothing, and for nothing the walk
 * gives this same answer. Undefined when `dir` has subfolders or symbolic links (git lists a link
 * as a file; the walk does not), or cannot be read: then the full search decides.
 */
function leafFolder(dir: string): { folders: string[] } | undefined {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return undefined; }
  if (entries.some((e) => e.isSymbolicLink() || (e.isDirectory() && !SKIP.has(e.name)))) return undefined;
  return { folders: entries.some((e) => e.isFile() && e.name.endsWith(RINGSIDE_EXTENSION)) ? [dir] : [] };
}

/**
 * Design files git knows at or below `dir` (tracked, or untracked and not ignored), or undefined
 * when `dir` is not in a git work tree or git is not installed.
 */
function gitDesignFiles(dir: string): string[] | undefined {
  // Without --full-name the paths are relative to `dir`, whatever symlinks lead to it.
  // child_process (with net and dgram behind it) is loaded only when git is started.
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0 || r.error) return undefined;
  return r.stdout.split('\0')
    .filter((f) => f.endsWith(RINGSIDE_EXTENSION) && !f.split('/').some((part) => SKIP.has(part)))
    .map((f) => path.join(dir, ...f.split('/')));
}
