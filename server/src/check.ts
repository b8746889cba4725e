// The one pipeline shared by the CLI, the language server and the tests:
// text → parse → model → rules. Parsing is injected so callers can reuse trees.
import type { HclParser } from './syntax/parser';
import { parseSource } from './model/source';
import { ModelCache, type ModelChange } from './model/build';
import type { Model, SourceFile } from './model/types';
import { analyze, AnalysisMemo, type AnalysisOptions, type AnalysisResult, type AnalysisStats, type Rule } from './analysis/engine';
import { RULES } from './rules/index';
import { capFindings } from './analysis/finding-cap';
import type { ModelInput } from './model/load';
import type { LoadedPack, PackLoader } from './policy/packs';
import type * as Packs from './policy/packs';
import type * as Evaluate from './policy/evaluate';
import type { RuleMeta } from './analysis/types';
import { modelDiagnosticToFinding, compareFindings } from './analysis/engine';

export interface CheckResult extends AnalysisResult {
  model: Model;
  /** The organisation policies that ran (their metadata, for hovers, SARIF and docs). */
  policies: RuleMeta[];
  /** Policy packs the review block loaded. */
  packs: LoadedPack[];
}

export interface CheckOptions extends AnalysisOptions {
  /** Reads the policy packs a review block names; without it only in-model policies run. */
  loadPack?: PackLoader;
  /** Packs to load beyond those the review block names (`ringside test-policies` adds the pack under test). */
  extraPacks?: string[];
}

export function checkSources(root: string, files: SourceFile[], options: CheckOptions, rules: Rule[] = RULES): CheckResult {
  return checkModel(new ModelCache().build(root, files).model, options, rules);
}

/**
 * The policy engine (CEL and its protobuf registries) is loaded on first use: most models have
 * no policy, and loading it at start-up would cost every `ringside check` its time.
 */
let policyEngine: { packs: typeof Packs; evaluate: typeof Evaluate } | undefined;
function loadPolicyEngine(): { packs: typeof Packs; evaluate: typeof Evaluate } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (policyEngine ??= { packs: require('./policy/packs'), evaluate: require('./policy/evaluate') });
}

/** Whether the model has policies of its own or names packs (else no policy can run). */
function wantsPolicies(model: Model, options: CheckOptions): boolean {
  return model.policies.length > 0 || (model.review?.strs('policy_packs')?.length ?? 0) > 0 || (options.extraPacks?.length ?? 0) > 0;
}

/** Rules and policies over a built model; with `incremental`, only what changed runs again. */
function checkModel(model: Model, options: CheckOptions, rules: Rule[],
  incremental?: { memo: AnalysisMemo; change: ModelChange | undefined; stats?: AnalysisStats }): CheckResult {
  if (!wantsPolicies(model, options)) {
    const result = analyze(model, rules, options, incremental);
    // Every output (CLI, LSP, SARIF) reports a bounded number of findings per rule and file.
    result.findings = capFindings(result.findings);
    return Object.assign(result, { model, policies: [], packs: [] });
  }
  const { packs: { collectPolicies }, evaluate: { policyRules, problemFindings } } = loadPolicyEngine();
  const collected = collectPolicies(model, options.loadPack, options.extraPacks);
  const run = policyRules(collected.policies);
  // Policy rules are made afresh for every check, so the incremental engine always runs them;
  // the built-in rules keep their identity and are re-run only when what they read changed.
  const result = analyze(model, rules.concat(run.rules), options, incremental);
  // Policy problems and the packs' own model errors are reported with the model's findings.
  const extra = [...problemFindings([...collected.problems, ...run.problems()])];
  for (const p of collected.packs) for (const d of p.model.diagnostics) extra.push(modelDiagnosticToFinding(d));
  if (extra.length > 0) {
    for (const f of extra) result.findings.push(f);
    result.findings.sort(compareFindings);
  }
  // Every output (CLI, LSP, SARIF) reports a bounded number of findings per rule and file.
  result.findings = capFindings(result.findings);
  // Object.assign keeps analyze()'s lazy getters (a spread would evaluate them).
  return Object.assign(result, { model, policies: collected.policies.map((p) => p.meta), packs: collected.packs });
}

/**
 * Checks one model again and again as it changes (the language server keeps one per model):
 * only the top-level items whose AST changed are rebuilt, and only the rules whose inputs changed
 * run again. The result is always the same as `checkSources` on the same files.
 */
export class CheckSession {
  private readonly models = new ModelCache();
  private memo = new AnalysisMemo();
  /** What the last check re-ran and reused. */
  readonly stats: AnalysisStats = { rulesRun: 0, rulesReused: 0 };

  check(root: string, files: SourceFile[], options: CheckOptions, rules: Rule[] = RULES): CheckResult {
    const { model, change } = this.models.build(root, files);
    try {
      return checkModel(model, options, rules, { memo: this.memo, change, stats: this.stats });
    } catch (e) {
      this.memo = new AnalysisMemo(); // the memo may lag behind the model cache now: start afresh
      throw e;
    }
  }
}

export function checkInput(parser: HclParser, input: ModelInput, options: CheckOptions, rules: Rule[] = RULES): CheckResult {
  return checkSources(input.root, input.files.map((f) => parseSource(parser, f.file, f.text)), options, rules);
}

/** Today's date as "YYYY-MM-DD" in UTC, for waiver expiry. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
