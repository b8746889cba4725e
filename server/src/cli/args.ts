// Command-line parsing for `ringside`. Hand-written: the surface is small and every mistake
// must become a one-line usage error (exit 2), never a stack trace.

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'never';

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: Format;
  output?: string;
  explain: boolean;
  showWaived: boolean;
  failOn?: FailOn;
  today?: string;
  color: boolean;
}

export type Args = CheckArgs | { command: 'help' } | { command: 'version' } | { command: 'rules' }
  | { command: 'test-policies'; paths: string[]; today?: string } | { command: 'policy-docs'; path: string; output?: string };

export class UsageError extends Error {}

export const USAGE = `Usage: ringside check [PATH...] [options]

Checks Ringside design models. A folder is one model made of its *.ringside files;
files named together from one folder form one model of exactly those files.
PATH defaults to the current folder.

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of standard output
  --explain                  text output: show the facts and flow path behind each finding
  --show-waived              text output: also list findings accepted by a waiver
  --fail-on error|warning|never
                             lowest severity that makes the exit code 1
                             (default: the model's review.fail_on, else error)
  --today YYYY-MM-DD         date used for waiver expiry (default: today, UTC)
  --no-color                 plain text output
  -h, --help                 show this help
  --version                  show the version

Other commands:
  ringside rules             list the rules
  ringside test-policies PACK...
                             run each policy pack's fixtures (PACK/tests/**) against
                             their # expect: comments
  ringside policy-docs PACK [--output FILE]
                             write the pack's documentation page (Markdown)

Exit codes: 0 no finding at or above the fail-on level, 1 at least one, 2 usage or I/O problem.`;

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0) return { command: 'help' };
  const [cmd, ...rest] = argv;
  if (cmd === '-h' || cmd === '--help' || cmd === 'help') return { command: 'help' };
  if (cmd === '--version' || cmd === '-v') return { command: 'version' };
  if (cmd === 'rules') return { command: 'rules' };
  if (cmd === 'test-policies') {
    const paths = rest.filter((a) => !a.startsWith('-'));
    const bad = rest.find((a) => a.startsWith('-'));
    if (bad) throw new UsageError(`unknown option \`${bad}\` for test-policies`);
    if (paths.length === 0) throw new UsageError('test-policies needs the folder of a policy pack');
    return { command: 'test-policies', paths };
  }
  if (cmd === 'policy-docs') {
    const o = rest.indexOf('--output');
    const output = o >= 0 ? rest[o + 1] : undefined;
    if (o >= 0 && output === undefined) throw new UsageError('--output needs a value');
    const paths = rest.filter((a, i) => !a.startsWith('-') && (o < 0 || i !== o + 1));
    if (paths.length !== 1) throw new UsageError('policy-docs needs exactly one policy pack folder');
    return { command: 'policy-docs', path: paths[0], output };
  }
  if (cmd !== 'check') throw new UsageError(`unknown command \`${cmd}\`; try \`ringside check\``);
  const out: CheckArgs = { command: 'check', paths: [], format: 'text', explain: false, showWaived: false, color: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not \`${v}\``);
        out.format = v;
        break;
      }
      case '--output': case '-o': out.output = value(); break;
      case '--explain': out.explain = true; break;
      case '--show-waived': out.showWaived = true; break;
      case '--color': out.color = true; break;
      case '--no-color': out.color = false; break;
      case '--fail-on': {
        const v = value();
        if (v !== 'error' && v !== 'warning' && v !== 'never') throw new UsageError(`--fail-on must be error, warning or never, not \`${v}\``);
        out.failOn = v;
        break;
      }
      case '--today': {
        const v = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--today takes a date YYYY-MM-DD, not \`${v}\``);
        out.today = v;
        break;
      }
      case '-h': case '--help': return { command: 'help' };
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option \`${a}\``);
        out.paths.push(a);
    }
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}
