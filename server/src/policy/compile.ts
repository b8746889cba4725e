// Policy blocks → compiled policies. A condition is a CEL expression (Common Expression Language,
// https://cel.dev — non-Turing-complete, no I/O); it is parsed once, its `self.FIELD` names are
// checked against the schema, and its cost is bounded before it ever runs (cost.ts). Every error
// carries its exact position in the file, mapped back through the HCL string's escapes.
// Pure: no I/O.
import { celEnv, parse, plan, type CelResult } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import type { Loc, Model, ModelBlock, SourceFile } from '../model/types';
import type { FixDescriptor, FixStep, RuleMeta, Severity } from '../analysis/types';
import { attributeSchema, BLOCK_SCHEMAS } from '../schema/language';
import { suggest } from '../model/suggest';
import { DERIVED_FIELDS, ROOT_VARIABLES } from './reference';

/** Longest condition or message accepted: a policy is a rule, not a program. */
export const MAX_EXPRESSION_CHARS = 4000;

export interface CompiledExpr {
  text: string;
  expr: Expr;
  /** Positions of sub-expressions by id (offsets into `text`), for errors. */
  positions: Map<bigint, number>;
  run(bindings: Record<string, unknown>): CelResult;
  /** Where `text[i]` sits in the file. */
  locAt(offset: number): Loc;
}

export type TemplatePart = string | CompiledExpr;

export interface CompiledPolicy {
  block: ModelBlock;
  id: string;
  meta: RuleMeta;
  appliesTo: string;
  condition: CompiledExpr;
  message: TemplatePart[];
  fixes: { title: string; steps: { op: FixStep['op']; attribute: string; value?: string }[] }[];
  /** The pack the policy came from, if any: shown with its findings. */
  pack?: { name: string; version?: string };
}

export interface PolicyProblem { message: string; loc: Loc; policy?: string }

const ENV = celEnv({ funcs: strings });

/** One policy block → a compiled policy, or the problems that keep it from running. */
export function compilePolicy(block: ModelBlock, model: Model, pack?: CompiledPolicy['pack']): CompiledPolicy | PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const id = block.name ?? '';
  const at = (attribute: string): Loc => block.prop(attribute)?.loc ?? block.headLoc;
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id) || /^RS[-0-9]/i.test(id)) {
    problems.push({ policy: id, loc: { file: block.file, range: block.nameRange ?? block.typeRange },
      message: `Policy id \`${id}\` must start with a letter, use letters, digits, \`-\` and \`_\`, and not start with RS (the built-in rules' prefix).` });
  }
  const appliesTo = block.str('applies_to');
  const severity = block.str('severity') as Severity | undefined;
  const title = block.str('title');
  const conditionText = block.str('condition');
  const messageText = block.str('message');
  // Missing or mistyped attributes were reported by the model already.
  if (!appliesTo || !severity || !title || conditionText === undefined || messageText === undefined) return problems;

  const file = model.files.find((f) => f.file === block.file);
  const condition = compileExpr(conditionText, stringLocator(file, block, 'condition'), appliesTo, id, problems);
  const message = compileTemplate(messageText, stringLocator(file, block, 'message'), appliesTo, id, problems);
  const fixes = compileFixes(block, appliesTo, id, problems);
  if (problems.length > 0 || !condition || !message) return problems.length > 0 ? problems : [{ policy: id, loc: at('condition'), message: `Policy ${id} could not be compiled.` }];

  const links = block.strs('links') ?? [];
  const meta: RuleMeta = {
    id, slug: id.toLowerCase(), title, category: 'policy', defaultSeverity: severity,
    severityNote: pack ? `Set by policy pack ${pack.name}${pack.version ? ` ${pack.version}` : ''}.` : 'Set by the policy.',
    rationale: block.str('rationale') ?? block.str('description') ?? title,
    trigger: `For each ${appliesTo}: \`${conditionText}\``,
    series: [], primary: links.map((url) => ({ title: url, url })), related: [],
    fixes: fixes.map((f) => f.title),
  };
  return { block, id, meta, appliesTo, condition, message, fixes, pack };
}

