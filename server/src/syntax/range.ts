// Positions are LSP-shaped (0-based line, UTF-16 character) so every layer can share them.
// tree-sitter reports columns in UTF-16 code units for JS strings, which is LSP's default encoding.
import type { PieceText } from './piece-text';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export function range(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

/*
 * The AST's ranges are stored packed. A plain range is three V8 objects of 40 bytes (itself and
 * its two positions), and a design of 10,000 components has over 400,000 of them: 44 MB, the
 * largest part of the server's heap. A packed range is one object of 40 bytes holding each end
 * as one small integer (line × 4096 + character), or 56 bytes holding four when a position does
 * not fit (a line of 4,096 characters or more, or a file of over 500,000 lines). Its positions
 * are made when read (short-lived, so cheap for the young generation) and it serialises as a
 * plain range. A structured clone (postMessage) copies only its fields, so whatever crosses a
 * worker boundary must go through JSON first (web/main.ts).
 */
const CHARS = 4096;
const MAX_LINE = Math.floor(0x7fffffff / CHARS) - 1;

export class PackedRange implements Range {
  /** Each end as line × 4096 + character (ast-nodes.ts keeps these two numbers in a node). */
  constructor(readonly s: number, readonly e: number) {}
  get start(): Position { return { line: Math.floor(this.s / CHARS), character: this.s % CHARS }; }
  get end(): Position { return { line: Math.floor(this.e / CHARS), character: this.e % CHARS }; }
  toJSON(): Range { return { start: this.start, end: this.end }; }
}

class WideRange implements Range {
  constructor(private readonly sl: number, private readonly sc: number, private readonly el: number, private readonly ec: number) {}
  get start(): Position { return { line: this.sl, character: this.sc }; }
  get end(): Position { return { line: this.el, character: this.ec }; }
  toJSON(): Range { return { start: this.start, end: this.end }; }
}

/** A compact, read-only range (see above): for ranges kept as long as a document is open. */
export function packedRange(sl: number, sc: number, el: number, ec: number): Range {
  return sc < CHARS && ec < CHARS && sl <= MAX_LINE && el <= MAX_LINE
    ? new PackedRange(sl * CHARS + sc, el * CHARS + ec)
    : new WideRange(sl, sc, el, ec);
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

export function containsRange(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/**
 * The offset of the first line break (`\n` or `\r`) in [from, to), or `to`: where a line comment
 * or the line it is on ends, by LSP's rule (the parser reads a lone `\r` as `\n`, parser.ts).
 */
export function lineBreakAt(text: string, from: number, to = text.length): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return to;
}

/**
 * Converts between offsets and positions for one text; built once per text. Lines end as LSP
 * defines it: at `\r\n`, `\n` or a lone `\r`. This is the one line index of the project: the
 * server, the CLI and every feature count lines the same way as the client does.
 */
/** How many recent positions a line index hands out again (a power of two). */
const RECENT = 16;
/**
 * An edit that keeps the number of lines moves the starts of the lines after it: a line index
 * keeps up to this many such moves beside the starts it shares with the index before the edit,
 * instead of copying all the starts (0.5 MB per keystroke at 10,000 components).
 */
const MAX_SHIFTS = 16;

export class LineIndex {
  /** Recently computed positions by offset (see positionAt), created on first use. */
  private recent: { offsets: Int32Array; positions: Position[] } | undefined;
  /** Line start offsets in a typed array: half the memory of a number[], and copied in one call on an edit. */
  private readonly starts: Int32Array;
  /** Moves of the starts (pairs: from this line on, add this much); see MAX_SHIFTS. */
  private readonly shifts: Int32Array | undefined = undefined;
  /** The indexed text: a string, or a large open document's pieces (piece-text.ts). */
  private readonly source: string | PieceText;
  constructor(text: string | PieceText) {
    this.source = text;
    const starts = [0];
    const whole = typeof text === 'string' ? text : text.toString();
    for (let i = 0; i < whole.length; i++) {
      const c = whole.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (whole.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = Int32Array.from(starts);
  }
  /** The whole text (a document held in pieces is made whole on first use). */
  get text(): string { return typeof this.source === 'string' ? this.source : this.source.toString(); }
  /** The length of the text, without making it whole. */
  get length(): number { return this.source.length; }
  /** A part of the text, without making it whole. */
  slice(from: number, to: number): string { return this.source.slice(from, to); }
  /** One UTF-16 unit of the text, without making it whole. */
  charCodeAt(i: number): number { return this.source.charCodeAt(i); }
  get lineCount(): number { return this.starts.length; }
  /** The offset at which a line starts (0 ≤ line < lineCount). */
  lineStart(line: number): number {
    let start = this.starts[line];
    const shifts = this.shifts;
    if (shifts !== undefined) for (let k = 0; k < shifts.length; k += 2) if (line >= shifts[k]) start += shifts[k + 1];
    return start;
  }
  /**
   * The offset of a position. Out-of-range positions are clamped as the protocol asks: a
   * character past the end of its line means the end of the line (before its line break).
   */
  offsetAt(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.source.length;
    return Math.min(this.lineStart(p.line) + Math.max(0, p.character), this.lineEnd(p.line));
  }
  /**
   * The position of an offset. Positions are never modified by anyone, so the few most recent
   * ones are handed out again: an attribute starts where its name starts and ends where its value
   * ends, and sharing those objects is a tenth of a large AST's memory.
   */
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.source.length));
    // Inside a `\r\n` pair is not a position of its own: it is the end of that line.
    if (offset > 0 && offset < this.source.length && this.source.charCodeAt(offset) === 10 && this.source.charCodeAt(offset - 1) === 13) offset--;
    const recent = (this.recent ??= { offsets: new Int32Array(RECENT).fill(-1), positions: new Array<Position>(RECENT) });
    const slot = offset & (RECENT - 1);
    if (recent.offsets[slot] === offset) return recent.positions[slot];
    const line = this.lineAt(offset);
    const p = { line, character: offset - this.lineStart(line) };
    recent.offsets[slot] = offset;
    recent.positions[slot] = p;
    return p;
  }
  /** The last line that starts at or before `offset` (no `\r\n` adjustment: see positionAt). */
  lineAt(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStart(mid) <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  /** The packed range (see packedRange) between two offsets: what the AST keeps. */
  rangeOf(from: number, to: number): Range {
    const a = this.positionAt(from), b = this.positionAt(to);
    return packedRange(a.line, a.character, b.line, b.character);
  }
  /** The offset just before the line break that ends `line` (or the end of the text). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.source.length;
    const next = this.lineStart(line + 1);
    return this.source.charCodeAt(next - 1) === 10 && this.source.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }
  /** The offset at which each line starts (do not modify: it may be shared). */
  lineStarts(): Readonly<Int32Array> {
    if (this.shifts === undefined) return this.starts;
    const starts = Int32Array.from(this.starts);
    for (let k = 0; k < this.shifts.length; k += 2) {
      for (let i = this.shifts[k], delta = this.shifts[k + 1]; i < starts.length; i++) starts[i] += delta;
    }
    return starts;
  }
  /** An index whose line starts are already known (see line-index-edit.ts). */
  static withStarts(text: string | PieceText, starts: Int32Array, shifts?: Int32Array): LineIndex {
    const index = Object.create(LineIndex.prototype) as LineIndex;
    Object.assign(index, { recent: undefined, starts, shifts, source: text });
    return index;
  }
  /**
   * The index of `text`, which has the lines of the indexed text with the starts from `line` on
   * moved by `delta` (line-index-edit.ts): the starts are shared, not copied.
   */
  shifted(text: string | PieceText, line: number, delta: number): LineIndex {
    if (delta === 0 || line >= this.starts.length) return LineIndex.withStarts(text, this.starts, this.shifts);
    const before = this.shifts;
    if (before && before.length >= 2 * MAX_SHIFTS) {
      const starts = this.lineStarts() as Int32Array; // a copy: there are shifts to apply
      for (let i = line; i < starts.length; i++) starts[i] += delta;
      return LineIndex.withStarts(text, starts);
    }
    const shifts = new Int32Array((before?.length ?? 0) + 2);
    if (before) shifts.set(before);
    shifts[shifts.length - 2] = line;
    shifts[shifts.length - 1] = delta;
    return LineIndex.withStarts(text, this.starts, shifts);
  }
  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    return this.source.slice(this.lineStart(line), this.lineEnd(line));
  }
}
