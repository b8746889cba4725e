// Fuzzing inside `npm test`: a short seeded run of both fuzzers (about a minute together), and a
// replay of every input a longer run (`npm run fuzz`) found, kept in test/fixtures/fuzz/.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/parser';
import { LspFuzzer, type LspCase, type FuzzFailure } from './lsp-fuzzer';
import { CliFuzzer, type CliCase } from './cli-fuzzer';

/** Fixed seeds: the same cases on every run, so a failure here is reproducible. */
const SEED = 20261127;

function report(failures: FuzzFailure[]): string {
  return failures.map((f) => `${f.fuzzer} ${f.check}: ${f.message}\ninput: ${JSON.stringify(f.input).slice(0, 3000)}`).join('\n\n');
}

test('LSP fuzzer: seeded random edits and requests (no crash, hang, error; same findings as the CLI; valid fixes; faithful formatting)', async () => {
  const fuzzer = new LspFuzzer();
  try {
    await fuzzer.run({ seed: SEED, numRuns: 250 });
    assert.equal(fuzzer.stats.failures.length, 0, report(fuzzer.stats.failures));
    assert.ok(fuzzer.stats.cases >= 250 && fuzzer.stats.edits > 100 && fuzzer.stats.requests > 100, JSON.stringify(fuzzer.stats));
  } finally {
    await fuzzer.dispose();
  }
});

test('CLI fuzzer: seeded byte and token mutations of every example and fixture (exit 0/1/2, valid JSON and SARIF, no stack trace)', async () => {
  const fuzzer = new CliFuzzer();
  try {
    await fuzzer.run({ seed: SEED, numRuns: 35 });
    assert.equal(fuzzer.stats.failures.length, 0, report(fuzzer.stats.failures));
    assert.equal(fuzzer.stats.cases, 35);
  } finally {
    fuzzer.dispose();
  }
});

const fixtures = path.join(repoRoot(), 'test', 'fixtures', 'fuzz');
const stored = fs.existsSync(fixtures) ? fs.readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort() : [];

for (const name of stored) {
  test(`fuzz regression ${name}`, async () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8')) as { fuzzer: 'lsp' | 'cli'; input: LspCase & { files?: Record<string, string>; format?: CliCase['format'] } };
    if (fixture.fuzzer === 'lsp') {
      const f = new LspFuzzer();
      try { await f.runCase(fixture.input); } finally { await f.dispose(); }
    } else {
      const f = new CliFuzzer();
      try { await f.replay(fixture.input.files!, fixture.input.format!); } finally { f.dispose(); }
    }
  });
}
