// Hover: one compact block per finding at the position (why, flow path, links to the rule page
// and the full explanation), then the symbol under the cursor (schema docs, enum value docs, blast
// radius, referenced element). Pure.
//
// VS Code draws the diagnostic itself (its message "Title: sentence", the rule code and related
// places) right above this hover, so a finding block adds only what the diagnostic does not say:
// up to three facts the rule used, the flow path and the two links. Everything else (the whole
// message, every fact, the rationale and sources) is one click away on "Explain".
import type { Hover, Position, Range } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { Finding } from '../analysis/types';
import type { ModelBlock } from '../model/types';
import { isRef } from '../model/types';
import { containsPosition, comparePositions } from '../syntax/range';
import { CONTEXT_FACTS } from '../schema/context-kinds';
import { BLOCK_SCHEMAS } from '../schema/language';
import { policyHover } from './policy-assist';
import { KEY_ATTRIBUTES, enumOf, symbolAt, type SymbolAt } from './locate';
import {
  attributeMarkdown, blockMarkdown, code, enumValueMarkdown, escapeMarkdown, locText, ruleMarkdown, ruleMeta, ruleReferenceMarkdown,
} from './docs';

/** How much a hover says about a finding: `compact` (the default) or `full` (rationale and every fact). */
export type HoverDetail = 'compact' | 'full';

export interface HoverOptions {
  detail?: HoverDetail;
  /** Leave information- and hint-level findings out (the "hide information" setting). */
  hideInformation?: boolean;
}

/** Budget of one finding's block in a compact hover, in characters of Markdown. */
export const HOVER_BUDGET = 1500;
/** At most this many "why" facts in a compact block. */
export const WHY_FACTS = 3;

export function hover(result: CheckResult, file: string, pos: Position, options: HoverOptions = {}): Hover | null {
  const findings = result.findings
    // Waived findings are not published as diagnostics; the full hover still says they are waived.
    .filter((f) => f.loc.file === file && containsPosition(f.loc.range, pos) && (options.detail === 'full' || !f.suppression))
    .filter((f) => !options.hideInformation || f.severity === 'error' || f.severity === 'warning')
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Number(!!a.suppression) - Number(!!b.suppression));
  // Inside a policy's CEL string the word under the cursor is documented, unless a finding is there.
  const inPolicy = findings.length === 0 ? policyHover(result, file, pos) : undefined;
  if (inPolicy !== undefined) return inPolicy;
  const sym = symbolAt(result, file, pos);
  const full = options.detail === 'full';
  // A rule's rationale and sources are shown once, with its first finding here.
  const explained = new Set<string>();
  const parts = findings.map((f) => {
    const text = full ? findingMarkdown(f, !explained.has(f.ruleId)) : findingBlock(f);
    explained.add(f.ruleId);
    return text;
  });
  const symText = sym ? symbolMarkdown(result, sym) : undefined;
  // A context or component hover starts with its blast radius: that is what its reader came for.
  if (symText) {
    if (sym && startsWithBlast(sym)) parts.unshift(symText);
    else parts.push(symText);
  }
  if (parts.length === 0) return null;
  const range: Range = symText && sym ? sym.range : smallest(findings.map((f) => f.loc.range));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}

