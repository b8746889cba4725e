// Arrays that a large design keeps for as long as it is open (AST lists, model values) are
// copied to their exact length once they are complete. V8 gives an array built with `push` room
// for 17 items on its first push and never gives it back: a two-item list of labels then takes
// about 210 bytes instead of 75, and a 10,000-component design holds some 130,000 such lists
// (about 17 MB in a heap snapshot of the server; docs/performance.md).

/**
 * A copy of `a` whose backing store holds exactly its items (the original becomes young garbage).
 * Every empty list is one shared, frozen array: a block without labels, a value list without
 * items. Nothing changes a list once it is complete, and a stray push on the shared one throws.
 */
export function fit<T>(a: T[]): T[] {
  return a.length === 0 ? (EMPTY as T[]) : a.slice();
}
const EMPTY: unknown[] = Object.freeze([]) as unknown as unknown[];
