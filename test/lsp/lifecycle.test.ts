// Protocol tests of the server's life: initialize, registrations, settings, custom requests,
// error isolation, cancellation, shutdown/exit. Each test spawns server/dist/server.js --stdio.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspSession, tempModel, fileUri, codes, CancellationTokenSource, exampleExists } from './harness';
import type { ExportSarifResult, ListRulesResult, RuleDocResult } from '../../server/src/lsp/protocol';

const SMALL = `agent "a" {
  platform = "windows"
  role     = "edr"
}

context "k" {
  kind = "kernel_driver"

  component "matcher" {
    kinds    = ["content_interpreter"]
    matching = "regex"
  }
}
`;

function errorCode(e: unknown): number | undefined {
  return (e as { code?: number })?.code;
}

test('initialize advertises the capabilities, registers file watching and pulls settings', async () => {
  const s = await LspSession.start();
  try {
    const c = s.initializeResult.capabilities;
    assert.deepEqual(c.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(c.hoverProvider, true);
    assert.deepEqual(c.completionProvider?.triggerCharacters, ['.', '"', '=', ' ']);
    assert.equal(c.definitionProvider, true);
    assert.equal(c.referencesProvider, true);
    assert.deepEqual(c.renameProvider, { prepareProvider: true });
    assert.equal(c.documentHighlightProvider, true);
    assert.ok(c.documentSymbolProvider);
    assert.equal(c.workspaceSymbolProvider, true);
    assert.equal(c.foldingRangeProvider, true);
    assert.equal(c.selectionRangeProvider, true);
    assert.equal((c.semanticTokensProvider as { full?: boolean })?.full, true);
    assert.ok((c.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes.length > 0);
    assert.equal(c.documentFormattingProvider, true);
    assert.deepEqual((c.codeActionProvider as { codeActionKinds?: string[] }).codeActionKinds, ['quickfix', 'refactor.move']);
    assert.ok(c.codeLensProvider);
    assert.equal(c.workspace?.workspaceFolders?.supported, true);
    assert.equal(s.initializeResult.serverInfo?.name, 'ringside');

    const watch = await s.waitFor(() => s.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'file watcher registration');
    assert.deepEqual(watch.registerOptions, { watchers: [{ globPattern: '**/*.ringside' }] });
    await s.waitFor(() => s.configurationRequests.length > 0, 'a workspace/configuration request');
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('a failing request answers with an error and the server keeps answering', async () => {
  const dir = tempModel(undefined, { 'a.ringside': SMALL });
  const s = await LspSession.start();
  try {
    const uri = await s.openFile(path.join(dir, 'a.ringside'));
    await s.waitForDiagnostics(uri, { version: 1 });

    // Malformed params: the handler throws inside; the wrapper answers with an error.
    await assert.rejects(s.request('textDocument/hover', {}), (e) => errorCode(e) === -32602);
    await assert.rejects(s.request('textDocument/hover', null), (e) => errorCode(e) === -32602);
    await assert.rejects(s.request('textDocument/definition', { textDocument: { uri: 42 }, position: 'x' }), (e) => typeof errorCode(e) === 'number');
    await assert.rejects(s.request('textDocument/rename', { textDocument: { uri }, position: { line: 5, character: 10 } }), (e) => typeof errorCode(e) === 'number');
    // A null position is malformed params (InvalidParams), not an exception inside the feature.
    await assert.rejects(s.request('textDocument/selectionRange', { textDocument: { uri }, positions: [null] }), (e) => errorCode(e) === -32602);
    await assert.rejects(s.request('ringside/ruleDoc', { ruleId: 'RS999' }), (e) => errorCode(e) === -32602);
    await assert.rejects(s.request('ringside/exportSarif', {}), (e) => errorCode(e) === -32602);
    await assert.rejects(s.request('ringside/noSuchRequest', {}), (e) => errorCode(e) === -32601);
    // Garbage notifications are logged, not fatal.
    await s.notify('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.ringside', version: 2 }, contentChanges: [{ text: 'x' }] });
    await s.notify('textDocument/didOpen', { textDocument: null });

    // Still alive and correct.
    const rules = await s.request<ListRulesResult>('ringside/listRules', null);
    assert.ok(rules.rules.length >= 45);
    assert.ok(rules.rules.some((r) => r.id === 'RS001' && r.severity === 'error'));
    const hover = await s.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 16 } });
    assert.ok(hover);
    assert.ok(!s.logs.some((l) => l.type === 1 && /TypeError/.test(l.message)), 'malformed params are refused before they reach a feature');
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('a request cancelled before it runs answers RequestCancelled', async () => {
  // A large model keeps the server busy, so the request and its cancellation arrive together.
  const parts = [SMALL];
  for (let i = 0; i < 400; i++) parts.push(`context "c${i}" {\n  kind = "protected_service"\n  component "p${i}" {\n    kinds = ["telemetry_uploader"]\n  }\n}\n`);
  const dir = tempModel(undefined, { 'big.ringside': parts.join('\n') });
  const s = await LspSession.start();
  try {
    const uri = await s.openFile(path.join(dir, 'big.ringside'));
    const busy = s.request('textDocument/documentSymbol', { textDocument: { uri } });
    const cts = new CancellationTokenSource();
    const doomed = s.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 16 } }, cts);
    cts.cancel();
    await assert.rejects(doomed, (e) => errorCode(e) === -32800);
    assert.ok(Array.isArray(await busy));
    // The next request is served normally.
    assert.ok(await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 16 } }));
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('custom requests: rule list, rule documentation, SARIF export', async () => {
  const dir = tempModel(undefined, { 'a.ringside': SMALL, 'b.ringside': 'input "i" {\n  source = "os_event_data"\n}\n' });
  const s = await LspSession.start();
  try {
    const doc = await s.request<RuleDocResult>('ringside/ruleDoc', { ruleId: 'RS001' });
    assert.equal(doc.ruleId, 'RS001');
    assert.match(doc.markdown, /^# RS001/);
    assert.match(doc.url ?? '', /^https:\/\//);
    const code = await s.request<RuleDocResult>('ringside/ruleDoc', { ruleId: 'RS-ENUM' });
    assert.match(code.markdown, /RS-ENUM/);

    const uri = await s.openFile(path.join(dir, 'a.ringside'));
    const out = await s.request<ExportSarifResult>('ringside/exportSarif', { uri });
    assert.equal(out.model, fileUri(dir));
    const sarif = JSON.parse(out.sarif);
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    assert.ok(results.some((r) => r.ruleId === 'RS003'));
    // Paths are relative to the model folder, as the CLI writes them, not URIs.
    assert.ok(results.every((r) => !r.locations[0].physicalLocation.artifactLocation.uri.startsWith('file:')));
    assert.deepEqual(sarif.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri).sort(), ['a.ringside', 'b.ringside']);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('settings: hostile values are ignored with a warning, valid overrides apply, the review block wins', async () => {
  const dir = tempModel(undefined, { 'a.ringside': SMALL });
  const s = await LspSession.start({ settings: 42 });
  try {
    const uri = await s.openFile(path.join(dir, 'a.ringside'));
    const rs003 = (d: { code?: unknown; severity?: number }[]) => d.find((x) => x.code === 'RS003');
    const first = await s.waitForDiagnostics(uri, { version: 1, pred: (d) => !!rs003(d) });
    assert.equal(rs003(first)!.severity, 2);
    await s.waitFor(() => s.logs.find((l) => /settings/.test(l.message) && l.type === 2), 'a settings warning');

    // A mixed bag: unknown rule, bad severity, wrong type, and one valid override.
    s.settings = { severityOverrides: { NOPE: 'error', RS036: 'loud', RS001: 7, RS003: 'error' }, unrelated: [1, 2] };
    await s.notify('workspace/didChangeConfiguration', { settings: null });
    await s.waitForDiagnostics(uri, { pred: (d) => rs003(d)?.severity === 1 }, 'RS003 raised to error by settings');
    await s.waitFor(() => s.logs.find((l) => /NOPE/.test(l.message)), 'a warning naming the unknown rule id');

    s.settings = { severityOverrides: ['RS003'] };
    await s.notify('workspace/didChangeConfiguration', { settings: null });
    await s.waitForDiagnostics(uri, { pred: (d) => rs003(d)?.severity === 2 }, 'RS003 back to its default');

    // The model's review block wins over the editor setting.
    s.settings = { severityOverrides: { RS003: 'error' } };
    await s.notify('workspace/didChangeConfiguration', { settings: null });
    await s.waitForDiagnostics(uri, { pred: (d) => rs003(d)?.severity === 1 });
    const end = s.docs.get(uri)!.positionAt(SMALL.length);
    const v = await s.change(uri, [{ range: { start: end, end }, text: '\nreview {\n  rule "RS003" {\n    severity = "hint"\n  }\n}\n' }]);
    const after = await s.waitForDiagnostics(uri, { version: v });
    assert.equal(rs003(after)?.severity, 4, codes(after).join(' '));
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('a client without workspace/configuration: settings come from initializationOptions', async () => {
  const dir = tempModel(undefined, { 'a.ringside': SMALL });
  const s = await LspSession.start({
    capabilities: { workspace: {}, textDocument: {} },
    initializationOptions: { today: '2026-01-15', settings: { severityOverrides: { RS003: 'information' } } },
  });
  try {
    // Plain code action support without literals: the capability is a plain boolean.
    assert.equal(s.initializeResult.capabilities.codeActionProvider, true);
    const uri = await s.openFile(path.join(dir, 'a.ringside'));
    const d = await s.waitForDiagnostics(uri, { pred: (x) => x.some((y) => y.code === 'RS003' && y.severity === 3) });
    assert.ok(d.length > 0);
    assert.equal(s.configurationRequests.length, 0);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('exit without shutdown ends the process with code 1', async () => {
  const s = await LspSession.start();
  try {
    await s.notify('exit', null);
    const code = await s.waitFor(() => (s.exitCode !== undefined ? { code: s.exitCode } : undefined), 'process exit');
    assert.equal(code.code, 1);
  } finally {
    s.dispose();
  }
});

test('the example model is served (skipped until examples/falcon-2024-07 exists)', { skip: !exampleExists('falcon-2024-07') }, async () => {
  const dir = tempModel('falcon-2024-07');
  const s = await LspSession.start();
  try {
    const uri = await s.openFile(path.join(dir, 'kernel.ringside'));
    const d = await s.waitForDiagnostics(uri, { version: 1 });
    assert.ok(codes(d).includes('RS001'), codes(d).join(' '));
    const counts = await s.waitFor(() => s.counts.find((c) => c.model === fileUri(dir)), 'finding counts');
    assert.ok(counts.error > 0);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});
