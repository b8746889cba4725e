// Reads `name = value` from the text of an attribute that tree-sitter parsed without error.
// Walking every leaf through web-tree-sitter's cursor costs a wasm round trip per getter, which
// made conversion slower than parsing; for error-free attributes the text between the node's
// offsets is already known to be valid HCL, so a small reader can take the value straight from
// it. Tree-sitter stays the authority on syntax: this runs only where it reported no error, and
// anything the reader does not recognise is handed back as `unsupported`, as the cursor path does.
import type { Comment, Expr, Ident, ObjectEntry, SyntaxProblem } from './hcl-ast';
import { stringLineBreak } from './string-line-break';
import { lineBreakAt, type LineIndex, type Range } from './range';
import { own } from './own-string';
import { BoolExpr, CommentNode, EntryNode, IdentNode, NullExpr, NumberExpr, ObjectExpr, StringExpr, TraversalExpr, TupleExpr, UnsupportedExpr } from './ast-nodes';
import { fit } from './fit-array';

export interface ReadAttribute { name: Ident; value: Expr }

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;

export class ValueReader {
  private pos = 0;
  private end = 0;
  constructor(private readonly text: string, private readonly lines: LineIndex, private readonly comments: Comment[],
    private readonly problems: SyntaxProblem[]) {}

  private range(from: number, to: number): Range {
    return this.lines.rangeOf(from, to);
  }

  /** Reads an attribute spanning [start, end); undefined when the text is not a plain attribute. */
  attribute(start: number, end: number): ReadAttribute | undefined {
    this.pos = start;
    this.end = end;
    const nameStart = this.pos;
    if (!this.identChar(true)) return undefined;
    while (this.pos < end && this.identChar(false)) this.pos++;
    const name: Ident = new IdentNode(own(this.text.slice(nameStart, this.pos)), this.range(nameStart, this.pos));
    this.skip();
    if (this.text[this.pos] !== '=') return undefined;
    this.pos++;
    this.skip();
    const valueStart = this.pos;
    let value = this.expr(0);
    this.skip();
    if (this.pos < this.end) {
      // Something follows the first operand (an operator, a conditional): not a literal value.
      const what = this.text[this.pos] === '?' ? 'conditional expression' : 'operator expression';
      value = new UnsupportedExpr(what, this.range(valueStart, this.trimmedEnd()));
    }
    return { name, value };
  }

  private identChar(first: boolean): boolean {
    const c = this.text[this.pos];
    if (c === undefined) return false;
    if (first && IDENT_START.test(c)) { this.pos++; return true; }
    return !first && IDENT_PART.test(c);
  }

