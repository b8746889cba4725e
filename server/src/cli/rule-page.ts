// Where a rule's page lives for CLI and SARIF readers: docs/rules/<id>.md of the installed package
// (generated from the rule registry, shipped next to the bundles). The series link stays in the
// help text; the link itself is the page, which links on to the series and the sources.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

let root: string | null | undefined;

/** The package's docs/rules folder: walked up to from the running bundle (server/dist, out/test/…). */
function rulesDir(): string | null {
  if (root !== undefined) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(path.join(candidate, 'README.md'))) return (root = candidate);
    if (path.dirname(dir) === dir) return (root = null);
  }
}

/** A file URL of the rule's page, or undefined when the docs are not installed with the CLI. */
export function rulePageUrl(id: string): string | undefined {
  const dir = rulesDir();
  if (!dir) return undefined;
  const file = path.join(dir, `${id}.md`);
  return fs.existsSync(file) ? pathToFileURL(file).href : undefined;
}
