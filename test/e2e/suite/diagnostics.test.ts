// The Falcon example raises the July 2024 chain as errors, each with its rule id as the code and
// a link into the blog series, and the reasoning reaches into the other files of the model.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  BROKEN, JULY_2024_CHAIN, RULE_PAGE_LINK, activeExtension, codeOf, open, summary, targetOf, until, waitForDiagnostics, workspaceDiagnostics,
} from './helpers';

suite('Diagnostics of the Falcon example', () => {
  const expected = BROKEN ? [...JULY_2024_CHAIN, 'RS999'] : JULY_2024_CHAIN;
  let all: vscode.Diagnostic[] = [];

  suiteSetup(async () => {
    await activeExtension();
    await open('kernel.ringside');
    all = await waitForDiagnostics(`the July 2024 chain (${JULY_2024_CHAIN.join(' ')})`, () => {
      const ds = workspaceDiagnostics().flatMap(([, d]) => d);
      const codes = new Set(ds.map(codeOf));
      return JULY_2024_CHAIN.every((c) => codes.has(c)) ? ds : undefined;
    }, () => summary(workspaceDiagnostics()));
  });

  test('include the July 2024 chain as errors', () => {
    const codes = new Set(all.map(codeOf));
    assert.deepEqual(expected.filter((c) => !codes.has(c)), [], `missing from ${summary(workspaceDiagnostics())}`);
    for (const id of expected) {
      const ds = all.filter((d) => codeOf(d) === id);
      assert.ok(ds.some((d) => d.severity === vscode.DiagnosticSeverity.Error), `${id} is reported as an error`);
    }
  });

  test('carry rule ids, links to the rule pages and short plain messages', () => {
    assert.ok(all.length > 0, 'diagnostics were received');
    for (const id of JULY_2024_CHAIN) {
      const d = all.find((x) => codeOf(x) === id)!;
      assert.equal(d.source, 'ringside');
      assert.match(targetOf(d) ?? '(no link)', RULE_PAGE_LINK, `${id} links to its rule page`);
    }
    for (const d of all) {
      assert.ok(d.message.length <= 200, `${codeOf(d)}: ${d.message.length} characters`);
      assert.ok(!d.message.includes('`'), `${codeOf(d)}: no backticks: ${d.message}`);
      assert.ok((d.relatedInformation?.length ?? 0) <= 4, `${codeOf(d)}: related information is a few places`);
    }
  });

  test('the status bar item shows the model\'s counts', async () => {
    const ext = await activeExtension();
    const api = ext.exports as { statusBar(): { text: string; visible: boolean } } | undefined;
    assert.ok(api && typeof api.statusBar === 'function', 'the extension API exposes the status bar');
    const shown = await until('the status bar to show finding counts', () => {
      const s = api.statusBar();
      return s.visible && /Ringside: \d+ errors?, \d+ warnings?/.test(s.text) ? s : undefined;
    });
    const errors = all.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    assert.match(shown.text, BROKEN ? /RS999/ : new RegExp(`Ringside: ${errors} error`), `status bar: ${shown.text}`);
  });

  test('explain RS001 with related places in other files', () => {
    const rs001 = all.find((d) => codeOf(d) === 'RS001');
    assert.ok(rs001, 'RS001 is reported');
    const files = new Set((rs001.relatedInformation ?? []).map((r) => r.location.uri.path.split('/').pop()));
    assert.ok(files.size > 1, `related information spans files: ${[...files].join(', ')}`);
  });
});
