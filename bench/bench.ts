// `npm run bench`: every measure of the performance table in issue 11 with its target beside it —
// parse and full check, editor latency at 1,000 and 10,000 components, opening a model of 1,000
// files, the server's peak memory, the CLI's cold start, and LikeC4 side by side when installed.
// A benchmark, not a test: it reports figures and exits 0 either way. Results: docs/performance.md.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createParser, wasmPathsIn, type HclParser } from '../server/src/syntax/parser';
import { parseSource } from '../server/src/model/source';
import { checkSources } from '../server/src/check';
import { generateModel, generateModelFiles } from './generate';
import { diffResults } from '../server/src/cli/risk-diff';
import { LspClient } from './lsp-client';
import { buildMapGraph } from '../server/src/map/graph';
import { layoutMap } from '../server/src/map/layout';
import { renderSvg } from '../server/src/map/render-svg';
import { likec4SideBySide } from './likec4';
import { editPoint } from './edit-point';
import { keystrokeHeap } from './keystroke-heap';
import { wasmRecycle } from './wasm-recycle';
import { SERVER_NODE_OPTIONS } from '../server/src/lsp/protocol';

const SIZES = (process.env.RINGSIDE_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.RINGSIDE_BENCH_RUNS ?? 5);
const EDITS = Number(process.env.RINGSIDE_BENCH_EDITS ?? 50);
/** Components of the many-files workload (one context of ten components per file). */
const MANY_FILES = Number(process.env.RINGSIDE_BENCH_MANY_FILES ?? 10000);
const SKIP = new Set((process.env.RINGSIDE_BENCH_SKIP ?? '').split(',').filter(Boolean));

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
function p95(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; }
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${(x / 1048576).toFixed(0)} MB`;
const n = (x: number) => x.toLocaleString('en-US');

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'esbuild.mjs'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

interface Row { measure: string; result: string; target: string; met: boolean | undefined }
const rows: Row[] = [];
function row(measure: string, result: string, target: string, met: boolean | undefined): void {
  rows.push({ measure, result, target, met });
  console.log(`${measure}: ${result} (target ${target})${met === undefined ? '' : met ? ' — met' : ' — MISSED'}`);
}

async function main() {
  const root = repoRoot();
  const dist = path.join(root, 'server', 'dist');
  const parser = await createParser(wasmPathsIn(dist));
  const server = path.join(dist, 'server.js');
  const cli = path.join(dist, 'cli.js');
  const haveServer = fs.existsSync(server);
  console.log(`load average at start: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}; ${os.cpus().length} cores; Node ${process.version}`);

  // ── Full check against the tree-sitter parse, per size ──
  const sizeRows: string[] = ['| components | lines | tree-sitter parse | full check | check / parse |', '|---|---|---|---|---|'];
  for (const size of SIZES) {
    const text = generateModel(size);
    const parse: number[] = [], check: number[] = [];
    // Two warm-up rounds first (not counted): the steady state is measured, not the JIT's first
    // compilation of the code, which the CLI cold-start row measures on its own.
    // Small models are measured more often: one run is a few milliseconds and noise dominates.
    const runs = size <= 100 ? RUNS * 4 : RUNS;
    for (let i = -2; i < runs; i++) {
      const t0 = performance.now();
      parser.parse(text).delete();
      const t1 = performance.now();
      const r = checkSources('/bench', [parseSource(parser, 'bench.ringside', text)], { today: '2026-01-15' });
      const t2 = performance.now();
      if (r.model.diagnostics.length) throw new Error(`generated model has errors: ${r.model.diagnostics[0].message}`);
      if (i < 0) continue;
      parse.push(t1 - t0);
      check.push(t2 - t1);
    }
    const [p, c] = [median(parse), median(check)];
    sizeRows.push(`| ${n(size)} | ${n(text.split('\n').length)} | ${ms(p)} | ${ms(c)} | ${(c / p).toFixed(2)}× |`);
    row(`full check / tree-sitter parse, ${n(size)} components`, `${(c / p).toFixed(2)}× (${ms(c)} / ${ms(p)})`, '≤ 2×', c / p <= 2);
  }
  if (!SKIP.has('diff')) await riskDiffBench(parser);

  // ── Editor latency (one file) and the server's memory ──
  for (const size of SIZES.filter((s) => s >= 1000)) {
    if (!haveServer) break;
    const text = generateModel(size);
    const reparse = reparseP95(parser, text);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-bench-'));
    try {
      const file = path.join(dir, 'bench.ringside');
      fs.writeFileSync(file, text);
      const { latencies, rss } = await editLatency(server, dir, file, text);
      const lat = p95(latencies);
      if (size === 1000) {
        const target = 2 * reparse + 10;
        row(`edit → publishDiagnostics p95, ${n(size)} components in one file`, `${ms(lat)} (median ${ms(median(latencies))}; incremental reparse of the same edit p95 ${ms(reparse)})`,
          `≤ 2 × reparse + 10 ms = ${ms(target)}`, lat <= target);
      } else {
        row(`edit → publishDiagnostics p95, ${n(size)} components in one file`, `${ms(lat)} (median ${ms(median(latencies))}; reparse p95 ${ms(reparse)})`, '≤ 50 ms', size === 10000 ? lat <= 50 : undefined);
      }
      if (size === 10000) row(`server peak RSS, ${n(size)} components in one file (after ${EDITS} edits)`, mb(rss), '≤ 150 MB', rss <= 150 * 1048576);
      else console.log(`  server peak RSS at ${n(size)} components: ${mb(rss)}`);
      const heap = await keystrokeHeap(parser, text, Math.min(EDITS, 20));
      console.log(`  heap kept by the open design at ${n(size)} components: ${mb(heap.kept)}; allocated per keystroke: ${(heap.perEdit / 1048576).toFixed(1)} MB`
        + ` (the text is ${(heap.textLength / 1048576).toFixed(1)} MB: a keystroke no longer copies it)`);
      if (size === 10000) {
        const w = await wasmRecycle(wasmPathsIn(dist), `${text}\ncontext "broken" {\n`);
        console.log(`  wasm heap: ${mb(w.before)}, ${mb(w.grown)} after a whole parse of this design with a syntax error,`
          + ` ${mb(w.after)} once its tree is deleted and the runtime recycled (${w.runtimes} runtimes; RSS ${mb(w.rssGrown)} → ${mb(w.rssAfter)})`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  // ── Opening a model of many files, against the CLI on the same folder ──
  if (haveServer && !SKIP.has('open')) {
    const files = generateModelFiles(MANY_FILES);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-bench-open-'));
    try {
      for (const f of files) fs.writeFileSync(path.join(dir, f.name), f.text);
      const cliTimes: number[] = [];
      for (let i = 0; i < 3; i++) cliTimes.push(timeCommand(process.execPath, [cli, 'check', dir, '--fail-on', 'never', '--format', 'json']));
      const opens: { settle: number; analyses: number; rss: number }[] = [];
      for (let i = 0; i < 3; i++) opens.push(await openAll(server, dir, files));
      const settle = median(opens.map((o) => o.settle));
      const cliMs = median(cliTimes);
      row(`open a model of ${n(files.length)} files (${n(MANY_FILES)} components) until diagnostics settle`,
        `${ms(settle)} (${median(opens.map((o) => o.analyses))} analyses; the CLI checks the folder in ${ms(cliMs)})`, `≤ 2 × CLI = ${ms(2 * cliMs)}`, settle <= 2 * cliMs);
      row(`server peak RSS, ${n(MANY_FILES)} components in ${n(files.length)} files (opened)`, mb(median(opens.map((o) => o.rss))), '≤ 150 MB', median(opens.map((o) => o.rss)) <= 150 * 1048576);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  // ── CLI cold start ──
  // server/dist/cli.js is the executable the npm package ships (the same minified bundles; every
  // build makes them so). Its compile cache goes to a fresh folder: the first run saves it, as a
  // user's first run after installing does, and is reported on its own; the 9 timed runs use it.
  const example = path.join(root, 'examples', 'falcon-2024-07');
  if (fs.existsSync(cli) && fs.existsSync(example) && !SKIP.has('cold')) {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-bench-cache-'));
    const args = [cli, 'check', example, '--fail-on', 'never'];
    const withCache = { RINGSIDE_COMPILE_CACHE_DIR: cacheDir };
    try {
      const first = timeCommand(process.execPath, args, withCache);
      const bare: number[] = [], check: number[] = [], uncached: number[] = [];
      for (let i = 0; i < 9; i++) {
        bare.push(timeCommand(process.execPath, ['-e', '0']));
        check.push(timeCommand(process.execPath, args, withCache));
        uncached.push(timeCommand(process.execPath, args, { RINGSIDE_NO_COMPILE_CACHE: '1' }));
      }
      const [b, c, u] = [median(bare), median(check), median(uncached)];
      row('CLI cold start on the Falcon example', `${ms(c)} = ${(c / b).toFixed(2)} × a bare \`node -e 0\` (${ms(b)})`, '≤ 2 × `node -e 0`', c <= 2 * b);
      console.log(`  without the compile cache: ${ms(u)} = ${(u / b).toFixed(2)} ×; the first run, which saves it: ${ms(first)}`);
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }

  // ── LikeC4 side by side ──
  if (!SKIP.has('likec4')) {
    const side = await likec4SideBySide(parser, SIZES.filter((s) => s <= 1000), RUNS);
    if (side.skipped) console.log(`LikeC4 side by side skipped: ${side.skipped}`);
    else for (const line of side.lines) console.log(line);
  }

  // ── Design map: graph, layout, render ──
  if (!SKIP.has('map')) await designMapBench(parser);

  console.log(`\nload average at end: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
  console.log('\n' + sizeRows.join('\n'));
  console.log('\n| measure | result | target | verdict |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.measure} | ${r.result} | ${r.target} | ${r.met === undefined ? '—' : r.met ? 'met' : '**missed**'} |`);
}

