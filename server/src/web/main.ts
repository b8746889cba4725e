// Language server entry for the web extension (vscode.dev, github.dev, code-server's browser
// host): the server runs in a web worker and talks to the client through postMessage. The two
// wasm files are bundled into this script (esbuild.mjs, `ringside-wasm:` imports), so the worker
// needs no URL of its own: the client may start it from a blob. No Node API is used: esbuild.mjs
// maps node:fs/path/url/util and `process` to the small modules in ./shims for this build.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import runtimeWasm from 'ringside-wasm:runtime';
import grammarWasm from 'ringside-wasm:grammar';
import { createWebParser } from '../syntax/parser';
import { startServer, type RunningServer } from '../lsp/server';

declare const self: { addEventListener(type: string, f: (e: { reason?: unknown; error?: unknown }) => void): void };

// The client sends `initialize` at once, while the parser still loads; a worker drops messages
// nobody listens to, and the connection listens only once the server starts. Hold them until then.
type MessageHandler = (e: { data: unknown }) => void;
const held: { data: unknown }[] = [];
let deliver: MessageHandler | undefined;
let open = false;
(self as unknown as { onmessage: MessageHandler }).onmessage = (e) => { if (open && deliver) deliver(e); else held.push(e); };
const port = {
  addEventListener: (type: string, f: never) => self.addEventListener(type, f),
  set onmessage(f: MessageHandler) { deliver = f; },
  // Through JSON first: postMessage's structured clone copies an object's own fields, and the AST's
  // packed ranges (syntax/range.ts) hold theirs as numbers and serialise through toJSON.
  postMessage: (m: unknown) => (self as unknown as { postMessage(m: unknown): void }).postMessage(JSON.parse(JSON.stringify(m))),
};
function release(): void {
  open = true;
  for (const e of held.splice(0)) deliver?.(e);
}

const reader = new BrowserMessageReader(port as never);
reader.onError((e) => console.error(`[ringside worker] cannot read a message: ${e.message}`));
const writer = new BrowserMessageWriter(port as never);
const connection = createConnection(reader, writer);
let server: RunningServer | undefined;

// Mirror the server's log to the browser's developer console as well: in a web worker that is the
// one place a user (or the browser test) can read why the server did not start.
const browserConsole = { log: console.log.bind(console), warn: console.warn.bind(console), error: console.error.bind(console) };
for (const level of ['log', 'warn', 'error'] as const) {
  const send = connection.console[level].bind(connection.console);
  connection.console[level] = (message: string) => { browserConsole[level](`[ringside worker] ${message}`); send(message); };
}

self.addEventListener('unhandledrejection', (e) => server?.logError('unhandled promise rejection', e.reason));
self.addEventListener('error', (e) => server?.logError('uncaught exception', e.error));

createWebParser(runtimeWasm, grammarWasm, {
  // A wasm abort the parser cannot recover from: end the worker so the client starts a new one.
  onUnusable: (e) => {
    connection.console.error(`Ringside: the tree-sitter runtime aborted and cannot be restarted (${e instanceof Error ? e.message : String(e)}); stopping the worker`);
    (self as unknown as { close(): void }).close();
  },
}).then(
  (parser) => {
    server = startServer(connection, parser);
    release();
  },
  (e: unknown) => {
    const text = `Ringside: cannot load the tree-sitter parser: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
    console.error(text); // the browser's console: the client may not be listening yet
    connection.console.error(text);
  },
);
