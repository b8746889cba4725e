// `npm run bench`: parse, full check and editor latency for models of 100, 1,000 and 10,000
// components, plus the server's peak memory. A benchmark, not a test: it reports figures and the
// targets from the tracker, and exits 0 either way. Results: docs/performance.md.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createParser, wasmPathsIn } from '../server/src/syntax/parser';
import { parseSource } from '../server/src/model/source';
import { checkSources } from '../server/src/check';
import { generateModel } from './generate';
import { LspClient } from './lsp-client';
import { buildMapGraph } from '../server/src/map/graph';
import { layoutMap } from '../server/src/map/layout';
import { renderSvg } from '../server/src/map/render-svg';
import type { HclParser } from '../server/src/syntax/parser';

const SIZES = (process.env.RINGSIDE_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.RINGSIDE_BENCH_RUNS ?? 5);
const EDITS = Number(process.env.RINGSIDE_BENCH_EDITS ?? 50);

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
function p95(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; }
const ms = (x: number) => `${x.toFixed(1)} ms`;

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'esbuild.mjs'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

async function main() {
  const root = repoRoot();
  const parser = await createParser(wasmPathsIn(path.join(root, 'server', 'dist')));
  const rows: string[] = [];
  const results: Record<number, { parse: number; check: number; lines: number; bytes: number; latMed?: number; latP95?: number; rss?: number }> = {};
  for (const n of SIZES) {
    const text = generateModel(n);
    const parse: number[] = [], check: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      parser.parse(text).delete();
      const t1 = performance.now();
      const r = checkSources('/bench', [parseSource(parser, 'bench.ringside', text)], { today: '2026-01-15' });
      const t2 = performance.now();
      if (r.model.diagnostics.length) throw new Error(`generated model has errors: ${r.model.diagnostics[0].message}`);
      parse.push(t1 - t0);
      check.push(t2 - t1);
    }
    results[n] = { parse: median(parse), check: median(check), lines: text.split('\n').length, bytes: Buffer.byteLength(text) };
    console.log(`${n} components: ${results[n].lines} lines; tree-sitter parse ${ms(results[n].parse)}, full check ${ms(results[n].check)}`);
  }
  const server = path.join(root, 'server', 'dist', 'server.js');
  if (fs.existsSync(server)) {
    for (const n of SIZES) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-bench-'));
      const file = path.join(dir, 'bench.ringside');
      const text = generateModel(n);
      fs.writeFileSync(file, text);
      const { latencies, rss } = await editLatency(server, dir, file, text);
      results[n].latMed = median(latencies);
      results[n].latP95 = p95(latencies);
      results[n].rss = rss;
      console.log(`${n} components: didChange→publishDiagnostics median ${ms(results[n].latMed!)}, p95 ${ms(results[n].latP95!)}; server peak RSS ${(rss / 1048576).toFixed(0)} MB`);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } else console.log('server/dist/server.js not built: editor latency skipped');

  rows.push('| components | lines | tree-sitter parse | full check | check / parse | edit→diagnostics median | p95 | server peak RSS |', '|---|---|---|---|---|---|---|---|');
  for (const n of SIZES) {
    const r = results[n];
    rows.push(`| ${n.toLocaleString('en-US')} | ${r.lines.toLocaleString('en-US')} | ${ms(r.parse)} | ${ms(r.check)} | ${(r.check / r.parse).toFixed(2)}× | ${r.latMed !== undefined ? ms(r.latMed) : '—'} | ${r.latP95 !== undefined ? ms(r.latP95) : '—'} | ${r.rss ? (r.rss / 1048576).toFixed(0) + ' MB' : '—'} |`);
  }
  console.log('\n' + rows.join('\n'));
  const [mid, big] = [SIZES[1], SIZES[2]];
  if (mid && big) console.log(`\ncost ratio ${big}/${mid} (full check): ${(results[big].check / results[mid].check).toFixed(1)} (target ≤ 12)`);
  console.log('targets: full check ≤ 2× parse; p95 ≤ 50 ms at 1,000 components; peak RSS ≤ 150 MB at 10,000 components');
  await designMapBench(parser);
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
  console.log(`load average: ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
}

/** Opens the model in the real server and times one-character edits until their diagnostics arrive. */
async function editLatency(server: string, dir: string, file: string, text: string): Promise<{ latencies: number[]; rss: number }> {
  const child = spawn(process.execPath, [...(process.env.RINGSIDE_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.RINGSIDE_BENCH_PROF] : []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = new LspClient(child);
  const uri = pathToFileURL(file).href;
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }] });
  client.notify('initialized', {});
  let version = 1;
  const first = client.waitFor('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => p.uri === uri && p.version === 1, 60_000);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ringside', version, text } });
  await first;
  // Edit inside a description string so the model stays valid: append and remove one character.
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('generated for the benchmark'));
  const col = lines[line].indexOf('benchmark') + 'benchmark'.length;
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
  await client.request('shutdown', null);
  client.notify('exit', null);
  // Let the server exit by itself (a CPU profile is only written on a clean exit).
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => { child.kill(); resolve(); }, 5000);
    child.once('exit', () => { clearTimeout(t); resolve(); });
  });
  return { latencies, rss };
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
