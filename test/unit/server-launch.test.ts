// The language server is started with the V8 options of SERVER_NODE_OPTIONS (protocol.ts) by the
// desktop client, the benchmark that measures it and the Neovim smoke test, and the README tells
// users of other editors the same command. One list, so the figures in docs/performance.md are
// those of the server users run.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/protocol';
import { repoRoot } from '../helpers/parser';

const root = repoRoot();
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

test('this Node accepts every server option', () => {
  assert.ok(SERVER_NODE_OPTIONS.length > 0);
  const r = spawnSync(process.execPath, [...SERVER_NODE_OPTIONS, '-e', '0'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('the desktop client starts the server with the options, in run and debug mode', () => {
  const client = read('client/src/language-client.ts');
  assert.match(client, /run: \{[^}]*execArgv: \[\.\.\.SERVER_NODE_OPTIONS\]/);
  assert.match(client, /debug: \{[^}]*execArgv: \[\.\.\.SERVER_NODE_OPTIONS, /);
});

test('the benchmark starts the server as the client does', () => {
  assert.match(read('bench/bench.ts'), /spawn\(process\.execPath, \[\.\.\.SERVER_NODE_OPTIONS, /);
});

test('the README and the Neovim smoke test give the same command', () => {
  const command = `node ${SERVER_NODE_OPTIONS.join(' ')} server/dist/server.js --stdio`;
  const readme = read('README.md').replace(/\s+/g, ' ');
  assert.ok(readme.includes(command), `README.md should show \`${command}\``);
  const lua = read('test/e2e/nvim-smoke.lua');
  assert.ok(lua.includes(`cmd = { node, ${SERVER_NODE_OPTIONS.map((o) => `'${o}'`).join(', ')}, server, '--stdio' }`), 'nvim-smoke.lua should start the server with the options');
});

test('the server and CLI bundles are ASCII, so V8 keeps their source one byte per character', () => {
  // One non-ASCII character anywhere (a comment, a regular expression) makes the whole source a
  // two-byte string in V8: 1.5 MB more for the server. esbuild escapes strings, not regex literals.
  for (const rel of ['server/dist/server.js', 'server/dist/cli-core.js', 'server/dist/elk-worker.js']) {
    const text = read(rel);
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `${rel} has a non-ASCII character at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
  }
});
