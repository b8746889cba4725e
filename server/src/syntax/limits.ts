// Input limits shared by the CLI and the language server, so both refuse the same inputs with
// the same words. README.md "Limits" states them for users.

/**
 * Larger design files are refused. web-tree-sitter keeps its whole tree in one wasm heap, which
 * cannot grow past a few GB: a 20 MB file aborted the runtime (issue 10), so the limit stays well
 * below that. # inferred: a design of this size is almost certainly not a hand-written design.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The UTF-8 size of `text`, computed only when the UTF-16 length leaves it in doubt. */
export function exceedsFileLimit(text: string): number | undefined {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4 bytes).
  if (text.length * 3 <= MAX_FILE_BYTES) return undefined;
  const bytes = utf8Length(text);
  return bytes > MAX_FILE_BYTES ? bytes : undefined;
}

/** UTF-8 length without Node's Buffer (the server also runs in a web worker). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

export function tooLargeMessage(bytes: number): string {
  return `file is ${(bytes / 1048576).toFixed(1)} MiB; design files are limited to ${MAX_FILE_BYTES / 1048576} MiB`;
}
