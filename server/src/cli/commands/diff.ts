// `ringside diff`: what a change did to a design's risk. Two folders (`diff OLD NEW`), or
// `--base REF` against the working tree (the base read from git, never checked out).
import * as path from 'node:path';
import { VERSION } from '../../version';
import { EXIT, ReportError, str, type Command } from '../command';
import { discoverModels } from '../discover';
import { checkModels, modelName } from '../analyze';
import { readGitBase, GitError } from '../git-base';
import { diffResults, failingIntroduced, type NamedResult } from '../risk-diff';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../format-diff';
import { formatSarif, type BaselineState } from '../format-sarif';
import type { Finding } from '../../analysis/types';
import type { FailOn } from '../exit-code';
import type { LoadProblem, ModelInput } from '../../model/load';
import { UsageError } from '../options';
import { emit, printProblems, readDate, REPORT_OPTIONS } from './check';

export const DIFF_FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;

export const diffCommand: Command = {
  summary: 'compare two versions of a design: new and resolved findings, moves, blast radius',
  usage: 'ringside diff --base REF [PATH...]   |   ringside diff OLD_FOLDER NEW_FOLDER',
  description: `Reports what a change did to the design's risk: findings introduced, resolved and changed
(matched by a fingerprint of rule, element and flow path, never by line), components that moved
between execution contexts or privilege levels, blast-radius and release-reach changes, and
waivers added, renewed, expired or removed. With --base, the design files under PATH (default:
the current folder) at git commit REF are compared with the working tree. The exit code is 1
only when a new finding is at or above --fail-on.`,
  options: {
    base: { type: 'string', value: 'REF', help: 'git commit to compare the working tree with (e.g. origin/main, HEAD~1)' },
    format: { type: 'string', short: 'f', choices: DIFF_FORMATS, help: 'output format; markdown suits a pull-request comment (default: text)' },
    ...REPORT_OPTIONS,
  },
  async run(ctx) {
    const { io, values } = ctx;
    const today = readDate(str(values.today));
    const ref = str(values.base);
    let baseInputs: { models: ModelInput[]; problems: LoadProblem[] };
    let headInputs: { models: ModelInput[]; problems: LoadProblem[] };
    let nameOf: (side: 'base' | 'head', m: ModelInput) => string;
    let labels: { base: string; head: string };
    if (ref !== undefined) {
      const paths = ctx.positionals.length ? ctx.positionals : ['.'];
      if (paths.includes('-')) throw new UsageError('diff cannot read standard input');
      try { baseInputs = readGitBase(ref, paths, io.cwd); } catch (e) {
        if (e instanceof GitError) throw new ReportError(e.message, EXIT.usage);
        throw e;
      }
      headInputs = discoverModels(paths, io.cwd);
      // A path with no models on one side is a model added or deleted, not an error.
      headInputs.problems = headInputs.problems.filter((p) => !/no \.ringside files/.test(p.message) || baseInputs.models.length === 0);
      nameOf = (_side, m) => modelName(m, io.cwd);
      labels = { base: ref, head: 'working tree' };
    } else {
      if (ctx.positionals.length !== 2) throw new UsageError('needs --base REF, or two folders: `ringside diff OLD NEW`');
      const [oldDir, newDir] = ctx.positionals;
      baseInputs = discoverModels([oldDir], io.cwd);
      headInputs = discoverModels([newDir], io.cwd);
      const roots = { base: path.resolve(io.cwd, oldDir), head: path.resolve(io.cwd, newDir) };
      nameOf = (side, m) => path.relative(roots[side], m.root).split(path.sep).join('/') || '.';
      labels = { base: oldDir, head: newDir };
    }
    const problems = [...baseInputs.problems, ...headInputs.problems];
    const name = (side: 'base' | 'head', results: Awaited<ReturnType<typeof checkModels>>): NamedResult[] =>
      results.map((result) => ({ name: nameOf(side, result.model), result }));
    const base = name('base', await checkModels(baseInputs.models, today));
    const head = name('head', await checkModels(headInputs.models, today));
    const d = diffResults(base, head, today);

    const format = str(values.format) ?? 'text';
    if (format === 'sarif') {
      const state = new Map<Finding, BaselineState>();
      for (const x of d.introduced) state.set(x.finding, 'new');
      for (const x of d.changed) state.set(x.after, 'updated');
      for (const x of d.unchanged) state.set(x.finding, 'unchanged');
      emit(ctx, formatSarif({ results: head.map((h) => h.result), problems, cwd: io.cwd, version: VERSION },
        { baselineState: (f) => state.get(f) ?? 'unchanged', absent: d.resolved.map((x) => x.finding) }));
    } else if (format === 'json') emit(ctx, formatDiffJson(d, labels, VERSION));
    else if (format === 'markdown') emit(ctx, formatDiffMarkdown(d, labels));
    else emit(ctx, formatDiffText(d, labels, values.output ? (_s, t) => t : ctx.paint, ctx.quiet));
    printProblems(ctx, problems);
    if (problems.length) return EXIT.usage;
    const failOn = (str(values['fail-on']) ?? head.find((h) => h.result.model.review)?.result.model.review?.str('fail_on') ?? 'error') as FailOn;
    return failingIntroduced(d, failOn).length ? EXIT.findings : EXIT.ok;
  },
};
