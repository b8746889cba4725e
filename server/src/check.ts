// The one pipeline shared by the CLI, the language server and the tests:
// text → parse → model → rules. Parsing is injected so callers can reuse trees.
import type { HclParser } from './syntax/parser';
import { parseSource } from './model/source';
import { buildModel, ModelCache } from './model/build';
import type { Model, SourceFile } from './model/types';
import { analyze, AnalysisMemo, type AnalysisOptions, type AnalysisResult, type AnalysisStats, type Rule } from './analysis/engine';
import { RULES } from './rules/index';
import type { ModelInput } from './model/load';

export interface CheckResult extends AnalysisResult { model: Model }

export function checkSources(root: string, files: SourceFile[], options: AnalysisOptions, rules: Rule[] = RULES): CheckResult {
  const model = buildModel(root, files);
  // Object.assign keeps analyze()'s lazy getters (a spread would evaluate them).
  return Object.assign(analyze(model, rules, options), { model });
}

/**
 * Checks one model again and again as it changes (the language server keeps one per model):
 * only the top-level items whose AST changed are rebuilt, and only the rules whose inputs changed
 * run again. The result is always the same as `checkSources` on the same files.
 */
export class CheckSession {
  private readonly models = new ModelCache();
  private readonly memo = new AnalysisMemo();
  private rules: Rule[] | undefined;
  /** What the last check re-ran and reused. */
  readonly stats: AnalysisStats = { rulesRun: 0, rulesReused: 0 };

  check(root: string, files: SourceFile[], options: AnalysisOptions, rules: Rule[] = RULES): CheckResult {
    const { model, change } = this.models.build(root, files);
    // A different rule list (tests) starts afresh; findings are keyed on Rule objects anyway.
    const same = this.rules === rules;
    this.rules = rules;
    try {
      const result = analyze(model, rules, options, { memo: this.memo, change: same ? change : undefined, stats: this.stats });
      return Object.assign(result, { model });
    } catch (e) {
      this.rules = undefined; // the memo may lag behind the model cache now: start afresh next time
      throw e;
    }
  }
}

export function checkInput(parser: HclParser, input: ModelInput, options: AnalysisOptions, rules: Rule[] = RULES): CheckResult {
  return checkSources(input.root, input.files.map((f) => parseSource(parser, f.file, f.text)), options, rules);
}

/** Today's date as "YYYY-MM-DD" in UTC, for waiver expiry. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
