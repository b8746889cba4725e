// Reading design files from disk for the CLI (and unopened files for the server).
// Every way a path can be unusable becomes a one-line problem, never an exception.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { MAX_FILE_BYTES, tooLargeMessage } from '../syntax/limits';

export { MAX_FILE_BYTES };
export const RINGSIDE_EXTENSION = '.ringside';

export interface LoadedFile { file: string; text: string }
export interface ModelInput { root: string; files: LoadedFile[] }
export interface LoadProblem { path: string; message: string; line?: number; column?: number }

export type ReadResult = { ok: true; text: string } | { ok: false; message: string; line?: number; column?: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as a design file: refuses binary data and invalid UTF-8 with a position. */
export function decodeDesignBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, message: tooLargeMessage(bytes.length) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, message: `binary file (NUL byte at offset ${nul}); design files are UTF-8 text`, ...positionOf(bytes, nul) };
  try {
    let text = decoder.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, message: `not valid UTF-8 (bad byte at offset ${bad}); save the file as UTF-8`, ...positionOf(bytes, bad) };
  }
}

/**
 * Why a symbolic link may not be followed, or undefined when `p` is no link or one that stays
 * inside `folder` (after resolving every link on both sides). A design is the files of one
 * folder; a link out of it would let a repository make the tools read, and quote in messages,
 * any file of the machine (`x.ringside -> /etc/passwd`).
 */
export function linkLeavesFolder(p: string, folder: string): string | undefined {
  let link: fs.Stats;
  try {
    link = fs.lstatSync(p);
  } catch {
    return undefined; // stat reports the problem
  }
  if (!link.isSymbolicLink()) return undefined;
  let target: string, base: string;
  try {
    target = fs.realpathSync(p);
    base = fs.realpathSync(folder);
  } catch (e) {
    return `is a symbolic link that cannot be resolved (${describeFsError(e)})`;
  }
  const rel = path.relative(base, target);
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return undefined;
  return `is a symbolic link to ${target}, outside the model's folder ${base}; links that leave the folder are not followed`;
}

export function readDesignFile(file: string): ReadResult {
  const leaves = linkLeavesFolder(file, path.dirname(path.resolve(file)));
  if (leaves) return { ok: false, message: leaves };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
  if (!stat.isFile()) return { ok: false, message: 'not a regular file' };
  if (stat.size > MAX_FILE_BYTES) return decodeDesignBytes(new Uint8Array(stat.size));
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
  return decodeDesignBytes(bytes);
}

/** The `.ringside` files directly inside a folder (a model), sorted for stable output. */
export function designFilesIn(dir: string): string[] {
  return scanDesignFolder(dir).files;
}

/**
 * The `.ringside` files of a folder, and the `.ringside` entries it skips with the reason: a
 * symbolic link is followed only when it stays inside the folder and leads to a file.
 */
export function scanDesignFolder(dir: string): { files: string[]; skipped: LoadProblem[] } {
  const files: string[] = [];
  const skipped: LoadProblem[] = [];
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!d.name.endsWith(RINGSIDE_EXTENSION)) continue;
    const p = path.join(dir, d.name);
    if (d.isFile()) { files.push(p); continue; }
    if (!d.isSymbolicLink()) continue;
    const leaves = linkLeavesFolder(p, dir);
    if (leaves) { skipped.push({ path: p, message: `skipped: ${leaves}` }); continue; }
    let isFile = false;
    try { isFile = fs.statSync(p).isFile(); } catch { /* reported below */ }
    if (isFile) files.push(p);
    else skipped.push({ path: p, message: 'skipped: is a symbolic link to something other than a file' });
  }
  return { files: files.sort(), skipped };
}

/**
 * Resolve CLI paths to models. A folder is one model made of its `.ringside` files. Files named
 * on the command line that share a folder form one model of exactly those files, so a single
 * file can be checked alone.
 */
export function loadModels(paths: string[]): { models: ModelInput[]; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const byRoot = new Map<string, ModelInput>();
  const add = (root: string, f: LoadedFile) => {
    let m = byRoot.get(root);
    if (!m) byRoot.set(root, (m = { root, files: [] }));
    if (!m.files.some((x) => x.file === f.file)) m.files.push(f);
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      problems.push({ path: p, message: describeFsError(e) });
      continue;
    }
    if (stat.isDirectory()) {
      // A folder named through a link must stay inside the folder that holds the link.
      const leaves = linkLeavesFolder(p, path.dirname(path.resolve(p)));
      if (leaves) {
        problems.push({ path: p, message: leaves });
        continue;
      }
      let files: string[];
      try {
        const scan = scanDesignFolder(p);
        files = scan.files;
        problems.push(...scan.skipped);
      } catch (e) {
        problems.push({ path: p, message: describeFsError(e) });
        continue;
      }
      if (files.length === 0) {
        problems.push({ path: p, message: `folder has no ${RINGSIDE_EXTENSION} files` });
        continue;
      }
      const root = path.resolve(p);
      byRoot.set(root, byRoot.get(root) ?? { root, files: [] });
      for (const f of files) readInto(f, root);
    } else {
      readInto(p, path.resolve(path.dirname(p)));
    }
  }
  function readInto(file: string, root: string) {
    const r = readDesignFile(file);
    if (r.ok) add(root, { file, text: r.text });
    else problems.push({ path: file, message: r.message, line: r.line, column: r.column });
  }
  return { models: [...byRoot.values()].filter((m) => m.files.length > 0), problems };
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ELOOP': return 'too many symbolic links';
    default: return (e as Error)?.message ?? String(e);
  }
}

function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1, col = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 10) { line++; col = 1; } else col++;
  }
  return { line, column: col };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) n = 1; else if (c >= 0xe0 && c <= 0xef) n = 2; else if (c >= 0xf0 && c <= 0xf4) n = 3; else return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
