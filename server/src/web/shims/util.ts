// `node:util` for the web worker build: `format`, for routing console output to the client log.
export function format(...args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : (() => { try { return JSON.stringify(a); } catch { return String(a); } })())).join(' ');
}
export default { format };
