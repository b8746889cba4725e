// Language server entry. The transport (--stdio, --node-ipc, --socket=N, --pipe=NAME) comes
// from the command line; the parser loads the two wasm files the build copies next to this bundle.
// Everything that talks to the client lives in lsp/server.ts.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createParser, wasmPathsIn } from './syntax/parser';
import { startServer, type RunningServer } from './lsp/server';

const connection = createConnection(ProposedFeatures.all);
let server: RunningServer | undefined;

function report(what: string, e: unknown): void {
  if (server) {
    server.logError(what, e);
    return;
  }
  // Before the server runs there is no log channel yet; stderr is not the protocol.
  process.stderr.write(`Ringside language server: ${what}: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
}

// One faulty handler or timer must not take the server down: log and keep serving.
process.on('unhandledRejection', (e) => report('unhandled promise rejection', e));
process.on('uncaughtException', (e) => report('uncaught exception', e));

createParser(wasmPathsIn(__dirname)).then(
  (parser) => {
    server = startServer(connection, parser);
  },
  (e: unknown) => {
    report('cannot load the tree-sitter parser', e);
    process.exit(1);
  },
);
