// VS Code extension entry. The client holds no analysis: it starts the language server
// (server/dist/server.js), registers the commands and shows the status bar item. Everything it
// exchanges with the server beyond LSP is declared in server/src/lsp/protocol.ts, the only server
// file it imports.
import * as vscode from 'vscode';
import { type EditWaiverCommand, ShowFindingsCommand } from '../../server/src/lsp/protocol';
import { ServerController } from './server-controller';
import { FindingsStatusBar } from './status-bar';
import { RULE_DOC_SCHEME, RuleDocProvider, showRuleDocumentation, showRulePageInPlace } from './rule-docs';
import { exportSarif } from './sarif-export';
import { EXPLAIN_SCHEME, ExplainProvider, editWaiver, explainFinding, showFindings } from './findings-view';
import { openExample } from './open-example';

let controller: ServerController | undefined;

/** The extension's API: what the status bar shows, so tests (and other extensions) can read it. */
export interface RingsideApi {
  statusBar(): { text: string; visible: boolean };
}

export async function activate(context: vscode.ExtensionContext): Promise<RingsideApi> {
  const server = new ServerController(context);
  controller = server;
  const statusBar = new FindingsStatusBar(ShowFindingsCommand);
  const ruleDocs = new RuleDocProvider(server);

  context.subscriptions.push(
    server,
    statusBar,
    ruleDocs,
    server.onDidReceiveCounts((c) => statusBar.update(c)),
    server.onDidChangeStatus((s) => {
      statusBar.setStatus(s);
      if (s === 'starting') ruleDocs.reset();
    }),
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, ruleDocs),
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, new ExplainProvider(server)),
    // A diagnostic's code link is `ringside-rule:RS001.md`: VS Code opens it as a text document;
    // show the rendered page in its place.
    vscode.window.onDidChangeActiveTextEditor((e) => { if (e) void showRulePageInPlace(e); }),
    vscode.commands.registerCommand('ringside.explainFinding', (arg?: unknown) => explainFinding(arg)),
    vscode.commands.registerCommand('ringside.editWaiver' satisfies typeof EditWaiverCommand, (uri?: unknown, block?: unknown, snippet?: unknown) => editWaiver(uri, block, snippet)),

    vscode.commands.registerCommand('ringside.showRuleDocumentation', (arg?: unknown) => showRuleDocumentation(server, ruleDocs, arg)),

    vscode.commands.registerCommand('ringside.restartServer', async () => {
      try {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Restarting the Ringside language server' },
          () => server.restart(),
        );
      } catch (e) {
        void vscode.window.showErrorMessage(`Ringside: the language server did not restart: ${e instanceof Error ? e.message : String(e)}`);
      }
    }),

    vscode.commands.registerCommand('ringside.exportSarif', () => exportSarif(server)),

    // Run by the server's code lenses (with a document URI and an element key) and by the status bar.
    vscode.commands.registerCommand('ringside.showFindings' satisfies typeof ShowFindingsCommand, (uri?: unknown, key?: unknown, block?: unknown) => showFindings(uri, key, block)),

    vscode.commands.registerCommand('ringside.openExample', (target?: unknown) => openExample(context.extensionUri, target)),
  );

  void vscode.commands.executeCommand('setContext', 'ringside.activated', true);
  const api: RingsideApi = { statusBar: () => statusBar.snapshot };

  try {
    await server.start();
  } catch (e) {
    // The commands stay registered; "Ringside: Restart Server" tries again.
    void vscode.window.showErrorMessage(`Ringside: the language server did not start: ${e instanceof Error ? e.message : String(e)}`, 'Show Log').then((choice) => {
      if (choice) server.log.show();
    });
  }
  return api;
}

export async function deactivate(): Promise<void> {
  const c = controller;
  controller = undefined;
  await c?.stop();
}
