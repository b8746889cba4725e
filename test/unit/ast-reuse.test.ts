// Reusing top-level items after an edit must give exactly the AST a full conversion gives: random
// edits (within a line, across lines, ones that break and repair the syntax) on real files.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parser, repoRoot } from '../helpers/parser';
import { sourceFromTree } from '../../server/src/model/source';
import type { HclFile } from '../../server/src/syntax/hcl-ast';

function normal(f: HclFile) {
  return { ...f, comments: [...f.comments].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character) };
}

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const EDITS = ['x', '', '"', '#', '/*', '*/', '}', '{', ' ', '1', 'component', '\n', '= "a"', '_'];

test('incremental conversion equals full conversion after random edits', async () => {
  const p = await parser();
  const root = repoRoot();
  const files = ['examples/falcon-2024-07/kernel.ringside', 'examples/defender-split/kernel.ringside', 'examples/falcon-2024-07/content.ringside']
    .map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
  assert.ok(files.length >= 2);
  let reused = 0;
  for (const f of files) {
    const random = rng(42);
    const original = fs.readFileSync(f, 'utf8');
    const originalTree = p.parse(original);
    const clean = sourceFromTree(f, original, originalTree);
    originalTree.delete();
    // Each round starts from the clean file and applies three edits in a row, checking each one,
    // so reuse is exercised from valid states and across broken and repaired ones.
    for (let round = 0; round < 60; round++) {
      let text = original;
      let prev = clean;
      for (let step = 0; step < 3; step++) {
        const at = Math.floor(random() * text.length);
        const del = random() < 0.5 ? 0 : Math.floor(random() * 3);
        const ins = EDITS[Math.floor(random() * EDITS.length)];
        const next = text.slice(0, at) + ins + text.slice(at + del);
        const tree = p.parse(next);
        try {
          const incremental = sourceFromTree(f, next, tree, prev);
          const full = sourceFromTree(f, next, tree);
          assert.deepEqual(normal(incremental.ast), normal(full.ast), `${path.basename(f)}: round ${round} step ${step} at ${at} (-${del} +${JSON.stringify(ins)})`);
          if (incremental.ast.items.some((it) => prev.ast.items.includes(it))) reused++;
          text = next;
          prev = incremental;
        } finally {
          tree.delete();
        }
      }
    }
  }
  assert.ok(reused > 20, `edits reused top-level items ${reused} times`);
});
