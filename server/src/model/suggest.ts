// "Did you mean" suggestions: the nearest candidates by edit distance, if any is close enough.
//
// Bounded cost (issue 10): a full |a|×|b| matrix froze both tools on long misspelt names. Only
// distances up to a small limit matter, so the matrix is banded to that limit (Ukkonen's cut-off:
// cells more than `limit` off the diagonal can never lead to a distance within the limit), names
// longer than MAX_SUGGEST_LENGTH get no edit-distance suggestion, and one call examines a bounded
// number of candidates. Each call is therefore bounded by constants, whatever the input.

/** Longer names are not compared character by character (no identifier in a design is this long). */
export const MAX_SUGGEST_LENGTH = 64;
/** At most this many candidates are scored per call. */
const MAX_CANDIDATES = 2000;

/**
 * Levenshtein distance of `a` and `b` if it is at most `limit`, else any value above `limit`.
 * Costs O(min(|a|,|b|) × limit).
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length, m = b.length;
  const big = limit + 1;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= limit ? j : big;
  for (let i = 1; i <= n; i++) {
    // Only the band |i − j| ≤ limit is computed; the cells just outside it are set to `big`.
    const lo = Math.max(1, i - limit), hi = Math.min(m, i + limit);
    cur[lo - 1] = lo === 1 && i <= limit ? i : big;
    let rowMin = cur[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v > big ? big : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (hi < m) cur[hi + 1] = big;
    if (rowMin > limit) return big;
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

/** Up to `max` candidates within a distance that scales with the word's length, nearest first. */
export function suggest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.floor(Math.min(word.length, MAX_SUGGEST_LENGTH) / 3));
  const compare = lower.length <= MAX_SUGGEST_LENGTH;
  const scored: [string, number][] = [];
  let examined = 0;
  for (const c of candidates) {
    if (++examined > MAX_CANDIDATES) break;
    if (c.length > MAX_SUGGEST_LENGTH * 4) continue;
    const cl = c.toLowerCase();
    let d = compare && cl.length <= MAX_SUGGEST_LENGTH ? editDistance(lower, cl, limit) : limit + 1;
    // A prefix or a substring is a strong hint even when the distance is large ("kernel" → "kernel_driver").
    if (d > limit && lower.length >= 3 && lower.length <= cl.length && cl.includes(lower)) d = limit;
    if (d <= limit) scored.push([c, d]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, max).map((s) => s[0]);
}

export function didYouMean(suggestions: string[], quote = (s: string) => `\`${s}\``): string {
  if (suggestions.length === 0) return '';
  if (suggestions.length === 1) return ` Did you mean ${quote(suggestions[0])}?`;
  return ` Did you mean ${suggestions.slice(0, -1).map(quote).join(', ')} or ${quote(suggestions[suggestions.length - 1])}?`;
}
