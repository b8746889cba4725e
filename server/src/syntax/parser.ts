// The one module that loads tree-sitter. Everything else sees `SyntaxTree`/`SyntaxNode` from here,
// so the wasm binding could be swapped for the native one without touching callers.
//
// Hostile input (issue 10): texts above MAX_FILE_BYTES are refused before they reach wasm, and a
// wasm abort (`RuntimeError: Aborted()`, e.g. out of memory) never leaves a dead parser behind:
// the parser is replaced by a new instance and checked on a probe text; if the runtime itself is
// unusable, `onUnusable` is called (the language server exits so the client restarts it).
//
// Wasm heap recycling: a whole parse of a very large text grows the wasm heap (about 80 bytes per
// character: 300 MB for a 3.7 MB design with a syntax error), and a wasm heap never shrinks. Once
// no tree of such a runtime is left, the language server loads a fresh copy of web-tree-sitter —
// its own module, classes and heap (tree-sitter-fresh.d.ts) — and parses with that; the old one is
// collected with its heap. Trees stay with the runtime that made them (an incremental reparse uses
// the old tree's runtime), so nothing ever crosses from one heap to another.
import { Parser, Language, type Tree, type Node, type Edit, type TreeCursor } from 'web-tree-sitter';
import { freshTreeSitter } from 'ringside-tree-sitter:fresh';
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
  /** How many wasm runtimes this parser has used (1, plus one per recycling). */
  readonly runtimes: number;
  /** Resolves once no recycling is under way (tests). */
  recycled(): Promise<void>;
}

export interface ParserOptions {
  /** Called when the wasm runtime aborted and a fresh parser cannot parse even a probe text. */
  onUnusable?: (error: unknown) => void;
  /** Tests only: throw a wasm abort when the text contains this marker (see RINGSIDE_FAULT_ABORT). */
  faultMarker?: string;
  /** Tests only: the recovery probe fails too, as if the runtime were corrupted. */
  faultFatal?: boolean;
  /** A whole parse of this many characters or more marks the runtime for recycling (RECYCLE_AFTER_CHARS). */
  recycleAfterChars?: number;
}

/**
 * Whole parses from this length on grow the wasm heap well beyond its initial 32 MB (about 40 MB
 * of tree); chunked and region parses never come near it.
 */
