// What a subcommand is: its help text, its options as data, and what it runs. main.ts keeps the
// table of commands; each command lives in commands/<name>.ts.
import type { Io, Paint } from './io';
import type { OptionTable, OptionValues } from './options';

export interface CommandContext {
  values: OptionValues;
  positionals: string[];
  io: Io;
  /** Colour decision for text written to standard output. */
  color: boolean;
  paint: Paint;
  quiet: boolean;
}

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** `ringside check [PATH...]` — the synopsis line of its help. */
  usage: string;
  /** Paragraphs after the synopsis. */
  description: string;
  options: OptionTable;
  run(ctx: CommandContext): Promise<number>;
}

/** The subcommands, in the order `ringside --help` lists them (main.ts maps each to its module). */
export const COMMAND_NAMES = ['check', 'diff', 'init', 'fmt', 'rules', 'explain', 'test-policies', 'policy-docs', 'report'] as const;
export type CommandName = typeof COMMAND_NAMES[number];

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** An error a command reports in one line before exiting with `code`. */
export class ReportError extends Error {
  constructor(message: string, readonly code: number) { super(message); }
}

export function str(v: OptionValues[string]): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
