// `ringside report PATH --format html|svg|md|mermaid`: the design map and review report of one
// model. Kept apart from `check` so the two commands can evolve separately; commands/report.ts
// parses the options. Exit 0 when the report was written (findings do not fail it), 2 on usage or
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

export type ReportFormat = 'html' | 'svg' | 'md' | 'mermaid';
const FORMATS: ReportFormat[] = ['html', 'svg', 'md', 'mermaid'];

export interface ReportArgs { paths: string[]; format: ReportFormat; output?: string; today?: string; maxComponents?: number }

export const REPORT_FORMATS: readonly ReportFormat[] = FORMATS;

/** sha256 over the model's files, each as its path relative to the model folder and its text. */
export function modelHash(root: string, files: { file: string; text: string }[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    h.update(path.relative(root, f.file).split(path.sep).join('/')).update('\0').update(f.text).update('\0');
  }
  return h.digest('hex');
}

/** Writes the report of one model; the options are parsed by the command table (commands/report.ts). */
export async function runReport(args: ReportArgs, io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }): Promise<number> {
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
