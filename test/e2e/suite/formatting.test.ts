// Formatting through the editor's provider: it applies, and formatting the result changes nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, revertAll } from './helpers';

async function formatEdits(uri: vscode.Uri): Promise<vscode.TextEdit[]> {
  return (await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri,
    { tabSize: 2, insertSpaces: true } satisfies vscode.FormattingOptions)) ?? [];
}

suite('Formatting', () => {
  suiteSetup(activeExtension);
  teardown(revertAll);

  for (const name of ['kernel.ringside', 'content.ringside']) {
    test(`is idempotent on ${name}`, async () => {
      const { doc } = await open(name);
      // Disturb the layout first, so the formatter has work to do.
      const messy = doc.getText().replace(/^( +)(\w+)( +)=/gm, '$1$2 =').replace(/^ {2}(\w)/gm, '\t$1');
      const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      const we = new vscode.WorkspaceEdit();
      we.replace(doc.uri, all, messy);
      assert.ok(await vscode.workspace.applyEdit(we));
      const first = await formatEdits(doc.uri);
      assert.ok(first.length > 0, 'the disturbed file is reformatted');
      const edit = new vscode.WorkspaceEdit();
      edit.set(doc.uri, first);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const once = doc.getText();
      const second = await formatEdits(doc.uri);
      if (second.length) {
        const again = new vscode.WorkspaceEdit();
        again.set(doc.uri, second);
        assert.ok(await vscode.workspace.applyEdit(again));
      }
      assert.equal(doc.getText(), once, 'formatting formatted text changes nothing');
    });
  }
});
