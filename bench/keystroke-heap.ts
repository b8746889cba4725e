// The heap side of the server's memory, measured in this process with the language server's own
// document store and check session: what an open design keeps (text, line index, AST, model,
// analysis) and what one keystroke allocates. The peak RSS rows say how much the server holds;
// these say why: what is kept is the live set, and what a keystroke allocates is the garbage that
// V8 lets pile up between major collections while edits arrive back to back.
import * as inspector from 'node:inspector';
import type { HclParser } from '../server/src/syntax/parser';
import { DocumentStore } from '../server/src/lsp/documents';
import { CheckSession } from '../server/src/check';
import { editPoint } from './edit-point';
import { exposedGc } from './expose-gc';

export interface KeystrokeHeap {
  /** Heap kept after opening and checking the design (bytes). */
  kept: number;
  /** Bytes allocated per keystroke, from V8's sampling heap profiler (collected objects included). */
  perEdit: number;
  /** The length of the text in characters (one byte each for an ASCII design). */
  textLength: number;
}

export async function keystrokeHeap(parser: HclParser, text: string, edits: number): Promise<KeystrokeHeap> {
  // A full collection between phases makes heapUsed the live set.
  const gc = exposedGc();
  const options = { today: '2026-01-15' };
  const uri = 'file:///bench/bench.ringside';
  gc();
  const before = process.memoryUsage().heapUsed;
  const store = new DocumentStore(parser);
  const session = new CheckSession();
  let doc = store.open(uri, 'ringside', 1, text);
  session.check('/bench', [doc.source(parser)], options);
  gc();
  const kept = process.memoryUsage().heapUsed - before;

  const { line, col } = editPoint(text);
  const session2 = new inspector.Session();
  session2.connect();
  const post = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => session2.post(method, params, (e, r) => (e ? reject(e) : resolve(r as T))));
  await post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < edits; i++) {
    const add = i % 2 === 0;
    const range = add ? { start: { line, character: col }, end: { line, character: col } } : { start: { line, character: col }, end: { line, character: col + 1 } };
    doc = store.change(uri, i + 2, [{ range, text: add ? 'x' : '' }])!;
    session.check('/bench', [doc.source(parser)], options);
  }
  const { profile } = await post<{ profile: { head: SampleNode } }>('HeapProfiler.stopSampling');
  session2.disconnect();
  store.close(uri);
  return { kept, perEdit: allocated(profile.head) / edits, textLength: text.length };
}

interface SampleNode { selfSize: number; children: SampleNode[] }

function allocated(node: SampleNode): number {
  let sum = 0;
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    sum += n.selfSize;
    stack.push(...n.children);
  }
  return sum;
}
