// The CLI's compile cache (server/src/cli/compile-cache.ts): the executable server/dist/cli.js
// loads cli-core.js through V8's code cache kept in RINGSIDE_COMPILE_CACHE_DIR. The cache must
// never change what the CLI prints, must survive damaged files, and must be saved even though the
// check changes a V8 flag while it runs (startup.ts).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, root, tmpdir } from './run-cli';
import { cacheFileName, compileCacheDir, MAX_CACHE_FILES, STAMP_PATTERN } from '../../server/src/cli/compile-cache';

const core = path.join(path.dirname(cli), 'cli-core.js');
const node20 = process.versions.node.split('.')[0] === '20';

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root, encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', RINGSIDE_NO_COMPILE_CACHE: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CHECK = ['check', 'examples/falcon-2024-07', '--today', '2026-01-15'];

function cacheFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache')).sort() : [];
}

describe('compile cache', () => {
  it('the bundle carries the hash of its own text in its first line', () => {
    const text = fs.readFileSync(core, 'utf8');
    const stamp = STAMP_PATTERN.exec(text)?.[1];
    assert.ok(stamp, 'cli-core.js starts with /*ringside-core:<hash>*/');
    const unstamped = text.replace(STAMP_PATTERN, `/*ringside-core:${'0'.repeat(16)}*/`);
    assert.equal(createHash('sha256').update(unstamped).digest('hex').slice(0, 16), stamp);
  });

  it('names files by bundle, command, Node version and architecture; odd commands share one name', () => {
    assert.equal(cacheFileName('0123456789abcdef', 'check'), `0123456789abcdef-check-${process.version}-${process.arch}.v8cache`);
    assert.equal(cacheFileName('0123456789abcdef', '../x'), `0123456789abcdef-other-${process.version}-${process.arch}.v8cache`);
    assert.equal(cacheFileName('0123456789abcdef', undefined), `0123456789abcdef-other-${process.version}-${process.arch}.v8cache`);
  });

  it('lives in the per-user cache folder unless RINGSIDE_COMPILE_CACHE_DIR says otherwise', () => {
    assert.equal(compileCacheDir({ RINGSIDE_COMPILE_CACHE_DIR: '/x' }, 'linux', '/home/u'), '/x');
    assert.equal(compileCacheDir({}, 'linux', '/home/u'), path.join('/home/u', '.cache', 'ringside', 'compile-cache'));
    assert.equal(compileCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/u'), path.join('/c', 'ringside', 'compile-cache'));
    assert.equal(compileCacheDir({}, 'darwin', '/Users/u'), path.join('/Users/u', 'Library', 'Caches', 'ringside', 'compile-cache'));
    assert.equal(compileCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\U'), path.join('C:\\L', 'ringside', 'compile-cache'));
  });

  it('RINGSIDE_NO_COMPILE_CACHE=1 writes nothing', () => {
    const dir = path.join(tmpdir('ringside-cc-'), 'cache');
    const r = run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir, RINGSIDE_NO_COMPILE_CACHE: '1' });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(fs.existsSync(dir), false);
  });

  it('is saved by the first run of a command, used by the next, and never changes the output', { skip: !node20 && 'Node 20 only: later versions use Node\'s own compile cache' }, () => {
    const dir = path.join(tmpdir('ringside-cc-'), 'cache');
    const plain = run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir, RINGSIDE_NO_COMPILE_CACHE: '1' });
    const first = run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir });
    assert.deepEqual(first, plain);
    // Saved although the check ran with --liftoff-only (the flags are put back before saving).
    const stamp = STAMP_PATTERN.exec(fs.readFileSync(core, 'utf8'))![1];
    assert.deepEqual(cacheFiles(dir), [cacheFileName(stamp, 'check')]);
    const file = path.join(dir, cacheFileName(stamp, 'check'));
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(dir).mode & 0o777, 0o700);
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    }
    const before = fs.readFileSync(file);
    const second = run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir });
    assert.deepEqual(second, plain);
    assert.ok(fs.readFileSync(file).equals(before), 'an accepted cache is not rewritten');
    // Another command has its own file.
    const json = run([...CHECK.slice(0, 2), '--format', 'json', '--fail-on', 'never'], { RINGSIDE_COMPILE_CACHE_DIR: dir });
    assert.equal(json.code, 0, json.stderr);
    const version = run(['--version'], { RINGSIDE_COMPILE_CACHE_DIR: dir });
    assert.match(version.stdout, /^ringside \d/);
    assert.deepEqual(cacheFiles(dir), [cacheFileName(stamp, 'check'), cacheFileName(stamp, undefined)].sort());
  });

  it('is not saved by help or a run with a usage problem', { skip: !node20 && 'Node 20 only' }, () => {
    const dir = path.join(tmpdir('ringside-cc-'), 'cache');
    assert.equal(run(['check', '--help'], { RINGSIDE_COMPILE_CACHE_DIR: dir }).code, 0);
    assert.equal(run(['check', 'no-such-folder'], { RINGSIDE_COMPILE_CACHE_DIR: dir }).code, 2);
    assert.equal(run(['check', '--format', 'yaml'], { RINGSIDE_COMPILE_CACHE_DIR: dir }).code, 2);
    assert.deepEqual(cacheFiles(dir), []);
    assert.equal(run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir }).code, 1);
    assert.equal(cacheFiles(dir).length, 1);
  });

  it('a damaged or truncated cache file is rejected and replaced; the run is unaffected', { skip: !node20 && 'Node 20 only' }, () => {
    const dir = path.join(tmpdir('ringside-cc-'), 'cache');
    const plain = run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir, RINGSIDE_NO_COMPILE_CACHE: '1' });
    run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir });
    const [name] = cacheFiles(dir);
    const file = path.join(dir, name);
    const good = fs.readFileSync(file);
    // Bytes flipped past the header: without V8's checksum this would crash or run wrong code.
    for (const at of [200, Math.floor(good.length / 2), good.length - 100]) {
      const bad = Buffer.from(good);
      for (let i = at; i < at + 16; i++) bad[i] ^= 0x5a;
      fs.writeFileSync(file, bad);
      assert.deepEqual(run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir }), plain, `damaged at ${at}`);
      assert.ok(!fs.readFileSync(file).equals(bad), `the file damaged at ${at} was replaced`);
    }
    fs.writeFileSync(file, good.subarray(0, good.length >> 1));
    assert.deepEqual(run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir }), plain);
    assert.ok(fs.readFileSync(file).length > good.length * 0.9, 'the truncated file was replaced');
    fs.writeFileSync(file, 'not a cache');
    assert.deepEqual(run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir }), plain);
  });

  it(`keeps at most ${MAX_CACHE_FILES} files, dropping the oldest`, { skip: !node20 && 'Node 20 only' }, () => {
    const dir = path.join(tmpdir('ringside-cc-'), 'cache');
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < MAX_CACHE_FILES + 5; i++) {
      const f = path.join(dir, `${i.toString(16).padStart(16, '0')}-check-v20.0.0-x64.v8cache`);
      fs.writeFileSync(f, 'old');
      fs.utimesSync(f, 1_000_000 + i, 1_000_000 + i);
    }
    const r = run(CHECK, { RINGSIDE_COMPILE_CACHE_DIR: dir });
    assert.equal(r.code, 1, r.stderr);
    const left = cacheFiles(dir);
    assert.equal(left.length, MAX_CACHE_FILES);
    assert.ok(!left.includes(`${'0'.repeat(16)}-check-v20.0.0-x64.v8cache`), 'the oldest went');
    assert.ok(left.includes(`${(MAX_CACHE_FILES + 4).toString(16).padStart(16, '0')}-check-v20.0.0-x64.v8cache`), 'the newest stayed');
  });
});
