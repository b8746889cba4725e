// The review report: one self-contained HTML page (inline SVG map, findings grouped by element
// with their flow path and why, blast radius, waivers, rule summaries) or Markdown with a Mermaid
// diagram. Pure: the caller passes the checked model, the laid-out map, the date and the hash.
import type { CheckResult } from '../check';
import type { Finding } from '../analysis/types';
import type { Loc } from '../model/types';
import { ruleMeta } from '../rules/meta';
import { countsText, type MapGraph } from './graph';
import { MAP_CSS, esc, renderSvg } from './render-svg';
import type { MapLayout } from './layout';
import { mermaidDiagram } from './mermaid';

export interface ReportMeta {
  /** ISO date-time the report was generated. */
  generated: string;
  /** sha256 of the model's files (names and texts), hex. */
  modelHash: string;
  version: string;
  /** Turns a finding location into the path shown (relative to the working folder). */
  where: (loc: Loc) => string;
}

const SEVERITY_ORDER = ['error', 'warning', 'information', 'hint'] as const;

function byElement(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = f.element ?? '(the model)';
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(f);
  }
  const rank = (fs: Finding[]) => Math.min(...fs.map((f) => (f.suppression ? 9 : SEVERITY_ORDER.indexOf(f.severity))));
  return [...groups.entries()].sort((a, b) => rank(a[1]) - rank(b[1]) || a[0].localeCompare(b[0]));
}

function sortFindings(fs: Finding[]): Finding[] {
  return [...fs].sort((a, b) => (a.suppression ? 1 : 0) - (b.suppression ? 1 : 0) || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.ruleId.localeCompare(b.ruleId));
}

interface WaiverRow { rule: string; target: string; owner: string; expires: string; reason: string; status: string; where: Loc }

function waivers(result: CheckResult, today: string): WaiverRow[] {
  return result.model.waivers.map((w) => {
    const target = w.ref('target');
    const used = result.findings.some((f) => f.suppression && f.suppression.loc.file === w.file && f.suppression.loc.range.start.line >= w.range.start.line && f.suppression.loc.range.start.line <= w.range.end.line);
    const expires = w.str('expires') ?? '';
    const status = expires && expires < today ? 'expired' : used ? 'in use' : 'matches nothing';
    return { rule: w.name ?? '', target: target ? `${target.type}.${target.name}` : '', owner: w.str('owner') ?? '', expires, reason: w.str('reason') ?? '', status, where: w.headLoc };
  });
}

