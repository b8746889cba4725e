// The canonical layout of a design file, in the manner of `terraform fmt`. Pure: text in, text out.
//
// The formatter works on the token stream of the tree-sitter CST and never adds, drops or reorders a
// token; it only decides the whitespace between tokens:
//   - two spaces of indentation per open bracket level (several brackets opened on one line count once);
//   - `=` aligned within each run of consecutive single-line attributes (or object elements) of the
//     same block; a blank line, a comment line, a nested block or a multi-line value ends the run;
//   - trailing comments on consecutive lines of one indentation level aligned;
//   - exactly one blank line between top-level blocks, at most one blank line anywhere else, none
//     right after an opening or right before a closing bracket, none at the start of the file;
//   - single spaces around `=`, after commas and inside single-line `{ }`, none inside `[ ]` and `( )`;
//   - `{` on the block header line; a multi-line block, list or object gets one item per line;
//   - trailing whitespace removed (except inside heredocs), the file ends with one newline.
// Comments stay where they are: a trailing comment stays on its line, a comment line stays a line.
// Strings, heredocs and multi-line `/* */` comments are copied as they are (comments lose only
// trailing whitespace).
//
// Line endings are normalised to the dominant one of the input: a file with more CRLF than LF line
// ends is written with CRLF throughout, any other file with LF.
//
// Safety net: the result is re-parsed and must have exactly the input's tokens (and the same text
// once all whitespace is removed); otherwise the formatter refuses rather than corrupt the file.
import type { HclParser, SyntaxNode, SyntaxTree } from '../syntax/parser';

export type FormatResult = { ok: true; text: string } | { ok: false; reason: string };

/** Nodes copied as one token: their inner whitespace is content. */
const ATOMIC = new Set(['comment', 'string_lit', 'quoted_template', 'heredoc_template']);
const OPENERS = new Set(['{', '[', '(']);
const CLOSERS = new Set(['}', ']', ')']);
const KEYWORDS = new Set(['for', 'in', 'if']);
const INDENT = '  ';

interface Elem { id: number; end: number; parentId: number }

interface Tok {
  text: string;
  parentType: string;
  start: number;
  end: number;
  startRow: number;
  endRow: number;
  comment: boolean;
  multiline: boolean;
  open: boolean;
  close: boolean;
  /** `{` of a block: joined to the header line. */
  blockStart?: boolean;
  /** `}` of a top-level block: the next line is preceded by exactly one blank line. */
  topLevelEnd?: boolean;
  /** A line break is forced after / before this token (multi-line blocks, lists, objects). */
  breakAfter?: boolean;
  breakBefore?: boolean;
  /** Set on the first token of an attribute or object element whose key is this single token. */
  elem?: Elem;
  /** Set on the `=` (or `:`) of an attribute or object element: that element's id. */
  assignFor?: number;
}

interface Line {
  toks: Tok[];
  /** Spaces before each token (index 0 unused: indentation is separate). */
  spaces: number[];
  blank: number;
  depth: number;
}