const MAP_SIZES = (process.env.RINGSIDE_BENCH_MAP_SIZES ?? '100,1000').split(',').map(Number);

/**
 * Design map: graph, ELK layout and SVG rendering of a checked model. At 1,000 components the map
 * collapses contexts by default (above 300); the "drawn one by one" row shows what that avoids.
 */
async function designMapBench(parser: HclParser): Promise<void> {
  const rows = ['| components | map | boxes | edges | graph | ELK layout | SVG render | SVG size |', '|---|---|---|---|---|---|---|---|'];
  for (const n of MAP_SIZES) {
    const result = checkSources('/bench', [parseSource(parser, 'bench.ringside', generateModel(n))], { today: '2026-01-15' });
    for (const [label, maxComponents] of [['default', undefined], ['drawn one by one', Infinity]] as const) {
      if (maxComponents === Infinity && n <= 300) continue;
      const g: number[] = [], l: number[] = [], r: number[] = [];
      let boxes = 0, edges = 0, bytes = 0, collapsed = false;
      const runs = maxComponents === Infinity ? 1 : RUNS;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const graph = buildMapGraph(result, { maxComponents });
        const t1 = performance.now();
        const layout = await layoutMap(graph);
        const t2 = performance.now();
        const svg = renderSvg(layout);
        const t3 = performance.now();
        g.push(t1 - t0); l.push(t2 - t1); r.push(t3 - t2);
        boxes = layout.boxes.size; edges = layout.edges.length; bytes = svg.length; collapsed = !!graph.collapsed;
      }
      const what = `${label}${collapsed ? ' (collapsed)' : ''}`;
      console.log(`${n} components, design map ${what}: graph ${ms(median(g))}, layout ${ms(median(l))}, render ${ms(median(r))} (${boxes} boxes, ${edges} edges)`);
      rows.push(`| ${n.toLocaleString('en-US')} | ${what} | ${boxes} | ${edges} | ${ms(median(g))} | ${ms(median(l))} | ${ms(median(r))} | ${(bytes / 1024).toFixed(0)} KiB |`);
    }
  }
  console.log('\n' + rows.join('\n'));
}

