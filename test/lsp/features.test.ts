// Protocol tests of the language features over stdio: hover, completion, navigation, rename
// across files, symbols, semantic tokens, folding, selection ranges, formatting and code lenses.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type {
  CodeLens, CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Hover, Location, LocationLink, SelectionRange,
  SymbolInformation, TextEdit, WorkspaceEdit, DocumentHighlight, Range,
} from 'vscode-languageserver-protocol/node';
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
    consumes = [input.feed]
  }
}
`;
const INPUTS = `input "feed" {
  source = "cloud_rapid_content"
}

deployment "d" {
  delivers = [input.feed]
  rollout  = "staged"
}
`;

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as { value?: string } | string | { value: string }[];
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c.value ?? '';
}

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!r) return [];
  return Array.isArray(r) ? r : r.items;
}

function locs(r: Location | Location[] | LocationLink[] | null): Location[] {
  if (!r) return [];
  const list = Array.isArray(r) ? r : [r];
  return list.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l));
}

async function withModel(files: Record<string, string>, body: (s: LspSession, dir: string) => Promise<void>): Promise<void> {
  const dir = tempModel(undefined, files);
  const s = await LspSession.start();
  try {
    await body(s, dir);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
}

test('hover, completion, definition, references, highlights on a small model', async () => {
  await withModel({ 'a.ringside': SMALL, 'inputs.ringside': INPUTS }, async (s, dir) => {
    const a = await s.openFile(path.join(dir, 'a.ringside'));
    await s.waitForDiagnostics(a, { version: 1 });
    const inputs = fileUri(dir, 'inputs.ringside');

    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: a }, position: posOf(SMALL, 'kind =', 1) });
    assert.match(hoverText(h), /kind/i);
    const onFinding = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: a }, position: posOf(SMALL, 'component "matcher"', 3) });
    assert.match(hoverText(onFinding), /RS003/);

    // Completion of an enumerated value, after typing the opening quote.
    const at = posOf(SMALL, '"kernel_driver"', 1);
    const v = await s.change(a, [{ range: { start: at, end: { line: at.line, character: at.character + 'kernel_driver'.length } }, text: '' }]);
    const c = items(await s.request('textDocument/completion', { textDocument: { uri: a }, position: at, context: { triggerKind: 2, triggerCharacter: '"' } }));
    assert.ok(c.some((i) => i.label === 'kernel_driver' || i.label === '"kernel_driver"'), c.map((i) => i.label).join(' '));
    await s.change(a, [{ range: { start: at, end: at }, text: 'kernel_driver' }]);
    await s.waitForDiagnostics(a, { version: v + 1 });

    // Completion of reference names after `input.`.
    const text = s.text(a);
    const refEnd = posOf(text, 'input.feed', 'input.'.length);
    const r = items(await s.request('textDocument/completion', { textDocument: { uri: a }, position: refEnd, context: { triggerKind: 2, triggerCharacter: '.' } }));
    assert.ok(r.some((i) => String(i.label).includes('feed')), r.map((i) => i.label).join(' '));

    // Definition across files, references from the definition.
    const def = locs(await s.request('textDocument/definition', { textDocument: { uri: a }, position: posOf(text, 'input.feed', 8) }));
    assert.equal(def.length, 1);
    assert.equal(def[0].uri, inputs);
    assert.equal(def[0].range.start.line, 0);
    const refs = await s.request<Location[]>('textDocument/references', { textDocument: { uri: a }, position: posOf(text, 'input.feed', 8), context: { includeDeclaration: true } });
    assert.deepEqual([...new Set(refs.map((l) => l.uri))].sort(), [a, inputs].sort());
    assert.ok(refs.length >= 3, JSON.stringify(refs));

    const hl = await s.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: a }, position: posOf(text, 'input.feed', 8) });
    assert.ok(hl.length >= 1);
  });
});

test('rename across files, applied as an editor would, leaves no model error', { skip: !exampleExists('falcon-2024-07') }, async () => {
  const dir = tempModel('falcon-2024-07');
  const s = await LspSession.start();
  try {
    const content = await s.openFile(path.join(dir, 'content.ringside'));
    const service = await s.openFile(path.join(dir, 'service.ringside'));
    await s.waitForDiagnostics(content, { version: 1 });
    const text = s.text(content);
    const pos = posOf(text, 'input "channel_291"', 'input "'.length + 2);
    const prep = await s.request<{ range: Range; placeholder: string } | Range | null>('textDocument/prepareRename', { textDocument: { uri: content }, position: pos });
    assert.ok(prep);
    // Renaming where nothing can be renamed is refused (null or an error), never a crash.
    const nothing = await s.request('textDocument/prepareRename', { textDocument: { uri: content }, position: { line: 0, character: 0 } }).catch((e) => e);
    assert.ok(nothing === null || typeof (nothing as { code?: number }).code === 'number');

    const edit = await s.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: content }, position: pos, newName: 'channel_292' });
    const touched = new Set([...Object.keys(edit.changes ?? {}), ...(edit.documentChanges ?? []).map((d) => ('textDocument' in d ? d.textDocument.uri : ''))]);
    assert.ok(touched.size >= 3, [...touched].join(' '));
    const mark = s.mark();
    const versions = await s.applyEdit(edit);
    await s.waitForDiagnostics(content, { version: versions.get(content)!, since: mark });
    await s.waitForDiagnostics(service, { version: versions.get(service)!, since: mark });
    const kernel = fileUri(dir, 'kernel.ringside');
    const all = await s.waitFor(() => {
      const k = s.diagnostics.get(kernel);
      const everything = [...s.diagnostics.values()].flatMap((p) => p.diagnostics);
      return k && codes(k.diagnostics).includes('RS001') && !codes(everything).includes('RS-UNRESOLVED') ? everything : undefined;
    }, 'RS001 still found, no unresolved reference');
    assert.ok(!codes(all).some((c) => c.startsWith('RS-') && c !== 'RS-META-UNSPECIFIED' && c !== 'RS-WAIVER-UNUSED'), codes(all).join(' '));
    assert.match(s.text(service), /input\.channel_292/);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('document and workspace symbols, semantic tokens, folding, selection ranges', async () => {
  await withModel({ 'a.ringside': SMALL, 'inputs.ringside': INPUTS }, async (s, dir) => {
    const a = await s.openFile(path.join(dir, 'a.ringside'));
    const syms = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: a } });
    const names = JSON.stringify(syms);
    assert.match(names, /"k"|\bk\b/);
    assert.match(names, /matcher/);

    const ws = await s.request<SymbolInformation[]>('workspace/symbol', { query: 'feed' });
    assert.ok(ws.some((x) => x.name.includes('feed') && x.location.uri === fileUri(dir, 'inputs.ringside')), JSON.stringify(ws));

    const tokens = await s.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: a } });
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);

    const folds = await s.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: a } });
    assert.ok(folds.some((f) => f.startLine === 5), JSON.stringify(folds));

    const sel = await s.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: a }, positions: [posOf(SMALL, 'regex', 1)] });
    assert.equal(sel.length, 1);
    assert.ok(sel[0].parent, 'nested selection ranges');
  });
});

test('formatting returns one full-document edit, nothing when formatted, nothing when it refuses', async () => {
  const messy = 'agent "a"{\nplatform="windows"\n      role = "edr"\n}\n';
  await withModel({ 'a.ringside': messy }, async (s, dir) => {
    const a = await s.openFile(path.join(dir, 'a.ringside'));
    const edits = await s.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: a }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0].range, { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } });
    assert.match(edits[0].newText, /^agent "a" \{\n  platform = "windows"\n  role     = "edr"\n\}\n$/);
    const v = await s.change(a, [{ range: edits[0].range, text: edits[0].newText }]);
    await s.waitForDiagnostics(a, { version: v });
    assert.deepEqual(await s.request('textDocument/formatting', { textDocument: { uri: a }, options: { tabSize: 2, insertSpaces: true } }), []);

    // Broken syntax: the formatter refuses, the server says why in its log and edits nothing.
    await s.change(a, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '}}} "' }]);
    const refused = await s.request<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri: a }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(refused === null || refused.length === 0);
    await s.waitFor(() => s.logs.find((l) => /not formatting/.test(l.message)), 'a log line about the refusal');
  });
});

test('code lenses: one per context, in plain words, naming its findings; settings turn them off', { skip: !exampleExists('falcon-2024-07') }, async () => {
  const dir = tempModel('falcon-2024-07');
  const s = await LspSession.start();
  try {
    const kernel = await s.openFile(path.join(dir, 'kernel.ringside'));
    const lenses = await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: kernel } });
    const text = s.text(kernel);
    const ctx = lenses.find((l) => l.range.start.line === posOf(text, 'context "csagent"').line);
    assert.ok(ctx, JSON.stringify(lenses.map((l) => l.range.start.line)));
    assert.equal(ctx.command?.command, 'ringside.showFindings');
    assert.deepEqual(ctx.command?.arguments?.slice(0, 2), [kernel, 'context.csagent']);
    assert.ok(ctx.command?.arguments?.[2]?.start, 'the block range, to list the findings inside it');
    assert.match(ctx.command?.title ?? '', /^Privileged: a crash takes the host down on every boot · \d+ errors?/);
    assert.ok(!/[`_]/.test(ctx.command?.title ?? ''), 'plain words');
    assert.equal(lenses.length, 2, 'one lens per context (kernel.ringside has two), none on components');
    assert.equal(new Set(lenses.map((l) => l.command?.title)).size, lenses.length);
    s.settings = { codeLens: { enabled: false } };
    s.notify('workspace/didChangeConfiguration', { settings: { ringside: s.settings } });
    let left = lenses.length;
    for (let i = 0; i < 50 && left > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      left = (await s.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: kernel } })).length;
    }
    assert.equal(left, 0, 'no lenses once turned off');
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});
