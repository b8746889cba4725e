// Protocol tests of quick fixes: each is requested for a published diagnostic, its WorkspaceEdit is
// applied as an editor would (didChange for open documents, disk + didChangeWatchedFiles for the
// others), and the finding must be gone without any model error appearing.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
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

/** Model errors (RS-SYNTAX, RS-ENUM …) other than the engine's notices. */
function modelErrors(d: Diagnostic[]): string[] {
  return codes(d).filter((c) => c.startsWith('RS-') && c !== 'RS-META-UNSPECIFIED' && c !== 'RS-WAIVER-UNUSED');
}

function allDiagnostics(s: LspSession): Diagnostic[] {
  return [...s.diagnostics.values()].flatMap((p) => p.diagnostics);
}

async function actionsFor(s: LspSession, uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return s.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) },
  });
}

/** Apply `action` and wait until the open document `uri` is re-published at its new version. */
async function apply(s: LspSession, uri: string, action: CodeAction): Promise<Diagnostic[]> {
  assert.ok(action.edit, `${action.title} has an edit`);
  const mark = s.mark();
  const versions = await s.applyEdit(action.edit);
  const v = versions.get(uri);
  return s.waitForDiagnostics(uri, v === undefined ? { since: mark } : { version: v });
}

async function session(files: Record<string, string>, body: (s: LspSession, dir: string, uri: string) => Promise<void>, open = 'a.ringside') {
  const dir = tempModel(undefined, files);
  const s = await LspSession.start();
  try {
    const uri = await s.openFile(path.join(dir, open));
    await s.waitForDiagnostics(uri, { version: 1 });
    await body(s, dir, uri);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
}

test('did-you-mean replaces an unknown enumerated value', async () => {
  await session({ 'a.ringside': SMALL.replace('"kernel_driver"', '"kernel_drivr"') }, async (s, _dir, uri) => {
    const d = s.diagnostics.get(uri)!.diagnostics.find((x) => x.code === 'RS-ENUM');
    assert.ok(d);
    const actions = await actionsFor(s, uri, d);
    const fix = actions.find((a) => a.title === 'RS-ENUM: Change to "kernel_driver"');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [d]);
    const after = await apply(s, uri, fix);
    assert.deepEqual(modelErrors(after), []);
    assert.match(s.text(uri), /kind = "kernel_driver"/);
    // Only quick fixes are offered: asking for refactorings gives nothing.
    assert.deepEqual(await actionsFor(s, uri, d, ['refactor']), []);
  });
});

