// Finding things in a checked model by position: the AST blocks around a position, the model
// element built from an AST block, and the symbol under the cursor. Shared by every feature.
// Pure: reads the CheckResult, never changes it.
import type { CheckResult } from '../check';
import type { Attribute, Block, BodyItem, Expr, Label } from '../syntax/hcl-ast';
import { comparePositions, containsPosition, type Position, type Range } from '../syntax/range';
import type { Model, ModelBlock, Ref, SourceFile } from '../model/types';
import { BLOCK_SCHEMAS } from '../schema/language';
import type { AttributeSchema, BlockSchema, EnumType, EnumValue, ValueType } from '../schema/types';

export function sourceFile(result: CheckResult, file: string): SourceFile | undefined {
  return result.model.files.find((f) => f.file === file);
}

/** AST blocks containing `pos`, outermost first. */
export function blockPathAt(items: BodyItem[], pos: Position): Block[] {
  const path: Block[] = [];
  let level: BodyItem[] = items;
  for (;;) {
    const b = level.find((i): i is Block => i.type === 'block' && containsPosition(i.range, pos));
    if (!b) return path;
    path.push(b);
    level = b.body;
  }
}

/** Every model block, top-level and nested, in no particular order. */
export function allBlocks(model: Model): ModelBlock[] {
  const out: ModelBlock[] = [];
  const visit = (b: ModelBlock) => { out.push(b); for (const c of b.children) visit(c); };
  const roots = [model.agent, model.review, ...model.contexts, ...model.inputs, ...model.deployments, ...model.channels, ...model.waivers];
  for (const r of roots) if (r) visit(r);
  return out;
}

/** The model block built from an AST block, if the builder kept it (it drops invalid and duplicate blocks). */
export function modelBlockOf(model: Model, file: string, block: Block): ModelBlock | undefined {
  return allBlocks(model).find((m) => m.file === file && comparePositions(m.typeRange.start, block.blockType.range.start) === 0);
}

/** The enum an attribute takes, directly or as the items of a list. */
export function enumOf(t: ValueType | undefined): EnumType | undefined {
  if (!t) return undefined;
  if (t.kind === 'enum') return t.enum;
  if (t.kind === 'list') return enumOf(t.of);
  return undefined;
}

/** The range of a label's text without its quotes. */
export function labelInnerRange(label: Label): Range {
  if (!label.quoted) return label.range;
  const { start, end } = label.range;
  if (start.line !== end.line || end.character - start.character < 2) return label.range;
  return { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: end.character - 1 } };
}

/** The range of a string literal without its quotes (single-line literals only). */
export function stringInnerRange(r: Range): Range {
  if (r.start.line !== r.end.line || r.end.character - r.start.character < 2) return r;
  return { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: r.end.character - 1 } };
}

export type SymbolAt =
  | { kind: 'block-type'; range: Range; block: Block; parents: Block[]; schema?: BlockSchema; element?: ModelBlock }
  | { kind: 'label'; range: Range; block: Block; parents: Block[]; label: Label; index: number; schema?: BlockSchema; element?: ModelBlock }
  | { kind: 'attribute'; range: Range; block: Block; attribute: Attribute; schema?: AttributeSchema }
  | { kind: 'enum-value'; range: Range; block: Block; attribute: Attribute; schema: AttributeSchema; enumType: EnumType; value: EnumValue }
  | { kind: 'reference'; range: Range; ref: Ref; part: 'type' | 'name' };

/** The innermost symbol at `pos`: a block keyword, a label, an attribute name, an enum value or a reference. */
export function symbolAt(result: CheckResult, file: string, pos: Position): SymbolAt | undefined {
  const src = sourceFile(result, file);
  if (!src) return undefined;
  const path = blockPathAt(src.ast.items, pos);
  const block = path[path.length - 1];
  if (!block) return undefined;
  const parents = path.slice(0, -1);
  const schema = BLOCK_SCHEMAS.get(block.blockType.name);
  if (containsPosition(block.blockType.range, pos)) {
    return { kind: 'block-type', range: block.blockType.range, block, parents, schema, element: modelBlockOf(result.model, file, block) };
  }
  const li = block.labels.findIndex((l) => containsPosition(l.range, pos));
  if (li >= 0) {
    return { kind: 'label', range: block.labels[li].range, block, parents, label: block.labels[li], index: li, schema, element: modelBlockOf(result.model, file, block) };
  }
  const attribute = block.body.find((i): i is Attribute => i.type === 'attribute' && containsPosition(i.range, pos));
  if (!attribute) return undefined;
  const as = schema?.attributes.find((a) => a.name === attribute.name.name);
  if (containsPosition(attribute.name.range, pos)) return { kind: 'attribute', range: attribute.name.range, block, attribute, schema: as };
  const ref = result.model.references.find((r) => r.loc.file === file && containsPosition(r.loc.range, pos));
  if (ref) return { kind: 'reference', range: ref.loc.range, ref, part: containsPosition(ref.nameRange, pos) ? 'name' : 'type' };
  const en = enumOf(as?.type);
  if (as && en) {
    const str = stringAt(attribute.value, pos);
    const value = str && en.values.find((v) => v.value === str.value);
    if (str && value) return { kind: 'enum-value', range: str.range, block, attribute, schema: as, enumType: en, value };
  }
  return undefined;
}

