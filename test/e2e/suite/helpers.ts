// Shared helpers of the extension-host suites. Everything waits on events with a deadline (never
// a fixed sleep) and reports what it saw when the deadline passes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ringside.ringside';
/** Rule ids of the July 2024 failure chain (domain.md, fixture F1): the errors the example must raise. */
export const JULY_2024_CHAIN = ['RS001', 'RS004', 'RS009', 'RS017', 'RS018'];
/** RINGSIDE_E2E_BREAK=1 adds an expectation that cannot hold, to prove a failure is reported. */
export const BROKEN = process.env.RINGSIDE_E2E_BREAK === '1';
/** Series links (on the rule pages) point at the blog series. */
export const SERIES_LINK = /^https:\/\/opfuchs\.gay\//;
/** A diagnostic's code link opens the rule's page inside the editor. */
export const RULE_PAGE_LINK = /^ringside-rule:RS[-A-Z0-9]+\.md$/;

const DEADLINE_MS = 30000;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open (the example)');
  return folder.uri;
}

export function fileIn(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function open(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fileIn(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function targetOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? d.code.target.toString(true) : undefined;
}

/** All Ringside diagnostics of files in the workspace folder. */
export function workspaceDiagnostics(): [vscode.Uri, vscode.Diagnostic[]][] {
  const root = workspaceRoot().toString();
  return vscode.languages.getDiagnostics()
    .filter(([uri]) => uri.toString().startsWith(root))
    .map(([uri, ds]) => [uri, ds.filter((d) => d.source === 'ringside')] as [vscode.Uri, vscode.Diagnostic[]]);
}

export function summary(entries: [vscode.Uri, vscode.Diagnostic[]][]): string {
  return entries.filter(([, ds]) => ds.length)
    .map(([u, ds]) => `${u.path.split('/').pop()}: ${ds.map(codeOf).join(' ')}`).join('; ') || '(none)';
}

/** Model errors: the model codes (RS-SYNTAX, RS-UNRESOLVED, …) at error severity. */
export function modelErrors(entries = workspaceDiagnostics()): string[] {
  return entries.flatMap(([u, ds]) => ds
    .filter((d) => codeOf(d).startsWith('RS-') && d.severity === vscode.DiagnosticSeverity.Error)
    .map((d) => `${u.path.split('/').pop()}:${d.range.start.line + 1} ${codeOf(d)} ${d.message}`));
}

/**
 * Resolve with `check()`'s value once it is not undefined, re-checking on every diagnostics event;
 * reject at the deadline with `describe()` of what was seen.
 */
export function waitForDiagnostics<T>(what: string, check: () => T | undefined, describe: () => string, ms = DEADLINE_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    const finish = (f: () => void) => { clearTimeout(timer); sub?.dispose(); f(); };
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}; saw: ${describe()}`))), ms);
    const probe = () => {
      let v: T | undefined;
      try { v = check(); } catch (e) { finish(() => reject(e)); return; }
      if (v !== undefined) finish(() => resolve(v as T));
    };
    sub = vscode.languages.onDidChangeDiagnostics(probe);
    probe();
  });
}

/** Diagnostics of one file, once `ok` accepts them. */
export function diagnosticsOf(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean, ms = DEADLINE_MS): Promise<vscode.Diagnostic[]> {
  const get = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ringside');
  return waitForDiagnostics(what, () => { const ds = get(); return ok(ds) ? ds : undefined; },
    () => `${uri.path.split('/').pop()}: ${get().map(codeOf).join(' ') || '(none)'}`, ms);
}

/**
 * Wait until everything the server sent before now has been handled: a request's answer comes
 * after every notification the server wrote before it (one ordered stream). Used after a
 * predicate on diagnostics holds, so the rest of the same publish batch is in as well.
 */
export async function roundTrip(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
}

/** Resolve with `check()`'s value once it is not undefined, polling on a short timer (for non-event state). */
export async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = DEADLINE_MS): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Position of the `nth` occurrence of `needle` in a document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth + 1}) occurs in ${doc.uri.path.split('/').pop()}`);
  }
  return doc.positionAt(at + delta);
}

/** Undo every unsaved change to workspace files (the suites never save). */
export async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isUntitled) continue;
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  const left = vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled).map((d) => d.uri.path);
  assert.deepEqual(left, [], 'every edited document was reverted');
}

/**
 * The Ringside extension, activated, in an editor that never saves on its own: with the default
 * `files.refactoring.autoSave`, workspace.applyEdit saves files it edits that were not dirty, and the
 * suites must leave the example untouched on disk.
 */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const files = vscode.workspace.getConfiguration('files');
  if (files.get('refactoring.autoSave') !== false) await files.update('refactoring.autoSave', false, vscode.ConfigurationTarget.Global);
  if (files.get('autoSave') !== 'off') await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

export function markdownOf(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}
