// HCL does not allow a raw line break inside a quoted string ("literal newline sequences are not
// permitted", https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md#template-expressions),
// but tree-sitter-hcl accepts one without an error. Such a file would be read differently by every
// other HCL tool, and an unclosed quote would silently swallow the lines after it, so the
// converter reports it as a syntax error of its own.
import type { SyntaxProblem } from './hcl-ast';
import { range, type LineIndex } from './range';

/** Whether a string's literal text holds a line break (LSP's: `\n`, `\r\n` or a lone `\r`). */
export function hasLineBreak(s: string): boolean {
  return s.includes('\n') || s.includes('\r');
}

/** The problem for a quoted string opened at `quote` that runs past the end of its line. */
export function stringLineBreak(lines: LineIndex, quote: number): SyntaxProblem {
  const at = lines.positionAt(quote);
  const end = lines.lineEnd(at.line) - lines.offsetAt({ line: at.line, character: 0 });
  return {
    code: 'syntax-error',
    range: range(at.line, at.character, at.line, Math.max(at.character + 1, end)),
    message: 'A quoted string must end on the line where it starts: close it with `"`, write `\\n` for a line break, or use a heredoc (`<<EOT`).',
  };
}
