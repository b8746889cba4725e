// `npm run fuzz -- --minutes N --seed S [--out DIR] [--only lsp|cli]`: runs the LSP fuzzer and the
// CLI mutation fuzzer (test/fuzz/) side by side for N minutes from seed S. Each failing input is
// written to DIR (default fuzz-failures/) as JSON that test/fuzz/fuzz.test.ts replays once it is
// copied to test/fixtures/fuzz/. Prints the cases, edits and requests run; exits 1 on a failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LspFuzzer, type FuzzFailure, type FuzzStats } from '../test/fuzz/lsp-fuzzer';
import { CliFuzzer } from '../test/fuzz/cli-fuzzer';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    seed: { type: 'string' },
    out: { type: 'string', default: 'fuzz-failures' },
    only: { type: 'string' },
  },
});
const minutes = Number(values.minutes);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
if (!Number.isFinite(minutes) || minutes <= 0 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run fuzz -- --minutes N --seed S [--out DIR] [--only lsp|cli]\n');
  process.exit(2);
}
const until = Date.now() + minutes * 60_000;
const outDir = path.resolve(values.out!);
if (values.only !== undefined && values.only !== 'lsp' && values.only !== 'cli') {
  process.stderr.write('--only takes lsp or cli\n');
  process.exit(2);
}

function save(f: FuzzFailure, s: number): void {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${f.fuzzer}-${f.check}-seed${s}.json`);
  fs.writeFileSync(file, JSON.stringify({ fuzzer: f.fuzzer, check: f.check, seed: s, message: f.message, input: f.input, finalText: f.finalText }, null, 2) + '\n');
  process.stdout.write(`FAILURE ${f.fuzzer} ${f.check} (seed ${s}) → ${path.relative(process.cwd(), file)}\n${f.message.split('\n').slice(0, 6).join('\n')}\n`);
}

/** Run one fuzzer from `seed` until the deadline; after a failure go on with the next seed. */
async function loop(name: string, fuzzer: { stats: FuzzStats; run(o: { seed: number; numRuns: number; until: number }): Promise<void> }): Promise<void> {
  // Progress every five minutes, so a long run that is stopped early still has figures.
  const progress = setInterval(() => {
    const st = fuzzer.stats;
    process.stdout.write(`${name} so far: ${st.cases} cases, ${st.edits} edits, ${st.requests} requests, ${st.failures.length} failures\n`);
  }, 5 * 60_000);
  progress.unref();
  for (let s = seed; Date.now() < until; s++) {
    const before = fuzzer.stats.failures.length;
    await fuzzer.run({ seed: s, numRuns: 1_000_000, until });
    for (const f of fuzzer.stats.failures.slice(before)) save(f, s);
  }
  clearInterval(progress);
  const st = fuzzer.stats;
  process.stdout.write(`${name}: ${st.cases} cases, ${st.edits} edits, ${st.requests} requests, ${st.failures.length} failures\n`);
}

/** Both fuzzers at once run as two processes, so one's in-process work never delays the other's clock. */
function child(only: 'lsp' | 'cli'): Promise<number> {
  const args = [process.argv[1], '--minutes', String(minutes), '--seed', String(seed), '--out', outDir, '--only', only];
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
    p.on('close', (code) => resolve(code ?? 2));
  });
}

async function main(): Promise<number> {
  if (values.only !== 'lsp' && values.only !== 'cli') {
    process.stdout.write(`fuzzing for ${minutes} min from seed ${seed}; failing inputs go to ${path.relative(process.cwd(), outDir) || '.'}\n`);
    const codes = await Promise.all([child('lsp'), child('cli')]);
    return Math.max(...codes);
  }
  const delay = monitorEventLoopDelay({ resolution: 50 });
  delay.enable();
  const fuzzer = values.only === 'lsp' ? new LspFuzzer() : new CliFuzzer();
  try {
    await loop(values.only, fuzzer);
  } finally {
    await fuzzer.dispose();
    delay.disable();
    process.stdout.write(`${values.only}: longest event-loop block ${(delay.max / 1e6).toFixed(0)} ms\n`);
  }
  return fuzzer.stats.failures.length > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (e: unknown) => {
  process.stderr.write(`fuzz: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(2);
});
