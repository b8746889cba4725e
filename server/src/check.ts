// The one pipeline shared by the CLI, the language server and the tests:
// text → parse → model → rules. Parsing is injected so callers can reuse trees.
import type { HclParser } from './syntax/parser';
import { parseSource } from './model/source';
import { buildModel } from './model/build';
import type { Model, SourceFile } from './model/types';
import { analyze, type AnalysisOptions, type AnalysisResult, type Rule } from './analysis/engine';
import { RULES } from './rules/index';
import { capFindings } from './analysis/finding-cap';
import type { ModelInput } from './model/load';
import { collectPolicies, type LoadedPack, type PackLoader } from './policy/packs';
import { policyRules, problemFindings } from './policy/evaluate';
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
  const model = buildModel(root, files);
  const collected = collectPolicies(model, options.loadPack, options.extraPacks);
  const run = policyRules(collected.policies);
  const result = analyze(model, rules.concat(run.rules), options);
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

export function checkInput(parser: HclParser, input: ModelInput, options: CheckOptions, rules: Rule[] = RULES): CheckResult {
  return checkSources(input.root, input.files.map((f) => parseSource(parser, f.file, f.text)), options, rules);
}

/** Today's date as "YYYY-MM-DD" in UTC, for waiver expiry. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
