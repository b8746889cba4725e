// `ringside` command-line entry: the table of subcommands and the dispatch. Exit 0: nothing at or
// above the fail-on level; 1: something is; 2: usage or I/O problems. No stack traces reach the
// user; each error is printed once, on standard error.
import * as path from 'node:path';
import { BrokenPipeError, EXIT_BROKEN_PIPE, streamWriter } from './output';
import { VERSION } from '../version';
import { didYouMean, suggest } from '../model/suggest';
import { EXIT, type Command } from './command';
import { optionHelp, parseCommandLine, UsageError } from './options';
import { painter, wantColor, type Io } from './io';
import { checkCommand, ReportError } from './commands/check';
import { diffCommand } from './commands/diff';
import { explainCommand, rulesCommand } from './commands/rules';
import { initCommand } from './commands/init';
import { fmtCommand } from './commands/fmt';
import { policyDocsCommand, testPoliciesCommand } from './commands/policies';
import { reportCommand } from './commands/report';

/** Every subcommand, in the order `ringside --help` lists them. Add new ones here. */
export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  diff: diffCommand,
  init: initCommand,
  fmt: fmtCommand,
  rules: rulesCommand,
  explain: explainCommand,
  'test-policies': testPoliciesCommand,
  'policy-docs': policyDocsCommand,
  report: reportCommand,
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  return `Usage: ringside <command> [options]

Reviews where the parts of an endpoint-security agent run, from designs written in *.ringside files.

Commands:
${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}${c.summary}`).join('\n')}

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
    const c = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    io.stdout(c ? commandHelp(c) : mainHelp() + '\n');
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
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

// Only as the `ringside` bin (server/dist/cli.js): bundles that import run() — tests, the fuzz
// tool — are their own require.main and must not run the CLI on their own arguments.
if (require.main === module && path.basename(__filename) === 'cli.js') {
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
  run(process.argv.slice(2), io)
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
