// Lays the design map out with ELK (Eclipse Layout Kernel, elkjs): layered, top to bottom, with
// hierarchy (components inside their context box, edges routed across boxes). Bands stay in
// privilege order through ELK's partitioning: each context gets its band's partition, inputs and
// deployments partition 0, and ELK places a lower partition in earlier layers. We only measure
// text to size the boxes and draw the band strips around the result.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { bandIndex, CRASH_SHORT, countsText, type MapEdge, type MapGraph, type MapNode } from './graph';
import type { Band } from '../schema/context-kinds';

export interface Box { x: number; y: number; w: number; h: number }
export interface Point { x: number; y: number }
export interface LaidEdge { edge: MapEdge; points: Point[]; label?: Box }
export interface Lane { band: Band | 'inputs'; y: number; h: number }
export interface MapLayout {
  graph: MapGraph;
  width: number;
  height: number;
  /** Absolute boxes by node id. */
  boxes: Map<string, Box>;
  lanes: Lane[];
  edges: LaidEdge[];
}

/** Left column for the band names. */
export const LANE_LABEL_WIDTH = 190;
const MARGIN = 16;
/** Text metrics of the monospace font the renderer uses (0.6 em advance). */
export const FONT = { name: 13, small: 11, advance: 0.6, line: 16 };
export const MAX_CHARS = 44;

export function clip(s: string, n = MAX_CHARS): string { return s.length > n ? s.slice(0, n - 1) + '…' : s; }

/** The lines a node box shows, first the name; the renderer draws exactly these. */
export function nodeLines(n: MapNode): string[] {
  const lines = [clip(n.name), clip(n.kind === 'context' ? `context · ${n.detail}` : n.kind === 'component' ? n.detail : `${n.kind} · ${n.detail}`)];
  if (n.collapsed !== undefined) lines.push(`${n.collapsed} component${n.collapsed === 1 ? '' : 's'} (collapsed)`);
  lines.push(clip(countsText(n.counts)));
  if (n.blast) lines.push(CRASH_SHORT[n.blast.crash] ?? `crash: ${n.blast.crash}`, `recovery: ${n.blast.recovery.replace(/_/g, ' ')}`);
  return lines;
}

function textWidth(lines: string[]): number {
  return Math.max(...lines.map((l, i) => l.length * (i === 0 ? FONT.name : FONT.small) * FONT.advance));
}

const PAD = 8;
export function edgeLabelText(e: MapEdge): string {
  const c = e.counts && (e.counts.error || e.counts.warning) ? ` · ${countsText(e.counts)}` : '';
  return clip(e.label + c, 60);
}

/** What lays a graph out: ELK in this thread by default, or (in the language server) in a worker thread. */
export interface LayoutEngine { layout(graph: ElkNode): Promise<ElkNode> }

let inThread: LayoutEngine | undefined;

/**
 * ELK in this thread, loaded on first use. Not in a browser web worker (the web extension's
 * server): loading ELK's bundle there takes over the worker's message handler.
 */
