// Outputs of `ringside diff`: text for a terminal, Markdown for a pull-request comment, JSON.
// (SARIF is format-sarif.ts with a baselineState per result.)
import type { Finding } from '../analysis/types';
import { RULE_META_BY_ID } from '../rules/meta';
import type { Paint } from './io';
import { fingerprint } from './fingerprint';
import type { DiffFinding, Placement, RiskDiff } from './risk-diff';

export interface DiffLabels { base: string; head: string }

const where = (f: Finding) => `${f.loc.file}:${f.loc.range.start.line + 1}:${f.loc.range.start.character + 1}`;
const title = (f: Finding) => (RULE_META_BY_ID.get(f.ruleId) ?? f.meta)?.title;
const place = (p: Placement) => `${p.context ?? '(no context)'} (${[p.kind ?? 'kind unset', p.privilege].filter(Boolean).join(', ')})`;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function severityCounts(xs: DiffFinding[]): string {
  const live = xs.filter((x) => !x.finding.suppression);
  const n = (s: string) => live.filter((x) => x.finding.severity === s).length;
  const parts = [[n('error'), 'error'], [n('warning'), 'warning']].filter(([k]) => k).map(([k, w]) => plural(k as number, w as string));
  const other = n('information') + n('hint');
  if (other) parts.push(`${other} information or hint`);
  const waived = xs.length - live.length;
  if (waived) parts.push(`${waived} waived`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function diffHeadline(d: RiskDiff): string {
  return `${plural(d.introduced.length, 'new finding')}${severityCounts(d.introduced)}, ${d.resolved.length} resolved, ${d.changed.length} changed, ${d.unchanged.length} unchanged` +
    (d.moves.length ? `; ${plural(d.moves.length, 'component')} moved` : '') +
    (d.blast.length ? `; ${plural(d.blast.length, 'blast-radius change')}` : '');
}

export function formatDiffText(d: RiskDiff, labels: DiffLabels, paint: Paint, quiet = false): string {
  const sev = { error: 'red', warning: 'yellow', information: 'cyan', hint: 'dim' } as const;
  const line = (mark: string, f: Finding, extra = '') =>
    `  ${mark} ${where(f)}: ${paint(sev[f.severity], f.suppression ? 'waived' : f.severity)} ${paint('bold', f.ruleId)} ${title(f) ? `${title(f)}: ` : ''}${f.message}${extra}`;
  const out: string[] = [];
  if (!quiet) out.push(paint('bold', `Ringside diff: ${labels.base} → ${labels.head}`), diffHeadline(d), '');
  const section = (name: string, rows: string[]) => { if (rows.length) out.push(paint('bold', name), ...rows, ''); };
  section('New findings:', d.introduced.map((x) => line(paint('red', '+'), x.finding)));
  section(`Resolved findings (lines as in ${labels.base}):`, d.resolved.map((x) => line(paint('green', '-'), x.finding)));
  section('Changed findings:', d.changed.map((x) => line('~', x.after, ` (${x.what.join('; ')})`)));
  section('Moved between execution contexts:', d.moves.map((m) =>
    `  ${m.element}: ${place(m.from)} → ${place(m.to)}${m.privilege === 'raised' ? paint('red', '; privilege raised') : m.privilege === 'lowered' ? paint('green', '; privilege lowered') : ''}`));
  section('Elements added or removed:', d.elements.map((e) => `  ${e.change === 'added' ? '+' : '-'} ${e.element}${e.placement.context && e.element.startsWith('component.') ? ` in ${place(e.placement)}` : ''}`));
  section('Blast radius and release reach:', d.blast.map((b) =>
    `  ${b.element}: ${b.aspect}: ${b.before} → ${b.after}${b.worse === true ? paint('red', ' (worse)') : b.worse === false ? paint('green', ' (better)') : ''}`));
  section('Waivers:', d.waivers.map((w) => `  ${w.change}: ${w.rule} on ${w.target}${w.expires ? ` (expires ${w.expires})` : ''}${w.reason ? `: ${w.reason}` : ''}`));
  if (out.length && out[out.length - 1] === '') out.pop();
  return out.length ? out.join('\n') + '\n' : '';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * Rows per Markdown table: a GitHub comment holds at most 65,536 characters, and a finding row
 * runs to several hundred, so long sections are cut and say how many rows they left out.
 */
export const MARKDOWN_ROWS = 25;

export function formatDiffMarkdown(d: RiskDiff, labels: DiffLabels): string {
  const out: string[] = ['### Ringside risk diff', '', `\`${cell(labels.base)}\` → \`${cell(labels.head)}\`: **${diffHeadline(d)}**`, ''];
  const findings = (name: string, xs: { f: Finding; note?: string }[]) => {
    if (!xs.length) return;
    out.push(`#### ${name}`, '', '| Severity | Rule | Element | Where | Finding |', '|---|---|---|---|---|');
    // Most severe first, so a cut table keeps what matters; waived findings last.
    const rank = (f: Finding) => (f.suppression ? 4 : ({ error: 0, warning: 1, information: 2, hint: 3 } as const)[f.severity]);
    xs = [...xs].sort((a, b) => rank(a.f) - rank(b.f));
    for (const { f, note } of xs.slice(0, MARKDOWN_ROWS)) {
      out.push(`| ${f.suppression ? 'waived' : f.severity} | ${f.ruleId}${title(f) ? ` ${cell(title(f)!)}` : ''} | ${f.element ? `\`${cell(f.element)}\`` : ''} | \`${cell(where(f))}\` | ${cell(f.message)}${note ? ` *(${cell(note)})*` : ''} |`);
    }
    if (xs.length > MARKDOWN_ROWS) out.push('', `…and ${xs.length - MARKDOWN_ROWS} more (the text, JSON and SARIF outputs list them all).`);
    out.push('');
  };
  findings('New findings', d.introduced.map((x) => ({ f: x.finding })));
  findings(`Resolved findings (lines as in \`${cell(labels.base)}\`)`, d.resolved.map((x) => ({ f: x.finding })));
  findings('Changed findings', d.changed.map((x) => ({ f: x.after, note: x.what.join('; ') })));
  if (d.moves.length) {
    out.push('#### Moved between execution contexts', '', '| Component | From | To | Privilege |', '|---|---|---|---|');
    for (const m of d.moves) out.push(`| \`${cell(m.element)}\` | ${cell(place(m.from))} | ${cell(place(m.to))} | ${m.privilege} |`);
    out.push('');
  }
  if (d.blast.length) {
    out.push('#### Blast radius and release reach', '', '| Element | Aspect | Before | After |', '|---|---|---|---|');
    for (const b of d.blast) out.push(`| \`${cell(b.element)}\` | ${b.aspect}${b.worse === true ? ' ⚠️ worse' : b.worse === false ? ' (better)' : ''} | ${cell(b.before)} | ${cell(b.after)} |`);
    out.push('');
  }
  if (d.elements.length) {
    out.push('#### Elements added or removed', '', ...d.elements.map((e) => `- ${e.change} \`${cell(e.element)}\`${e.placement.context && e.element.startsWith('component.') ? ` in ${cell(place(e.placement))}` : ''}`), '');
  }
  if (d.waivers.length) {
    out.push('#### Waivers', '', '| Change | Rule | Target | Expires | Reason |', '|---|---|---|---|---|');
    for (const w of d.waivers) out.push(`| ${w.change} | ${w.rule} | \`${cell(w.target)}\` | ${w.expires ?? ''} | ${cell(w.reason ?? '')} |`);
    out.push('');
  }
  if (out.length === 4) out.push('No change to the design\'s findings, placement, blast radius or waivers.', '');
  return out.join('\n');
}

function findingJson(model: string, f: Finding) {
  return {
    model, fingerprint: fingerprint(f), ruleId: f.ruleId, severity: f.severity, message: f.message, element: f.element,
    location: { file: f.loc.file, line: f.loc.range.start.line + 1, column: f.loc.range.start.character + 1 },
    waived: !!f.suppression,
  };
}

export function formatDiffJson(d: RiskDiff, labels: DiffLabels, version: string): string {
  return JSON.stringify({
    tool: 'ringside', version, kind: 'diff', base: labels.base, head: labels.head,
    summary: { introduced: d.introduced.length, resolved: d.resolved.length, changed: d.changed.length, unchanged: d.unchanged.length, moved: d.moves.length, blastRadiusChanges: d.blast.length, waiverChanges: d.waivers.length },
    models: d.models,
    introduced: d.introduced.map((x) => findingJson(x.model, x.finding)),
    resolved: d.resolved.map((x) => findingJson(x.model, x.finding)),
    changed: d.changed.map((x) => ({ ...findingJson(x.model, x.after), before: { severity: x.before.severity, message: x.before.message, waived: !!x.before.suppression }, changes: x.what })),
    moves: d.moves, elements: d.elements, blastRadius: d.blast, waivers: d.waivers,
  }, null, 2) + '\n';
}
