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

export interface CheckResult extends AnalysisResult { model: Model }

export function checkSources(root: string, files: SourceFile[], options: AnalysisOptions, rules: Rule[] = RULES): CheckResult {
  const model = buildModel(root, files);
  // Object.assign keeps analyze()'s lazy getters (a spread would evaluate them).
  const result = Object.assign(analyze(model, rules, options), { model });
  // Every output (CLI, LSP, SARIF) reports a bounded number of findings per rule and file.
  result.findings = capFindings(result.findings);
  return result;
}

export function checkInput(parser: HclParser, input: ModelInput, options: AnalysisOptions, rules: Rule[] = RULES): CheckResult {
  return checkSources(input.root, input.files.map((f) => parseSource(parser, f.file, f.text)), options, rules);
}

/** Today's date as "YYYY-MM-DD" in UTC, for waiver expiry. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
