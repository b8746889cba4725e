// The text of a large open document, held as pieces of a few thousand characters. A string
// edited in V8 is rebuilt whole the first time a character of it is read: at 10,000 components
// that is 3.7 MB on every keystroke, a large object that outlives the young generation and piles
// up until the next major collection. An edit of a PieceText copies the one or two pieces it
// touches and the list of pieces (a few hundred entries), and the text is made whole only when a
// feature asks for all of it (`toString`). The pieces of a text opened or made whole are slices
// of that one string, which V8 keeps as views of it, so holding them costs no second copy.
//
// Versions share pieces and are never modified: the previous version stays valid for the AST
// reuse after an edit.

/** Characters per piece; an edited piece is split again beyond twice this. */
export const PIECE_CHARS = 8192;

export class PieceText {
  /** The whole text, once made (the pieces are then views of it). */
  private whole: string | undefined;

  private constructor(
    private pieces: string[],
    /** The offset just after each piece. */
    private ends: Int32Array,
    readonly length: number,
    /** Characters per piece (tests use small pieces). */
    private readonly size: number,
  ) {}

  static from(text: string, size = PIECE_CHARS): PieceText {
    const t = new PieceText(...cut(text, 0, size), text.length, size);
    t.whole = text;
    return t;
  }

  /** The whole text (made once per version; the pieces become views of it). */
  toString(): string {
    if (this.whole === undefined) {
      const text = this.pieces.join('');
      [this.pieces, this.ends] = cut(text, 0, this.size);
      this.whole = text;
    }
    return this.whole;
  }

  /** Whether the whole text has been made (tests count what a keystroke makes whole). */
  get isWhole(): boolean { return this.whole !== undefined; }

  charCodeAt(i: number): number {
    if (this.whole !== undefined) return this.whole.charCodeAt(i);
    if (i < 0 || i >= this.length) return NaN;
    const k = this.pieceAt(i);
    return this.pieces[k].charCodeAt(i - this.start(k));
  }

  slice(from = 0, to = this.length): string {
    if (this.whole !== undefined) return this.whole.slice(from, to);
    const a = Math.max(0, Math.min(from, this.length)), b = Math.max(a, Math.min(to, this.length));
    if (a === b) return '';
    const k = this.pieceAt(a), m = this.pieceAt(b - 1);
    if (k === m) return this.pieces[k].slice(a - this.start(k), b - this.start(k));
    let out = this.pieces[k].slice(a - this.start(k));
    for (let j = k + 1; j < m; j++) out += this.pieces[j];
    return out + this.pieces[m].slice(0, b - this.start(m));
  }

  /** A new version with [from, to) replaced by `inserted` (offsets are clamped). */
  edit(from: number, to: number, inserted: string): PieceText {
    const a = Math.max(0, Math.min(from, this.length)), b = Math.max(a, Math.min(to, this.length));
    const k = this.pieceAt(a), m = b > a ? this.pieceAt(b - 1) : k;
    const s = this.start(k), e = this.ends[m];
    const merged = this.slice(s, a) + inserted + this.slice(b, e);
    const [mid, midEnds] = merged.length > 2 * this.size ? cut(merged, s, this.size) : [[merged], Int32Array.of(s + merged.length)];
    const n = this.pieces.length, delta = inserted.length - (b - a);
    const pieces = new Array<string>(n - (m - k + 1) + mid.length);
    const ends = new Int32Array(pieces.length);
    let j = 0;
    for (let i = 0; i < k; i++, j++) { pieces[j] = this.pieces[i]; ends[j] = this.ends[i]; }
    for (let i = 0; i < mid.length; i++, j++) { pieces[j] = mid[i]; ends[j] = midEnds[i]; }
    for (let i = m + 1; i < n; i++, j++) { pieces[j] = this.pieces[i]; ends[j] = this.ends[i] + delta; }
    return new PieceText(pieces, ends, this.length + delta, this.size);
  }

  private start(k: number): number { return k > 0 ? this.ends[k - 1] : 0; }

  /** The piece holding offset i: the first whose end is past i (the last one for the end of the text). */
  private pieceAt(i: number): number {
    let lo = 0, hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] > i) hi = mid; else lo = mid + 1;
    }
    return lo;
  }
}

/** `text` in pieces of `size` characters (at least one), with their end offsets counted from `base`. */
function cut(text: string, base: number, size: number): [string[], Int32Array] {
  const n = Math.max(1, Math.ceil(text.length / size));
  const pieces = new Array<string>(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const end = Math.min(text.length, (i + 1) * size);
    pieces[i] = text.slice(i * size, end);
    ends[i] = base + end;
  }
  return [pieces, ends];
}
