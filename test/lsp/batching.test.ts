// A burst of didOpen/didChange (opening a workspace, a multi-file rename, a git checkout) causes
// one analysis, not one per file; a lone change after a quiet period is analysed at once.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parser } from '../helpers/parser';
import { DocumentStore } from '../../server/src/lsp/documents';
import { Workspace, pathToUri, type WorkspaceSink } from '../../server/src/lsp/workspace';

function fileText(i: number): string {
  return `input "in_${i}" {\n  source = "os_event_data"\n  description = "file ${i}"\n}\n`;
}

/** One notification per event-loop turn, as the JSON-RPC reader dispatches queued messages. */
function nextMessage(): Promise<void> { return new Promise((r) => setImmediate(r)); }

test('opening and changing many files in a burst runs one analysis', async () => {
  const p = await parser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-batch-'));
  try {
    const N = 40;
    for (let i = 0; i < N; i++) fs.writeFileSync(path.join(dir, `f${i}.ringside`), fileText(i));
    const documents = new DocumentStore(p);
    let analyses = 0;
    const published = new Map<string, number | undefined>();
    const sink: WorkspaceSink = {
      publishDiagnostics: (uri, version) => { published.set(uri, version); },
      findingCounts: () => { analyses++; },
      log: () => {}, error: (m) => assert.fail(m),
    };
    // A debounce far longer than one message turn: on a loaded machine a turn can take tens of
    // milliseconds, and the burst must still coalesce. The waits only need to outlast it.
    const ws = new Workspace(p, documents, sink, { today: () => '2026-01-15', debounceMs: 1000 });
    const uris = Array.from({ length: N }, (_, i) => pathToUri(path.join(dir, `f${i}.ringside`)));
    for (const uri of uris) {
      documents.open(uri, 'ringside', 1, fs.readFileSync(new URL(uri), 'utf8'));
      ws.documentOpened(uri);
      await nextMessage();
    }
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(analyses, 1, 'one analysis for the whole burst of opens');
    for (const uri of uris) assert.equal(published.get(uri), 1, `diagnostics of ${uri} published for version 1`);

    // A multi-file rename: every file changes in one burst.
    for (const uri of uris) {
      documents.change(uri, 2, [{ range: { start: { line: 2, character: 17 }, end: { line: 2, character: 21 } }, text: 'renamed' }]);
      ws.documentChanged(uri);
      await nextMessage();
    }
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(analyses, 2, 'one analysis for the burst of changes');
    for (const uri of uris) assert.equal(published.get(uri), 2);

    // A lone keystroke after a quiet period: analysed within a couple of event-loop turns.
    documents.change(uris[0], 3, [{ range: { start: { line: 2, character: 17 }, end: { line: 2, character: 17 } }, text: 'x' }]);
    ws.documentChanged(uris[0]);
    await nextMessage();
    await nextMessage();
    await nextMessage();
    assert.equal(analyses, 3, 'no debounce when no analysis was pending');
    assert.equal(published.get(uris[0]), 3);
    ws.dispose();
    documents.dispose();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
