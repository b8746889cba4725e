// Hover: findings at the position (with why, path, rationale and sources), then the symbol under
// the cursor (schema docs, enum value docs, blast radius, referenced element). Pure.
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

export function hover(result: CheckResult, file: string, pos: Position): Hover | null {
  const findings = result.findings
    .filter((f) => f.loc.file === file && containsPosition(f.loc.range, pos))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Number(!!a.suppression) - Number(!!b.suppression));
  // Inside a policy's CEL string the word under the cursor is documented, unless a finding is there.
  const inPolicy = findings.length === 0 ? policyHover(result, file, pos) : undefined;
  if (inPolicy !== undefined) return inPolicy;
  const sym = symbolAt(result, file, pos);
  // A rule's rationale and sources are shown once, with its first finding here.
  const explained = new Set<string>();
  const parts = findings.map((f) => {
    const text = findingMarkdown(f, !explained.has(f.ruleId));
    explained.add(f.ruleId);
    return text;
  });
  const symText = sym ? symbolMarkdown(result, sym) : undefined;
  if (symText) parts.push(symText);
  if (parts.length === 0) return null;
  const range: Range = symText && sym ? sym.range : smallest(findings.map((f) => f.loc.range));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

function smallest(ranges: Range[]): Range {
  return ranges.reduce((a, b) => (comparePositions(b.start, a.start) >= 0 && comparePositions(b.end, a.end) <= 0 ? b : a));
}

// ── Findings ──────────────────────────────────────────────────────────────────────────────────

/** One finding; `explain` adds the rule's rationale, series links and primary sources. */
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

// ── Symbols ───────────────────────────────────────────────────────────────────────────────────

function symbolMarkdown(result: CheckResult, s: SymbolAt): string | undefined {
  switch (s.kind) {
    case 'block-type': {
      if (!s.schema) return undefined;
      const parts = [blockMarkdown(s.schema, { example: false })];
      if (s.element && (s.element.type === 'context' || s.element.type === 'component')) parts.push(blastMarkdown(result, s.element));
      return parts.join('\n\n');
    }
    case 'label': {
      if (!s.schema) return undefined;
      if (s.schema.type === 'waiver' || s.schema.type === 'rule') {
        const meta = ruleMeta(s.label.value);
        return meta ? ruleMarkdown(meta) : `${code(s.label.value)} is not a Ringside rule id.`;
      }
      if (!s.element || s.index !== 0) return undefined;
      const parts = [elementMarkdown(s.element)];
      if (s.element.type === 'context' || s.element.type === 'component') parts.push(blastMarkdown(result, s.element));
      return parts.join('\n\n');
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

/** Blast radius from the analysis, plus the documentation of the context's kind. */
function blastMarkdown(result: CheckResult, el: ModelBlock): string {
  const b = result.blastRadius.find((x) => x.element === el.key);
  const out: string[] = [];
  if (b) {
    const crit = b.bootCritical === 'unknown' ? 'unknown (`start` is not set)' : b.bootCritical ? 'yes' : 'no';
    out.push([
      '**Blast radius**',
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
  if (facts) out.push(`${code(`"${facts.kind}"`)} — ${escapeMarkdown(facts.summary)}\n\n${escapeMarkdown(facts.doc)}`);
  return out.join('\n\n');
}
