// The one module that loads tree-sitter. Everything else sees `SyntaxTree`/`SyntaxNode` from here,
// so the wasm binding could be swapped for the native one without touching callers.
//
// Hostile input (issue 10): texts above MAX_FILE_BYTES are refused before they reach wasm, and a
// wasm abort (`RuntimeError: Aborted()`, e.g. out of memory) never leaves a dead parser behind:
// the parser is replaced by a new instance and checked on a probe text; if the runtime itself is
// unusable, `onUnusable` is called (the language server exits so the client restarts it).
import { Parser, Language, type Tree, type Node, type Edit, type TreeCursor } from 'web-tree-sitter';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exceedsFileLimit, tooLargeMessage } from './limits';

export type SyntaxTree = Tree;
export type SyntaxNode = Node;
export type SyntaxEdit = Edit;
export type SyntaxCursor = TreeCursor;

/**
 * A part of a text to parse on its own (tree-sitter's included range), in UTF-16 offsets; the
 * points are not read by anything (positions come from offsets through the line index) and may
 * be LSP positions. Nodes of the tree keep the offsets of the whole text.
 */
export interface TextSpan {
  startIndex: number;
  endIndex: number;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
}

export interface WasmPaths {
  /** The web-tree-sitter runtime (named tree-sitter.wasm in 0.25, web-tree-sitter.wasm in 0.27). */
  runtime: string;
  /** The HCL grammar, tree-sitter-hcl.wasm from @tree-sitter-grammars/tree-sitter-hcl. */
  grammar: string;
}

export interface HclParser {
  /**
   * Parse a whole text, or reparse incrementally when `old` was edited with `tree.edit()`, or
   * parse only `within` that span of the text (chunks.ts, region-reparse.ts).
   * Throws ParseRefusedError for a text over the size limit or one that aborted the runtime.
   */
  parse(text: string, old?: SyntaxTree, within?: TextSpan): SyntaxTree;
  readonly abiVersion: number;
}

export interface ParserOptions {
  /** Called when the wasm runtime aborted and a fresh parser cannot parse even a probe text. */
  onUnusable?: (error: unknown) => void;
  /** Tests only: throw a wasm abort when the text contains this marker (see RINGSIDE_FAULT_ABORT). */
  faultMarker?: string;
  /** Tests only: the recovery probe fails too, as if the runtime were corrupted. */
  faultFatal?: boolean;
}

/** A text the parser will not or could not parse; the message is for the user. */
export class ParseRefusedError extends Error {}

let runtimeReady: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();
let instances = 0;

/** How many wasm parser instances this process has created (one per process in normal use). */
export function parserInstancesCreated(): number { return instances; }

/**
 * Locate the two wasm files next to a bundle. The build copies the runtime under the name
 * tree-sitter.wasm; web-tree-sitter.wasm is accepted too so an unrenamed copy still loads.
 */
export function wasmPathsIn(dir: string): WasmPaths {
  const candidates = ['tree-sitter.wasm', 'web-tree-sitter.wasm'].map((n) => path.join(dir, n));
  const runtime = candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
  return { runtime, grammar: path.join(dir, 'tree-sitter-hcl.wasm') };
}

/** wasmPathsIn of `dir` or the nearest folder above it that holds the grammar (bundles in subfolders). */
export function wasmPathsNear(dir: string): WasmPaths {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'tree-sitter-hcl.wasm'))) return wasmPathsIn(d);
    if (path.dirname(d) === d) return wasmPathsIn(dir);
  }
}

/** WebAssembly.RuntimeError (the project's TypeScript lib has no WebAssembly types). */
const WasmRuntimeError: ErrorConstructor = (globalThis as unknown as { WebAssembly: { RuntimeError: ErrorConstructor } }).WebAssembly.RuntimeError;

