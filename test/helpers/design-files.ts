// Every design file in the repository. Fixtures and examples may appear while others work, so the
// list is read at run time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './parser';

/** The `.ringside` files under `folders` (relative to the repository), sorted by path. */
export function designFiles(folders = ['examples', path.join('test', 'fixtures'), path.join('test', 'grammar')]): string[] {
  const root = repoRoot();
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ringside')) out.push(p);
    }
  };
  for (const d of folders) walk(path.join(root, d));
  return out.sort();
}
