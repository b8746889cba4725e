// The wasm files bundled into the web worker (esbuild.mjs resolves these names to the files and
// loads them as bytes).
declare module 'ringside-wasm:runtime' { const bytes: Uint8Array; export default bytes; }
declare module 'ringside-wasm:grammar' { const bytes: Uint8Array; export default bytes; }