export const RECYCLE_AFTER_CHARS = 512 * 1024;

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
  const recycleAfter = options.recycleAfterChars ?? RECYCLE_AFTER_CHARS;

  /** One wasm runtime: the package's classes, the grammar loaded into it, its parser and its live trees. */
  interface Runtime { Parser: typeof Parser; language: Language; parser: Parser; live: number; grown: boolean }
  const fresh = (rt: Pick<Runtime, 'Parser' | 'language'>) => {
    const p = new rt.Parser();
    instances++;
    p.setLanguage(rt.language);
    return p;
  };
  /** A runtime of its own, from a fresh copy of the package: collectable with its heap once unused. */
  async function ownRuntime(ts: NonNullable<ReturnType<typeof freshTreeSitter>>): Promise<Runtime> {
    await ts.Parser.init(runtimeOptions(runtime, runtimeBinary));
    const language = await ts.Language.load(grammar());
    return { Parser: ts.Parser, language, parser: fresh({ Parser: ts.Parser, language }), live: 0, grown: false };
  }
  /**
   * The bundled copy, shared by every parser of the process (the CLI, the web worker): its module
   * lives as long as the bundle, so it is never recycled.
   */
  async function sharedRuntime(): Promise<Runtime> {
    runtimeReady ??= Parser.init(runtimeOptions(runtime, runtimeBinary));
    await runtimeReady;
    let lang = languages.get(grammarKey);
    if (!lang) {
      lang = Language.load(grammar());
      languages.set(grammarKey, lang);
    }
    const language = await lang;
    return { Parser, language, parser: fresh({ Parser, language }), live: 0, grown: false };
  }
  const first = freshTreeSitter();
  let current: Runtime = first ? await ownRuntime(first) : await sharedRuntime();
  const language = current.language;
  let runtimes = 1;
  let recycling: Promise<void> | undefined;
  let unusable = false;
  const runtimeOf = new WeakMap<Tree, Runtime>();

  /** Replace the runtime's parser after an abort; true when the new one parses the probe text. */
  function recover(rt: Runtime): boolean {
    try { rt.parser.delete(); } catch { /* the old instance may be unreachable after an abort */ }
    try {
      rt.parser = fresh(rt);
      if (options.faultFatal) throw new WasmRuntimeError('Aborted(injected fault: probe)');
      return probe(rt.parser);
    } catch {
      return false;
    }
  }

  /** A tree counts as live until its delete(); the last one of a grown runtime starts the recycling. */
  function track(tree: Tree, rt: Runtime): void {
    runtimeOf.set(tree, rt);
    rt.live++;
    const free = tree.delete;
    let freed = false;
    tree.delete = function (this: Tree) {
      if (freed) return;
      freed = true;
      rt.live--;
      free.call(this);
      if (rt === current && rt.grown && rt.live === 0) recycle();
    };
  }

  /** Load a fresh runtime in the background and parse with it from then on (Node only). */
  function recycle(): void {
    if (recycling || unusable) return;
    recycling = (async () => {
      const ts = freshTreeSitter();
      if (!ts) return; // a build without fresh copies (the CLI, the web worker): nothing to do
      const next = await ownRuntime(ts);
      if (!probe(next.parser)) { next.parser.delete(); return; }
      const old = current;
      current = next;
      runtimes++;
      // The old runtime goes with its last tree; its parser is no longer needed by new parses,
      // but a tree made while this one loaded may still be reparsed with it.
      if (old.live === 0) old.parser.delete();
    })().catch(() => { /* the current runtime keeps serving */ }).finally(() => { recycling = undefined; });
  }

  return {
    abiVersion: language.abiVersion,
    get runtimes() { return runtimes; },
    recycled: () => recycling ?? Promise.resolve(),
    parse(text, old, within) {
      const bytes = exceedsFileLimit(text);
      if (bytes !== undefined) throw new ParseRefusedError(tooLargeMessage(bytes));
      if (unusable) throw new ParseRefusedError('the parser runtime failed earlier; restart the server');
      // An incremental reparse stays in the runtime of the tree it starts from.
      const rt = (old && runtimeOf.get(old)) || current;
      let tree: Tree | null;
      try {
        if (options.faultMarker && text.includes(options.faultMarker)) throw new WasmRuntimeError('Aborted(injected fault)');
        tree = rt.parser.parse(chunked(text), old ?? null, within ? { includedRanges: [within] } : undefined);
      } catch (e) {
        if (!isWasmAbort(e)) throw e;
        if (!recover(rt)) {
          unusable = true;
          options.onUnusable?.(e);
          throw new ParseRefusedError(`the parser runtime failed (${(e as Error).message}) and could not be restarted`);
        }
        throw new ParseRefusedError(`the parser failed on this text (${(e as Error).message}); it was restarted for the other files`);
      }
      // parse() only returns null when cancelled or when no language is set; neither applies here.
      if (!tree) throw new Error('tree-sitter returned no tree');
      if (!within && text.length >= recycleAfter) rt.grown = true;
      track(tree, rt);
      return tree;
    },
  };
}

/** Emscripten's options for the runtime wasm: from a file next to the bundle, or from bytes. */
function runtimeOptions(runtime: string, binary: Uint8Array | undefined): object {
  return binary ? { wasmBinary: binary, locateFile: () => runtime } : { locateFile: () => runtime };
}

/** Whether a parser parses the probe text without error. */
function probe(parser: Parser): boolean {
  const tree = parser.parse(PROBE);
  if (!tree) return false;
  const ok = !tree.rootNode.hasError;
  tree.delete();
  return ok;
}
