// Language server entry. The transport (--stdio, --node-ipc, --socket=N, --pipe=NAME) comes
// from the command line; the parser loads the two wasm files the build copies next to this bundle.
// Everything that talks to the client lives in lsp/server.ts.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { createParser, wasmPathsIn } from './syntax/parser';
import { startServer, type RunningServer } from './lsp/server';

let server: RunningServer | undefined;

function report(what: string, e: unknown): void {
  if (server) {
    server.logError(what, e);
    return;
  }
  // Before the server runs there is no log channel yet; stderr is not the protocol.
  process.stderr.write(`Ringside language server: ${what}: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
}

/** Leave with an error status so the client restarts the server (stderr is not the protocol). */
function fatal(what: string, e: unknown): never {
  report(what, e);
  process.stderr.write(`Ringside language server: ${what}; exiting so the client can restart it\n`);
  process.exit(1);
}

/**
 * Under --stdio the reader is built here so that a malformed header (which stops the stream
 * reader for good) ends the process instead of leaving a server that answers nothing.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => fatal('unreadable message from the client', e));
  // Passing a reader turns off the library's own end-of-input handling; keep its behaviour.
  const ended = () => process.exit(server?.shutdownReceived() ? 0 : 1);
  process.stdin.on('end', ended);
  process.stdin.on('close', ended);
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

const connection = connect();

// One faulty handler or timer must not take the server down: log and keep serving.
process.on('unhandledRejection', (e) => report('unhandled promise rejection', e));
process.on('uncaughtException', (e) => report('uncaught exception', e));

createParser(wasmPathsIn(__dirname), {
  onUnusable: (e) => fatal('the tree-sitter runtime aborted and cannot be restarted', e),
  // Fault injection for the recovery tests (test/lsp/hostile-input.test.ts); unset in normal use.
  faultMarker: process.env.RINGSIDE_FAULT_ABORT || undefined,
  faultFatal: process.env.RINGSIDE_FAULT_ABORT_FATAL === '1',
}).then(
  (parser) => {
    server = startServer(connection, parser);
  },
  (e: unknown) => {
    report('cannot load the tree-sitter parser', e);
    process.exit(1);
  },
);
