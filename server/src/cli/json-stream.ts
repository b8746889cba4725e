// JSON.stringify(value, null, 2) as a sequence of chunks, so a large report is written piece by
// piece instead of as one string (V8 refuses strings above ~512 MB: "Invalid string length").
// The output is byte-for-byte what JSON.stringify gives; a test compares both.

/** Subtrees this deep are small (one finding, one location) and are stringified whole. */
const WHOLE_BELOW_DEPTH = 4;

export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  const pad = '  '.repeat(depth);
  if (depth >= WHOLE_BELOW_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // JSON strings never hold a raw newline, so re-indenting by line is safe.
    const s = JSON.stringify(value, null, 2) ?? 'null';
    yield depth > 0 ? s.replace(/\n/g, '\n' + pad) : s;
    return;
  }
  const inner = pad + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) { yield '[]'; return; }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield (i ? ',\n' : '\n') + inner;
      const v = value[i];
      // As JSON.stringify: undefined, functions and symbols in arrays become null.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* jsonChunks(v, depth + 1);
    }
    yield '\n' + pad + ']';
    return;
  }
  let first = true;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield (first ? '{\n' : ',\n') + inner + JSON.stringify(k) + ': ';
    first = false;
    yield* jsonChunks(v, depth + 1);
  }
  yield first ? '{}' : '\n' + pad + '}';
}
