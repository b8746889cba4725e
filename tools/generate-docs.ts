// `npm run docs`: writes the generated documentation into the repository.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatedDocs } from '../server/src/docs/generate';

const root = process.cwd();
for (const [rel, text] of generatedDocs()) {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}
console.log(`wrote ${generatedDocs().size} files under docs/`);
