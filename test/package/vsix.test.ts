// Packaging tests: the extension manifest, the contents of ringside.vsix, and a smoke test of the
// language server as installed from the VSIX (unpacked into a temp folder, spoken to over JSON-RPC).
// The VSIX is built once per run with `npm run package` in a temp copy of the repository (so the
// production build never rewrites the shared dist folders under other running tests), unless
// ringside.vsix is newer than the bundles and the manifest files, or RINGSIDE_VSIX names one.
// Listing and unpacking use Debian's `unzip` (.ci/run installs it).
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { legend } from '../../server/src/features/semantic-tokens';
import {
  ExportSarifRequest, FindingCountsNotification, ListRulesRequest, RuleDocRequest,
  type ExportSarifResult, type FindingCounts, type ListRulesResult, type RuleDocResult,
} from '../../server/src/lsp/protocol';

// ── Helpers ────────────────────────────────────────────────────────────────────────────────────

/** The repository root: bundles may run from $RINGSIDE_OUT outside the repository, so try the cwd too. */
function findRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'esbuild.mjs'))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error('repository root not found');
}

const ROOT = findRoot();
const PACKAGE_TIMEOUT_MS = 300_000;
const DEADLINE_MS = 20_000;
/** Temp folders of this run, removed at the end. */
const tempDirs: string[] = [];

interface Manifest {
  main?: string;
  icon?: string;
  engines?: Record<string, string>;
  activationEvents?: string[];
  devDependencies?: Record<string, string>;
  capabilities?: { untrustedWorkspaces?: { supported?: boolean | string } };
  contributes?: {
    languages?: { id: string; configuration?: string }[];
    grammars?: { language?: string; path: string }[];
    snippets?: { language?: string; path: string }[];
    commands?: { command: string; title?: string; category?: string }[];
    menus?: Record<string, { command: string; when?: string }[]>;
    configuration?: { properties?: Record<string, { type?: string; enum?: string[]; scope?: string; additionalProperties?: { enum?: string[] } }> };
    walkthroughs?: { id: string; steps: { id: string; media?: { markdown?: string; image?: string } }[] }[];
    semanticTokenModifiers?: { id: string }[];
    semanticTokenScopes?: { language?: string; scopes: Record<string, string[]> }[];
  };
}

function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
}

/** A manifest path (`./x/y`) as a path relative to the extension folder (`x/y`). */
function rel(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '');
}

/** Every file a manifest points at: main, icon, language configurations, grammars, snippets, walkthrough media. */
function manifestFiles(m: Manifest): string[] {
  const c = m.contributes ?? {};
  const files = [m.main, m.icon];
  for (const l of c.languages ?? []) files.push(l.configuration);
  for (const g of c.grammars ?? []) files.push(g.path);
  for (const s of c.snippets ?? []) files.push(s.path);
  for (const w of c.walkthroughs ?? []) for (const s of w.steps) files.push(s.media?.markdown, s.media?.image);
  return files.filter((f): f is string => typeof f === 'string').map(rel);
}

