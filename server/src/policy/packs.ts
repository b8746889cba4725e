// Which policies a model runs: its own `policy` blocks and those of the packs its review block
// names. Packs are read through an injected loader (the CLI reads disk; the server prefers open
// documents), so this module stays pure. A pack is a folder of .ringside files with `policy`
// blocks and an optional `policy_pack` block naming its version.
import type { Loc, Model, SourceFile } from '../model/types';
import { buildModel } from '../model/build';
import { compilePolicy, type CompiledPolicy, type PolicyProblem } from './compile';

export type PackLoad = { ok: true; root: string; files: SourceFile[] } | { ok: false; message: string };
/** Reads and parses the pack a `policy_packs` entry names, relative to the model's folder. */
export type PackLoader = (modelRoot: string, spec: string) => PackLoad;

/** A pack as loaded for one model: its own model (for its diagnostics) and where it was named. */
export interface LoadedPack { spec: string; root: string; model: Model; name?: string; version?: string }

export interface ModelPolicies {
  policies: CompiledPolicy[];
  packs: LoadedPack[];
  problems: PolicyProblem[];
}

/** At most this many packs per model: a review block is configuration, not a package manager. */
export const MAX_PACKS = 32;

export function collectPolicies(model: Model, loader?: PackLoader, extra: string[] = []): ModelPolicies {
  const problems: PolicyProblem[] = [];
  const policies: CompiledPolicy[] = [];
  const packs: LoadedPack[] = [];
  const ids = new Map<string, Loc>();
  const add = (list: CompiledPolicy[] | PolicyProblem[]) => {
    for (const x of list) {
      if (!('meta' in x)) { problems.push(x); continue; }
      const first = ids.get(x.id);
      if (first) {
        problems.push({ policy: x.id, loc: { file: x.block.file, range: x.block.nameRange ?? x.block.typeRange },
          message: `Policy ${x.id} is defined twice (first in ${first.file}); the second is not run.` });
        continue;
      }
      ids.set(x.id, x.block.headLoc);
      policies.push(x);
    }
  };
  for (const b of model.policies) {
    const c = compilePolicy(b, model);
    add(Array.isArray(c) ? c : [c]);
  }
  const specs = model.review?.prop('policy_packs');
  const values = [...(model.review?.strs('policy_packs') ?? []), ...extra];
  if (values.length > 0) {
    const loc: Loc = specs?.loc ?? model.agent?.headLoc ?? { file: model.files[0]?.file ?? model.root, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    if (!loader) {
      problems.push({ loc, message: 'Policy packs cannot be loaded here (no file access); only the policies written in the model run.' });
    } else {
      for (const spec of values.slice(0, MAX_PACKS)) {
        const r = loader(model.root, spec);
        if (!r.ok) {
          problems.push({ loc, message: `Policy pack "${spec}" could not be loaded: ${r.message}` });
          continue;
        }
        const packModel = buildModel(r.root, r.files);
        const meta = packModel.policyPack;
        const pack = { name: meta?.name ?? spec, version: meta?.str('version') };
        packs.push({ spec, root: r.root, model: packModel, ...pack });
        if (packModel.policies.length === 0) problems.push({ loc, message: `Policy pack "${spec}" (${r.root}) has no policy blocks.` });
        for (const b of packModel.policies) {
          const c = compilePolicy(b, packModel, pack);
          add(Array.isArray(c) ? c : [c]);
        }
      }
      if (values.length > MAX_PACKS) problems.push({ loc, message: `Only the first ${MAX_PACKS} policy packs are loaded.` });
    }
  }
  return { policies, packs, problems };
}
