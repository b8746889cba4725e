// Turns quick fixes (FixDescriptor: data written by the rules) into text edits. Pure: no LSP, no I/O.
//
// Steps are applied one after the other to the texts of the model; between two steps the changed
// files are parsed again and the model rebuilt, so a later step can name a block an earlier step
// added (`add-block` a context, then `move-block` a component into it). At the end each changed
// file yields one minimal edit (common prefix and suffix left out), so the edits never overlap.
// Comments and unrelated text are kept byte for byte; inserted text uses the file's line ending.
import type { HclParser } from '../syntax/parser';
import { LineIndex, type Range } from '../syntax/range';
import type { Block, Attribute, Expr } from '../syntax/hcl-ast';
import type { Model, ModelBlock, ModelDiagnostic, SourceFile } from '../model/types';
import type { AttributeSchema, ValueType } from '../schema/types';
import type { Finding, FixDescriptor, FixStep } from '../analysis/types';
import { parseSource } from '../model/source';
import { buildModel } from '../model/build';
import { BLOCK_SCHEMAS } from '../schema/language';
import { dominantEol } from '../format/formatter';

export interface FileEdit { file: string; range: Range; newText: string }
export interface TextEdit { range: Range; newText: string }

/** A replacement in one file by offsets into its current text. */
interface Splice { file: string; start: number; end: number; text: string }

const INDENT = '  ';

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * The edits that carry out `fix` on `model`. Throws an Error with a clear message when a step names
 * an element the model does not have, or cannot be carried out (for example a block without `}`).
 */
export function fixEdits(parser: HclParser, model: Model, fix: FixDescriptor): FileEdit[] {
  let cur = model;
  let texts = new Map(model.files.map((f) => [f.file, f.text]));
  const steps = [...fix.steps];
  steps.forEach((step, i) => {
    const splices = stepSplices(cur, step);
    texts = applySplices(cur, splices);
    if (i === steps.length - 1) return;
    // Locations in later steps were written against the original text: move them past this step's edits.
    for (let j = i + 1; j < steps.length; j++) {
      const later = steps[j];
      if (later.op === 'remove-block') steps[j] = { ...later, loc: { file: later.loc.file, range: mapRange(cur, texts, splices, later.loc.file, later.loc.range) } };
    }
    cur = rebuild(parser, cur, texts);
  });
  const edits = diffEdits(model.files, texts);
  verifySyntax(parser, model, texts, edits);
  return edits;
}

/** Files up to this size are parsed again after a fix (a larger one is not: the parse would delay the menu). */
const VERIFY_CHARS = 256 * 1024;

/**
 * A quick fix never leaves a syntax error in a file that had none. Rules build fixes from the
 * model, and some of its names cannot be written back everywhere (a component named "a=" by a
 * quoted label is fine as a label and not as `component.a=` in a reference; found by the fuzzer):
 * the changed files are parsed again, and a fix that breaks one is refused with the reason.
 */
function verifySyntax(parser: HclParser, model: Model, texts: Map<string, string>, edits: FileEdit[]): void {
  const why = syntaxErrorLeftBy(parser, model, edits, texts);
  if (why) throw new Error(why);
}

/**
 * Why `edits` would leave a syntax error in a file of `model` that had none, or undefined. Every
 * kind of quick fix goes through it (rule fixes here, required attributes and waivers in the
 * code-action layer): `texts` holds the edited texts when the caller has them already.
 */
export function syntaxErrorLeftBy(parser: HclParser, model: Model, edits: FileEdit[], texts?: Map<string, string>): string | undefined {
  for (const file of new Set(edits.map((e) => e.file))) {
    const before = model.files.find((f) => f.file === file);
    if (!before || before.ast.problems.length > 0) continue;
    const text = texts?.get(file) ?? applyEdits(before.text, edits.filter((e) => e.file === file));
    if (text.length > VERIFY_CHARS) continue;
    const problem = parseSource(parser, file, text).ast.problems[0];
    if (problem) return `it would leave a syntax error in ${file} (line ${problem.range.start.line + 1}: ${problem.message})`;
  }
  return undefined;
}

