// Smart selection: word → string contents → value or list item → list → attribute → block →
// parent block. Pure.
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { Expr } from '../syntax/hcl-ast';
import { comparePositions, containsPosition, containsRange, type Range } from '../syntax/range';
import { blockPathAt, labelInnerRange, sourceFile, stringInnerRange } from './locate';

export function selectionRanges(result: CheckResult, file: string, positions: Position[]): SelectionRange[] {
  const src = sourceFile(result, file);
  return positions.map((pos) => {
    const ranges: Range[] = [];
    if (src) {
      const path = blockPathAt(src.ast.items, pos);
      for (const b of path) ranges.push(b.range);
      const b = path[path.length - 1];
      if (b) {
        if (containsPosition(b.blockType.range, pos)) ranges.push(b.blockType.range);
        for (const l of b.labels) if (containsPosition(l.range, pos)) { ranges.push(l.range); if (l.quoted) ranges.push(labelInnerRange(l)); }
        for (const i of b.body) {
          if (i.type !== 'attribute' || !containsPosition(i.range, pos)) continue;
          ranges.push(i.range);
          if (containsPosition(i.name.range, pos)) ranges.push(i.name.range);
          exprRanges(i.value, pos, ranges);
        }
      }
    }
    return chain(ranges, pos);
  });
}

function exprRanges(e: Expr, pos: Position, out: Range[]): void {
  if (!containsPosition(e.range, pos)) return;
  out.push(e.range);
  switch (e.kind) {
    case 'string': {
      const inner = stringInnerRange(e.range);
      if (containsPosition(inner, pos)) out.push(inner);
      break;
    }
    case 'traversal':
      for (const p of e.parts) if (containsPosition(p.range, pos)) out.push(p.range);
      break;
    case 'tuple':
      for (const item of e.items) exprRanges(item, pos, out);
      break;
    case 'object':
      for (const entry of e.entries) {
        if (!containsPosition(entry.range, pos)) continue;
        out.push(entry.range);
        if (containsPosition(entry.key.range, pos)) out.push(entry.key.range);
        exprRanges(entry.value, pos, out);
      }
      break;
  }
}

/** Nests the ranges from the outermost to the innermost, dropping repeats and any that do not nest. */
function chain(ranges: Range[], pos: Position): SelectionRange {
  const sorted = [...ranges].sort((a, b) => comparePositions(a.start, b.start) || comparePositions(b.end, a.end));
  let current: SelectionRange | undefined;
  for (const r of sorted) {
    if (current && (same(current.range, r) || !containsRange(current.range, r))) continue;
    current = current ? { range: r, parent: current } : { range: r };
  }
  return current ?? { range: { start: pos, end: pos } };
}

function same(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
