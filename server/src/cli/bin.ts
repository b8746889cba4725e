// The `ringside` executable (server/dist/cli.js, the npm package's bin): loads the CLI bundle
// beside it, cli-core.js (main.ts and everything a command needs), through V8's code cache
// (compile-cache.ts), and runs it. Kept this small because it is compiled on every start.
import * as path from 'node:path';
import { COMMAND_NAMES } from './command';
import { loadWithCompileCache } from './compile-cache';
import type * as Core from './main';

let core: typeof Core | undefined;
const command = process.argv[2];
core = loadWithCompileCache(path.join(__dirname, 'cli-core.js'), {
  // One cache per command (each runs other functions); anything else shares one.
  command: (COMMAND_NAMES as readonly string[]).includes(command) ? command : undefined,
  beforeSave: () => {
    core?.restoreStartupFlags();
    // Help or a usage problem (exit 2) runs little of the command: no cache from that.
    return (process.exitCode === 0 || process.exitCode === 1) && !process.argv.some((a) => a === '-h' || a === '--help');
  },
}) as typeof Core;
core.runAsBin(process.argv.slice(2));
