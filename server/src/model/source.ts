// Turning text into a SourceFile: parse, convert to the plain AST, free the tree.
import type { HclParser, SyntaxTree } from '../syntax/parser';
import { convertTree } from '../syntax/hcl-ast';
import { LineIndex } from '../syntax/range';
import type { EditedSpan } from '../syntax/ast-reuse';
import { CHUNK_CHARS, parseInChunks } from '../syntax/chunks';
import { exceedsFileLimit } from '../syntax/limits';
import type { SourceFile } from './types';

/**
 * Parse and convert a text. A long one is parsed chunk by chunk so the wasm heap never holds its
 * whole tree (chunks.ts); it falls back to one parse when the text has a syntax problem.
 */
export function parseSource(parser: HclParser, file: string, text: string, lines = new LineIndex(text), chunkChars = CHUNK_CHARS): SourceFile {
  if (text.length > chunkChars && exceedsFileLimit(text) === undefined) {
    const ast = parseInChunks(parser, text, lines, chunkChars);
    if (ast) return { file, text, lines, ast };
  }
  const tree = parser.parse(text);
  try {
    return sourceFromTree(file, text, tree, undefined, lines);
  } finally {
    tree.delete();
  }
}

/**
 * For callers that keep the tree for incremental reparsing: convert without deleting it. With the
 * previous SourceFile of the same document, unchanged top-level items are reused (ast-reuse.ts).
 * A caller that keeps the line index up to date (documents.ts) passes it, and what it knows of
 * the edited span (so the reuse need not compare the texts).
 */
export function sourceFromTree(file: string, text: string, tree: SyntaxTree, previous?: SourceFile, lines = new LineIndex(text), edited?: EditedSpan): SourceFile {
  return { file, text, lines, ast: convertTree(tree, text, lines, { previous, edited }) };
}
