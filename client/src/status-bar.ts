// The status bar item: "$(shield) Ringside: N errors, M warnings" for the model of the active
// Ringside editor, from the counts the server sends after each analysis (FindingCountsNotification).
// Shown only while a Ringside editor is active; a click opens the Problems panel.
import * as vscode from 'vscode';
import type { FindingCounts } from '../../server/src/lsp/protocol';
import { documentModelKey, plural, reportedModelKey } from './model-key';
import type { ServerStatus } from './server-controller';

export const LANGUAGE_ID = 'ringside';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly counts = new Map<string, FindingCounts>();
  private status: ServerStatus = 'starting';
  private readonly disposables: vscode.Disposable[] = [];

  constructor(showFindingsCommand: string) {
    this.item = vscode.window.createStatusBarItem('ringside.findings', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Ringside Findings';
    this.item.command = { title: 'Show Ringside Findings', command: showFindingsCommand };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidOpenTextDocument((d) => { if (d === vscode.window.activeTextEditor?.document) this.refresh(); }),
    );
    this.refresh();
  }

  /** What the item shows, for the extension API (VS Code has no API to read status bar items). */
  get snapshot(): { text: string; visible: boolean } {
    return { text: this.item.text, visible: this.visible };
  }
  private visible = false;

  /** New counts from the server for one model. */
  update(counts: FindingCounts): void {
    this.counts.set(reportedModelKey(counts.model, (u) => vscode.Uri.parse(u).fsPath), counts);
    this.refresh();
  }

  /** The server (re)started or stopped: counts from an earlier server are stale. */
  setStatus(status: ServerStatus): void {
    if (status !== 'running') this.counts.clear();
    this.status = status;
    this.refresh();
  }

  private refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const key = documentModelKey({ scheme: doc.uri.scheme, fsPath: doc.uri.fsPath, uriString: doc.uri.toString() });
    const c = this.counts.get(key);
    this.item.backgroundColor = undefined;
    if (this.status === 'failed' || this.status === 'stopped') {
      this.item.text = '$(shield) Ringside: server stopped';
      this.item.tooltip = 'The Ringside language server is not running. Run "Ringside: Restart Server", or see the "Ringside" output channel.';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (!c) {
      this.item.text = '$(shield) Ringside';
      this.item.tooltip = this.status === 'starting' ? 'The Ringside language server is starting…' : 'Ringside is reviewing this design…';
    } else {
      this.item.text = `$(shield) Ringside: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}`;
      const scope = doc.uri.scheme === 'file' ? 'this folder\'s design' : 'this design';
      const extra = [`${c.information} information`, plural(c.hint, 'hint')];
      if (c.suppressed) extra.push(`${c.suppressed} waived`);
      this.item.tooltip = `Ringside findings in ${scope}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${extra.join(', ')}.\nClick to open the Problems panel.`;
    }
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
