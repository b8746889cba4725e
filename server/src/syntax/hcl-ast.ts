// Converts a tree-sitter HCL tree into a small, plain AST: blocks, attributes and the few
// expression forms the design language uses. The AST owns no wasm memory, so the tree can be
// deleted as soon as conversion is done. Conversion never throws on broken input: malformed
// regions become syntax errors and are skipped.
import type { SyntaxCursor as TreeCursor, SyntaxNode, SyntaxTree } from './parser';
import { type Range, range, LineIndex } from './range';
import { firstLine, snippet } from './snippet';
import { ValueReader } from './value-reader';
import { own } from './own-string';
import { AttributeNode, BlockNode, BoolExpr, CommentNode, EntryNode, IdentNode, LabelNode, NullExpr, NumberExpr, ObjectExpr, StringExpr, TraversalExpr, TupleExpr, UnsupportedExpr } from './ast-nodes';
import { fit } from './fit-array';
import { hasLineBreak, stringLineBreak } from './string-line-break';
import { reuseLookup, type EditedSpan, type PreviousAst, type Reuse } from './ast-reuse';

export interface Ident { name: string; range: Range }
export interface Label { value: string; range: Range; quoted: boolean }

export type Expr =
  | { kind: 'string'; value: string; range: Range }
  | { kind: 'number'; value: number; text: string; range: Range }
  | { kind: 'bool'; value: boolean; range: Range }
  | { kind: 'null'; range: Range }
  | { kind: 'tuple'; items: Expr[]; range: Range }
  | { kind: 'object'; entries: ObjectEntry[]; range: Range }
  /** `TYPE.NAME` style references; `parts` holds every segment. */
  | { kind: 'traversal'; parts: Ident[]; range: Range }
  /** Function calls, interpolations, operators: valid HCL the design language does not use. */
  | { kind: 'unsupported'; what: string; range: Range };

export interface ObjectEntry { key: Ident; value: Expr; range: Range }

export interface Attribute { type: 'attribute'; name: Ident; value: Expr; range: Range }
export interface Block {
  type: 'block';
  blockType: Ident;
  labels: Label[];
  body: BodyItem[];
  range: Range;
  /** Range of `{` and `}`; `close` is undefined when the brace is missing. */
  open?: Range;
  close?: Range;
}
export type BodyItem = Attribute | Block;

export interface Comment { text: string; range: Range }
export interface SyntaxProblem { message: string; range: Range; code: 'syntax-error' | 'syntax-missing' | 'nesting-too-deep' }

export interface HclFile {
  items: BodyItem[];
  comments: Comment[];
  problems: SyntaxProblem[];
}

/** Beyond this depth blocks are reported and not converted: no design needs it, and it bounds recursion. */
export const MAX_BLOCK_DEPTH = 32;
/** Lists and objects nested deeper than this are not converted (bounds recursion the same way). */
export const MAX_EXPR_DEPTH = 32;
/** A file with more syntax errors than this is reported with the first ones and a summary. */
const MAX_SYNTAX_PROBLEMS = 50;

/** A node's range from its offsets: tree-sitter rows count `\n` only, LSP lines also `\r`. */
function nodeRange(n: SyntaxNode, lines: LineIndex): Range {
  return lines.rangeOf(n.startIndex, n.endIndex);
}

/** What a MISSING node of a given type looks like to a person. */
const missingText: Record<string, string> = {
  block_end: '}', object_end: '}', tuple_end: ']', quoted_template_end: '"',
  template_interpolation_end: '}', identifier: 'a name', expression: 'a value',
  ')': ')', ']': ']', '}': '}', '=': '=', '"': '"',
};

export function convertTree(tree: SyntaxTree, text: string, lines: LineIndex = new LineIndex(text),
  options: { fastValues?: boolean; previous?: PreviousAst; edited?: EditedSpan } = {}): HclFile {
  const file: HclFile = { items: [], comments: [], problems: [] };
  const root = tree.rootNode;
  const cursor = tree.walk();
  try {
    // Error-free trees take the fast path for attributes (value-reader.ts); broken ones are read
    // leaf by leaf so that every salvageable value survives.
    const reader = root.hasError || options.fastValues === false ? undefined : new ValueReader(text, lines, file.comments, file.problems);
    // After an edit, top-level items outside the edited lines are taken over from the previous AST.
    const reuse = root.hasError ? undefined : reuseLookup(options.previous, text, lines, file.comments, options.edited);
    new Converter(file, cursor, text, lines, reader, reuse).root();
  } finally {
    cursor.delete();
  }
  if (root.hasError) collectSyntaxProblems(root, text, lines, file.problems);
  return file;
}

