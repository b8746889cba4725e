// Markdown for hovers and completion documentation. Every sentence of documentation comes from
// the schema (schema/*.ts) or the rule registry (rules/meta.ts); this module only arranges it.
import type { AttributeSchema, BlockSchema, EnumType, EnumValue, ValueType } from '../schema/types';
import type { Link, RuleMeta } from '../analysis/types';
import type { Loc } from '../model/types';
import { ruleMeta, RULE_META_BY_ID, META_UNSPECIFIED } from '../rules/meta';

/**
 * Escapes text so Markdown shows it literally. Code spans written in the schema and rule texts
 * (`kind = "kernel_driver"`) are kept as code: escapes are not processed inside them.
 */
export function escapeMarkdown(s: string): string {
  return s.split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/([\\*_[\]<>])/g, '\\$1'))).join('');
}

export function code(s: string): string {
  return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

export function link(l: Link): string {
  return `[${escapeMarkdown(l.title)}](${l.url.replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

/** `kernel.ringside:12`, linked to the file when it is a URI. */
export function locText(loc: Loc): string {
  const line = loc.range.start.line + 1;
  const base = loc.file.replace(/[\\/]+$/, '').split(/[\\/]/).pop() || loc.file;
  const text = `${decodeSafe(base)}:${line}`;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(loc.file) ? `[${escapeMarkdown(text)}](${loc.file}#L${line})` : escapeMarkdown(text);
}

function decodeSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** A short description of a value type: "string", "list of `component kind` values", "reference to `input.NAME`". */
export function typeText(t: ValueType): string {
  switch (t.kind) {
    case 'string': return 'string';
    case 'number': {
      const what = t.integer ? 'whole number' : 'number';
      if (t.min !== undefined && t.max !== undefined) return `${what} from ${t.min} to ${t.max}`;
      if (t.min !== undefined) return `${what} ≥ ${t.min}`;
      if (t.max !== undefined) return `${what} ≤ ${t.max}`;
      return what;
    }
    case 'bool': return '`true` or `false`';
    case 'date': return 'date "YYYY-MM-DD"';
    case 'duration': return 'duration such as "30m", "4h", "2d" ("0" for none)';
    case 'enum': return `one ${code(t.enum.name)} value (a string)`;
    case 'list': return t.of.kind === 'enum' ? `list of ${code(t.of.enum.name)} values` : `list of ${typeText(t.of)}`;
    case 'reference': return `reference to ${t.targets.map((x) => code(`${x}.NAME`)).join(' or ')}`;
    case 'map': return `object of ${typeText(t.of)}`;
  }
}

export function enumValueLine(v: EnumValue): string {
  return `- ${code(`"${v.value}"`)} — ${escapeMarkdown(v.summary)}`;
}

/** Hover and completion text of an attribute: summary, doc, type and allowed values. */
export function attributeMarkdown(blockType: string, a: AttributeSchema, opts: { title?: boolean; values?: boolean } = {}): string {
  const out: string[] = [];
  if (opts.title !== false) out.push(`**${a.name}** — ${escapeMarkdown(a.summary)}${a.required ? ' *(required)*' : ''}  \n*attribute of* ${code(blockType)}`);
  out.push(escapeMarkdown(a.doc));
  out.push(`Type: ${typeText(a.type)}`);
  const en = a.type.kind === 'enum' ? a.type.enum : a.type.kind === 'list' && a.type.of.kind === 'enum' ? a.type.of.enum : undefined;
  if (en && opts.values !== false) out.push(`Allowed values (${escapeMarkdown(en.doc)}):\n\n${en.values.map(enumValueLine).join('\n')}`);
  return out.join('\n\n');
}

/** Hover and completion text of an enumerated value: summary, paragraph and the enum it belongs to. */
export function enumValueMarkdown(en: EnumType, v: EnumValue, opts: { title?: boolean } = {}): string {
  const out: string[] = [];
  if (opts.title !== false) out.push(`${code(`"${v.value}"`)} — ${escapeMarkdown(v.summary)}`);
  if (v.doc) out.push(escapeMarkdown(v.doc));
  out.push(`*${escapeMarkdown(en.name)}*: ${escapeMarkdown(en.doc)}`);
  return out.join('\n\n');
}

/** Hover and completion text of a block type: summary, doc, labels, required attributes, nested blocks, example. */
export function blockMarkdown(s: BlockSchema, opts: { title?: boolean; example?: boolean } = {}): string {
  const out: string[] = [];
  if (opts.title !== false) out.push(`**${s.type}** block — ${escapeMarkdown(s.summary)}`);
  out.push(escapeMarkdown(s.doc));
  for (const l of s.labels) out.push(`Label ${code(l.name)}: ${escapeMarkdown(l.doc)}`);
  const required = s.attributes.filter((a) => a.required);
  if (required.length) out.push(`Required: ${required.map((a) => code(a.name)).join(', ')}`);
  if (s.blocks.length) out.push(`Nested blocks: ${s.blocks.map((b) => code(b.type) + (b.max === 1 ? ' (at most one)' : '')).join(', ')}`);
  if (opts.example !== false && s.example) out.push('```ringside\n' + s.example + '\n```');
  return out.join('\n\n');
}

export { ruleMeta };

/** Every rule that can be waived or configured, in registry order. */
export function allRuleMeta(): RuleMeta[] {
  return [...RULE_META_BY_ID.values(), META_UNSPECIFIED];
}

/** Rationale, series links and primary sources of a rule. */
export function ruleReferenceMarkdown(meta: RuleMeta): string {
  const out: string[] = [];
  if (meta.rationale) out.push(`**Rationale.** ${escapeMarkdown(meta.rationale)}`);
  if (meta.series.length) {
    const planned = meta.seriesPlannedPart ? ` *(the reasoning belongs to Part ${meta.seriesPlannedPart}, announced but not published)*` : '';
    out.push(`**Series:** ${meta.series.map(link).join(' · ')}${planned}`);
  }
  if (meta.primary.length) out.push(`**Sources:**\n\n${meta.primary.map((l) => `- ${link(l)}${l.kind ? ` (${l.kind})` : ''}`).join('\n')}`);
  return out.join('\n\n');
}

/** A rule on its own (hover over a waiver or review rule label). */
export function ruleMarkdown(meta: RuleMeta): string {
  return [
    `**${meta.id} · ${escapeMarkdown(meta.title)}** — default severity ${meta.defaultSeverity}`,
    escapeMarkdown(meta.trigger),
    ruleReferenceMarkdown(meta),
  ].filter((x) => x).join('\n\n');
}
