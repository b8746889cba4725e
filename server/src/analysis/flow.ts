// Content and data flow: which inputs reach which components, directly through `consumes` or
// over any number of channels that declare they carry the input. Each flow gives its path, made
// when read, so findings can show every hop (editor related locations, SARIF codeFlows).
import type { Model, ModelBlock, Ref } from '../model/types';
import type { PathHop } from './types';

export type FlowForm = 'raw' | 'compiled' | 'unspecified';

export interface Flow {
  input: ModelBlock;
  sink: ModelBlock;
  /** Every hop from the input's definition to the sink. */
  path: PathHop[];
  /** Channels crossed, in order. */
  channels: ModelBlock[];
  /** What reaches the sink: the original format, a compiled table, or unknown (a channel without `form`). */
  form: FlowForm;
}

export class FlowIndex {
  private readonly bySink = new Map<ModelBlock, Flow[]>();
  private readonly byInput = new Map<ModelBlock, Flow[]>();

  constructor(model: Model, channelsFrom: (c: ModelBlock) => readonly ModelBlock[]) {
    const seen = new Map<ModelBlock, Map<ModelBlock, Flow>>();
    const has = (sink: ModelBlock, input: ModelBlock) => !!seen.get(sink)?.has(input);
    const queue: IndexedFlow[] = [];
    const add = (f: IndexedFlow) => {
      let m = seen.get(f.sink);
      if (!m) seen.set(f.sink, (m = new Map()));
      if (m.has(f.input)) return; // breadth-first: the first path found is a shortest one
      m.set(f.input, f);
      queue.push(f);
    };
    // Breadth-first over channels: a channel passes on an input only if it declares it in `carries`.
    let next = 0;
    const propagate = () => {
      for (; next < queue.length; next++) {
        const f = queue[next];
        for (const ch of channelsFrom(f.sink)) {
          const to = ch.ref('to')?.target;
          if (to && to !== f.sink && ch.refs('carries').some((r) => r.target === f.input)) add(extend(f, ch, to));
        }
      }
    };
    for (const c of model.components) {
      for (const r of c.refs('consumes')) {
        if (r.target) add(new IndexedFlow(r.target, c, NO_CHANNELS, 'raw', r, c));
      }
    }
    propagate();
    // A channel may declare an input its sender never consumes (the sender fetched it, say): the
    // receiver still gets it, with a path that starts at the input and crosses the channel.
    for (const ch of model.channels) {
      const from = ch.ref('from')?.target;
      const to = ch.ref('to')?.target;
      if (!from || !to || from === to) continue;
      for (const r of ch.refs('carries')) {
        if (!r.target || has(from, r.target)) continue;
        add(extend(new IndexedFlow(r.target, from, NO_CHANNELS, 'raw', undefined, from), ch, to));
        propagate();
      }
    }
    for (const m of seen.values()) {
      for (const f of m.values()) {
        // A component that only relays an input passes it on (propagation above) but does not
        // read it: it is no sink of that input for the rules.
        if (f.sink.refs('relays').some((r) => r.target === f.input)) continue;
        push(this.bySink, f.sink, f);
        push(this.byInput, f.input, f);
      }
    }
  }

  /** Everything that reaches a component and is read there (relayed inputs are left out). */
  into(component: ModelBlock): Flow[] { return this.bySink.get(component) ?? []; }
  /** Everywhere an input goes. */
  from(input: ModelBlock): Flow[] { return this.byInput.get(input) ?? []; }
}

const NO_CHANNELS: readonly ModelBlock[] = [];

/**
 * A flow as the index holds it. Its path is made when read: a design of 10,000 components has
 * as many flows, and their hops and messages kept for each were 1.5 MB of the server's heap,
 * while only the findings and hovers that show a path read it. A path made later reads the same
 * attributes of the same elements, and a rule that reads it records those reads.
 */
class IndexedFlow implements Flow {
  constructor(readonly input: ModelBlock, readonly sink: ModelBlock, private readonly crossed: readonly ModelBlock[], readonly form: FlowForm,
    /** The `consumes` reference the flow starts with; undefined when it starts at a channel. */
    readonly consumed: Ref | undefined,
    /** The component the flow starts at: the one that consumes the input, or the first channel's sender. */
    readonly first: ModelBlock) {}
  get channels(): ModelBlock[] { return this.crossed as ModelBlock[]; }
  get path(): PathHop[] {
    const hops = [inputHop(this.input)];
    if (this.consumed) hops.push({ loc: this.consumed.loc, message: `consumed by component \`${this.first.name}\`` });
    for (const ch of this.crossed) hops.push(channelHop(ch));
    return hops;
  }
}

function inputHop(input: ModelBlock): PathHop {
  const src = input.str('source');
  return { loc: input.headLoc, message: `input \`${input.name}\`${src ? ` (source = ${src})` : ''}` };
}

function channelHop(ch: ModelBlock): PathHop {
  // The flow crossed the channel to the component it names (FlowIndex), so `to` is resolved.
  const to = ch.ref('to');
  const chForm = ch.str('form');
  const mech = ch.str('mechanism');
  return { loc: ch.headLoc, message: `channel \`${ch.name}\`${mech ? ` (${mech})` : ''}${chForm ? `, form = ${chForm}` : ''} to component \`${to?.target?.name ?? to?.name}\`` };
}

function extend(f: IndexedFlow, ch: ModelBlock, to: ModelBlock): IndexedFlow {
  const chForm = ch.str('form');
  const form: FlowForm = f.form === 'compiled' || chForm === 'compiled' ? 'compiled' : chForm === undefined || f.form === 'unspecified' ? 'unspecified' : 'raw';
  return new IndexedFlow(f.input, to, [...f.channels, ch], form, f.consumed, f.first);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v); else m.set(k, [v]);
}
