// How the web extension (vscode.dev, github.dev, code-server's browser host) starts its language
// server: server/dist/web/server.js in a web worker. A worker has no file system, so the
// client opens the design files of the folders it sees (through the editor's own file system
// provider, which works for GitHub repositories too); the server then builds each folder's model
// from those documents.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** The browser's Worker, declared here because the project's type library is Node's, not the DOM. */
declare const Worker: new (url: string) => unknown;

/** Any scheme: vscode-vfs (github.dev), vscode-remote, vscode-test-web, file … */
export const DOCUMENT_SELECTOR = [{ language: 'ringside' }];

export async function createLanguageClient(context: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions): Promise<BaseLanguageClient> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'server/dist/web/server.js');
  // An extension installed on a remote (code-server, a dev container) has a vscode-remote: URI,
  // from which the web extension host refuses to start a worker: start it from the script's
  // bytes instead, read through the editor's file system (the script needs no URL of its own).
  let url = main.toString(true);
  if (main.scheme !== 'http' && main.scheme !== 'https') {
    const bytes = await vscode.workspace.fs.readFile(main);
    url = URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
  }
  const worker = eventTarget(new Worker(url) as WorkerLike);
  return new LanguageClient(id, name, worker as unknown as ConstructorParameters<typeof LanguageClient>[2], options);
}

interface WorkerLike {
  postMessage(message: unknown, transfer?: unknown[]): void;
  terminate(): void;
  onmessage: ((e: unknown) => void) | null;
  onerror?: ((e: unknown) => void) | null;
  addEventListener?: (type: string, listener: (e: unknown) => void) => void;
}

/**
 * The language client listens with addEventListener; some extension hosts hand out a worker
 * stand-in that only has `onmessage`/`onerror` (seen in code-server 4.139's web host): adapt it.
 */
function eventTarget(w: WorkerLike): WorkerLike {
  if (typeof w.addEventListener === 'function') return w;
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const fire = (type: string) => (e: unknown) => { for (const l of listeners.get(type) ?? []) l(e); };
  w.onmessage = fire('message');
  w.onerror = fire('error');
  return {
    postMessage: (m, t) => w.postMessage(m, t),
    terminate: () => w.terminate(),
    onmessage: null,
    addEventListener: (type, l) => { let set = listeners.get(type); if (!set) listeners.set(type, (set = new Set())); set.add(l); },
    removeEventListener: (type: string, l: (e: unknown) => void) => { listeners.get(type)?.delete(l); },
  } as WorkerLike;
}

/** At most this many design files are opened for the server (a design is a handful of files). */
const MAX_FILES = 200;

const opened = new Set<string>();

/** Opens the design files of every folder that holds an open design file (once per folder), so its model is whole. */
export async function openModelFiles(): Promise<void> {
  const folders = new Set<string>();
  for (const d of vscode.workspace.textDocuments) {
    if (d.languageId !== 'ringside' || d.uri.scheme === 'untitled') continue;
    const folder = vscode.Uri.joinPath(d.uri, '..').toString();
    if (!opened.has(folder)) folders.add(folder);
  }
  for (const folder of folders) {
    opened.add(folder);
    const uri = vscode.Uri.parse(folder);
    let entries: [string, vscode.FileType][] = [];
    try { entries = await vscode.workspace.fs.readDirectory(uri); } catch { continue; }
    for (const [name, type] of entries.slice(0, MAX_FILES)) {
      if (type !== vscode.FileType.File || !name.endsWith('.ringside')) continue;
      try { await vscode.workspace.openTextDocument(vscode.Uri.joinPath(uri, name)); } catch { /* unreadable: skipped */ }
    }
  }
}
