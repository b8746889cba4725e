// Updating a line index after an edit without scanning the whole text: only the lines around the
// edit are scanned again (with LineIndex's own rules, so what counts as a line break is decided in
// one place), the starts before them are kept and those after them are shifted. Typing in a
// 167,000-line file then costs a copy of the starts array instead of a scan of 6.7 MB of text,
// and nothing more than a note of how far the later lines moved when no line was added or removed.
import { LineIndex } from './range';
import type { PieceText } from './piece-text';

/**
 * The index of `text`, which is the indexed text with [start, oldEnd) replaced by `inserted`.
 * One line of margin on each side of the edit is scanned again, so that a line break split or
 * joined by the edit (`\r` + `\n`) is seen whole.
 */
export function editLineIndex(prev: LineIndex, start: number, oldEnd: number, inserted: string, text: string | PieceText): LineIndex {
  const n = prev.lineCount;
  const delta = inserted.length - (oldEnd - start);
  // The last line start at or before `start`, then one line more of margin.
  const lo = prev.lineAt(start);
  const first = Math.max(0, lo - 1);
  // The first line start after `oldEnd`, then one line more of margin.
  let after = lo;
  while (after < n && prev.lineStart(after) <= oldEnd) after++;
  after = Math.min(n, after + 1);
  const windowStart = prev.lineStart(first);
  const windowEnd = after < n ? prev.lineStart(after) + delta : text.length;
  const inner: number[] = [];
  for (const s of new LineIndex(text.slice(windowStart, windowEnd)).lineStarts()) {
    if (windowStart + s < windowEnd || after >= n) inner.push(windowStart + s);
  }
  // Typing rarely adds or removes a line: when every line of the window starts where it did, or
  // where it did moved by the edit, the starts are shared with the old index and moved from the
  // first line after the edit on (LineIndex.shifted), instead of copied.
  if (inner.length === after - first) {
    let moved = after, same = true;
    for (let j = 0; j < inner.length && same; j++) {
      const line = first + j, old = prev.lineStart(line);
      if (old > start && moved === after) moved = line;
      same = inner[j] === (line >= moved ? old + delta : old);
    }
    if (same) return prev.shifted(text, moved, delta);
  }
  // The starts before the window are kept, those after it shifted: one typed-array copy each.
  // The window's own start is a line start (first) and its end is one (old[after] shifted) when
  // the window stops before the end of the text; a scan of the window alone cannot tell that the
  // end was one, so it is taken from the old starts below.
  const old = prev.lineStarts();
  const starts = new Int32Array(first + inner.length + (n - after));
  starts.set(old.subarray(0, first));
  starts.set(inner, first);
  const base = first + inner.length;
  for (let i = after; i < n; i++) starts[base + i - after] = old[i] + delta;
  return LineIndex.withStarts(text, starts);
}
