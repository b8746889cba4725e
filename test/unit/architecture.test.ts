// The layering rules of ARCHITECTURE.md, checked on the source: which folders may import what.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/parser';

const root = repoRoot();

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (e.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]);
}

/** Resolves a relative import to a repository path (without extension). */
function target(file: string, spec: string): string {
  return spec.startsWith('.') ? path.normalize(path.join(path.dirname(file), spec)) : spec;
}

const PURE_LAYERS = ['server/src/syntax', 'server/src/schema', 'server/src/model', 'server/src/analysis', 'server/src/rules', 'server/src/policy', 'server/src/fixes', 'server/src/format', 'server/src/features', 'server/src/docs'];

test('only the syntax layer loads tree-sitter, and only parser.ts imports it', () => {
  for (const f of sources('server/src')) {
    for (const spec of imports(f)) {
      if (spec === 'web-tree-sitter') assert.equal(f, path.normalize('server/src/syntax/parser.ts'), `${f} imports web-tree-sitter`);
    }
  }
});

test('analysis, rules, model, syntax and schema never import the LSP library, the CLI or the server', () => {
  for (const layer of ['server/src/syntax', 'server/src/schema', 'server/src/model', 'server/src/analysis', 'server/src/rules', 'server/src/policy', 'server/src/fixes', 'server/src/format']) {
    for (const f of sources(layer)) {
      for (const spec of imports(f)) {
        assert.ok(!/^vscode-/.test(spec), `${f} imports ${spec}`);
        const t = target(f, spec);
        assert.ok(!t.startsWith(path.normalize('server/src/lsp')) && !t.startsWith(path.normalize('server/src/cli')), `${f} imports ${spec}`);
      }
    }
  }
});

test('pure layers do no I/O except loading files in model/load.ts and model/pack-files.ts, docs generation and the parser seam', () => {
  const allowed = new Set(['server/src/model/load.ts', 'server/src/model/pack-files.ts', 'server/src/syntax/parser.ts'].map(path.normalize));
  for (const layer of PURE_LAYERS) {
    for (const f of sources(layer)) {
      if (allowed.has(f)) continue;
      for (const spec of imports(f)) assert.ok(!['node:fs', 'fs', 'node:child_process', 'child_process', 'node:net'].includes(spec), `${f} imports ${spec}`);
    }
  }
});

test('only server.ts and the two entries (main.ts, web/main.ts) deal with the connection', () => {
  const entries = ['server/src/lsp/server.ts', 'server/src/main.ts', 'server/src/web/main.ts'].map(path.normalize);
  for (const f of sources('server/src')) {
    if (entries.includes(f)) continue;
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    assert.ok(!/createConnection\s*\(/.test(text), `${f} creates a connection`);
    assert.ok(!/\bconnection\.(on|send|console|languages|workspace|client)/.test(text), `${f} uses the connection`);
  }
});

test('the client holds no analysis: it imports only the shared protocol from the server', () => {
  for (const f of sources('client/src')) {
    for (const spec of imports(f)) {
      const t = target(f, spec);
      if (t.startsWith(path.normalize('server/'))) assert.equal(t, path.normalize('server/src/lsp/protocol'), `${f} imports ${spec}`);
    }
  }
});

test('nothing writes to stdout in the server (stdout is the protocol under --stdio)', () => {
  for (const f of sources('server/src')) {
    if (f.startsWith(path.normalize('server/src/cli')) || f.startsWith(path.normalize('server/src/docs'))) continue;
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    assert.ok(!/(^|[^.\w])console\.(log|info|debug)\(|process\.stdout\.write/m.test(text), `${f} writes to stdout`);
  }
});
