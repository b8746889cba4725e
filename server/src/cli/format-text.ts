// Compiler-style text output: `path:line:col: severity CODE message`, the source line with a
// caret under the range, optional facts and flow path, and a summary line.
import { rulePageUrl } from './rule-page';
import type { Finding } from '../analysis/types';
import type { SourceFile } from '../model/types';
import { RULE_META_BY_ID } from '../rules/meta';
import { countFindings, type Report } from './report';
import { painter, type Paint, type Style } from './io';

export interface TextOptions { explain: boolean; showWaived: boolean; color: boolean; quiet?: boolean }

const STYLE: Record<string, Style> = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim', bold: 'bold' };

/**
 * Paths are shown as the user gave them (files keep the names they were loaded under). Load
 * problems are not repeated here: the command prints each once on standard error.
 */
export function formatText(report: Report, opts: TextOptions): string {
  const paint: Paint = painter(opts.color);
  const c = (k: string, s: string) => paint(STYLE[k], s);
  const rel = (f: string) => f;
  const lines: string[] = [];
  const all: Finding[] = [];
  for (const r of report.results) {
    const files = new Map(r.model.files.map((f) => [f.file, f]));
    for (const f of r.findings) {
      all.push(f);
      if (f.suppression && !opts.showWaived) continue;
      const pos = f.loc.range.start;
      const sev = f.suppression ? 'waived' : f.severity;
      const color = f.suppression ? 'hint' : f.severity;
      const title = (RULE_META_BY_ID.get(f.ruleId) ?? f.meta)?.title;
      lines.push(`${rel(f.loc.file)}:${pos.line + 1}:${pos.character + 1}: ${c(color, sev)} ${c('bold', f.ruleId)} ${title ? `${title}: ` : ''}${f.message}`);
      lines.push(...sourceExcerpt(files.get(f.loc.file), f));
      if (f.suppression) lines.push(`  = waived: ${f.suppression.reason} (owner: ${f.suppression.owner}, expires ${f.suppression.expires})`);
      if (f.downgradedBy) lines.push(`  = downgraded: ${f.downgradedBy}`);
      if (opts.explain) {
        if (f.facts.length) {
          lines.push('  why:');
          for (const fact of f.facts) lines.push(`    - ${fact.text}${fact.loc ? `  [${rel(fact.loc.file)}:${fact.loc.range.start.line + 1}]` : ''}`);
        }
        if (f.path?.length) {
          lines.push('  path:');
          f.path.forEach((h, i) => lines.push(`    ${i + 1}. ${h.message}  [${rel(h.loc.file)}:${h.loc.range.start.line + 1}]`));
        }
        const meta = RULE_META_BY_ID.get(f.ruleId) ?? f.meta;
        const page = rulePageUrl(f.ruleId);
        if (page) lines.push(`  rule page: ${page}`);
        const see = meta?.series[0] ?? meta?.primary[0];
        if (see) lines.push(`  see: ${see.url}`);
      }
    }
  }
  const n = countFindings(all);
  const fileCount = report.results.reduce((s, r) => s + r.model.files.length, 0);
  const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const summary = `${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${n.information} information, ${plural(n.hint, 'hint')}` +
    ` in ${plural(report.results.length, 'model')} (${plural(fileCount, 'file')})` +
    (n.suppressed ? `; ${n.suppressed} waived${opts.showWaived ? '' : ' (--show-waived lists them)'}` : '') +
    (report.baselined ? `; ${report.baselined} in the baseline` : '') +
    (report.problems.length ? `; ${plural(report.problems.length, 'unreadable path')}` : '');
  if (opts.quiet) return lines.length ? lines.join('\n') + '\n' : '';
  if (lines.length) lines.push('');
  lines.push(summary);
  return lines.join('\n') + '\n';
}

/** The source line of the finding with carets under its range (first line only). */
function sourceExcerpt(file: SourceFile | undefined, f: Finding): string[] {
  if (!file) return [];
  const { start, end } = f.loc.range;
  const text = file.lines.lineText(start.line);
  if (text.length > 300) return [];
  const width = String(start.line + 1).length;
  const until = end.line === start.line ? Math.max(end.character, start.character + 1) : text.length;
  const caretLen = Math.max(1, Math.min(until, text.length) - start.character);
  const pad = text.slice(0, start.character).replace(/[^\t]/g, ' ');
  return [`  ${String(start.line + 1).padStart(width)} | ${text}`, `  ${' '.repeat(width)} | ${pad}${'^'.repeat(caretLen)}`];
}
