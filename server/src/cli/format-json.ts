// Machine-readable output: every finding with its facts, path and fixes, plus blast radius.
// Lines and columns are 1-based here (as in SARIF); `range` keeps the 0-based LSP form. Files are
// named as the user gave them. The shape is published as docs/schemas/check-output.schema.json.
import type { Finding } from '../analysis/types';
import type { Loc } from '../model/types';
import { countFindings, type Report } from './report';
import { fingerprint } from './fingerprint';
import { modelName } from './analyze';

export const JSON_FORMAT_VERSION = 1;

function loc(l: Loc) {
  return {
    file: l.file,
    line: l.range.start.line + 1, column: l.range.start.character + 1,
    endLine: l.range.end.line + 1, endColumn: l.range.end.character + 1,
    range: l.range,
  };
}

function finding(f: Finding) {
  return {
    ruleId: f.ruleId,
    fingerprint: fingerprint(f),
    severity: f.severity,
    defaultSeverity: f.defaultSeverity,
    message: f.message,
    location: loc(f.loc),
    element: f.element,
    facts: f.facts.map((x) => ({ text: x.text, location: x.loc ? loc(x.loc) : undefined })),
    path: f.path?.map((h) => ({ message: h.message, location: loc(h.loc) })),
    related: f.related?.map((r) => ({ message: r.message, location: loc(r.loc) })),
    fixes: f.fixes?.map((x) => ({ title: x.title, preferred: !!x.preferred, steps: x.steps })),
    downgradedBy: f.downgradedBy,
    suppressed: f.suppression ? { reason: f.suppression.reason, owner: f.suppression.owner, expires: f.suppression.expires, waiver: loc(f.suppression.loc) } : undefined,
    unspecified: f.unspecified,
    leftOut: f.leftOut,
  };
}

/** The JSON report as an object (the CLI streams it with json-stream.ts). */
export function jsonReport(report: Report): object {
  const all = report.results.flatMap((r) => r.findings);
  return {
    tool: 'ringside',
    version: report.version,
    formatVersion: JSON_FORMAT_VERSION,
    summary: countFindings(all),
    ...(report.baselined !== undefined ? { baselined: report.baselined } : {}),
    problems: report.problems.map((p) => ({ path: p.path, message: p.message, line: p.line, column: p.column })),
    models: report.results.map((r) => ({
      root: modelName(r.model, report.cwd),
      files: r.model.files.map((f) => f.file),
      agent: r.model.agent?.name,
      findings: r.findings.map((f) => finding(f)),
      blastRadius: r.blastRadius,
    })),
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(jsonReport(report), null, 2) + '\n';
}
