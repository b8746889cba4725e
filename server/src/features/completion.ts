// Completion from the schema: block types (as snippets), attributes valid in the enclosing block,
// enumerated values, `TYPE.NAME` references to existing elements, and rule ids in waiver and
// review rule labels. Works on broken text: the cursor context comes from completion-context.ts.
import { policyCompletion } from './policy-assist';
import type { CompletionItem, MarkupContent, Position, Range } from 'vscode-languageserver-types';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { LineIndex } from '../syntax/range';
import { BLOCK_SCHEMAS, BLOCKS } from '../schema/language';
import { CONTEXT_FACTS } from '../schema/context-kinds';
import type { AttributeSchema, BlockSchema, ReferenceTarget, ValueType } from '../schema/types';
import { cursorContext, type BlockInfo, type CursorContext } from './completion-context';
import { attributeSnippet, blockSnippet } from './snippets';
import { attributeMarkdown, allRuleMeta, blockMarkdown, enumValueMarkdown, locText, ruleMarkdown, escapeMarkdown } from './docs';
import { elementDetail, sourceFile } from './locate';

export function completion(result: CheckResult, file: string, text: string, pos: Position, triggerCharacter?: string): CompletionItem[] {
  const inPolicy = policyCompletion(result, file, pos);
  if (inPolicy) return inPolicy;
  const lines = new LineIndex(text);
  const src = sourceFile(result, file);
  const ctx = cursorContext(text, lines, pos, src && src.text === text ? src.ast : undefined);
  // A space only opens the list where a value is expected (`kind = |`), never between words.
  if (triggerCharacter === ' ' && ctx.where.kind !== 'value') return [];
  if (triggerCharacter === '=' && ctx.where.kind !== 'value') return [];
  const range: Range = { start: lines.positionAt(ctx.wordStart), end: lines.positionAt(ctx.wordEnd) };
  if (range.start.line !== pos.line || range.end.line !== pos.line) return [];
  const c = new Completer(result, file, pos, ctx, range);
  switch (ctx.where.kind) {
    case 'statement': return ctx.blocks.length === 0 ? c.topLevel() : c.inBlock(ctx.blocks[ctx.blocks.length - 1]);
    case 'label': return c.label(ctx.where.blockType, ctx.where.index);
    case 'value': {
      const inner = ctx.blocks[ctx.blocks.length - 1];
      const as = inner ? BLOCK_SCHEMAS.get(inner.type)?.attributes.find((a) => a.name === (ctx.where as { attribute: string }).attribute) : undefined;
      return as ? c.value(as, ctx.where, inner) : [];
    }
    case 'none': return [];
  }
}

function md(value: string): MarkupContent {
  return { kind: MarkupKind.Markdown, value };
}

class Completer {
  constructor(
    private readonly result: CheckResult,
    private readonly file: string,
    private readonly pos: Position,
    private readonly ctx: CursorContext,
    private readonly range: Range,
  ) {}

  /** `TYPE.NAME` of every element of the given types: from the model, plus those declared in this text. */
  private readonly refs = (targets: string[]): string[] => {
    const keys = new Set<string>();
    for (const el of this.result.model.elements.values()) if (targets.includes(el.type)) keys.add(`${el.type}.${el.name}`);
    for (const d of this.ctx.declared) if (targets.includes(d.type)) keys.add(`${d.type}.${d.name}`);
    return [...keys].sort((a, b) => targets.indexOf(a.split('.')[0]) - targets.indexOf(b.split('.')[0]) || a.localeCompare(b));
  };

