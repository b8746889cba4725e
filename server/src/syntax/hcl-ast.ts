// Converts a tree-sitter HCL tree into a small, plain AST: blocks, attributes and the few
// expression forms the design language uses. The AST owns no wasm memory, so the tree can be
// deleted as soon as conversion is done. Conversion never throws on broken input: malformed
// regions become syntax errors and are skipped.
import type { SyntaxNode, SyntaxTree } from './parser';
import { type Range, range } from './range';

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

function nodeRange(n: SyntaxNode): Range {
  return range(n.startPosition.row, n.startPosition.column, n.endPosition.row, n.endPosition.column);
}

/** What a MISSING node of a given type looks like to a person. */
const missingText: Record<string, string> = {
  block_end: '}', object_end: '}', tuple_end: ']', quoted_template_end: '"',
  template_interpolation_end: '}', identifier: 'a name', expression: 'a value',
  ')': ')', ']': ']', '}': '}', '=': '=', '"': '"',
};

export function convertTree(tree: SyntaxTree, text: string): HclFile {
  const file: HclFile = { items: [], comments: [], problems: [] };
  const root = tree.rootNode;
  const conv = new Converter(file);
  for (const child of root.namedChildren) {
    if (!child) continue;
    if (child.type === 'body') file.items = conv.body(child, 0);
    else if (child.type === 'comment') conv.comment(child);
    else if (child.type === 'object') {
      file.problems.push({ code: 'syntax-error', range: nodeRange(child), message: 'A design file holds blocks and attributes, not a bare object `{ ... }`.' });
    }
  }
  if (root.hasError) collectSyntaxProblems(root, text, file.problems);
  return file;
}

class Converter {
  constructor(private readonly file: HclFile) {}

  comment(n: SyntaxNode): void {
    this.file.comments.push({ text: n.text, range: nodeRange(n) });
  }

  body(n: SyntaxNode, depth: number): BodyItem[] {
    const items: BodyItem[] = [];
    for (const child of n.children) {
      if (!child) continue;
      if (child.type === 'attribute') {
        const a = this.attribute(child);
        if (a) items.push(a);
      } else if (child.type === 'block') {
        const b = this.block(child, depth + 1);
        if (b) items.push(b);
      } else if (child.type === 'comment') this.comment(child);
      else if (child.type === 'ERROR') this.collectComments(child);
    }
    return items;
  }

  private collectComments(n: SyntaxNode): void {
    for (const c of n.descendantsOfType('comment')) if (c) this.comment(c);
  }

  attribute(n: SyntaxNode): Attribute | undefined {
    let name: Ident | undefined;
    let value: Expr | undefined;
    for (const child of n.children) {
      if (!child) continue;
      if (child.type === 'identifier' && !name) name = { name: child.text, range: nodeRange(child) };
      else if (child.type === 'expression') value = this.expr(child);
      else if (child.type === 'comment') this.comment(child);
    }
    if (!name || name.name === '') return undefined;
    if (!value) value = { kind: 'unsupported', what: 'missing value', range: nodeRange(n) };
    return { type: 'attribute', name, value, range: nodeRange(n) };
  }

  block(n: SyntaxNode, depth: number): Block | undefined {
    if (depth > MAX_BLOCK_DEPTH) {
      this.file.problems.push({
        code: 'nesting-too-deep', range: nodeRange(n),
        message: `Blocks are nested more than ${MAX_BLOCK_DEPTH} levels deep; this block and its contents are ignored.`,
      });
      return undefined;
    }
    let blockType: Ident | undefined;
    const labels: Label[] = [];
    let body: BodyItem[] = [];
    let open: Range | undefined, close: Range | undefined;
    for (const child of n.children) {
      if (!child) continue;
      switch (child.type) {
        case 'identifier':
          if (!blockType) blockType = { name: child.text, range: nodeRange(child) };
          else labels.push({ value: child.text, range: nodeRange(child), quoted: false });
          break;
        case 'string_lit':
          labels.push({ value: this.stringValue(child) ?? child.text, range: nodeRange(child), quoted: true });
          break;
        case 'block_start': open = nodeRange(child); break;
        case 'block_end': if (!child.isMissing) close = nodeRange(child); break;
        case 'body': body = this.body(child, depth); break;
        case 'comment': this.comment(child); break;
        case 'ERROR': this.collectComments(child); break;
      }
    }
    if (!blockType) return undefined;
    return { type: 'block', blockType, labels, body, range: nodeRange(n), open, close };
  }

