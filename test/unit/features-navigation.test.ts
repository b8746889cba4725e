// Navigation over a two-file model: definition, references, highlight, rename, outline,
// workspace symbols, folding and selection ranges. `<|>` marks the cursor.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Range, SelectionRange, TextEdit } from 'vscode-languageserver-types';
import { SymbolKind, FoldingRangeKind } from 'vscode-languageserver-types';
import {
  definition, references, documentHighlight, prepareRename, rename, documentSymbols, workspaceSymbols, foldingRanges, selectionRanges,
} from '../../server/src/features/navigation';
import { LineIndex } from '../../server/src/syntax/range';
import { checkMarked, textIn } from './features-helpers';

const A = `context "csagent" {
  kind = "kernel_driver"

  component "interpreter" {
    kinds    = ["content_interpreter"]
    consumes = [input.channel_291]
  }
}

deployment "rapid" {
  delivers = [input.channel_291]
  rollout  = "global"
}
`;

const B = `input "channel_291" {
  source = "cloud_rapid_content"
}

context "service" {
  kind = "user_service"

  component "updater" {
    kinds = ["content_updater"]
  }
}

channel "to_driver" {
  from    = component.updater
  to      = component.interpreter
  carries = [input.channel_291]
}
`;

/** Puts a cursor marker at the `nth` occurrence of `needle` plus `offset` characters. */
function mark(text: string, needle: string, offset = 1, nth = 0): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) { i = text.indexOf(needle, i + 1); assert.ok(i >= 0, `no ${needle}`); }
  return text.slice(0, i + offset) + '<|>' + text.slice(i + offset);
}

async function model(aText = A, bText = B) {
  const m = await checkMarked({ 'a.ringside': aText, 'b.ringside': bText });
  const c = m.cursors[0];
  return { ...m, file: c?.file, pos: c?.pos, text: (f: string) => m.files[f].text };
}

function show(files: Record<string, string>, loc: { uri: string; range: Range }): string {
  return `${loc.uri}:${loc.range.start.line + 1}:${textIn(files[loc.uri], loc.range)}`;
}

// ── definition ────────────────────────────────────────────────────────────────────────────────

const definitionCases: { name: string; a?: string; b?: string; expect: string | null }[] = [
  { name: 'reference name → label in the other file', a: mark(A, 'input.channel_291', 9), expect: 'b.ringside:1:"channel_291"' },
  { name: 'reference type part → same target', a: mark(A, 'input.channel_291', 2, 1), expect: 'b.ringside:1:"channel_291"' },
  { name: 'component reference in b → component in a', b: mark(B, 'component.interpreter', 12), expect: 'a.ringside:4:"interpreter"' },
  { name: 'on the declaration itself', b: mark(B, '"channel_291"', 2), expect: 'b.ringside:1:"channel_291"' },
  { name: 'unresolved reference', a: mark(A.replace('consumes = [input.channel_291]', 'consumes = [input.missing]'), 'input.missing', 8), expect: null },
  { name: 'attribute name', a: mark(A, 'rollout', 2), expect: null },
  { name: 'waiver label is not an element', a: mark(A + 'waiver "RS001" {\n  target = context.csagent\n}\n', '"RS001"', 2), expect: null },
];

for (const c of definitionCases) {
  test(`definition: ${c.name}`, async () => {
    const m = await model(c.a ?? A, c.b ?? B);
    const d = definition(m.result, m.file, m.pos);
    const texts = { 'a.ringside': m.text('a.ringside'), 'b.ringside': m.text('b.ringside') };
    assert.equal(d && show(texts, d), c.expect);
  });
}

// ── references and highlights ─────────────────────────────────────────────────────────────────

test('references: across both files, with and without the declaration', async () => {
  const m = await model(mark(A, 'input.channel_291', 10));
  const texts = { 'a.ringside': m.text('a.ringside'), 'b.ringside': m.text('b.ringside') };
  const all = references(m.result, m.file, m.pos, true).map((l) => show(texts, l));
  assert.deepEqual(all.sort(), [
    'a.ringside:11:input.channel_291', 'a.ringside:6:input.channel_291', 'b.ringside:16:input.channel_291', 'b.ringside:1:"channel_291"',
  ].sort());
  assert.equal(references(m.result, m.file, m.pos, false).length, 3);
});

test('references: from a component declaration', async () => {
  const m = await model(mark(A, '"interpreter"', 3));
  const texts = { 'a.ringside': m.text('a.ringside'), 'b.ringside': m.text('b.ringside') };
  assert.deepEqual(references(m.result, m.file, m.pos, false).map((l) => show(texts, l)), ['b.ringside:15:component.interpreter']);
});

