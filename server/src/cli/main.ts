// `ringside` command-line entry: the table of subcommands and the dispatch. Exit 0: nothing at or
// above the fail-on level; 1: something is; 2: usage or I/O problems. No stack traces reach the
// user; each error is printed once, on standard error.
import { BrokenPipeError, EXIT_BROKEN_PIPE, streamWriter } from './output';
import { VERSION } from '../version';
import { didYouMean, suggest } from '../model/suggest';
import { EXIT, ReportError, type Command, type CommandName } from './command';
import { optionHelp, parseCommandLine, UsageError } from './options';
import { painter, wantColor, type Io } from './io';
import type * as Check from './commands/check';
import type * as Diff from './commands/diff';
import type * as Rules from './commands/rules';
import type * as Init from './commands/init';
import type * as Fmt from './commands/fmt';
import type * as Policies from './commands/policies';
import type * as Report from './commands/report';

/**
 * Every subcommand, in the order `ringside --help` lists them. Add new ones here and to
 * COMMAND_NAMES (command.ts). Each command's module is loaded only when that command runs (or help
 * lists them all): a fresh `ringside check` then initialises the check and nothing else (cold
 * start, docs/performance.md).
 */
export const COMMANDS: Record<CommandName, () => Command> = {
  check: () => (require('./commands/check') as typeof Check).checkCommand,
  diff: () => (require('./commands/diff') as typeof Diff).diffCommand,
  init: () => (require('./commands/init') as typeof Init).initCommand,
  fmt: () => (require('./commands/fmt') as typeof Fmt).fmtCommand,
  rules: () => (require('./commands/rules') as typeof Rules).rulesCommand,
  explain: () => (require('./commands/rules') as typeof Rules).explainCommand,
  'test-policies': () => (require('./commands/policies') as typeof Policies).testPoliciesCommand,
  'policy-docs': () => (require('./commands/policies') as typeof Policies).policyDocsCommand,
  report: () => (require('./commands/report') as typeof Report).reportCommand,
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  return `Usage: ringside <command> [options]

Reviews where the parts of an endpoint-security agent run, from designs written in *.ringside files.

Commands:
${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}${c().summary}`).join('\n')}

Run \`ringside <command> --help\` for a command's options; \`ringside --version\` prints the version.
Exit codes: 0 no finding at or above the fail-on level, 1 at least one, 2 usage or I/O problem.`;
}

export function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.description}\n\nOptions:\n${optionHelp(c.options)}\n`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help') { io.stdout(mainHelp() + '\n'); return EXIT.ok; }
  if (name === '--version' || name === '-v' || name === 'version') { io.stdout(`ringside ${VERSION}\n`); return EXIT.ok; }
  if (name === 'help') {
    const c = rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0]) ? COMMANDS[rest[0] as CommandName]() : undefined;
    io.stdout(c ? commandHelp(c) : mainHelp() + '\n');
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName]() : undefined;
  if (!command) {
    const what = name.startsWith('-') ? `a command comes first, not the option \`${name}\`` : `unknown command \`${name}\`.${didYouMean(suggest(name, Object.keys(COMMANDS)))}`;
    io.stderr(`ringside: ${what}\nRun \`ringside --help\` for the list of commands.\n`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseCommandLine(name, command.options, rest);
    if (values.help) { io.stdout(commandHelp(command)); return EXIT.ok; }
    const color = wantColor({ color: !!values.color, noColor: !!values['no-color'] }, io);
    return await command.run({ values, positionals, io, color, paint: painter(color), quiet: !!values.quiet });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`ringside ${name}: ${e.message}\nRun \`ringside ${name} --help\` for its options.\n`);
      return EXIT.usage;
    }
    if (e instanceof ReportError) {
      io.stderr(`ringside ${name}: ${e.message}\n`);
      return e.code;
    }
    throw e;
  }
}

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/**
 * Runs the CLI as the `ringside` executable on this process's arguments and standard streams.
 * Called by bin.ts (server/dist/cli.js), which loads this bundle (cli-core.js); bundles that import
 * run() — tests, the fuzz tool — never run the CLI on their own arguments.
 */
export function runAsBin(argv: string[]): void {
  // Standard output through a writer that turns a closed pipe (`ringside … | head`) into a quiet
  // exit 141 instead of an EPIPE stack trace (issue 10).
  const stdout = streamWriter(process.stdout);
  const io: Io = {
    stdout: (s) => { stdout.write(s).catch(() => { /* seen by end() below */ }); },
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    stdoutColors: !!process.stdout.isTTY && process.stdout.hasColors?.() === true,
    readStdin,
  };
  run(argv, io)
    .then(async (code) => {
      await stdout.end();
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      if (e instanceof BrokenPipeError) {
        process.exitCode = EXIT_BROKEN_PIPE;
        return;
      }
      process.stderr.write(`ringside: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    });
}

export { restoreStartupFlags } from './startup';
