// The design map as data: bands ordered by privilege, contexts in their band with their
// components, inputs and deployments, and the flows between them, each element with its finding
// counts and blast radius. Pure: built from a CheckResult, laid out by layout.ts and drawn by
// render-svg.ts (webview and report) or mermaid.ts.
import type { CheckResult } from '../check';
import type { Loc, ModelBlock } from '../model/types';
import type { Finding } from '../analysis/types';
import { BANDS, CONTEXT_FACTS, type Band } from '../schema/context-kinds';
import { VENDOR_DELIVERED } from '../analysis/semantics';

export const BAND_ORDER: readonly Band[] = BANDS.map((b) => b.id);
export const BAND_LABEL: Readonly<Record<Band, string>> = Object.fromEntries(BANDS.map((b) => [b.id, b.label])) as Record<Band, string>;

export interface SeverityCounts { error: number; warning: number; information: number; hint: number; waived: number }

export interface MapBlast {
  crash: string;
  crashText: string;
  recovery: string;
  recoveryText: string;
  fleetReach: string;
}

export type MapNodeKind = 'context' | 'component' | 'input' | 'deployment';

export interface MapNode {
  /** The element's model key (`component.content_interpreter`); unique in a map. */
  id: string;
  kind: MapNodeKind;
  name: string;
  /** What the element is, in a few words: the context kind, component kinds, input source. */
  detail: string;
  /** Contexts and their components: the band drawn in. */
  band?: Band;
  /** Components: the context's id. */
  parent?: string;
  loc: Loc;
  counts: SeverityCounts;
  blast?: MapBlast;
  /** A collapsed context: how many components it holds that are not drawn one by one. */
  collapsed?: number;
}

export type MapEdgeKind = 'consumes' | 'channel' | 'delivers';

export interface MapEdge {
  id: string;
  kind: MapEdgeKind;
  from: string;
  to: string;
  label: string;
  loc: Loc;
  /** The channel's model key, for channels. */
  element?: string;
  /** Carries content or data from a less privileged band into a more privileged one. */
  upward: boolean;
  /** What reaches the receiver: channel `form`, or raw for `consumes`. */
  form?: 'raw' | 'compiled' | 'unspecified';
  counts?: SeverityCounts;
  /** How many model edges a collapsed edge stands for. */
  merged?: number;
}

export interface MapProblem { message: string; loc?: Loc }

export interface MapGraph {
  title: string;
  /** The bands that hold at least one drawn context, least privileged first. */
  bands: Band[];
  nodes: MapNode[];
  edges: MapEdge[];
  /** What the map could not draw (unknown context kinds, unresolved ends) and model errors. */
  problems: MapProblem[];
  /** Set when the model was too large to draw component by component. */
  collapsed?: string;
  totals: SeverityCounts;
}

export interface MapOptions {
  /** Above this many components, contexts are drawn collapsed (default 300). */
  maxComponents?: number;
}

export const DEFAULT_MAX_COMPONENTS = 300;

export function emptyCounts(): SeverityCounts { return { error: 0, warning: 0, information: 0, hint: 0, waived: 0 }; }

function addFinding(c: SeverityCounts, f: Finding): void {
  if (f.suppression) c.waived++;
  else c[f.severity]++;
}

export function bandIndex(band: Band | undefined): number { return band === undefined ? -1 : BAND_ORDER.indexOf(band); }

/**
 * Where an input's bytes come from, as a band, to tell whether consuming it moves content up in
 * privilege. inferred: vendor-delivered content and code come from the vendor's cloud; every other
 * source (OS events, files, packets, IPC, configuration) is produced on the host by user-mode actors.
 */
export function inputOrigin(input: ModelBlock): Band {
  const source = input.str('source') ?? '';
  return VENDOR_DELIVERED.has(source) || source.startsWith('cloud_') ? 'cloud' : 'user';
}

