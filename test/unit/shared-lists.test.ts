// Lists an open design keeps are shared where they can be: equal plain-value lists of different
// elements are one frozen list (model/shared-lists.ts), and every empty AST or model list is one
// frozen array (syntax/fit-array.ts). Sharing must never join lists that differ, and nothing may
// write to a shared list.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { sharedList } from '../../server/src/model/shared-lists';
import { fit } from '../../server/src/syntax/fit-array';
import { parser } from '../helpers/parser';
import { parseSource } from '../../server/src/model/source';
import { checkSources } from '../../server/src/check';

const cases: [string, unknown[], unknown[], boolean][] = [
  ['equal strings', ['enqueue'], ['enqueue'], true],
  ['equal mixed values', ['a', 1, true], ['a', 1, true], true],
  ['a string and a number that print alike', ['1'], [1], false],
  ['a string and a boolean that print alike', ['true'], [true], false],
  ['strings that join alike', ['a:b', 'c'], ['a', 'b:c'], false],
  ['different order', ['a', 'b'], ['b', 'a'], false],
];
for (const [name, a, b, shared] of cases) {
  test(`shared lists: ${name}`, () => {
    const x = sharedList([...a] as never[]);
    const y = sharedList([...b] as never[]);
    assert.equal(x === y, shared);
    assert.deepEqual(y, b);
    assert.ok(Object.isFrozen(x));
  });
}

test('lists holding references or objects, and long lists, are kept as they are', () => {
  const ref = { type: 'input', name: 'x', loc: { file: 'f', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, nameRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  const withRef = [ref];
  assert.equal(sharedList(withRef as never[]), withRef);
  assert.equal(Object.isFrozen(withRef), false);
  const long = Array.from({ length: 9 }, (_, i) => `v${i}`);
  assert.equal(sharedList(long), long);
  assert.notEqual(sharedList(Array.from({ length: 9 }, (_, i) => `v${i}`)), long);
  const wide = ['x'.repeat(300)];
  assert.equal(sharedList(wide), wide);
});

test('every empty list is one frozen array, and a push on it throws', () => {
  const a = fit([]), b = fit([] as string[]);
  assert.equal(a, b);
  assert.ok(Object.isFrozen(a));
  assert.throws(() => (a as unknown[]).push(1), TypeError);
  const full = [1, 2];
  assert.notEqual(fit(full), full);
  assert.deepEqual(fit(full), full);
});

test('two components that list the same kinds share the list', async () => {
  const text = [
    'agent "a" {', '  platform = "linux"', '  role = "edr"', '}',
    'context "k" {', '  kind = "kernel_driver"',
    '  component "one" {', '    kinds = ["sensor.process_callback"]', '  }',
    '  component "two" {', '    kinds = ["sensor.process_callback"]', '  }',
    '}', '',
  ].join('\n');
  const result = checkSources('/d', [parseSource(await parser(), '/d/a.ringside', text)], { today: '2026-01-15' });
  const [one, two] = result.model.components;
  assert.equal(one.prop('kinds')!.value, two.prop('kinds')!.value);
  assert.deepEqual(one.strs('kinds'), ['sensor.process_callback']);
  assert.notEqual(one.prop('kinds')!.value, fit([]));
});
