// The fix engine where line breaks are unusual: CRLF files, lone CR files, quoted strings that span
// lines (an error in HCL that Ringside reports itself, since tree-sitter-hcl parses a raw line
// break inside "..." without one: the file still has findings and fixes, which must not land inside
// such a string), block comments that run onto the next line, and items that share a line. Text
// in, fixed text out, and the fix adds no syntax error. An insertion or a cut must sit at a line start or end outside every
// token: never inside a string, a comment, or between a block's labels.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parser } from '../helpers/parser';
import { parseSource } from '../../server/src/model/source';
import { buildModel } from '../../server/src/model/build';
import type { Model } from '../../server/src/model/types';
import type { FixStep } from '../../server/src/analysis/types';
import type { Finding } from '../../server/src/analysis/types';
import { fixEdits, applyEdits, addWaiverEdit } from '../../server/src/fixes/apply';
import { waiverBlockRange, waiverSnippet } from '../../server/src/lsp/code-actions';

async function model(files: Record<string, string>): Promise<Model> {
  const p = await parser();
  return buildModel('/virtual', Object.entries(files).map(([name, text]) => parseSource(p, name, text)));
}

interface Case { name: string; text: string; steps: FixStep[]; expect: string }

const COMPONENT = '  component "k" {\n    kinds = ["boot_driver_classifier"]\n  }\n';
const SET_CLP: FixStep[] = [{ op: 'set', element: 'context.c', attribute: 'crash_loop_protection', value: '"none"' }];

const cases: Case[] = [
  {
    // The fuzz case (test/fixtures/fuzz/lsp-fix-after-string-spanning-lines.json), reduced: the
    // string ends on a line that goes on with a block whose labels run onto the next lines. The line
    // after the attribute is inside that block's header.
    name: 'CRLF file, LF inside a string, a block header starting on the line the string ends',
    text: 'context "c" {\r\n  kind   = "elam_driver"\r\n  signer = "eferred\n  x = "code "y"\r\n\r\n  component "k" {\r\n    kinds = ["boot_driver_classifier"]\r\n  }\r\n}\r\n',
    steps: SET_CLP,
    expect: 'context "c" {\r\n  kind   = "elam_driver"\r\n  signer = "eferred\n  x = "\r\n  crash_loop_protection = "none"\r\n  code "y"\r\n\r\n  component "k" {\r\n    kinds = ["boot_driver_classifier"]\r\n  }\r\n}\r\n',
  },
  {
    name: 'an attribute and a block on one line: the block goes to its own line below the new attribute',
    text: 'context "c" {\n  kind = "kernel_driver" recovery { winre = true }\n}\n',
    steps: SET_CLP,
    expect: 'context "c" {\n  kind = "kernel_driver"\n  crash_loop_protection = "none"\n  recovery { winre = true }\n}\n',
  },
  {
    name: 'a string spanning lines is the last attribute (LF)',
    text: 'context "c" {\n  kind  = "kernel_driver"\n  notes = "one\ntwo"\n\n' + COMPONENT + '}\n',
    steps: SET_CLP,
    expect: 'context "c" {\n  kind  = "kernel_driver"\n  notes = "one\ntwo"\n  crash_loop_protection = "none"\n\n' + COMPONENT + '}\n',
  },
  {
    name: 'a string spanning lines is the last attribute (CRLF file, LF in the string)',
    text: ('context "c" {\n  kind  = "kernel_driver"\n  notes = "one\ntwo"\n\n' + COMPONENT + '}\n').replace(/\n/g, '\r\n').replace('one\r\n', 'one\n'),
    steps: SET_CLP,
    expect: ('context "c" {\n  kind  = "kernel_driver"\n  notes = "one\ntwo"\n  crash_loop_protection = "none"\n\n' + COMPONENT + '}\n').replace(/\n/g, '\r\n').replace('one\r\n', 'one\n'),
  },
  {
    name: 'lone CR file: inserted lines end with CR too',
    text: ('context "c" {\n  kind = "kernel_driver"\n\n' + COMPONENT + '}\n').replace(/\n/g, '\r'),
    steps: SET_CLP,
    expect: ('context "c" {\n  kind = "kernel_driver"\n  crash_loop_protection = "none"\n\n' + COMPONENT + '}\n').replace(/\n/g, '\r'),
  },
  {
    name: 'lone CR file with a string spanning lines, into a block that is created',
    text: 'context "c" {\r  kind  = "kernel_driver"\r  notes = "one\rtwo"\r}\r',
    steps: [{ op: 'set', element: 'context.c.recovery', attribute: 'winre', value: 'true' }],
    expect: 'context "c" {\r  kind  = "kernel_driver"\r  notes = "one\rtwo"\r\r  recovery {\r    winre = true\r  }\r}\r',
  },
  {
    name: 'a block comment after the last attribute runs onto the next line: insert after it',
    text: 'context "c" {\n  kind = "kernel_driver" /* one\n     two */\n\n' + COMPONENT + '}\n',
    steps: SET_CLP,
    expect: 'context "c" {\n  kind = "kernel_driver" /* one\n     two */\n  crash_loop_protection = "none"\n\n' + COMPONENT + '}\n',
  },
  {
    name: 'remove takes a trailing block comment that runs onto the next line with it',
    text: 'context "c" {\n  kind  = "kernel_driver"\n  start = "system" /* one\n     two */\n}\n',
    steps: [{ op: 'remove', element: 'context.c', attribute: 'start' }],
    expect: 'context "c" {\n  kind  = "kernel_driver"\n}\n',
  },
  {
    name: 'remove an attribute whose string spans lines (CRLF)',
    text: 'context "c" {\r\n  kind  = "kernel_driver"\r\n  start = "sys\ntem"\r\n}\r\n',
    steps: [{ op: 'remove', element: 'context.c', attribute: 'start' }],
    expect: 'context "c" {\r\n  kind  = "kernel_driver"\r\n}\r\n',
  },
  {
    name: 'add-to-list after a block comment that runs onto the next line',
    text: 'deployment "d" {\n  health_gate = [\n    "crash_dumps", /* one\n    two */\n  ]\n}\n',
    steps: [{ op: 'add-to-list', element: 'deployment.d', attribute: 'health_gate', value: '"boot_loops"' }],
    expect: 'deployment "d" {\n  health_gate = [\n    "crash_dumps", /* one\n    two */\n    "boot_loops",\n  ]\n}\n',
  },
  {
    name: 'remove-from-list of a line with a block comment that runs onto the next line',
    text: 'deployment "d" {\n  health_gate = [\n    "crash_dumps", /* one\n    two */\n    "boot_loops",\n  ]\n}\n',
    steps: [{ op: 'remove-from-list', element: 'deployment.d', attribute: 'health_gate', value: '"crash_dumps"' }],
    expect: 'deployment "d" {\n  health_gate = [\n    "boot_loops",\n  ]\n}\n',
  },
  {
    name: 'move-block: a line inside a string that starts with # is not a leading comment',
    text: 'context "a" {\n  kind  = "kernel_driver"\n  notes = "x\n# y"\n' + COMPONENT + '}\n\ncontext "b" {\n  kind = "user_service"\n}\n',
    steps: [{ op: 'move-block', element: 'component.k', toParent: 'context.b' }],
    expect: 'context "a" {\n  kind  = "kernel_driver"\n  notes = "x\n# y"\n}\n\ncontext "b" {\n  kind = "user_service"\n\n' + COMPONENT + '}\n',
  },
  {
    name: 'move-block re-indents lines but not the inside of strings, heredocs and comments (CRLF, LF in a string)',
    text: 'context "a" {\r\n  kind = "kernel_driver"\r\n\r\n      component "k" {\r\n        kinds = ["boot_driver_classifier"]\r\n        notes = "one\n        two"\r\n        about = <<EOT\r\n        three\r\n        EOT\r\n        /* four\r\n        five */\r\n      }\r\n}\r\n\r\ncontext "b" {\r\n  kind = "user_service"\r\n}\r\n',
    steps: [{ op: 'move-block', element: 'component.k', toParent: 'context.b' }],
    expect: 'context "a" {\r\n  kind = "kernel_driver"\r\n}\r\n\r\ncontext "b" {\r\n  kind = "user_service"\r\n\r\n  component "k" {\r\n    kinds = ["boot_driver_classifier"]\r\n    notes = "one\n        two"\r\n    about = <<EOT\r\n        three\r\n        EOT\r\n    /* four\r\n        five */\r\n  }\r\n}\r\n',
  },
  {
    name: 'a waiver goes after a block comment that follows the last block and runs onto the next line',
    text: 'agent "a" {\n  platform = "windows"\n} /* one\ntwo */\n',
    steps: [{ op: 'add-block', file: 'm.ringside', text: 'review {\n}' }],
    expect: 'agent "a" {\n  platform = "windows"\n} /* one\ntwo */\n\nreview {\n}\n',
  },
];

