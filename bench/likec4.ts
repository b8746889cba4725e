// LikeC4 side by side: the same shape of model (contexts of ten components, an input and a
// deployment per context, a link between neighbouring contexts) validated by `likec4 validate`
// and checked by `ringside check`, each as a fresh process on the same folder size. LikeC4 is not
// a dependency of the project: set RINGSIDE_LIKEC4 to its executable (for example after
// `npm install --prefix /tmp/likec4 likec4`), or have `likec4` on the PATH; otherwise skipped.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { HclParser } from '../server/src/syntax/parser';
import { generateModel } from './generate';

function findLikec4(): string | undefined {
  const env = process.env.RINGSIDE_LIKEC4;
  if (env) return fs.existsSync(env) ? env : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'likec4');
    if (dir && fs.existsSync(p)) return p;
  }
  return undefined;
}

/** A LikeC4 model of the same elements and relations as `generateModel(components)`. */
export function generateLikec4(components: number): string {
  const out = ['specification {', '  element agent', '  element context', '  element component', '  element input', '  element deployment', '}', '', 'model {',
    "  bench = agent 'bench' {", "    description 'generated for the benchmark'", '  }'];
  const contexts = Math.ceil(components / 10);
  const rel: string[] = [];
  for (let c = 0; c < contexts; c++) {
    const kernel = c % 2 === 0;
    out.push(`  ctx_${c} = context 'ctx_${c}' {`, `    technology '${kernel ? 'kernel_driver' : 'protected_service'}'`);
    for (let k = 0; k < 10 && c * 10 + k < components; k++) {
      const id = c * 10 + k;
      out.push(`    comp_${id} = component 'comp_${id}' {`, `      technology '${kernel ? 'sensor.process_callback' : 'content_interpreter'}'`, "      description 'generated for the benchmark'", '    }');
      if (!kernel) rel.push(`  content_${c} -> comp_${id} 'consumes'`);
    }
    out.push('  }', `  content_${c} = input 'content_${c}' {`, "    technology 'signature_db'", '  }', `  deploy_${c} = deployment 'deploy_${c}'`);
    rel.push(`  deploy_${c} -> content_${c} 'delivers'`);
    if (c > 0) rel.push(`  comp_${(c - 1) * 10} -> comp_${c * 10} 'filter_port'`);
  }
  out.push(...rel, '}', '', 'views {', '  view index {', '    include *', '  }', '}', '');
  return out.join('\n');
}

function time(cmd: string, args: string[], cwd: string): { ms: number; ok: boolean; err: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { ms: performance.now() - t0, ok: r.status === 0, err: r.stderr?.toString().slice(0, 400) ?? '' };
}

export async function likec4SideBySide(_parser: HclParser, sizes: number[], runs: number): Promise<{ skipped?: string; lines: string[] }> {
  const likec4 = findLikec4();
  if (!likec4) return { skipped: 'likec4 is not installed (it is not a dependency; set RINGSIDE_LIKEC4 to its executable, e.g. after `npm install --prefix /tmp/likec4 likec4`)', lines: [] };
  const cli = path.join(__dirname, '..', '..', 'server', 'dist', 'cli.js');
  const version = spawnSync(likec4, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const lines = [`LikeC4 ${version} side by side (fresh processes, median of ${runs}):`, '', '| components | likec4 validate | ringside check | LikeC4 / Ringside |', '|---|---|---|---|'];
  for (const size of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringside-likec4-'));
    try {
      fs.mkdirSync(path.join(dir, 'c4'));
      fs.mkdirSync(path.join(dir, 'rs'));
      fs.writeFileSync(path.join(dir, 'c4', 'model.c4'), generateLikec4(size));
      fs.writeFileSync(path.join(dir, 'rs', 'model.ringside'), generateModel(size));
      const a: number[] = [], b: number[] = [];
      for (let i = 0; i < runs; i++) {
        const l = time(likec4, ['validate', '--no-layout', '.'], path.join(dir, 'c4'));
        if (!l.ok) return { skipped: `likec4 validate failed on the generated model: ${l.err}`, lines: [] };
        a.push(l.ms);
        b.push(time(process.execPath, [cli, 'check', '.', '--fail-on', 'never'], path.join(dir, 'rs')).ms);
      }
      const [ma, mb] = [median(a), median(b)];
      lines.push(`| ${size.toLocaleString('en-US')} | ${ma.toFixed(0)} ms | ${mb.toFixed(0)} ms | ${(ma / mb).toFixed(1)}× |`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return { lines };
}

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
