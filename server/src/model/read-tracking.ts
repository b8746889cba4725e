// Which parts of the model a computation read, for incremental analysis (analysis/engine.ts).
// Rules read attributes through `ModelBlock.props` (a `PropMap`), and the raw text, diagnostics
// and references through getters on the model. While a tracker is installed, every such read
// records a name; the engine keys each rule's findings on the names it read, so a rule written
// tomorrow is tracked without a hand-written list of its inputs. The element structure (which
// blocks exist, their names, ranges, nesting and resolved references) is not tracked: it is
// compared as a whole, and any change to it re-runs every rule.

/** Recorded when a computation iterated an element's attributes rather than asking for names. */
export const ANY_PROP = '*';
/** Recorded when a computation read file text, model diagnostics or the reference list. */
export const RAW_READ = '#raw';

let current: Set<string> | undefined;

/** Run `fn` recording reads into `into` (undefined: record nothing); trackers nest. */
export function trackReads<T>(into: Set<string> | undefined, fn: () => T): T {
  const prev = current;
  current = into;
  try {
    return fn();
  } finally {
    current = prev;
  }
}

export function noteRead(name: string): void {
  if (current) current.add(name);
}

/**
 * A block's attributes by name; reads are recorded while a tracker is installed. The attributes
 * are kept in one array and found by their names: a block has a handful, and a Map per block was
 * 5 MB of the server's heap at 10,000 components.
 */
export class PropMap<V extends { readonly name: string }> implements ReadonlyMap<string, V> {
  private list: V[] = [];
  get(name: string): V | undefined {
    if (current) current.add(name);
    return this.untrackedGet(name);
  }
  has(name: string): boolean {
    if (current) current.add(name);
    return this.untrackedGet(name) !== undefined;
  }
  /** Adds or replaces the attribute of that name. */
  set(name: string, value: V): this {
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i].name === name) { list[i] = value; return this; }
    // A copy of the exact length (concat): push would leave room for 16 more on every block.
    this.list = list.concat([value]);
    return this;
  }
  get size(): number { noteRead(ANY_PROP); return this.list.length; }
  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    noteRead(ANY_PROP);
    for (const v of this.list) fn.call(thisArg, v, v.name, this);
  }
  entries(): MapIterator<[string, V]> { noteRead(ANY_PROP); return this.untrackedEntries(); }
  keys(): MapIterator<string> { noteRead(ANY_PROP); return this.list.map((v) => v.name)[Symbol.iterator](); }
  values(): MapIterator<V> { noteRead(ANY_PROP); return this.list[Symbol.iterator](); }
  [Symbol.iterator](): MapIterator<[string, V]> { noteRead(ANY_PROP); return this.untrackedEntries(); }

  /** Reads that are not the rules' (structural comparison): never recorded. */
  untrackedGet(name: string): V | undefined {
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i].name === name) return list[i];
    return undefined;
  }
  untrackedEntries(): MapIterator<[string, V]> { return this.list.map((v): [string, V] => [v.name, v])[Symbol.iterator](); }
  get untrackedSize(): number { return this.list.length; }
}
