// What a policy condition sees: each model element as a CEL map with its attributes and the
// derived semantics the built-in rules read (privileged, boot-critical, flows, blast radius,
// deployments). Views are built lazily with getters and cached per element, so a condition that
// reads one field costs one field, and the cost estimate (cost.ts) can bound everything else.
// Pure: no I/O.
import type { Model, ModelBlock, PropValue } from '../model/types';
import { isRef } from '../model/types';
import type { Semantics } from '../analysis/semantics';
import type { FlowIndex, Flow } from '../analysis/flow';
import { blastRadius } from '../analysis/blast-radius';
import { BLOCK_SCHEMAS } from '../schema/language';
import type { AttributeSchema } from '../schema/types';
import type { ListBounds } from './cost';
export { DERIVED_FIELDS, ROOT_VARIABLES } from './reference';

/**
 * A view is a Map whose values are computed on first read. CEL wraps a Map without copying it and
 * reads it key by key, so a condition that reads one field computes one field (a plain object
 * would be copied with every getter run on each access).
 */
export class View extends Map<string, unknown> {
  constructor(private readonly fields: Record<string, () => unknown>) {
    super();
  }
  override get(key: string): unknown {
    if (!super.has(key)) {
      const f = Object.prototype.hasOwnProperty.call(this.fields, key) ? this.fields[key] : undefined;
      if (!f) return undefined;
      super.set(key, f());
    }
    return super.get(key);
  }
  override has(key: string): boolean { return Object.prototype.hasOwnProperty.call(this.fields, key); }
  override get size(): number { return Object.keys(this.fields).length; }
  override keys(): MapIterator<string> { return Object.keys(this.fields)[Symbol.iterator]() as MapIterator<string>; }
  override *entries(): MapIterator<[string, unknown]> { for (const k of Object.keys(this.fields)) yield [k, this.get(k)]; }
  override *values(): MapIterator<unknown> { for (const k of Object.keys(this.fields)) yield this.get(k); }
  override forEach(cb: (value: unknown, key: string, map: Map<string, unknown>) => void, thisArg?: unknown): void {
    for (const k of Object.keys(this.fields)) cb.call(thisArg, this.get(k), k, this);
  }
  override [Symbol.iterator](): MapIterator<[string, unknown]> { return this.entries(); }
}

export class ViewBuilder {
  private readonly full = new Map<ModelBlock, View>();
  private readonly shallow = new Map<ModelBlock, View>();
  private modelView?: View;
  private bounds?: ListBounds;

  constructor(readonly model: Model, readonly sem: Semantics, readonly flows: FlowIndex) {}

  /** The element with its derived fields; related elements appear as shallow views. */
  view(el: ModelBlock): View {
    let v = this.full.get(el);
    if (!v) this.full.set(el, (v = this.build(el, true)));
    return v;
  }

  /** Attributes and scalar derived fields only: what `self.context` or `model.components` hold. */
  shallowView(el: ModelBlock): View {
    let v = this.shallow.get(el);
    if (!v) this.shallow.set(el, (v = this.build(el, false)));
    return v;
  }

  get modelVariable(): View {
    if (!this.modelView) {
      const m = this.model;
      const list = (els: ModelBlock[]) => () => els.map((e) => this.shallowView(e));
      this.modelView = lazy({
        contexts: list(m.contexts), components: list(m.components), inputs: list(m.inputs),
        deployments: list(m.deployments), channels: list(m.channels),
      });
    }
    return this.modelView;
  }

  get agentVariable(): View | null { return this.model.agent ? this.shallowView(this.model.agent) : null; }

  /** The longest lists a condition can meet: the bounds the cost estimate multiplies by (cost.ts). */
  listBounds(): ListBounds { return (this.bounds ??= this.computeBounds()); }

  private computeBounds(): ListBounds {
    const m = this.model;
    const model = Math.max(1, m.contexts.length, m.components.length, m.inputs.length, m.deployments.length, m.channels.length);
    let local = 1;
    for (const el of m.elements.values()) {
      for (const p of el.props.values()) if (Array.isArray(p.value)) local = Math.max(local, p.value.length);
    }
    for (const c of m.contexts) local = Math.max(local, c.children.length);
    for (const c of m.components) local = Math.max(local, this.flows.into(c).length, this.sem.channelsTo(c).length, this.sem.channelsFrom(c).length);
    for (const i of m.inputs) local = Math.max(local, this.flows.from(i).length, this.sem.deploymentsOf(i).length);
    // A deployment reaches at most every flow of what it delivers.
    for (const d of m.deployments) {
      let reach = 0;
      for (const r of d.refs('delivers')) if (r.target) reach += this.flows.from(r.target).length;
      local = Math.max(local, reach);
    }
    return { model, local };
  }