export function formatText(parser: HclParser, input: string): FormatResult {
  const bom = input.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? input.slice(1) : input;
  const eol = dominantEol(body);
  const text = body.replace(/\r\n/g, '\n');

  let tree: SyntaxTree | undefined;
  let toks: Tok[];
  let before: string[];
  try {
    try {
      tree = parser.parse(text);
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
    if (tree.rootNode.hasError) {
      const row = firstErrorRow(tree.rootNode);
      return { ok: false, reason: `the file has syntax errors${row !== undefined ? ` (the first on line ${row + 1})` : ''}; fix them before formatting` };
    }
    toks = tokenize(tree.rootNode);
    before = leafSignature(tree.rootNode);
  } finally {
    tree?.delete();
  }

  const out = layout(toks);

  // Safety net: same tokens, same non-whitespace text.
  if (stripWs(out) !== stripWs(text)) return { ok: false, reason: 'formatter would change tokens' };
  let check: SyntaxTree;
  try {
    check = parser.parse(out);
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  try {
    if (check.rootNode.hasError) return { ok: false, reason: 'formatter would change tokens' };
    const after = leafSignature(check.rootNode);
    if (after.length !== before.length || after.some((s, i) => s !== before[i])) return { ok: false, reason: 'formatter would change tokens' };
  } finally {
    check.delete();
  }
  return { ok: true, text: bom + (eol === '\r\n' ? out.replace(/\n/g, '\r\n') : out) };
}

/** The line ending used by most lines: CRLF only when CRLF ends outnumber bare LF ends. */
export function dominantEol(text: string): '\n' | '\r\n' {
  let crlf = 0, lf = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++; else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

function stripWs(s: string): string {
  return s.replace(/\s+/g, '');
}

function firstErrorRow(root: SyntaxNode): number | undefined {
  const stack: SyntaxNode[] = [root];
  let best: number | undefined;
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'ERROR' || n.isMissing) {
      if (best === undefined || n.startPosition.row < best) best = n.startPosition.row;
      continue;
    }
    if (!n.hasError) continue;
    for (const c of n.children) if (c) stack.push(c);
  }
  return best;
}

/**
 * Normalises comment text: trailing whitespace is dropped from each of its lines. Lines end as in
 * LSP (`\r\n`, `\n`, `\r`); the `m` flag would also end them at U+2028/U+2029.
 */
function commentText(s: string): string {
  return s.replace(/[ \t]+(?=\r|\n|$)/g, '');
}

/** Every leaf token as `type:text`, comments normalised as the formatter writes them. */
function leafSignature(root: SyntaxNode): string[] {
  const out: string[] = [];
  const walk = (n: SyntaxNode): void => {
    if (n.childCount === 0 && n !== root) {
      out.push(`${n.type}:${n.type === 'comment' ? commentText(n.text) : n.text}`);
      return;
    }
    for (const c of n.children) if (c) walk(c);
  };
  walk(root);
  return out;
}

function isMultiline(n: SyntaxNode): boolean {
  return n.startPosition.row !== n.endPosition.row;
}

function tokenize(root: SyntaxNode): Tok[] {
  const toks: Tok[] = [];
  const walk = (n: SyntaxNode, parentType: string): void => {
    if (n === root && n.childCount === 0) return;
    if (ATOMIC.has(n.type) || n.childCount === 0) {
      const comment = n.type === 'comment';
      const text = comment ? commentText(n.text) : n.text;
      const leaf = n.childCount === 0 && !comment;
      toks.push({
        text, parentType, start: n.startIndex, end: n.endIndex,
        startRow: n.startPosition.row, endRow: n.endPosition.row,
        comment, multiline: text.includes('\n'),
        open: leaf && OPENERS.has(text), close: leaf && CLOSERS.has(text),
      });
      return;
    }
    const multi = isMultiline(n);
    const kids = n.children.filter((c): c is SyntaxNode => !!c);
    kids.forEach((c, idx) => {
      const first = toks.length;
      walk(c, n.type);
      const tok = toks[first];
      if (!tok) return;
      switch (n.type) {
        case 'block':
          if (c.type === 'block_start') {
            tok.blockStart = true;
            if (multi) tok.breakAfter = true;
          } else if (c.type === 'block_end') {
            if (multi) tok.breakBefore = true;
            if (n.parent?.type === 'body' && n.parent.parent?.type === 'config_file') tok.topLevelEnd = true;
          }
          break;
        case 'tuple':
        case 'object':
          if (!multi) break;
          if (c.type === 'tuple_start' || c.type === 'object_start' || c.type === ',') tok.breakAfter = true;
          else if (c.type === 'tuple_end' || c.type === 'object_end') tok.breakBefore = true;
          break;
        case 'attribute':
        case 'object_elem':
          if (idx === 0 && toks.length - first === 1) tok.elem = { id: n.id, end: n.endIndex, parentId: n.parent?.id ?? -1 };
          else if (c.type === '=' || (n.type === 'object_elem' && c.type === ':')) tok.assignFor = n.id;
          break;
      }
    });
  };
  walk(root, '');
  return toks;
}

/** Spaces between two tokens on one line. */
function spaceBetween(p: Tok, t: Tok): number {
  if (t.comment || p.comment) return 1;
  if (t.text === ',') return 0;
  if (p.text === ',') return 1;
  if (t.text === '...') return 0;
  if (p.open && p.text === '{' && t.close && t.text === '}') return 0;
  if (p.open && (p.text === '[' || p.text === '(')) return 0;
  if (t.close && (t.text === ']' || t.text === ')')) return 0;
  if (p.open && p.text === '{') return 1;
  if (t.close && t.text === '}') return 1;
  if (t.open && t.text === '{') return 1;
  if (t.open && t.text === '[' && (t.parentType === 'new_index' || t.parentType === 'full_splat')) return 0;
  if (t.open && t.text === '(' && t.parentType === 'function_call') return 0;
  if ((t.text === '.' && t.parentType === 'get_attr') || (p.text === '.' && p.parentType === 'get_attr')) return 0;
  if (t.text === '.*' || p.text === '.*') return 0;
  if (t.assignFor !== undefined || p.assignFor !== undefined) return 1;
  if (['?', ':', '=>'].includes(t.text) || ['?', ':', '=>'].includes(p.text)) return 1;
  if (t.parentType === 'binary_operation' || p.parentType === 'binary_operation') return 1;
  if (p.parentType === 'unary_operation') return 0;
  if ((KEYWORDS.has(t.text) && t.parentType.startsWith('for_')) || (KEYWORDS.has(p.text) && p.parentType.startsWith('for_'))) return 1;
  return t.start > p.end ? 1 : 0;
}

function layout(toks: Tok[]): string {
  if (toks.length === 0) return '';
  const lines: Line[] = [];
  let cur: Line = { toks: [toks[0]], spaces: [0], blank: 0, depth: 0 };
  lines.push(cur);
  let pending = false;
  for (let i = 1; i < toks.length; i++) {
    const p = toks[i - 1];
    const t = toks[i];
    const natural = t.startRow > p.endRow;
    let brk = natural;
    if (!natural && (pending || p.breakAfter || t.breakBefore)) {
      // A trailing comment stays with the token before it; the break moves after the comment.
      if (t.comment) pending = true;
      else brk = true;
    }
    if (brk && natural && t.blockStart && !p.comment) brk = false; // `{` on the header line
    if (brk) pending = false;
    if (!brk) {
      cur.toks.push(t);
      cur.spaces.push(spaceBetween(p, t));
      continue;
    }
    let blank = natural ? Math.min(1, t.startRow - p.endRow - 1) : 0;
    if (p.open || t.close) blank = 0;
    if (cur.toks.some((x) => x.topLevelEnd)) blank = 1;
    cur = { toks: [t], spaces: [0], blank, depth: 0 };
    lines.push(cur);
  }

  indent(lines);
  align(lines);

  const out: string[] = [];
  for (const l of lines) {
    for (let b = 0; b < l.blank; b++) out.push('');
    let s = INDENT.repeat(l.depth) + l.toks[0].text;
    for (let k = 1; k < l.toks.length; k++) s += ' '.repeat(l.spaces[k]) + l.toks[k].text;
    out.push(l.toks.some((x) => x.multiline) ? s : s.trimEnd());
  }
  return out.join('\n') + '\n';
}

/**
 * Indentation by open brackets: a line is indented once for every earlier line that opened a
 * bracket still open at its start. Closing brackets at the start of a line count as closed.
 */
function indent(lines: Line[]): void {
  const stack: number[] = []; // line index of each open bracket
  lines.forEach((l, li) => {
    let leading = 0;
    while (leading < l.toks.length && l.toks[leading].close) leading++;
    const open = stack.slice(0, Math.max(0, stack.length - leading));
    let depth = 0;
    for (let k = 0; k < open.length; k++) if (k === 0 || open[k] !== open[k - 1]) depth++;
    l.depth = depth;
    for (const t of l.toks) {
      if (t.open) stack.push(li);
      else if (t.close) stack.pop();
    }
  });
}

interface Alignable { parentId: number }

function alignable(l: Line): Alignable | undefined {
  const first = l.toks[0];
  if (!first.elem || l.toks.length < 3 || l.toks[1].assignFor !== first.elem.id) return undefined;
  if (l.toks.some((t) => t.multiline)) return undefined;
  const endIdx = l.toks.findIndex((t) => t.end === first.elem!.end);
  if (endIdx < 0) return undefined;
  const rest = l.toks.slice(endIdx + 1);
  let k = 0;
  if (rest[k]?.text === ',' && !rest[k].comment) k++;
  if (rest[k]?.comment) k++;
  if (k !== rest.length) return undefined;
  return { parentId: first.elem.parentId };
}

function align(lines: Line[]): void {
  let i = 0;
  while (i < lines.length) {
    const a = alignable(lines[i]);
    if (!a) { i++; continue; }
    const run: Line[] = [lines[i]];
    let j = i + 1;
    while (j < lines.length && lines[j].blank === 0) {
      const b = alignable(lines[j]);
      if (!b || b.parentId !== a.parentId) break;
      run.push(lines[j]);
      j++;
    }
    const width = Math.max(...run.map((l) => l.toks[0].text.length));
    for (const l of run) l.spaces[1] = width - l.toks[0].text.length + 1;
    i = j;
  }
  alignComments(lines);
}

function hasTrailingComment(l: Line): boolean {
  return l.toks.length > 1 && l.toks[l.toks.length - 1].comment && !l.toks.some((t) => t.multiline);
}

/** Width of a line up to its trailing comment. */
function contentWidth(l: Line): number {
  let w = l.toks[0].text.length;
  for (let k = 1; k < l.toks.length - 1; k++) w += l.spaces[k] + l.toks[k].text.length;
  return w;
}

/**
 * Trailing comments on consecutive lines of one indentation level line up one space after the
 * longest of those lines, as `terraform fmt` does; a line without one ends the chain.
 */
function alignComments(lines: Line[]): void {
  let i = 0;
  while (i < lines.length) {
    if (!hasTrailingComment(lines[i])) { i++; continue; }
    let j = i + 1;
    while (j < lines.length && lines[j].blank === 0 && lines[j].depth === lines[i].depth && hasTrailingComment(lines[j])) j++;
    const chain = lines.slice(i, j);
    const col = Math.max(...chain.map(contentWidth)) + 1;
    for (const l of chain) l.spaces[l.toks.length - 1] = col - contentWidth(l);
    i = j;
  }
}