/** A range of the current text of `file`, moved past `splices`; left as is when a splice overlaps it. */
function mapRange(model: Model, after: Map<string, string>, splices: Splice[], file: string, r: Range): Range {
  const sf = model.files.find((f) => f.file === file);
  const text = after.get(file);
  if (!sf || text === undefined) return r;
  const s = off(sf, r.start), e = off(sf, r.end);
  let delta = 0;
  for (const sp of splices) {
    if (sp.file !== file) continue;
    if (sp.end <= s) delta += sp.text.length - (sp.end - sp.start);
    else if (sp.start < e && sp.end > s) return r;
  }
  const lines = new LineIndex(text);
  return { start: lines.positionAt(s + delta), end: lines.positionAt(e + delta) };
}

/** Applies LSP-style edits to a text. Edits must not overlap; insertions at one point keep their order. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits.map((e, i) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText, i }));
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  for (let k = 1; k < spans.length; k++) {
    if (spans[k].start < spans[k - 1].end) throw new Error('overlapping edits');
  }
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += text.slice(pos, s.start) + s.text;
    pos = Math.max(pos, s.end);
  }
  return out + text.slice(pos);
}

/** The edit for a did-you-mean suggestion (ModelDiagnostic.suggestions): replace `range` with `value`. */
export function replaceFix(file: string, range: Range, value: string, quote: boolean): FileEdit {
  return { file, range, newText: quote ? hclString(value) : value };
}

/**
 * The edit for RS-REQUIRED: inserts `name = <placeholder>` into the block the diagnostic is about.
 * Placeholders are valid values: the first enum value, `""`, the minimum number, `false`, `[]`, `{}`,
 * a duration of "0", a date 90 days after `today`, or a reference to the first element of an allowed
 * type (`TYPE.TODO` when the model has none).
 */
export function requiredAttributeEdit(model: Model, d: ModelDiagnostic, today: string): FileEdit {
  const name = d.missingAttribute;
  if (d.code !== 'RS-REQUIRED' || !name) throw new Error(`Not a missing-attribute diagnostic: ${d.code}`);
  const el = allBlocks(model).find((b) => b.file === d.loc.file && sameRange(b.headLoc.range, d.loc.range));
  if (!el) throw new Error(`No block at ${d.loc.file}:${d.loc.range.start.line + 1} for the missing attribute \`${name}\`.`);
  const as = el.schema?.attributes.find((a) => a.name === name);
  if (!as) throw new Error(`\`${el.type}\` has no attribute \`${name}\`.`);
  const value = placeholder(model, as, today, el);
  return singleEdit(model, setSplices(model, el, [], name, value));
}

/**
 * A waiver for `finding`, appended to the model's waivers file: the file whose name contains
 * "waiver", else the file holding the agent block, else the finding's file. It expires 90 days
 * after `today` and carries TODO reason and owner for the author to fill in.
 */
export function addWaiverEdit(model: Model, finding: Finding, today: string): FileEdit {
  if (!finding.element) throw new Error(`The ${finding.ruleId} finding names no element to waive.`);
  const target = referenceableFor(model, finding.element);
  const file = waiverFile(model, finding);
  const text = [
    `waiver "${finding.ruleId}" {`,
    `  target  = ${target}`,
    `  reason  = "TODO: why this risk is accepted"`,
    `  owner   = "TODO: team"`,
    `  expires = "${addDays(today, 90)}"`,
    `}`,
  ].join('\n');
  return singleEdit(model, topLevelSplices(model, file, text));
}

