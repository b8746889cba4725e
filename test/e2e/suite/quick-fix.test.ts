// The preferred quick fix for RS001, applied as the light bulb would apply it, removes the finding
// and leaves a valid model.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension, codeOf, diagnosticsOf, modelErrors, open, revertAll, roundTrip, summary, waitForDiagnostics, workspaceDiagnostics,
} from './helpers';

suite('Quick fix', () => {
  suiteSetup(activeExtension);
  teardown(revertAll);

  test('the preferred fix for RS001 removes the finding without a model error', async () => {
    const { doc } = await open('kernel.ringside');
    const ds = await diagnosticsOf(doc.uri, 'RS001 in kernel.ringside', (d) => d.some((x) => codeOf(x) === 'RS001'));
    const rs001 = ds.find((d) => codeOf(d) === 'RS001')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, rs001.range, vscode.CodeActionKind.QuickFix.value);
    // The actions cover every finding at that range (RS001, RS003, RS004, RS015), and the command's
    // result drops CodeAction.diagnostics, so RS001's preferred fix is found by its title: it moves
    // the interpreter out of the kernel ("Move content_interpreter into …").
    const titles = actions.map((a) => a.title).join(' | ');
    const rs001Actions = actions.filter((a) => a.title.startsWith('RS001: '));
    assert.ok(rs001Actions.length >= 2, `RS001 has quick fixes: ${titles}`);
    assert.match(rs001Actions[rs001Actions.length - 1].title, /^RS001: Add waiver/, 'the waiver comes last');
    assert.ok(!titles.includes('`'), 'plain titles');
    const fix = actions.find((a) => a.isPreferred && /^RS001: Move content_interpreter into /.test(a.title));
    assert.ok(fix, `RS001's preferred fix is offered: ${titles}`);
    assert.ok(fix.edit, `"${fix.title}" carries an edit`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), `"${fix.title}" applied`);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    await waitForDiagnostics('RS001 to disappear', () => {
      const all = workspaceDiagnostics();
      return all.some(([, d]) => d.some((x) => codeOf(x) === 'RS001')) ? undefined : true;
    }, () => summary(workspaceDiagnostics()));
    await roundTrip(doc.uri);
    assert.deepEqual(modelErrors(), [], `no model error after "${fix.title}"`);
  });

  test('"Add waiver" opens the waiver with its placeholders selected; unfilled, it suppresses nothing', async () => {
    const { doc } = await open('kernel.ringside');
    const ds = await diagnosticsOf(doc.uri, 'RS003 in kernel.ringside', (d) => d.some((x) => codeOf(x) === 'RS003'));
    const rs003 = ds.find((d) => codeOf(d) === 'RS003')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, rs003.range, vscode.CodeActionKind.QuickFix.value);
    const waive = actions.find((a) => a.title.startsWith('RS003: Add waiver'));
    assert.ok(waive?.edit && waive.command, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(waive.edit));
    await vscode.commands.executeCommand(waive.command.command, ...(waive.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'TODO: why this risk is accepted', 'the reason placeholder is selected');
    await waitForDiagnostics('RS-WAIVER-INCOMPLETE for the unfilled waiver', () => {
      const all = workspaceDiagnostics().flatMap(([, d]) => d);
      return all.some((x) => codeOf(x) === 'RS-WAIVER-INCOMPLETE') && all.some((x) => codeOf(x) === 'RS003') ? true : undefined;
    }, () => summary(workspaceDiagnostics()));
  });
});
