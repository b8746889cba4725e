// Organisation policies in the editor, over stdio: their findings and condition errors are
// published like the built-in rules', hover explains fields inside a CEL condition, completion
// offers the fields of the element type after `self.`, and a pack named by the review block is read.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, CompletionList, Hover } from 'vscode-languageserver-protocol/node';
import { LspSession, tempModel, fileUri, codes, posOf } from './harness';

const MODEL = `agent "a" {
  platform = "windows"
  role     = "edr"
}

context "k" {
  kind     = "kernel_driver"
  start    = "demand"
  language = "c"

  component "matcher" {
    kinds = ["content_interpreter"]
  }
}

review {
  policy_packs = ["./shared"]
}
`;
const POLICIES = `policy "ORG001" {
  title      = "C in ring 0 needs fuzzing evidence"
  severity   = "warning"
  applies_to = "component"
  condition  = "self.privileged && !('fuzzing' in self.evidence_all)"
  message    = "{self.name} runs in ring 0 without fuzzing evidence."
}

policy "ORG002" {
  title      = "broken"
  severity   = "error"
  applies_to = "context"
  condition  = "self.knd == 'x'"
  message    = "x"
}
`;
const PACK = `policy "PACK001" {
  title      = "from the pack"
  severity   = "information"
  applies_to = "context"
  condition  = "self.kind == 'kernel_driver'"
  message    = "{self.name} is a kernel driver."
}
`;

function text(h: Hover | null): string {
  const c = h?.contents as { value?: string } | undefined;
  return c?.value ?? '';
}

test('policies over LSP: findings, positioned errors, pack findings, hover and completion in conditions', async () => {
  const dir = tempModel(undefined, { 'model.ringside': MODEL, 'policies.ringside': POLICIES });
  fs.mkdirSync(path.join(dir, 'shared'));
  fs.writeFileSync(path.join(dir, 'shared', 'pack.ringside'), PACK);
  const s = await LspSession.start();
  try {
    const m = fileUri(dir, 'model.ringside');
    const p = fileUri(dir, 'policies.ringside');
    await s.open(m, MODEL);
    await s.open(p, POLICIES);
    const md = await s.waitForDiagnostics(m, { pred: (d) => codes(d).includes('ORG001') && codes(d).includes('PACK001') });
    const org = md.find((d) => d.code === 'ORG001')!;
    assert.match(String(org.message), /matcher runs in ring 0 without fuzzing evidence\./);
    const pd = await s.waitForDiagnostics(p, { pred: (d) => codes(d).includes('RS-POLICY') });
    const err = pd.find((d) => d.code === 'RS-POLICY')!;
    assert.deepEqual(err.range.start, posOf(POLICIES, 'knd'));
    assert.match(String(err.message), /did you mean `?kind`?\?/); // plain text in the Problems panel

    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: p }, position: posOf(POLICIES, 'privileged', 2) });
    assert.match(text(h), /privileged context/);
    const hf = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: m }, position: posOf(MODEL, 'component "matcher"', 3) });
    assert.match(text(hf), /C in ring 0 needs fuzzing evidence/, 'a policy finding hovers with its title');

    // Type `self.` at the start of the condition and ask for completion.
    const edited = POLICIES.replace('"self.privileged', '"self.x && self.privileged');
    await s.change(p, [{ text: edited }]);
    const at = posOf(edited, 'self.x', 5);
    const res = await s.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: p }, position: at, context: { triggerKind: 2, triggerCharacter: '.' } });
    const labels = (Array.isArray(res) ? res : res.items).map((i) => i.label);
    for (const want of ['privileged', 'kinds', 'flows', 'blast_radius', 'context']) assert.ok(labels.includes(want), `${want} in ${labels.join(', ')}`);
    assert.ok(!labels.includes('agent'), 'only fields of a component after self.');
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});
