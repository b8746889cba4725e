// Hover, completion, go to definition and rename through the vscode API, as the editor asks for them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  SERIES_LINK, activeExtension, codeOf, diagnosticsOf, fileIn, markdownOf, modelErrors, open, positionOf, revertAll, roundTrip,
  summary, until, waitForDiagnostics, workspaceDiagnostics,
} from './helpers';

function labelOf(i: vscode.CompletionItem): string {
  return typeof i.label === 'string' ? i.label : i.label.label;
}

suite('Language features', () => {
  suiteSetup(async () => {
    await activeExtension();
    const { doc } = await open('kernel.ringside');
    await diagnosticsOf(doc.uri, 'RS001 in kernel.ringside', (ds) => ds.some((d) => codeOf(d) === 'RS001'));
  });
  teardown(revertAll);

  test('hover on a finding: a compact block with why, path and links to the rule page and the explanation', async () => {
    const uri = fileIn('kernel.ringside');
    const rs001 = vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'RS001')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, rs001.range.start);
    const md = hovers.map(markdownOf).join('\n');
    assert.match(md, /RS001 · Kernel-resident interpreter consumes cloud-delivered content/, 'names the rule and its title');
    assert.match(md, /Why:/, 'says why');
    assert.match(md, /\[Rule page\]\(command:ringside\.showRuleDocumentation\?/, 'links the rule page');
    assert.match(md, /\[Explain\]\(command:ringside\.explainFinding\?/, 'links the full explanation');
    assert.doesNotMatch(md, /Rationale\./, 'the rationale is on the rule page, not in the hover');
    const block = md.slice(md.indexOf('RS001 ·'));
    assert.ok(block.slice(0, block.indexOf('---') < 0 ? undefined : block.indexOf('---')).length <= 1500, 'within the budget');
  });

  test('the code link opens the rule page in the editor, linking the series and the sources', async () => {
    const uri = fileIn('kernel.ringside');
    const rs001 = vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'RS001')!;
    const target = typeof rs001.code === 'object' ? rs001.code.target : undefined;
    assert.ok(target, 'RS001 has a code link');
    const page = await vscode.workspace.openTextDocument(target);
    assert.match(page.getText(), /^# RS001/);
    assert.match(page.getText(), /https:\/\/opfuchs\.gay\//, 'links the series');
    assert.ok(SERIES_LINK.test('https://opfuchs.gay/'));
    // Opened as VS Code opens the link, it is replaced by the rendered page (a Markdown preview).
    await vscode.commands.executeCommand('vscode.open', target);
    const preview = await until('the rule page preview', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      return tab && tab.input instanceof vscode.TabInputWebview && /RS001/.test(tab.label) ? tab : undefined;
    });
    assert.ok(preview);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the hover\'s Explain link opens the whole explanation', async () => {
    const uri = fileIn('kernel.ringside');
    const rs001 = vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'RS001')!;
    await vscode.commands.executeCommand('ringside.explainFinding', { uri: uri.toString(), ruleId: 'RS001', element: 'component.content_interpreter', line: rs001.range.start.line });
    const doc = await until('the explanation document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'ringside-explain'));
    assert.match(doc.getText(), /Rationale\./);
    assert.match(doc.getText(), /\*\*Why\*\*/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('completion offers attribute names in a block', async () => {
    const { doc, editor } = await open('kernel.ringside');
    // A blank line opened inside `component "file_sensor"`, which sets only kinds and attach.
    const at = positionOf(doc, 'component "file_sensor" {');
    const eol = doc.lineAt(at.line).range.end;
    assert.ok(await editor.edit((b) => b.insert(eol, '\n    ')), 'edit applied');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(at.line + 1, 4));
    const labels = list.items.map(labelOf);
    for (const l of ['consumes', 'matching', 'bounds_checks']) assert.ok(labels.includes(l), `offers ${l}: ${labels.join(' ')}`);
    assert.ok(!labels.includes('kinds'), 'does not offer an attribute the block already sets');
  });

  test('completion offers enum values inside quotes', async () => {
    const { doc } = await open('kernel.ringside');
    const inQuotes = positionOf(doc, 'kind                  = "kernel_driver"', 'kind                  = "'.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, inQuotes);
    const labels = list.items.map(labelOf);
    for (const l of ['kernel_driver', 'elam_driver', 'protected_service']) assert.ok(labels.includes(l), `offers ${l}: ${labels.join(' ')}`);
  });

  test('go to definition crosses files', async () => {
    const { doc } = await open('kernel.ringside');
    const ref = positionOf(doc, 'input.os_events', 'input.'.length + 2);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, ref);
    assert.equal(defs.length, 1, 'one definition');
    const d = defs[0];
    const uri = 'targetUri' in d ? d.targetUri : d.uri;
    const range = 'targetUri' in d ? d.targetRange : d.range;
    assert.equal(uri.path.split('/').pop(), 'content.ringside');
    const target = await vscode.workspace.openTextDocument(uri);
    assert.match(target.lineAt(range.start.line).text, /input\s+"os_events"/);
  });

  test('rename changes every file of the model and keeps it valid', async () => {
    const content = await vscode.workspace.openTextDocument(fileIn('content.ringside'));
    const at = positionOf(content, 'input "channel_291"', 'input "'.length + 1);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', content.uri, at, 'cf_291');
    const files = edit.entries().map(([u]) => u.path.split('/').pop()).sort();
    assert.ok(files.length >= 2 && files.includes('content.ringside'), `rename edits several files: ${files.join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(edit), 'rename applied');
    for (const [u] of edit.entries()) {
      const text = (await vscode.workspace.openTextDocument(u)).getText();
      assert.ok(!/\binput\.channel_291\b|"channel_291"/.test(text), `${u.path.split('/').pop()} no longer names channel_291`);
    }
    // The renamed model still resolves: RS001 now names cf_291, and there is no model error.
    await waitForDiagnostics('RS001 about cf_291', () => {
      const ds = workspaceDiagnostics().flatMap(([, d]) => d);
      return ds.some((d) => codeOf(d) === 'RS001' && d.message.includes('cf_291')) ? true : undefined;
    }, () => summary(workspaceDiagnostics()));
    await roundTrip(content.uri);
    assert.deepEqual(modelErrors(), []);
  });
});
