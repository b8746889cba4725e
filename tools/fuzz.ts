// `npm run fuzz -- --minutes N --seed S [--out DIR] [--only lsp|cli]`: runs the LSP fuzzer and the
// CLI mutation fuzzer (test/fuzz/) side by side for N minutes from seed S. Each failing input is
// written to DIR (default fuzz-failures/) as JSON that test/fuzz/fuzz.test.ts replays once it is
// copied to test/fixtures/fuzz/. Prints the cases, edits and requests run; exits 1 on a failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
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

function save(f: FuzzFailure, s: number): void {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${f.fuzzer}-${f.check}-seed${s}.json`);
  fs.writeFileSync(file, JSON.stringify({ fuzzer: f.fuzzer, check: f.check, seed: s, message: f.message, input: f.input, finalText: f.finalText }, null, 2) + '\n');
  process.stdout.write(`FAILURE ${f.fuzzer} ${f.check} (seed ${s}) → ${path.relative(process.cwd(), file)}\n${f.message.split('\n').slice(0, 6).join('\n')}\n`);
}

/** Run one fuzzer from `seed` until the deadline; after a failure go on with the next seed. */
async function loop(name: string, fuzzer: { stats: FuzzStats; run(o: { seed: number; numRuns: number; until: number }): Promise<void> }): Promise<void> {
  for (let s = seed; Date.now() < until; s++) {
    const before = fuzzer.stats.failures.length;
    await fuzzer.run({ seed: s, numRuns: 1_000_000, until });
    for (const f of fuzzer.stats.failures.slice(before)) save(f, s);
  }
  const st = fuzzer.stats;
  process.stdout.write(`${name}: ${st.cases} cases, ${st.edits} edits, ${st.requests} requests, ${st.failures.length} failures\n`);
}

async function main(): Promise<number> {
  process.stdout.write(`fuzzing for ${minutes} min from seed ${seed}; failing inputs go to ${path.relative(process.cwd(), outDir) || '.'}\n`);
  const lsp = new LspFuzzer();
  const cli = new CliFuzzer();
  try {
    await Promise.all([
      values.only === 'cli' ? Promise.resolve() : loop('lsp', lsp),
      values.only === 'lsp' ? Promise.resolve() : loop('cli', cli),
    ]);
  } finally {
    await lsp.dispose();
    cli.dispose();
  }
  return lsp.stats.failures.length + cli.stats.failures.length > 0 ? 1 : 0;
}

main().then((code) => process.exit(code), (e: unknown) => {
  process.stderr.write(`fuzz: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(2);
});
