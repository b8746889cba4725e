// The seed inputs of both fuzzers: every example and fixture design file, and the regression
// inputs the fuzzers found (test/fixtures/fuzz/). Also the leaf-token view used to check that
// formatting keeps every token and comment.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/parser';
import type { HclParser, SyntaxNode } from '../../server/src/syntax/parser';

export interface SeedFile {
  /** Path relative to the repository root. */
  name: string;
  text: string;
  /** The folder that forms the file's model (its siblings are part of the same design). */
  folder: string;
}

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && e.name.endsWith('.ringside')) out.push(p);
  }
}

let cached: SeedFile[] | undefined;

export function seedFiles(): SeedFile[] {
  if (cached) return cached;
  const root = repoRoot();
  const files: string[] = [];
  for (const d of ['examples', 'test/fixtures']) walk(path.join(root, d), files);
  cached = files.sort().map((f) => ({ name: path.relative(root, f), text: fs.readFileSync(f, 'utf8'), folder: path.dirname(f) }));
  return cached;
}

/**
 * The non-whitespace leaves of a parse (comments included) as `type text`. Line ends inside a
 * token are compared as `\n` (the formatter writes the file's dominant line end everywhere) and
 * the trailing blanks of each line of a comment are dropped (it trims them, with lines ending as
 * in LSP); nothing else may differ.
 */
export function leafTokens(parser: HclParser, text: string): string[] {
  const tree = parser.parse(text);
  try {
    const out: string[] = [];
    const stack: SyntaxNode[] = [tree.rootNode];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.childCount === 0 || n.type === 'comment') {
        let t = n.text.replace(/\r\n/g, '\n');
        if (n.type === 'comment') t = t.replace(/[ \t]+(?=\r|\n|$)/g, '').replace(/\r+$/, '');
        if (t.trim() !== '') out.push(`${n.type} ${t}`);
        continue;
      }
      for (let i = n.childCount - 1; i >= 0; i--) {
        const k = n.child(i);
        if (k) stack.push(k);
      }
    }
    return out;
  } finally {
    tree.delete();
  }
}