/**
 * Walks the tree with one TreeCursor. Node objects from web-tree-sitter are costly to create
 * (each crosses into wasm and allocates), so the converter reads types and offsets from the
 * cursor and slices text itself; positions come from the line index. Every method is entered
 * with the cursor on its node and leaves it there.
 */
class Converter {
  constructor(private readonly file: HclFile, private readonly c: TreeCursor, private readonly text: string, private readonly lines: LineIndex,
    private readonly reader: ValueReader | undefined, private readonly reuse: Reuse | undefined) {}

  private range(): Range {
    return this.lines.rangeOf(this.c.startIndex, this.c.endIndex);
  }
  /** The node's text as a string the AST may keep (own-string.ts). */
  private nodeText(): string { return own(this.text.slice(this.c.startIndex, this.c.endIndex)); }

  /** Visit each child; the callback sees the cursor on the child. */
  private children(fn: (type: string) => void): void {
    if (!this.c.gotoFirstChild()) return;
    do fn(this.c.nodeType); while (this.c.gotoNextSibling());
    this.c.gotoParent();
  }

  root(): void {
    this.children((type) => {
      if (type === 'body') this.file.items = this.body(0);
      else if (type === 'comment') this.comment();
      else if (type === 'object') {
        this.file.problems.push({ code: 'syntax-error', range: this.range(), message: 'A design file holds blocks and attributes, not a bare object `{ ... }`.' });
      } else if (type === 'ERROR') this.errorComments();
    });
  }

  private comment(): void {
    // A `#` comment on a CRLF line ends before the `\r` (the grammar's token takes it in).
    let end = this.c.endIndex;
    while (end > this.c.startIndex && this.text.charCodeAt(end - 1) === 13) end--;
    const start = this.c.startIndex;
    this.file.comments.push(new CommentNode(own(this.text.slice(start, end)), this.lines.rangeOf(start, end)));
  }

  /** Comments inside a broken region still belong to the file (the formatter must keep them). */
  private errorComments(): void {
    this.children((type) => {
      if (type === 'comment') this.comment();
      else this.errorComments();
    });
  }

  body(depth: number): BodyItem[] {
    const items: BodyItem[] = [];
    this.children((type) => {
      if (depth === 0 && this.reuse && (type === 'attribute' || type === 'block')) {
        const old = this.reuse(type, this.range());
        if (old) { items.push(old); return; }
      }
      if (type === 'attribute') {
        const a = this.attribute();
        if (a) items.push(a);
      } else if (type === 'block') {
        const b = this.block(depth + 1);
        if (b) items.push(b);
      } else if (type === 'comment') this.comment();
      else if (type === 'ERROR') this.errorComments();
    });
    return fit(items);
  }

  attribute(): Attribute | undefined {
    const r = this.range();
    if (this.reader) {
      const read = this.reader.attribute(this.c.startIndex, this.c.endIndex);
      if (read) return new AttributeNode(read.name, read.value, r);
    }
    let name: Ident | undefined;
    let value: Expr | undefined;
    this.children((type) => {
      if (type === 'identifier' && !name) name = new IdentNode(this.nodeText(), this.range());
      else if (type === 'expression') value = this.expr(0);
      else if (type === 'comment') this.comment();
    });
    if (!name || name.name === '') return undefined;
    if (!value) value = new UnsupportedExpr('missing value', r);
    return new AttributeNode(name, value, r);
  }

  block(depth: number): Block | undefined {
    const r = this.range();
    if (depth > MAX_BLOCK_DEPTH) {
      this.file.problems.push({
        code: 'nesting-too-deep', range: r,
        message: `Blocks are nested more than ${MAX_BLOCK_DEPTH} levels deep; this block and its contents are ignored.`,
      });
      return undefined;
    }
    let blockType: Ident | undefined;
    const labels: Label[] = [];
    let body: BodyItem[] = [];
    let open: Range | undefined, close: Range | undefined;
    this.children((type) => {
      switch (type) {
        case 'identifier':
          if (!blockType) blockType = new IdentNode(this.nodeText(), this.range());
          else labels.push(new LabelNode(this.nodeText(), this.range(), false));
          break;
        case 'string_lit': {
          const lr = this.range();
          labels.push(new LabelNode(this.stringValue() ?? this.nodeText(), lr, true));
          break;
        }
        case 'block_start': open = this.range(); break;
        case 'block_end': if (!this.c.nodeIsMissing && this.c.endIndex > this.c.startIndex) close = this.range(); break;
        case 'body': body = this.body(depth); break;
        case 'comment': this.comment(); break;
        case 'ERROR': this.errorComments(); break;
      }
    });
    if (!blockType) return undefined;
    return new BlockNode(blockType, fit(labels), body, r, open, close);
  }

