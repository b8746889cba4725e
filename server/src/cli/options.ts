// Command-line options: every command declares its options once, as data. node:util.parseArgs
// does the parsing (strict, so unknown options fail); this module turns its errors into one-line
// usage errors with a did-you-mean, checks enumerated values, and prints help from the same table.
import { parseArgs } from 'node:util';
import { didYouMean, suggest } from '../model/suggest';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in help for a string option (`FILE`, `REF`). */
  value?: string;
  /** Allowed values of a string option. */
  choices?: readonly string[];
  help: string;
}

export type OptionTable = Record<string, OptionSpec>;
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export class UsageError extends Error {}

/** Options every command takes. */
export const COMMON_OPTIONS: OptionTable = {
  help: { type: 'boolean', short: 'h', help: 'show help for the command' },
  quiet: { type: 'boolean', short: 'q', help: 'print only findings and errors (no summary or progress lines)' },
  color: { type: 'boolean', help: 'colour the text output (default: on a terminal, unless NO_COLOR is set)' },
  'no-color': { type: 'boolean', help: 'plain text output' },
};

export function parseCommandLine(command: string, table: OptionTable, argv: string[]): { values: OptionValues; positionals: string[] } {
  const all = { ...COMMON_OPTIONS, ...table };
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, o] of Object.entries(all)) options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(explainParseError(command, all, e as Error & { code?: string }));
  }
  const values = parsed.values as OptionValues;
  for (const [name, o] of Object.entries(all)) {
    const v = values[name];
    if (o.choices && typeof v === 'string' && !o.choices.includes(v)) {
      throw new UsageError(`--${name} must be ${listOr(o.choices)}, not \`${v}\`.${didYouMean(suggest(v, o.choices))}`);
    }
  }
  return { values, positionals: parsed.positionals };
}

function explainParseError(command: string, table: OptionTable, e: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const names = Object.entries(table).flatMap(([n, o]) => [`--${n}`, ...(o.short ? [`-${o.short}`] : [])]);
    const flag = quoted.split('=')[0];
    return `unknown option \`${flag}\` for \`ringside ${command}\`.${didYouMean(suggest(flag, names.filter((n) => n.startsWith('--'))))}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = quoted.split(' ')[0].replace(/^-\w, /, '');
    const name = flag.replace(/^--/, '');
    const o = table[name];
    if (o?.type === 'string') return `${flag} needs a value${o.choices ? ` (${listOr(o.choices)})` : o.value ? ` (${o.value})` : ''}`;
    return `${flag} takes no value`;
  }
  return e.message;
}

function listOr(xs: readonly string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;
}

/** The options block of a command's help, generated from its table. */
export function optionHelp(table: OptionTable): string {
  const rows = Object.entries({ ...table, ...COMMON_OPTIONS }).map(([name, o]) => {
    const value = o.type === 'string' ? ` ${o.choices ? o.choices.join('|') : o.value ?? 'VALUE'}` : '';
    return [`${o.short ? `-${o.short}, ` : '    '}--${name}${value}`, o.help];
  });
  const width = Math.min(34, Math.max(...rows.map((r) => r[0].length)) + 2);
  return rows.map(([left, help]) => (left.length > width - 2 ? `  ${left}\n  ${' '.repeat(width)}${help}` : `  ${left.padEnd(width)}${help}`)).join('\n');
}
