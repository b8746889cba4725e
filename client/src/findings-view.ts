// What the editor offers around findings, beyond LSP: the code lens's "show this context's
// findings" (a quick pick of the diagnostics inside the element's block), "Fill in the waiver"
// after the Add-waiver quick fix (a snippet over the new block), and the "Explain" page of one
// finding (a virtual Markdown document served by the server). No analysis: every text comes from
// the server's diagnostics or requests.
import * as vscode from 'vscode';
import { ExplainFindingRequest, type ExplainFindingParams, type ExplainFindingResult } from '../../server/src/lsp/protocol';
import type { ServerController } from './server-controller';

/** The codicon of a severity (looked up when used: the module loads before vscode's enums are needed). */
function severityIcon(s: vscode.DiagnosticSeverity): string {
  switch (s) {
    case vscode.DiagnosticSeverity.Error: return '$(error)';
    case vscode.DiagnosticSeverity.Warning: return '$(warning)';
    case vscode.DiagnosticSeverity.Information: return '$(info)';
    default: return '$(light-bulb)';
  }
}

interface LspRange { start: { line: number; character: number }; end: { line: number; character: number } }

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? '');
}

/**
 * The code lens command: the findings of one element (diagnostics inside its block), most severe
 * first; picking one moves the cursor there. Without an element (status bar), the Problems panel.
 */
export async function showFindings(uriText?: unknown, key?: unknown, block?: unknown): Promise<void> {
  if (typeof uriText !== 'string' || !block || typeof block !== 'object') {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  const uri = vscode.Uri.parse(uriText);
  const range = toRange(block as LspRange);
  const found = vscode.languages.getDiagnostics(uri)
    .filter((d) => d.source === 'ringside' && range.contains(d.range))
    .sort((a, b) => a.severity - b.severity || a.range.start.compareTo(b.range.start));
  const name = typeof key === 'string' ? key.replace(/^[a-z]+\./, '') : 'this element';
  if (found.length === 0) {
    void vscode.window.showInformationMessage(`Ringside: no findings in ${name}.`);
    return;
  }
  const items = found.map((d) => ({
    label: `${severityIcon(d.severity)} ${d.message}`,
    description: `${codeOf(d)} · line ${d.range.start.line + 1}`,
    diagnostic: d,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Ringside: findings in ${name} (${found.length})`,
    placeHolder: 'Pick a finding to go to it',
    matchOnDescription: true,
  });
  if (!picked) return;
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  editor.selection = new vscode.Selection(picked.diagnostic.range.start, picked.diagnostic.range.start);
  editor.revealRange(picked.diagnostic.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * After "Add waiver" wrote the block (with "TODO" placeholders, so it suppresses nothing yet):
 * open the waivers file at the block and turn reason, owner and expiry into snippet tab stops.
 */
export async function editWaiver(uriText: unknown, block: unknown, snippet: unknown): Promise<void> {
  if (typeof uriText !== 'string' || !block || typeof snippet !== 'string') return;
  try {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uriText));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const range = toRange(block as LspRange);
    const text = doc.getText(new vscode.Range(range.start, range.end));
    if (!text.startsWith('waiver "')) {
      // The file changed in between: just show where the waiver is.
      editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
      return;
    }
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    await editor.insertSnippet(new vscode.SnippetString(snippet), range);
  } catch (e) {
    void vscode.window.showErrorMessage(`Ringside: cannot open the new waiver: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const EXPLAIN_SCHEME = 'ringside-explain';

/** Serves `ringside-explain:` documents: the server's full explanation of one finding. */
export class ExplainProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly server: ServerController) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      const params = JSON.parse(uri.query) as ExplainFindingParams;
      const client = await this.server.ready();
      return (await client.sendRequest<ExplainFindingResult>(ExplainFindingRequest, params)).markdown;
    } catch (e) {
      return `# Explain\n\nRingside could not load this explanation: ${e instanceof Error ? e.message : String(e)}\n`;
    }
  }
}

/** The hover's "Explain" link: the finding's full explanation in the Markdown preview. */
export async function explainFinding(arg: unknown): Promise<void> {
  const p = arg as ExplainFindingParams | undefined;
  if (!p || typeof p.uri !== 'string' || typeof p.ruleId !== 'string') return;
  const line = typeof p.line === 'number' ? p.line + 1 : 0;
  const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `${p.ruleId}-line-${line}.md`, query: JSON.stringify(p) });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
}
