// How the desktop extension starts its language server: server/dist/server.js in a Node process
// over IPC, with the V8 options of SERVER_NODE_OPTIONS (and an inspector port in debug mode). The web build swaps this module for
// language-client-browser.ts (esbuild.mjs), which runs the server in a web worker.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/protocol';

/** Documents the client syncs: design files on disk and untitled ones. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'ringside' },
  { scheme: 'untitled', language: 'ringside' },
];

export async function createLanguageClient(context: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions): Promise<BaseLanguageClient> {
  const module = context.asAbsolutePath('server/dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient(id, name, serverOptions, options);
}

/** The desktop server reads a model's other files from disk itself. */
export async function openModelFiles(): Promise<void> { /* nothing to do */ }
