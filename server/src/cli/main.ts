// `ringside` command-line entry. Exit 0: nothing at or above the fail-on level; 1: something is;
// 2: usage or I/O problems. No stack traces reach the user.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args';
import { createParser, wasmPathsNear, type HclParser } from '../syntax/parser';
import { loadModels } from '../model/load';
import { checkInput, todayUtc } from '../check';
import { textChunks } from './format-text';
import { jsonReport } from './format-json';
import { sarifLog } from './format-sarif';
import { jsonChunks } from './json-stream';
import { BrokenPipeError, EXIT_BROKEN_PIPE, streamWriter, writeChunks, type ChunkWriter } from './output';
import { failsOn } from './exit-code';
import type { Report } from './report';
import { RULES } from '../rules/index';
import { VERSION } from '../version';
import { tuneForCheckSize } from './startup';
import { diskPackLoader } from '../model/pack-files';
import { policyDocs, testPolicies } from './policy-commands';

/** Where `run` writes. `stdout` may return a promise (backpressure); `stdoutWriter` streams. */
export interface CliIo {
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
  cwd: string;
}

// One parser per process: `run()` may be called many times (tests, tools embedding the CLI) and
// each wasm parser instance holds memory until the process ends.
let sharedParser: Promise<HclParser> | undefined;
function parserOnce(): Promise<HclParser> {
  sharedParser ??= createParser(wasmPathsNear(__dirname));
  sharedParser.catch(() => { sharedParser = undefined; });
  return sharedParser;
}

function ioWriter(io: CliIo): ChunkWriter {
  return { write: async (chunk) => { await io.stdout(chunk); }, end: async () => {} };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`ringside: ${e.message}\n${USAGE.split('\n')[0]}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') { await io.stdout(USAGE + '\n'); return 0; }
  if (args.command === 'version') { await io.stdout(`ringside ${VERSION}\n`); return 0; }
  if (args.command === 'test-policies') return testPolicies(await parserOnce(), args.paths, args.today ?? todayUtc(), io);
  if (args.command === 'policy-docs') return policyDocs(await parserOnce(), args.path, args.output, io);
  if (args.command === 'rules') {
    await writeChunks(ioWriter(io), RULES.map((r) => `${r.meta.id}  ${r.meta.defaultSeverity.padEnd(11)} ${r.meta.title}\n`));
    return 0;
  }
  return check(args, io);
}

async function check(args: CheckArgs, io: CliIo): Promise<number> {
  const { models, problems } = loadModels(args.paths.map((p) => path.resolve(io.cwd, p)));
  tuneForCheckSize(models.reduce((n, m) => n + m.files.reduce((k, f) => k + f.text.length, 0), 0));
  const parser = await parserOnce();
  const today = args.today ?? todayUtc();
  const loadPack = diskPackLoader(parser);
  const results = models.map((m) => checkInput(parser, m, { today, loadPack }));
  const report: Report = { results, problems, cwd: io.cwd, version: VERSION };
  // Streamed in chunks: no report needs to fit in one string.
  const chunks = args.format === 'json' ? withNewline(jsonChunks(jsonReport(report)))
    : args.format === 'sarif' ? withNewline(jsonChunks(sarifLog(report)))
      : textChunks(report, { explain: args.explain, showWaived: args.showWaived, color: args.color });
  if (args.output) {
    try {
      const file = fs.createWriteStream(path.resolve(io.cwd, args.output));
      await new Promise<void>((resolve, reject) => { file.once('open', () => resolve()); file.once('error', reject); });
      const writer = streamWriter(file, { closeAtEnd: true });
      await writeChunks(writer, chunks);
      await writer.end();
    } catch (e) {
      io.stderr(`ringside: cannot write ${args.output}: ${(e as Error).message}\n`);
      return 2;
    }
  } else await writeChunks(ioWriter(io), chunks);
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`ringside: ${path.relative(io.cwd, p.path) || p.path}: ${p.message}\n`);
    return 2;
  }
  // The model's review block sets the default threshold; the flag wins.
  const failing = results.some((r) => {
    const failOn = args.failOn ?? (r.model.review?.str('fail_on') as CheckArgs['failOn']) ?? 'error';
    return failsOn(r.findings, failOn);
  });
  return failing ? 1 : 0;
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

// Only as the `ringside` bin (server/dist/cli.js): bundles that import run() — tests, the fuzz
// tool — are their own require.main and must not run the CLI on their own arguments.
if (require.main === module && path.basename(__filename) === 'cli.js') {
  const stdout = streamWriter(process.stdout);
  // A caller that does not await a write must not leave an unhandled rejection behind; a closed
  // pipe is still seen by end() below.
  const write = (s: string) => { const p = stdout.write(s); p.catch(() => {}); return p; };
  run(process.argv.slice(2), { stdout: write, stderr: (s) => process.stderr.write(s), cwd: process.cwd() })
    .then(async (code) => {
      await stdout.end();
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      // The reader of our output went away (`ringside … | head`): stop quietly, as `cat` does.
      if (e instanceof BrokenPipeError) {
        process.exitCode = EXIT_BROKEN_PIPE;
        return;
      }
      process.stderr.write(`ringside: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    });
}
