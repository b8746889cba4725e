// Semantic tokens: block types, element names, attribute names, enumerated values, references
// and comments, with a custom `privileged` modifier on everything that belongs to a PRIVILEGED
// context (as decided by the analysis' semantics) and on references that name such elements. Pure.
import type { SemanticTokensLegend } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { Block, Expr } from '../syntax/hcl-ast';
import type { Range } from '../syntax/range';
import type { ModelBlock } from '../model/types';
import { BLOCK_SCHEMAS } from '../schema/language';
import { enumOf, modelBlockOf, sourceFile } from './locate';

export const TOKEN_TYPES = ['type', 'class', 'property', 'enumMember', 'variable', 'namespace', 'comment'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'readonly', 'privileged'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Token { line: number; start: number; length: number; type: number; mods: number }

function bits(mods: TokenModifier[]): number {
  return mods.reduce((b, m) => b | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
}

/** Semantic tokens of one file in the LSP relative encoding (5 integers per token), sorted, without overlaps. */
export function semanticTokens(result: CheckResult, file: string): number[] {
  const src = sourceFile(result, file);
  if (!src) return [];
  const sem = result.semantics;
  const tokens: Token[] = [];
  const push = (r: Range, type: TokenType, mods: TokenModifier[] = []) => {
    if (r.start.line !== r.end.line || r.end.character <= r.start.character) return; // multi-line or empty: skipped
    tokens.push({ line: r.start.line, start: r.start.character, length: r.end.character - r.start.character, type: TOKEN_TYPES.indexOf(type), mods: bits(mods) });
  };

  /** Whether an element is, or sits inside, a privileged context. */
  const privilegedElement = (el: ModelBlock | undefined): boolean => {
    for (let p = el; p; p = p.parent) if (p.type === 'context') return sem.isPrivileged(p);
    return false;
  };

  const expr = (e: Expr, enumValues: Set<string> | undefined, priv: TokenModifier[]) => {
    switch (e.kind) {
      case 'string':
        if (enumValues?.has(e.value)) push(e.range, 'enumMember', ['readonly', ...priv]);
        break;
      case 'traversal': {
        const [head, ...rest] = e.parts;
        const target = e.parts.length === 2 ? result.model.elements.get(`${head.name}.${rest[0].name}`) : undefined;
        const refPriv: TokenModifier[] = priv.length || privilegedElement(target) ? ['privileged'] : [];
        if (head) push(head.range, 'namespace', refPriv);
        for (const p of rest) push(p.range, 'variable', refPriv);
        break;
      }
      case 'tuple':
        for (const i of e.items) expr(i, enumValues, priv);
        break;
      case 'object':
        for (const entry of e.entries) expr(entry.value, enumValues, priv);
        break;
    }
  };

  const block = (b: Block, inherited: boolean) => {
    const schema = BLOCK_SCHEMAS.get(b.blockType.name);
    const el = b.blockType.name === 'context' ? modelBlockOf(result.model, file, b) : undefined;
    const privileged = inherited || (!!el && sem.isPrivileged(el));
    const priv: TokenModifier[] = privileged ? ['privileged'] : [];
    if (schema) push(b.blockType.range, 'type', priv);
    b.labels.forEach((l, i) => push(l.range, 'class', i === 0 && schema?.referenceable ? ['declaration', ...priv] : priv));
    for (const item of b.body) {
      if (item.type === 'block') { block(item, privileged); continue; }
      push(item.name.range, 'property', priv);
      const as = schema?.attributes.find((a) => a.name === item.name.name);
      const en = enumOf(as?.type);
      expr(item.value, en ? new Set(en.values.map((v) => v.value)) : undefined, priv);
    }
  };
  for (const item of src.ast.items) if (item.type === 'block') block(item, false);

  // Comments, one token per line.
  for (const c of src.ast.comments) {
    for (let line = c.range.start.line; line <= c.range.end.line; line++) {
      const start = line === c.range.start.line ? c.range.start.character : 0;
      const end = line === c.range.end.line ? c.range.end.character : src.lines.lineText(line).length;
      push({ start: { line, character: start }, end: { line, character: end } }, 'comment');
    }
  }
  return encode(tokens);
}

/** Sorts, drops overlapping tokens (the first one wins) and encodes relative to the previous token. */
export function encode(tokens: Token[]): number[] {
  tokens.sort((a, b) => a.line - b.line || a.start - b.start);
  const data: number[] = [];
  let line = 0, start = 0, end = -1, lastLine = -1;
  for (const t of tokens) {
    if (t.line === lastLine && t.start < end) continue;
    data.push(t.line - line, t.line === line ? t.start - start : t.start, t.length, t.type, t.mods);
    line = t.line;
    start = t.start;
    lastLine = t.line;
    end = t.start + t.length;
  }
  return data;
}

/** Decodes the relative encoding back into absolute tokens (for tests and debugging). */
export function decode(data: number[]): { line: number; start: number; length: number; type: TokenType; modifiers: TokenModifier[] }[] {
  const out: { line: number; start: number; length: number; type: TokenType; modifiers: TokenModifier[] }[] = [];
  let line = 0, start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    const mods = TOKEN_MODIFIERS.filter((_, k) => (data[i + 4] >> k) & 1);
    out.push({ line, start, length: data[i + 2], type: TOKEN_TYPES[data[i + 3]], modifiers: mods });
  }
  return out;
}
