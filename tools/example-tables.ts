// `npm run examples:tables`: rewrites the generated property table in every example README that
// has the markers (see example-properties.ts). `--check` only reports stale tables (exit 1).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createParser, wasmPathsIn } from '../server/src/syntax/parser';
import { propertyTable, withTable } from './example-properties';

(async () => {
  const root = process.cwd();
  const parser = await createParser(wasmPathsIn(path.join(root, 'server', 'dist')));
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const name of fs.readdirSync(path.join(root, 'examples')).sort()) {
    const dir = path.join(root, 'examples', name);
    const readmePath = path.join(dir, 'README.md');
    if (!fs.existsSync(readmePath)) continue;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ringside')).map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
    const readme = fs.readFileSync(readmePath, 'utf8');
    const next = withTable(readme, propertyTable(parser, files));
    if (next === undefined || next === readme) continue;
    stale++;
    if (check) console.log(`stale: examples/${name}/README.md`);
    else { fs.writeFileSync(readmePath, next); console.log(`wrote examples/${name}/README.md`); }
  }
  if (check && stale > 0) process.exit(1);
})();
