// Outline (document symbols) and workspace symbols, from the AST so that blocks the model builder
// rejects (unknown or duplicate) still appear. Pure.
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { Block } from '../syntax/hcl-ast';
import { blockDetail, sourceFile } from './locate';

const KINDS: Record<string, SymbolKind> = {
  agent: SymbolKind.Module,
  context: SymbolKind.Namespace,
  component: SymbolKind.Class,
  input: SymbolKind.Variable,
  deployment: SymbolKind.Package,
  channel: SymbolKind.Interface,
  waiver: SymbolKind.Key,
  review: SymbolKind.Object,
  rule: SymbolKind.Key,
};

function kindOf(type: string): SymbolKind {
  return KINDS[type] ?? SymbolKind.Struct;
}

function nameOf(b: Block): string {
  const label = b.labels[0]?.value;
  return label !== undefined && label.trim() !== '' ? label : b.blockType.name;
}

function blockSymbol(b: Block): DocumentSymbol {
  const labelled = b.labels[0] !== undefined && b.labels[0].value.trim() !== '';
  const detail = [labelled ? b.blockType.name : undefined, blockDetail(b)].filter((x) => x).join(' · ');
  return {
    name: nameOf(b),
    detail: detail || undefined,
    kind: kindOf(b.blockType.name),
    range: b.range,
    selectionRange: labelled ? b.labels[0].range : b.blockType.range,
    children: b.body.filter((i): i is Block => i.type === 'block').map(blockSymbol),
  };
}

/** The outline of one file: contexts with their components and nested blocks, and every top-level block. */
export function documentSymbols(result: CheckResult, file: string): DocumentSymbol[] {
  const src = sourceFile(result, file);
  if (!src) return [];
  return src.ast.items.filter((i): i is Block => i.type === 'block').map(blockSymbol);
}

/**
 * Named blocks across every file of the model (or of several models) whose name, or `TYPE.NAME`,
 * contains the characters of `query` in order.
 */
export function workspaceSymbols(results: CheckResult | readonly CheckResult[], query: string): SymbolInformation[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const out: SymbolInformation[] = [];
  const visit = (b: Block, uri: string, container: string | undefined) => {
    const label = b.labels[0];
    const name = nameOf(b);
    if (label && label.value.trim() !== '' && (matches(name, q) || matches(`${b.blockType.name}.${name}`, q))) {
      out.push({ name, kind: kindOf(b.blockType.name), location: { uri, range: label.range }, containerName: container });
    }
    for (const i of b.body) if (i.type === 'block') visit(i, uri, label ? name : container);
  };
  const all = Array.isArray(results) ? results : [results as CheckResult];
  const seen = new Set<string>();
  for (const result of all) {
    for (const f of result.model.files) {
      if (seen.has(f.file)) continue;
      seen.add(f.file);
      for (const i of f.ast.items) if (i.type === 'block') visit(i, f.file, undefined);
    }
  }
  return out;
}

function matches(name: string, q: string): boolean {
  if (!q) return true;
  const n = name.toLowerCase();
  let j = 0;
  for (let i = 0; i < n.length && j < q.length; i++) if (n[i] === q[j]) j++;
  return j === q.length;
}