  /** The value of a quoted string without interpolation, or undefined when it has any. */
  stringValue(n: SyntaxNode): string | undefined {
    let out = '';
    for (const child of n.children) {
      if (!child) continue;
      if (child.type === 'template_literal') out += unescape(child.text);
      else if (child.type === 'template_interpolation' || child.type === 'template_directive') return undefined;
    }
    return out;
  }

  expr(n: SyntaxNode, depth = 0): Expr {
    const r = nodeRange(n);
    if (depth > MAX_EXPR_DEPTH * 4) {
      // Each list level is several tree levels (expression, collection_value, tuple).
      this.file.problems.push({ code: 'nesting-too-deep', range: r, message: `Values are nested more than ${MAX_EXPR_DEPTH} levels deep; this value is ignored.` });
      return { kind: 'unsupported', what: 'value nested too deep', range: r };
    }
    // `expression` wraps the real node; a traversal is variable_expr followed by get_attr siblings.
    const kids = n.namedChildren.filter((k): k is SyntaxNode => !!k && k.type !== 'comment');
    if (n.type === 'expression') {
      if (kids.length === 0) return { kind: 'unsupported', what: 'empty expression', range: r };
      const first = kids[0];
      if (first.type === 'variable_expr') {
        const parts: Ident[] = [];
        const id = first.namedChildren[0];
        if (id) parts.push({ name: id.text, range: nodeRange(id) });
        for (const k of kids.slice(1)) {
          if (k.type !== 'get_attr') return { kind: 'unsupported', what: 'index or splat expression', range: r };
          const gid = k.namedChildren[0];
          if (gid) parts.push({ name: gid.text, range: nodeRange(gid) });
        }
        if (parts.length === 1 && (parts[0].name === 'true' || parts[0].name === 'false')) {
          return { kind: 'bool', value: parts[0].name === 'true', range: r };
        }
        return { kind: 'traversal', parts, range: r };
      }
      if (kids.length > 1) return { kind: 'unsupported', what: 'compound expression', range: r };
      return this.expr(first, depth + 1);
    }
    switch (n.type) {
      case 'literal_value': return kids[0] ? this.expr(kids[0], depth + 1) : { kind: 'unsupported', what: 'literal', range: r };
      case 'numeric_lit': {
        const value = Number(n.text);
        return Number.isFinite(value) ? { kind: 'number', value, text: n.text, range: r } : { kind: 'unsupported', what: 'number', range: r };
      }
      case 'bool_lit': return { kind: 'bool', value: n.text === 'true', range: r };
      case 'null_lit': return { kind: 'null', range: r };
      case 'string_lit': {
        const v = this.stringValue(n);
        return v === undefined ? { kind: 'unsupported', what: 'string interpolation', range: r } : { kind: 'string', value: v, range: r };
      }
      case 'template_expr': {
        const q = kids[0];
        if (q && q.type === 'quoted_template') {
          const v = this.stringValue(q);
          if (v !== undefined) return { kind: 'string', value: v, range: r };
          return { kind: 'unsupported', what: 'string interpolation', range: r };
        }
        return { kind: 'unsupported', what: 'heredoc', range: r };
      }
      case 'collection_value': return kids[0] ? this.expr(kids[0], depth + 1) : { kind: 'unsupported', what: 'collection', range: r };
      case 'tuple': {
        const items: Expr[] = [];
        for (const k of kids) if (k.type === 'expression') items.push(this.expr(k, depth + 1));
        return { kind: 'tuple', items, range: r };
      }
      case 'object': {
        const entries: ObjectEntry[] = [];
        for (const k of kids) {
          if (k.type !== 'object_elem') continue;
          const keyNode = k.childForFieldName('key');
          const valNode = k.childForFieldName('val');
          if (!keyNode || !valNode) continue;
          const key = this.objectKey(keyNode);
          if (key) entries.push({ key, value: this.expr(valNode, depth + 1), range: nodeRange(k) });
        }
        return { kind: 'object', entries, range: r };
      }
      case 'function_call': return { kind: 'unsupported', what: 'function call', range: r };
      case 'conditional': return { kind: 'unsupported', what: 'conditional expression', range: r };
      case 'operation': return { kind: 'unsupported', what: 'operator expression', range: r };
      case 'for_expr': return { kind: 'unsupported', what: '`for` expression', range: r };
      default: return { kind: 'unsupported', what: n.type.replace(/_/g, ' '), range: r };
    }
  }

