// Reparsing only the top-level blocks an edit touched, without any tree kept from before. A large
// document keeps no wasm tree between edits (a 10,000-component file's tree is ~270 MB): after an
// edit, the lines from the start of the first top-level item the edit touches to the end of the
// last one are parsed on their own (as a text of their own, so that the document's text is never
// made whole: piece-text.ts), and every other item is
// taken over from the previous AST — as is where it lies before the edit, shifted by the number
// of lines the edit added or removed where it lies after.
//
// Soundness rests on the cuts: both ends of the region are line starts at the top level of the
// previous text (outside every item and every comment), the text before the region and after it
// is unchanged, and the region must parse without any error. A region that does not stand on its
// own (an edit that opened a string, a comment or a brace) has an error, and the caller parses the
// whole text instead. test/unit/region-reparse.test.ts checks the result against a whole parse on
// random edits of every example and fixture.
import { convertTree, type BodyItem, type Expr, type HclFile, type Label, type ObjectEntry, type Ident } from './hcl-ast';
import type { HclParser } from './parser';
import { AttributeNode, BlockNode, BoolExpr, CommentNode, EntryNode, IdentNode, LabelNode, NullExpr, NumberExpr, ObjectExpr, StringExpr, TraversalExpr, TupleExpr, UnsupportedExpr } from './ast-nodes';
import type { EditedSpan } from './ast-reuse';
import { comparePositions, packedRange, LineIndex, type Position, type Range } from './range';

/** The AST before the edit and the line index of the text it was built from. */
export interface PreviousRegions { ast: HclFile; lines: LineIndex }

/**
 * The AST of the text `lines` indexes, after an edit of the previous text, or undefined when the
 * region cannot be reparsed on its own (the previous text had problems, or the region has a
 * syntax error). Only the region is read from the text.
 */
export function reparseRegion(parser: HclParser, prev: PreviousRegions, lines: LineIndex, edited: EditedSpan): HclFile | undefined {
  if (prev.ast.problems.length > 0) return undefined;
  const oldLines = prev.lines;
  const oldLength = oldLines.length, newLength = lines.length;
  const max = Math.min(oldLength, newLength);
  const p = Math.max(0, Math.min(edited.prefix, max));
  const s = Math.max(0, Math.min(edited.suffix, max - p));
  const q = oldLength - s; // the end of the edit in the old text

  // A cut may not fall inside a top-level item or a comment that covers more than one line.
  // Items are in text order and found by binary search on their positions: typing in a large
  // file touches a few items, not all of them.
  const items = prev.ast.items;
  const longComments = prev.ast.comments.filter((c) => c.range.start.line !== c.range.end.line);
  const spanning = (at: number): number | undefined => {
    const pos = oldLines.positionAt(at);
    const found = prefixLength(items, (x) => comparePositions(x.range.start, pos) < 0) - 1;
    return found >= 0 && comparePositions(items[found].range.end, pos) > 0 ? found : undefined;
  };
  const commentAcross = (at: number): Range | undefined => {
    const pos = oldLines.positionAt(at);
    return longComments.find((c) => comparePositions(c.range.start, pos) < 0 && comparePositions(pos, c.range.end) < 0)?.range;
  };
  const lineAfter = (line: number) => (line + 1 < oldLines.lineCount ? oldLines.lineStart(line + 1) : oldLength);

  // The region's start: the start of the edited line, moved back out of any item or comment.
  let a = oldLines.lineStart(oldLines.positionAt(p).line);
  for (let guard = 0; guard < 4; guard++) {
    const i = spanning(a);
    if (i !== undefined) { a = oldLines.lineStart(items[i].range.start.line); continue; }
    const c = commentAcross(a);
    if (c) { a = oldLines.lineStart(c.start.line); continue; }
    break;
  }
  // The region's end: the start of the line after the edit, moved on past any item or comment.
  let b = lineAfter(oldLines.positionAt(q).line);
  for (let guard = 0; guard < 4; guard++) {
    const i = spanning(b);
    if (i !== undefined) { b = lineAfter(items[i].range.end.line); continue; }
    const c = commentAcross(b);
    if (c) { b = lineAfter(c.end.line); continue; }
    break;
  }
  if (spanning(a) !== undefined || spanning(b) !== undefined || commentAcross(a) || commentAcross(b)) return undefined;

  const delta = newLength - oldLength;
  // The region must still end with a line break: an edit that joined its last line to the next
  // item's line is left to a whole parse.
  const end = b + delta;
  if (end < newLength && lines.charCodeAt(end - 1) !== 10 && lines.charCodeAt(end - 1) !== 13) return undefined;
  const region = convertRegion(parser, lines, a, end);
  if (!region) return undefined;

  const lineShift = lines.lineCount - oldLines.lineCount;
  const out: HclFile = { items: [], comments: [], problems: [] };
  const aPos = oldLines.positionAt(a), bPos = oldLines.positionAt(b);
  // The items before the region (those that end by its start), the region's, and the items after
  // it (from the first that starts at its end), in one list of exactly their number: found by
  // binary search and copied by index, so a keystroke neither walks every item's range nor grows
  // a list by pushing (both made garbage in proportion to the design).
  const head = prefixLength(items, (x) => before(x.range.end, aPos));
  const tail = prefixLength(items, (x) => comparePositions(x.range.start, bPos) < 0);
  const list: BodyItem[] = new Array(head + region.items.length + items.length - tail);
  let k = 0;
  for (let i = 0; i < head; i++) list[k++] = items[i];
  for (let i = 0; i < region.items.length; i++) list[k++] = region.items[i];
  for (let i = tail; i < items.length; i++) list[k++] = lineShift ? shiftItem(items[i], lineShift) : items[i];
  out.items = list;
  for (const c of prev.ast.comments) if (before(c.range.end, aPos)) out.comments.push(c);
  for (const c of region.comments) out.comments.push(c);
  for (const c of prev.ast.comments) if (before(bPos, c.range.start)) out.comments.push(lineShift ? new CommentNode(c.text, shiftRange(c.range, lineShift)) : c);
  return out;
}