function inThreadElk(): LayoutEngine {
  const g = globalThis as { self?: unknown; window?: unknown; importScripts?: unknown };
  if (g.self !== undefined && g.window === undefined && typeof g.importScripts === 'function') {
    throw new Error('the design map is not available in the web extension');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ELK = require('elkjs/lib/elk.bundled.js') as typeof import('elkjs/lib/elk.bundled.js').default;
  return new ELK();
}

export async function layoutMap(graph: MapGraph, engine?: LayoutEngine): Promise<MapLayout> {
  const elk = engine ?? (inThread ??= inThreadElk());
  const children = new Map<string, ElkNode[]>();
  const top: ElkNode[] = [];
  for (const n of graph.nodes) {
    const lines = nodeLines(n);
    const w = Math.ceil(textWidth(lines) + 2 * PAD);
    const h = lines.length * FONT.line + 2 * PAD;
    if (n.kind === 'component') {
      const list = children.get(n.parent!) ?? [];
      list.push({ id: n.id, width: w, height: h });
      children.set(n.parent!, list);
    }
  }
  for (const n of graph.nodes) {
    if (n.kind === 'component') continue;
    const lines = nodeLines(n);
    const w = Math.ceil(textWidth(lines) + 2 * PAD);
    const h = lines.length * FONT.line + 2 * PAD;
    const partition = n.kind === 'context' ? 1 + bandIndex(n.band) : 0;
    const kids = children.get(n.id);
    top.push({
      id: n.id,
      ...(kids && kids.length
        ? { children: kids, layoutOptions: { 'elk.partitioning.partition': String(partition), 'elk.padding': `[top=${h + 4},left=${PAD + 4},bottom=${PAD + 4},right=${PAD + 4}]`, 'elk.nodeSize.constraints': 'MINIMUM_SIZE', 'elk.nodeSize.minimum': `(${w},${h})` } }
        : { width: w, height: h, layoutOptions: { 'elk.partitioning.partition': String(partition) } }),
    });
  }
  const edges: ElkExtendedEdge[] = graph.edges.map((e) => {
    const text = edgeLabelText(e);
    return { id: e.id, sources: [e.from], targets: [e.to], labels: [{ id: `${e.id}#label`, text, width: text.length * FONT.small * FONT.advance + 6, height: FONT.line }] };
  });
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.partitioning.activate': 'true',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.padding': `[top=${MARGIN + 12},left=${MARGIN},bottom=${MARGIN + 12},right=${MARGIN}]`,
      // Fewer crossing-minimisation passes on big graphs: seconds saved, slightly more crossings.
      ...(graph.nodes.length > 150 ? { 'elk.layered.thoroughness': '2' } : {}),
    },
    children: top,
    edges,
  };
  const out = await elk.layout(root);

  const dx = LANE_LABEL_WIDTH;
  const boxes = new Map<string, Box>();
  const visit = (n: ElkNode) => {
    if (n.id !== '__root') boxes.set(n.id, { x: (n.x ?? 0) + dx, y: n.y ?? 0, w: n.width ?? 0, h: n.height ?? 0 });
    for (const c of n.children ?? []) visit(c);
  };
  visit(out);
  const laid: LaidEdge[] = [];
  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  const collect = (n: ElkNode) => {
    for (const e of (n.edges ?? []) as ElkExtendedEdge[]) {
      const edge = byId.get(e.id);
      if (!edge) continue;
      const points: Point[] = [];
      for (const s of e.sections ?? []) {
        points.push({ x: s.startPoint.x + dx, y: s.startPoint.y });
        for (const b of s.bendPoints ?? []) points.push({ x: b.x + dx, y: b.y });
        points.push({ x: s.endPoint.x + dx, y: s.endPoint.y });
      }
      const l = e.labels?.[0];
      laid.push({ edge, points, label: l && { x: (l.x ?? 0) + dx, y: l.y ?? 0, w: l.width ?? 0, h: l.height ?? 0 } });
    }
    for (const c of n.children ?? []) collect(c);
  };
  collect(out);

  // Lanes: one per present band (plus inputs), spanning its contexts; borders halfway between.
  const width = (out.width ?? 0) + dx;
  const height = out.height ?? 0;
  const spans: { band: Lane['band']; top: number; bottom: number }[] = [];
  const spanOf = (band: Lane['band'], ids: string[]) => {
    const bs = ids.map((id) => boxes.get(id)).filter((b): b is Box => !!b);
    if (bs.length) spans.push({ band, top: Math.min(...bs.map((b) => b.y)), bottom: Math.max(...bs.map((b) => b.y + b.h)) });
  };
  spanOf('inputs', graph.nodes.filter((n) => n.kind === 'input' || n.kind === 'deployment').map((n) => n.id));
  for (const band of graph.bands) spanOf(band, graph.nodes.filter((n) => n.kind === 'context' && n.band === band).map((n) => n.id));
  const lanes: Lane[] = spans.map((s, i) => {
    const y = i === 0 ? 0 : (spans[i - 1].bottom + s.top) / 2;
    const end = i === spans.length - 1 ? height : (s.bottom + spans[i + 1].top) / 2;
    return { band: s.band, y, h: end - y };
  });
  return { graph, width, height, boxes, lanes, edges: laid };
}
