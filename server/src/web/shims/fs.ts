// `node:fs` for the web worker build. A worker has no file system: every design file reaches the
// server as an open document (the web client opens a model's files), so nothing is read here.
function none(what: string): never {
  throw new Error(`${what}: no file system in the web worker`);
}
export function existsSync(): boolean { return false; }
export function statSync(p: string): never { return none(`stat ${p}`); }
export function readdirSync(p: string): never { return none(`readdir ${p}`); }
export function readFileSync(p: string): never { return none(`read ${p}`); }
export function openSync(p: string): never { return none(`open ${p}`); }
export function readSync(): never { return none('read'); }
export function closeSync(): void { /* nothing open */ }
export function fstatSync(): never { return none('fstat'); }
export function lstatSync(p: string): never { return none(`lstat ${p}`); }
export function realpathSync(p: string): never { return none(`realpath ${p}`); }
export type Stats = { size: number; mtimeMs: number; isFile(): boolean; isDirectory(): boolean };
export default { existsSync, statSync, readdirSync, readFileSync, openSync, readSync, closeSync, fstatSync, lstatSync, realpathSync };