/**
 * Parse and convert [start, end) of the text as a text of its own; undefined when its tree has
 * any error or the conversion found a problem. `start` is a line start, so the region's positions
 * are the document's moved down by the lines before it (RegionLines).
 */
function convertRegion(parser: HclParser, lines: LineIndex, start: number, end: number): HclFile | undefined {
  if (start >= end) return { items: [], comments: [], problems: [] };
  const text = lines.slice(start, end);
  const tree = parser.parse(text);
  try {
    if (tree.rootNode.hasError) return undefined;
    const file = convertTree(tree, text, new RegionLines(text, lines.positionAt(start).line));
    return file.problems.length > 0 ? undefined : file;
  } finally {
    tree.delete();
  }
}

/** The line index of a region that starts at the start of line `first` of its document. */
class RegionLines extends LineIndex {
  constructor(text: string, private readonly first: number) { super(text); }
  override positionAt(offset: number): Position {
    const p = super.positionAt(offset);
    return { line: p.line + this.first, character: p.character };
  }
}

/** p ≤ q */
function before(p: Position, q: Position): boolean {
  return p.line < q.line || (p.line === q.line && p.character <= q.character);
}

/**
 * How many items, from the first, satisfy `leading` — a test that holds for a prefix of the items
 * (they are in text order and do not overlap) — found by binary search.
 */
function prefixLength(items: BodyItem[], leading: (item: BodyItem) => boolean): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (leading(items[mid])) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// Copies of items below the edit with their line numbers moved; the rest of each object is kept.
function shiftRange(r: Range, by: number): Range {
  const a = r.start, b = r.end;
  return packedRange(a.line + by, a.character, b.line + by, b.character);
}
function shiftIdent(i: Ident, by: number): Ident { return new IdentNode(i.name, shiftRange(i.range, by)); }
function shiftLabel(l: Label, by: number): Label { return new LabelNode(l.value, shiftRange(l.range, by), l.quoted); }
function shiftEntry(e: ObjectEntry, by: number): ObjectEntry { return new EntryNode(shiftIdent(e.key, by), shiftExpr(e.value, by), shiftRange(e.range, by)); }
function shiftExpr(e: Expr, by: number): Expr {
  const r = shiftRange(e.range, by);
  switch (e.kind) {
    case 'string': return new StringExpr(e.value, r);
    case 'number': return new NumberExpr(e.value, e.text, r);
    case 'bool': return new BoolExpr(e.value, r);
    case 'null': return new NullExpr(r);
    case 'tuple': return new TupleExpr(e.items.map((x) => shiftExpr(x, by)), r);
    case 'object': return new ObjectExpr(e.entries.map((x) => shiftEntry(x, by)), r);
    case 'traversal': return new TraversalExpr(e.parts.map((x) => shiftIdent(x, by)), r);
    case 'unsupported': return new UnsupportedExpr(e.what, r);
  }
}
export function shiftItem(item: BodyItem, by: number): BodyItem {
  if (item.type === 'attribute') return new AttributeNode(shiftIdent(item.name, by), shiftExpr(item.value, by), shiftRange(item.range, by));
  return new BlockNode(shiftIdent(item.blockType, by), item.labels.map((l) => shiftLabel(l, by)), item.body.map((x) => shiftItem(x, by)),
    shiftRange(item.range, by), item.open && shiftRange(item.open, by), item.close && shiftRange(item.close, by));
}