  /** The value of a quoted string (cursor on string_lit or quoted_template), or undefined when it interpolates. */
  private stringValue(): string | undefined {
    let out = '';
    let plain = true;
    let broken = false;
    const quote = this.c.startIndex;
    this.children((type) => {
      if (type === 'template_literal') {
        const literal = this.nodeText();
        if (!broken && hasLineBreak(literal)) { broken = true; this.file.problems.push(stringLineBreak(this.lines, quote)); }
        out += unescape(literal);
      } else if (type === 'template_interpolation' || type === 'template_directive') plain = false;
    });
    return plain ? own(out) : undefined;
  }

  /** Cursor on an `expression` (or one of its inner node types). */
  expr(depth: number): Expr {
    const r = this.range();
    if (depth > MAX_EXPR_DEPTH * 4) {
      // Each list level is several tree levels (expression, collection_value, tuple).
      this.file.problems.push({ code: 'nesting-too-deep', range: r, message: `Values are nested more than ${MAX_EXPR_DEPTH} levels deep; this value is ignored.` });
      return new UnsupportedExpr('value nested too deep', r);
    }
    const type = this.c.nodeType;
    switch (type) {
      case 'expression': return this.expression(depth, r);
      case 'literal_value': case 'collection_value': {
        let e: Expr | undefined;
        this.children((t) => { if (t === 'comment') this.comment(); else if (!e) e = this.expr(depth + 1); });
        return e ?? new UnsupportedExpr(type.replace(/_/g, ' '), r);
      }
      case 'numeric_lit': {
        const t = this.nodeText();
        const value = Number(t);
        return Number.isFinite(value) ? new NumberExpr(value, t, r) : new UnsupportedExpr('number', r);
      }
      case 'bool_lit': return new BoolExpr(this.nodeText() === 'true', r);
      case 'null_lit': return new NullExpr(r);
      case 'string_lit': {
        const v = this.stringValue();
        return v === undefined ? new UnsupportedExpr('string interpolation', r) : new StringExpr(v, r);
      }
      case 'template_expr': {
        let e: Expr = new UnsupportedExpr('heredoc', r);
        this.children((t) => {
          if (t === 'quoted_template') {
            const v = this.stringValue();
            e = v === undefined ? new UnsupportedExpr('string interpolation', r) : new StringExpr(v, r);
          }
        });
        return e;
      }
      case 'tuple': {
        const items: Expr[] = [];
        this.children((t) => { if (t === 'expression') items.push(this.expr(depth + 1)); else if (t === 'comment') this.comment(); });
        return new TupleExpr(fit(items), r);
      }
      case 'object': {
        const entries: ObjectEntry[] = [];
        this.children((t) => {
          if (t === 'object_elem') { const e = this.objectElem(depth); if (e) entries.push(e); } else if (t === 'comment') this.comment();
        });
        return new ObjectExpr(fit(entries), r);
      }
      case 'function_call': return new UnsupportedExpr('function call', r);
      case 'conditional': return new UnsupportedExpr('conditional expression', r);
      case 'operation': return new UnsupportedExpr('operator expression', r);
      case 'for_expr': return new UnsupportedExpr('`for` expression', r);
      default: return new UnsupportedExpr(type.replace(/_/g, ' '), r);
    }
  }

  /** An `expression` wraps the real node; a traversal is variable_expr followed by get_attr siblings. */
  private expression(depth: number, r: Range): Expr {
    const kids: string[] = [];
    const parts: Ident[] = [];
    let single: Expr | undefined;
    let bad = false;
    this.children((t) => {
      if (t === 'comment') { this.comment(); return; }
      kids.push(t);
      if (kids.length === 1) {
        if (t === 'variable_expr') this.children((u) => { if (u === 'identifier') parts.push(new IdentNode(this.nodeText(), this.range())); });
        else single = this.expr(depth + 1);
      } else if (kids[0] === 'variable_expr') {
        if (t === 'get_attr') this.children((u) => { if (u === 'identifier') parts.push(new IdentNode(this.nodeText(), this.range())); });
        else bad = true;
      }
    });
    if (kids.length === 0) return new UnsupportedExpr('empty expression', r);
    if (kids[0] === 'variable_expr') {
      if (bad) return new UnsupportedExpr('index or splat expression', r);
      if (parts.length === 1 && (parts[0].name === 'true' || parts[0].name === 'false')) return new BoolExpr(parts[0].name === 'true', r);
      return new TraversalExpr(fit(parts), r);
    }
    if (kids.length > 1) return new UnsupportedExpr('compound expression', r);
    return single!;
  }

