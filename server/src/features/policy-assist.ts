// Completion and hover inside a policy's CEL `condition` and `message` strings: the fields of the
// element the policy applies to (from the one schema, plus the derived fields), the variables, and
// CEL's functions and macros. Pure.
import type { CompletionItem, Hover, Position } from 'vscode-languageserver-types';
import { CompletionItemKind, MarkupKind } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { ModelBlock } from '../model/types';
import { attributeSchema, BLOCK_SCHEMAS } from '../schema/language';
import { cookedToRaw, fieldsOf } from '../policy/compile';
import { CEL_FUNCTIONS, DERIVED_FIELDS, ROOT_VARIABLES } from '../policy/reference';

interface StringAt { policy: ModelBlock; appliesTo: string; attribute: 'condition' | 'message'; before: string }

/** The policy string under the cursor and the text of it before the cursor. */
function stringAt(result: CheckResult, file: string, pos: Position): StringAt | undefined {
  for (const policy of result.model.policies) {
    if (policy.file !== file) continue;
    for (const attribute of ['condition', 'message'] as const) {
      const prop = policy.prop(attribute);
      const r = prop?.expr.range;
      if (!prop || prop.expr.kind !== 'string' || !r || r.start.line !== pos.line || r.end.line !== pos.line) continue;
      if (pos.character <= r.start.character || pos.character >= r.end.character) continue;
      const src = result.model.files.find((f) => f.file === file);
      if (!src) return undefined;
      const raw = src.lines.lineText(pos.line).slice(r.start.character + 1, r.end.character);
      const rawOffset = pos.character - r.start.character - 1;
      const map = cookedToRaw(raw);
      let cooked = 0;
      while (cooked < map.length - 1 && map[cooked] < rawOffset) cooked++;
      return { policy, appliesTo: policy.str('applies_to') ?? 'component', attribute, before: prop.expr.value.slice(0, cooked) };
    }
  }
  return undefined;
}

/** Completion items inside a policy string, or undefined when the cursor is not in one. */
export function policyCompletion(result: CheckResult, file: string, pos: Position): CompletionItem[] | undefined {
  const at = stringAt(result, file, pos);
  if (!at) return undefined;
  let expr = at.before;
  if (at.attribute === 'message') {
    // In a message only the `{…}` parts are CEL.
    const open = expr.lastIndexOf('{');
    if (open < 0 || expr.indexOf('}', open) >= 0) return [];
    expr = expr.slice(open + 1);
  }
  const m = /(\bself|\bagent|\b[a-z_][a-z0-9_]*)\.([A-Za-z_0-9]*)$/.exec(expr);
  if (m && m[1] === 'self') return fieldItems(at.appliesTo);
  if (m && m[1] === 'agent') return fieldItems('agent');
  if (m && m[1] === 'model') return ['contexts', 'components', 'inputs', 'deployments', 'channels'].map((n) => ({ label: n, kind: CompletionItemKind.Field, detail: `every ${n.slice(0, -1)}` }));
  if (m) return CEL_FUNCTIONS.filter((f) => f.method).map(functionItem);
  return [
    ...ROOT_VARIABLES.map((v): CompletionItem => ({ label: v.name, kind: CompletionItemKind.Variable, documentation: { kind: MarkupKind.Markdown, value: v.doc } })),
    ...CEL_FUNCTIONS.filter((f) => !f.method).map(functionItem),
  ];
}

function functionItem(f: (typeof CEL_FUNCTIONS)[number]): CompletionItem {
  return { label: f.name, kind: CompletionItemKind.Function, detail: f.signature, documentation: { kind: MarkupKind.Markdown, value: f.doc } };
}

function fieldItems(type: string): CompletionItem[] {
  return fieldsOf(type).map((name) => ({
    label: name, kind: CompletionItemKind.Field,
    detail: fieldSummary(type, name),
    documentation: { kind: MarkupKind.Markdown, value: fieldDoc(type, name) },
  }));
}

function fieldSummary(type: string, name: string): string {
  const a = attributeSchema(type, name);
  if (a) return a.summary;
  if (BLOCK_SCHEMAS.get(type)?.blocks.some((b) => b.type === name)) return `nested ${name} block`;
  return 'derived';
}

function fieldDoc(type: string, name: string): string {
  const a = attributeSchema(type, name);
  if (a) return `\`${type}.${name}\` — ${a.doc}${a.type.kind === 'list' ? ' Unset reads as `[]`.' : ' Unset reads as `null`.'}`;
  const d = DERIVED_FIELDS.find((x) => x.name === name);
  if (d) return `\`${name}\` (derived) — ${d.doc}`;
  return `\`${name}\` — the nested \`${name}\` block, or \`null\`.`;
}

/** Hover inside a policy string: the field, variable or function under the cursor. */
export function policyHover(result: CheckResult, file: string, pos: Position): Hover | null | undefined {
  const at = stringAt(result, file, pos);
  if (!at) return undefined;
  const src = result.model.files.find((f) => f.file === file);
  const line = src?.lines.lineText(pos.line) ?? '';
  let s = pos.character, e = pos.character;
  while (s > 0 && /[A-Za-z0-9_]/.test(line[s - 1])) s--;
  while (e < line.length && /[A-Za-z0-9_]/.test(line[e])) e++;
  const word = line.slice(s, e);
  if (!word) return null;
  const owner = /([A-Za-z_][A-Za-z0-9_]*)\.$/.exec(line.slice(0, s))?.[1];
  let value: string | undefined;
  if (owner === 'self' && fieldsOf(at.appliesTo).includes(word)) value = fieldDoc(at.appliesTo, word);
  else if (owner === 'agent' && fieldsOf('agent').includes(word)) value = fieldDoc('agent', word);
  else if (!owner && ROOT_VARIABLES.some((v) => v.name === word)) value = `\`${word}\` — ${ROOT_VARIABLES.find((v) => v.name === word)!.doc}`;
  else {
    const f = CEL_FUNCTIONS.find((x) => x.name === word);
    if (f) value = `\`${f.signature}\` — ${f.doc}`;
  }
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: { line: pos.line, character: s }, end: { line: pos.line, character: e } } };
}