export function reportHtml(result: CheckResult, graph: MapGraph, layout: MapLayout, meta: ReportMeta): string {
  const findings = result.findings;
  const h: string[] = [];
  const title = `Ringside design review: ${graph.title}`;
  h.push('<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Self-contained: nothing may load from anywhere, not even from this file's folder.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`, `<style>${PAGE_CSS}${MAP_CSS}</style>`, '</head>', '<body class="rs-auto">');
  h.push(`<header><h1>${esc(title)}</h1>`,
    `<p class="meta">Generated <time id="generated" datetime="${esc(meta.generated)}">${esc(meta.generated)}</time> by Ringside ${esc(meta.version)} · model hash <code id="model-hash">sha256:${esc(meta.modelHash)}</code> · ${result.model.files.length} file${result.model.files.length === 1 ? '' : 's'}</p>`,
    `<p class="summary" id="summary">${esc(countsText(graph.totals))}</p></header>`);

  h.push('<nav><a href="#map">Map</a> · <a href="#findings">Findings</a> · <a href="#blast-radius">Blast radius</a> · <a href="#waivers">Waivers</a> · <a href="#rules">Rules</a></nav>');
  h.push('<section id="map"><h2>Design map</h2>');
  if (graph.collapsed) h.push(`<p class="note">${esc(graph.collapsed)}.</p>`);
  if (graph.problems.length) {
    h.push('<div class="problems" id="not-drawn"><p>Not drawn or not resolved:</p><ul>');
    for (const p of graph.problems) h.push(`<li>${esc(p.message)}${p.loc ? ` <span class="where">${esc(meta.where(p.loc))}</span>` : ''}</li>`);
    h.push('</ul></div>');
  }
  h.push(`<div class="map-frame">${renderSvg(layout)}</div></section>`);

  h.push('<section id="findings"><h2>Findings by element</h2>');
  if (findings.length === 0) h.push('<p>No findings.</p>');
  for (const [element, fs] of byElement(findings)) {
    h.push(`<h3 class="element" data-element="${esc(element)}"><code>${esc(element)}</code> <span class="muted">${esc(countsText(countOf(fs)))}</span></h3>`);
    h.push('<table class="findings"><thead><tr><th>Severity</th><th>Rule</th><th>Finding</th><th>Why</th><th>Path</th></tr></thead><tbody>');
    for (const f of sortFindings(fs)) {
      const m = ruleMeta(f.ruleId);
      const sev = f.suppression ? `waived (${f.severity})` : f.severity;
      const why = [...f.facts.map((x) => x.text), ...(f.downgradedBy ? [`lowered: ${f.downgradedBy}`] : []), ...(f.suppression ? [`waiver: ${f.suppression.reason} (owner ${f.suppression.owner}, until ${f.suppression.expires})`] : [])];
      const path = (f.path ?? []).map((p) => `${p.message} (${meta.where(p.loc)})`);
      h.push(`<tr class="sev-${f.suppression ? 'waived' : f.severity}"><td>${esc(sev)}</td><td><a href="#rule-${esc(f.ruleId)}">${esc(f.ruleId)}</a>${m ? `<br><span class="muted">${esc(m.title)}</span>` : ''}</td>`,
        `<td>${esc(f.message)}<br><span class="where">${esc(meta.where(f.loc))}</span></td>`,
        `<td>${why.length ? `<ul>${why.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}</td>`,
        `<td>${path.length ? `<ol>${path.map((p) => `<li>${esc(p)}</li>`).join('')}</ol>` : ''}</td></tr>`);
    }
    h.push('</tbody></table>');
  }
  h.push('</section>');

  h.push('<section id="blast-radius"><h2>Blast radius</h2><table class="blast"><thead><tr><th>Element</th><th>Context kind</th><th>A crash takes down</th><th>Recovery</th><th>Release reach</th><th>Tamper</th></tr></thead><tbody>');
  for (const b of result.blastRadius) {
    h.push(`<tr data-element="${esc(b.element)}"><td><code>${esc(b.element)}</code></td><td>${esc(b.contextKind ?? 'not set')}</td><td>${esc(b.crashText)}</td><td>${esc(b.recovery.replace(/_/g, ' '))}: ${esc(b.recoveryText)}</td><td>${esc(b.fleetText)}</td><td>${esc(b.tamper)}</td></tr>`);
  }
  h.push('</tbody></table></section>');

  const ws = waivers(result, meta.generated.slice(0, 10));
  h.push('<section id="waivers"><h2>Waivers</h2>');
  if (ws.length === 0) h.push('<p>No waivers: every finding above stands.</p>');
  else {
    h.push('<table class="waivers"><thead><tr><th>Rule</th><th>Target</th><th>Owner</th><th>Expires</th><th>Status</th><th>Reason</th></tr></thead><tbody>');
    for (const w of ws) h.push(`<tr><td>${esc(w.rule)}</td><td><code>${esc(w.target)}</code></td><td>${esc(w.owner)}</td><td>${esc(w.expires)}</td><td>${esc(w.status)}</td><td>${esc(w.reason)} <span class="where">${esc(meta.where(w.where))}</span></td></tr>`);
    h.push('</tbody></table>');
  }
  h.push('</section>');

  h.push('<section id="rules"><h2>Rules in this report</h2>');
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  for (const id of ids) {
    const m = ruleMeta(id);
    if (!m) { h.push(`<div class="rule" id="rule-${esc(id)}"><h3>${esc(id)}</h3><p>Reported by the model checker.</p></div>`); continue; }
    const links = [...m.series, ...m.primary].map((l) => `<a href="${esc(l.url)}">${esc(l.title)}</a>`).join(' · ');
    h.push(`<div class="rule" id="rule-${esc(id)}"><h3>${esc(id)} ${esc(m.title)} <span class="muted">(${esc(m.defaultSeverity)})</span></h3>`,
      `<p>${esc(m.rationale)}</p>${m.fixes.length ? `<p><b>Fixes:</b> ${esc(m.fixes.join('; '))}</p>` : ''}${links ? `<p class="links">Sources: ${links}</p>` : ''}</div>`);
  }
  h.push('</section></body></html>');
  return h.join('\n') + '\n';
}

