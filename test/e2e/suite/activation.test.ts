// The extension activates on a .ringside file and registers what it contributes.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { EXTENSION_ID, open, until } from './helpers';

suite('Extension', () => {
  suiteSetup(async () => {
    // Never save (see activeExtension), without activating the extension before the test does.
    await vscode.workspace.getConfiguration('files').update('refactoring.autoSave', false, vscode.ConfigurationTarget.Global);
  });

  test('activates on a .ringside file', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    const { doc } = await open('kernel.ringside');
    assert.equal(doc.languageId, 'ringside');
    await until('the extension to activate', () => (ext.isActive ? true : undefined));
  });

  test('registers every contributed command', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: string[] = (ext.packageJSON?.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed commands without a handler');
  });

  test('"Open Example Design" copies the example into the chosen folder and opens the copy', async () => {
    const parent = vscode.Uri.joinPath(vscode.Uri.file(os.tmpdir()), `ringside-open-example-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(parent);
    const dest = await vscode.commands.executeCommand<vscode.Uri | undefined>('ringside.openExample', parent.fsPath);
    assert.ok(dest, 'the example was copied');
    const names = (await vscode.workspace.fs.readDirectory(dest)).map(([n]) => n).sort();
    assert.ok(names.includes('kernel.ringside') && names.includes('deployment.ringside'), names.join(' '));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), vscode.Uri.joinPath(dest, 'kernel.ringside').toString());
    // A second copy does not overwrite the first.
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('ringside.openExample', parent.fsPath);
    assert.notEqual(again?.toString(), dest.toString());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