  /** Object keys may be bare names or quoted strings: `{ RS001 = "off" }` or `{ "RS001" = "off" }`. */
  private objectElem(depth: number): ObjectEntry | undefined {
    const r = this.range();
    let key: Ident | undefined;
    let value: Expr | undefined;
    this.children(() => {
      const field = this.c.currentFieldName;
      if (field === 'key') {
        const e = this.expr(depth + 1);
        if (e.kind === 'traversal' && e.parts.length === 1) key = e.parts[0];
        else if (e.kind === 'string') key = new IdentNode(e.value, e.range);
      } else if (field === 'val') value = this.expr(depth + 1);
    });
    return key && value ? new EntryNode(key, value, r) : undefined;
  }
}

function unescape(s: string): string {
  // `$${` and `%%{` are HCL's escapes for a literal `${` and `%{`.
  if (s.includes('${') || s.includes('%{')) s = s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (!s.includes('\\')) return s;
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    switch (e[0]) {
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case '"': return '"';
      case '\\': return '\\';
      case 'u': case 'U': {
        const cp = parseInt(e.slice(1), 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
      }
      default: return '\\' + e;
    }
  });
}

/**
 * One clear message per broken region: the outermost ERROR node, or a MISSING token outside any
 * ERROR. Nested errors inside a reported region are not repeated, which avoids a cascade.
 */
function collectSyntaxProblems(root: SyntaxNode, text: string, lines: LineIndex, out: SyntaxProblem[]): void {
  const stack: SyntaxNode[] = [root];
  const found: SyntaxProblem[] = [];
  let total = 0;
  while (stack.length) {
    const n = stack.pop()!;
    if (n.isMissing) {
      total++;
      if (found.length < MAX_SYNTAX_PROBLEMS) {
        const what = missingText[n.type] ?? `\`${n.type.replace(/_/g, ' ')}\``;
        const shown = what.length <= 2 ? '`' + what + '`' : what;
        // An unclosed block is reported where it opens (the end of file says nothing useful).
        const closer = ['block_end', 'object_end', 'tuple_end'].includes(n.type) ? n : n.parent && ['block_end', 'object_end', 'tuple_end'].includes(n.parent.type) ? n.parent : null;
        const opener = closer?.parent ?? null;
        if (closer && opener) {
          const first = firstLine(text.slice(opener.startIndex, opener.endIndex)).trimEnd();
          const at = lines.positionAt(opener.startIndex);
          const r = range(at.line, at.character, at.line, at.character + Math.max(1, first.length));
          found.push({ code: 'syntax-missing', range: r, message: `Missing ${shown}: this ${closer.type === 'block_end' ? 'block' : closer.type === 'tuple_end' ? 'list' : 'object'} is never closed.` });
        } else {
          found.push({ code: 'syntax-missing', range: nodeRange(n, lines), message: `Missing ${shown}.` });
        }
      }
      continue;
    }
    if (n.type === 'ERROR') {
      total++;
      if (found.length < MAX_SYNTAX_PROBLEMS) found.push({ code: 'syntax-error', range: errorRange(n, text, lines), message: describeError(n, text) });
      continue;
    }
    if (!n.hasError) continue;
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) { const k = kids[i]; if (k) stack.push(k); }
  }
  found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  out.push(...found);
  if (total > found.length) {
    const last = found[found.length - 1];
    out.push({ code: 'syntax-error', range: last.range, message: `${total - found.length} more syntax errors follow; fix the first ones and check again.` });
  }
}

/** Report an error on its first line only, so a large broken region does not paint the whole file. */
function errorRange(n: SyntaxNode, text: string, lines: LineIndex): Range {
  const r = nodeRange(n, lines);
  if (r.end.line > r.start.line) {
    const first = firstLine(text.slice(n.startIndex, n.endIndex));
    return range(r.start.line, r.start.character, r.start.line, r.start.character + Math.max(1, first.length));
  }
  return r.end.character === r.start.character ? range(r.start.line, r.start.character, r.end.line, r.end.character + 1) : r;
}

function describeError(n: SyntaxNode, text: string): string {
  const near = firstLine(text.slice(n.startIndex, Math.min(n.endIndex, n.startIndex + 48))).trim();
  const kids = n.children.filter((k): k is SyntaxNode => !!k);
  if (kids.length === 1 && kids[0].type === 'identifier') {
    return `\`${snippet(kids[0].text, 60)}\` is incomplete: expected \`= value\` for an attribute or \`{ ... }\` for a block.`;
  }
  if (/^[^\x09\x0a\x0d\x20-\x7e]/.test(near)) return 'Unexpected characters: this does not look like design text.';
  if (near.startsWith('}')) return 'Unexpected `}`: there is no open block to close here.';
  if (near === '') return 'Syntax error.';
  return `Syntax error near \`${snippet(near, 30)}\`.`;
}
