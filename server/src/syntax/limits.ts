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
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > MAX_FILE_BYTES ? bytes : undefined;
}

export function tooLargeMessage(bytes: number): string {
  return `file is ${(bytes / 1048576).toFixed(1)} MiB; design files are limited to ${MAX_FILE_BYTES / 1048576} MiB`;
}