/** Wall time of a command, in ms. */
function timeCommand(cmd: string, args: string[], env?: Record<string, string>): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024, env: env && { ...process.env, ...env } });
  const t = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr?.toString()}`);
  return t;
}

/** The same one-character edits as `editLatency`, reparsed incrementally in-process: the floor. */
function reparseP95(parser: HclParser, text: string): number {
  const { line, col } = editPoint(text);
  let tree = parser.parse(text);
  let current = text;
  const times: number[] = [];
  const lineStart = text.split('\n').slice(0, line).reduce((s, l) => s + l.length + 1, 0);
  const at = lineStart + col;
  for (let i = 0; i < EDITS; i++) {
    const add = i % 2 === 0;
    const next = add ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    const t0 = performance.now();
    tree.edit({
      startIndex: at, oldEndIndex: add ? at : at + 1, newEndIndex: add ? at + 1 : at,
      startPosition: { row: line, column: col }, oldEndPosition: { row: line, column: add ? col : col + 1 }, newEndPosition: { row: line, column: add ? col + 1 : col },
    });
    const nextTree = parser.parse(next, tree);
    times.push(performance.now() - t0);
    tree.delete();
    tree = nextTree;
    current = next;
  }
  tree.delete();
  return p95(times);
}

/** Inside a description string, so every edit keeps the model valid. */
function startServer(server: string, dir: string, onLog?: (message: string) => void) {
  const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, ...(process.env.RINGSIDE_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.RINGSIDE_BENCH_PROF] : []), server, '--stdio'],
    { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, RINGSIDE_TRACE_TIMING: '1' } });
  const client = new LspClient(child, onLog);
  const init = client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }] })
    .then(() => client.notify('initialized', {}));
  return { child, client, init };
}

async function stopServer(child: ReturnType<typeof spawn>, client: LspClient): Promise<void> {
  await client.request('shutdown', null);
  client.notify('exit', null);
  // Let the server exit by itself (a CPU profile is only written on a clean exit).
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => { child.kill(); resolve(); }, 5000);
    child.once('exit', () => { clearTimeout(t); resolve(); });
  });
}

/** Opens the model in the real server and times one-character edits until their diagnostics arrive. */
async function editLatency(server: string, dir: string, file: string, text: string): Promise<{ latencies: number[]; rss: number }> {
  const { child, client, init } = startServer(server, dir);
  await init;
  const uri = pathToFileURL(file).href;
  let version = 1;
  const first = client.waitFor('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => p.uri === uri && p.version === 1, 120_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ringside', version, text } });
  await first;
  const { line, col } = editPoint(text);
  const latencies: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    version++;
    const add = i % 2 === 0;
    const range = add ? { start: { line, character: col }, end: { line, character: col } } : { start: { line, character: col }, end: { line, character: col + 1 } };
    const v = version;
    const done = client.waitFor('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => p.uri === uri && p.version === v, 60_000);
    const t0 = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: add ? 'x' : '' }] });
    await done;
    latencies.push(performance.now() - t0);
  }
  const rss = peakRss(child.pid!);
  await stopServer(child, client);
  return { latencies, rss };
}

/** Opens every file of a folder model at once (as an editor restoring a workspace does) and waits until each has its diagnostics. */
async function openAll(server: string, dir: string, files: { name: string; text: string }[]): Promise<{ settle: number; analyses: number; rss: number }> {
  let analyses = 0;
  const { child, client, init } = startServer(server, dir, (m) => { if (m.includes('analysed')) analyses++; });
  await init;
  const uris = files.map((f) => pathToFileURL(path.join(dir, f.name)).href);
  const waiting = new Set(uris);
  const settled = new Promise<void>((resolve) => {
    client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
      if (p.version === 1 && waiting.delete(p.uri) && waiting.size === 0) resolve();
    });
  });
  const t0 = performance.now();
  files.forEach((f, i) => client.notify('textDocument/didOpen', { textDocument: { uri: uris[i], languageId: 'ringside', version: 1, text: f.text } }));
  await settled;
  const settle = performance.now() - t0;
  const rss = peakRss(child.pid!);
  await stopServer(child, client);
  return { settle, analyses, rss };
}

function peakRss(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });

/**
 * `ringside diff` after both sides are checked: fingerprints, placement and blast-radius
 * comparison of a model with a copy whose every line moved (nothing matches by position).
 */
async function riskDiffBench(parser: Awaited<ReturnType<typeof createParser>>) {
  for (const size of SIZES) {
    // Without the callback blocks every sensor gets an "unspecified" finding: half the components
    // have a finding to fingerprint and match.
    const text = generateModel(size).replace(/ {4}callback \{\n[^}]*\}\n/g, '');
    const base = checkSources('/bench', [parseSource(parser, 'bench.ringside', text)], { today: '2026-01-15' });
    const head = checkSources('/bench', [parseSource(parser, 'bench.ringside', '# moved\n\n' + text)], { today: '2026-01-15' });
    const times: number[] = [];
    let d: ReturnType<typeof diffResults> | undefined;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      d = diffResults([{ name: '.', result: base }], [{ name: '.', result: head }], '2026-01-15');
      times.push(performance.now() - t0);
    }
    if (d!.introduced.length || d!.resolved.length) throw new Error('moved lines changed the risk diff');
    console.log(`${n(size)} components: risk diff of two checked versions ${ms(median(times))} (${d!.unchanged.length} findings matched by fingerprint)`);
  }
}
