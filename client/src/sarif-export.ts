// "Ringside: Export SARIF": asks the server for the SARIF log of the active editor's model
// (ExportSarifRequest), lets the user choose where to save it, and writes it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExportSarifRequest, type ExportSarifParams, type ExportSarifResult } from '../../server/src/lsp/protocol';
import type { ServerController } from './server-controller';
import { LANGUAGE_ID } from './status-bar';
import { plural } from './model-key';

/** Where the save dialog starts: next to the design for a file on disk, else the first workspace folder. */
function defaultTarget(doc: vscode.TextDocument): vscode.Uri | undefined {
  if (doc.uri.scheme === 'file') {
    const folder = path.dirname(doc.uri.fsPath);
    return vscode.Uri.file(path.join(folder, `${path.basename(folder) || 'ringside'}.sarif`));
  }
  const ws = vscode.workspace.workspaceFolders?.[0];
  return ws ? vscode.Uri.joinPath(ws.uri, 'ringside.sarif') : undefined;
}

/** The number of results in a SARIF log, for the message; undefined when it cannot be read. */
function resultCount(sarif: string): number | undefined {
  try {
    const log = JSON.parse(sarif) as { runs?: { results?: unknown[] }[] };
    return (log.runs ?? []).reduce((n, r) => n + (r.results?.length ?? 0), 0);
  } catch {
    return undefined;
  }
}

export async function exportSarif(server: ServerController): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage('Ringside: open a design file (*.ringside) to export its findings as SARIF.');
    return;
  }
  try {
    const client = await server.ready();
    const params: ExportSarifParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
    const result = await client.sendRequest<ExportSarifResult>(ExportSarifRequest, params);
    const target = await vscode.window.showSaveDialog({
      title: 'Export Ringside findings as SARIF',
      saveLabel: 'Export',
      defaultUri: defaultTarget(doc),
      filters: { 'SARIF log': ['sarif', 'json'], 'All files': ['*'] },
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.sarif, 'utf8'));
    const n = resultCount(result.sarif);
    const where = target.scheme === 'file' ? target.fsPath : target.toString();
    const choice = await vscode.window.showInformationMessage(
      `Ringside: wrote ${n === undefined ? 'the SARIF log' : plural(n, 'result')} to ${where}.`, 'Open',
    );
    if (choice === 'Open') await vscode.window.showTextDocument(target);
  } catch (e) {
    void vscode.window.showErrorMessage(`Ringside: SARIF export failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
