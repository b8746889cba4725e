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

/** A view is a plain object; CEL reads its properties (and getters) as map fields. */
export type View = Record<string, unknown>;

/** The fields every view has besides the element's own attributes, documented for completion and hover. */
export const DERIVED_FIELDS: { name: string; on: string[]; doc: string }[] = [
  { name: 'type', on: ['*'], doc: 'The block type: `context`, `component`, `input`, `deployment`, `channel` or `agent`.' },
  { name: 'name', on: ['*'], doc: 'The element\'s name (its label).' },
  { name: 'key', on: ['*'], doc: 'The element\'s reference key, such as `component.updater`; references in attributes read as these keys.' },
  { name: 'unset', on: ['*'], doc: 'The attributes of the element\'s schema that the model leaves out, as a list of names: `\'language\' in self.unset`.' },
  { name: 'platform', on: ['*'], doc: 'The platform of the element: its context\'s `platform`, else the agent\'s.' },
  { name: 'privileged', on: ['context', 'component'], doc: 'Whether the element runs in a privileged context (kernel, boot, hypervisor).' },
  { name: 'boot_critical', on: ['context', 'component'], doc: 'Whether the element\'s context loads during boot; `null` when it hinges on an unset `start`.' },
  { name: 'context', on: ['component'], doc: 'The context the component runs in (a view without nested lists).' },
  { name: 'components', on: ['context'], doc: 'The components of the context.' },
  { name: 'evidence_all', on: ['component'], doc: 'Evidence declared on the component and its context together.' },
  { name: 'flows', on: ['component', 'input'], doc: 'Flows into a component, or out of an input: each has `input`, `sink` (keys), `source`, `trust`, `form` (`raw`, `compiled`, `unspecified`), `channels` (keys) and `path` (one line per hop).' },
  { name: 'deployments', on: ['component', 'input'], doc: 'Deployments that deliver the input, or deliver anything that flows into the component.' },
  { name: 'blast_radius', on: ['context', 'component'], doc: 'What a crash costs: `crash` (process, service, host, host_every_boot, fleet, unknown), `recovery`, `fleet_reach` (all_hosts, first_ring, not_delivered, unknown) and `tamper`.' },
  { name: 'reaches', on: ['deployment'], doc: 'The components that what the deployment delivers flows into (directly or over channels); each has `privileged`, `boot_critical` and its attributes.' },
  { name: 'channels_in', on: ['component'], doc: 'Channels whose `to` is the component.' },
  { name: 'channels_out', on: ['component'], doc: 'Channels whose `from` is the component.' },
];

/** The variables a condition can use besides `self`. */
export const ROOT_VARIABLES: { name: string; doc: string }[] = [
  { name: 'self', doc: 'The element being checked: its attributes (unset ones are `null`, unset lists `[]`) and derived fields.' },
  { name: 'agent', doc: 'The agent block, or `null` when the model has none.' },
  { name: 'model', doc: 'Every element: `model.contexts`, `model.components`, `model.inputs`, `model.deployments`, `model.channels`.' },
];

export class ViewBuilder {
  private readonly full = new Map<ModelBlock, View>();
  private readonly shallow = new Map<ModelBlock, View>();
  private modelView?: View;

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

  /** The largest list a condition could iterate over: the bound the cost estimate multiplies by. */
  largestList(): number {
    const m = this.model;
    let n = Math.max(1, m.contexts.length, m.components.length, m.inputs.length, m.deployments.length, m.channels.length);
    for (const el of m.elements.values()) {
      for (const p of el.props.values()) if (Array.isArray(p.value)) n = Math.max(n, p.value.length);
    }
    for (const c of m.components) n = Math.max(n, this.flows.into(c).length);
    for (const i of m.inputs) n = Math.max(n, this.flows.from(i).length);
    return n;
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

/** An object whose fields are computed on first read and then kept. */
function lazy(fields: Record<string, () => unknown>): View {
  const out: View = {};
  for (const [k, get] of Object.entries(fields)) {
    Object.defineProperty(out, k, {
      enumerable: true, configurable: true,
      get() {
        const v = get();
        Object.defineProperty(out, k, { value: v, enumerable: true });
        return v;
      },
    });
  }
  return out;
}

function flowView(f: Flow): View {
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
