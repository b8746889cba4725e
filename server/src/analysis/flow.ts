// Content and data flow: which inputs reach which components, directly through `consumes` or
// over any number of channels that declare they carry the input. Each flow keeps its path so
// findings can show every hop (editor related locations, SARIF codeFlows).
import type { Model, ModelBlock } from '../model/types';
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
    const queue: Flow[] = [];
    const add = (f: Flow) => {
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
        if (r.target) add({ input: r.target, sink: c, channels: [], form: 'raw', path: [inputHop(r.target), { loc: r.loc, message: `consumed by component \`${c.name}\`` }] });
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
        add(extend({ input: r.target, sink: from, channels: [], form: 'raw', path: [inputHop(r.target)] }, ch, to));
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

function inputHop(input: ModelBlock): PathHop {
  const src = input.str('source');
  return { loc: input.headLoc, message: `input \`${input.name}\`${src ? ` (source = ${src})` : ''}` };
}

function extend(f: Flow, ch: ModelBlock, to: ModelBlock): Flow {
  const chForm = ch.str('form');
  const form: FlowForm = f.form === 'compiled' || chForm === 'compiled' ? 'compiled' : chForm === undefined || f.form === 'unspecified' ? 'unspecified' : 'raw';
  const mech = ch.str('mechanism');
  return {
    input: f.input, sink: to, channels: [...f.channels, ch], form,
    path: [...f.path, { loc: ch.headLoc, message: `channel \`${ch.name}\`${mech ? ` (${mech})` : ''}${chForm ? `, form = ${chForm}` : ''} to component \`${to.name}\`` }],
  };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v); else m.set(k, [v]);
}