/** "1.91.0" from "^1.91.0", ">=1.91.0" or "1.91.0"; throws on anything else. */
function minVersion(range: string): [number, number, number] {
  const m = /^\s*(?:\^|~|>=)?\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(range);
  if (!m) throw new Error(`unsupported version range: ${range}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function unzipAvailable(): boolean {
  return spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
}

const NO_UNZIP = 'the `unzip` command is missing: install it (apt-get install unzip); .ci/run does this in CI';

function mtime(p: string): number {
  return fs.existsSync(p) ? fs.statSync(p).mtimeMs : Number.POSITIVE_INFINITY;
}

/** Simple .gitignore patterns (`name`, `dir/`, `*.ext`, `a/b/`) as a test on a relative path. */
function gitignored(root: string): (relPath: string) => boolean {
  const file = path.join(root, '.gitignore');
  const patterns = (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '').split(/\r?\n/)
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('!'))
    .map((l) => l.replace(/^\//, '').replace(/\/$/, ''));
  const toRegex = (glob: string) => new RegExp(`^${glob.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  const tests = patterns.map((pat) => {
    const re = toRegex(pat);
    return pat.includes('/')
      ? (rp: string) => re.test(rp)
      : (rp: string) => rp.split('/').some((seg) => re.test(seg));
  });
  return (rp) => rp === '.git' || tests.some((t) => t(rp));
}

/**
 * Run `npm run package` in a copy of the repository (without what .gitignore lists, with a link
 * to node_modules), so the production build never rewrites the shared dist folders while other
 * test files run the development bundles.
 */
function packageInCopy(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-package-'));
  tempDirs.push(copy);
  const ignored = gitignored(ROOT);
  fs.cpSync(ROOT, copy, {
    recursive: true,
    filter: (src) => {
      const rp = path.relative(ROOT, src).split(path.sep).join('/');
      return rp === '' || !ignored(rp);
    },
  });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'package'], {
    cwd: copy, encoding: 'utf8', timeout: PACKAGE_TIMEOUT_MS, shell: process.platform === 'win32',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const vsix = path.join(copy, 'ringside.vsix');
  if (r.status !== 0 || !fs.existsSync(vsix)) {
    throw new Error(`\`npm run package\` failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}\n${r.stderr}`);
  }
  return vsix;
}

/** The VSIX under test: $RINGSIDE_VSIX, ringside.vsix when it is newer than what goes into it, else a fresh build. */
function ensureVsix(): string {
  const given = process.env.RINGSIDE_VSIX;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`RINGSIDE_VSIX=${given} does not exist`);
    return given;
  }
  const vsix = path.join(ROOT, 'ringside.vsix');
  const inputs = ['client/dist/extension.js', 'server/dist/server.js', 'package.json', '.vscodeignore', 'README.md']
    .map((f) => path.join(ROOT, f));
  if (fs.existsSync(vsix) && inputs.every((f) => mtime(f) < mtime(vsix))) return vsix;
  return packageInCopy();
}

// ── Manifest ───────────────────────────────────────────────────────────────────────────────────