function stringAt(e: Expr, pos: Position): { value: string; range: Range } | undefined {
  if (!containsPosition(e.range, pos)) return undefined;
  if (e.kind === 'string') return { value: e.value, range: e.range };
  if (e.kind === 'tuple') for (const i of e.items) { const s = stringAt(i, pos); if (s) return s; }
  return undefined;
}

/**
 * The referenceable element at `pos` for navigation: named by a reference (resolved or not) or
 * declared by the label under the cursor. `element` is undefined for an unresolved reference.
 */
export interface NavTarget {
  key: string;
  type: string;
  name: string;
  element?: ModelBlock;
  /** The range under the cursor that names it. */
  range: Range;
  /** Range to rename under the cursor: the NAME part of a reference, or the label text without quotes. */
  nameRange: Range;
}

export function navTargetAt(result: CheckResult, file: string, pos: Position): NavTarget | undefined {
  const s = symbolAt(result, file, pos);
  if (!s) return undefined;
  if (s.kind === 'reference') {
    const key = `${s.ref.type}.${s.ref.name}`;
    return { key, type: s.ref.type, name: s.ref.name, element: result.model.elements.get(key), range: s.range, nameRange: s.ref.nameRange };
  }
  if (s.kind === 'label' && s.index === 0 && s.schema?.referenceable) {
    const key = `${s.schema.type}.${s.label.value}`;
    const element = result.model.elements.get(key);
    // A duplicate definition is not the registered element: it cannot be navigated to or renamed.
    if (!element || element !== s.element) return undefined;
    return { key, type: s.schema.type, name: s.label.value, element, range: s.label.range, nameRange: labelInnerRange(s.label) };
  }
  return undefined;
}

/** The declaration of an element: its label without quotes (or its keyword when it has none). */
export function declarationRange(result: CheckResult, el: ModelBlock): Range {
  const src = sourceFile(result, el.file);
  const r = el.nameRange ?? el.typeRange;
  if (el.nameRange && src) {
    const line = src.lines.lineText(r.start.line);
    if (line[r.start.character] === '"') return stringInnerRange(r);
  }
  return r;
}

/** Every reference in the model that names `TYPE.NAME`, resolved or not (a wrong-target reference still spells the name). */
export function referencesTo(model: Model, key: string): Ref[] {
  return model.references.filter((r) => `${r.type}.${r.name}` === key);
}

/** The attribute whose value best describes an element at a glance (symbol detail, reference hover). */
export const KEY_ATTRIBUTES: Record<string, string[]> = {
  agent: ['platform', 'role'],
  context: ['kind'],
  component: ['kinds'],
  input: ['source'],
  deployment: ['rollout'],
  channel: ['mechanism'],
  waiver: ['target'],
  rule: ['severity'],
  review: ['fail_on'],
};

/** Short text for an attribute value as written: `kernel_driver`, `input.x`, `a, b`. */
export function exprText(e: Expr): string | undefined {
  switch (e.kind) {
    case 'string': return e.value;
    case 'number': return e.text;
    case 'bool': return String(e.value);
    case 'traversal': return e.parts.map((p) => p.name).join('.');
    case 'tuple': {
      const parts = e.items.map(exprText).filter((x): x is string => x !== undefined);
      return parts.length ? parts.join(', ') : undefined;
    }
    default: return undefined;
  }
}

/** The key attributes of an AST block, as `kernel_driver` or `windows · edr`; channels show `from → to`. */
export function blockDetail(block: Block): string | undefined {
  return detailFrom(block.blockType.name, (n) => {
    const a = block.body.find((i): i is Attribute => i.type === 'attribute' && i.name.name === n);
    return a ? exprText(a.value) : undefined;
  });
}

/** The same detail for a model element. */
export function elementDetail(el: ModelBlock): string | undefined {
  return detailFrom(el.type, (n) => { const p = el.prop(n); return p ? exprText(p.expr) : undefined; });
}

function detailFrom(type: string, attr: (name: string) => string | undefined): string | undefined {
  const parts: string[] = [];
  if (type === 'channel') {
    const from = attr('from'), to = attr('to');
    if (from || to) parts.push(`${stripType(from) ?? '?'} → ${stripType(to) ?? '?'}`);
  }
  for (const n of KEY_ATTRIBUTES[type] ?? []) { const v = attr(n); if (v !== undefined) parts.push(v); }
  return parts.length ? parts.join(' · ') : undefined;
}

function stripType(ref: string | undefined): string | undefined {
  return ref?.replace(/^component\./, '');
}
