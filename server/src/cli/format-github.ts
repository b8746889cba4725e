// GitHub Actions workflow commands: one annotation per finding on the pull request's files.
// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
import type { Severity } from '../model/types';
import { RULE_META_BY_ID } from '../rules/meta';
import { countFindings, type Report } from './report';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escaping the runner applies to message data and to property values. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: Report): string {
  const out: string[] = [];
  for (const p of report.problems) out.push(`::error file=${prop(p.path)}${p.line ? `,line=${p.line},col=${p.column ?? 1}` : ''},title=${prop('Ringside: unreadable file')}::${data(p.message)}`);
  for (const r of report.results) for (const f of r.findings) {
    if (f.suppression) continue;
    const { start, end } = f.loc.range;
    const meta = RULE_META_BY_ID.get(f.ruleId) ?? f.meta;
    const title = `${f.ruleId}${meta ? ` ${meta.title}` : ''}`;
    out.push(`::${COMMAND[f.severity]} file=${prop(f.loc.file)},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1},title=${prop(title)}::${data(f.message)}`);
  }
  const n = countFindings(report.results.flatMap((r) => r.findings));
  out.push(`Ringside: ${n.error} errors, ${n.warning} warnings, ${n.information} information, ${n.hint} hints in ${report.results.length} models`);
  return out.join('\n') + '\n';
}