describe('extension manifest (package.json)', () => {
  const m = readManifest();
  const c = m.contributes ?? {};
  const commands = c.commands ?? [];
  const contributed = new Set(commands.map((x) => x.command));

  it('targets a VS Code between @types/vscode and 1.139', () => {
    const engine = m.engines?.vscode;
    assert.ok(engine, 'engines.vscode is missing');
    const min = minVersion(engine);
    assert.ok(compareVersions(min, [1, 139, 0]) <= 0, `engines.vscode ${engine} exceeds 1.139`);
    const typesRange = m.devDependencies?.['@types/vscode'];
    assert.ok(typesRange, '@types/vscode is not a devDependency');
    const typesPkg = path.join(ROOT, 'node_modules', '@types', 'vscode', 'package.json');
    const typesVersion = fs.existsSync(typesPkg)
      ? (JSON.parse(fs.readFileSync(typesPkg, 'utf8')) as { version: string }).version
      : typesRange;
    assert.ok(compareVersions(min, minVersion(typesVersion)) >= 0,
      `engines.vscode ${engine} is older than @types/vscode ${typesVersion}: the client could use API the engine lacks`);
  });

  it('points main at the client bundle and declares activation events', () => {
    assert.equal(rel(m.main ?? ''), 'client/dist/extension.js');
    const events = m.activationEvents ?? [];
    assert.ok(events.includes('onLanguage:ringside'), 'activationEvents lacks onLanguage:ringside');
    assert.ok(events.includes('workspaceContains:**/*.ringside'), 'activationEvents lacks workspaceContains:**/*.ringside');
    assert.ok(!events.includes('*'), 'activationEvents must not use *');
    for (const e of events.filter((x) => x.startsWith('onCommand:'))) {
      assert.ok(contributed.has(e.slice('onCommand:'.length)), `${e} names a command that is not contributed`);
    }
  });

  it('has an icon: a PNG of at least 128×128 pixels', () => {
    assert.ok(m.icon, 'icon is missing');
    const file = path.join(ROOT, m.icon);
    assert.ok(fs.existsSync(file), `${m.icon} does not exist`);
    const png = fs.readFileSync(file);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${m.icon} is not a PNG`);
    const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
    assert.ok(width >= 128 && height >= 128, `${m.icon} is ${width}×${height}; the Marketplace wants at least 128×128`);
  });

  it('points only at files that exist', () => {
    for (const f of manifestFiles(m)) assert.ok(fs.existsSync(path.join(ROOT, f)), `package.json names ${f}, which does not exist`);
  });

  it('gives every contributed command a title, and registers each one in client/src', () => {
    const sources = tsFiles(path.join(ROOT, 'client', 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const registered = new Set([...sources.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((x) => x[1]));
    assert.ok(commands.length > 0, 'no commands are contributed');
    for (const cmd of commands) {
      assert.ok(cmd.title && cmd.title.trim(), `${cmd.command} has no title`);
      assert.ok(registered.has(cmd.command), `${cmd.command} is contributed but never registered in client/src`);
    }
    for (const id of registered) assert.ok(contributed.has(id), `${id} is registered but not contributed in package.json`);
    const titled = new Map(commands.map((x) => [x.command, `${x.category ? `${x.category}: ` : ''}${x.title}`]));
    assert.equal(titled.get('ringside.showRuleDocumentation'), 'Ringside: Show Rule Documentation');
    assert.equal(titled.get('ringside.restartServer'), 'Ringside: Restart Server');
    assert.equal(titled.get('ringside.exportSarif'), 'Ringside: Export SARIF');
    assert.equal(titled.get('ringside.openExample'), 'Ringside: Open Example Design');
    assert.ok(contributed.has('ringside.showFindings'), 'ringside.showFindings (the code lens command) is not contributed');
  });

  it('names only contributed commands in menus', () => {
    for (const [menu, items] of Object.entries(c.menus ?? {})) {
      for (const item of items) assert.ok(contributed.has(item.command), `menus.${menu} names ${item.command}, which is not contributed`);
    }
    const hidden = (c.menus?.commandPalette ?? []).find((x) => x.command === 'ringside.showFindings');
    assert.equal(hidden?.when, 'false', 'ringside.showFindings needs arguments from a code lens: hide it from the palette');
  });

  it('declares the settings the client and server read', () => {
    const props = c.configuration?.properties ?? {};
    assert.deepEqual(props['ringside.trace.server']?.enum, ['off', 'messages', 'verbose']);
    assert.equal(props['ringside.trace.server']?.scope, 'window');
    assert.equal(props['ringside.severityOverrides']?.type, 'object');
    assert.deepEqual(props['ringside.severityOverrides']?.additionalProperties?.enum, ['error', 'warning', 'information', 'hint', 'off']);
  });

  it('supports untrusted workspaces', () => {
    assert.equal(m.capabilities?.untrustedWorkspaces?.supported, true);
  });

  it('contributes every custom semantic token modifier of the server legend, and maps it to scopes', () => {
    const standard = new Set(['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary']);
    const declared = new Set((c.semanticTokenModifiers ?? []).map((x) => x.id));
    const custom = legend.tokenModifiers.filter((x) => !standard.has(x));
    assert.ok(custom.includes('privileged'), 'the server legend has no `privileged` modifier');
    for (const mod of custom) assert.ok(declared.has(mod), `semantic token modifier \`${mod}\` is not contributed`);
    const selectors = (c.semanticTokenScopes ?? []).flatMap((s) => Object.keys(s.scopes));
    for (const sel of selectors) {
      const [type, ...mods] = sel.split('.');
      assert.ok(type === '*' || legend.tokenTypes.includes(type), `semanticTokenScopes selector ${sel}: unknown token type`);
      for (const mod of mods) assert.ok(declared.has(mod) || standard.has(mod), `semanticTokenScopes selector ${sel}: unknown modifier`);
    }
    assert.ok(selectors.some((s) => s.endsWith('.privileged')), 'no semanticTokenScopes entry for `privileged`');
  });

  it('has one walkthrough whose steps all have media', () => {
    assert.equal(c.walkthroughs?.length, 1);
    for (const step of c.walkthroughs?.[0].steps ?? []) assert.ok(step.media?.markdown || step.media?.image, `walkthrough step ${step.id} has no media`);
  });

  it('keeps analysis out of the client: client/src imports nothing from server/src but protocol.ts', () => {
    for (const f of tsFiles(path.join(ROOT, 'client', 'src'))) {
      const text = fs.readFileSync(f, 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
        if (!spec.includes('server/')) continue;
        const target = path.resolve(path.dirname(f), spec);
        assert.equal(path.relative(ROOT, target).split(path.sep).join('/'), 'server/src/lsp/protocol',
          `${path.relative(ROOT, f)} imports ${spec}: the client may only import server/src/lsp/protocol.ts`);
      }
    }
  });

  it('names its repository, bug tracker and homepage, with keywords and a gallery banner', () => {
    const m = readManifest() as Manifest & { repository?: { url?: string }; bugs?: { url?: string }; homepage?: string; keywords?: string[]; galleryBanner?: { color?: string; theme?: string } };
    assert.match(m.repository?.url ?? '', /^https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
    assert.match(m.bugs?.url ?? '', /^https:\/\/github\.com\/.+\/issues$/);
    assert.match(m.homepage ?? '', /^https:\/\//);
    assert.ok((m.keywords ?? []).length >= 5 && (m.keywords ?? []).length <= 30, 'the Marketplace takes up to 30 keywords');
    assert.match(m.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(m.galleryBanner?.theme ?? ''));
    assert.equal((m as { bin?: unknown }).bin, undefined, 'the CLI is the npm package ringside-cli, not part of the extension');
    const cli = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string };
    assert.equal(cli.version, (readManifest() as { version?: string }).version, 'ringside-cli is versioned with the extension');
  });

  it('has a whitelist .vscodeignore', () => {
    const lines = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**', '.vscodeignore must start by excluding everything');
  });
});

