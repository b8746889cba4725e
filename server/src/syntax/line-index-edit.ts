// Updating a line index after an edit without scanning the whole text: only the lines around the
// edit are scanned again (with LineIndex's own rules, so what counts as a line break is decided in
// one place), the starts before them are kept and those after them are shifted. Typing in a
// 167,000-line file then costs a copy of the starts array instead of a scan of 6.7 MB of text.
import { LineIndex } from './range';
import type { PieceText } from './piece-text';

/**
 * The index of `text`, which is the indexed text with [start, oldEnd) replaced by `inserted`.
 * One line of margin on each side of the edit is scanned again, so that a line break split or
 * joined by the edit (`\r` + `\n`) is seen whole.
 */
export function editLineIndex(prev: LineIndex, start: number, oldEnd: number, inserted: string, text: string | PieceText): LineIndex {
  const old = prev.lineStarts();
  const delta = inserted.length - (oldEnd - start);
  // The last line start at or before `start`, then one line more of margin.
  let lo = 0, hi = old.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (old[mid] <= start) lo = mid; else hi = mid - 1;
  }
  const first = Math.max(0, lo - 1);
  // The first line start after `oldEnd`, then one line more of margin.
  let after = lo;
  while (after < old.length && old[after] <= oldEnd) after++;
  after = Math.min(old.length, after + 1);
  const windowStart = old[first];
  const windowEnd = after < old.length ? old[after] + delta : text.length;
  const inner: number[] = [];
  for (const s of new LineIndex(text.slice(windowStart, windowEnd)).lineStarts()) {
    if (windowStart + s < windowEnd || after >= old.length) inner.push(windowStart + s);
  }
  // The starts before the window are kept, those after it shifted: one typed-array copy each.
  // The window's own start is a line start (first) and its end is one (old[after] shifted) when
  // the window stops before the end of the text; a scan of the window alone cannot tell that the
  // end was one, so it is taken from the old starts below.
  const starts = new Int32Array(first + inner.length + (old.length - after));
  starts.set(old.subarray(0, first));
  starts.set(inner, first);
  const base = first + inner.length;
  for (let i = after; i < old.length; i++) starts[base + i - after] = old[i] + delta;
  return LineIndex.withStarts(text, starts);
}
