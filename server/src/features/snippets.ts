// Snippet text for blocks and attribute values, built from the schema: required attributes become
// tab stops, enumerated values become choices, references offer the elements that exist.
import type { BlockSchema, ValueType } from '../schema/types';

/** Escapes text for a snippet body (outside placeholders). */
export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

/** Escapes one option of a `${1|a,b|}` choice. */
function escapeChoice(s: string): string {
  return s.replace(/[\\$}|,]/g, '\\$&');
}

function choice(n: number, options: string[]): string {
  return `\${${n}|${options.map(escapeChoice).join(',')}|}`;
}

/** Tab stop counter shared by one snippet. */
export class TabStops {
  private n = 0;
  next(): number { return ++this.n; }
}

/**
 * A value of type `t` as snippet text. `refs` lists `TYPE.NAME` candidates for reference types.
 */
export function valueSnippet(t: ValueType, stops: TabStops, refs: (targets: string[]) => string[]): string {
  switch (t.kind) {
    case 'enum': return `"${choice(stops.next(), t.enum.values.map((v) => v.value))}"`;
    case 'bool': return choice(stops.next(), ['true', 'false']);
    case 'number': return `\${${stops.next()}:${t.min ?? 0}}`;
    case 'date': return `"\${${stops.next()}:YYYY-MM-DD}"`;
    case 'duration': return `"\${${stops.next()}}"`;
    case 'string': return `"\${${stops.next()}}"`;
    case 'reference': {
      const options = refs(t.targets);
      return options.length ? choice(stops.next(), options) : `\${${stops.next()}:${t.targets[0]}.NAME}`;
    }
    case 'list': return `[${valueSnippet(t.of, stops, refs)}]`;
    case 'map': return `{ \${${stops.next()}} }`;
  }
}

/** `name = value` with the value as tab stops. */
export function attributeSnippet(name: string, t: ValueType, refs: (targets: string[]) => string[], pad = 0): string {
  return `${name.padEnd(pad)} = ${valueSnippet(t, new TabStops(), refs)}`;
}

/**
 * A whole block: labels and required attributes as tab stops, aligned like the examples:
 * `context "${1:name}" {\n  kind = "${2|kernel_driver,...|}"\n}`.
 */
export function blockSnippet(s: BlockSchema, refs: (targets: string[]) => string[]): string {
  const stops = new TabStops();
  const labels = s.labels.map((l) => ` "\${${stops.next()}:${escapeSnippet(l.name)}}"`).join('');
  const required = s.attributes.filter((a) => a.required);
  const pad = Math.max(0, ...required.map((a) => a.name.length));
  const body = required.map((a) => `  ${a.name.padEnd(pad)} = ${valueSnippet(a.type, stops, refs)}`);
  // The last stop is inside the block, on a line of its own: the next attribute goes there.
  body.push('  $0');
  return `${s.type}${labels} {\n${body.join('\n')}\n}`;
}