test('a missing required attribute is added with a valid placeholder', async () => {
  await session({ 'a.ringside': SMALL.replace('  kind = "kernel_driver"\n', '') }, async (s, _dir, uri) => {
    const d = s.diagnostics.get(uri)!.diagnostics.find((x) => x.code === 'RS-REQUIRED');
    assert.ok(d, codes(s.diagnostics.get(uri)!.diagnostics).join(' '));
    const actions = await actionsFor(s, uri, d);
    const fix = actions.find((a) => a.title === 'RS-REQUIRED: Add required attribute kind');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const after = await apply(s, uri, fix);
    assert.deepEqual(modelErrors(after), [], codes(after).join(' '));
    assert.match(s.text(uri), /\bkind\s*=\s*"/);
  });
});

test("a rule's own quick fix removes its finding", async () => {
  await session({ 'a.ringside': SMALL }, async (s, _dir, uri) => {
    const d = s.diagnostics.get(uri)!.diagnostics.find((x) => x.code === 'RS003');
    assert.ok(d);
    const actions = await actionsFor(s, uri, d);
    assert.ok(actions.filter((a) => a.isPreferred).length <= 1, 'at most one preferred fix');
    const fix = actions.find((a) => /DFA/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const after = await apply(s, uri, fix);
    assert.ok(!codes(after).includes('RS003'), codes(after).join(' '));
    assert.deepEqual(modelErrors(after), []);
  });
});

test('"Add waiver" writes a block with placeholders that suppresses nothing until filled in', async () => {
  await session({ 'a.ringside': SMALL }, async (s, dir, uri) => {
    const d = s.diagnostics.get(uri)!.diagnostics.find((x) => x.code === 'RS003')!;
    const actions = await actionsFor(s, uri, d);
    const waive = actions.find((a) => a.title.startsWith('RS003: Add waiver'));
    assert.ok(waive, actions.map((a) => a.title).join(' | '));
    assert.notEqual(waive.isPreferred, true);
    assert.equal(actions[actions.length - 1], waive, 'the waiver comes last');
    // The editor then selects the placeholders of the new block as snippet tab stops.
    assert.equal(waive.command?.command, 'ringside.editWaiver');
    const [file, block, snippet] = waive.command!.arguments as [string, { start: { line: number } }, string];
    assert.equal(file, uri);
    assert.match(snippet, /reason\s+= "\$\{1:TODO: [^}]+\}"/);
    assert.match(snippet, /owner\s+= "\$\{2:TODO: [^}]+\}"/);
    assert.match(snippet, /expires = "\$\{3:\d{4}-\d{2}-\d{2}\}"/);
    const after = await apply(s, uri, waive);
    assert.equal(s.text(uri).split('\n')[block.start.line], 'waiver "RS003" {', 'the command points at the new block');
    // As written (placeholders), the waiver is a warning and RS003 is still reported.
    assert.ok(codes(after).includes('RS003'), codes(after).join(' '));
    assert.ok(codes(after).includes('RS-WAIVER-INCOMPLETE'), codes(after).join(' '));
    // Filled in, it suppresses the finding and is counted.
    const text = s.text(uri);
    const v = await s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
      text: text.replace('TODO: why this risk is accepted', 'Patterns are compiled offline.').replace('TODO: team', 'sensor team') }]);
    const filled = await s.waitForDiagnostics(uri, { version: v });
    assert.ok(!codes(filled).includes('RS003') && !codes(filled).includes('RS-WAIVER-INCOMPLETE'), codes(filled).join(' '));
    assert.deepEqual(modelErrors(filled), []);
    await s.waitFor(() => s.counts.filter((c) => c.model === fileUri(dir)).pop()?.suppressed === 1, 'one suppressed finding counted');
    // Model codes are not waivable.
    const meta = s.diagnostics.get(uri)!.diagnostics.find((x) => x.code === 'RS-META-UNSPECIFIED');
    if (meta) assert.ok(!(await actionsFor(s, uri, meta)).some((a) => /waiver/i.test(a.title)));
  });
});

