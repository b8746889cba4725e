// Navigation over `TYPE.NAME` references: go to definition, find references, rename, highlight.
// Outline, workspace symbols, folding and selection ranges live in their own modules and are
// re-exported here so the server has one import for navigation. Pure.
import type { DocumentHighlight, Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { ModelBlock } from '../model/types';
import { declarationRange, navTargetAt, referencesTo } from './locate';

export { documentSymbols, workspaceSymbols } from './symbols';
export { foldingRanges } from './folding';
export { selectionRanges } from './selection-ranges';

/** Names as the model builder accepts them for referenceable elements (model/build.ts). */
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Where the element named at `pos` is declared; null when nothing (or nothing defined) is there. */
export function definition(result: CheckResult, file: string, pos: Position): Location | null {
  const t = navTargetAt(result, file, pos);
  if (!t?.element) return null;
  return { uri: t.element.file, range: t.element.nameRange ?? t.element.typeRange };
}

/** Every reference to the element named at `pos`, across the model's files, and its declaration if asked. */
export function references(result: CheckResult, file: string, pos: Position, includeDeclaration: boolean): Location[] {
  const t = navTargetAt(result, file, pos);
  if (!t) return [];
  const out: Location[] = [];
  if (includeDeclaration && t.element) out.push({ uri: t.element.file, range: t.element.nameRange ?? t.element.typeRange });
  for (const r of referencesTo(result.model, t.key)) out.push({ uri: r.loc.file, range: r.loc.range });
  return out;
}

/** The declaration and references of the element at `pos` within `file`. */
export function documentHighlight(result: CheckResult, file: string, pos: Position): DocumentHighlight[] {
  const t = navTargetAt(result, file, pos);
  if (!t) return [];
  const out: DocumentHighlight[] = [];
  if (t.element && t.element.file === file) out.push({ range: t.element.nameRange ?? t.element.typeRange, kind: DocumentHighlightKind.Write });
  for (const r of referencesTo(result.model, t.key)) if (r.loc.file === file) out.push({ range: r.loc.range, kind: DocumentHighlightKind.Read });
  return out;
}

/** The name under the cursor that rename would change, or null when there is nothing renameable there. */
export function prepareRename(result: CheckResult, file: string, pos: Position): { range: Range; placeholder: string } | null {
  const t = navTargetAt(result, file, pos);
  if (!t?.element) return null;
  return { range: t.nameRange, placeholder: t.name };
}

/**
 * Renames the element at `pos`: its label and every `TYPE.NAME` reference in every file of the
 * model. Returns null when there is nothing to rename at `pos`; throws an Error with a message for
 * the user when the new name is not a valid name or is already taken.
 */
export function rename(result: CheckResult, file: string, pos: Position, newName: string): WorkspaceEdit | null {
  const t = navTargetAt(result, file, pos);
  if (!t) return null;
  if (!t.element) throw new Error(`\`${t.key}\` is not defined in this model, so there is nothing to rename.`);
  const el = t.element;
  if (!NAME_PATTERN.test(newName)) {
    throw new Error(`\`${newName}\` is not a valid name: names start with a letter or \`_\` and contain only letters, digits, \`_\` and \`-\`.`);
  }
  if (newName === t.name) return { changes: {} };
  const clash = result.model.elements.get(`${t.type}.${newName}`);
  if (clash) throw new Error(`There is already ${/^[aeiou]/.test(t.type) ? 'an' : 'a'} ${t.type} named \`${newName}\` (${where(clash)}); names are unique per block type across the model.`);
  const changes: { [uri: string]: TextEdit[] } = {};
  const add = (uri: string, range: Range) => (changes[uri] ??= []).push({ range, newText: newName });
  add(el.file, declarationRange(result, el));
  for (const r of referencesTo(result.model, t.key)) add(r.loc.file, r.nameRange);
  return { changes };
}

function where(el: ModelBlock): string {
  const base = el.file.split(/[\\/]/).pop() ?? el.file;
  return `${decodeURIComponentSafe(base)}:${el.typeRange.start.line + 1}`;
}

function decodeURIComponentSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}
