// Strings the AST keeps, made independent of the document text. A slice of 13 characters or
// more is, in V8, a view into the whole text: an AST item reused across edits (region-reparse.ts,
// ast-reuse.ts) would keep every old version of a large document alive, one 4 MB text per edit.
// Short strings that recur (attribute names, enum values, reference names) are shared through a
// bounded table, so a 10,000-component design holds one `kinds`, not 10,000.

/** Strings up to this length are shared through the table. */
const SHARED_MAX = 48;
/** The table is emptied when it reaches this size (hostile input cannot grow it without bound). */
const TABLE_MAX = 20_000;

let table = new Map<string, string>();

/** `s` as a string that does not keep a larger text alive; equal strings may be one object. */
export function own(s: string): string {
  if (s.length <= SHARED_MAX) {
    const known = table.get(s);
    if (known !== undefined) return known;
    if (table.size >= TABLE_MAX) table = new Map();
    const copy = detach(s);
    table.set(copy, copy);
    return copy;
  }
  return detach(s);
}

/**
 * A copy of `s` that owns its characters. Concatenation makes a new two-part string and slicing
 * it makes V8 flatten that into a fresh string of `s.length + 1` characters, of which the result
 * is a view: what stays alive is the size of `s`, not of the text it was cut from.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}