/** An exception thrown by the Emscripten runtime: abort() raises WebAssembly.RuntimeError. */
function isWasmAbort(e: unknown): boolean {
  return e instanceof WasmRuntimeError || (e instanceof Error && /^Aborted\(/.test(e.message));
}

const PROBE = 'probe "p" {\n  ok = true\n}\n';

/** UTF-16 units handed to tree-sitter per read; below web-tree-sitter's 10 KiB input buffer. */
const CHUNK_UNITS = 4096;

/**
 * The text as tree-sitter reads it, in chunks that never end between the two halves of a
 * surrogate pair. Given a plain string, web-tree-sitter hands over `text.slice(index)` — a copy
 * of the whole rest of the text for every 5,119-unit read, and for every `node.text` — and cuts
 * it at a fixed size, so an astral character at a chunk boundary was lexed as two lone
 * surrogates: the same design parsed differently depending on where it stood (found by the
 * fuzzer, issue 10). The tree keeps this callback for `node.text`.
 *
 * A lone `\r` is handed over as `\n`: LSP counts it as a line end, and so does the line index
 * every position comes from, but tree-sitter-hcl does not, so a `#` comment in a file with
 * classic Mac line endings ran on to the end of the file and took the design with it. Offsets
 * are unchanged (one unit for one), so nothing else needs to know.
 */
function chunked(text: string): (index: number) => string {
  return (index) => {
    if (index >= text.length) return '';
    let end = Math.min(text.length, index + CHUNK_UNITS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const piece = text.slice(index, end);
    if (!piece.includes('\r')) return piece;
    // A `\r` that ends the piece is lone only if the text does not go on with `\n`.
    return piece.replace(/\r(?!\n)/g, (cr: string, at: number) => (at === piece.length - 1 && text.charCodeAt(end) === 10 ? cr : '\n'));
  };
}

/** Initialise the runtime once per process, load the grammar once per path, return a parser. */
export async function createParser(paths: WasmPaths, options: ParserOptions = {}): Promise<HclParser> {
  for (const p of [paths.runtime, paths.grammar]) {
    if (!fs.existsSync(p)) throw new Error(`tree-sitter wasm not found: ${p}`);
  }
  return parserFor(paths.runtime, paths.grammar, () => fs.readFileSync(paths.grammar), undefined, options);
}

/** The web worker's parser: both wasm files are bundled into the worker script (no file system, no fetch). */
export function createWebParser(runtime: Uint8Array, grammar: Uint8Array, options: ParserOptions = {}): Promise<HclParser> {
  return parserFor('web-tree-sitter.wasm', 'web:tree-sitter-hcl.wasm', () => grammar, runtime, options);
}

async function parserFor(runtime: string, grammarKey: string, grammar: () => Uint8Array | string, runtimeBinary: Uint8Array | undefined,
  options: ParserOptions): Promise<HclParser> {
  runtimeReady ??= Parser.init(runtimeBinary ? { wasmBinary: runtimeBinary, locateFile: () => runtime } : { locateFile: () => runtime });
  await runtimeReady;
  let lang = languages.get(grammarKey);
  if (!lang) {
    lang = Language.load(grammar());
    languages.set(grammarKey, lang);
  }
  const language = await lang;
  const fresh = () => {
    const p = new Parser();
    instances++;
    p.setLanguage(language);
    return p;
  };
  let parser = fresh();
  let unusable = false;

  /** Replace the parser after an abort; true when the new one parses the probe text. */
  function recover(): boolean {
    try { parser.delete(); } catch { /* the old instance may be unreachable after an abort */ }
    try {
      parser = fresh();
      if (options.faultFatal) throw new WasmRuntimeError('Aborted(injected fault: probe)');
      const probe = parser.parse(PROBE);
      if (!probe) return false;
      const ok = !probe.rootNode.hasError;
      probe.delete();
      return ok;
    } catch {
      return false;
    }
  }

  return {
    abiVersion: language.abiVersion,
    parse(text, old, within) {
      const bytes = exceedsFileLimit(text);
      if (bytes !== undefined) throw new ParseRefusedError(tooLargeMessage(bytes));
      if (unusable) throw new ParseRefusedError('the parser runtime failed earlier; restart the server');
      let tree: Tree | null;
      try {
        if (options.faultMarker && text.includes(options.faultMarker)) throw new WasmRuntimeError('Aborted(injected fault)');
        tree = parser.parse(chunked(text), old ?? null, within ? { includedRanges: [within] } : undefined);
      } catch (e) {
        if (!isWasmAbort(e)) throw e;
        if (!recover()) {
          unusable = true;
          options.onUnusable?.(e);
          throw new ParseRefusedError(`the parser runtime failed (${(e as Error).message}) and could not be restarted`);
        }
        throw new ParseRefusedError(`the parser failed on this text (${(e as Error).message}); it was restarted for the other files`);
      }
      // parse() only returns null when cancelled or when no language is set; neither applies here.
      if (!tree) throw new Error('tree-sitter returned no tree');
      return tree;
    },
  };
}