/** Maps offsets in an attribute's string value back to file positions. */
type Locator = (offset: number) => Loc;

function stringLocator(file: SourceFile | undefined, block: ModelBlock, attribute: string): Locator {
  const prop = block.prop(attribute)!;
  const start = prop.expr.range.start;
  if (!file || prop.expr.kind !== 'string') return () => prop.loc;
  const base = file.lines.offsetAt(start);
  const raw = file.text.slice(base, file.lines.offsetAt(prop.expr.range.end));
  if (raw[0] !== '"') return () => ({ file: block.file, range: prop.expr.range });
  const map = cookedToRaw(raw.slice(1));
  return (offset) => {
    const o = base + 1 + (map[Math.max(0, Math.min(offset, map.length - 1))] ?? 0);
    const p = file.lines.positionAt(o);
    return { file: block.file, range: { start: p, end: file.lines.positionAt(o + 1) } };
  };
}

/** For each character of the unescaped string, its offset in the raw (escaped) text; one extra entry for the end. */
export function cookedToRaw(raw: string): number[] {
  const map: number[] = [];
  let i = 0;
  while (i < raw.length && raw[i] !== '"') {
    if (raw[i] === '\\') {
      const e = raw[i + 1];
      const len = e === 'u' ? 6 : e === 'U' ? 10 : 2;
      const cooked = e === 'u' || e === 'U' ? String.fromCodePoint(Math.min(parseInt(raw.slice(i + 2, i + len), 16) || 0xfffd, 0x10ffff)).length : e === undefined || 'nrt"\\'.includes(e) ? 1 : 2;
      for (let k = 0; k < cooked; k++) map.push(i);
      i += len;
    } else if ((raw.startsWith('$${', i) || raw.startsWith('%%{', i))) {
      map.push(i, i + 2);
      i += 3;
    } else {
      map.push(i);
      i++;
    }
  }
  map.push(i);
  return map;
}

