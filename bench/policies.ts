// `npm run bench:policies`: the cost of organisation policies next to the built-in rules, on the
// benchmark model of 1,000 components (bench/generate.ts) with 50 policies of the shapes teams
// write: attribute tests, flows, blast radius, deployments reaching an element, and one macro over
// the model per policy family. A benchmark, not a test: it prints figures and exits 0.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { createParser, wasmPathsIn } from '../server/src/syntax/parser';
import { parseSource } from '../server/src/model/source';
import { checkSources } from '../server/src/check';
import { generateModel } from './generate';

const RUNS = Number(process.env.RINGSIDE_BENCH_RUNS ?? 7);
const COMPONENTS = Number(process.env.RINGSIDE_BENCH_POLICY_COMPONENTS ?? 1000);

const SHAPES: [string, string][] = [
  ['component', "self.privileged && self.context.language in ['c', 'cpp'] && !('fuzzing' in self.evidence_all)"],
  ['component', "self.flows.exists(f, f.source == 'cloud_rapid_content' && f.form == 'raw')"],
  ['component', "self.blast_radius.crash in ['host', 'host_every_boot'] && self.bounds_checks == null"],
  ['component', "self.deployments.exists(d, d.rollout == 'global')"],
  ['context', "self.privileged && self.hvci_compatible != true"],
  ['context', "self.components.exists(c, 'content_interpreter' in c.kinds) && self.privileged"],
  ['deployment', "self.reaches.exists(c, c.privileged) && size(self.health_gate) == 0"],
  ['input', "self.flows.exists(f, f.form == 'unspecified') && self.signed != true"],
  ['channel', "self.acl == null || self.caller_verification == 'none'"],
  ['component', "self.name.startsWith('comp_9') && self.kinds.exists(k, k.startsWith('sensor.'))"],
];

function policies(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const [type, cond] = SHAPES[i % SHAPES.length];
    out.push(`policy "BENCH${String(i).padStart(3, '0')}" {`, `  title      = "bench ${i}"`, '  severity   = "warning"', `  applies_to = "${type}"`,
      `  condition  = ${JSON.stringify(cond)}`, '  message    = "{self.name} matched"', '}', '');
  }
  return out.join('\n');
}

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

async function main() {
  let root = __dirname;
  while (!fs.existsSync(path.join(root, 'esbuild.mjs')) && path.dirname(root) !== root) root = path.dirname(root);
  const parser = await createParser(wasmPathsIn(path.join(root, 'server', 'dist')));
  const model = generateModel(COMPONENTS);
  const pol = policies(50);
  const time = (files: [string, string][]) => {
    const xs: number[] = [];
    let findings = 0;
    for (let i = 0; i < RUNS; i++) {
      const sources = files.map(([f, t]) => parseSource(parser, f, t));
      const t0 = performance.now();
      const r = checkSources('/bench', sources, { today: '2026-01-15' });
      xs.push(performance.now() - t0);
      findings = r.findings.length;
      const broken = r.findings.find((f) => f.ruleId === 'RS-POLICY');
      if (broken) throw new Error(`a benchmark policy failed: ${broken.message}`);
    }
    return { ms: median(xs), findings };
  };
  const builtIn = time([['bench.ringside', model]]);
  const withPolicies = time([['bench.ringside', model], ['policies.ringside', pol]]);
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`policies: ${COMPONENTS} components, median of ${RUNS} runs (load average ${load})`);
  console.log(`  built-in rules only:          ${builtIn.ms.toFixed(1)} ms (${builtIn.findings} findings)`);
  console.log(`  built-in rules + 50 policies: ${withPolicies.ms.toFixed(1)} ms (${withPolicies.findings} findings)`);
  console.log(`  50 policies cost:             ${(withPolicies.ms - builtIn.ms).toFixed(1)} ms, ${((withPolicies.ms - builtIn.ms) / 50).toFixed(2)} ms per policy`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
