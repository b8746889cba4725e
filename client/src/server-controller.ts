// Owns the language client: where the server bundle is, how it is started (IPC, with an inspector
// port in debug mode), which documents it sees, and restarts. Other modules get the current
// client through `client` and hear about (re)starts through `onDidChangeStatus`.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { DOCUMENT_SELECTOR, createLanguageClient, openModelFiles } from './language-client';
import { FindingCountsNotification, type FindingCounts } from '../../server/src/lsp/protocol';

export const CLIENT_ID = 'ringside';
const CLIENT_NAME = 'Ringside Language Server';

export type ServerStatus = 'starting' | 'running' | 'stopped' | 'failed';

export class ServerController implements vscode.Disposable {
  private current: BaseLanguageClient | undefined;
  /** What lives exactly as long as the current client (its file watcher, its listeners). */
  private clientResources: vscode.Disposable[] = [];
  private readonly outputChannel: vscode.LogOutputChannel;
  private readonly traceChannel: vscode.LogOutputChannel;
  private readonly statusEmitter = new vscode.EventEmitter<ServerStatus>();
  private readonly countsEmitter = new vscode.EventEmitter<FindingCounts>();
  private readonly disposables: vscode.Disposable[] = [];
  private restarting: Promise<void> | undefined;

  /** Fires on every change of the server's state. */
  readonly onDidChangeStatus = this.statusEmitter.event;
  /** Fires with the finding counts the server sends after each analysis. */
  readonly onDidReceiveCounts = this.countsEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.outputChannel = vscode.window.createOutputChannel('Ringside', { log: true });
    this.traceChannel = vscode.window.createOutputChannel('Ringside Language Server Trace', { log: true });
    this.disposables.push(this.outputChannel, this.traceChannel, this.statusEmitter, this.countsEmitter);
  }

  /** The running (or starting) client, if any. */
  get client(): BaseLanguageClient | undefined {
    return this.current;
  }

  get log(): vscode.LogOutputChannel {
    return this.outputChannel;
  }

  /** The client, started; throws with a readable message when the server cannot run. */
  async ready(): Promise<BaseLanguageClient> {
    if (this.restarting) await this.restarting;
    // A client that stopped (crashed too often, or failed to start) is replaced by a fresh one.
    if (!this.current || this.current.state === State.Stopped) await this.restart();
    else if (this.current.state === State.Starting) await this.current.start(); // the start in flight
    const client = this.current;
    if (!client || client.state !== State.Running) throw new Error('the Ringside language server is not running');
    return client;
  }

  async start(): Promise<void> {
    if (this.current) return;
    const client = await this.createClient();
    this.current = client;
    this.statusEmitter.fire('starting');
    try {
      await client.start();
    } catch (e) {
      this.statusEmitter.fire('failed');
      this.outputChannel.error(`Ringside: the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }
  }

  /** Stop the server (if it runs) and start a fresh one: a new client, so a failed start is no dead end. */
  restart(): Promise<void> {
    if (!this.restarting) {
      this.restarting = (async () => {
        await this.stop();
        await this.start();
      })().finally(() => { this.restarting = undefined; });
    }
    return this.restarting;
  }

  async stop(): Promise<void> {
    const client = this.current;
    const resources = this.clientResources;
    this.current = undefined;
    this.clientResources = [];
    if (client) {
      try {
        await client.dispose(2000);
      } catch (e) {
        this.outputChannel.warn(`Ringside: stopping the language server failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    for (const d of resources) d.dispose();
    if (client) this.statusEmitter.fire('stopped');
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private async createClient(): Promise<BaseLanguageClient> {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.ringside');
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      synchronize: { fileEvents: watcher },
      outputChannel: this.outputChannel,
      traceOutputChannel: this.traceChannel,
      // Hover links run these commands only ("Rule page", "Explain"); no other command is trusted.
      markdown: { isTrusted: { enabledCommands: ['ringside.showRuleDocumentation', 'ringside.explainFinding'] } },
      // The server only reads *.ringside files; nothing here depends on workspace trust.
    };
    // The id makes the client read `ringside.trace.server`.
    const client = await createLanguageClient(this.context, CLIENT_ID, CLIENT_NAME, clientOptions);
    this.clientResources = [
      watcher,
      client.onNotification(FindingCountsNotification, (counts: FindingCounts) => {
        if (this.current === client) this.countsEmitter.fire(counts);
      }),
      // The web build opens the other design files of a design's folder (no-op on the desktop).
      vscode.workspace.onDidOpenTextDocument((d) => { if (d.languageId === 'ringside' && this.current === client) void openModelFiles(); }),
      client.onDidChangeState((e) => {
        if (this.current !== client) return;
        if (e.newState === State.Running) {
          this.statusEmitter.fire('running');
          void openModelFiles(); // the web worker cannot read a model's other files itself
        }
        else if (e.newState === State.Starting) this.statusEmitter.fire('starting');
        else this.statusEmitter.fire('stopped');
      }),
    ];
    return client;
  }
}