/** "YYYY-MM-DD" plus `days` (UTC). */
export function addDays(date: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a date: ${date}`);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + days));
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Steps

function stepSplices(model: Model, step: FixStep): Splice[] {
  switch (step.op) {
    case 'set': {
      const { block, missing } = resolvePath(model, step.element);
      return setSplices(model, block, missing, step.attribute, step.value);
    }
    case 'remove': return removeSplices(model, step.element, step.attribute);
    case 'add-to-list': return addToListSplices(model, step.element, step.attribute, step.value);
    case 'remove-from-list': return removeFromListSplices(model, step.element, step.attribute, step.value);
    case 'add-block': {
      if (step.parent) {
        const parent = findBlock(model, step.parent);
        if (!parent) throw unknownElement(step.parent);
        return insertIntoBlock(model, parent, blockLines(step.text), 'end', true);
      }
      let file = step.file;
      if (!file && step.near) {
        const near = findBlock(model, step.near);
        if (!near) throw unknownElement(step.near);
        file = near.file;
      }
      file ??= model.agent?.file ?? model.files[0]?.file;
      if (!file) throw new Error('The model has no file to add the block to.');
      return topLevelSplices(model, file, step.text);
    }
    case 'move-block': return moveSplices(model, step.element, step.toParent);
    case 'remove-block': {
      const sf = sourceFile(model, step.loc.file);
      const blk = findAstBlock(sf.ast.items, step.loc.range);
      if (!blk) throw new Error(`No block at ${step.loc.file}:${step.loc.range.start.line + 1} to remove.`);
      const r = blockRegion(sf, blk.range);
      const { start, end } = withBlankLine(sf.text, r.start, r.end);
      return [{ file: sf.file, start, end, text: '' }];
    }
  }
}

/** Sets `attribute` in `block`, or in the nested blocks `missing` created inside it. */
function setSplices(model: Model, block: ModelBlock, missing: string[], attribute: string, value: string): Splice[] {
  const sf = sourceFile(model, block.file);
  if (missing.length) {
    let lines = `${attribute} = ${value}`.replace(/\r\n/g, '\n').split('\n');
    for (const type of [...missing].reverse()) lines = [`${type} {`, ...lines.map((l) => (l ? INDENT + l : l)), '}'];
    return insertIntoBlock(model, block, lines, 'end', true);
  }
  const ast = astBlock(model, block);
  const a = findAttr(ast, attribute);
  if (a) {
    const attrIndent = indentOf(sf.text, off(sf, a.range.start));
    const text = reindentValue(value, attrIndent, eolOf(sf.text));
    if (a.value.kind === 'unsupported' && a.value.what === 'missing value') {
      return [{ file: sf.file, start: off(sf, a.range.start), end: off(sf, a.range.end), text: `${attribute} = ${text}` }];
    }
    return [{ file: sf.file, start: off(sf, a.value.range.start), end: off(sf, a.value.range.end), text }];
  }
  return insertIntoBlock(model, block, `${attribute} = ${value}`.split('\n'), 'after-attributes', false);
}

function removeSplices(model: Model, element: string, attribute: string): Splice[] {
  const block = findBlock(model, element);
  if (!block) {
    existingPrefix(model, element); // throws when the key names nothing at all
    return []; // a nested block that does not exist holds no attribute to remove
  }
  const sf = sourceFile(model, block.file);
  const a = findAttr(astBlock(model, block), attribute);
  if (!a) return [];
  const text = sf.text;
  const s = off(sf, a.range.start), e = off(sf, a.range.end);
  const ls = lineStart(text, s);
  const tail = lineTail(sf, e);
  if (text.slice(ls, s).trim() === '' && tail) {
    return [{ file: sf.file, start: ls, end: tail.next, text: '' }];
  }
  // The attribute shares its line (a single-line block): cut it and the spaces after it.
  let end = e;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  let start = s;
  if (text[end] === '}') {
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (text[start - 1] !== '{') start = s;
  }
  return [{ file: sf.file, start, end, text: '' }];
}

function addToListSplices(model: Model, element: string, attribute: string, value: string): Splice[] {
  const { block, missing } = resolvePath(model, element);
  if (missing.length) return setSplices(model, block, missing, attribute, `[${value}]`);
  const sf = sourceFile(model, block.file);
  const text = sf.text;
  const a = findAttr(astBlock(model, block), attribute);
  if (!a || (a.value.kind === 'unsupported' && a.value.what === 'missing value')) return setSplices(model, block, [], attribute, `[${value}]`);
  const v = a.value;
  if (v.kind !== 'tuple') {
    // A single value where a list belongs: make it a list of the old and the new value.
    const old = text.slice(off(sf, v.range.start), off(sf, v.range.end));
    return [{ file: sf.file, start: off(sf, v.range.start), end: off(sf, v.range.end), text: `[${old}, ${value}]` }];
  }
  if (v.items.some((i) => sameValue(exprText(sf, i), value))) return [];
  const tStart = off(sf, v.range.start), tEnd = off(sf, v.range.end);
  const eol = eolOf(text);
  if (v.items.length === 0) {
    const inner = text.slice(tStart + 1, tEnd - 1);
    if (inner.trim() === '') return [{ file: sf.file, start: tStart + 1, end: tEnd - 1, text: value }];
    // Only comments inside: put the item on its own line before `]`.
    const closeLs = lineStart(text, tEnd - 1);
    const itemIndent = indentOf(text, tStart) + INDENT;
    if (text.slice(closeLs, tEnd - 1).trim() === '') return [{ file: sf.file, start: closeLs, end: closeLs, text: itemIndent + value + eol }];
    return [{ file: sf.file, start: tEnd - 1, end: tEnd - 1, text: ' ' + value }];
  }
  const last = v.items[v.items.length - 1];
  const lastEnd = off(sf, last.range.end);
  const comma = commaAfter(text, lastEnd);
  if (last.range.start.line !== v.range.start.line) {
    // One item per line: the new item gets its own line, indented like the last one.
    const itemIndent = indentOf(text, off(sf, last.range.start));
    const sameLineClose = v.range.end.line === last.range.end.line;
    if (comma >= 0) {
      const at = sameLineClose ? comma + 1 : lineTail(sf, comma + 1)?.end ?? comma + 1;
      return [{ file: sf.file, start: at, end: at, text: eol + itemIndent + value + ',' }];
    }
    if (sameLineClose) return [{ file: sf.file, start: lastEnd, end: lastEnd, text: ',' + eol + itemIndent + value }];
    const at = lineTail(sf, lastEnd)?.end ?? lastEnd;
    return [
      { file: sf.file, start: lastEnd, end: lastEnd, text: ',' },
      { file: sf.file, start: at, end: at, text: eol + itemIndent + value },
    ];
  }
  if (comma >= 0) return [{ file: sf.file, start: comma + 1, end: comma + 1, text: ` ${value},` }];
  return [{ file: sf.file, start: lastEnd, end: lastEnd, text: `, ${value}` }];
}

function removeFromListSplices(model: Model, element: string, attribute: string, value: string): Splice[] {
  const block = findBlock(model, element);
  if (!block) {
    existingPrefix(model, element);
    return [];
  }
  const sf = sourceFile(model, block.file);
  const text = sf.text;
  const a = findAttr(astBlock(model, block), attribute);
  if (!a || a.value.kind !== 'tuple') return [];
  const v = a.value;
  const idx = v.items.findIndex((i) => sameValue(exprText(sf, i), value));
  if (idx < 0) return [];
  const item = v.items[idx];
  const s = off(sf, item.range.start), e = off(sf, item.range.end);
  const tStart = off(sf, v.range.start), tEnd = off(sf, v.range.end);
  const hasComments = sf.ast.comments.some((c) => containsRange(v.range, c.range));
  if (v.items.length === 1 && !hasComments) return [{ file: sf.file, start: tStart, end: tEnd, text: '[]' }];
  const comma = commaAfter(text, e);
  const afterItem = comma >= 0 ? comma + 1 : e;
  const tail = lineTail(sf, afterItem);
  const out: Splice[] = [];
  if (text.slice(lineStart(text, s), s).trim() === '' && tail) {
    out.push({ file: sf.file, start: lineStart(text, s), end: tail.next, text: '' });
    if (comma < 0 && idx > 0) {
      // The last item had no trailing comma: neither will the new last one.
      const prevComma = commaAfter(text, off(sf, v.items[idx - 1].range.end));
      if (prevComma >= 0) out.push({ file: sf.file, start: prevComma, end: prevComma + 1, text: '' });
    }
    return out;
  }
  if (comma >= 0) {
    let end = comma + 1;
    while (end < tEnd && (text[end] === ' ' || text[end] === '\t')) end++;
    return [{ file: sf.file, start: s, end, text: '' }];
  }
  if (idx > 0) {
    const prevEnd = off(sf, v.items[idx - 1].range.end);
    const prevComma = commaAfter(text, prevEnd);
    return [{ file: sf.file, start: prevComma >= 0 ? prevComma : prevEnd, end: e, text: '' }];
  }
  return [{ file: sf.file, start: s, end: e, text: '' }];
}

function moveSplices(model: Model, element: string, toParent: string): Splice[] {
  const el = findBlock(model, element);
  if (!el) throw unknownElement(element);
  const target = findBlock(model, toParent);
  if (!target) throw unknownElement(toParent);
  if (el.parent === target) return [];
  for (let t: ModelBlock | undefined = target; t; t = t.parent) {
    if (t === el) throw new Error(`Cannot move \`${element}\` into itself.`);
  }
  if (!target.schema?.blocks.some((b) => b.type === el.type)) throw new Error(`A \`${el.type}\` cannot be placed inside \`${target.type}\`.`);
  const sf = sourceFile(model, el.file);
  const r = blockRegion(sf, el.range);
  const blockIndent = indentOf(sf.text, off(sf, el.range.start));
  const lines = linesOutsideTokens(sf, r.start, r.contentEnd, astBlock(model, el)).map((l) => dedent(l, blockIndent));
  const cut = withBlankLine(sf.text, r.start, r.end);
  return [{ file: sf.file, start: cut.start, end: cut.end, text: '' }, ...insertIntoBlock(model, target, lines, 'end', true)];
}

