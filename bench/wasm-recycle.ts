// Wasm heap recycling, measured: a design with a syntax error is parsed whole (error recovery
// needs the whole text), which grows the parser's wasm heap by about 80 bytes per character; once
// its tree is deleted, the parser moves to a fresh runtime and the grown heap can be collected
// (syntax/parser.ts). Reported: the process's external memory (the wasm heaps are counted there) before the
// parse, while the tree is alive, and after the recycling and a full collection.
import { exposedGc } from './expose-gc';
import { createParser, type HclParser, type WasmPaths } from '../server/src/syntax/parser';

export interface WasmRecycle { before: number; grown: number; after: number; runtimes: number; rssGrown: number; rssAfter: number }

export async function wasmRecycle(paths: WasmPaths, brokenText: string): Promise<WasmRecycle> {
  const gc = exposedGc();
  const buffers = () => { gc(); return process.memoryUsage().external; };
  const parser = await createParser(paths);
  const before = buffers();
  const { grown, rssGrown } = parseAndFree(parser, brokenText, buffers);
  await parser.recycled();
  parser.parse('probe = true\n').delete();
  // V8 frees a collected wasm heap's memory on a later task: let one run between collections.
  for (let i = 0; i < 2; i++) { await new Promise((r) => setTimeout(r, 100)); buffers(); }
  const after = buffers();
  // The parser is used to the end, so its current runtime is counted in `after`.
  return { before, grown, after, runtimes: parser.runtimes, rssGrown, rssAfter: process.memoryUsage().rss };
}

/**
 * Parse and delete the tree in a function of its own, as the document store does: once deleted,
 * nothing refers to the tree or to the runtime that made it (a local of the async function above
 * would be kept in its suspended frame).
 */
function parseAndFree(parser: HclParser, text: string, buffers: () => number): { grown: number; rssGrown: number } {
  const tree = parser.parse(text);
  const grown = buffers();
  const rssGrown = process.memoryUsage().rss;
  tree.delete();
  return { grown, rssGrown };
}