function startsWithBlast(s: SymbolAt): boolean {
  const el = s.kind === 'block-type' ? s.element : s.kind === 'label' && s.index === 0 ? s.element : undefined;
  return !!el && (el.type === 'context' || el.type === 'component');
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

function smallest(ranges: Range[]): Range {
  return ranges.reduce((a, b) => (comparePositions(b.start, a.start) >= 0 && comparePositions(b.end, a.end) <= 0 ? b : a));
}

// ── Findings ──────────────────────────────────────────────────────────────────────────────────

/** A `command:` link; VS Code runs it from a trusted hover, other clients show the text. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

export const RULE_PAGE_COMMAND = 'ringside.showRuleDocumentation';
export const EXPLAIN_COMMAND = 'ringside.explainFinding';

/** Shortens a fact or hop text for a one-line bullet. */
function short(s: string, max = 160): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${sp > max * 0.6 ? cut.slice(0, sp) : cut}…`;
}

/**
 * One finding, compact: a header with the rule id, title and severity, up to three "why" facts,
 * the flow path in one line, and the links. The diagnostic's own message is not repeated.
 */
export function findingBlock(f: Finding): string {
  const meta = ruleMeta(f.ruleId) ?? f.meta;
  const out: string[] = [];
  const sev = f.severity === f.defaultSeverity ? f.severity : `${f.severity} (default ${f.defaultSeverity})`;
  out.push(`**${f.ruleId}${meta ? ` · ${escapeMarkdown(meta.title)}` : ''}** · ${sev}`);
  if (f.downgradedBy) out.push(`Lowered: ${escapeMarkdown(short(f.downgradedBy))}`);
  const facts = f.facts.slice(0, WHY_FACTS);
  if (facts.length) {
    const more = f.facts.length - facts.length;
    out.push(`Why:\n${facts.map((x) => `- ${escapeMarkdown(short(x.text))}`).join('\n')}${more > 0 ? `\n- … ${more} more in Explain` : ''}`);
  }
  if (f.path?.length) {
    const hops = f.path.map((h) => escapeMarkdown(short(h.message, 60)));
    const shown = hops.length > 5 ? [...hops.slice(0, 2), '…', ...hops.slice(-2)] : hops;
    out.push(`Path: ${shown.join(' → ')}`);
  }
  const links = [];
  if (meta || f.ruleId.startsWith('RS-')) links.push(commandLink('Rule page', RULE_PAGE_COMMAND, [f.ruleId]));
  links.push(commandLink('Explain', EXPLAIN_COMMAND, [{ uri: f.loc.file, ruleId: f.ruleId, element: f.element ?? null, line: f.loc.range.start.line }]));
  out.push(links.join(' · '));
  return out.join('\n\n');
}

/** One finding in full (the "Explain" page and the `full` hover): every fact, the path, related places, the rationale and sources. */
export function findingMarkdown(f: Finding, explain = true): string {
  const meta = ruleMeta(f.ruleId) ?? f.meta;
  const sev = f.severity === f.defaultSeverity ? f.severity : `${f.severity} (default ${f.defaultSeverity})`;
  const out: string[] = [];
  out.push(`**${f.ruleId}${meta ? ` · ${escapeMarkdown(meta.title)}` : ''}** — ${sev}${f.suppression ? ' — *waived*' : ''}`);
  out.push(escapeMarkdown(f.message));
  if (f.downgradedBy) out.push(`*Severity lowered:* ${escapeMarkdown(f.downgradedBy)}`);
  if (f.facts.length) out.push(`**Why**\n\n${f.facts.map((x) => `- ${escapeMarkdown(x.text)}${x.loc ? ` (${locText(x.loc)})` : ''}`).join('\n')}`);
  if (f.path?.length) out.push(`**Flow path**\n\n${f.path.map((h, i) => `${i + 1}. ${escapeMarkdown(h.message)} (${locText(h.loc)})`).join('\n')}`);
  if (f.related?.length) out.push(`**See also**\n\n${f.related.map((r) => `- ${escapeMarkdown(r.message)} (${locText(r.loc)})`).join('\n')}`);
  if (meta && explain) { const ref = ruleReferenceMarkdown(meta); if (ref) out.push(ref); }
  if (f.suppression) {
    const s = f.suppression;
    out.push(`**Waived** (${locText(s.loc)}) by ${escapeMarkdown(s.owner || 'no owner')}, until ${s.expires}: ${escapeMarkdown(s.reason)}`);
  }
  return out.join('\n\n');
}

/** The "Explain" page of the finding a hover link names; undefined when it is gone. */
export function explainFinding(result: CheckResult, q: { uri: string; ruleId: string; element?: string | null; line?: number }): string | undefined {
  const same = result.findings.filter((f) => f.loc.file === q.uri && f.ruleId === q.ruleId && (f.element ?? null) === (q.element ?? null));
  const f = same.find((x) => x.loc.range.start.line === q.line) ?? same[0];
  return f ? `# ${f.ruleId} at ${locText(f.loc)}\n\n${findingMarkdown(f, true)}\n` : undefined;
}

// ── Symbols ───────────────────────────────────────────────────────────────────────────────────