test('"Declare" fixes of a new context: safe values first, titled with what a risky value raises, none preferred', async () => {
  const fresh = 'agent "a" {\n  platform = "windows"\n  role     = "edr"\n}\n\ncontext "k" {\n  kind = "kernel_driver"\n}\n';
  await session({ 'a.ringside': fresh }, async (s, _dir, uri) => {
    const metas = s.diagnostics.get(uri)!.diagnostics.filter((x) => x.code === 'RS-META-UNSPECIFIED' && x.range.start.line === 5);
    assert.equal(metas.length, 1, 'one grouped entry for the context');
    const actions = await actionsFor(s, uri, metas[0]);
    const declares = actions.filter((a) => a.title.startsWith('RS-META-UNSPECIFIED: Declare '));
    assert.ok(declares.length >= 2, actions.map((a) => a.title).join(' | '));
    assert.ok(!declares.some((a) => a.isPreferred), 'no declare value is preferred');
    // Per property, every value that raises a finding comes after every value that does not.
    const byProp = new Map<string, boolean[]>();
    for (const a of declares) {
      const prop = /Declare (\S+) = /.exec(a.title)![1];
      byProp.set(prop, [...(byProp.get(prop) ?? []), /\(raises RS/.test(a.title)]);
    }
    for (const [prop, risky] of byProp) assert.deepEqual(risky, [...risky].sort((x, y) => Number(x) - Number(y)), `${prop}: ${risky}`);
    assert.ok([...byProp.values()].some((r) => r.includes(true)), 'some value is risky on a bare kernel driver');
    // A safe value really is safe: applying it raises no warning or error.
    const serious = (ds: Diagnostic[]) => ds.filter((x) => (x.severity ?? 1) <= 2 && /^RS\d+$/.test(String(x.code))).map((x) => String(x.code)).sort();
    const before = serious(s.diagnostics.get(uri)!.diagnostics);
    const safe = declares.find((a) => !/raises/.test(a.title))!;
    const after = await apply(s, uri, safe);
    assert.deepEqual(serious(after).filter((c) => !before.includes(c)), [], `after "${safe.title}"`);
  });
});

test('an unused waiver is removed by its fix, in a file that is not open', async () => {
  const waivers = 'waiver "RS001" {\n  target  = component.matcher\n  reason  = "n/a"\n  owner   = "team"\n  expires = "2026-06-30"\n}\n';
  await session({ 'a.ringside': SMALL, 'waivers.ringside': waivers }, async (s, dir) => {
    const w = fileUri(dir, 'waivers.ringside');
    const d = (await s.waitForDiagnostics(w, {})).find((x) => x.code === 'RS-WAIVER-UNUSED');
    assert.ok(d);
    const actions = await actionsFor(s, w, d);
    const fix = actions.find((a) => /Remove the unused waiver/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await apply(s, w, fix);
    await s.waitForDiagnostics(w, { pred: (x) => !codes(x).includes('RS-WAIVER-UNUSED') });
    assert.doesNotMatch(s.text(w), /waiver/);
  });
});

test('a stale diagnostic (the text moved since) still gets its fixes from the carried data', async () => {
  await session({ 'a.ringside': SMALL }, async (s, _dir, uri) => {
    const old = s.diagnostics.get(uri)!.diagnostics.find((x) => x.code === 'RS003')!;
    const v = await s.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# moved\n\n' }]);
    await s.waitForDiagnostics(uri, { version: v });
    const actions = await actionsFor(s, uri, old);
    const fix = actions.find((a) => /DFA/.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const after = await apply(s, uri, fix);
    assert.ok(!codes(after).includes('RS003'));
    assert.deepEqual(modelErrors(after), []);
  });
});

test('the preferred fix of RS001 on the July 2024 example', { skip: !exampleExists('falcon-2024-07') }, async () => {
  const dir = tempModel('falcon-2024-07');
  const s = await LspSession.start();
  try {
    const kernel = await s.openFile(path.join(dir, 'kernel.ringside'));
    const d = (await s.waitForDiagnostics(kernel, { version: 1 })).find((x) => x.code === 'RS001');
    assert.ok(d);
    const actions = await actionsFor(s, kernel, d);
    assert.ok(actions.length >= 2, actions.map((a) => a.title).join(' | '));
    // Every title names the rule; the structural fix is first and preferred; the waiver is last.
    assert.ok(actions.every((a) => a.title.startsWith('RS001: ')), actions.map((a) => a.title).join(' | '));
    assert.equal(actions[0].isPreferred, true, actions[0].title);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
    assert.match(actions[actions.length - 1].title, /^RS001: Add waiver/);
    const preferred = actions[0];
    const mark = s.mark();
    await s.applyEdit(preferred.edit!);
    const all = await s.waitFor(() => {
      const k = s.published.slice(mark).filter((p) => p.uri === kernel).pop();
      return k && !codes(k.diagnostics).includes('RS001') ? allDiagnostics(s) : undefined;
    }, `RS001 gone after "${preferred.title}"`);
    assert.deepEqual(modelErrors(all), [], `after "${preferred.title}"`);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('a rule fix offered in another file of the example applies cleanly', { skip: !exampleExists('falcon-2024-07') }, async () => {
  const dir = tempModel('falcon-2024-07');
  const s = await LspSession.start();
  try {
    const deployment = await s.openFile(path.join(dir, 'deployment.ringside'));
    const diags = await s.waitForDiagnostics(deployment, { version: 1 });
    const withFix: { d: Diagnostic; a: CodeAction }[] = [];
    for (const d of diags) for (const a of await actionsFor(s, deployment, d)) if (!/waiver/i.test(a.title)) withFix.push({ d, a });
    assert.ok(withFix.length > 0, codes(diags).join(' '));
    const { d, a } = withFix[0];
    const mark = s.mark();
    await s.applyEdit(a.edit!);
    await s.waitFor(() => {
      const p = s.published.slice(mark).filter((x) => x.uri === deployment).pop();
      return p && !p.diagnostics.some((x) => x.code === d.code && x.message === d.message);
    }, `${d.code} gone after "${a.title}"`);
    assert.deepEqual(modelErrors(allDiagnostics(s)), []);
    assert.ok(posOf(s.text(deployment), 'deployment'));
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});