test('references: nothing at a non-symbol', async () => {
  const m = await model(mark(A, 'kinds', 1));
  assert.deepEqual(references(m.result, m.file, m.pos, true), []);
});

test('documentHighlight: the declaration (write) and references (read) in this file only', async () => {
  const m = await model(A, mark(B, 'input.channel_291', 8));
  const hs = documentHighlight(m.result, 'b.ringside', m.pos);
  assert.deepEqual(hs.map((h) => [h.range.start.line, h.kind]), [[0, 3], [15, 2]]);
  const inA = await model(mark(A, 'input.channel_291', 8));
  assert.deepEqual(documentHighlight(inA.result, 'a.ringside', inA.pos).map((h) => [h.range.start.line, h.kind]), [[5, 2], [10, 2]]);
});

// ── rename ────────────────────────────────────────────────────────────────────────────────────

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((x, y) => lines.offsetAt(y.range.start) - lines.offsetAt(x.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}

const renameCases: { name: string; a?: string; b?: string; newName: string; expectA: string; expectB: string }[] = [
  {
    name: 'input from a reference: label and every reference in both files',
    a: mark(A, 'input.channel_291', 8), newName: 'ch291',
    expectA: A.replaceAll('input.channel_291', 'input.ch291'),
    expectB: B.replace('"channel_291"', '"ch291"').replace('input.channel_291', 'input.ch291'),
  },
  {
    name: 'component from its declaration, with the channel and a waiver',
    a: mark(A, '"interpreter"', 2) + '\nwaiver "RS001" {\n  target  = component.interpreter\n  reason  = "r"\n  owner   = "o"\n  expires = "2099-01-01"\n}\n',
    newName: 'content_engine',
    expectA: A.replace('"interpreter"', '"content_engine"') + '\nwaiver "RS001" {\n  target  = component.content_engine\n  reason  = "r"\n  owner   = "o"\n  expires = "2099-01-01"\n}\n',
    expectB: B.replace('component.interpreter', 'component.content_engine'),
  },
  {
    name: 'an unquoted label',
    a: 'deployment rapid {\n  delivers = [input.channel_291]\n}\n', b: mark(B, 'input.channel_291', 3), newName: 'content-291',
    expectA: 'deployment rapid {\n  delivers = [input.content-291]\n}\n',
    expectB: B.replace('"channel_291"', '"content-291"').replace('input.channel_291', 'input.content-291'),
  },
];

for (const c of renameCases) {
  test(`rename: ${c.name}`, async () => {
    const m = await model(c.a ?? A, c.b ?? B);
    const prep = prepareRename(m.result, m.file, m.pos);
    assert.ok(prep, 'prepareRename should accept the position');
    const edit = rename(m.result, m.file, m.pos, c.newName)!;
    assert.equal(applyEdits(m.text('a.ringside'), edit.changes!['a.ringside'] ?? []), c.expectA);
    assert.equal(applyEdits(m.text('b.ringside'), edit.changes!['b.ringside'] ?? []), c.expectB);
  });
}

test('prepareRename: the name part of a reference, the label without quotes, nothing elsewhere', async () => {
  const onRef = await model(mark(A, 'input.channel_291', 2));
  const p1 = prepareRename(onRef.result, onRef.file, onRef.pos)!;
  assert.equal(textIn(onRef.text('a.ringside'), p1.range), 'channel_291');
  assert.equal(p1.placeholder, 'channel_291');
  const onLabel = await model(A, mark(B, '"to_driver"', 4));
  assert.equal(textIn(onLabel.text('b.ringside'), prepareRename(onLabel.result, 'b.ringside', onLabel.pos)!.range), 'to_driver');
  for (const [needle, off] of [['kind', 1], ['"kernel_driver"', 3], ['context', 2]] as const) {
    const m = await model(mark(A, needle, off));
    assert.equal(prepareRename(m.result, m.file, m.pos), null, needle);
  }
});

const renameErrors: { name: string; newName: string; error: RegExp; a?: string }[] = [
  { name: 'not an identifier', newName: '9lives', error: /not a valid name/ },
  { name: 'with a space', newName: 'a b', error: /not a valid name/ },
  { name: 'quoted', newName: '"x"', error: /not a valid name/ },
  { name: 'taken by another input', newName: 'os_events', error: /already an input named `os_events` \(a\.ringside:15\)/, a: A + '\ninput "os_events" {\n  source = "os_event_data"\n}\n' },
];

for (const c of renameErrors) {
  test(`rename: rejects a new name that is ${c.name}`, async () => {
    const m = await model(mark(c.a ?? A, 'input.channel_291', 8));
    assert.throws(() => rename(m.result, m.file, m.pos, c.newName), c.error);
  });
}

test('rename: same name is an empty edit; unresolved references cannot be renamed; null off a symbol', async () => {
  const m = await model(mark(A, 'input.channel_291', 8));
  assert.deepEqual(rename(m.result, m.file, m.pos, 'channel_291'), { changes: {} });
  const u = await model(mark(A.replace('[input.channel_291]', '[input.nothing]'), 'input.nothing', 8));
  assert.throws(() => rename(u.result, u.file, u.pos, 'x'), /not defined in this model/);
  const off = await model(mark(A, 'rollout', 1));
  assert.equal(rename(off.result, off.file, off.pos, 'x'), null);
});

// ── outline and workspace symbols ─────────────────────────────────────────────────────────────

test('documentSymbols: contexts → components → nested blocks, with kinds and details', async () => {
  const text = `agent "falcon" {
  platform = "windows"
  role     = "edr"
}

context "csagent" {
  kind = "kernel_driver"
  recovery {
    winre = true
  }
  component "interpreter" {
    kinds = ["content_interpreter", "rule_engine"]
    queue {
      bound = 10
    }
  }
}

channel "port" {
  from = component.interpreter
  to   = component.interpreter
}

waiver "RS001" {
  target = component.interpreter
}

review {
  rule "RS016" {
    severity = "off"
  }
}
`;
  const m = await checkMarked({ 'a.ringside': text });
  type Shape = { name: string; kind: number; detail?: string; children?: Shape[] };
  const shape = (s: { name: string; kind: number; detail?: string; children?: unknown[] }): Shape => {
    const out: Shape = { name: s.name, kind: s.kind };
    if (s.detail) out.detail = s.detail;
    const kids = (s.children ?? []) as { name: string; kind: number; detail?: string; children?: unknown[] }[];
    if (kids.length) out.children = kids.map(shape);
    return out;
  };
  const symbols = documentSymbols(m.result, 'a.ringside');
  assert.deepEqual(symbols.map(shape), [
    { name: 'falcon', kind: SymbolKind.Module, detail: 'agent · windows · edr' },
    {
      name: 'csagent', kind: SymbolKind.Namespace, detail: 'context · kernel_driver', children: [
        { name: 'recovery', kind: SymbolKind.Struct },
        { name: 'interpreter', kind: SymbolKind.Class, detail: 'component · content_interpreter, rule_engine', children: [{ name: 'queue', kind: SymbolKind.Struct }] },
      ],
    },
    { name: 'port', kind: SymbolKind.Interface, detail: 'channel · interpreter → interpreter' },
    { name: 'RS001', kind: SymbolKind.Key, detail: 'waiver · component.interpreter' },
    { name: 'review', kind: SymbolKind.Object, children: [{ name: 'RS016', kind: SymbolKind.Key, detail: 'rule · off' }] },
  ]);
  const csagent = symbols[1];
  assert.equal(textIn(text, csagent.selectionRange), '"csagent"');
  assert.equal(csagent.range.start.line, 5);
  assert.equal(csagent.range.end.line, 16);
});

test('documentSymbols: blocks the model rejects still appear; unknown file gives nothing', async () => {
  const m = await checkMarked({ 'a.ringside': 'gadget "x" {\n}\ncontext "a" {\n  kind = "nope"\n}\n' });
  assert.deepEqual(documentSymbols(m.result, 'a.ringside').map((s) => s.name), ['x', 'a']);
  assert.deepEqual(documentSymbols(m.result, 'other.ringside'), []);
});

const workspaceCases: { query: string; expect: string[] }[] = [
  { query: '', expect: ['csagent', 'interpreter', 'rapid', 'channel_291', 'service', 'updater', 'to_driver'] },
  { query: 'chan', expect: ['channel_291', 'to_driver'] },
  { query: 'ch291', expect: ['channel_291'] },
  { query: 'INTP', expect: ['interpreter'] },
  { query: 'component.upd', expect: ['updater'] },
  { query: 'zzz', expect: [] },
];

for (const c of workspaceCases) {
  test(`workspaceSymbols: "${c.query}"`, async () => {
    const m = await model();
    const syms = workspaceSymbols(m.result, c.query);
    assert.deepEqual(syms.map((s) => s.name), c.expect);
  });
}

test('workspaceSymbols: container names, locations and several models', async () => {
  const m = await model();
  const other = await checkMarked({ 'c.ringside': 'input "elsewhere" {\n  source = "file_content"\n}\n' });
  const syms = workspaceSymbols([m.result, other.result], 'e');
  const updater = syms.find((s) => s.name === 'updater')!;
  assert.equal(updater.containerName, 'service');
  assert.equal(updater.location.uri, 'b.ringside');
  assert.equal(textIn(m.text('b.ringside'), updater.location.range), '"updater"');
  assert.ok(syms.some((s) => s.name === 'elsewhere' && s.location.uri === 'c.ringside'));
});

// ── folding ───────────────────────────────────────────────────────────────────────────────────

const foldingCases: { name: string; text: string; expect: [number, number, string?][] }[] = [
  {
    name: 'blocks keep their closing brace visible',
    text: 'context "a" {\n  kind = "kernel_driver"\n  component "c" {\n    kinds = ["sensor"]\n  }\n}\n',
    expect: [[0, 4], [2, 3]],
  },
  {
    name: 'a block on one line does not fold; a multi-line list does',
    text: 'input "x" { source = "file_content" }\ndeployment "d" {\n  delivers = [\n    input.x,\n  ]\n}\n',
    expect: [[1, 4], [2, 3]],
  },
  {
    name: 'a list whose bracket closes on the last item line',
    text: 'deployment "d" {\n  delivers = [input.x,\n    input.y]\n}\n',
    expect: [[0, 2], [1, 2]],
  },
  {
    name: 'runs of line comments and block comments',
    text: '# one\n# two\n// three\n\n# alone\n/* a\n   b\n*/\ninput "x" { # trailing\n  # inner\n  source = "file_content"\n}\n',
    expect: [[0, 2, 'comment'], [5, 7, 'comment'], [8, 10]],
  },
];

for (const c of foldingCases) {
  test(`foldingRanges: ${c.name}`, async () => {
    const m = await checkMarked({ 'a.ringside': c.text });
    const got = foldingRanges(m.result, 'a.ringside').map((f) => (f.kind ? [f.startLine, f.endLine, f.kind] : [f.startLine, f.endLine]));
    assert.deepEqual(got, c.expect);
    if (c.expect.some((e) => e[2])) assert.equal(FoldingRangeKind.Comment, 'comment');
  });
}

// ── selection ranges ──────────────────────────────────────────────────────────────────────────

function chainTexts(text: string, s: SelectionRange): string[] {
  const out: string[] = [];
  for (let r: SelectionRange | undefined = s; r; r = r.parent) out.push(textIn(text, r.range).split('\n')[0]);
  return out;
}

const selectionCases: { name: string; needle: string; offset: number; expect: string[] }[] = [
  {
    name: 'reference name in a list → reference → list → attribute → component → context',
    needle: 'input.channel_291', offset: 9,
    expect: ['channel_291', 'input.channel_291', '[input.channel_291]', 'consumes = [input.channel_291]', 'component "interpreter" {', 'context "csagent" {'],
  },
  {
    name: 'enum value → its text → string → list → attribute',
    needle: '"content_interpreter"', offset: 4,
    expect: ['content_interpreter', '"content_interpreter"', '["content_interpreter"]', 'kinds    = ["content_interpreter"]', 'component "interpreter" {', 'context "csagent" {'],
  },
  {
    name: 'attribute name → attribute → block',
    needle: 'rollout', offset: 2,
    expect: ['rollout', 'rollout  = "global"', 'deployment "rapid" {'],
  },
  {
    name: 'label → its text → block',
    needle: '"rapid"', offset: 2,
    expect: ['rapid', '"rapid"', 'deployment "rapid" {'],
  },
];

for (const c of selectionCases) {
  test(`selectionRanges: ${c.name}`, async () => {
    const m = await model(mark(A, c.needle, c.offset));
    const [s] = selectionRanges(m.result, 'a.ringside', [m.pos]);
    assert.deepEqual(chainTexts(m.text('a.ringside'), s), c.expect);
  });
}

test('selectionRanges: one answer per position, an empty range outside any block', async () => {
  const m = await model(A.replace('}\n\ndeployment', '}\n<|>\ndeployment'));
  const out = selectionRanges(m.result, 'a.ringside', [m.pos, { line: 1, character: 3 }]);
  assert.equal(out.length, 2);
  assert.deepEqual(out[0], { range: { start: m.pos, end: m.pos } });
  assert.equal(chainTexts(m.text('a.ringside'), out[1])[0], 'kind');
});
