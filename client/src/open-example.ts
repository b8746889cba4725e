// "Ringside: Open Example Design": copy the Falcon example into a folder the user chooses and
// open it there, so edits live in the user's copy and an extension update never overwrites them.
// Uses vscode.workspace.fs only, so it works in the browser too.
import * as vscode from 'vscode';

const EXAMPLE = ['examples', 'falcon-2024-07'];
const OPEN_FIRST = 'kernel.ringside';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A folder name under `parent` not taken yet: falcon-2024-07, falcon-2024-07-2, … */
async function freeFolder(parent: vscode.Uri, name: string): Promise<vscode.Uri> {
  for (let i = 1; ; i++) {
    const uri = vscode.Uri.joinPath(parent, i === 1 ? name : `${name}-${i}`);
    if (!(await exists(uri))) return uri;
  }
}

/**
 * `target` (a folder URI or path, for tests and scripts) skips the folder dialog. Returns the
 * folder the example was copied to, or undefined when the user cancelled.
 */
export async function openExample(extensionUri: vscode.Uri, target?: unknown): Promise<vscode.Uri | undefined> {
  try {
    let parent: vscode.Uri | undefined;
    if (typeof target === 'string' && target) parent = /^[a-z][a-z0-9+.-]*:/i.test(target) && !/^[a-z]:[\\/]/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
    else if (target instanceof vscode.Uri) parent = target;
    else {
      const picked = await vscode.window.showOpenDialog({
        canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
        openLabel: 'Copy the example here',
        title: 'Ringside: choose a folder for a copy of the example design',
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      });
      parent = picked?.[0];
    }
    if (!parent) return undefined;
    const source = vscode.Uri.joinPath(extensionUri, ...EXAMPLE);
    const dest = await freeFolder(parent, EXAMPLE[EXAMPLE.length - 1]);
    await vscode.workspace.fs.createDirectory(dest);
    for (const [name, type] of await vscode.workspace.fs.readDirectory(source)) {
      if (type !== vscode.FileType.File) continue;
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(source, name), vscode.Uri.joinPath(dest, name), { overwrite: false });
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dest, OPEN_FIRST));
    await vscode.window.showTextDocument(doc, { preview: false });
    return dest;
  } catch (e) {
    void vscode.window.showErrorMessage(`Ringside: cannot copy the example design: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}