// ── VSIX ───────────────────────────────────────────────────────────────────────────────────────

describe('ringside.vsix', () => {
  let vsix = '';
  let entries: string[] = [];
  /** The VSIX unpacked into a temp folder; the extension is in `<unpacked>/extension`. */
  let unpacked = '';
  let setupError: Error | undefined;

  before(() => {
    try {
      if (!unzipAvailable()) throw new Error(NO_UNZIP);
      vsix = ensureVsix();
      entries = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split(/\r?\n/).filter(Boolean);
      unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-vsix-'));
      tempDirs.push(unpacked);
      execFileSync('unzip', ['-q', vsix, '-d', unpacked]);
    } catch (e) {
      setupError = e as Error;
    }
  }, { timeout: PACKAGE_TIMEOUT_MS + 30_000 });

  after(() => {
    // The package copy holds a link to node_modules: remove the link, never what it points at.
    for (const t of tempDirs.splice(0)) {
      fs.rmSync(path.join(t, 'node_modules'), { force: true });
      fs.rmSync(t, { recursive: true, force: true });
    }
  });

  function ready(): void {
    if (setupError) throw setupError;
  }

  const has = (entry: string) => entries.includes(entry);

  it('contains the bundles, the wasm files, the grammar and the manifest', () => {
    ready();
    for (const f of [
      'extension/package.json',
      'extension/client/dist/extension.js',
      'extension/server/dist/server.js',
      'extension/server/dist/elk-worker.js',
      'extension/server/dist/elk.js',
      'extension/server/dist/cel.js',
      'extension/server/dist/tree-sitter.wasm',
      'extension/server/dist/tree-sitter-hcl.wasm',
      'extension/syntaxes/ringside.tmLanguage.json',
      'extension/language-configuration.json',
    ]) assert.ok(has(f), `${f} is missing from the VSIX`);
  });

  it('contains the README (vsce stores it as readme.md), the changelog and the license', () => {
    ready();
    const lower = new Set(entries.map((e) => e.toLowerCase()));
    assert.ok(lower.has('extension/readme.md'), 'extension/README.md is missing from the VSIX');
    assert.ok(lower.has('extension/changelog.md'), 'extension/CHANGELOG.md is missing from the VSIX');
    assert.ok(lower.has('extension/license.txt') || lower.has('extension/license'), 'the license is missing from the VSIX');
  });

  it('ships a README whose links and images all resolve outside the repository (absolute, or anchors)', () => {
    ready();
    const readme = execFileSync('unzip', ['-p', vsix, 'extension/readme.md'], { encoding: 'utf8' });
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(targets.length > 5, 'the README links to the docs');
    const relative = targets.filter((t) => !/^(https:\/\/|#|mailto:)/.test(t));
    assert.deepEqual(relative, [], 'relative links break in the Marketplace and the Extensions view');
    assert.ok(targets.some((t) => /\.png$/.test(t)), 'the README shows screenshots');
  });

  it('has a real CHANGELOG entry', () => {
    ready();
    const changelog = execFileSync('unzip', ['-p', vsix, 'extension/changelog.md'], { encoding: 'utf8' });
    assert.match(changelog, /^## .+\n\n(- .+\n){3,}/m);
  });

  it('contains every file the packaged manifest names: icon, snippets, grammars, walkthrough media', () => {
    ready();
    const m = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' })) as Manifest;
    assert.ok(m.icon, 'the packaged manifest has no icon');
    assert.ok((m.contributes?.snippets ?? []).length > 0, 'the packaged manifest has no snippets');
    for (const f of manifestFiles(m)) assert.ok(has(`extension/${f}`), `the manifest names ${f}, but the VSIX lacks it`);
  });

  it('contains the example the "Open Example Design" command opens', () => {
    ready();
    if (!fs.existsSync(path.join(ROOT, 'examples', 'falcon-2024-07', 'kernel.ringside'))) return;
    assert.ok(has('extension/examples/falcon-2024-07/kernel.ringside'), 'examples/falcon-2024-07/kernel.ringside is missing from the VSIX');
  });

  it('leaks no node_modules, sources, source maps, tests or build files', () => {
    ready();
    const bad = entries.filter((e) =>
      /(^|\/)node_modules\//.test(e)
      || /(^|\/)src\//.test(e)
      || /\.map$/.test(e)
      || /\.ts$/.test(e)
      || /^extension\/(test|out|bench|tools|docs|\.git|\.ci|\.vscode)\//.test(e)
      || /^extension\/(tsconfig\.json|esbuild\.mjs|package-lock\.json|\.vscodeignore|\.gitignore)$/.test(e)
      || /\.vsix$/.test(e));
    assert.deepEqual(bad, [], `files that do not belong in the VSIX:\n${bad.join('\n')}`);
  });

  it('does not ship the CLI bundle, which the extension never loads (the CLI is the npm package ringside-cli)', () => {
    ready();
    const cli = entries.filter((e) => /^extension\/(server|packages)\/.*cli\.js$/.test(e) || e.startsWith('extension/packages/'));
    assert.deepEqual(cli, []);
  });

  it('stays small (under 5 MB)', () => {
    ready();
    const size = fs.statSync(vsix).size;
    assert.ok(size < 5 * 1024 * 1024, `ringside.vsix is ${(size / 1024 / 1024).toFixed(1)} MB`);
  });

  it('has self-contained bundles: they require only Node built-ins (and vscode in the client, the sibling ELK and CEL files in the server)', () => {
    ready();
    const builtins = new Set(builtinModules);
    for (const [file, allowed] of [['client/dist/extension.js', ['vscode']], ['server/dist/server.js', ['./elk.js', './cel.js']], ['server/dist/elk-worker.js', []], ['server/dist/cel.js', []]] as const) {
      const text = fs.readFileSync(path.join(unpacked, 'extension', file), 'utf8');
      const external = [...text.matchAll(/\b(?:require\(|import\()\s*["']([^"']+)["']/g)]
        .map((x) => x[1])
        .filter((id) => !builtins.has(id.replace(/^node:/, '')) && !(allowed as readonly string[]).includes(id));
      assert.deepEqual([...new Set(external)], [], `${file} requires modules the VSIX does not ship (it has no node_modules)`);
    }
  });

  it('has an ELK file that loads on its own and lays out a graph (its requires are elkjs\'s internal module names)', () => {
    ready();
    const elk = path.join(unpacked, 'extension', 'server', 'dist', 'elk.js');
    const script = `const ELK = require(process.argv[1]); new ELK().layout({ id: 'root', children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }], edges: [{ id: 'e', sources: ['a'], targets: ['b'] }] }).then((g) => console.log(JSON.stringify(g.children.map((c) => typeof c.x))))`;
    const out = execFileSync(process.execPath, ['-e', script, elk], { encoding: 'utf8', cwd: os.tmpdir() });
    assert.deepEqual(JSON.parse(out), ['number', 'number']);
  });

  it('has a client bundle that loads and exports activate and deactivate', () => {
    ready();
    const out = execFileSync(process.execPath, ['-e', CLIENT_LOADER, path.join(unpacked, 'extension', 'client', 'dist', 'extension.js')], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { activate: 'function', deactivate: 'function' });
  });

  it('runs its language server from the unpacked VSIX and publishes rule diagnostics', { timeout: 90_000 }, async () => {
    ready();
    const serverJs = path.join(unpacked, 'extension', 'server', 'dist', 'server.js');
    assert.ok(fs.existsSync(serverJs), 'server.js is not in the unpacked VSIX');

    // A model to review: the bundled Falcon example, or a small inline model if it is absent.
    const model = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-vsix-model-'));
    tempDirs.push(model);
    const example = [path.join(unpacked, 'extension', 'examples', 'falcon-2024-07'), path.join(ROOT, 'examples', 'falcon-2024-07')]
      .find((d) => fs.existsSync(path.join(d, 'kernel.ringside')));
    let openName: string;
    if (example) {
      for (const f of fs.readdirSync(example)) if (f.endsWith('.ringside')) fs.copyFileSync(path.join(example, f), path.join(model, f));
      openName = 'kernel.ringside';
    } else {
      fs.writeFileSync(path.join(model, 'design.ringside'), INLINE_MODEL);
      openName = 'design.ringside';
    }
    const openUri = pathToFileURL(path.join(model, openName)).href;

    const server = await LspProcess.start(serverJs, model);
    try {
      await server.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri: openUri, languageId: 'ringside', version: 1, text: fs.readFileSync(path.join(model, openName), 'utf8') },
      });
      const diags = await server.waitFor(() => {
        const d = server.diagnostics.get(openUri);
        return d && d.length ? d : undefined;
      }, `diagnostics for ${openName}`);
      const codes = diags.map((d) => String(d.code ?? ''));
      assert.ok(codes.every((x) => /^RS[-A-Z0-9]+$/.test(x)), `unexpected diagnostic codes: ${codes.join(', ')}`);
      const rs001 = diags.find((d) => d.code === 'RS001');
      assert.ok(rs001, `RS001 (kernel interpreter consuming cloud content) was not reported; codes: ${codes.join(', ')}`);
      assert.equal(rs001.severity, 1, 'RS001 should be an error');

      // The client's custom messages, answered by the packaged server.
      const counts = await server.waitFor(() => server.counts.find((x) => x.error > 0), 'finding counts with errors');
      assert.equal(counts.model, pathToFileURL(model).href);
      const rules = await server.conn.sendRequest<ListRulesResult>(ListRulesRequest);
      assert.ok(rules.rules.some((r) => r.id === 'RS001'), 'ListRulesRequest does not list RS001');
      const doc = await server.conn.sendRequest<RuleDocResult>(RuleDocRequest, { ruleId: 'RS001' });
      assert.match(doc.markdown, /RS001/);
      const sarif = await server.conn.sendRequest<ExportSarifResult>(ExportSarifRequest, { uri: openUri });
      const log = JSON.parse(sarif.sarif) as { version?: string; runs?: { results?: { ruleId?: string }[] }[] };
      assert.equal(log.version, '2.1.0');
      assert.ok(log.runs?.[0]?.results?.some((r) => r.ruleId === 'RS001'), 'the SARIF log has no RS001 result');
    } finally {
      await server.stop();
    }
  });
});

/** Loads a client bundle in a fresh process with a stand-in `vscode` module; prints its export types. */
const CLIENT_LOADER = `
const Module = require('module');
function stub(name) {
  const cache = new Map();
  return new Proxy(function () {}, {
    get(t, p) {
      if (p === 'then') return undefined;
      if (p === 'prototype') return t.prototype;
      if (p === Symbol.toPrimitive) return () => name;
      if (typeof p === 'symbol') return undefined;
      if (!cache.has(p)) cache.set(p, stub(name + '.' + p));
      return cache.get(p);
    },
    getPrototypeOf() { return Object.prototype; },
    apply() { return stub(name + '()'); },
    construct() { return stub('new ' + name); },
  });
}
const vscode = stub('vscode');
const load = Module._load;
Module._load = function (request) { return request === 'vscode' ? vscode : load.apply(this, arguments); };
const ext = require(process.argv[1]);
process.stdout.write(JSON.stringify({ activate: typeof ext.activate, deactivate: typeof ext.deactivate }));
`;

// ── A minimal LSP client over stdio ────────────────────────────────────────────────────────────

const INLINE_MODEL = `agent "inline" {
  platform = "windows"
  role     = "edr"
}

input "rules_feed" {
  source    = "cloud_rapid_content"
  trust     = "vendor_signed_content"
  frequency = "multiple_per_day"
}

context "driver" {
  kind  = "kernel_driver"
  start = "system"

  component "interpreter" {
    kinds    = ["content_interpreter"]
    consumes = [input.rules_feed]
  }
}
`;

interface Diag { code?: string | number; severity?: number; message: string }

class LspProcess {
  readonly diagnostics = new Map<string, Diag[]>();
  readonly counts: FindingCounts[] = [];
  stderr = '';
  private readonly listeners = new Set<() => void>();
  private readonly exited: Promise<void>;

  private constructor(readonly proc: ChildProcessWithoutNullStreams, readonly conn: MessageConnection) {
    this.exited = new Promise((resolve) => proc.on('exit', () => { this.fire(); resolve(); }));
    proc.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
  }

  static async start(serverJs: string, folder: string): Promise<LspProcess> {
    // Run from the unpacked folder, as VS Code would: nothing may resolve back into the repository.
    const proc = spawn(process.execPath, [serverJs, '--stdio'], { cwd: path.dirname(serverJs), stdio: 'pipe' });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const s = new LspProcess(proc, conn);
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diag[] }) => {
      s.diagnostics.set(p.uri, p.diagnostics);
      s.fire();
    });
    conn.onNotification(FindingCountsNotification, (c: FindingCounts) => { s.counts.push(c); s.fire(); });
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
    const uri = pathToFileURL(folder).href;
    await s.deadline(conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(folder) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
      },
      initializationOptions: { today: '2026-01-15' },
    }), 'initialize');
    await conn.sendNotification('initialized', {});
    return s;
  }

  private fire(): void {
    for (const l of [...this.listeners]) l();
  }

  private deadline<T>(p: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\nserver stderr:\n${this.stderr}`)), DEADLINE_MS);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  /** The first truthy value of `check`, re-evaluated whenever the server sends something. */
  waitFor<T>(check: () => T | undefined, what: string): Promise<T> {
    return this.deadline(new Promise<T>((resolve) => {
      const attempt = () => {
        const v = check();
        if (v === undefined) return;
        this.listeners.delete(attempt);
        resolve(v);
      };
      this.listeners.add(attempt);
      attempt();
    }), what);
  }

  async stop(): Promise<void> {
    try {
      await this.deadline(this.conn.sendRequest('shutdown'), 'shutdown');
      await this.conn.sendNotification('exit');
      await this.deadline(this.exited, 'the server to exit');
    } catch {
      this.proc.kill();
    } finally {
      this.conn.dispose();
    }
  }
}
