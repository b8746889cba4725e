// `ringside check`: review models and report findings in one of five formats; baselines.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { todayUtc } from '../../check';
import { VERSION } from '../../version';
import { EXIT, ReportError, str, type Command, type CommandContext } from '../command';
import { discoverModels } from '../discover';
import { checkModels, modelName } from '../analyze';
import { applyBaseline, baselineEntries, formatBaseline, parseBaseline } from '../baseline';
import { failsOn, type FailOn } from '../exit-code';
import type { Report } from '../report';
import { formatText } from '../format-text';
import { jsonReport } from '../format-json';
import { jsonChunks } from '../json-stream';
import { sarifLog } from '../format-sarif';
import { formatGithub } from '../format-github';
import { formatJunit } from '../format-junit';
import type { OptionTable } from '../options';
import type { LoadProblem } from '../../model/load';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export const FAIL_ON = ['error', 'warning', 'never'] as const;

/** Options `check` and `diff` share. */
export const REPORT_OPTIONS: OptionTable = {
  'fail-on': { type: 'string', choices: FAIL_ON, help: 'lowest severity that makes the exit code 1 (default: the model\'s review.fail_on, else error)' },
  today: { type: 'string', value: 'YYYY-MM-DD', help: 'date used for waiver expiry (default: today, UTC)' },
  output: { type: 'string', short: 'o', value: 'FILE', help: 'write the report to FILE instead of standard output' },
};

export function readDate(v: string | undefined): string {
  if (v === undefined) return todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new ReportError(`--today takes a date YYYY-MM-DD, not \`${v}\``, EXIT.usage);
  return v;
}

/** Writes a report to --output or standard output. */
export function emit(ctx: CommandContext, text: string): void {
  const out = str(ctx.values.output);
  if (!out) { ctx.io.stdout(text); return; }
  try {
    fs.writeFileSync(path.resolve(ctx.io.cwd, out), text);
  } catch (e) {
    throw new ReportError(`cannot write ${out}: ${(e as Error).message}`, EXIT.usage);
  }
}

/**
 * Writes a report given as chunks, in batches: a JSON or SARIF report of any size is never built
 * as one string (V8 refuses strings over ~512 MB with "Invalid string length"; issue 10).
 */
export function emitChunks(ctx: CommandContext, chunks: Iterable<string>): void {
  const out = str(ctx.values.output);
  let fd: number | undefined;
  try {
    if (out) fd = fs.openSync(path.resolve(ctx.io.cwd, out), 'w');
    let batch = '';
    const flush = () => {
      if (!batch) return;
      if (fd !== undefined) fs.writeSync(fd, batch); else ctx.io.stdout(batch);
      batch = '';
    };
    for (const c of chunks) {
      batch += c;
      if (batch.length >= 64 * 1024) flush();
    }
    flush();
  } catch (e) {
    throw new ReportError(`cannot write ${out ?? 'the report'}: ${(e as Error).message}`, EXIT.usage);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

export function printProblems(ctx: CommandContext, problems: LoadProblem[]): void {
  for (const p of problems) ctx.io.stderr(`ringside: ${p.path}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}\n`);
}

export const checkCommand: Command = {
  summary: 'review models and report findings',
  usage: 'ringside check [PATH...] [options]',
  description: `Checks Ringside design models. A folder is searched for model folders (every folder with
*.ringside files directly inside it), skipping node_modules, .git and paths git ignores; files
named together from one folder form one model of exactly those files; \`-\` reads one model file
from standard input. PATH defaults to the current folder.`,
  options: {
    format: { type: 'string', short: 'f', choices: FORMATS, help: 'output format (default: text)' },
    ...REPORT_OPTIONS,
    explain: { type: 'boolean', help: 'text output: show the facts and flow path behind each finding' },
    'show-waived': { type: 'boolean', help: 'text output: also list findings accepted by a waiver' },
    baseline: { type: 'string', value: 'FILE', help: 'report (and fail on) only findings not recorded in FILE' },
    'write-baseline': { type: 'string', value: 'FILE', help: 'record the current findings in FILE (a reviewed, diff-friendly file) and exit 0' },
  },
  async run(ctx) {
    const { io, values } = ctx;
    const paths = ctx.positionals.length ? ctx.positionals : ['.'];
    const today = readDate(str(values.today));
    const stdin = paths.includes('-') ? await io.readStdin() : undefined;
    const { models, problems } = discoverModels(paths, io.cwd, stdin);
    const results = await checkModels(models, today);
    const named = results.map((result) => ({ model: modelName(result.model, io.cwd), result }));

    const write = str(values['write-baseline']);
    if (write) {
      const entries = baselineEntries(named.map((n) => ({ model: n.model, findings: n.result.findings })));
      try {
        fs.writeFileSync(path.resolve(io.cwd, write), formatBaseline(entries));
      } catch (e) {
        throw new ReportError(`cannot write ${write}: ${(e as Error).message}`, EXIT.usage);
      }
      printProblems(ctx, problems);
      if (!ctx.quiet) io.stderr(`ringside: recorded ${entries.length} finding${entries.length === 1 ? '' : 's'} of ${named.length} model${named.length === 1 ? '' : 's'} in ${write}\n`);
      return problems.length ? EXIT.usage : EXIT.ok;
    }

    let baselined: number | undefined;
    const baseline = str(values.baseline);
    if (baseline) {
      let text: string;
      try { text = fs.readFileSync(path.resolve(io.cwd, baseline), 'utf8'); } catch (e) {
        throw new ReportError(`cannot read baseline ${baseline}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (create it with --write-baseline)' : (e as Error).message}`, EXIT.usage);
      }
      const parsed = parseBaseline(text);
      if (!parsed.ok) throw new ReportError(`${baseline}: ${parsed.message}`, EXIT.usage);
      baselined = applyBaseline(named, parsed.entries);
    }

    const report: Report = { results, problems, cwd: io.cwd, version: VERSION, baselined };
    const format = str(values.format) ?? 'text';
    if (format === 'json' || format === 'sarif') emitChunks(ctx, withNewline(jsonChunks(format === 'json' ? jsonReport(report) : sarifLog(report))));
    else emit(ctx, format === 'github' ? formatGithub(report) : format === 'junit' ? formatJunit(report)
      : formatText(report, { explain: !!values.explain, showWaived: !!values['show-waived'], color: ctx.color && !values.output, quiet: ctx.quiet }));
    printProblems(ctx, problems);
    if (problems.length > 0) return EXIT.usage;
    // The model's review block sets the default threshold; the flag wins.
    const failing = results.some((r) => {
      const failOn = (str(values['fail-on']) ?? r.model.review?.str('fail_on') ?? 'error') as FailOn;
      return failsOn(r.findings, failOn);
    });
    return failing ? EXIT.findings : EXIT.ok;
  },
};
