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

/** A block's attributes by name; reads are recorded while a tracker is installed. */
export class PropMap<V> extends Map<string, V> {
  override get(name: string): V | undefined {
    if (current) current.add(name);
    return super.get(name);
  }
  override has(name: string): boolean {
    if (current) current.add(name);
    return super.has(name);
  }
  override get size(): number { noteRead(ANY_PROP); return super.size; }
  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    noteRead(ANY_PROP);
    super.forEach(fn, thisArg);
  }
  override entries(): MapIterator<[string, V]> { noteRead(ANY_PROP); return super.entries(); }
  override keys(): MapIterator<string> { noteRead(ANY_PROP); return super.keys(); }
  override values(): MapIterator<V> { noteRead(ANY_PROP); return super.values(); }
  override [Symbol.iterator](): MapIterator<[string, V]> { noteRead(ANY_PROP); return super.entries(); }

  /** Reads that are not the rules' (structural comparison): never recorded. */
  untrackedGet(name: string): V | undefined { return super.get(name); }
  untrackedEntries(): MapIterator<[string, V]> { return super.entries(); }
  get untrackedSize(): number { return super.size; }
}
