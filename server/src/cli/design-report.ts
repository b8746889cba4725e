// `ringside report PATH --format html|svg|md|mermaid`: the design map and review report of one
// model. Kept apart from `check` so the two commands can evolve separately; main.ts only
// dispatches here. Exit 0 when the report was written (findings do not fail it), 2 on usage or
// I/O problems.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { createParser, wasmPathsIn } from '../syntax/parser';
import { loadModels } from '../model/load';
import { checkInput, todayUtc } from '../check';
import { buildMapGraph } from '../map/graph';
import { layoutMap } from '../map/layout';
import { renderSvg } from '../map/render-svg';
import { mermaidDiagram } from '../map/mermaid';
import { reportHtml, reportMarkdown } from '../map/report';
import { VERSION } from '../version';

type ReportFormat = 'html' | 'svg' | 'md' | 'mermaid';
const FORMATS: ReportFormat[] = ['html', 'svg', 'md', 'mermaid'];

export const REPORT_USAGE = `Usage: ringside report [PATH...] [options]

Writes the design map and review report of one model (a folder, or files of one folder).

Options:
  --format html|svg|md|mermaid  html: one self-contained page (map, findings, blast radius,
                                waivers, rules); svg: the map alone; md: Markdown with a
                                Mermaid diagram; mermaid: the diagram alone (default: html)
  --output FILE                 write to FILE instead of standard output
  --today YYYY-MM-DD            date used for waiver expiry (default: today, UTC)
  --max-components N            above N components, draw contexts collapsed (default 300)
  -h, --help                    show this help`;

interface ReportArgs { paths: string[]; format: ReportFormat; output?: string; today?: string; maxComponents?: number }

class ReportUsageError extends Error {}

function parseReportArgs(argv: string[]): ReportArgs | 'help' {
  const out: ReportArgs = { paths: [], format: 'html' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ReportUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v as ReportFormat)) throw new ReportUsageError(`--format must be html, svg, md or mermaid, not \`${v}\``);
        out.format = v as ReportFormat;
        break;
      }
      case '--output': case '-o': out.output = value(); break;
      case '--today': {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new ReportUsageError(`--today takes a date YYYY-MM-DD, not \`${v}\``);
        out.today = v;
        break;
      }
      case '--max-components': {
        const v = value();
        if (!/^\d{1,6}$/.test(v)) throw new ReportUsageError(`--max-components takes a whole number, not \`${v}\``);
        out.maxComponents = Number(v);
        break;
      }
      case '-h': case '--help': return 'help';
      default:
        if (a.startsWith('-') && a !== '-') throw new ReportUsageError(`unknown option \`${a}\``);
        out.paths.push(a);
    }
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}

/** sha256 over the model's files, each as its path relative to the model folder and its text. */
export function modelHash(root: string, files: { file: string; text: string }[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    h.update(path.relative(root, f.file).split(path.sep).join('/')).update('\0').update(f.text).update('\0');
  }
  return h.digest('hex');
}

export async function runReport(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
  let args: ReportArgs | 'help';
  try {
    args = parseReportArgs(argv);
  } catch (e) {
    if (e instanceof ReportUsageError) { io.stderr(`ringside report: ${e.message}\n${REPORT_USAGE.split('\n')[0]}\n`); return 2; }
    throw e;
  }
  if (args === 'help') { io.stdout(REPORT_USAGE + '\n'); return 0; }
  const { models, problems } = loadModels(args.paths.map((p) => path.resolve(io.cwd, p)));
  for (const p of problems) io.stderr(`ringside report: ${path.relative(io.cwd, p.path) || p.path}: ${p.message}\n`);
  if (problems.length) return 2;
  if (models.length !== 1) {
    io.stderr(`ringside report: give the files of exactly one model (one folder); these paths make ${models.length}\n`);
    return 2;
  }
  const input = models[0];
  const parser = await createParser(wasmPathsIn(__dirname));
  const now = new Date();
  const today = args.today ?? todayUtc(now);
  const result = checkInput(parser, input, { today });
  const graph = buildMapGraph(result, { maxComponents: args.maxComponents });
  const meta = {
    generated: args.today ? `${args.today}T00:00:00Z` : now.toISOString().replace(/\.\d+Z$/, 'Z'),
    modelHash: modelHash(input.root, input.files.map((f) => ({ file: f.file, text: f.text }))),
    version: VERSION,
    where: (loc: { file: string; range: { start: { line: number; character: number } } }) =>
      `${path.relative(io.cwd, loc.file) || loc.file}:${loc.range.start.line + 1}:${loc.range.start.character + 1}`,
  };
  let text: string;
  if (args.format === 'mermaid') text = mermaidDiagram(graph);
  else if (args.format === 'md') text = reportMarkdown(result, graph, meta);
  else {
    const layout = await layoutMap(graph);
    text = args.format === 'svg' ? renderSvg(layout, { inlineStyle: true }) + '\n' : reportHtml(result, graph, layout, meta);
  }
  if (args.output) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, args.output), text);
    } catch (e) {
      io.stderr(`ringside report: cannot write ${args.output}: ${(e as Error).message}\n`);
      return 2;
    }
  } else io.stdout(text);
  return 0;
}
