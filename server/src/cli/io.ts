// What a command may touch: output streams, the working folder, standard input and the
// environment. Injected so tests can run commands in-process and the entry point stays tiny.
import { styleText } from 'node:util';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard output is a terminal that shows colours (tty.WriteStream#hasColors). */
  stdoutColors: boolean;
  /** All of standard input, for the `-` path (bytes: decoding checks UTF-8 like a file). */
  readStdin: () => Promise<Uint8Array>;
}

/**
 * Whether to colour text output: --color / --no-color win; then FORCE_COLOR (any value but
 * `0`/`false` forces colour, as in Node and chalk); then NO_COLOR (https://no-color.org: present
 * and not empty disables colour); otherwise colour only on a terminal that supports it.
 */
export function wantColor(flags: { color?: boolean; noColor?: boolean }, io: Pick<Io, 'env' | 'stdoutColors'>): boolean {
  if (flags.noColor) return false;
  if (flags.color) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.stdoutColors;
}

export type Style = 'red' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold';
export type Paint = (style: Style, text: string) => string;

export function painter(color: boolean): Paint {
  // Newer Node versions check the stream themselves unless told not to; the decision is made above.
  const style3 = styleText as (s: Style, t: string, o?: { validateStream: boolean }) => string;
  return color ? (style, text) => style3(style, text, { validateStream: false }) : (_style, text) => text;
}