  private build(el: ModelBlock, full: boolean): View {
    const fields: Record<string, () => unknown> = {};
    const schema = el.schema ?? BLOCK_SCHEMAS.get(el.type);
    fields.type = () => el.type;
    fields.name = () => el.name ?? null;
    fields.key = () => el.key;
    const attrs = schema?.attributes ?? [];
    for (const a of attrs) fields[a.name] = () => attributeValue(el, a);
    fields.unset = () => attrs.filter((a) => !el.has(a.name)).map((a) => a.name);
    for (const b of schema?.blocks ?? []) {
      const subs = el.subs(b.type);
      fields[b.type] = b.max === 1 ? () => (subs[0] ? this.shallowView(subs[0]) : null) : () => subs.map((s) => this.shallowView(s));
    }
    const sem = this.sem;
    const ctx = el.type === 'context' ? el : el.type === 'component' ? sem.contextOf(el) : undefined;
    fields.platform = () => (ctx ? sem.platformOf(ctx) : this.model.agent?.str('platform')) ?? null;
    if (el.type === 'context' || el.type === 'component') {
      fields.privileged = () => sem.isPrivileged(ctx);
      fields.boot_critical = () => sem.isBootCritical(ctx) ?? null;
      fields.blast_radius = () => {
        const b = blastRadius(el, sem, this.flows);
        return { crash: b.crash, recovery: b.recovery, fleet_reach: b.fleetReach, tamper: b.tamper };
      };
    }
    if (el.type === 'component') {
      fields.evidence_all = () => [...sem.evidence(el)];
      if (full) fields.context = () => (ctx ? this.shallowView(ctx) : null);
    }
    if (full) {
      if (el.type === 'context') fields.components = () => sem.componentsIn(el).map((c) => this.shallowView(c));
      if (el.type === 'component') {
        fields.flows = () => this.flows.into(el).map(flowView);
        fields.deployments = () => unique(this.flows.into(el).flatMap((f) => sem.deploymentsOf(f.input))).map((d) => this.shallowView(d));
        fields.channels_in = () => sem.channelsTo(el).map((c) => this.shallowView(c));
        fields.channels_out = () => sem.channelsFrom(el).map((c) => this.shallowView(c));
      }
      if (el.type === 'deployment') {
        fields.reaches = () => unique(el.refs('delivers').flatMap((r) => (r.target ? this.flows.from(r.target).map((f) => f.sink) : [])))
          .map((c) => this.shallowView(c));
      }
      if (el.type === 'input') {
        fields.flows = () => this.flows.from(el).map(flowView);
        fields.deployments = () => sem.deploymentsOf(el).map((d) => this.shallowView(d));
      }
    }
    return lazy(fields);
  }
}

function lazy(fields: Record<string, () => unknown>): View { return new View(fields); }

function flowView(f: Flow): Record<string, unknown> {
  return {
    input: f.input.key, sink: f.sink.key, source: f.input.str('source') ?? null, trust: f.input.str('trust') ?? null,
    form: f.form, channels: f.channels.map((c) => c.key), path: f.path.map((h) => h.message),
  };
}

function unique<T>(xs: T[]): T[] { return [...new Set(xs)]; }

/** An attribute as CEL sees it: integers as int, references as keys, unset as null (lists as []). */
function attributeValue(el: ModelBlock, a: AttributeSchema): unknown {
  const v = el.prop(a.name)?.value;
  if (v === undefined) return a.type.kind === 'list' ? [] : null;
  return convert(v, a.type.kind === 'number' && a.type.integer === true);
}

function convert(v: PropValue, integer: boolean): unknown {
  if (isRef(v)) return `${v.type}.${v.name}`;
  if (Array.isArray(v)) return v.map((x) => convert(x, integer));
  if (typeof v === 'number') return integer && Number.isSafeInteger(v) ? BigInt(v) : v;
  if (typeof v === 'object' && v !== null) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = convert(x, integer);
    return o;
  }
  return v;
}
