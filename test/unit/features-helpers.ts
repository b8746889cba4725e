// Cursor markers for feature tests, in the style of Langium's test helpers: `<|>` marks a
// position and `<|text|>` marks a range. Markers are removed before the text is checked.
import type { Position, Range } from 'vscode-languageserver-types';
import { checkTexts } from '../helpers/parser';
import type { CheckResult } from '../../server/src/check';
import { LineIndex } from '../../server/src/syntax/range';

export interface Marked {
  text: string;
  /** Positions of `<|>` markers, in order. */
  cursors: Position[];
  /** Ranges of `<|text|>` markers, in order. */
  ranges: Range[];
}

const MARKER = /<\|([^|]*)\|>|<\|>/g;

export function parseMarkers(withMarkers: string): Marked {
  let text = '';
  const cursorOffsets: number[] = [];
  const rangeOffsets: [number, number][] = [];
  let last = 0;
  for (const m of withMarkers.matchAll(MARKER)) {
    text += withMarkers.slice(last, m.index);
    if (m[0] === '<|>') cursorOffsets.push(text.length);
    else {
      const start = text.length;
      text += m[1];
      rangeOffsets.push([start, text.length]);
    }
    last = m.index! + m[0].length;
  }
  text += withMarkers.slice(last);
  const lines = new LineIndex(text);
  return {
    text,
    cursors: cursorOffsets.map((o) => lines.positionAt(o)),
    ranges: rangeOffsets.map(([s, e]) => ({ start: lines.positionAt(s), end: lines.positionAt(e) })),
  };
}

export interface MarkedModel {
  result: CheckResult;
  files: Record<string, Marked>;
  /** Every `<|>` marker across the files, in file order. */
  cursors: { file: string; pos: Position }[];
  /** Every `<|text|>` marker across the files, in file order. */
  ranges: { file: string; range: Range; text: string }[];
}

/** Checks marked texts (name → text) as one model. */
export async function checkMarked(files: Record<string, string>): Promise<MarkedModel> {
  const parsed: Record<string, Marked> = {};
  for (const [name, t] of Object.entries(files)) parsed[name] = parseMarkers(t);
  const result = await checkTexts(Object.fromEntries(Object.entries(parsed).map(([n, m]) => [n, m.text])));
  const cursors = Object.entries(parsed).flatMap(([file, m]) => m.cursors.map((pos) => ({ file, pos })));
  const ranges = Object.entries(parsed).flatMap(([file, m]) => m.ranges.map((range) => ({ file, range, text: textIn(m.text, range) })));
  return { result, files: parsed, cursors, ranges };
}

export function textIn(text: string, r: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
}

/** A small but complete design used by several tests. */
export const DESIGN = `agent "falcon" {
  platform   = "windows"
  role       = "edr"
  fleet_size = 1000
}

context "csagent" {
  kind  = "kernel_driver"
  start = "system"

  component "interpreter" {
    kinds    = ["content_interpreter"]
    consumes = [input.channel_291]
  }
}

context "service" {
  kind = "protected_service"

  component "updater" {
    kinds = ["content_updater"]
  }
}

input "channel_291" {
  source      = "cloud_rapid_content"
  description = "Rapid response content."
}

deployment "rapid" {
  delivers = [input.channel_291]
  rollout  = "global"
}
`;

/**
 * The same result with other findings. A spread would not do: flows and blast radius are getters
 * of the result's class (analysis/engine.ts), and a spread keeps own properties only.
 */
export function withFindings(result: CheckResult, findings: CheckResult['findings']): CheckResult {
  return Object.assign(Object.create(Object.getPrototypeOf(result)) as CheckResult, result, { findings });
}
