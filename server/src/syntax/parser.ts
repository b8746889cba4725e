// The one module that loads tree-sitter. Everything else sees `SyntaxTree`/`SyntaxNode` from here,
// so the wasm binding could be swapped for the native one without touching callers.
import { Parser, Language, type Tree, type Node, type Edit, type TreeCursor } from 'web-tree-sitter';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type SyntaxTree = Tree;
export type SyntaxNode = Node;
export type SyntaxEdit = Edit;
export type SyntaxCursor = TreeCursor;

export interface WasmPaths {
  /** The web-tree-sitter runtime (named tree-sitter.wasm in 0.25, web-tree-sitter.wasm in 0.27). */
  runtime: string;
  /** The HCL grammar, tree-sitter-hcl.wasm from @tree-sitter-grammars/tree-sitter-hcl. */
  grammar: string;
}

export interface HclParser {
  /** Parse a whole text, or reparse incrementally when `old` was edited with `tree.edit()`. */
  parse(text: string, old?: SyntaxTree): SyntaxTree;
  readonly abiVersion: number;
}

let runtimeReady: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();

/**
 * Locate the two wasm files next to a bundle. The build copies the runtime under the name
 * tree-sitter.wasm; web-tree-sitter.wasm is accepted too so an unrenamed copy still loads.
 */
export function wasmPathsIn(dir: string): WasmPaths {
  const candidates = ['tree-sitter.wasm', 'web-tree-sitter.wasm'].map((n) => path.join(dir, n));
  const runtime = candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
  return { runtime, grammar: path.join(dir, 'tree-sitter-hcl.wasm') };
}

/** Initialise the runtime once per process, load the grammar once per path, return a parser. */
export async function createParser(paths: WasmPaths): Promise<HclParser> {
  for (const p of [paths.runtime, paths.grammar]) {
    if (!fs.existsSync(p)) throw new Error(`tree-sitter wasm not found: ${p}`);
  }
  return parserFor(paths.runtime, paths.grammar, () => fs.readFileSync(paths.grammar));
}

/** The web worker's parser: both wasm files are bundled into the worker script (no file system, no fetch). */
export function createWebParser(runtime: Uint8Array, grammar: Uint8Array): Promise<HclParser> {
  return parserFor('web-tree-sitter.wasm', 'web:tree-sitter-hcl.wasm', () => grammar, runtime);
}

async function parserFor(runtime: string, grammarKey: string, grammar: () => Uint8Array | string, runtimeBinary?: Uint8Array): Promise<HclParser> {
  runtimeReady ??= Parser.init(runtimeBinary ? { wasmBinary: runtimeBinary, locateFile: () => runtime } : { locateFile: () => runtime });
  await runtimeReady;
  let lang = languages.get(grammarKey);
  if (!lang) {
    lang = Language.load(grammar());
    languages.set(grammarKey, lang);
  }
  const language = await lang;
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    abiVersion: language.abiVersion,
    parse(text, old) {
      const tree = parser.parse(text, old ?? null);
      // parse() only returns null when cancelled or when no language is set; neither applies here.
      if (!tree) throw new Error('tree-sitter returned no tree');
      return tree;
    },
  };
}
