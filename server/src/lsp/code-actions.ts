// Quick fixes for Ringside diagnostics and the blast-radius code lenses. Pure: the server passes
// the current analysis and what it knows of the client; nothing here touches the connection.
//
// For a diagnostic the finding is looked up in the current analysis, so fixes are always computed
// against the model as it is now: first by rule, file, range and message; when the text moved
// since the diagnostic was published, by rule, element and message (fix steps name elements by
// key, not by position, so they stay valid). A diagnostic that matches nothing gets no fixes.
import {
  CodeActionKind,
  type CodeAction, type CodeLens, type Diagnostic, type TextDocumentEdit, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { Finding, FixDescriptor } from '../analysis/types';
import type { HclParser } from '../syntax/parser';
import type { Range } from '../syntax/range';
import { blastRadiusLine } from '../analysis/blast-radius';
import { fixEdits, addWaiverEdit, replaceFix, requiredAttributeEdit, type FileEdit } from '../fixes/apply';
import type { ModelCode, ModelDiagnostic } from '../model/types';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
import { ShowFindingsCommand } from './protocol';

/** What may stand unquoted: a name, a keyword or a dotted reference (`component.updater`). */
const BARE_REFERENCE = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

export interface CodeActionEnv {
  parser: HclParser;
  /** Today's date, "YYYY-MM-DD": new waivers get an expiry relative to it. */
  today: string;
  /** Version of an open document; undefined for files only on disk. */
  versionOf(uri: string): number | undefined;
  /** Whether the client takes `documentChanges` (versioned edits) in a WorkspaceEdit. */
  documentChanges: boolean;
  /** Where to report a fix that failed to compute (it is then left out). */
  warn?(message: string): void;
}

/** Rule ids of the catalogue (RS001…): those can be waived. Model and engine codes cannot. */
const WAIVABLE = /^RS\d+$/;

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

function isData(v: unknown): v is DiagnosticData {
  return typeof v === 'object' && v !== null && typeof (v as DiagnosticData).ruleId === 'string';
}

/** The finding behind a diagnostic in the current analysis, or undefined when it is gone. */
export function findingFor(result: CheckResult, uri: string, d: Diagnostic): Finding | undefined {
  const code = typeof d.code === 'string' ? d.code : undefined;
  if (!code) return undefined;
  const message = typeof d.message === 'string' ? d.message : d.message?.value;
  const live = result.findings.filter((f) => f.ruleId === code && !f.suppression && f.message === message);
  const exact = live.find((f) => f.loc.file === uri && sameRange(f.loc.range, d.range));
  if (exact) return exact;
  // The text moved: the same finding about the same element is still the one meant.
  const data = isData(d.data) && d.data.ruleId === code ? d.data : undefined;
  const element = typeof data?.element === 'string' ? data.element : undefined;
  const same = live.filter((f) => f.loc.file === uri && f.element === element);
  return same.length === 1 ? same[0] : undefined;
}

/** FileEdit results may come as one edit, a list, or nothing. */
function asEdits(v: FileEdit | FileEdit[] | null | undefined): FileEdit[] {
  if (!v) return [];
  return Array.isArray(v) ? v : [v];
}

export function workspaceEdit(edits: FileEdit[], env: CodeActionEnv): WorkspaceEdit | undefined {
  if (edits.length === 0) return undefined;
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) {
    let list = byFile.get(e.file);
    if (!list) byFile.set(e.file, (list = []));
    list.push({ range: e.range, newText: e.newText });
  }
  if (env.documentChanges) {
    const documentChanges: TextDocumentEdit[] = [...byFile].map(([uri, list]) => ({
      textDocument: { uri, version: env.versionOf(uri) ?? null },
      edits: list,
    }));
    return { documentChanges };
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const [uri, list] of byFile) changes[uri] = list;
  return { changes };
}

/** Quick fixes for the Ringside diagnostics of one document. */
export function codeActions(result: CheckResult, uri: string, diagnostics: readonly Diagnostic[], env: CodeActionEnv): CodeAction[] {
  const out: CodeAction[] = [];
  const model = result.model;
  const attempt = <T>(what: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      env.warn?.(`Ringside: could not compute the quick fix "${what}": ${(e as Error)?.message ?? String(e)}`);
      return undefined;
    }
  };

  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const f = findingFor(result, uri, d);
    if (!f) continue;
    const titles = new Set<string>();
    let preferred = false;
    const push = (title: string, edits: FileEdit[], isPreferred: boolean) => {
      if (titles.has(title)) return;
      const edit = workspaceEdit(edits, env);
      if (!edit) return;
      titles.add(title);
      const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit };
      if (isPreferred && !preferred) {
        action.isPreferred = true;
        preferred = true;
      }
      out.push(action);
    };

    // 1. The rule's own fixes, the preferred one first.
    const fixes: FixDescriptor[] = [...(f.fixes ?? [])].sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
    for (const fix of fixes) {
      const edits = attempt(fix.title, () => fixEdits(env.parser, model, fix));
      if (edits) push(fix.title, edits, !!fix.preferred);
    }

    // 2. Did-you-mean replacements from model diagnostics.
    const s = f.suggestions;
    if (s) {
      // An unquoted replacement must be a bare name or reference: a label such as "a b" (valid
      // as a name, not in a reference) would leave a syntax error.
      for (const v of s.values.filter((x) => s.quote || BARE_REFERENCE.test(x))) {
        const edit = replaceFix(f.loc.file, s.range, v, s.quote);
        push(`Change to ${edit.newText}`, [edit], v === s.values[0]);
      }
    }

    // 3. A missing required attribute.
    if (f.missingAttribute) {
      const attr = f.missingAttribute;
      const diag: ModelDiagnostic = { code: f.ruleId as ModelCode, severity: f.severity, message: f.message, loc: f.loc, missingAttribute: attr };
      const edits = attempt(`add ${attr}`, () => asEdits(requiredAttributeEdit(model, diag, env.today)));
      if (edits) push(`Add required attribute \`${attr}\``, edits, true);
    }

    // 4. Accept the risk: a waiver, for catalogue rules only.
    // The waiver names its target as a reference, so the element must have a referenceable name.
    if (WAIVABLE.test(f.ruleId) && f.element && BARE_REFERENCE.test(f.element)) {
      const edits = attempt(`waive ${f.ruleId}`, () => asEdits(addWaiverEdit(model, f, env.today)));
      if (edits) push(`Add waiver for ${f.ruleId}`, edits, false);
    }
  }
  return out;
}

/** A lens on each context and component: its blast radius and how many findings it has. */
export function codeLenses(result: CheckResult, uri: string): CodeLens[] {
  const lenses: CodeLens[] = [];
  const radius = new Map(result.blastRadius.map((b) => [b.element, b]));
  for (const el of [...result.model.contexts, ...result.model.components]) {
    if (el.file !== uri) continue;
    const key = el.key;
    const n = result.findings.filter((f) => !f.suppression && f.element !== undefined
      && (f.element === key || f.element.startsWith(key + '.'))).length;
    const b = radius.get(key);
    const count = n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`;
    const title = b ? `${blastRadiusLine(b)} · ${count}` : count;
    lenses.push({ range: el.headLoc.range, command: { title, command: ShowFindingsCommand, arguments: [uri, key] } });
  }
  return lenses;
}
