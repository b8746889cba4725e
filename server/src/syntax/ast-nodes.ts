// The AST's node classes. A node keeps its range inline, as the two small integers of a packed
// range (range.ts), and makes the range object when it is read. A design of 10,000 components has
// over 400,000 nodes: a range object kept for each was 17 MB of the server's heap, and the model,
// which keeps nodes rather than ranges, reads them only when a rule or a feature asks.
//
// The fields are plain and enumerable, so two ASTs of the same text compare equal field by field
// (the tests compare incremental and whole parses that way), and toJSON gives the shape of the
// interfaces in hcl-ast.ts.
import { PackedRange, type Range } from './range';
import type { Attribute, Block, BodyItem, Comment, Expr, Ident, Label, ObjectEntry } from './hcl-ast';

/** The fields that hold packed positions rather than the interface's properties. */
const PACKED_FIELDS = new Set(['s', 'e', 'o', 'c', 'n', 'ni', 't', 'ti']);

/**
 * A node's `type` or `kind` lives on its class's prototype, not in each node (8 bytes times
 * 400,000 nodes); it reads the same, and the tests' deep comparisons compare prototypes.
 */
function tag(cls: { prototype: object }, key: 'type' | 'kind', value: string): void {
  Object.defineProperty(cls.prototype, key, { value, enumerable: false, writable: false });
}

export abstract class Spanned {
  /** The packed start (line × 4096 + character), or the whole range when it does not pack (then `e` is -1). */
  readonly s: number | Range;
  /** The packed end, or -1. */
  readonly e: number;
  constructor(r: Range) {
    if (r instanceof PackedRange) { this.s = r.s; this.e = r.e; } else { this.s = r; this.e = -1; }
  }
  get range(): Range { return this.e < 0 ? (this.s as Range) : new PackedRange(this.s as number, this.e); }
  /** The interface's shape (hcl-ast.ts): the packed fields become the ranges they stand for. */
  toJSON(): object {
    const out: Record<string, unknown> = {};
    const tagged = this as { type?: string; kind?: string };
    if (tagged.type !== undefined) out.type = tagged.type;
    if (tagged.kind !== undefined) out.kind = tagged.kind;
    for (const [k, v] of Object.entries(this)) if (!PACKED_FIELDS.has(k) && v !== undefined) out[k] = v;
    out.range = this.range;
    return out;
  }
}

/** Whether two packed positions are on one line (a packed position is line × 4096 + character). */
function sameLine(a: number, b: number): boolean { return Math.floor(a / 4096) === Math.floor(b / 4096); }

/**
 * What a node keeps of the name it starts with (an attribute's name, a block's type keyword):
 * nothing when the name is where it almost always is, at the node's packed start and on its line,
 * since its range then follows from that start and its length; else the name itself.
 */
function leadingName(node: Spanned, name: Ident): Ident | undefined {
  const at = node.s;
  return name instanceof Spanned && typeof at === 'number' && name.s === at && name.e === at + name.name.length && sameLine(at, name.e) ? undefined : name;
}
/** The name `leadingName` kept nothing of, made again from the node's start. */
function nameAt(node: Spanned, text: string): Ident {
  return new IdentNode(text, new PackedRange(node.s as number, (node.s as number) + text.length));
}

export class IdentNode extends Spanned implements Ident {
  constructor(readonly name: string, r: Range) { super(r); }
}

export class LabelNode extends Spanned implements Label {
  constructor(readonly value: string, r: Range, readonly quoted: boolean) { super(r); }
}

export class CommentNode extends Spanned implements Comment {
  constructor(readonly text: string, r: Range) { super(r); }
}

export class EntryNode extends Spanned implements ObjectEntry {
  constructor(readonly key: Ident, readonly value: Expr, r: Range) { super(r); }
}

/** An attribute keeps its name inline too: a name object per attribute was 4 MB at 10,000 components. */
export class AttributeNode extends Spanned implements Attribute {
  static { tag(this, 'type', 'attribute'); }
  declare readonly type: 'attribute';
  private readonly n: string;
  /** See leadingName. */
  private readonly ni: Ident | undefined;
  constructor(name: Ident, readonly value: Expr, r: Range) {
    super(r);
    this.n = name.name;
    this.ni = leadingName(this, name);
  }
  get name(): Ident { return this.ni ?? nameAt(this, this.n); }
  override toJSON(): object {
    return { ...(super.toJSON() as Record<string, unknown>), name: this.name };
  }
}

/**
 * A one-character range (a brace) kept as its packed start; anything else is kept as it is.
 * A block's braces were two more range objects per block.
 */
type Brace = number | Range | undefined;
function brace(r: Range | undefined): Brace {
  return r instanceof PackedRange && r.e === r.s + 1 ? r.s : r;
}
function braceRange(b: Brace): Range | undefined {
  return typeof b === 'number' ? new PackedRange(b, b + 1) : b;
}

export class BlockNode extends Spanned implements Block {
  static { tag(this, 'type', 'block'); }
  declare readonly type: 'block';
  /** The block type keyword, inline as an attribute's name is. */
  private readonly t: string;
  /** See leadingName. */
  private readonly ti: Ident | undefined;
  private readonly o: Brace;
  private readonly c: Brace;
  constructor(blockType: Ident, readonly labels: Label[], readonly body: BodyItem[], r: Range, open: Range | undefined, close: Range | undefined) {
    super(r);
    this.t = blockType.name;
    this.ti = leadingName(this, blockType);
    this.o = brace(open);
    this.c = brace(close);
  }
  get blockType(): Ident { return this.ti ?? nameAt(this, this.t); }
  get open(): Range | undefined { return braceRange(this.o); }
  get close(): Range | undefined { return braceRange(this.c); }
  override toJSON(): object {
    const out: Record<string, unknown> = { ...(super.toJSON() as Record<string, unknown>), blockType: this.blockType };
    if (this.o !== undefined) out.open = this.open;
    if (this.c !== undefined) out.close = this.close;
    return out;
  }
}

// Expressions, one class per kind.
export class StringExpr extends Spanned {
  static { tag(this, 'kind', 'string'); }
  declare readonly kind: 'string';
  constructor(readonly value: string, r: Range) { super(r); }
}
export class NumberExpr extends Spanned {
  static { tag(this, 'kind', 'number'); }
  declare readonly kind: 'number';
  constructor(readonly value: number, readonly text: string, r: Range) { super(r); }
}
export class BoolExpr extends Spanned {
  static { tag(this, 'kind', 'bool'); }
  declare readonly kind: 'bool';
  constructor(readonly value: boolean, r: Range) { super(r); }
}
export class NullExpr extends Spanned {
  static { tag(this, 'kind', 'null'); }
  declare readonly kind: 'null';
}
export class TupleExpr extends Spanned {
  static { tag(this, 'kind', 'tuple'); }
  declare readonly kind: 'tuple';
  constructor(readonly items: Expr[], r: Range) { super(r); }
}
export class ObjectExpr extends Spanned {
  static { tag(this, 'kind', 'object'); }
  declare readonly kind: 'object';
  constructor(readonly entries: ObjectEntry[], r: Range) { super(r); }
}
export class TraversalExpr extends Spanned {
  static { tag(this, 'kind', 'traversal'); }
  declare readonly kind: 'traversal';
  constructor(readonly parts: Ident[], r: Range) { super(r); }
}
export class UnsupportedExpr extends Spanned {
  static { tag(this, 'kind', 'unsupported'); }
  declare readonly kind: 'unsupported';
  constructor(readonly what: string, r: Range) { super(r); }
}
