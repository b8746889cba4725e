// Compiler-style text output: `path:line:col: severity CODE message`, the source line with a
// caret under the range, optional facts and flow path, and a summary line.
import { rulePageUrl } from './rule-page';
import * as path from 'node:path';
import type { Finding } from '../analysis/types';
import type { SourceFile } from '../model/types';
import { RULE_META_BY_ID } from '../rules/meta';
import { countFindings, type Report } from './report';

export interface TextOptions { explain: boolean; showWaived: boolean; color: boolean }

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatText(report: Report, opts: TextOptions): string {
  let out = '';
  for (const chunk of textChunks(report, opts)) out += chunk;
  return out;
}

/** The text report line by line (each chunk ends with a newline), for streaming. */
export function* textChunks(report: Report, opts: TextOptions): Generator<string> {
  const c = (k: keyof typeof COLORS, s: string) => (opts.color ? COLORS[k] + s + COLORS.reset : s);
  const rel = (f: string) => path.relative(report.cwd, f) || f;
  // Lines are yielded as they are made; `lines` only buffers one finding's lines.
  let lines: string[] = [];
  const flush = function* () { for (const l of lines) yield l + '\n'; lines = []; };
  let any = false;
  for (const p of report.problems) {
    lines.push(`${rel(p.path)}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${c('error', 'error')} RS-FILE ${p.message}`);
  }
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
      any ||= lines.length > 0;
      yield* flush();
    }
  }
  any ||= lines.length > 0;
  yield* flush();
  const n = countFindings(all);
  const fileCount = report.results.reduce((s, r) => s + r.model.files.length, 0);
  const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const summary = `${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${n.information} information, ${plural(n.hint, 'hint')}` +
    ` in ${plural(report.results.length, 'model')} (${plural(fileCount, 'file')})` +
    (n.suppressed ? `; ${n.suppressed} waived${opts.showWaived ? '' : ' (--show-waived lists them)'}` : '') +
    (report.problems.length ? `; ${plural(report.problems.length, 'unreadable path')}` : '');
  if (any) yield '\n';
  yield summary + '\n';
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