  private blockItem(s: BlockSchema, sortText: string): CompletionItem {
    return {
      label: s.type,
      kind: CompletionItemKind.Struct,
      detail: s.summary,
      documentation: md(blockMarkdown(s, { title: false })),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: this.range, newText: blockSnippet(s, this.refs) },
      sortText,
    };
  }

  topLevel(): CompletionItem[] {
    const m = this.result.model;
    const single = (el: typeof m.agent) => !!el && !(el.file === this.file && el.typeRange.start.line === this.pos.line);
    return BLOCKS.filter((s) => s.topLevel)
      .filter((s) => !(s.maxPerModel === 1 && single(s.type === 'agent' ? m.agent : s.type === 'review' ? m.review : undefined)))
      .map((s, i) => this.blockItem(s, `1_${String(i).padStart(2, '0')}`));
  }

  /**
   * Attributes of the innermost block that rules asked for and the model leaves out (from the
   * element's RS-META-UNSPECIFIED entry), with the rules that need each.
   */
  private needed(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const blocks = this.ctx.blocks;
    // The nearest named block is the element; unnamed blocks below it form the property path.
    let i = blocks.length - 1;
    while (i >= 0 && !(blocks[i].labels.length && BLOCK_SCHEMAS.get(blocks[i].type)?.referenceable)) i--;
    if (i < 0) return out;
    const key = `${blocks[i].type}.${blocks[i].labels[0]}`;
    const prefix = blocks.slice(i + 1).map((b) => `${b.type}.`).join('');
    for (const f of this.result.findings) {
      if (f.element !== key || !f.unspecified) continue;
      for (const p of f.unspecified.properties) {
        if (!p.property.startsWith(prefix)) continue;
        const rest = p.property.slice(prefix.length);
        if (!rest.includes('.')) out.set(rest, p.rules);
      }
    }
    return out;
  }

  inBlock(inner: BlockInfo): CompletionItem[] {
    const s = BLOCK_SCHEMAS.get(inner.type);
    if (!s) return [];
    const items: CompletionItem[] = [];
    const needed = this.needed();
    for (const a of s.attributes) {
      if (inner.attributes.has(a.name)) continue;
      const rules = needed.get(a.name);
      items.push({
        label: a.name,
        kind: CompletionItemKind.Property,
        detail: a.required ? `${a.summary} (required)` : rules ? `${a.summary} (needed by ${rules.join(', ')})` : a.summary,
        documentation: md(attributeMarkdown(s.type, a, { title: false })),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: this.range, newText: attributeSnippet(a.name, a.type, this.refs) },
        // Required first, then what the rules need to judge this element, then the rest.
        sortText: `${a.required ? '0' : rules ? '1' : '2'}_${a.name}`,
        preselect: a.required || rules ? true : undefined,
      });
    }
    for (const nb of s.blocks) {
      const child = BLOCK_SCHEMAS.get(nb.type);
      if (!child) continue;
      if (nb.max !== undefined && (inner.children.get(nb.type) ?? 0) >= nb.max) continue;
      items.push(this.blockItem(child, `3_${nb.type}`));
    }
    // Only the first of the required (or else needed) attributes is preselected.
    const order = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    let first = true;
    for (const i of order) if (i.preselect) { if (!first) delete i.preselect; first = false; }
    return items;
  }

  label(blockType: string, index: number): CompletionItem[] {
    const parent = this.ctx.blocks[this.ctx.blocks.length - 1];
    const rules = (blockType === 'waiver' && !parent) || (blockType === 'rule' && parent?.type === 'review');
    if (!rules || index !== 0 || !(this.ctx.where as { inString?: boolean }).inString) return [];
    return allRuleMeta().map((meta, i) => ({
      label: meta.id,
      kind: CompletionItemKind.Constant,
      detail: meta.title,
      documentation: md(ruleMarkdown(meta)),
      textEdit: { range: this.range, newText: meta.id },
      sortText: String(i).padStart(3, '0'),
    }));
  }

  /** A context's platform: its own `platform`, else the agent's (from the last good model). */
  private platformOf(block: BlockInfo): string | undefined {
    return this.result.model.elements.get(`context.${block.labels[0]}`)?.str('platform') ?? this.result.model.agent?.str('platform');
  }

  value(as: AttributeSchema, where: Extract<CursorContext['where'], { kind: 'value' }>, block?: BlockInfo): CompletionItem[] {
    const listAttr = as.type.kind === 'list';
    const t: ValueType = as.type.kind === 'list' ? as.type.of : as.type;
    // Writing a list attribute without its brackets yet: offer `[item]`.
    const wrap = listAttr && !where.inList ? (s: string) => `[${s}]` : (s: string) => s;
    if (where.inList && !listAttr) return [];
    switch (t.kind) {
      case 'enum': {
        if (where.afterDot) return [];
        const present = new Set(where.listItems);
        // A context's kind: only the kinds that exist on its platform (RS-PLATFORM otherwise).
        const platform = block?.type === 'context' && as.name === 'kind' ? this.platformOf(block) : undefined;
        const fits = (v: string) => !platform || (CONTEXT_FACTS.get(v)?.platforms ?? []).some((p) => p === platform || p === 'any' || p === 'cloud');
        return t.enum.values.filter((v) => !present.has(v.value) && fits(v.value)).map((v, i) => ({
          label: v.value,
          kind: CompletionItemKind.EnumMember,
          detail: v.summary,
          documentation: md(enumValueMarkdown(t.enum, v, { title: false })),
          filterText: v.value,
          textEdit: { range: this.range, newText: where.inString ? v.value : wrap(`"${v.value}"`) },
          sortText: String(i).padStart(3, '0'),
        }));
      }
      case 'reference': {
        if (where.inString) return [];
        const present = new Set(where.listItems);
        const targets: ReferenceTarget[] = t.targets;
        if (where.afterDot) {
          if (!(targets as string[]).includes(where.afterDot.type)) return [];
          const type = where.afterDot.type;
          return this.refs([type]).filter((k) => !present.has(k)).map((k, i) => this.referenceItem(k, k.slice(type.length + 1), i));
        }
        return this.refs(targets).filter((k) => !present.has(k)).map((k, i) => this.referenceItem(k, wrap(k), i));
      }
      case 'bool':
        if (where.inString || where.afterDot) return [];
        return ['true', 'false'].map((v, i) => ({ label: v, kind: CompletionItemKind.Value, textEdit: { range: this.range, newText: wrap(v) }, sortText: String(i) }));
      default:
        return [];
    }
  }

  private referenceItem(key: string, newText: string, index: number): CompletionItem {
    const el = this.result.model.elements.get(key);
    const type = key.slice(0, key.indexOf('.'));
    const name = key.slice(type.length + 1);
    const summary = BLOCK_SCHEMAS.get(type)?.summary;
    const docs: string[] = [];
    if (el) {
      docs.push(`**${type}** \`${name}\`${summary ? ` — ${escapeMarkdown(summary)}` : ''}  \nDefined at ${locText(el.headLoc)}`);
      const d = el.str('description');
      if (d) docs.push(`> ${escapeMarkdown(d)}`);
    }
    return {
      label: newText === key || newText === `[${key}]` ? key : name,
      kind: CompletionItemKind.Reference,
      detail: (el && elementDetail(el)) ?? summary,
      documentation: docs.length ? md(docs.join('\n\n')) : undefined,
      filterText: newText.replace(/^\[/, '').replace(/\]$/, ''),
      textEdit: { range: this.range, newText },
      sortText: String(index).padStart(4, '0'),
    };
  }
}