function symbolMarkdown(result: CheckResult, s: SymbolAt): string | undefined {
  switch (s.kind) {
    case 'block-type': {
      if (!s.schema) return undefined;
      if (s.element && (s.element.type === 'context' || s.element.type === 'component')) return [blastMarkdown(result, s.element), elementMarkdown(s.element)].join('\n\n');
      return blockMarkdown(s.schema, { example: false });
    }
    case 'label': {
      if (!s.schema) return undefined;
      if (s.schema.type === 'waiver' || s.schema.type === 'rule') {
        const meta = ruleMeta(s.label.value);
        return meta ? ruleMarkdown(meta) : `${code(s.label.value)} is not a Ringside rule id.`;
      }
      if (!s.element || s.index !== 0) return undefined;
      if (s.element.type === 'context' || s.element.type === 'component') return [blastMarkdown(result, s.element), elementMarkdown(s.element)].join('\n\n');
      return elementMarkdown(s.element);
    }
    case 'attribute':
      return s.schema ? attributeMarkdown(s.block.blockType.name, s.schema) : undefined;
    case 'enum-value':
      return enumValueMarkdown(s.enumType, s.value);
    case 'reference': {
      const key = `${s.ref.type}.${s.ref.name}`;
      const el = s.ref.target ?? result.model.elements.get(key);
      if (!el) return `${code(key)} — no ${escapeMarkdown(s.ref.type)} of that name is defined in this model.`;
      return elementMarkdown(el);
    }
  }
}

/** An element as a reader needs it: type, name, where it is, what kind it is, its description. */
function elementMarkdown(el: ModelBlock): string {
  const schema = BLOCK_SCHEMAS.get(el.type);
  const out: string[] = [];
  out.push(`**${el.type}** ${code(el.name ?? el.type)}${schema ? ` — ${escapeMarkdown(schema.summary)}` : ''}  \nDefined at ${locText(el.headLoc)}${el.parent ? ` in ${el.parent.type} ${code(el.parent.name ?? el.parent.type)}` : ''}`);
  const lines: string[] = [];
  for (const name of KEY_ATTRIBUTES[el.type] ?? []) {
    const p = el.prop(name);
    if (!p || p.value === undefined) continue;
    const en = enumOf(p.schema?.type);
    const values = Array.isArray(p.value) ? p.value : [p.value];
    const shown = values.map((v) => {
      if (isRef(v)) return code(`${v.type}.${v.name}`);
      if (typeof v !== 'string') return code(String(v));
      const ev = en?.values.find((x) => x.value === v);
      return ev ? `${code(`"${v}"`)} (${escapeMarkdown(ev.summary)})` : code(`"${v}"`);
    });
    if (shown.length) lines.push(`${name}: ${shown.join(', ')}`);
  }
  if (el.type === 'channel') {
    const from = el.ref('from'), to = el.ref('to');
    if (from || to) lines.push(`path: ${from ? code(`${from.type}.${from.name}`) : '?'} → ${to ? code(`${to.type}.${to.name}`) : '?'}`);
  }
  if (lines.length) out.push(lines.join('  \n'));
  const description = el.str('description');
  if (description) out.push(`> ${escapeMarkdown(description).replace(/\n/g, '\n> ')}`);
  return out.join('\n\n');
}

/** Blast radius from the analysis (compact, one line per fact), plus the context kind in one line. */
function blastMarkdown(result: CheckResult, el: ModelBlock): string {
  const b = result.blastRadius.find((x) => x.element === el.key);
  const out: string[] = [];
  if (b) {
    const crit = b.bootCritical === 'unknown' ? 'unknown (start is not set)' : b.bootCritical ? 'yes' : 'no';
    out.push([
      `**Blast radius of ${escapeMarkdown(el.type)} ${code(el.name ?? el.type)}**`,
      '',
      `- Crash takes down: ${escapeMarkdown(b.crashText)}`,
      `- Recovery: ${escapeMarkdown(b.recoveryText)}`,
      `- Fleet reach of a bad release: ${escapeMarkdown(b.fleetText)}`,
      `- Tamper resistance: ${escapeMarkdown(b.tamper)}`,
      `- Privileged: ${b.privileged ? 'yes' : 'no'} · boot-critical: ${crit}`,
    ].join('\n'));
  }
  const kind = b?.contextKind;
  const facts = kind ? CONTEXT_FACTS.get(kind) : undefined;
  if (facts) out.push(`${code(`"${facts.kind}"`)} — ${escapeMarkdown(facts.summary)}`);
  return out.join('\n\n');
}
