// `ringside` command-line entry. Exit 0: nothing at or above the fail-on level; 1: something is;
// 2: usage or I/O problems. No stack traces reach the user.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args';
import { createParser, wasmPathsIn } from '../syntax/parser';
import { loadModels } from '../model/load';
import { checkInput, todayUtc } from '../check';
import { formatText } from './format-text';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { failsOn } from './exit-code';
import type { Report } from './report';
import { RULES } from '../rules/index';
import { VERSION } from '../version';
import { runReport } from './design-report';
import { tuneForCheckSize } from './startup';
import { diskPackLoader } from '../model/pack-files';
import { policyDocs, testPolicies } from './policy-commands';

export async function run(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
  if (argv[0] === 'report') return runReport(argv.slice(1), io); // design map and review report (design-report.ts)
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
  if (args.command === 'help') { io.stdout(USAGE + '\n'); return 0; }
  if (args.command === 'version') { io.stdout(`ringside ${VERSION}\n`); return 0; }
  if (args.command === 'test-policies') return testPolicies(await createParser(wasmPathsIn(__dirname)), args.paths, args.today ?? todayUtc(), io);
  if (args.command === 'policy-docs') return policyDocs(await createParser(wasmPathsIn(__dirname)), args.path, args.output, io);
  if (args.command === 'rules') {
    for (const r of RULES) io.stdout(`${r.meta.id}  ${r.meta.defaultSeverity.padEnd(11)} ${r.meta.title}\n`);
    return 0;
  }
  return check(args, io);
}

async function check(args: CheckArgs, io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
  const { models, problems } = loadModels(args.paths.map((p) => path.resolve(io.cwd, p)));
  tuneForCheckSize(models.reduce((n, m) => n + m.files.reduce((k, f) => k + f.text.length, 0), 0));
  const parser = await createParser(wasmPathsIn(__dirname));
  const today = args.today ?? todayUtc();
  const loadPack = diskPackLoader(parser);
  const results = models.map((m) => checkInput(parser, m, { today, loadPack }));
  const report: Report = { results, problems, cwd: io.cwd, version: VERSION };
  const text = args.format === 'json' ? formatJson(report) : args.format === 'sarif' ? formatSarif(report)
    : formatText(report, { explain: args.explain, showWaived: args.showWaived, color: args.color });
  if (args.output) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, args.output), text);
    } catch (e) {
      io.stderr(`ringside: cannot write ${args.output}: ${(e as Error).message}\n`);
      return 2;
    }
  } else io.stdout(text);
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

if (require.main === module) {
  run(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd() })
    .then((code) => { process.exitCode = code; })
    .catch((e: unknown) => {
      process.stderr.write(`ringside: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    });
}