export function buildMapGraph(result: CheckResult, options: MapOptions = {}): MapGraph {
  const { model } = result;
  const max = options.maxComponents ?? DEFAULT_MAX_COMPONENTS;
  const byElement = new Map<string, SeverityCounts>();
  const totals = emptyCounts();
  for (const f of result.findings) {
    addFinding(totals, f);
    if (!f.element) continue;
    let c = byElement.get(f.element);
    if (!c) byElement.set(f.element, (c = emptyCounts()));
    addFinding(c, f);
  }
  const countsOf = (key: string) => byElement.get(key) ?? emptyCounts();
  const blastOf = new Map(result.blastRadius.map((b) => [b.element, b]));
  const blast = (key: string): MapBlast | undefined => {
    const b = blastOf.get(key);
    return b && { crash: b.crash, crashText: b.crashText, recovery: b.recovery, recoveryText: b.recoveryText, fleetReach: b.fleetReach };
  };

  const problems: MapProblem[] = [];
  const errors = model.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    problems.push({ message: `the model has ${errors.length} error${errors.length === 1 ? '' : 's'}; the map shows what resolves`, loc: errors[0].loc });
  }

  const nodes: MapNode[] = [];
  const drawn = new Map<string, MapNode>();
  const add = (n: MapNode) => { if (!drawn.has(n.id)) { drawn.set(n.id, n); nodes.push(n); } };
  const collapse = model.components.length > max;
  const collapsed = collapse
    ? `${model.components.length.toLocaleString('en-US')} components is more than the map draws one by one (${max}); contexts are collapsed and channels between them merged`
    : undefined;

  const contextOfComponent = new Map<ModelBlock, string>();
  for (const ctx of model.contexts) {
    if (!ctx.name) continue;
    const kind = ctx.str('kind');
    const facts = CONTEXT_FACTS.get(kind ?? '');
    const comps = ctx.subs('component').filter((c) => c.name);
    if (!facts) {
      problems.push({
        message: `context \`${ctx.name}\` is not drawn: its kind is ${kind ? `\`${kind}\`, which is not known` : ctx.prop('kind') ? 'not a valid context kind' : 'not set'}, so it has no band${comps.length ? ` (nor its ${comps.length} component${comps.length === 1 ? '' : 's'})` : ''}`,
        loc: ctx.headLoc,
      });
      continue;
    }
    const id = ctx.key;
    const counts = countsOf(id);
    const node: MapNode = { id, kind: 'context', name: ctx.name, detail: kind!, band: facts.band, loc: ctx.headLoc, counts, blast: blast(id) };
    if (collapse) {
      node.collapsed = comps.length;
      node.counts = { ...counts };
      for (const c of comps) {
        const cc = countsOf(c.key);
        for (const k of Object.keys(cc) as (keyof SeverityCounts)[]) node.counts[k] += cc[k];
      }
    }
    add(node);
    for (const c of comps) {
      contextOfComponent.set(c, id);
      if (!collapse) {
        add({ id: c.key, kind: 'component', name: c.name!, detail: (c.strs('kinds') ?? []).join(', ') || 'kinds not set', band: facts.band, parent: id, loc: c.headLoc, counts: countsOf(c.key), blast: blast(c.key) });
      }
    }
  }
  for (const inp of model.inputs) {
    if (!inp.name) continue;
    add({ id: inp.key, kind: 'input', name: inp.name, detail: inp.str('source') ?? 'source not set', loc: inp.headLoc, counts: countsOf(inp.key) });
  }
  for (const d of model.deployments) {
    if (!d.name) continue;
    add({ id: d.key, kind: 'deployment', name: d.name, detail: `rollout ${d.str('rollout') ?? 'not set'}`, loc: d.headLoc, counts: countsOf(d.key) });
  }

  /** The node a model element is drawn as: itself, or its collapsed context. */
  const drawnAs = (el: ModelBlock | undefined): MapNode | undefined => {
    if (!el) return undefined;
    if (el.type === 'component') {
      const ctx = contextOfComponent.get(el);
      return ctx === undefined ? undefined : drawn.get(collapse ? ctx : el.key);
    }
    return drawn.get(el.key);
  };
  const bandOf = (n: MapNode, el: ModelBlock): Band | undefined => (n.kind === 'input' ? inputOrigin(el) : n.band);

  const edges: MapEdge[] = [];
  const merged = new Map<string, MapEdge>();
  const pushEdge = (e: MapEdge) => {
    if (!collapse) { edges.push(e); return; }
    const k = `${e.kind}|${e.from}|${e.to}`;
    const prev = merged.get(k);
    if (!prev) { merged.set(k, e); edges.push(e); return; }
    prev.merged = (prev.merged ?? 1) + 1;
    prev.upward ||= e.upward;
    if (e.form === 'raw') prev.form = 'raw';
    prev.label = `${prev.merged} ${e.kind === 'channel' ? 'channels' : e.kind}`;
  };

  for (const c of model.components) {
    const to = drawnAs(c);
    if (!to) continue;
    for (const r of c.refs('consumes')) {
      const from = drawnAs(r.target);
      if (!from || !r.target) continue; // unresolved references are model errors, counted above
      const up = bandIndex(to.band) > bandIndex(bandOf(from, r.target));
      pushEdge({ id: `consumes:${r.target.key}->${c.key}`, kind: 'consumes', from: from.id, to: to.id, label: up ? 'consumes ↑ raw' : 'consumes', loc: r.loc, upward: up, form: 'raw' });
    }
  }
  for (const ch of model.channels) {
    if (!ch.name) continue;
    const f = ch.ref('from')?.target, t = ch.ref('to')?.target;
    const from = drawnAs(f), to = drawnAs(t);
    if (!from || !to) {
      const missing = !f || !t ? 'an end that does not resolve' : 'an end in a context that is not drawn';
      problems.push({ message: `channel \`${ch.name}\` is not drawn: it has ${missing}`, loc: ch.headLoc });
      continue;
    }
    if (from === to) continue; // collapsed: a channel inside one context
    const carries = ch.refs('carries').filter((r) => r.target).map((r) => r.target!.name);
    const up = bandIndex(to.band) > bandIndex(from.band) && carries.length > 0;
    const form = (ch.str('form') as MapEdge['form']) ?? 'unspecified';
    const what = carries.length ? ` (${carries.join(', ')})` : '';
    pushEdge({
      id: `channel:${ch.key}`, kind: 'channel', from: from.id, to: to.id, element: ch.key, loc: ch.headLoc, upward: up, form,
      label: `${ch.name}${what}${up ? ` ↑ ${form}` : ''}`, counts: countsOf(ch.key),
    });
  }
  for (const d of model.deployments) {
    const from = drawnAs(d);
    if (!from) continue;
    for (const r of d.refs('delivers')) {
      const to = drawnAs(r.target);
      if (to) pushEdge({ id: `delivers:${d.key}->${to.id}`, kind: 'delivers', from: from.id, to: to.id, label: 'delivers', loc: r.loc, upward: false });
    }
  }

  const present = new Set(nodes.filter((n) => n.kind === 'context').map((n) => n.band!));
  return {
    title: model.agent?.name ?? (model.root.split(/[\\/]/).pop() || 'design'),
    bands: BAND_ORDER.filter((b) => present.has(b)),
    nodes, edges, problems, collapsed, totals,
  };
}

/** Short words for a blast radius, for box labels (the full text goes in tooltips and tables). */
export const CRASH_SHORT: Record<string, string> = {
  process: 'crash: its process', service: 'crash: one service', host: 'crash: whole host',
  host_every_boot: 'crash: host, every boot', fleet: 'crash: the fleet', unknown: 'crash: unknown',
};

export function countsText(c: SeverityCounts): string {
  const parts: string[] = [];
  if (c.error) parts.push(`${c.error} error${c.error === 1 ? '' : 's'}`);
  if (c.warning) parts.push(`${c.warning} warning${c.warning === 1 ? '' : 's'}`);
  if (c.information) parts.push(`${c.information} info`);
  if (c.waived) parts.push(`${c.waived} waived`);
  return parts.length ? parts.join(' · ') : 'no findings';
}