function compileExpr(text: string, locAt: Locator, appliesTo: string, policy: string, problems: PolicyProblem[]): CompiledExpr | undefined {
  if (text.length > MAX_EXPRESSION_CHARS) {
    problems.push({ policy, loc: locAt(MAX_EXPRESSION_CHARS), message: `Policy ${policy}: the expression is ${text.length} characters; the limit is ${MAX_EXPRESSION_CHARS}.` });
    return undefined;
  }
  if (text.trim() === '') {
    problems.push({ policy, loc: locAt(0), message: `Policy ${policy}: the expression is empty.` });
    return undefined;
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(text);
  } catch (e) {
    const err = e as { message?: string; location?: { start?: { offset?: number } }; found?: string | null; expected?: unknown };
    const offset = err.location?.start?.offset ?? 0;
    // The parser's message starts with "<input>:1:8: "; the position is ours to give.
    // The CEL lexer may quote half of a surrogate pair ("found \ud802"); a lone surrogate is
    // not valid in strict JSON, so it is shown as U+FFFD (found by the fuzzer, issue 10).
    const msg = String(err.message ?? e).replace(/^<input>:\d+:\d+:\s*/, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    problems.push({ policy, loc: locAt(offset), message: `Policy ${policy}: CEL syntax error: ${msg}.` });
    return undefined;
  }
  const positions = new Map<bigint, number>();
  for (const [k, v] of Object.entries(parsed.sourceInfo?.positions ?? {})) positions.set(BigInt(k), v as number);
  const before = problems.length;
  checkNames(parsed.expr, appliesTo, positions, locAt, policy, problems, new Set());
  if (problems.length > before) return undefined;
  let run: CompiledExpr['run'];
  try {
    run = plan(ENV, parsed) as CompiledExpr['run'];
  } catch (e) {
    problems.push({ policy, loc: locAt(0), message: `Policy ${policy}: ${(e as Error).message ?? String(e)}.` });
    return undefined;
  }
  return { text, expr: parsed.expr, positions, run, locAt };
}

/**
 * Static name check: `self.FIELD` must be an attribute or derived field of the element type, and
 * free identifiers must be variables. Catches typos at their position instead of at run time.
 */
function checkNames(e: Expr | undefined, appliesTo: string, positions: Map<bigint, number>, locAt: Locator, policy: string, problems: PolicyProblem[], bound: Set<string>): void {
  if (!e) return;
  const k = e.exprKind;
  switch (k.case) {
    case 'identExpr': {
      const name = k.value.name;
      if (!bound.has(name) && !ROOT_VARIABLES.some((v) => v.name === name) && !name.startsWith('@')) {
        problems.push({ policy, loc: locAt(positions.get(e.id) ?? 0),
          message: `Policy ${policy}: unknown name \`${name}\`; a condition can use ${ROOT_VARIABLES.map((v) => v.name).join(', ')}${didYouMean(name, ROOT_VARIABLES.map((v) => v.name))}` });
      }
      return;
    }
    case 'selectExpr': {
      const op = k.value.operand;
      if (op?.exprKind.case === 'identExpr' && op.exprKind.value.name === 'self' && !bound.has('self')) {
        const fields = fieldsOf(appliesTo);
        if (!fields.includes(k.value.field)) {
          // The select's own position is at the dot; the field name follows it.
          const at = (positions.get(e.id) ?? 0) + 1;
          problems.push({ policy, loc: locAt(at),
            message: `Policy ${policy}: a ${appliesTo} has no field \`${k.value.field}\`${didYouMean(k.value.field, fields)}` });
        }
        return;
      }
      checkNames(op, appliesTo, positions, locAt, policy, problems, bound);
      return;
    }
    case 'callExpr':
      checkNames(k.value.target, appliesTo, positions, locAt, policy, problems, bound);
      for (const a of k.value.args) checkNames(a, appliesTo, positions, locAt, policy, problems, bound);
      return;
    case 'listExpr':
      for (const x of k.value.elements) checkNames(x, appliesTo, positions, locAt, policy, problems, bound);
      return;
    case 'structExpr':
      for (const en of k.value.entries) {
        if (en.keyKind.case === 'mapKey') checkNames(en.keyKind.value, appliesTo, positions, locAt, policy, problems, bound);
        checkNames(en.value, appliesTo, positions, locAt, policy, problems, bound);
      }
      return;
    case 'comprehensionExpr': {
      const c = k.value;
      checkNames(c.iterRange, appliesTo, positions, locAt, policy, problems, bound);
      const inner = new Set([...bound, c.iterVar, c.iterVar2, c.accuVar].filter(Boolean));
      for (const x of [c.accuInit, c.loopCondition, c.loopStep, c.result]) checkNames(x, appliesTo, positions, locAt, policy, problems, inner);
      return;
    }
    default:
      return;
  }
}

/** Every field `self` has for an element type: its schema attributes and nested blocks, and the derived fields. */
export function fieldsOf(type: string): string[] {
  const schema = BLOCK_SCHEMAS.get(type);
  const own = [...(schema?.attributes.map((a) => a.name) ?? []), ...(schema?.blocks.map((b) => b.type) ?? [])];
  const derived = DERIVED_FIELDS.filter((d) => d.on.includes('*') || d.on.includes(type)).map((d) => d.name);
  return [...new Set([...own, ...derived])];
}

/** Ends a message: a did-you-mean question, or a full stop. */
function didYouMean(name: string, options: string[]): string {
  const s = suggest(name, options);
  return s.length > 0 ? `; did you mean \`${s[0]}\`?` : '.';
}

/** `{expr}` parts of a message template; `{{` and `}}` are literal braces. */
function compileTemplate(text: string, locAt: Locator, appliesTo: string, policy: string, problems: PolicyProblem[]): TemplatePart[] | undefined {
  const parts: TemplatePart[] = [];
  let lit = '';
  let i = 0;
  const before = problems.length;
  while (i < text.length) {
    const c = text[i];
    if (c === '{' && text[i + 1] === '{') { lit += '{'; i += 2; continue; }
    if (c === '}' && text[i + 1] === '}') { lit += '}'; i += 2; continue; }
    if (c === '{') {
      const end = text.indexOf('}', i + 1);
      if (end < 0) {
        problems.push({ policy, loc: locAt(i), message: `Policy ${policy}: \`{\` in the message is not closed; write \`{{\` for a literal brace.` });
        return undefined;
      }
      if (lit) parts.push(lit), (lit = '');
      const start = i + 1;
      const sub = compileExpr(text.slice(start, end), (o) => locAt(start + o), appliesTo, policy, problems);
      if (sub) parts.push(sub);
      i = end + 1;
      continue;
    }
    lit += c;
    i++;
  }
  if (lit) parts.push(lit);
  return problems.length > before ? undefined : parts;
}

function compileFixes(block: ModelBlock, appliesTo: string, policy: string, problems: PolicyProblem[]): CompiledPolicy['fixes'] {
  const out: CompiledPolicy['fixes'] = [];
  for (const fix of block.subs('fix')) {
    const steps: CompiledPolicy['fixes'][number]['steps'] = [];
    for (const s of fix.subs('step')) {
      const op = s.str('op');
      const attribute = s.str('attribute');
      const value = s.str('value');
      if (!op || !attribute) continue; // reported by the model as missing
      const schema = attributeSchema(appliesTo, attribute);
      if (!schema) {
        const names = BLOCK_SCHEMAS.get(appliesTo)?.attributes.map((a) => a.name) ?? [];
        problems.push({ policy, loc: s.prop('attribute')?.loc ?? s.headLoc, message: `Policy ${policy}: a ${appliesTo} has no attribute \`${attribute}\`${didYouMean(attribute, names)}` });
        continue;
      }
      if (op !== 'remove' && value === undefined) {
        problems.push({ policy, loc: s.headLoc, message: `Policy ${policy}: a \`${op}\` step needs a \`value\`.` });
        continue;
      }
      if (op === 'add_to_list' && schema.type.kind !== 'list') {
        problems.push({ policy, loc: s.prop('op')?.loc ?? s.headLoc, message: `Policy ${policy}: \`${attribute}\` is not a list; use \`set\`.` });
        continue;
      }
      steps.push({ op: op === 'add_to_list' ? 'add-to-list' : op === 'remove' ? 'remove' : 'set', attribute, value: value === undefined ? undefined : hclValue(appliesTo, attribute, value) });
    }
    if (fix.name && steps.length > 0) out.push({ title: fix.name, steps });
  }
  return out;
}

/** A step's value as HCL text, written as the target attribute's type needs it. */
function hclValue(type: string, attribute: string, value: string): string {
  const t = attributeSchema(type, attribute)?.type;
  const item = t?.kind === 'list' ? t.of : t;
  if (item && (item.kind === 'bool' || item.kind === 'number' || item.kind === 'reference')) return value;
  if (t?.kind === 'list' && value.trim().startsWith('[')) return value;
  return JSON.stringify(value);
}

/** Fix descriptors for one finding: the steps applied to the element it is about. */
export function fixesFor(p: CompiledPolicy, el: ModelBlock): FixDescriptor[] {
  return p.fixes.map((f, i) => ({
    title: `${p.id}: ${f.title}`,
    preferred: i === 0,
    steps: f.steps.map((s): FixStep => s.op === 'remove'
      ? { op: 'remove', element: el.key, attribute: s.attribute }
      : { op: s.op as 'set' | 'add-to-list', element: el.key, attribute: s.attribute, value: s.value! }),
  }));
}
