// Regression tests for issue 10 on the bundled server over stdio: an oversized document, a wasm
// abort (forced through RINGSIDE_FAULT_ABORT), lone `\r` line breaks in ranged edits, malformed
// params, out-of-range selection ranges, requests before initialize, a malformed header and a
// hostile severityOverrides setting. RINGSIDE_SERVER_JS points them at another build.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { LspSession, tempModel, fileUri, serverPath, codes, DEADLINE_MS } from './harness';
import type { Diagnostic, SelectionRange } from 'vscode-languageserver-protocol';

const SMALL = 'agent "a" {\n  platform = "windows"\n  role     = "edr"\n}\n\ncontext "svc" {\n  kind = "user_service"\n}\n';

function errorCode(e: unknown): number | undefined {
  return (e as { code?: number })?.code;
}

test('a document over 16 MiB gets a positioned RS-FILE diagnostic and the server keeps serving', async () => {
  const s = await LspSession.start();
  try {
    const big = fileUri(tempModel(), 'big.ringside');
    // 20 MB once blocked the server for ~24 s at ~2.2 GB and then killed the parser for good.
    await s.open(big, SMALL + '#'.repeat(20 * 1024 * 1024));
    const d = await s.waitForDiagnostics(big, { version: 1, pred: (x) => x.length > 0 });
    assert.deepEqual(codes(d), ['RS-FILE']);
    assert.match(d[0].message as string, /file is 20\.0 MiB; design files are limited to 16 MiB/);
    assert.deepEqual(d[0].range.start, { line: 0, character: 0 });
    const small = fileUri(tempModel(), 'small.ringside');
    await s.open(small, SMALL + 'bogus {}\n');
    const d2 = await s.waitForDiagnostics(small, { version: 1 });
    assert.ok(codes(d2).includes('RS-UNKNOWN-BLOCK'), codes(d2).join());
    // Shrinking the big document below the limit brings it back.
    await s.change(big, [{ text: SMALL + 'bogus {}\n' }]);
    const d3 = await s.waitForDiagnostics(big, { version: 2 });
    assert.ok(codes(d3).includes('RS-UNKNOWN-BLOCK'), codes(d3).join());
  } finally {
    s.dispose();
  }
});

test('a wasm abort on one document leaves a working parser for every other document', async () => {
  const s = await LspSession.start({ env: { RINGSIDE_FAULT_ABORT: 'ABORT_HERE' } });
  try {
    const bad = fileUri(tempModel(), 'bad.ringside');
    await s.open(bad, SMALL + '# ABORT_HERE\n');
    const d = await s.waitForDiagnostics(bad, { version: 1, pred: (x) => x.length > 0 });
    assert.deepEqual(codes(d), ['RS-FILE']);
    assert.match(d[0].message as string, /the parser failed on this text \(Aborted\(injected fault\)\); it was restarted/);
    const other = fileUri(tempModel(), 'other.ringside');
    await s.open(other, SMALL + 'bogus {}\n');
    assert.ok(codes(await s.waitForDiagnostics(other, { version: 1 })).includes('RS-UNKNOWN-BLOCK'));
    // Requests on the other document are answered (not `null` as after the original abort).
    const symbols = await s.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: other } });
    assert.ok(Array.isArray(symbols) && symbols.length >= 2);
    // Editing the marker away parses the bad document again.
    const doc = s.docs.get(bad)!;
    const at = doc.positionAt(doc.getText().indexOf('ABORT_HERE'));
    await s.change(bad, [{ range: { start: at, end: { line: at.line, character: at.character + 10 } }, text: 'fine' }]);
    const d2 = await s.waitForDiagnostics(bad, { version: 2 });
    assert.ok(!codes(d2).includes('RS-FILE'), codes(d2).join());
  } finally {
    s.dispose();
  }
});

test('when the runtime cannot be restarted the server exits with an error so the client restarts it', async () => {
  const s = await LspSession.start({ env: { RINGSIDE_FAULT_ABORT: 'ABORT_HERE', RINGSIDE_FAULT_ABORT_FATAL: '1' } });
  try {
    await s.open(fileUri(tempModel(), 'bad.ringside'), SMALL + '# ABORT_HERE\n');
    await s.waitFor(() => s.exitCode !== undefined, 'the server to exit');
    assert.equal(s.exitCode, 1);
    assert.match(s.stderr, /exiting so the client can restart it/);
  } finally {
    s.dispose();
  }
});

test('ranged edits in a document with lone \\r line breaks land where the client put them', async () => {
  const s = await LspSession.start();
  try {
    const uri = fileUri(tempModel(), 'cr.ringside');
    await s.open(uri, 'agent "a" {\r  platform = "windows"\r  role = "edr"\r  bogus = 1\r}\r');
    const d = await s.waitForDiagnostics(uri, { version: 1 });
    const unknown = d.find((x) => x.code === 'RS-UNKNOWN-ATTRIBUTE');
    assert.deepEqual(unknown?.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } });
    // Rename `bogus` to `bogux` with a ranged edit at line 3 (LSP lines).
    await s.change(uri, [{ range: { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } }, text: 'bogux' }]);
    const d2 = await s.waitForDiagnostics(uri, { version: 2 });
    const again = d2.find((x) => x.code === 'RS-UNKNOWN-ATTRIBUTE');
    assert.match((again?.message as string | undefined) ?? "", /\bbogux\b/);
    assert.deepEqual(again?.range.start, { line: 3, character: 2 });
    assert.equal(d2.filter((x) => x.code === 'RS-SYNTAX').length, 0, 'the edit landed in the wrong place');
  } finally {
    s.dispose();
  }
});

