// `ringside fmt [--check] [PATH...]`: the editor's canonical formatter over files and folders.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatText as formatSource } from '../../format/formatter';
import { designFilesIn, readDesignFile, decodeDesignBytes } from '../../model/load';
import { EXIT, type Command } from '../command';
import { cliParser } from '../analyze';
import { modelFoldersUnder } from '../discover';

export const fmtCommand: Command = {
  summary: 'format *.ringside files the way the editor does',
  usage: 'ringside fmt [--check] [PATH...]',
  description: `Rewrites design files in the canonical layout (the formatter the editor uses; it only ever
changes whitespace). Folders are searched like \`check\` searches them; \`-\` formats standard input
to standard output. With --check nothing is written: the files that would change are listed and
the exit code is 1 when there is any. Files with syntax errors are reported and left alone (exit 2).`,
  options: {
    check: { type: 'boolean', help: 'list files that are not formatted and exit 1 if any; change nothing' },
  },
  async run(ctx) {
    const { io } = ctx;
    const parser = await cliParser();
    const paths = ctx.positionals.length ? ctx.positionals : ['.'];
    let unformatted = 0, failed = 0;
    const fail = (p: string, msg: string) => { failed++; io.stderr(`ringside fmt: ${p}: ${msg}\n`); };

    for (const given of paths) {
      if (given === '-') {
        const r = decodeDesignBytes(await io.readStdin());
        if (!r.ok) { fail('<stdin>', r.message); continue; }
        const f = formatSource(parser, r.text);
        if (!f.ok) { fail('<stdin>', f.reason); continue; }
        if (ctx.values.check) { if (f.text !== r.text) { unformatted++; io.stdout('<stdin>\n'); } } else io.stdout(f.text);
        continue;
      }
      for (const file of filesOf(given, io.cwd, fail)) {
        const abs = path.resolve(io.cwd, file);
        const r = readDesignFile(abs);
        if (!r.ok) { fail(file, r.message); continue; }
        const f = formatSource(parser, r.text);
        if (!f.ok) { fail(file, f.reason); continue; }
        if (f.text === r.text) continue;
        unformatted++;
        if (ctx.values.check) { io.stdout(`${file}\n`); continue; }
        try { fs.writeFileSync(abs, f.text); } catch (e) { fail(file, `cannot write: ${(e as Error).message}`); continue; }
        if (!ctx.quiet) io.stdout(`formatted ${file}\n`);
      }
    }
    if (failed) return EXIT.usage;
    return ctx.values.check && unformatted ? EXIT.findings : EXIT.ok;
  },
};

/** The design files a path names, as the user would write them. */
function filesOf(given: string, cwd: string, fail: (p: string, msg: string) => void): string[] {
  const abs = path.resolve(cwd, given);
  let stat: fs.Stats;
  try { stat = fs.statSync(abs); } catch { fail(given, 'no such file or folder'); return []; }
  if (!stat.isDirectory()) return [given];
  const found = modelFoldersUnder(abs);
  if (found.error) { fail(given, found.error); return []; }
  if (found.folders.length === 0) { fail(given, 'no .ringside files in this folder or below it'); return []; }
  return found.folders.flatMap((d) => designFilesIn(d).map((f) => path.join(given, path.relative(abs, f))));
}
