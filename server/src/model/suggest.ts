// "Did you mean" suggestions: the nearest candidates by edit distance, if any is close enough.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 8) return Math.max(a.length, b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Up to `max` candidates within a distance that scales with the word's length, nearest first. */
export function suggest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const cl = c.toLowerCase();
    let d = editDistance(lower, cl);
    // A prefix or a substring is a strong hint even when the distance is large ("kernel" → "kernel_driver").
    if (d > limit && (cl.startsWith(lower) || cl.includes(lower)) && lower.length >= 3) d = limit;
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
