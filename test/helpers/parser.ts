// Test access to the real parser: finds the wasm files the build copies next to the bundles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createParser, wasmPathsIn, type HclParser } from '../../server/src/syntax/parser';
import { parseSource } from '../../server/src/model/source';
import { checkSources, type CheckResult } from '../../server/src/check';
import type { AnalysisOptions } from '../../server/src/analysis/engine';

let cached: Promise<HclParser> | undefined;

/** The folder holding tree-sitter-hcl.wasm: walks up from the bundle's folder. */
export function wasmDir(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'tree-sitter-hcl.wasm'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('tree-sitter-hcl.wasm not found above ' + __dirname + '; build with `node esbuild.mjs --tests`');
    dir = up;
  }
}

export function parser(): Promise<HclParser> {
  return (cached ??= createParser(wasmPathsIn(wasmDir())));
}

/** The repository root (the folder with package.json), for reading fixtures and examples. */
export function repoRoot(): string {
  // Bundles may be built outside the repository (RINGSIDE_OUT), so fall back to the working folder.
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'esbuild.mjs'))) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('repository root not found');
}

export const TEST_TODAY = '2026-01-15';

/** Check in-memory files (name → text) as one model. */
export async function checkTexts(files: Record<string, string>, options: Partial<AnalysisOptions> = {}): Promise<CheckResult> {
  const p = await parser();
  const sources = Object.entries(files).map(([name, text]) => parseSource(p, name, text));
  return checkSources('/virtual', sources, { today: TEST_TODAY, ...options });
}
