// Protocol tests of diagnostics: every file of a model is published (with the version of open
// documents), incremental changes re-publish, files that leave the model are cleared, untitled
// documents are models of their own, unreadable files get RS-FILE, waived findings are counted
// but not shown.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspSession, tempModel, fileUri, codes, posOf, exampleExists } from './harness';

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

const hasFalcon = exampleExists('falcon-2024-07');

test('didOpen publishes diagnostics for every file of the model, with the version of the open one', { skip: !hasFalcon }, async () => {
  const dir = tempModel('falcon-2024-07');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).sort();
  const s = await LspSession.start();
  try {
    const kernel = await s.openFile(path.join(dir, 'kernel.ringside'));
    await s.waitFor(() => files.every((f) => s.diagnostics.has(fileUri(dir, f))), 'diagnostics for every file of the model');
    assert.equal(s.diagnostics.get(kernel)!.version, 1);
    for (const f of files) if (fileUri(dir, f) !== kernel) assert.equal(s.diagnostics.get(fileUri(dir, f))!.version ?? null, null, f);

    const d = s.diagnostics.get(kernel)!.diagnostics;
    const rs001 = d.find((x) => x.code === 'RS001');
    assert.ok(rs001, codes(d).join(' '));
    assert.equal(rs001.source, 'ringside');
    assert.equal(rs001.severity, 1);
    // The code link opens the rule's page inside the editor (the client serves ringside-rule:).
    assert.equal(rs001.codeDescription?.href, 'ringside-rule:RS001.md');
    // Title, then one specific sentence; plain text.
    const message = String(rs001.message);
    assert.match(message, /^[A-Z][^:]{5,90}: /);
    assert.ok(message.length <= 200 && !message.includes('`'), message);
    // Where to go: the flow path, pointing into other files of the model; a few entries only.
    const related = rs001.relatedInformation ?? [];
    assert.ok(related.length > 0 && related.length <= 4, JSON.stringify(related));
    assert.ok(related.some((r) => r.location.uri !== kernel), 'related information reaches other files');
    assert.equal((rs001.data as { ruleId: string }).ruleId, 'RS001');
    // Model codes carry no link.
    const counts = await s.waitFor(() => s.counts.find((c) => c.model === fileUri(dir)), 'finding counts');
    assert.ok(counts.error >= 1 && counts.warning >= 1);

    // A second document of the same model joins it: no new model, its version shows up.
    const content = await s.openFile(path.join(dir, 'content.ringside'));
    await s.waitForDiagnostics(content, { version: 1 });
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('incremental changes update diagnostics; a syntax error appears and disappears', async () => {
  const dir = tempModel(undefined, { 'a.ringside': SMALL, 'b.ringside': 'input "i" {\n  source = "os_event_data"\n}\n' });
  const s = await LspSession.start();
  try {
    const a = await s.openFile(path.join(dir, 'a.ringside'));
    const b = fileUri(dir, 'b.ringside');
    let d = await s.waitForDiagnostics(a, { version: 1 });
    assert.ok(codes(d).includes('RS003'));
    assert.ok(!codes(d).includes('RS-SYNTAX'));
    await s.waitForDiagnostics(b, { version: null });

    // Several edits in one didChange: fix the regex finding and break the syntax.
    const text = s.text(a);
    let v = await s.change(a, [
      { range: { start: posOf(text, '"regex"'), end: posOf(text, '"regex"', 7) }, text: '"dfa"' },
      { range: { start: posOf(text, 'role'), end: posOf(text, 'role') }, text: 'oops = = {\n  ' },
    ]);
    d = await s.waitForDiagnostics(a, { version: v });
    assert.ok(codes(d).includes('RS-SYNTAX'), codes(d).join(' '));
    assert.ok(d.some((x) => x.code === 'RS-SYNTAX' && x.range.start.line === 2), JSON.stringify(d.map((x) => [x.code, x.range.start])));

    // Undo the syntax error with a second, separate change.
    const t2 = s.text(a);
    v = await s.change(a, [{ range: { start: posOf(t2, 'oops'), end: posOf(t2, 'role') }, text: '' }]);
    d = await s.waitForDiagnostics(a, { version: v });
    assert.ok(!codes(d).includes('RS-SYNTAX'), codes(d).join(' '));
    assert.ok(!codes(d).includes('RS003'), 'matching = "dfa" no longer triggers RS003');

    // A burst of single-character edits: the last version is published with its diagnostics.
    let last = v;
    const quote = posOf(s.text(a), 'kind = "kernel_driver"', 'kind = "kernel_driver'.length);
    for (const [i, ch] of ['x', 'y', 'z'].entries()) {
      const at = { line: quote.line, character: quote.character + i };
      last = await s.change(a, [{ range: { start: at, end: at }, text: ch }]);
    }
    d = await s.waitForDiagnostics(a, { version: last });
    const bad = d.find((x) => x.code === 'RS-ENUM');
    assert.ok(bad, codes(d).join(' '));
    assert.match(String(bad.message), /kernel_driverxyz/);

    // A change in one file re-checks references from the other (b is closed: no version).
    const t3 = s.text(a);
    const end = posOf(t3, '    matching');
    const mark = s.mark();
    v = await s.change(a, [{ range: { start: end, end }, text: '    consumes = [input.nope]\n' }]);
    d = await s.waitForDiagnostics(a, { version: v });
    assert.ok(codes(d).includes('RS-UNRESOLVED'));
    assert.ok(s.published.slice(mark).every((p) => p.uri !== b || p.version == null));
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('untitled documents are models of one file; closing them clears their diagnostics', async () => {
  const s = await LspSession.start();
  try {
    const u = 'untitled:Untitled-1';
    await s.open(u, SMALL, 3);
    const d = await s.waitForDiagnostics(u, { version: 3 });
    assert.ok(codes(d).includes('RS003'));
    const counts = await s.waitFor(() => s.counts.find((c) => c.model === u), 'counts of the untitled model');
    assert.ok(counts.warning >= 1);
    const mark = s.mark();
    await s.close(u);
    await s.waitForDiagnostics(u, { since: mark, pred: (x) => x.length === 0 }, 'empty diagnostics after close');
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('files that join or leave the model on disk, unreadable files, closing unsaved changes', async () => {
  const dir = tempModel(undefined, { 'a.ringside': SMALL, 'b.ringside': 'input "i" {\n  source = "os_event_data"\n}\n' });
  const s = await LspSession.start();
  try {
    const a = await s.openFile(path.join(dir, 'a.ringside'));
    const b = fileUri(dir, 'b.ringside');
    await s.waitForDiagnostics(b, {});
    await s.waitForDiagnostics(a, { version: 1 });

    // b leaves the model: an empty list is published for it.
    fs.unlinkSync(path.join(dir, 'b.ringside'));
    let mark = s.mark();
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: 3 }] });
    await s.waitForDiagnostics(b, { since: mark, pred: (x) => x.length === 0 }, 'b cleared after deletion');

    // A new file joins: its problems show up, and so does a duplicate definition across files.
    fs.writeFileSync(path.join(dir, 'c.ringside'), 'context "k" {\n  kind = "kernel_drivr"\n}\n');
    const c = fileUri(dir, 'c.ringside');
    mark = s.mark();
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c, type: 1 }] });
    const dc = await s.waitForDiagnostics(c, { since: mark });
    assert.ok(codes(dc).includes('RS-DUPLICATE') && codes(dc).includes('RS-ENUM'), codes(dc).join(' '));
    const dup = dc.find((x) => x.code === 'RS-DUPLICATE')!;
    assert.equal(dup.relatedInformation?.[0].location.uri, a, 'the first definition is in a.ringside');

    // An unreadable file: one RS-FILE diagnostic at 0:0.
    fs.writeFileSync(path.join(dir, 'd.ringside'), Buffer.from([0x61, 0x00, 0xff, 0xfe]));
    const dUri = fileUri(dir, 'd.ringside');
    mark = s.mark();
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: dUri, type: 1 }] });
    const dd = await s.waitForDiagnostics(dUri, { since: mark });
    assert.deepEqual(codes(dd), ['RS-FILE']);
    assert.deepEqual(dd[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    await s.waitFor(() => s.counts.filter((x) => x.model === fileUri(dir)).pop()?.error, 'RS-FILE counted');

    // Unsaved changes are dropped on close: the file is read from disk again (no version).
    const t = s.text(a);
    await s.change(a, [{ range: { start: posOf(t, '"regex"'), end: posOf(t, '"regex"', 7) }, text: '"dfa"' }]);
    await s.waitForDiagnostics(a, { version: 2, pred: (x) => !codes(x).includes('RS003') });
    mark = s.mark();
    await s.close(a);
    const back = await s.waitForDiagnostics(a, { since: mark, version: null });
    assert.ok(codes(back).includes('RS003'), 'the disk text has matching = "regex"');
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('waived findings are not published but counted; an unused waiver is tagged unnecessary', async () => {
  const waivers = `waiver "RS003" {
  target  = component.matcher
  reason  = "Patterns are compiled offline."
  owner   = "sensor team"
  expires = "2026-06-30"
}

waiver "RS001" {
  target  = component.matcher
  reason  = "Not applicable."
  owner   = "sensor team"
  expires = "2026-06-30"
}
`;
  const dir = tempModel(undefined, { 'a.ringside': SMALL, 'waivers.ringside': waivers });
  const s = await LspSession.start();
  try {
    const a = await s.openFile(path.join(dir, 'a.ringside'));
    const d = await s.waitForDiagnostics(a, { version: 1 });
    assert.ok(!codes(d).includes('RS003'), codes(d).join(' '));
    const w = await s.waitForDiagnostics(fileUri(dir, 'waivers.ringside'), {});
    const unused = w.find((x) => x.code === 'RS-WAIVER-UNUSED');
    assert.ok(unused, codes(w).join(' '));
    assert.deepEqual(unused.tags, [1]);
    assert.ok(w.filter((x) => x.code !== 'RS-WAIVER-UNUSED').every((x) => !x.tags));
    const counts = await s.waitFor(() => s.counts.find((c) => c.model === fileUri(dir)), 'counts');
    assert.equal(counts.suppressed, 1);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('design files without a file system (github.dev, a web worker) form one model per folder from the open documents', async () => {
  const base = 'vscode-vfs://github/owner/repo/design/';
  const a = `${base}a.ringside`, b = `${base}b.ringside`, other = 'vscode-vfs://github/owner/repo/elsewhere/c.ringside';
  const s = await LspSession.start();
  try {
    await s.open(a, 'context "k" {\n  kind = "kernel_driver"\n\n  component "c" {\n    kinds    = ["content_interpreter"]\n    consumes = [input.feed]\n  }\n}\n');
    const alone = await s.waitForDiagnostics(a, { version: 1 });
    assert.ok(codes(alone).includes('RS-UNRESOLVED'), codes(alone).join(' '));
    await s.open(b, 'input "feed" {\n  source = "cloud_rapid_content"\n}\n');
    const together = await s.waitForDiagnostics(a, { pred: (d) => !codes(d).includes('RS-UNRESOLVED') }, 'the reference resolved across the folder');
    assert.ok(codes(together).includes('RS001'), codes(together).join(' '));
    // A file in another folder is another model: the input is not visible there.
    await s.open(other, 'component "x" {\n  kinds = ["sensor.process_callback"]\n  consumes = [input.feed]\n}\n');
    const elsewhere = await s.waitForDiagnostics(other, { version: 1 });
    assert.ok(codes(elsewhere).includes('RS-UNRESOLVED') || codes(elsewhere).includes('RS-PLACEMENT'), codes(elsewhere).join(' '));
    const counts = await s.waitFor(() => s.counts.find((c) => c.model === base), 'counts keyed by the folder URI');
    assert.ok(counts.error >= 1);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('the hideInformation setting leaves information findings out of the published diagnostics', async () => {
  const dir = tempModel(undefined, { 'a.ringside': 'agent "a" {\n  platform = "windows"\n}\n\ncontext "k" {\n  kind = "kernel_driver"\n}\n' });
  const s = await LspSession.start();
  try {
    const uri = await s.openFile(path.join(dir, 'a.ringside'));
    const before = await s.waitForDiagnostics(uri, { version: 1 });
    assert.ok(before.some((d) => d.severity === 3), 'an information finding to hide');
    const serious = before.filter((d) => (d.severity ?? 1) <= 2).length;
    s.settings = { hideInformation: true };
    await s.notify('workspace/didChangeConfiguration', { settings: { ringside: s.settings } });
    const after = await s.waitForDiagnostics(uri, { pred: (d) => d.every((x) => (x.severity ?? 1) <= 2) }, 'only errors and warnings');
    assert.equal(after.length, serious, 'errors and warnings stay');
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});
