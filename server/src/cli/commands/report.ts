// `ringside report [PATH...] --format html|svg|md|mermaid`: the design map and review report of
// one model (the work lives in ../design-report.ts).
import { EXIT, str, type Command } from '../command';
import { UsageError } from '../options';
import { REPORT_FORMATS, runReport, type ReportFormat } from '../design-report';
import { readDate } from './check';

export const reportCommand: Command = {
  summary: 'write the design map and review report of one model (HTML, SVG, Markdown, Mermaid)',
  usage: 'ringside report [PATH...] [--format html|svg|md|mermaid] [--output FILE]',
  description: `Writes the design map and review report of one model (a folder, or files of one folder).
html: one self-contained page (map, findings, blast radius, waivers, rules); svg: the map alone;
md: Markdown with a Mermaid diagram that GitHub renders; mermaid: the diagram alone. Findings do not
fail the command: it exits 0 when the report was written, 2 on usage or I/O problems.`,
  options: {
    format: { type: 'string', short: 'f', choices: REPORT_FORMATS, help: 'what to write (default: html)' },
    output: { type: 'string', short: 'o', value: 'FILE', help: 'write to FILE instead of standard output' },
    today: { type: 'string', value: 'YYYY-MM-DD', help: 'date used for waiver expiry (default: today, UTC)' },
    'max-components': { type: 'string', value: 'N', help: 'above N components, draw contexts collapsed (default 300)' },
  },
  async run(ctx) {
    const max = str(ctx.values['max-components']);
    if (max !== undefined && !/^\d{1,6}$/.test(max)) throw new UsageError(`--max-components takes a whole number, not \`${max}\``);
    const today = str(ctx.values.today);
    const code = await runReport({
      paths: ctx.positionals.length ? ctx.positionals : ['.'],
      format: (str(ctx.values.format) ?? 'html') as ReportFormat,
      output: str(ctx.values.output),
      today: today === undefined ? undefined : readDate(today),
      maxComponents: max === undefined ? undefined : Number(max),
    }, ctx.io);
    return code === 0 ? EXIT.ok : EXIT.usage;
  },
};
