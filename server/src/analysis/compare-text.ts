// The order of names in findings — file paths, rule ids, property paths — without starting ICU.
// The first collator of a process costs ≈ 5 ms (V8 lists every locale ICU can collate), more than
// the rest of ordering a small check's findings, and String.prototype.localeCompare paid it in
// every CLI run. compareText orders as Intl.Collator('en') does (the Unicode root collation):
// names made of letters, digits, space, `_`, `-`, `.` and `/` — in practice every file name, rule
// id and property path — are compared here; any other string goes to that collator. Unlike
// localeCompare, the order does not follow the user's locale (a Danish one sorted `aa` after `z`),
// so the same design gives the same report everywhere.

/** The covered characters by primary weight: punctuation, then digits, then letters (either case). */
const PRIMARY = ' _-./0123456789abcdefghijklmnopqrstuvwxyz';
/** Primary weight of each ASCII code; -1 for characters left to the collator. */
const WEIGHT = new Int8Array(128).fill(-1);
for (let i = 0; i < PRIMARY.length; i++) {
  WEIGHT[PRIMARY.charCodeAt(i)] = i;
  WEIGHT[PRIMARY[i].toUpperCase().charCodeAt(0)] = i;
}

let collator: Intl.Collator | undefined;

function covered(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || WEIGHT[c] < 0) return false;
  }
  return true;
}

/** Negative, zero or positive as `a` sorts before, with or after `b` under Intl.Collator('en'). */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (!covered(a) || !covered(b)) return (collator ??= new Intl.Collator('en')).compare(a, b);
  // Primary level: the first character whose weight differs decides, else the shorter string
  // comes first. Tertiary level, for names equal but for case: at the first difference lower case
  // comes first.
  let tertiary = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const d = WEIGHT[x] - WEIGHT[y];
    if (d !== 0) return d < 0 ? -1 : 1;
    if (tertiary === 0) tertiary = x > y ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return tertiary;
}