test('malformed params answer InvalidParams (-32602), never an exception', async () => {
  const s = await LspSession.start();
  try {
    const uri = fileUri(tempModel(undefined, { 'a.ringside': SMALL }), 'a.ringside');
    await s.open(uri, SMALL);
    await s.waitForDiagnostics(uri, { version: 1 });
    const td = { uri };
    const cases: [string, unknown][] = [
      ['textDocument/hover', { textDocument: td, position: null }],
      ['textDocument/definition', { textDocument: td, position: { line: -1, character: 0 } }],
      ['textDocument/completion', { textDocument: td, position: { line: 'x', character: 0 } }],
      ['textDocument/references', { textDocument: td, position: null, context: { includeDeclaration: true } }],
      ['textDocument/rename', { textDocument: td, position: null, newName: 'x' }],
      ['textDocument/documentHighlight', { textDocument: td, position: {} }],
      ['textDocument/prepareRename', { textDocument: td, position: { line: 1.5, character: 0 } }],
      ['textDocument/selectionRange', { textDocument: td, positions: null }],
      ['textDocument/codeAction', { textDocument: td, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: null } }],
      ['textDocument/codeAction', { textDocument: td, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [null] } }],
      ['textDocument/codeAction', { textDocument: td, range: null, context: { diagnostics: [] } }],
      ['textDocument/codeAction', null],
      ['textDocument/selectionRange', null],
    ];
    for (const [method, params] of cases) {
      await assert.rejects(s.request(method, params), (e) => errorCode(e) === -32602, `${method} ${JSON.stringify(params)}`);
    }
    // A workspace/symbol request without a query is an empty query, not an error.
    assert.ok(Array.isArray(await s.request('workspace/symbol', {})));
    assert.ok(!s.logs.some((l) => /TypeError/.test(l.message)), 'a handler threw a TypeError');
  } finally {
    s.dispose();
  }
});

test('selectionRange clamps out-of-range positions to the document', async () => {
  const s = await LspSession.start();
  try {
    const uri = fileUri(tempModel(undefined, { 'a.ringside': SMALL }), 'a.ringside');
    await s.open(uri, SMALL);
    await s.waitForDiagnostics(uri, { version: 1 });
    const r = await s.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 999, character: 5 }, { line: 1, character: 9999 }] });
    assert.equal(r.length, 2);
    const lines = SMALL.split('\n');
    for (const sr of r) {
      for (const p of [sr.range.start, sr.range.end]) {
        assert.ok(p.line < lines.length, JSON.stringify(sr.range));
        assert.ok(p.character <= lines[p.line].length, JSON.stringify(sr.range));
      }
    }
  } finally {
    s.dispose();
  }
});

/** Frames JSON-RPC messages by hand, for what a protocol library refuses to send. */
function frame(body: unknown): string {
  const json = JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
}

function rawServer() {
  const proc = spawn(process.execPath, [serverPath(), '--stdio'], { stdio: 'pipe' });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  proc.stderr.on('data', (d: Buffer) => { err += d.toString(); });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const until = async (what: string, cond: () => boolean) => {
    const end = Date.now() + DEADLINE_MS;
    while (!cond()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; stdout: ${out}; stderr: ${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  // Close our ends of the pipes too, so no handle keeps the test process alive after a kill.
  const close = () => { proc.kill(); proc.stdin.destroy(); proc.stdout.destroy(); proc.stderr.destroy(); };
  return { proc, exited, until, close, out: () => out, err: () => err };
}

test('requests before initialize answer ServerNotInitialized (-32002)', async () => {
  const r = rawServer();
  try {
    r.proc.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.ringside' }, position: { line: 0, character: 0 } } }));
    r.proc.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'ringside/listRules', params: null }));
    await r.until('two answers', () => (r.out().match(/"id":\s*[12]\b/g) ?? []).length >= 2);
    const answers = r.out().split(/Content-Length: \d+\r\n\r\n/).filter(Boolean).map((m) => JSON.parse(m) as { id?: number; error?: { code: number } });
    for (const id of [1, 2]) assert.equal(answers.find((a) => a.id === id)?.error?.code, -32002, r.out());
  } finally {
    r.close();
  }
});

test('a malformed header ends the server with an error status', async () => {
  const r = rawServer();
  try {
    r.proc.stdin.write('Content-Type: nothing\r\n\r\n{}');
    const code = await Promise.race([r.exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), DEADLINE_MS))]);
    assert.equal(code, 1, `the server is ${code === 'still running' ? 'still running, silent' : `exited with ${code}`}`);
    assert.match(r.err(), /unreadable message from the client/);
  } finally {
    r.close();
  }
});

test('a severityOverrides setting with 100,000 keys is bounded: few warnings, requests still answered', async () => {
  const overrides: Record<string, string> = { RS001: 'off' };
  for (let i = 0; i < 100_000; i++) overrides[`X${i}`] = 'error';
  const s = await LspSession.start({ settings: { severityOverrides: overrides } });
  try {
    const dir = tempModel('falcon-2024-07');
    const uri = fileUri(dir, 'kernel.ringside');
    await s.open(uri, s.text(uri));
    // The valid entry still applies once the settings are read.
    await s.waitForDiagnostics(uri, { version: 1, pred: (d) => d.length > 0 && !d.some((x: Diagnostic) => x.code === 'RS001') }, 'RS001 switched off');
    const symbols = await s.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
    const warnings = s.logs.filter((l) => /Ringside settings:/.test(l.message));
    assert.ok(warnings.length <= 11, `${warnings.length} settings warnings`);
    assert.ok(warnings.some((w) => /more than 500 entries/.test(w.message)), warnings.map((w) => w.message).join('\n'));
  } finally {
    s.dispose();
  }
});

