// One build script for everything: the extension client, the language server, the CLI,
// and (with --tests) the node:test suites, tools and benchmarks.
// Flags: --production (minify, no source maps; the CLI is minified in every build), --watch, --tests.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { builtinModules, createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests') || args.has('--tests-only');
// --tests-only builds just the test bundles (into $RINGSIDE_OUT or out/), so several people can
// run their own tests without rebuilding the shared dist folders.
const testsOnly = args.has('--tests-only');
const outDir = process.env.RINGSIDE_OUT || 'out';
// --cli-package DIR builds only the npm package ringside-cli into DIR (manifest, README, license,
// bundle, wasm), so a test can pack it without touching the shared dist folders.
const cliPackageAt = process.argv.indexOf('--cli-package');
const cliPackageDir = cliPackageAt > 0 ? process.argv[cliPackageAt + 1] : undefined;

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

// web-tree-sitter ships an ES module that reads import.meta.url; in a CommonJS bundle that is
// undefined and loading crashes. Give every bundle that may load the parser a real file URL.
const importMetaFix = {
  define: { 'import.meta.url': '__ringsideImportMetaUrl' },
  banner: { js: "const __ringsideImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// Wasm heap recycling (server/src/syntax/parser.ts): the language server can load a second copy
// of web-tree-sitter with its own module and wasm heap once a very large parse is done with. The
// package's CommonJS build is embedded as text and each call evaluates it afresh, wrapped as
// Node wraps a module. The CLI (one run, then exit) and the web worker get a stub.
const freshTreeSitter = (enabled) => ({
  name: 'fresh-tree-sitter',
  setup(build) {
    build.onResolve({ filter: /^ringside-tree-sitter:fresh$/ }, () => ({ path: 'fresh', namespace: 'ringside-tree-sitter' }));
    build.onLoad({ filter: /.*/, namespace: 'ringside-tree-sitter' }, () => ({
      loader: 'js',
      contents: enabled ? [
        "const vm = require('node:vm');",
        `const SOURCE = ${JSON.stringify(readFileSync(require.resolve('web-tree-sitter'), 'utf8'))};`,
        'export function freshTreeSitter() {',
        '  const module = { exports: {} };',
        "  const wrapper = vm.runInThisContext('(function (exports, require, module, __filename, __dirname) {' + SOURCE + '\\n})', { filename: 'web-tree-sitter.cjs' });",
        '  wrapper(module.exports, require, module, __filename, __dirname);',
        '  return module.exports;',
        '}',
      ].join('\n') : 'export function freshTreeSitter() { return undefined; }',
    }));
  },
});

/** The runtime wasm was renamed between web-tree-sitter 0.25 and 0.27; find whichever exists. */
function runtimeWasm() {
  for (const name of ['web-tree-sitter/tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm']) {
    try { return require.resolve(name); } catch { /* try the other name */ }
  }
  throw new Error('web-tree-sitter runtime wasm not found');
}
const grammarWasm = require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm');

function copyWasm(dir) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(runtimeWasm(), join(dir, 'tree-sitter.wasm'));
  copyFileSync(grammarWasm, join(dir, 'tree-sitter-hcl.wasm'));
}

function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findFiles(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

// The CLI is four files. cli.js, the `ringside` executable, is a few lines (cli/bin.ts) that load
// cli-core.js — every command and the check — through V8's code cache (cli/compile-cache.ts).
// Beside them, the two heavy libraries only some commands need, each loaded by the module that
// uses it on first use (a runtime require of the sibling file): elk.js, ELK's layout for `report`
// (elkjs's self-contained build, copied), and cel.js, the CEL engine for models with policies and
// the policy commands. Everything the CLI ships is minified, in every build, so tests and the
// benchmark run the code users run (cold start, docs/performance.md).
const cliSplit = {
  name: 'cli-split',
  setup(build) {
    build.onResolve({ filter: /^elkjs\/lib\/elk\.bundled\.js$/ }, () => ({ path: './elk.js', external: true }));
    build.onResolve({ filter: /^@bufbuild\/cel(\/ext)?$/ }, () => ({ path: './cel.js', external: true }));
    // web-tree-sitter's `await import('module')` and `import('fs/promises')` become bundled modules
    // re-exporting the built-in: a real import() starts Node's ES module loader, a few
    // milliseconds of every start for two built-ins.
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (a) => (a.kind === 'dynamic-import' && builtinModules.includes(a.path.replace(/^node:/, ''))
      ? { path: a.path.replace(/^node:/, ''), namespace: 'builtin-reexport' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'builtin-reexport' }, (a) => ({ contents: `export * from 'node:${a.path}';`, loader: 'js' }));
  },
};
// cli-core.js starts with the hash of its own text (the placeholder's digits replaced after the
// build, same length, so the source map holds): the compile cache's files are named by it.
const STAMP_PLACEHOLDER = '/*ringside-core:0000000000000000*/';
const stampCore = {
  name: 'stamp-core',
  setup(build) {
    build.onEnd((r) => {
      if (r.errors.length) return;
      const file = build.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      if (!text.startsWith(STAMP_PLACEHOLDER)) throw new Error(`${file} does not start with the stamp placeholder`);
      const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
      writeFileSync(file, STAMP_PLACEHOLDER.replace(/0{16}/, hash) + text.slice(STAMP_PLACEHOLDER.length));
    });
  },
};
/** The CLI's bundles in `dist` (the package's have no source maps). */
const cliConfigs = (dist, sourcemap) => [
  { ...common, minify: true, sourcemap, entryPoints: ['server/src/cli/bin.ts'], outfile: join(dist, 'cli.js'), banner: { js: '#!/usr/bin/env node' } },
  {
    ...common, ...importMetaFix, minify: true, sourcemap, entryPoints: ['server/src/cli/main.ts'], outfile: join(dist, 'cli-core.js'),
    banner: { js: STAMP_PLACEHOLDER + importMetaFix.banner.js }, plugins: [cliSplit, stampCore, freshTreeSitter(false)],
  },
  {
    ...common, minify: true, sourcemap, outfile: join(dist, 'cel.js'),
    stdin: { contents: "export * from '@bufbuild/cel'; export { strings } from '@bufbuild/cel/ext';", resolveDir: process.cwd(), sourcefile: 'cel-engine.js' },
  },
];
function copyCliLibraries(dist) {
  mkdirSync(dist, { recursive: true });
  copyFileSync(require.resolve('elkjs/lib/elk.bundled.js'), join(dist, 'elk.js'));
}
const cliPackageConfigs = (dir) => cliConfigs(join(dir, 'dist'), false);
function fillCliPackage(dir) {
  copyWasm(join(dir, 'dist'));
  copyCliLibraries(join(dir, 'dist'));
  // The rule pages, so `check --explain` and SARIF can link the installed copy (cli/rule-page.ts).
  mkdirSync(join(dir, 'docs', 'rules'), { recursive: true });
  for (const f of readdirSync(join('docs', 'rules'))) if (f.endsWith('.md')) copyFileSync(join('docs', 'rules', f), join(dir, 'docs', 'rules', f));
  for (const f of ['package.json', 'README.md']) if (dir !== 'packages/cli') copyFileSync(join('packages/cli', f), join(dir, f));
  copyFileSync('LICENSE', join(dir, 'LICENSE'));
}
if (cliPackageDir) {
  await Promise.all(cliPackageConfigs(cliPackageDir).map((c) => esbuild.build(c)));
  fillCliPackage(cliPackageDir);
  process.exit(0);
}

const configs = testsOnly ? [] : [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/extension.js', external: ['vscode'] },
  // The language server loads ELK and CEL from the CLI's sibling files on first use, as the CLI
  // does: evaluating ELK at start-up alone was 27 MB of an idle server's 94 MB.
  // Minified in every build, as the CLI is, so the tests and the benchmark run the server users
  // run; an unminified bundle also keeps its comments, and a comment with one non-ASCII character
  // makes V8 hold the whole 1.5 MB source as two-byte text (docs/performance.md).
  { ...common, ...importMetaFix, minify: true, entryPoints: ['server/src/main.ts'], outfile: 'server/dist/server.js', plugins: [cliSplit, freshTreeSitter(true)] },
  // The design map's layout thread (server/src/lsp/design-map.ts starts it next to server.js).
  { ...common, entryPoints: ['server/src/lsp/elk-thread.ts'], outfile: 'server/dist/elk-worker.js' },
  ...cliConfigs('server/dist', production ? false : 'linked'),
  // The npm package ringside-cli (packages/cli): `npm pack packages/cli` after a build.
  ...cliPackageConfigs('packages/cli'),
];

// The web extension (vscode.dev, github.dev, code-server's browser host): the client runs in the
// browser's extension host and the server in a web worker. No Node API may reach these bundles:
// node:fs/path/url/util map to the small modules in server/src/web/shims, `process` is injected,
// and the client's language-client module is swapped for the one that starts a worker. The worker
// may run from a blob (no usable base URL), so `import.meta.url` is a fixed placeholder; the wasm
// files are bundled and passed as bytes, never fetched.
const SHIMS = join('server', 'src', 'web', 'shims');
const webShims = {
  name: 'web-shims',
  setup(build) {
    const shim = (name) => ({ path: join(process.cwd(), SHIMS, `${name}.ts`) });
    build.onResolve({ filter: /^(node:)?(fs|path|url|util)$/ }, (a) => shim(a.path.replace(/^node:/, '')));
    // web-tree-sitter's Node-only branches import these; they never run in a worker.
    build.onResolve({ filter: /^(node:)?(module|fs\/promises|worker_threads|crypto)$/ }, () => ({ path: join(process.cwd(), SHIMS, 'fs.ts') }));
    build.onResolve({ filter: /^vscode-languageserver\/node$/ }, (a) => build.resolve('vscode-languageserver/browser', { kind: a.kind, resolveDir: a.resolveDir }));
    build.onResolve({ filter: /^ringside-wasm:(runtime|grammar)$/ }, (a) => ({ path: a.path.endsWith('runtime') ? runtimeWasm() : grammarWasm }));
    build.onResolve({ filter: /^\.\/language-client$/ }, () => ({ path: join(process.cwd(), 'client', 'src', 'language-client-browser.ts') }));
  },
};
const web = {
  bundle: true, platform: 'browser', target: 'es2022', sourcemap: production ? false : 'linked', minify: production, logLevel: 'warning',
  inject: [join(SHIMS, 'process.ts')], plugins: [webShims, freshTreeSitter(false)], loader: { '.wasm': 'binary' },
};
if (!testsOnly) {
  configs.push(
    { ...web, format: 'cjs', entryPoints: ['client/src/extension.ts'], outfile: 'client/dist/browser-extension.js', external: ['vscode'] },
    { ...web, format: 'iife', entryPoints: ['server/src/web/main.ts'], outfile: 'server/dist/web/server.js', define: { 'import.meta.url': '"file:///ringside-web-worker/server.js"' } },
  );
}

if (tests) {
  // Each test file becomes its own bundle so node --test can run the folder.
  // RINGSIDE_TESTS=word limits the build to test files whose path contains that word.
  const only = process.env.RINGSIDE_TESTS;
  const testEntries = findFiles('test', '.test.ts')
    .filter((f) => !f.startsWith(join('test', 'e2e')))
    .filter((f) => !only || f.includes(only));
  const toolEntries = [...findFiles('tools', '.ts'), ...findFiles('bench', '.ts')];
  rmSync(outDir, { recursive: true, force: true });
  configs.push({
    ...common, ...importMetaFix,
    entryPoints: [...testEntries, ...toolEntries],
    outdir: outDir, outbase: '.',
    external: ['vscode'],
    plugins: [freshTreeSitter(true)],
  });
}

const copyPlugin = {
  name: 'copy-wasm',
  setup(build) {
    build.onEnd(() => {
      if (!testsOnly) { copyWasm('server/dist'); copyCliLibraries('server/dist'); fillCliPackage('packages/cli'); }
      if (tests) copyWasm(outDir);
    });
  },
};
// The problem matcher in .vscode/tasks.json looks for these lines in watch mode.
const watchPlugin = {
  name: 'watch-log',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((r) => console.log(`[watch] build finished with ${r.errors.length} errors`));
  },
};

const all = configs.map((c, i) => ({ ...c, plugins: [...(c.plugins ?? []), ...(i === 0 ? [copyPlugin] : []), ...(watch ? [watchPlugin] : [])] }));
if (watch) {
  for (const c of all) (await esbuild.context(c)).watch();
} else {
  await Promise.all(all.map((c) => esbuild.build(c)));
  if (!testsOnly) { copyWasm('server/dist'); copyCliLibraries('server/dist'); fillCliPackage('packages/cli'); }
  if (tests) copyWasm(outDir);
  if (!args.has('--quiet')) console.log(`built ${all.length} bundles${tests ? ' (with tests)' : ''} → ${relative('.', 'server/dist')}`);
}