for (const c of cases) {
  test(`fix across line breaks: ${c.name}`, async () => {
    const m = await model({ 'm.ringside': c.text });
    const before = syntaxMessages(m);
    assert.ok(before.every((x) => /quoted string must end on the line/.test(x)), `the input parses but for strings that span lines: ${before}`);
    const edits = fixEdits(await parser(), m, { title: 't', steps: c.steps });
    const out = edits.length ? applyEdits(c.text, edits.map((e) => ({ range: e.range, newText: e.newText }))) : c.text;
    assert.equal(JSON.stringify(out), JSON.stringify(c.expect));
    const after = await model({ 'm.ringside': out });
    const left = syntaxMessages(after);
    assert.ok(left.length <= before.length && left.every((x) => before.includes(x)), `the fix adds no syntax error: ${left}`);
  });
}

function syntaxMessages(m: Model): string[] {
  return m.diagnostics.filter((d) => d.code === 'RS-SYNTAX' || d.code === 'RS-NESTING').map((d) => d.message);
}

for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['lone CR', '\r']] as const) {
  test(`a waiver in a ${name} file: the editor is pointed at the new block and its placeholders`, async () => {
    const text = ['agent "a" {', '  platform = "windows"', '}', ''].join(eol);
    const m = await model({ 'm.ringside': text });
    const finding = { ruleId: 'RS003', element: 'agent.a', loc: { file: 'm.ringside', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } } as Finding;
    const edit = addWaiverEdit(m, finding, '2026-01-15');
    const out = applyEdits(text, [edit]);
    assert.ok(!/[\r\n]/.test(out.split(eol).join('')), 'one line ending throughout');
    const lines = out.split(eol);
    const r = waiverBlockRange(edit)!;
    assert.equal(lines[r.start.line].slice(r.start.character), 'waiver "RS003" {');
    assert.equal(lines[r.end.line], '}');
    const snippet = waiverSnippet(edit.newText);
    assert.match(snippet, /^waiver "RS003" \{/);
    assert.match(snippet, /\$\{3:2026-04-15\}"[\r\n]+\\\}$/);
  });
}
