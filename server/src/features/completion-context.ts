// Where the cursor is, for completion, computed from the text so that it works while the user is
// typing and the tree is broken. A small tolerant scanner tracks blocks, lists and statements;
// when the file parses cleanly the enclosing blocks come from the AST instead.
import type { HclFile } from '../syntax/hcl-ast';
import { comparePositions, containsPosition, lineBreakAt, type LineIndex, type Position } from '../syntax/range';
import { BLOCK_SCHEMAS } from '../schema/language';
import { blockPathAt } from './locate';

/** One enclosing block: its type, labels, the attributes and nested block types it already has. */
export interface BlockInfo {
  type: string;
  labels: string[];
  attributes: Set<string>;
  children: Map<string, number>;
}

export type CursorWhere =
  /** At the start of a statement: an attribute name or a (nested) block type. */
  | { kind: 'statement' }
  /** Writing label `index` of a block header, inside quotes when `inString`. */
  | { kind: 'label'; blockType: string; index: number; inString: boolean }
  /** Writing the value of `attribute` (or an item of its list). `typed` is the reference type before a dot. */
  | { kind: 'value'; attribute: string; inList: boolean; inString: boolean; listItems: string[]; afterDot?: { type: string; nameStart: number } }
  | { kind: 'none' };

export interface CursorContext {
  /** Enclosing blocks, outermost first; empty at top level. */
  blocks: BlockInfo[];
  where: CursorWhere;
  /** Offset where the word being completed starts, and where it ends (the cursor or further). */
  wordStart: number;
  wordEnd: number;
  /** Referenceable elements declared in this text (they may be missing from a broken model). */
  declared: { type: string; name: string }[];
}

type TokKind = 'ident' | 'string' | 'number' | 'punct' | 'newline';
interface Tok { k: TokKind; v: string; start: number; end: number; closed?: boolean }

interface BlockFrame {
  kind: 'block';
  type: string;
  labels: string[];
  open: number;
  attributes: Set<string>;
  /** Where each attribute name was written, to ignore the one under the cursor. */
  attributeAt: Map<string, number[]>;
  children: Map<string, number>;
  stmt: Tok[];
}
interface ListFrame { kind: 'list'; open: number; attribute?: string; tail: Tok[]; items: { text: string; start: number; end: number }[] }
interface OtherFrame { kind: 'other'; open: number; closer: string }
type Frame = BlockFrame | ListFrame | OtherFrame;