function countOf(fs: Finding[]) {
  const c = { error: 0, warning: 0, information: 0, hint: 0, waived: 0 };
  for (const f of fs) { if (f.suppression) c.waived++; else c[f.severity]++; }
  return c;
}

const PAGE_CSS = `
:root { color-scheme: light dark; --vscode-editor-background: #ffffff; --vscode-editor-foreground: #1f2328; }
@media (prefers-color-scheme: dark) {
  :root { --vscode-editor-background: #0d1117; --vscode-editor-foreground: #e6edf3; --vscode-descriptionForeground: #9198a1;
    --vscode-editorWidget-background: #161b22; --vscode-sideBar-background: #1c2129; --vscode-editorWidget-border: #6e7681;
    --vscode-focusBorder: #4493f8; --vscode-editorError-foreground: #ff7b72; }
  .rs-auto .rs-map { --rs-c-low: #3fb950; --rs-c-host: #f0883e; --rs-c-boot: #ff7b72; --rs-c-fleet: #bc8cff; }
}
body { font-family: system-ui, sans-serif; margin: 1.5rem; background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); line-height: 1.4; }
.muted, .meta, .where { color: var(--vscode-descriptionForeground, #59636e); }
.where { font-family: ui-monospace, monospace; font-size: 0.85em; }
.map-frame { overflow: auto; border: 1px solid var(--vscode-editorWidget-border, #8c959f); }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; font-size: 0.9rem; }
th, td { border: 1px solid var(--vscode-editorWidget-border, #8c959f); padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
td ul, td ol { margin: 0; padding-left: 1.1rem; }
tr.sev-error td:first-child { font-weight: bold; border-left: 4px solid #cf222e; }
tr.sev-warning td:first-child { border-left: 4px solid #bc4c00; }
tr.sev-waived td:first-child { font-style: italic; }
.problems { border-left: 4px solid #bc4c00; padding-left: 0.8rem; }
`;

export function reportMarkdown(result: CheckResult, graph: MapGraph, meta: ReportMeta): string {
  const md: string[] = [`# Ringside design review: ${graph.title}`, '',
    `Generated ${meta.generated} by Ringside ${meta.version} · model hash \`sha256:${meta.modelHash}\``, '',
    `**${countsText(graph.totals)}**`, ''];
  if (graph.collapsed) md.push(`> ${graph.collapsed}.`, '');
  for (const p of graph.problems) md.push(`- Not drawn: ${p.message}${p.loc ? ` (${meta.where(p.loc)})` : ''}`);
  if (graph.problems.length) md.push('');
  md.push('```mermaid', mermaidDiagram(graph).trimEnd(), '```', '', '## Findings', '');
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  for (const [element, fs] of byElement(result.findings)) {
    md.push(`### \`${element}\``, '', '| Severity | Rule | Finding | Where |', '|---|---|---|---|');
    for (const f of sortFindings(fs)) md.push(`| ${f.suppression ? `waived (${f.severity})` : f.severity} | ${f.ruleId} | ${cell(f.message)} | ${cell(meta.where(f.loc))} |`);
    md.push('');
  }
  md.push('## Blast radius', '', '| Element | A crash takes down | Recovery | Release reach |', '|---|---|---|---|');
  for (const b of result.blastRadius) md.push(`| \`${b.element}\` | ${cell(b.crashText)} | ${b.recovery.replace(/_/g, ' ')} | ${cell(b.fleetText)} |`);
  const ws = waivers(result, meta.generated.slice(0, 10));
  if (ws.length) {
    md.push('', '## Waivers', '', '| Rule | Target | Owner | Expires | Status | Reason |', '|---|---|---|---|---|---|');
    for (const w of ws) md.push(`| ${w.rule} | \`${w.target}\` | ${cell(w.owner)} | ${w.expires} | ${w.status} | ${cell(w.reason)} |`);
  }
  return md.join('\n') + '\n';
}
