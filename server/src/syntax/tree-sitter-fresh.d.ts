// A second, separately evaluated copy of web-tree-sitter, for wasm heap recycling (parser.ts).
// esbuild.mjs makes it: in the language server's bundle (and the tests') each call evaluates
// the package's CommonJS build afresh, so it has its own module, classes and wasm heap; in the CLI
// and the web worker, which never recycle, it returns undefined.
declare module 'ringside-tree-sitter:fresh' {
  export function freshTreeSitter(): typeof import('web-tree-sitter') | undefined;
}
