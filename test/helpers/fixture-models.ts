// Fixture discovery shared by the fixture and quick-fix tests: a folder named `*.model` is one
// multi-file model; any other `.ringside` file is a model on its own.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FixtureModel { name: string; files: string[] }

export function collectFixtureModels(dir: string, out: FixtureModel[] = []): FixtureModel[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name.endsWith('.model')) {
      out.push({ name: p, files: fs.readdirSync(p).filter((f) => f.endsWith('.ringside')).sort().map((f) => path.join(p, f)) });
    } else if (entry.isDirectory()) collectFixtureModels(p, out);
    else if (entry.name.endsWith('.ringside')) out.push({ name: p, files: [p] });
  }
  return out;
}
