// Machine-readable output: every finding with its facts, path and fixes, plus blast radius.
// Lines and columns are 1-based here (as in SARIF); `range` keeps the 0-based LSP form.
import * as path from 'node:path';
import type { Finding } from '../analysis/types';
import type { Loc } from '../model/types';
import { countFindings, type Report } from './report';

function loc(l: Loc, cwd: string) {
  return {
    file: path.relative(cwd, l.file) || l.file,
    line: l.range.start.line + 1, column: l.range.start.character + 1,
    endLine: l.range.end.line + 1, endColumn: l.range.end.character + 1,
    range: l.range,
  };
}

function finding(f: Finding, cwd: string) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    defaultSeverity: f.defaultSeverity,
    message: f.message,
    location: loc(f.loc, cwd),
    element: f.element,
    facts: f.facts.map((x) => ({ text: x.text, location: x.loc ? loc(x.loc, cwd) : undefined })),
    path: f.path?.map((h) => ({ message: h.message, location: loc(h.loc, cwd) })),
    related: f.related?.map((r) => ({ message: r.message, location: loc(r.loc, cwd) })),
    fixes: f.fixes?.map((x) => ({ title: x.title, preferred: !!x.preferred, steps: x.steps })),
    downgradedBy: f.downgradedBy,
    suppressed: f.suppression ? { reason: f.suppression.reason, owner: f.suppression.owner, expires: f.suppression.expires, waiver: loc(f.suppression.loc, cwd) } : undefined,
    unspecified: f.unspecified,
  };
}

/** The JSON report as an object (the CLI streams it with json-stream.ts). */
export function jsonReport(report: Report): object {
  const all = report.results.flatMap((r) => r.findings);
  return {
    tool: 'ringside',
    version: report.version,
    summary: countFindings(all),
    problems: report.problems.map((p) => ({ path: path.relative(report.cwd, p.path) || p.path, message: p.message, line: p.line, column: p.column })),
    models: report.results.map((r) => ({
      root: path.relative(report.cwd, r.model.root) || '.',
      files: r.model.files.map((f) => path.relative(report.cwd, f.file) || f.file),
      agent: r.model.agent?.name,
      findings: r.findings.map((f) => finding(f, report.cwd)),
      blastRadius: r.blastRadius,
    })),
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(jsonReport(report), null, 2) + '\n';
}
