// Parsing a large text in pieces. web-tree-sitter keeps a whole tree in one wasm heap, and that
// heap never shrinks: a 10,000-component design (3.7 MB) needed a 270 MB tree, and every later
// parse ran in the heap it had grown. A design file is a list of top-level blocks, so a large
// text is cut between them into chunks of about CHUNK_CHARS, each chunk is parsed as an included
// range of the whole text (node offsets stay those of the whole text), converted, and its tree
// freed before the next one: the heap holds one chunk's tree at a time.
//
// The cuts come from a small scanner that knows only what can hide a line start from the top
// level: brackets, strings with their interpolations, comments and heredocs. It never decides
// what the text means: a chunk whose tree has any error sends the whole text back to a single
// parse (`parseInChunks` returns undefined), so broken designs are reported exactly as before,
// and a cut in a wrong place can only produce an error, never a different design (the chunked
// result is checked against the whole parse in test/unit/chunks.test.ts).
import type { HclParser, TextSpan } from './parser';
import { convertTree, type HclFile } from './hcl-ast';
import { lineBreakAt, type LineIndex } from './range';

/** Texts longer than this are parsed in chunks of about this many characters. */
export const CHUNK_CHARS = 64 * 1024;

/**
 * Offsets at which the text can be cut: line starts at the top level (outside brackets, strings,
 * comments and heredocs), at least `target` characters apart, preceded by 0 and followed by the
 * text's length. Undefined when the scan finds the text unbalanced (the caller parses it whole).
 */
export function chunkCuts(text: string, target: number): number[] | undefined {
  const cuts = [0];
  const n = text.length;
  // Open brackets and string interpolations: '{', '[', '(' or '$' for `${`/`%{` inside a string.
  const stack: number[] = [];
  let inString = false;
  let last = 0;
  let i = 0;
  const lineStart = (at: number) => {
    if (!inString && stack.length === 0 && at - last >= target && at < n) { cuts.push(at); last = at; }
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) { i += 2; continue; }
      if (c === 34 /* " */) { inString = false; i++; continue; }
      if (c === 36 /* $ */ || c === 37 /* % */) {
        // `$${` and `%%{` are escapes for a literal `${` / `%{`.
        if (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) { i += 3; continue; }
        if (text.charCodeAt(i + 1) === 123) { stack.push(36); inString = false; i += 2; continue; }
      }
      if (c === 10 || c === 13) return undefined; // a quoted string does not span lines
      i++;
      continue;
    }
    switch (c) {
      case 10: i++; lineStart(i); continue;
      case 13: i++; if (text.charCodeAt(i) === 10) i++; lineStart(i); continue;
      case 34: inString = true; i++; continue;
      case 35: i = lineBreakAt(text, i); continue; // `#` comment
      case 47: // `//` or `/* */`
        if (text.charCodeAt(i + 1) === 47) { i = lineBreakAt(text, i); continue; }
        if (text.charCodeAt(i + 1) === 42) {
          const end = text.indexOf('*/', i + 2);
          if (end < 0) return undefined;
          i = end + 2;
          continue;
        }
        i++;
        continue;
      case 123: case 91: case 40: stack.push(c); i++; continue;
      case 125: {
        const top = stack.pop();
        if (top === undefined) return undefined;
        if (top === 36) inString = true; // the end of an interpolation: back inside the string
        i++;
        continue;
      }
      case 93: case 41: if (stack.pop() === undefined) return undefined; i++; continue;
      case 60: // `<<EOF` or `<<-EOF`: skip to the line that closes it
        if (text.charCodeAt(i + 1) === 60) {
          const end = heredocEnd(text, i);
          if (end === undefined) return undefined;
          if (end >= 0) { i = end; continue; }
        }
        i++;
        continue;
      default: i++;
    }
  }
  if (inString || stack.length > 0) return undefined;
  cuts.push(n);
  return cuts;
}


/**
 * For `<<` at `i`: -1 when it does not open a heredoc, undefined when the heredoc never closes,
 * else the offset of the line break after the closing marker line.
 */
function heredocEnd(text: string, i: number): number | undefined {
  const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*(\r\n|\n|\r)/y;
  m.lastIndex = 0;
  const head = m.exec(text.slice(i, i + 256));
  if (!head) return -1;
  const marker = head[1];
  // Lines end where the grammar ends them: at `\r\n`, `\n` or a lone `\r` (parser.ts).
  let at = i + head[0].length;
  while (at < text.length) {
    const end = lineBreakAt(text, at);
    if (text.slice(at, end).trim() === marker) return end;
    at = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return undefined;
}

/** The included range [start, end) of `text`, with LSP positions as its points. */
export function spanOf(lines: LineIndex, start: number, end: number): TextSpan {
  const s = lines.positionAt(start), e = lines.positionAt(end);
  return { startIndex: start, endIndex: end, startPosition: { row: s.line, column: s.character }, endPosition: { row: e.line, column: e.character } };
}

/**
 * Parse and convert `[start, end)` of the text on its own; undefined when its tree has any error
 * or the conversion found a problem (the caller parses the whole text instead).
 */
export function convertSpan(parser: HclParser, text: string, lines: LineIndex, start: number, end: number): HclFile | undefined {
  if (start >= end) return { items: [], comments: [], problems: [] };
  const tree = parser.parse(text, undefined, spanOf(lines, start, end));
  try {
    if (tree.rootNode.hasError) return undefined;
    const file = convertTree(tree, text, lines);
    return file.problems.length > 0 ? undefined : file;
  } finally {
    tree.delete();
  }
}

/**
 * The AST of a long text, parsed chunk by chunk; undefined when the text has no safe cuts or any
 * chunk has a syntax problem (the caller parses it whole, which reports the problems).
 */
export function parseInChunks(parser: HclParser, text: string, lines: LineIndex, target = CHUNK_CHARS): HclFile | undefined {
  const cuts = chunkCuts(text, target);
  if (!cuts || cuts.length <= 2) return undefined;
  const file: HclFile = { items: [], comments: [], problems: [] };
  for (let k = 0; k + 1 < cuts.length; k++) {
    const part = convertSpan(parser, text, lines, cuts[k], cuts[k + 1]);
    if (!part) return undefined;
    for (const item of part.items) file.items.push(item);
    for (const comment of part.comments) file.comments.push(comment);
  }
  return file;
}