  /** Object keys may be bare names or quoted strings: `{ RS001 = "off" }` or `{ "RS001" = "off" }`. */
  private objectKey(n: SyntaxNode): Ident | undefined {
    const e = this.expr(n);
    if (e.kind === 'traversal' && e.parts.length === 1) return e.parts[0];
    if (e.kind === 'string') return { name: e.value, range: e.range };
    return undefined;
  }
}

function unescape(s: string): string {
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
function collectSyntaxProblems(root: SyntaxNode, text: string, out: SyntaxProblem[]): void {
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
          const first = text.slice(opener.startIndex, opener.endIndex).split('\n', 1)[0].trimEnd();
          const r = range(opener.startPosition.row, opener.startPosition.column, opener.startPosition.row, opener.startPosition.column + Math.max(1, first.length));
          found.push({ code: 'syntax-missing', range: r, message: `Missing ${shown}: this ${closer.type === 'block_end' ? 'block' : closer.type === 'tuple_end' ? 'list' : 'object'} is never closed.` });
        } else {
          found.push({ code: 'syntax-missing', range: nodeRange(n), message: `Missing ${shown}.` });
        }
      }
      continue;
    }
    if (n.type === 'ERROR') {
      total++;
      if (found.length < MAX_SYNTAX_PROBLEMS) found.push({ code: 'syntax-error', range: errorRange(n), message: describeError(n, text) });
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
function errorRange(n: SyntaxNode): Range {
  const r = nodeRange(n);
  if (r.end.line > r.start.line) {
    const firstLine = n.text.split('\n', 1)[0];
    return range(r.start.line, r.start.character, r.start.line, r.start.character + Math.max(1, firstLine.length));
  }
  return r.end.character === r.start.character ? range(r.start.line, r.start.character, r.end.line, r.end.character + 1) : r;
}

function describeError(n: SyntaxNode, text: string): string {
  const snippet = text.slice(n.startIndex, Math.min(n.endIndex, n.startIndex + 40)).split('\n', 1)[0].trim();
  const kids = n.children.filter((k): k is SyntaxNode => !!k);
  if (kids.length === 1 && kids[0].type === 'identifier') {
    return `\`${kids[0].text}\` is incomplete: expected \`= value\` for an attribute or \`{ ... }\` for a block.`;
  }
  if (/^[^\x09\x0a\x0d\x20-\x7e]/.test(snippet)) return 'Unexpected characters: this does not look like design text.';
  if (snippet.startsWith('}')) return 'Unexpected `}`: there is no open block to close here.';
  if (snippet === '') return 'Syntax error.';
  return `Syntax error near \`${snippet.length > 30 ? snippet.slice(0, 30) + '…' : snippet}\`.`;
}