  /** Skips white space and comments, recording the comments. */
  private skip(): void {
    const t = this.text;
    while (this.pos < this.end) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { this.pos++; continue; }
      if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
        const s = this.pos;
        this.pos = lineBreakAt(t, this.pos, this.end);
        this.comments.push(new CommentNode(own(t.slice(s, this.pos)), this.range(s, this.pos)));
        continue;
      }
      if (c === '/' && t[this.pos + 1] === '*') {
        const s = this.pos;
        const close = t.indexOf('*/', this.pos + 2);
        this.pos = close < 0 || close + 2 > this.end ? this.end : close + 2;
        this.comments.push(new CommentNode(own(t.slice(s, this.pos)), this.range(s, this.pos)));
        continue;
      }
      return;
    }
  }

  /** The end of the attribute without trailing white space or comments. */
  private trimmedEnd(): number {
    let e = this.end;
    while (e > 0 && /\s/.test(this.text[e - 1])) e--;
    return e;
  }

  private expr(depth: number): Expr {
    const t = this.text;
    const s = this.pos;
    const c = t[s];
    if (depth > 128) return this.unsupportedToEnd(s, 'value nested too deep');
    if (c === '"') return this.string();
    if (c === '[') return this.tuple(depth);
    if (c === '{') return this.object(depth);
    if (c === '<' && t[s + 1] === '<') return this.unsupportedToEnd(s, 'heredoc');
    // A leading minus is a unary operator in HCL's grammar; it is reported like other operators.
    if (c >= '0' && c <= '9') {
      const m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(s, Math.min(this.end, s + 64)));
      if (m) {
        this.pos = s + m[0].length;
        const value = Number(m[0]);
        return Number.isFinite(value) ? new NumberExpr(value, own(m[0]), this.range(s, this.pos)) : new UnsupportedExpr('number', this.range(s, this.pos));
      }
      return this.unsupportedToEnd(s, 'operator expression');
    }
    if (c !== undefined && IDENT_START.test(c)) {
      const parts: Ident[] = [];
      for (;;) {
        const ps = this.pos;
        this.pos++;
        while (this.pos < this.end && IDENT_PART.test(t[this.pos])) this.pos++;
        parts.push(new IdentNode(own(t.slice(ps, this.pos)), this.range(ps, this.pos)));
        if (t[this.pos] === '.' && IDENT_START.test(t[this.pos + 1] ?? '')) { this.pos++; continue; }
        break;
      }
      const next = t[this.pos];
      if (next === '(') return this.unsupportedToEnd(s, 'function call');
      if (next === '[' || (next === '.' && (t[this.pos + 1] === '*' || /\d/.test(t[this.pos + 1] ?? '')))) return this.unsupportedToEnd(s, 'index or splat expression');
      const r = this.range(s, this.pos);
      if (parts.length === 1) {
        if (parts[0].name === 'true' || parts[0].name === 'false') return new BoolExpr(parts[0].name === 'true', r);
        if (parts[0].name === 'null') return new NullExpr(r);
        if (parts[0].name === 'for') return this.unsupportedToEnd(s, '`for` expression');
      }
      return new TraversalExpr(fit(parts), r);
    }
    return this.unsupportedToEnd(s, c === '-' || c === '!' ? 'operator expression' : c === '(' ? 'compound expression' : 'expression');
  }

  private unsupportedToEnd(s: number, what: string): Expr {
    this.pos = this.end;
    return new UnsupportedExpr(what, this.range(s, this.trimmedEnd()));
  }

  private string(): Expr {
    const t = this.text;
    const s = this.pos;
    let i = s + 1;
    // The value is built from runs of plain characters between escapes (appending character by
    // character would leave a chain of V8 cons strings in the AST, one per character).
    let out = '';
    let run = i;
    let plain = true;
    let broken = false;
    while (i < this.end && t[i] !== '"') {
      const c = t[i];
      if (c === '\\') {
        out += t.slice(run, i);
        const e = t[i + 1];
        if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8;
          const cp = parseInt(t.slice(i + 2, i + 2 + len), 16);
          out += Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
          i += 2 + len;
          run = i;
          continue;
        }
        out += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e === '"' ? '"' : e === '\\' ? '\\' : '\\' + e;
        i += 2;
        run = i;
        continue;
      }
      if ((c === '$' || c === '%') && t[i + 1] === '{') {
        if (t[i - 1] === c) { out += t.slice(run, i) + '{'; i += 2; run = i; continue; } // `$${` is an escaped literal
        plain = false;
        // Skip the template sequence to its closing brace (templates may contain strings).
        let depth = 0;
        for (; i < this.end; i++) {
          if (t[i] === '{') depth++;
          else if (t[i] === '}' && --depth === 0) { i++; break; }
        }
        run = i;
        continue;
      }
      if ((c === '\n' || c === '\r') && !broken) { broken = true; this.problems.push(stringLineBreak(this.lines, s)); }
      i++;
    }
    out += t.slice(run, Math.min(i, this.end));
    this.pos = Math.min(i + 1, this.end);
    const r = this.range(s, this.pos);
    return plain ? new StringExpr(own(out), r) : new UnsupportedExpr('string interpolation', r);
  }

  /** `[for ...]` and `{for ...}` are for-expressions, not collections. */
  private forExpression(s: number): Expr | undefined {
    const save = this.pos;
    this.skip();
    if (/^for\s/.test(this.text.slice(this.pos, this.pos + 4))) return this.unsupportedToEnd(s, '`for` expression');
    this.pos = save;
    return undefined;
  }

  private tuple(depth: number): Expr {
    const s = this.pos++;
    const f = this.forExpression(s);
    if (f) return f;
    const items: Expr[] = [];
    for (;;) {
      this.skip();
      if (this.pos >= this.end) break;
      if (this.text[this.pos] === ']') { this.pos++; break; }
      if (this.text[this.pos] === ',') { this.pos++; continue; }
      const before = this.pos;
      items.push(this.expr(depth + 1));
      if (this.pos === before) this.pos++;
    }
    return new TupleExpr(fit(items), this.range(s, this.pos));
  }

  private object(depth: number): Expr {
    const s = this.pos++;
    const f = this.forExpression(s);
    if (f) return f;
    const entries: ObjectEntry[] = [];
    for (;;) {
      this.skip();
      if (this.pos >= this.end) break;
      const c = this.text[this.pos];
      if (c === '}') { this.pos++; break; }
      if (c === ',') { this.pos++; continue; }
      const es = this.pos;
      const keyExpr = this.expr(depth + 1);
      this.skip();
      const sep = this.text[this.pos];
      if (sep !== '=' && sep !== ':') return this.unsupportedToEnd(s, 'object');
      this.pos++;
      this.skip();
      const value = this.expr(depth + 1);
      const key = keyExpr.kind === 'traversal' && keyExpr.parts.length === 1 ? keyExpr.parts[0] : keyExpr.kind === 'string' ? new IdentNode(keyExpr.value, keyExpr.range) : undefined;
      if (key) entries.push(new EntryNode(key, value, this.range(es, this.pos)));
    }
    return new ObjectExpr(fit(entries), this.range(s, this.pos));
  }
}