/** Top-level block text appended after the last top-level item of `file`, after one blank line. */
function topLevelSplices(model: Model, file: string, blockText: string): Splice[] {
  const sf = sourceFile(model, file);
  const text = sf.text;
  const eol = eolOf(text);
  const body = blockLines(blockText).join(eol);
  const last = sf.ast.items[sf.ast.items.length - 1];
  if (last) {
    const lastEnd = off(sf, last.range.end);
    const at = lineTail(sf, lastEnd)?.end ?? lastEnd;
    return [{ file, start: at, end: at, text: eol + eol + body + (at === text.length ? eol : '') }];
  }
  if (text.trim() === '') return [{ file, start: 0, end: text.length, text: body + eol }];
  const sep = text.endsWith('\n') ? eol : eol + eol;
  return [{ file, start: text.length, end: text.length, text: sep + body + eol }];
}

// ---------------------------------------------------------------------------------------------
// Inserting into a block

/**
 * Inserts `lines` (written at indentation 0) into `block`, indented one level deeper than the block.
 * `after-attributes` puts them after the last attribute when nested blocks follow it (attributes
 * stay above blocks); otherwise they go before the closing brace. `blank` separates them from the
 * previous item by one blank line (used for blocks).
 */
function insertIntoBlock(model: Model, block: ModelBlock, lines: string[], where: 'end' | 'after-attributes', blank: boolean): Splice[] {
  const sf = sourceFile(model, block.file);
  const ast = astBlock(model, block);
  const text = sf.text;
  const eol = eolOf(text);
  if (!ast.open || !ast.close) throw new Error(`\`${block.key}\` has no closing brace; fix the syntax first.`);
  const indent = indentOf(text, off(sf, ast.range.start));
  const inner = indent + INDENT;
  const body = lines.map((l) => (l.trim() === '' ? '' : inner + l)).join(eol);
  const openEnd = off(sf, ast.open.end), closeStart = off(sf, ast.close.start);

  if (ast.open.start.line === ast.close.start.line) {
    // Single-line block `x { a = 1 }`: open it up, one item per line.
    const content = text.slice(openEnd, closeStart).trim();
    const parts = [content ? inner + content : undefined, content && blank ? '' : undefined, body].filter((p): p is string => p !== undefined);
    return [{ file: sf.file, start: openEnd, end: closeStart, text: eol + parts.join(eol) + eol + indent }];
  }

  if (where === 'after-attributes') {
    const lastAttr = [...ast.body].reverse().find((i) => i.type === 'attribute');
    const lastItem = ast.body[ast.body.length - 1];
    if (lastAttr && lastItem && lastItem !== lastAttr) {
      const attrEnd = off(sf, lastAttr.range.end);
      const tail = lineTail(sf, attrEnd);
      if (tail && tail.next > tail.end) return [{ file: sf.file, start: tail.next, end: tail.next, text: body + eol }];
      // The next item starts on the line the attribute ends on (the line after it may be inside
      // that item): break the line after the attribute instead.
      let end = attrEnd;
      while (text[end] === ' ' || text[end] === '\t') end++;
      return [{ file: sf.file, start: attrEnd, end, text: eol + body + eol + inner }];
    }
  }

  const closeLs = lineStart(text, closeStart);
  if (text.slice(closeLs, closeStart).trim() === '') {
    const prevLine = ast.close.start.line - 1;
    const needBlank = blank && prevLine > ast.open.start.line && sf.lines.lineText(prevLine).trim() !== '';
    return [{ file: sf.file, start: closeLs, end: closeLs, text: (needBlank ? eol : '') + body + eol }];
  }
  // `}` shares its line with content: break the line before it.
  let start = closeStart;
  while (start > openEnd && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return [{ file: sf.file, start, end: closeStart, text: eol + (blank ? eol : '') + body + eol + indent }];
}

// ---------------------------------------------------------------------------------------------
// Elements

function allBlocks(model: Model): ModelBlock[] {
  const out: ModelBlock[] = [];
  const add = (b: ModelBlock): void => {
    out.push(b);
    for (const c of b.children) add(c);
  };
  const tops = [model.agent, model.review, ...model.contexts, ...model.inputs, ...model.deployments, ...model.channels, ...model.waivers];
  for (const b of tops) if (b) add(b);
  return out;
}

function findBlock(model: Model, key: string): ModelBlock | undefined {
  return model.elements.get(key) ?? allBlocks(model).find((b) => b.key === key);
}

function unknownElement(key: string): Error {
  return new Error(`Unknown element \`${key}\`: the model has no such block.`);
}

/** The deepest existing block whose key is a prefix of `key`, and the nested block types after it. */
function existingPrefix(model: Model, key: string): { block: ModelBlock; missing: string[] } {
  let best: ModelBlock | undefined;
  for (const b of allBlocks(model)) {
    if (key.startsWith(b.key + '.') && (!best || b.key.length > best.key.length)) best = b;
  }
  if (!best) throw unknownElement(key);
  const missing = key.slice(best.key.length + 1).split('.');
  let schema = best.schema;
  for (const type of missing) {
    if (!schema?.blocks.some((c) => c.type === type)) throw unknownElement(key);
    schema = BLOCK_SCHEMAS.get(type);
  }
  return { block: best, missing };
}

/** The block named by `key`, or its deepest existing ancestor and the nested blocks to create. */
function resolvePath(model: Model, key: string): { block: ModelBlock; missing: string[] } {
  const block = findBlock(model, key);
  return block ? { block, missing: [] } : existingPrefix(model, key);
}

/** A `TYPE.NAME` reference for the element or, for a nested unnamed block, its nearest named ancestor. */
function referenceableFor(model: Model, key: string): string {
  if (model.elements.has(key)) return key;
  let b = findBlock(model, key);
  while (b && !(b.schema?.referenceable && b.name !== undefined)) b = b.parent;
  if (!b) throw unknownElement(key);
  return `${b.type}.${b.name}`;
}

function waiverFile(model: Model, finding: Finding): string {
  const named = model.files.find((f) => /waiver/i.test(f.file.split(/[\\/]/).pop() ?? ''));
  return named?.file ?? model.agent?.file ?? finding.loc.file;
}

function placeholder(model: Model, as: AttributeSchema, today: string, self: ModelBlock): string {
  const t: ValueType = as.type;
  switch (t.kind) {
    case 'enum': return hclString(t.enum.values[0]?.value ?? '');
    case 'string': return '""';
    case 'number': return String(t.min ?? 0);
    case 'bool': return 'false';
    case 'list': return '[]';
    case 'map': return '{}';
    case 'date': return hclString(addDays(today, 90));
    case 'duration': return '"0"';
    case 'reference': {
      for (const type of t.targets) {
        const el = [...model.elements.values()].find((e) => e.type === type && e !== self);
        if (el) return `${el.type}.${el.name}`;
      }
      return `${t.targets[0]}.TODO`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function sourceFile(model: Model, file: string): SourceFile {
  const sf = model.files.find((f) => f.file === file);
  if (!sf) throw new Error(`File \`${file}\` is not part of the model.`);
  return sf;
}

function astBlock(model: Model, el: ModelBlock): Block {
  const b = findAstBlock(sourceFile(model, el.file).ast.items, el.range);
  if (!b) throw new Error(`\`${el.key}\` was not found in ${el.file}.`);
  return b;
}

function findAstBlock(items: readonly (Block | Attribute)[], r: Range): Block | undefined {
  for (const i of items) {
    if (i.type !== 'block') continue;
    if (sameRange(i.range, r)) return i;
    if (containsRange(i.range, r)) {
      const inner = findAstBlock(i.body, r);
      if (inner) return inner;
    }
  }
  return undefined;
}

function findAttr(b: Block, name: string): Attribute | undefined {
  return b.body.find((i): i is Attribute => i.type === 'attribute' && i.name.name === name);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function containsRange(outer: Range, inner: Range): boolean {
  const le = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function off(sf: SourceFile, p: Range['start']): number {
  return sf.lines.offsetAt(p);
}

function exprText(sf: SourceFile, e: Expr): string {
  return sf.text.slice(off(sf, e.range.start), off(sf, e.range.end));
}

function sameValue(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/** The file's line ending; a file whose lines all end with a lone CR keeps it. */
function eolOf(text: string): string {
  if (!text.includes('\n') && text.includes('\r')) return '\r';
  return dominantEol(text);
}

const commentIndex = new WeakMap<SourceFile, Map<number, number>>();

/** Start offset → end offset of every comment of the file, as the parser found them. */
function commentEnds(sf: SourceFile): Map<number, number> {
  let m = commentIndex.get(sf);
  if (!m) {
    m = new Map(sf.ast.comments.map((c) => [off(sf, c.range.start), off(sf, c.range.end)]));
    commentIndex.set(sf, m);
  }
  return m;
}

/**
 * The rest of the line from `offset` (a point between tokens), when it holds only blanks and
 * comments: `end` is where the line's content ends (at its line break, or the end of the text) and
 * `next` the start of the next line. Undefined when anything else follows on the line.
 *
 * Comments are the parser's, so a block comment running onto later lines is passed over whole, and
 * a `#` or `//` comment ends where the parser ends it: at the line break (`\r\n`, `\n` or a lone
 * `\r`, which the parser reads as `\n`). So `next` is always a line start outside every
 * token: nothing inserted there lands in a string, a comment or between a block's labels.
 */
function lineTail(sf: SourceFile, offset: number): { end: number; next: number } | undefined {
  const text = sf.text;
  const comments = commentEnds(sf);
  let i = offset;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= text.length) return { end: text.length, next: text.length };
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return { end: i, next: nextLineStart(text, i) };
    const end = comments.get(i);
    if (end === undefined || end <= i) return undefined;
    // A line comment's range ends at its line break, which the next turn finds; a block comment
    // may be followed by more on its last line.
    i = end;
  }
}

// Line helpers on offsets. Lines end at `\r\n`, `\n` or a lone `\r`, as in LSP and the LineIndex.
function lineStart(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

/** End of the line holding `offset`, before its line break (and before a CR of a CRLF). */
function lineEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextLineStart(text: string, offset: number): number {
  const e = lineEnd(text, offset);
  if (e >= text.length) return text.length;
  return text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
}

function indentOf(text: string, offset: number): string {
  const ls = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(ls))![0];
}

function dedent(line: string, indent: string): string {
  let k = 0;
  while (k < indent.length && k < line.length && (line[k] === ' ' || line[k] === '\t')) k++;
  return line.slice(k);
}

/** The offset of a `,` following `offset` across whitespace, or -1. */
function commaAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && /\s/.test(text[i])) i++;
  return text[i] === ',' ? i : -1;
}

/**
 * The text from `start` to `end` (around `block`) cut into lines at its line breaks (CRLF, LF or a
 * lone CR), except those inside a token: a string, heredoc or comment spanning lines stays in one
 * piece with its own line breaks, so re-indenting the lines leaves its content alone.
 */
function linesOutsideTokens(sf: SourceFile, start: number, end: number, block: Block): string[] {
  const text = sf.text;
  const spans: [number, number][] = [];
  const add = (r: Range): void => {
    if (r.start.line !== r.end.line) spans.push([off(sf, r.start), off(sf, r.end)]);
  };
  const expr = (e: Expr): void => {
    if (e.kind === 'tuple') e.items.forEach(expr);
    else if (e.kind === 'object') e.entries.forEach((en) => expr(en.value));
    else add(e.range);
  };
  const walk = (b: Block): void => {
    b.labels.forEach((l) => add(l.range));
    for (const i of b.body) {
      if (i.type === 'block') walk(i);
      else expr(i.value);
    }
  };
  walk(block);
  for (const c of sf.ast.comments) {
    const s = off(sf, c.range.start);
    if (s >= start && s < end) add(c.range);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const lines: string[] = [];
  let lineFrom = start;
  let k = 0;
  for (let i = start; i < end; i++) {
    while (k < spans.length && spans[k][1] <= i) k++;
    if (k < spans.length && spans[k][0] <= i) { i = spans[k][1] - 1; continue; }
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push(text.slice(lineFrom, i));
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineFrom = i + 1;
  }
  lines.push(text.slice(lineFrom, end));
  return lines;
}

/** The lines of a block text given by a rule, without surrounding blank lines. */
function blockLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  return lines;
}

/** A value's continuation lines are indented like the attribute they belong to. */
function reindentValue(value: string, indent: string, eol: string): string {
  const lines = value.replace(/\r\n/g, '\n').split('\n');
  return lines.map((l, i) => (i === 0 || l.trim() === '' ? l : indent + l)).join(eol);
}

/**
 * The text of a block with its leading comment lines: `start` is the start of the first comment
 * line (or of the block's line), `contentEnd` the end of its last line, `end` the start of the line
 * after it. A block sharing its lines with other content is just its own range.
 */
function blockRegion(sf: SourceFile, r: Range): { start: number; contentEnd: number; end: number } {
  const text = sf.text;
  const s = off(sf, r.start), e = off(sf, r.end);
  const ls = lineStart(text, s);
  const tail = lineTail(sf, e);
  if (text.slice(ls, s).trim() !== '' || !tail) return { start: s, contentEnd: e, end: e };
  // Leading comment lines: lines holding only comments the parser found (a line inside a string
  // that starts with `#` is not one), each ending on its own line.
  let start = ls;
  for (let line = r.start.line - 1; line >= 0; line--) {
    const lineOff = sf.lines.offsetAt({ line, character: 0 });
    let i = lineOff;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (!commentEnds(sf).has(i)) break;
    const t = lineTail(sf, i);
    if (!t || t.next !== start) break;
    start = lineOff;
  }
  return { start, contentEnd: tail.end, end: tail.next };
}

/** Widens a whole-line region by one blank line after it, or else one before it. */
function withBlankLine(text: string, start: number, end: number): { start: number; end: number } {
  if (start !== lineStart(text, start) || (end !== text.length && text[end - 1] !== '\n' && text[end - 1] !== '\r')) return { start, end };
  if (end < text.length) {
    const next = text.slice(end, lineEnd(text, end));
    if (next.trim() === '') return { start, end: nextLineStart(text, end) };
  }
  if (start > 0) {
    // The start of the line before: step back over its line break (both characters of a CRLF).
    const brk = start >= 2 && text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
    const prevStart = lineStart(text, brk);
    if (text.slice(prevStart, start).trim() === '') return { start: prevStart, end };
  }
  return { start, end };
}

function hclString(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/([$%])\{/g, (_m, c: string) => `${c}${c}{`) + '"';
}

// ---------------------------------------------------------------------------------------------
// Applying and diffing

function applySplices(model: Model, splices: Splice[]): Map<string, string> {
  const texts = new Map(model.files.map((f) => [f.file, f.text]));
  const byFile = new Map<string, (Splice & { i: number })[]>();
  splices.forEach((s, i) => {
    if (!texts.has(s.file)) throw new Error(`File \`${s.file}\` is not part of the model.`);
    const list = byFile.get(s.file) ?? [];
    list.push({ ...s, i });
    byFile.set(s.file, list);
  });
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
    for (let k = 1; k < list.length; k++) {
      if (list[k].start < list[k - 1].end) throw new Error(`A quick fix produced overlapping edits in ${file}.`);
    }
    const text = texts.get(file)!;
    let out = '';
    let pos = 0;
    for (const s of list) {
      out += text.slice(pos, s.start) + s.text;
      pos = Math.max(pos, s.end);
    }
    texts.set(file, out + text.slice(pos));
  }
  return texts;
}

function rebuild(parser: HclParser, model: Model, texts: Map<string, string>): Model {
  const files = model.files.map((f) => {
    const t = texts.get(f.file)!;
    return t === f.text ? f : parseSource(parser, f.file, t);
  });
  return buildModel(model.root, files);
}

function singleEdit(model: Model, splices: Splice[]): FileEdit {
  const edits = diffEdits(model.files, applySplices(model, splices));
  if (edits.length !== 1) throw new Error('expected a change in exactly one file');
  return edits[0];
}

/** One minimal edit per changed file, in file order. */
function diffEdits(files: SourceFile[], texts: Map<string, string>): FileEdit[] {
  const out: FileEdit[] = [];
  for (const f of files) {
    const after = texts.get(f.file);
    if (after === undefined || after === f.text) continue;
    const before = f.text;
    let p = 0;
    const max = Math.min(before.length, after.length);
    while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
    let q = 0;
    while (q < max - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
    // Never split a CRLF or a surrogate pair.
    while (p > 0 && (splitsPair(before, p) || splitsPair(after, p))) p--;
    while (q > 0 && (splitsPair(before, before.length - q) || splitsPair(after, after.length - q))) q--;
    out.push({
      file: f.file,
      range: { start: f.lines.positionAt(p), end: f.lines.positionAt(before.length - q) },
      newText: after.slice(p, after.length - q),
    });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const a = s.charCodeAt(i - 1), b = s.charCodeAt(i);
  return (a === 13 && b === 10) || (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff);
}
