// The design map and what-if placement through the bundled server over stdio: the map request
// returns an SVG with every element and their source locations; the refactoring "Move component
// to context…" is offered in a component, and the preview request returns the one edit.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { LspSession, tempModel, posOf, exampleExists } from './harness';
import type { DesignMapResult, MoveTargetsResult, PreviewMoveResult } from '../../server/src/lsp/protocol';

test('design map request: SVG, elements with locations, and a broken model still draws', { skip: !exampleExists('falcon-2024-07') }, async () => {
  const dir = tempModel('falcon-2024-07');
  const s = await LspSession.start();
  try {
    const kernel = await s.openFile(path.join(dir, 'kernel.ringside'));
    const map = await s.request<DesignMapResult>('ringside/designMap', { uri: kernel });
    assert.match(map.svg, /^<svg /);
    assert.ok(map.css.includes('.rs-map'));
    for (const key of ['context.csagent', 'component.content_interpreter', 'context.falcon_service', 'input.channel_291', 'channel.updater_to_interpreter']) {
      assert.ok(map.svg.includes(`data-key="${key}"`), `${key} drawn`);
      assert.ok(map.elements[key], `${key} located`);
    }
    const ci = map.elements['component.content_interpreter'];
    assert.equal(ci.uri, kernel);
    assert.equal(ci.head.start.line, posOf(s.text(kernel), 'component "content_interpreter"').line);
    assert.deepEqual(map.problems, []);

    // Break the csagent context's kind: the map still answers, and says what it left out.
    const text = s.text(kernel);
    const at = posOf(text, '"kernel_driver"');
    await s.change(kernel, [{ range: { start: at, end: { line: at.line, character: at.character + '"kernel_driver"'.length } }, text: '"kernel_drivr"' }]);
    const broken = await s.request<DesignMapResult>('ringside/designMap', { uri: kernel });
    assert.ok(!broken.svg.includes('data-key="context.csagent"'));
    assert.ok(broken.svg.includes('data-key="context.csboot"'));
    assert.ok(broken.problems.some((p) => /context `csagent` is not drawn/.test(p.message)), JSON.stringify(broken.problems));
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});

test('move component to context: code action, targets and preview with one edit', { skip: !exampleExists('falcon-2024-07') }, async () => {
  const dir = tempModel('falcon-2024-07');
  const s = await LspSession.start();
  try {
    const kernel = await s.openFile(path.join(dir, 'kernel.ringside'));
    const at = posOf(s.text(kernel), 'bounds_checks');
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: kernel }, range: { start: at, end: at }, context: { diagnostics: [], only: ['refactor'] } });
    const move = actions.find((a) => a.kind === 'refactor.move');
    assert.ok(move, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(move.title, 'Move component `content_interpreter` to context…');
    assert.deepEqual(move.command?.arguments, [kernel, 'component.content_interpreter']);

    const { targets } = await s.request<MoveTargetsResult>('ringside/moveTargets', { uri: kernel, component: 'component.content_interpreter' });
    assert.ok(targets.some((t) => t.key === 'context.falcon_service' && /protected_service/.test(t.description)));
    assert.ok(!targets.some((t) => t.key === 'context.csagent'));

    const p = await s.request<PreviewMoveResult>('ringside/previewMove', { uri: kernel, component: 'component.content_interpreter', context: 'context.falcon_service' });
    assert.ok(p.resolved.some((f) => f.ruleId === 'RS001'));
    assert.equal(p.blast.after, 'one restartable service');
    assert.deepEqual(p.errorsAfter, []);
    assert.deepEqual(Object.keys(p.changes).map((u) => path.basename(u)).sort(), ['kernel.ringside', 'service.ringside']);
    assert.match(p.text, /^Move `content_interpreter` from context\.csagent to context\.falcon_service:/);
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.dispose();
  }
});
