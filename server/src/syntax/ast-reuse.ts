// Reusing top-level items of the previous AST after an edit. Typing rarely changes the number of
// lines, and then every top-level block that lies wholly outside the edited lines has exactly the
// same text, at exactly the same positions, as before: its AST can be taken over instead of being
// rebuilt through wasm. The new tree stays the authority: an old item is reused only where the new
// tree has a top-level node of the same kind spanning exactly the same range.
import type { BodyItem, Comment, HclFile } from './hcl-ast';
import type { LineIndex, Range } from './range';

export interface PreviousAst { ast: HclFile; text: string; lines: LineIndex }

export type Reuse = (kind: 'attribute' | 'block', range: Range) => BodyItem | undefined;

/**
 * What an editor knows about the edits since the previous text: the first `prefix` characters
 * and the last `suffix` characters are unchanged. Lower bounds are fine (less is reused).
 */
export interface EditedSpan { prefix: number; suffix: number }

/**
 * A lookup for the converter, or undefined when nothing can be reused: the line count changed, or
 * either text had syntax problems (then positions or structure may differ outside the edit).
 */
export function reuseLookup(prev: PreviousAst | undefined, text: string, lines: LineIndex, comments: Comment[], edited?: EditedSpan): Reuse | undefined {
  if (!prev || prev.ast.problems.length > 0 || prev.lines.lineCount !== lines.lineCount) return undefined;
  const old = prev.text;
  const max = Math.min(old.length, text.length);
  let p = 0, s = 0;
  if (edited) {
    // The editor said where it edited: no need to compare megabytes of text.
    p = Math.max(0, Math.min(edited.prefix, max));
    s = Math.max(0, Math.min(edited.suffix, max - p));
  } else {
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  }
  // The edited lines, the same numbers in both texts since the line count is unchanged.
  const first = prev.lines.positionAt(p).line;
  const last = prev.lines.positionAt(old.length - s).line;
  const byStart = new Map<string, BodyItem>();
  for (const item of prev.ast.items) byStart.set(key(item.range), item);
  const oldComments = [...prev.ast.comments].sort(comparePos);
  return (kind, range) => {
    if (!(range.end.line < first || range.start.line > last)) return undefined;
    const item = byStart.get(key(range));
    if (!item || (item.type === 'attribute') !== (kind === 'attribute') || !sameEnd(item.range, range)) return undefined;
    // Comments inside a reused item come along; those between items are visited by the walk.
    for (const c of oldComments) {
      if (c.range.start.line > range.end.line) break;
      if (inside(c.range, range)) comments.push(c);
    }
    return item;
  };
}

function key(r: Range): string { return `${r.start.line}:${r.start.character}`; }
function sameEnd(a: Range, b: Range): boolean { return a.end.line === b.end.line && a.end.character === b.end.character; }
function comparePos(a: Comment, b: Comment): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
function inside(inner: Range, outer: Range): boolean {
  const afterStart = inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character);
  const beforeEnd = inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character);
  return afterStart && beforeEnd;
}
