// Text checks shared by the hostile-input tests and the fuzzers.

/** True when `s` holds a high surrogate without its low half or a low one without its high half. */
export function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}
