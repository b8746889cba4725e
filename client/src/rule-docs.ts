// "Ringside: Show Rule Documentation": the server's Markdown for a rule (RuleDocRequest), shown in
// the Markdown preview of a read-only virtual document `ringside-rule:RS001.md`. Without a rule id
// the user picks one from the server's rule list (ListRulesRequest).
import * as vscode from 'vscode';
import {
  ListRulesRequest, RuleDocRequest,
  type ListRulesResult, type RuleDocParams, type RuleDocResult,
} from '../../server/src/lsp/protocol';
import type { ServerController } from './server-controller';

export const RULE_DOC_SCHEME = 'ringside-rule';

/** The virtual document of a rule: `ringside-rule:RS001.md`. */
export function ruleDocUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `${ruleId}.md` });
}

/** The rule id of a command argument: a string, or an object with `ruleId`/`code` (from a diagnostic or link). */
export function ruleIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg.trim() || undefined;
  if (arg && typeof arg === 'object') {
    const o = arg as { ruleId?: unknown; code?: unknown };
    if (typeof o.ruleId === 'string') return o.ruleId.trim() || undefined;
    if (typeof o.code === 'string') return o.code.trim() || undefined;
    if (o.code && typeof o.code === 'object' && typeof (o.code as { value?: unknown }).value === 'string') return (o.code as { value: string }).value.trim() || undefined;
  }
  return undefined;
}

/** Serves `ringside-rule:` documents from the server; read-only by construction. */
export class RuleDocProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly docs = new Map<string, RuleDocResult>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: ServerController) {}

  /** The rule's documentation, from the cache or the server. */
  async fetch(ruleId: string): Promise<RuleDocResult> {
    const cached = this.docs.get(ruleId);
    if (cached) return cached;
    const client = await this.server.ready();
    const params: RuleDocParams = { ruleId };
    const doc = await client.sendRequest<RuleDocResult>(RuleDocRequest, params);
    this.docs.set(ruleId, doc);
    return doc;
  }

  /** After a server restart the documentation may differ (a new build): forget and refresh open documents. */
  reset(): void {
    const ids = [...this.docs.keys()];
    this.docs.clear();
    for (const id of ids) this.changed.fire(ruleDocUri(id));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/\.md$/i, '');
    try {
      return (await this.fetch(id)).markdown;
    } catch (e) {
      return `# ${id}\n\nRingside could not load the documentation of \`${id}\`: ${e instanceof Error ? e.message : String(e)}\n`;
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Ask the user for a rule from the server's list. */
async function pickRule(server: ServerController): Promise<string | undefined> {
  const items = (async () => {
    const client = await server.ready();
    const list = await client.sendRequest<ListRulesResult>(ListRulesRequest);
    return list.rules.map((r): vscode.QuickPickItem => ({ label: r.id, description: r.title, detail: `Default severity: ${r.severity}` }));
  })();
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Ringside: Show Rule Documentation',
    placeHolder: 'Pick a rule (type an id such as RS001, or words from its title)',
    matchOnDescription: true,
  });
  return picked?.label;
}

/** The command: documentation of `arg` (a rule id), or of a rule the user picks. */
export async function showRuleDocumentation(server: ServerController, provider: RuleDocProvider, arg?: unknown): Promise<void> {
  try {
    const ruleId = ruleIdOf(arg) ?? await pickRule(server);
    if (!ruleId) return;
    const doc = await provider.fetch(ruleId); // fails here, with a message, for an unknown id
    const uri = ruleDocUri(doc.ruleId);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      // The built-in Markdown extension is disabled: show the source instead.
      const text = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(text, { preview: true });
    }
    // The page itself links to the series and the sources: no extra prompt.
  } catch (e) {
    void vscode.window.showErrorMessage(`Ringside: cannot show the rule documentation: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * The diagnostic code link (`ringside-rule:RS001.md`) opens as a plain text editor: replace it
 * with the rendered page at once. Skipped when the built-in Markdown extension is off (the text
 * is then the page) and for the editor the fallback of `showRuleDocumentation` opened itself.
 */
export async function showRulePageInPlace(editor: vscode.TextEditor): Promise<void> {
  const uri = editor.document.uri;
  if (uri.scheme !== RULE_DOC_SCHEME || !vscode.extensions.getExtension('vscode.markdown-language-features')) return;
  try {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}
