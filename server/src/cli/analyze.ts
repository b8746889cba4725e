// Runs the shared pipeline (check.ts) over loaded models for the CLI commands, with one parser
// per process, and names models the way every output and baseline shows them.
import * as path from 'node:path';
import { createParser, wasmPathsNear, type HclParser } from '../syntax/parser';
import { checkInput, type CheckResult } from '../check';
import type { ModelInput } from '../model/load';
import { STDIN_NAME } from './discover';
import { diskPackLoader } from '../model/pack-files';
import { tuneForCheckSize } from './startup';

let parser: Promise<HclParser> | undefined;
export function cliParser(): Promise<HclParser> {
  return (parser ??= createParser(wasmPathsNear(__dirname)));
}

export async function checkModels(models: ModelInput[], today: string): Promise<CheckResult[]> {
  // The first check of the process decides how V8 compiles the parser's wasm (startup.ts).
  if (!parser) tuneForCheckSize(models.reduce((n, m) => n + m.files.reduce((k, f) => k + f.text.length, 0), 0));
  const p = await cliParser();
  // Policy packs a model's review block names are read from disk, relative to the model.
  const loadPack = diskPackLoader(p);
  return models.map((m) => checkInput(p, m, { today, loadPack }));
}

/** A model's name in outputs and baselines: its folder relative to `cwd`, `/`-separated. */
export function modelName(m: { root: string; files: { file: string }[] }, cwd: string): string {
  if (m.files.length === 1 && m.files[0].file === STDIN_NAME) return STDIN_NAME;
  return path.relative(cwd, m.root).split(path.sep).join('/') || '.';
}
