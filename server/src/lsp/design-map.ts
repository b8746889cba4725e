// The design map and what-if placement for the editor: turns the map layer's results into the
// shapes of protocol.ts, and offers "Move component to context…" as a refactoring and the
// "Show design map" code lens. No connection here; server.ts wires the handlers.
import * as fs from 'node:fs';
import * as path from 'node:path';
// Required, not imported: the web build maps node:worker_threads to a shim without Worker, and
// there `available` is false, so ELK runs inside the web worker itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workerThreads = require('node:worker_threads') as Partial<typeof import('node:worker_threads')>;
import ElkApi from 'elkjs/lib/elk-api.js';
import { CodeActionKind, type CodeAction, type CodeLens, type Range } from 'vscode-languageserver/node';
import type { HclParser } from '../syntax/parser';
import type { CheckResult } from '../check';
import type { AnalysisOptions } from '../analysis/engine';
import type { ModelBlock } from '../model/types';
import { buildMapGraph, countsText, BAND_LABEL } from '../map/graph';
import { layoutMap, type LayoutEngine } from '../map/layout';
import { MAP_CSS, renderSvg } from '../map/render-svg';
import { moveTargets, previewMove, previewText } from '../map/what-if';
import {
  MoveComponentCommand, ShowDesignMapCommand,
  type DesignMapElement, type DesignMapResult, type MoveTargetsResult, type PreviewMoveResult,
} from './protocol';

/**
 * ELK in a worker thread (server/dist/elk-worker.js, built from elk-thread.ts), so laying out a
 * large map never blocks the server's answers to the editor. Without the file (tests that bundle
 * the server elsewhere) ELK runs in this thread.
 */
export class WorkerLayoutEngine implements LayoutEngine {
  private elk: InstanceType<typeof ElkApi> | undefined;
  private worker: import('node:worker_threads').Worker | undefined;
  /** Rejected when the worker dies, so a pending layout fails instead of waiting forever. */
  private died: Promise<never> | undefined;

  // No __dirname in the web extension's worker: there is no layout thread there.
  constructor(private readonly script = typeof __dirname === 'string' ? path.join(__dirname, 'elk-worker.js') : '') {}

  get available(): boolean { return this.script !== '' && typeof workerThreads.Worker === 'function' && fs.existsSync(this.script); }

  layout(graph: Parameters<LayoutEngine['layout']>[0]) {
    if (!this.elk) {
      const worker = new workerThreads.Worker!(this.script);
      worker.unref(); // never keeps the server alive
      this.worker = worker;
      const adapter = {
        postMessage: (m: unknown) => worker.postMessage(m),
        terminate: () => { void worker.terminate(); },
        set onmessage(fn: (e: { data: unknown }) => void) { worker.on('message', (data) => fn({ data })); },
      };
      this.died = new Promise<never>((_, reject) => {
        const gone = (why: string) => { this.elk = undefined; this.worker = undefined; reject(new Error(`the layout thread stopped: ${why}`)); };
        worker.on('error', (e) => gone(e instanceof Error ? e.message : String(e)));
        worker.on('exit', (code) => gone(`exit code ${code}`));
      });
      this.died.catch(() => { /* reported through the layouts that were waiting */ });
      this.elk = new ElkApi({ workerFactory: () => adapter as never });
    }
    return Promise.race([this.elk.layout(graph), this.died!]);
  }

  dispose(): void { void this.worker?.terminate(); this.worker = undefined; this.elk = undefined; }
}

export async function designMap(result: CheckResult, model: string, engine?: LayoutEngine): Promise<DesignMapResult> {
  const graph = buildMapGraph(result);
  const layout = await layoutMap(graph, engine);
  const elements: Record<string, DesignMapElement> = {};
  const blocks: ModelBlock[] = [...result.model.contexts, ...result.model.components, ...result.model.inputs, ...result.model.deployments, ...result.model.channels];
  const drawn = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.element).filter((k): k is string => !!k)]);
  for (const b of blocks) if (drawn.has(b.key)) elements[b.key] = { uri: b.file, head: b.headLoc.range, range: b.range };
  return {
    model, title: graph.title, svg: renderSvg(layout), css: MAP_CSS, elements,
    problems: graph.problems.map((p) => ({ message: p.message, uri: p.loc?.file, range: p.loc?.range })),
    collapsed: graph.collapsed,
    summary: `${graph.title}: ${countsText(graph.totals)}`,
  };
}

export function moveTargetsOf(result: CheckResult, component: string): MoveTargetsResult {
  return { targets: moveTargets(result, component).map((t) => ({ key: t.key, label: t.name, description: `${t.kind} · ${BAND_LABEL[t.band]}` })) };
}

export function previewMoveOf(parser: HclParser, result: CheckResult, component: string, context: string, options: AnalysisOptions): PreviewMoveResult {
  const p = previewMove(parser, result, component, context, options);
  const changes: PreviewMoveResult['changes'] = {};
  for (const e of p.edits) (changes[e.file] ??= []).push({ range: e.range, newText: e.newText });
  return {
    text: previewText(p), resolved: p.resolved, introduced: p.introduced, errorsAfter: p.errorsAfter, changes,
    blast: { before: p.blastBefore?.crashText, after: p.blastAfter?.crashText, recoveryBefore: p.blastBefore?.recovery, recoveryAfter: p.blastAfter?.recovery },
  };
}

const contains = (r: Range, p: Range['start']) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) &&
  (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

/** "Move component `x` to context…" when the cursor is in a component of a model with other contexts. */
export function moveComponentActions(result: CheckResult, uri: string, range: Range): CodeAction[] {
  const comp = result.model.components.find((c) => c.file === uri && c.name && contains(c.range, range.start));
  if (!comp || moveTargets(result, comp.key).length === 0) return [];
  return [{
    title: `Move component \`${comp.name}\` to context…`,
    kind: CodeActionKind.RefactorMove,
    command: { title: 'Move component to context…', command: MoveComponentCommand, arguments: [uri, comp.key] },
  }];
}

/** One "Show design map" lens on the first element of each design file. */
export function designMapLens(result: CheckResult, uri: string): CodeLens[] {
  const first = [result.model.agent, ...result.model.contexts, ...result.model.inputs, ...result.model.deployments]
    .filter((b): b is ModelBlock => !!b && b.file === uri)
    .sort((a, b) => a.range.start.line - b.range.start.line)[0];
  return first ? [{ range: first.headLoc.range, command: { title: 'Show design map', command: ShowDesignMapCommand, arguments: [uri] } }] : [];
}
