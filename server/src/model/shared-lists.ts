// Lists of plain values that an element keeps, shared between elements that wrote the same list.
// A 10,000-component design writes `kinds = ["sensor.process_callback"]` and `work = ["enqueue"]`
// ten thousand times each: one list object per attribute was 1.6 MB of the server's heap. The
// shared lists are frozen (nothing changes a built value, and a stray write throws), and the table
// is bounded as own-string.ts's is, so hostile input cannot grow it without bound.
import type { PropValue } from './types';

/** Lists longer than this, or with a longer joined text, are not shared (they rarely repeat). */
const MAX_ITEMS = 8;
const MAX_CHARS = 256;
/** The table is emptied when it reaches this size. */
const TABLE_MAX = 10_000;

let table = new Map<string, PropValue[]>();

/**
 * `list` itself, or an equal list built before. Only lists of strings, numbers and booleans are
 * shared: a reference carries its own location.
 */
export function sharedList(list: PropValue[]): PropValue[] {
  if (list.length === 0 || list.length > MAX_ITEMS) return list;
  let key = '';
  for (const v of list) {
    if (typeof v === 'string') key += 's' + v.length + ':' + v;
    else if (typeof v === 'number' || typeof v === 'boolean') key += (typeof v)[0] + String(v) + ';';
    else return list;
    if (key.length > MAX_CHARS) return list;
  }
  const known = table.get(key);
  if (known !== undefined) return known;
  if (table.size >= TABLE_MAX) table = new Map();
  table.set(key, Object.freeze(list) as PropValue[]);
  return list;
}
