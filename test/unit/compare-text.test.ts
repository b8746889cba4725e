// compareText (analysis/compare-text.ts) orders names as Intl.Collator('en') does, without ICU for
// the characters it covers: checked here against the collator itself.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { compareText } from '../../server/src/analysis/compare-text';

const collator = new Intl.Collator('en');
const sign = (n: number) => Math.sign(n);
const COVERED = ' _-./0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function agree(a: string, b: string): void {
  assert.equal(sign(compareText(a, b)), sign(collator.compare(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

/** A small deterministic generator (the test must not vary between runs). */
function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

test('every pair of covered characters, and of two-character strings over a sample', () => {
  for (const a of COVERED) for (const b of COVERED) agree(a, b);
  const sample = ' _-.0aAzZ9';
  const twos = [''];
  for (const a of sample) { twos.push(a); for (const b of sample) twos.push(a + b); }
  for (const a of twos) for (const b of twos) agree(a, b);
});

test('random names with shared prefixes, case and punctuation differences', () => {
  const r = rng(11);
  const pick = (s: string) => s[Math.floor(r() * s.length)];
  const alphabets = [COVERED, 'aA_-.', 'abAB01', 'kernel_.-/KERNEL'];
  for (let i = 0; i < 20_000; i++) {
    const alphabet = alphabets[i % alphabets.length];
    const a = Array.from({ length: Math.floor(r() * 9) }, () => pick(alphabet)).join('');
    // Half the time b shares a prefix with a.
    const keep = r() < 0.5 ? Math.floor(r() * (a.length + 1)) : 0;
    const b = a.slice(0, keep) + Array.from({ length: Math.floor(r() * 5) }, () => pick(alphabet)).join('');
    agree(a, b);
  }
});

test('file names, rule ids and property paths as findings have them', () => {
  const names = ['kernel.ringside', 'kernel_driver.ringside', 'kernel-driver.ringside', 'Kernel.ringside', 'agent.ringside',
    'models/a/b.ringside', 'models/a_b.ringside', 'RS001', 'RS010', 'RS-META-UNSPECIFIED', 'RS-SYNTAX', 'MSW001', 'acme.no-kernel',
    'update.channel', 'update_policy', 'callback.irql', 'callback', 'x', ''];
  for (const a of names) for (const b of names) agree(a, b);
});

test('other characters go to the collator: accents, other scripts, combining marks', () => {
  const names = ['é.ringside', 'e.ringside', 'f.ringside', 'o\u0308', 'ö', 'oz', 'Ärger', 'zebra', '日本', 'a<b', 'a\u0338', 'a~b', 'a+b', 'A1', 'a1'];
  for (const a of names) for (const b of names) agree(a, b);
});
