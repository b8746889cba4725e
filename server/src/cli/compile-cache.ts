// Loads the CLI bundle (cli-core.js) with V8's code cache, so a fresh `ringside` process does not
// parse and compile half a megabyte of JavaScript before it starts work (cold start,
// docs/performance.md). The first run of a command compiles the bundle as usual and, at exit,
// saves the bytecode of every function it ran in a per-user cache folder; later runs of that
// command hand it to V8 and skip the compilation.
//
// Nothing in a cache file is taken on trust:
// - V8 itself rejects a cache made by another V8 version or under other flags, and checks a
//   checksum of its contents (`--verify-snapshot-checksum`; release builds skip that check
//   otherwise, and a damaged file could crash the process or run wrong code);
// - V8 identifies the source only by its length, so a file's name carries the hash of the bundle,
//   stamped into its first line by the build (esbuild.mjs), with the Node version and architecture;
// - a file is written under a temporary name and renamed, so a reader never sees half of one;
// - the cache is saved only when V8's flags are back to those of a fresh process (a probe script
//   checks it), since the check tunes wasm compilation with a flag (startup.ts).
// Any failure falls back to compiling the bundle without a cache; nothing here can make the CLI
// fail. RINGSIDE_NO_COMPILE_CACHE=1 turns it off; RINGSIDE_COMPILE_CACHE_DIR moves it.
//
// This is Node 20's own loader: from Node 22.1 on, Node's module.enableCompileCache does the same
// job (with its own checks) and is used instead. Other versions load the bundle plainly.
import * as fs from 'node:fs';
import * as nodeModule from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** The build's stamp on the bundle's first line: `/*ringside-core:<16 hex digits of its SHA-256>*\/`. */
export const STAMP_PATTERN = /^\/\*ringside-core:([0-9a-f]{16})\*\//;

export interface LoadOptions {
  /** The subcommand (a known one), so each command's cache holds the functions that command runs. */
  command?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Called at exit before the cache is saved, to put back flags the run changed. False: this run
   * is no fair sample of its command (help, a usage error) and nothing is saved — a cache once
   * accepted is never rewritten, so it should hold what the command usually runs.
   */
  beforeSave?: () => boolean;
}

/** Where cache files go: RINGSIDE_COMPILE_CACHE_DIR, else the platform's per-user cache folder. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  if (env.RINGSIDE_COMPILE_CACHE_DIR) return env.RINGSIDE_COMPILE_CACHE_DIR;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'ringside', 'compile-cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'ringside', 'compile-cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'ringside', 'compile-cache');
}

/** The cache file's name: the bundle's stamp, the command, the Node version and architecture. */
export function cacheFileName(stamp: string, command: string | undefined): string {
  const cmd = command !== undefined && /^[a-z][a-z-]{0,30}$/.test(command) ? command : 'other';
  return `${stamp}-${cmd}-${process.version}-${process.arch}.v8cache`;
}

/** Loads the CommonJS bundle `file` and returns its exports. */
export function loadWithCompileCache(file: string, options: LoadOptions = {}): unknown {
  const env = options.env ?? process.env;
  if (env.RINGSIDE_NO_COMPILE_CACHE) return require(file);
  const enableCompileCache = (nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof enableCompileCache === 'function') {
    try { enableCompileCache(compileCacheDir(env)); } catch { /* load without */ }
    return require(file);
  }
  if (process.versions.node.split('.')[0] !== '20') return require(file);

  let source: string;
  try { source = fs.readFileSync(file, 'utf8'); } catch { return require(file); }
  const stamp = STAMP_PATTERN.exec(source)?.[1];
  if (!stamp) return require(file);
  let dir: string;
  try { dir = compileCacheDir(env); } catch { return require(file); }
  const cacheFile = path.join(dir, cacheFileName(stamp, options.command));

  // Before any compilation, so producing and consuming runs see the same flags.
  v8.setFlagsFromString('--verify-snapshot-checksum');
  let cached: Buffer | undefined;
  try { cached = fs.readFileSync(cacheFile); } catch { /* first run of this command */ }
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData: cached });
  if (cached === undefined || script.cachedDataRejected) {
    const sameFlagsAsAtStart = flagProbe();
    process.once('exit', () => {
      try {
        if (options.beforeSave?.() === false) return;
        if (sameFlagsAsAtStart()) save(dir, cacheFile, script.createCachedData());
      } catch { /* no cache this time */ }
    });
  }
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, nodeModule.createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/**
 * Whether V8's flags at call time are those at creation: a cache made now from one tiny script is
 * consumed by another of the same length (V8 would find a second compilation of the same text in
 * memory and not look at the cache). Should V8 ever compare more than the length, the probe fails
 * and the cache is simply not saved.
 */
function flagProbe(): () => boolean {
  const data = new vm.Script('(function(){return 0})').createCachedData();
  return () => !new vm.Script('(function(){return 1})', { cachedData: data }).cachedDataRejected;
}

/** At most this many cache files are kept (several installed versions may take turns). */
export const MAX_CACHE_FILES = 32;

function save(dir: string, file: string, data: Buffer): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data, { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    try { fs.unlinkSync(tmp); } catch { /* never written */ }
    return;
  }
  // The oldest files beyond the limit go, and temporary files a killed process left behind.
  const now = Date.now();
  const files: { path: string; mtime: number }[] = [];
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    try {
      const mtime = fs.statSync(p).mtimeMs;
      if (name.endsWith('.v8cache') && p !== file) files.push({ path: p, mtime });
      else if (name.endsWith('.tmp') && now - mtime > 3_600_000) fs.unlinkSync(p);
    } catch { /* another process got there first */ }
  }
  files.sort((a, b) => b.mtime - a.mtime);
  for (const f of files.slice(MAX_CACHE_FILES - 1)) {
    try { fs.unlinkSync(f.path); } catch { /* another process got there first */ }
  }
}
