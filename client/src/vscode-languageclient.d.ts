// Type-only shim, like server/src/lsp/vscode-lsp-modules.d.ts: tsconfig's `moduleResolution: node`
// ignores package.json `exports`, and vscode-languageclient 11 publishes `/node` only there.
// esbuild resolves the real entry point through `exports` at build time.
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
declare module 'vscode-languageclient/browser' {
  export * from 'vscode-languageclient/lib/browser/main';
}
declare module 'vscode-languageclient' {
  export * from 'vscode-languageclient/lib/common/api';
}
