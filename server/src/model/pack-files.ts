// Finding and reading policy packs on disk, for the CLI and the language server. A spec that
// starts with `.` or `/` is a folder relative to the model's folder; anything else is an npm
// package name, looked up in node_modules from the model's folder upwards, as Node resolves
// packages. A package may point at its policy folder with `"ringside": { "policies": "dir" }`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HclParser } from '../syntax/parser';
import type { PackLoader } from '../policy/packs';
import { designFilesIn, readDesignFile } from './load';
import { parseSource } from './source';

/** A pack may hold at most this many files: it is a folder of rules, not a repository. */
const MAX_PACK_FILES = 200;

export function resolvePackFolder(modelRoot: string, spec: string): { ok: true; dir: string } | { ok: false; message: string } {
  if (spec.trim() === '') return { ok: false, message: 'the entry is empty' };
  if (spec.startsWith('.') || path.isAbsolute(spec)) return { ok: true, dir: path.resolve(modelRoot, spec) };
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(spec)) return { ok: false, message: 'not a folder path (start it with ./) and not an npm package name' };
  for (let dir = path.resolve(modelRoot); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'node_modules', spec);
    const manifest = path.join(pkg, 'package.json');
    if (fs.existsSync(manifest)) {
      let sub = '.';
      try {
        const json = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { ringside?: { policies?: unknown } };
        if (typeof json.ringside?.policies === 'string') sub = json.ringside.policies;
      } catch {
        return { ok: false, message: `${manifest} is not valid JSON` };
      }
      const target = path.resolve(pkg, sub);
      if (path.relative(pkg, target).startsWith('..')) return { ok: false, message: `the package's ringside.policies (${sub}) leaves the package` };
      return { ok: true, dir: target };
    }
    if (path.dirname(dir) === dir) return { ok: false, message: `npm package "${spec}" is not installed in node_modules above ${modelRoot}` };
  }
}

/**
 * A loader that reads packs from disk, preferring text the caller already has (open documents).
 * The language server names models and files by `file:` URI; pack files are then named the same way.
 */
export function diskPackLoader(parser: HclParser, openText?: (file: string) => string | undefined): PackLoader {
  return (modelRoot, spec) => {
    const asUri = modelRoot.startsWith('file:');
    if (asUri) {
      try { modelRoot = fileURLToPath(modelRoot); } catch { return { ok: false, message: 'the model is not in a local folder' }; }
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(modelRoot) && !path.isAbsolute(modelRoot)) return { ok: false, message: 'the model is not in a local folder' };
    const name = (f: string) => (asUri ? pathToFileURL(f).href : f);
    const r = resolvePackFolder(modelRoot, spec);
    if (!r.ok) return r;
    let files: string[];
    try {
      if (!fs.statSync(r.dir).isDirectory()) return { ok: false, message: `${r.dir} is not a folder` };
      files = designFilesIn(r.dir);
    } catch {
      return { ok: false, message: `no such folder: ${r.dir}` };
    }
    if (files.length > MAX_PACK_FILES) return { ok: false, message: `${r.dir} has ${files.length} .ringside files; a pack has at most ${MAX_PACK_FILES}` };
    const sources = [];
    for (const f of files) {
      const open = openText?.(name(f));
      if (open !== undefined) { sources.push(parseSource(parser, name(f), open)); continue; }
      const read = readDesignFile(f);
      if (!read.ok) return { ok: false, message: `${f}: ${read.message}` };
      sources.push(parseSource(parser, name(f), read.text));
    }
    return { ok: true, root: name(r.dir), files: sources };
  };
}