interface ScanState {
  stack: Frame[];
  /** The cursor is inside a comment. */
  inComment: boolean;
  /** The last token, when it is an unterminated string reaching the end of the scanned text. */
  openString?: Tok;
  declared: { type: string; name: string }[];
  frames: Map<number, Frame>;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;

/** Scans `text` up to `end`, feeding tokens to the structure tracker. */
function scan(text: string, end: number): ScanState {
  const root: BlockFrame = { kind: 'block', type: '', labels: [], open: -1, attributes: new Set(), attributeAt: new Map(), children: new Map(), stmt: [] };
  const st: ScanState = { stack: [root], inComment: false, declared: [], frames: new Map() };
  let i = 0;
  while (i < end) {
    const c = text[i];
    // Lines end at `\r\n`, `\n` or a lone `\r`, as in LSP and the parser.
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) { feed(st, { k: 'newline', v: '\n', start: i, end: i + 1 }); i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const nl = lineBreakAt(text, i, end);
      if (nl >= end) { st.inComment = true; return st; }
      i = nl;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0 || close + 2 > end) { st.inComment = true; return st; }
      i = close + 2;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let closed = false;
      let v = '';
      while (j < end) {
        const d = text[j];
        if (d === '\\' && j + 1 < end) { v += text[j + 1]; j += 2; continue; }
        if (d === '"') { closed = true; j++; break; }
        if (d === '\n' || d === '\r') break;
        v += d;
        j++;
      }
      const tok: Tok = { k: 'string', v, start: i, end: j, closed };
      if (!closed && j >= end) st.openString = tok;
      feed(st, tok);
      i = j;
      continue;
    }
    if (c === '<' && text[i + 1] === '<') {
      // Heredoc: skip to the terminator line.
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i, Math.min(end, i + 80)));
      if (m) {
        const term = new RegExp(`\\n[ \\t]*${m[1]}[ \\t]*(\\r?\\n|$)`, 'g');
        term.lastIndex = i;
        const found = term.exec(text);
        const stop = found && found.index + found[0].length <= end ? found.index + found[0].length - (found[1] ? found[1].length : 0) : end;
        feed(st, { k: 'string', v: '', start: i, end: stop, closed: true });
        i = stop;
        continue;
      }
    }
    if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < end && IDENT_PART.test(text[j])) j++;
      feed(st, { k: 'ident', v: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < end && /[0-9A-Za-z_]/.test(text[j])) j++;
      if (text[j] === '.' && /[0-9]/.test(text[j + 1] ?? '')) { j++; while (j < end && /[0-9]/.test(text[j])) j++; }
      feed(st, { k: 'number', v: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    feed(st, { k: 'punct', v: c, start: i, end: i + 1 });
    i++;
  }
  return st;
}

function nearestBlock(stack: Frame[]): BlockFrame {
  for (let i = stack.length - 1; i >= 0; i--) { const f = stack[i]; if (f.kind === 'block') return f; }
  return stack[0] as BlockFrame;
}

function attributeOf(stmt: Tok[]): string | undefined {
  return stmt.length >= 2 && stmt[0].k === 'ident' && stmt[1].v === '=' && stmt[1].k === 'punct' ? stmt[0].v : undefined;
}

function isHeader(stmt: Tok[]): boolean {
  return stmt.length >= 1 && stmt[0].k === 'ident' && stmt.slice(1).every((t) => t.k === 'ident' || t.k === 'string');
}

function feed(st: ScanState, t: Tok): void {
  const stack = st.stack;
  const top = stack[stack.length - 1];
  if (t.k === 'newline') {
    if (top.kind === 'block') top.stmt = [];
    return;
  }
  if (t.k === 'punct') {
    switch (t.v) {
      case '{': {
        if (top.kind === 'block' && isHeader(top.stmt)) {
          const type = top.stmt[0].v;
          const labels = top.stmt.slice(1).map((x) => x.v);
          const frame: BlockFrame = { kind: 'block', type, labels, open: t.start, attributes: new Set(), attributeAt: new Map(), children: new Map(), stmt: [] };
          top.children.set(type, (top.children.get(type) ?? 0) + 1);
          if (labels[0] !== undefined && BLOCK_SCHEMAS.get(type)?.referenceable) st.declared.push({ type, name: labels[0] });
          top.stmt = [];
          stack.push(frame);
          st.frames.set(t.start, frame);
        } else {
          stack.push({ kind: 'other', open: t.start, closer: '}' });
        }
        return;
      }
      case '}': {
        while (stack.length > 1) {
          const f = stack.pop()!;
          if (f.kind === 'block') { nearestBlock(stack).stmt = []; return; }
          if (f.kind === 'other' && f.closer === '}') return;
        }
        return;
      }
      case '[': {
        const attribute = top.kind === 'block' ? attributeOf(top.stmt) : top.kind === 'list' ? top.attribute : undefined;
        if (top.kind === 'block') top.stmt.push(t);
        const frame: ListFrame = { kind: 'list', open: t.start, attribute, tail: [], items: [] };
        stack.push(frame);
        st.frames.set(t.start, frame);
        return;
      }
      case ']':
        if (top.kind === 'list') stack.pop();
        return;
      case '(':
        stack.push({ kind: 'other', open: t.start, closer: ')' });
        return;
      case ')':
        if (top.kind === 'other' && top.closer === ')') stack.pop();
        return;
      case ',':
        if (top.kind === 'list') top.tail = [];
        else if (top.kind === 'block') top.stmt.push(t);
        return;
      case '=':
        if (top.kind === 'block' && top.stmt.length === 1 && top.stmt[0].k === 'ident') {
          const name = top.stmt[0].v;
          top.attributes.add(name);
          const at = top.attributeAt.get(name) ?? [];
          at.push(top.stmt[0].start);
          top.attributeAt.set(name, at);
        }
        break;
    }
  }
  if (top.kind === 'block') top.stmt.push(t);
  else if (top.kind === 'list') {
    top.tail.push(t);
    // Items as written: strings, and traversals assembled from `ident . ident`.
    const last = top.items[top.items.length - 1];
    if (t.k === 'string') top.items.push({ text: t.v, start: t.start, end: t.end });
    else if (t.k === 'ident' || (t.k === 'punct' && t.v === '.')) {
      if (last && last.end === t.start && top.tail.length > 1) { last.text += t.v; last.end = t.end; }
      else if (t.k === 'ident') top.items.push({ text: t.v, start: t.start, end: t.end });
    }
  }
}

/**
 * The completion context at `pos`. `ast` is used for the enclosing blocks when it was parsed from
 * this very text without syntax problems; otherwise the scanner's view of the text is used.
 */
export function cursorContext(text: string, lines: LineIndex, pos: Position, ast?: HclFile): CursorContext {
  const offset = lines.offsetAt(pos);
  const before = scan(text, offset);
  const full = scan(text, text.length);
  let wordEnd = offset;
  while (wordEnd < text.length && IDENT_PART.test(text[wordEnd])) wordEnd++;
  const ctx: CursorContext = { blocks: [], where: { kind: 'none' }, wordStart: offset, wordEnd, declared: full.declared };

  // Enclosing blocks: from the AST when it is trustworthy, else from the full scan (so attributes
  // written after the cursor count as set), matched to the frames open at the cursor.
  const openBlocks = before.stack.filter((f): f is BlockFrame => f.kind === 'block').slice(1);
  const fromAst = ast && ast.problems.length === 0 ? astBlocks(ast, pos) : undefined;
  if (fromAst && fromAst.length === openBlocks.length) ctx.blocks = fromAst;
  else {
    ctx.blocks = openBlocks.map((f) => {
      const whole = full.frames.get(f.open);
      const g = whole && whole.kind === 'block' ? whole : f;
      const attributes = new Set([...g.attributes].filter((a) => !(g.attributeAt.get(a) ?? []).every((s) => s <= offset && offset <= s + a.length)));
      return { type: g.type, labels: g.labels, attributes, children: g.children };
    });
  }

  if (before.inComment) return ctx;
  const stack = before.stack;
  const top = stack[stack.length - 1];
  const blk = nearestBlock(stack);
  const str = before.openString;

  if (str) {
    ctx.wordStart = str.start + 1;
    if (top.kind === 'list') {
      if (top.attribute && top.tail.length === 1) ctx.where = { kind: 'value', attribute: top.attribute, inList: true, inString: true, listItems: listItems(full, top, offset) };
      return ctx;
    }
    if (top.kind !== 'block') return ctx;
    const stmt = top.stmt.slice(0, -1);
    const attribute = attributeOf(stmt);
    if (attribute && stmt.length === 2) ctx.where = { kind: 'value', attribute, inList: false, inString: true, listItems: [] };
    else if (isHeader(stmt) && !attributeOf(top.stmt)) ctx.where = { kind: 'label', blockType: stmt[0].v, index: stmt.length - 1, inString: true };
    return ctx;
  }

  // Not in a string: look at the tokens of the statement (or list item) being written.
  const tail = top.kind === 'list' ? top.tail : top.kind === 'block' ? top.stmt : undefined;
  if (!tail) return ctx;
  const touching = (t: Tok | undefined) => !!t && t.end === offset;
  if (top.kind === 'block') {
    if (tail.length === 0 || (tail.length === 1 && tail[0].k === 'ident' && touching(tail[0]))) {
      ctx.wordStart = tail[0]?.start ?? offset;
      ctx.where = { kind: 'statement' };
      return ctx;
    }
  }
  const attribute = top.kind === 'list' ? top.attribute : attributeOf(blk.stmt);
  if (!attribute) return ctx;
  const value = top.kind === 'list' ? tail : tail.slice(2);
  const inList = top.kind === 'list';
  const items = inList ? listItems(full, top, offset) : [];
  const base = { kind: 'value' as const, attribute, inList, inString: false, listItems: items };
  if (value.length === 0) { ctx.where = base; return ctx; }
  const last = value[value.length - 1];
  if (!touching(last)) return ctx;
  // `partial`, `type.`, `type.partial`
  if (value.length === 1 && (last.k === 'ident' || last.k === 'number')) { ctx.wordStart = last.start; ctx.where = base; return ctx; }
  if (value.length === 2 && value[0].k === 'ident' && last.v === '.') {
    ctx.wordStart = offset;
    ctx.where = { ...base, afterDot: { type: value[0].v, nameStart: offset } };
    return ctx;
  }
  if (value.length === 3 && value[0].k === 'ident' && value[1].v === '.' && last.k === 'ident') {
    ctx.wordStart = last.start;
    ctx.where = { ...base, afterDot: { type: value[0].v, nameStart: last.start } };
    return ctx;
  }
  return ctx;
}

/** Items of the list open at the cursor, from the full scan, without the one being edited. */
function listItems(full: ScanState, list: ListFrame, offset: number): string[] {
  const whole = full.frames.get(list.open);
  const items = whole && whole.kind === 'list' ? whole.items : list.items;
  return items.filter((x) => !(x.start <= offset && offset <= x.end)).map((x) => x.text);
}

/** The enclosing blocks from a clean AST: only when the cursor is between a block's braces. */
function astBlocks(ast: HclFile, pos: Position): BlockInfo[] | undefined {
  const path = blockPathAt(ast.items, pos).filter((b) => b.open && comparePositions(b.open.end, pos) <= 0 && (!b.close || comparePositions(pos, b.close.start) <= 0));
  if (path.some((b) => !b.open)) return undefined;
  return path.map((b) => {
    const attributes = new Set<string>();
    const children = new Map<string, number>();
    for (const item of b.body) {
      if (item.type === 'attribute') { if (!containsPosition(item.name.range, pos)) attributes.add(item.name.name); }
      else children.set(item.blockType.name, (children.get(item.blockType.name) ?? 0) + 1);
    }
    return { type: b.blockType.name, labels: b.labels.map((l) => l.value), attributes, children };
  });
}
