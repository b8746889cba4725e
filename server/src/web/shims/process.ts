// `process` for the web worker build: a worker has no process. Only what the server reads
// (platform for path folding, env for tracing, cwd for SARIF roots, version for the log line).
// It does not claim to be Node: web-tree-sitter checks `process.versions.node`.
export const process = {
  platform: 'browser',
  env: {} as Record<string, string | undefined>,
  version: 'web worker',
  versions: {} as Record<string, string>,
  cwd: (): string => '/',
  on: (): void => { /* no process events in a worker */ },
};

/** Node's setImmediate, which the workspace uses to batch analyses; a worker has only timers. */
export function setImmediate(f: (...a: unknown[]) => void, ...args: unknown[]): ReturnType<typeof setTimeout> {
  return setTimeout(f, 0, ...args);
}
export function clearImmediate(h: ReturnType<typeof setTimeout> | undefined): void {
  if (h !== undefined) clearTimeout(h);
}
