// Quoting user text in messages. A message is read by JSON, SARIF and LSP clients, so a cut
// must never split a surrogate pair (a lone `\ud83d` is not valid in strict JSON readers) or a
// user-perceived character: cuts fall on grapheme boundaries (Intl.Segmenter, built into Node).

// Made on first use: creating a segmenter loads ICU's break rules, several milliseconds of every
// CLI start otherwise (most runs quote nothing long enough to cut).
let graphemes: Intl.Segmenter | undefined;

/**
 * `text` shortened to at most `max` UTF-16 units plus `…`, cut on a grapheme boundary. Only a
 * bounded prefix is segmented, so the cost does not grow with the text.
 */
export function snippet(text: string, max: number): string {
  if (text.length <= max) return text;
  // Look a little past `max` so the grapheme that straddles it is seen whole.
  const head = text.slice(0, max + 16);
  let end = 0;
  for (const g of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(head)) {
    if (g.index + g.segment.length > max) break;
    end = g.index + g.segment.length;
  }
  return text.slice(0, end) + '…';
}

/** The first line of `text` (LSP line ends: `\r\n`, `\r`, `\n`). */
export function firstLine(text: string): string {
  const m = /\r\n?|\n/.exec(text);
  return m ? text.slice(0, m.index) : text;
}
