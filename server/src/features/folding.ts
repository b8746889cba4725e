// Folding ranges: blocks, multi-line lists and objects, runs of line comments and block comments.
// A closing `}` or `]` on its own line stays visible, as in the JSON language service. Pure.
import type { FoldingRange } from 'vscode-languageserver-types';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { BodyItem, Expr } from '../syntax/hcl-ast';
import type { Range } from '../syntax/range';
import type { SourceFile } from '../model/types';
import { sourceFile } from './locate';

export function foldingRanges(result: CheckResult, file: string): FoldingRange[] {
  const src = sourceFile(result, file);
  if (!src) return [];
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    if (end > start) out.push(kind ? { startLine: start, endLine: end, kind } : { startLine: start, endLine: end });
  };
  const region = (r: Range, closer?: Range) => {
    const endPos = closer?.start ?? { line: r.end.line, character: Math.max(0, r.end.character - 1) };
    add(r.start.line, closesOwnLine(src, endPos) ? endPos.line - 1 : endPos.line);
  };
  const expr = (e: Expr) => {
    if (e.kind === 'tuple') { if (e.range.end.line > e.range.start.line) region(e.range); e.items.forEach(expr); }
    else if (e.kind === 'object') { if (e.range.end.line > e.range.start.line) region(e.range); e.entries.forEach((x) => expr(x.value)); }
  };
  const body = (items: BodyItem[]) => {
    for (const i of items) {
      if (i.type === 'attribute') expr(i.value);
      else { region(i.range, i.close); body(i.body); }
    }
  };
  body(src.ast.items);

  // Comments: a block comment over several lines folds on its own; consecutive lines that hold
  // only a line comment fold together.
  const comments = [...src.ast.comments].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  let run: { start: number; end: number } | undefined;
  const flush = () => { if (run) add(run.start, run.end, FoldingRangeKind.Comment); run = undefined; };
  for (const c of comments) {
    if (c.text.startsWith('/*')) {
      flush();
      add(c.range.start.line, c.range.end.line, FoldingRangeKind.Comment);
      continue;
    }
    const line = c.range.start.line;
    if (src.lines.lineText(line).slice(0, c.range.start.character).trim() !== '') { flush(); continue; }
    if (run && line === run.end + 1) run.end = line;
    else { flush(); run = { start: line, end: line }; }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Whether the closing brace or bracket at `pos` is the first thing on its line. */
function closesOwnLine(src: SourceFile, pos: { line: number; character: number }): boolean {
  return src.lines.lineText(pos.line).slice(0, pos.character).trim() === '';
}
