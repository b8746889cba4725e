// `ringside test-policies` and `ringside policy-docs`: what a team needs to write and share its own
// policies. test-policies runs a pack's fixtures (every .ringside file under PACK/tests, a folder
// named *.model being one multi-file model) with the pack loaded, and compares the findings with
// their `# expect: ORG001@col` comments, as the project tests its own rules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HclParser } from '../syntax/parser';
import { checkInput } from '../check';
import { diskPackLoader } from '../model/pack-files';
import { readDesignFile } from '../model/load';
import { compareExpectations } from '../policy/expectations';
import { packDocMarkdown } from '../policy/pack-docs';

export interface Io { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }

/** Fixture models under a folder: `*.model` folders are one model each, other .ringside files one each. */
export function fixtureModels(dir: string): string[][] {
  const out: string[][] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 8) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory() && e.name.endsWith('.model')) out.push(fs.readdirSync(p).filter((f) => f.endsWith('.ringside')).sort().map((f) => path.join(p, f)));
      else if (e.isDirectory()) walk(p, depth + 1);
      else if (e.name.endsWith('.ringside')) out.push([p]);
    }
  };
  walk(dir, 0);
  return out.filter((m) => m.length > 0);
}

export function testPolicies(parser: HclParser, packs: string[], today: string, io: Io): number {
  let passed = 0, failed = 0;
  const loadPack = diskPackLoader(parser);
  for (const spec of packs) {
    const packDir = path.resolve(io.cwd, spec);
    const tests = path.join(packDir, 'tests');
    if (!fs.existsSync(tests) || !fs.statSync(tests).isDirectory()) {
      io.stderr(`ringside: ${spec}: no tests folder (${path.join(spec, 'tests')}); put fixture models with # expect: comments there\n`);
      return 2;
    }
    const pack = loadPack(packDir, '.');
    if (!pack.ok) { io.stderr(`ringside: ${spec}: ${pack.message}\n`); return 2; }
    for (const files of fixtureModels(tests)) {
      const loaded = [];
      for (const f of files) {
        const r = readDesignFile(f);
        if (!r.ok) { io.stderr(`ringside: ${f}: ${r.message}\n`); return 2; }
        loaded.push({ file: path.relative(io.cwd, f) || f, text: r.text });
      }
      const result = checkInput(parser, { root: path.dirname(files[0]), files: loaded }, { today, loadPack, extraPacks: [packDir] });
      // Only the pack's policies (and model or policy errors) are compared: built-in rules have their own tests.
      const problems = compareExpectations(result.model, result.findings, new Set(result.policies.map((m) => m.id)));
      const name = path.relative(io.cwd, files.length > 1 ? path.dirname(files[0]) : files[0]);
      if (problems.length === 0) { passed++; io.stdout(`PASS ${name}\n`); }
      else {
        failed++;
        io.stdout(`FAIL ${name}\n${problems.map((p) => `  ${p}\n`).join('')}`);
      }
    }
  }
  io.stdout(`test-policies: ${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

export function policyDocs(parser: HclParser, spec: string, output: string | undefined, io: Io): number {
  const dir = path.resolve(io.cwd, spec);
  const r = diskPackLoader(parser)(dir, '.');
  if (!r.ok) { io.stderr(`ringside: ${spec}: ${r.message}\n`); return 2; }
  const md = packDocMarkdown(dir, r.files);
  if (!md.ok) { io.stderr(`ringside: ${spec}: ${md.message}\n`); return 2; }
  if (output) {
    try { fs.writeFileSync(path.resolve(io.cwd, output), md.text); } catch (e) { io.stderr(`ringside: cannot write ${output}: ${(e as Error).message}\n`); return 2; }
  } else io.stdout(md.text);
  return 0;
}
