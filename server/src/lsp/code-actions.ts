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
import { applyEdits, fixEdits, addWaiverEdit, replaceFix, requiredAttributeEdit, syntaxErrorLeftBy, type FileEdit } from '../fixes/apply';
import { checkInput } from '../check';
import type { ModelCode, ModelDiagnostic } from '../model/types';
import { DIAGNOSTIC_SOURCE, diagnosticMessage, plainText, type DiagnosticData } from './diagnostics';
import { EditWaiverCommand, ShowFindingsCommand } from './protocol';

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
  const live = result.findings.filter((f) => f.ruleId === code && !f.suppression && diagnosticMessage(f) === message);
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

/**
 * Quick fixes for the Ringside diagnostics of one document, in the order a reader decides in:
 * per diagnostic (VS Code keeps the actions of one diagnostic together), every title starts with
 * the rule id; the rule's structural fix comes first and is the preferred one; "Declare" fixes
 * list the values that keep the design clean before the ones that raise a finding, and none is
 * preferred; the waiver comes last. A waiver is written with placeholders and the editor then
 * selects them (EditWaiverCommand), so a half-written waiver never silently accepts a risk.
 */
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

  // VS Code lists preferred actions before all others, so a preferred fix per rule would tear the
  // groups apart: one fix is preferred per request, the structural fix of the most severe finding
  // (the diagnostics are taken most severe first, then by rule id; VS Code keeps the rest in this order).
  let preferred = false;
  const ordered = [...diagnostics].sort((a, b) => (a.severity ?? 1) - (b.severity ?? 1) || String(a.code ?? '').localeCompare(String(b.code ?? '')));
  for (const d of ordered) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const f = findingFor(result, uri, d);
    if (!f) continue;
    const titles = new Set<string>();
    // `verified`: fixEdits has already checked that the fix leaves no syntax error; every other
    // edit (did-you-mean, required attribute, waiver) is checked here (found by the fuzzer).
    const push = (title: string, edits: FileEdit[], isPreferred: boolean, extra?: Partial<CodeAction>, verified = false) => {
      const full = `${f.ruleId}: ${plainText(title)}`; // menus show plain text: no code-span backticks
      if (titles.has(full)) return;
      const broken = verified ? undefined : attempt(title, () => syntaxErrorLeftBy(env.parser, model, edits));
      if (broken) {
        env.warn?.(`Ringside: the quick fix "${title}" is not offered: ${broken}`);
        return;
      }
      const edit = workspaceEdit(edits, env);
      if (!edit) return;
      titles.add(full);
      const action: CodeAction = { title: full, kind: CodeActionKind.QuickFix, diagnostics: [d], edit, ...extra };
      if (isPreferred && !preferred) {
        action.isPreferred = true;
        preferred = true;
      }
      out.push(action);
    };

    // 1. The rule's own fixes: the preferred (structural) one first. Declare fixes of an
    //    unspecified property are ordered safe values first by trying each (see `declareOrder`).
    let fixes: FixDescriptor[] = [...(f.fixes ?? [])].sort((a, b) => Number(!!b.preferred) - Number(!!a.preferred));
    const risk = f.unspecified ? attempt('order the declare fixes', () => declareOrder(result, f, fixes, env)) : undefined;
    if (risk) fixes = risk.ordered;
    for (const fix of fixes) {
      const edits = attempt(fix.title, () => fixEdits(env.parser, model, fix));
      const raises = risk?.raises.get(fix);
      const title = raises?.length ? `${fix.title} (raises ${raises.join(', ')})` : fix.title;
      if (edits) push(title, edits, !!fix.preferred && !raises?.length, undefined, true);
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
      if (edits) push(`Add required attribute ${attr}`, edits, true);
    }

    // 4. Accept the risk, last: a waiver, for catalogue rules only. The editor then selects the
    //    reason, owner and expiry placeholders in the waivers file (EditWaiverCommand). The waiver
    //    names its target as a reference, so the element must have a referenceable name.
    if (WAIVABLE.test(f.ruleId) && f.element && BARE_REFERENCE.test(f.element)) {
      const edits = attempt(`waive ${f.ruleId}`, () => asEdits(addWaiverEdit(model, f, env.today)));
      const at = edits?.length === 1 ? waiverBlockRange(edits[0]) : undefined;
      if (edits) {
        push(`Add waiver (accept the risk until a date)`, edits, false,
          at ? { command: { title: 'Fill in the waiver', command: EditWaiverCommand, arguments: [edits[0].file, at, waiverSnippet(edits[0].newText)] } } : undefined);
      }
    }
  }
  return out;
}

/** Models larger than this are not re-checked per "Declare" value (the order is then the schema's). */
const RISK_CHECK_LIMIT = 200_000;
const riskCache = new WeakMap<CheckResult, Map<string, { ordered: FixDescriptor[]; raises: Map<FixDescriptor, string[]> }>>();

/**
 * Which "Declare" values raise a warning or an error on this design: each value is applied to a
 * copy of the model and the rules run again. Safe values come first, each group in schema order;
 * the values that raise findings are titled with the rules they raise.
 */
function declareOrder(result: CheckResult, f: Finding, fixes: FixDescriptor[], env: CodeActionEnv): { ordered: FixDescriptor[]; raises: Map<FixDescriptor, string[]> } | undefined {
  const model = result.model;
  if (model.files.reduce((n, x) => n + x.text.length, 0) > RISK_CHECK_LIMIT) return undefined;
  let cache = riskCache.get(result);
  if (!cache) riskCache.set(result, (cache = new Map()));
  const key = `${f.element}|${fixes.map((x) => x.title).join('|')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const serious = (r: CheckResult) => new Set(r.findings.filter((x) => !x.suppression && (x.severity === 'error' || x.severity === 'warning') && /^RS\d+$/.test(x.ruleId)).map((x) => `${x.ruleId}|${x.element}`));
  const before = serious(result);
  const raises = new Map<FixDescriptor, string[]>();
  for (const fix of fixes) {
    if (!fix.title.startsWith('Declare ')) continue;
    const edits = fixEdits(env.parser, model, fix);
    const files = model.files.map((sf) => ({ file: sf.file, text: applyEdits(sf.text, edits.filter((e) => e.file === sf.file)) }));
    const after = checkInput(env.parser, { root: model.root, files }, { today: env.today });
    const added = [...serious(after)].filter((k) => !before.has(k)).map((k) => k.split('|')[0]);
    raises.set(fix, [...new Set(added)].sort());
  }
  const risky = (x: FixDescriptor) => (raises.get(x)?.length ?? 0) > 0;
  const ordered = [...fixes.filter((x) => !risky(x)), ...fixes.filter(risky)];
  const out = { ordered, raises };
  cache.set(key, out);
  return out;
}

/** Where the waiver block lands once the edit is applied: from its `waiver "` line to its closing brace. */
export function waiverBlockRange(edit: FileEdit): Range | undefined {
  const at = edit.newText.indexOf('waiver "');
  if (at < 0) return undefined;
  // Lines end as LSP ends them: CRLF, LF or a lone CR (the fix uses the file's line ending).
  const before = edit.newText.slice(0, at).split(/\r\n|\r|\n/);
  const blockLines = edit.newText.slice(at).split(/\r\n|\r|\n/);
  const close = blockLines.findIndex((l) => l.startsWith('}'));
  if (close < 0) return undefined;
  const line = edit.range.start.line + before.length - 1;
  const character = before.length === 1 ? edit.range.start.character + before[0].length : before[before.length - 1].length;
  return { start: { line, character }, end: { line: line + close, character: 1 } };
}

/** The waiver block as a snippet: reason, owner and expiry become tab stops (their placeholders stay "TODO"). */
export function waiverSnippet(newText: string): string {
  const at = newText.indexOf('waiver "');
  const close = /[\r\n]\}/.exec(newText.slice(at));
  const block = close ? newText.slice(at, at + close.index + 2) : newText.slice(at);
  let stop = 0;
  return block.replace(/[$}\\]/g, (c) => `\\${c}`)
    .replace(/^(\s*(?:reason|owner|expires)\s*=\s*)"([^"\n]*)"/gm, (_m, lhs: string, value: string) => `${lhs}"\${${++stop}:${value}}"`);
}

const LENS_CRASH: Record<string, string> = {
  process: 'a crash ends one process',
  service: 'a crash ends one restartable service',
  host: 'a crash takes the host down',
  host_every_boot: 'a crash takes the host down on every boot',
  fleet: 'a bad release reaches every host',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One lens per context, in plain words: what a crash costs and how many findings the context and
 * its components have. Clicking it shows that context's findings (ShowFindingsCommand with its key).
 */
export function codeLenses(result: CheckResult, uri: string): CodeLens[] {
  const lenses: CodeLens[] = [];
  const radius = new Map(result.blastRadius.map((b) => [b.element, b]));
  for (const el of result.model.contexts) {
    if (el.file !== uri) continue;
    const key = el.key;
    const inside = (k: string | undefined) => k !== undefined && (k === key || k.startsWith(key + '.')
      || result.model.elements.get(k)?.parent === el || isWithin(result, k, key));
    const mine = result.findings.filter((f) => !f.suppression && inside(f.element));
    const errors = mine.filter((f) => f.severity === 'error').length;
    const warnings = mine.filter((f) => f.severity === 'warning').length;
    const b = radius.get(key);
    const crash = b && b.crash !== 'unknown' ? LENS_CRASH[b.crash] : 'crash cost unknown (kind not set)';
    const counts = mine.length === 0 ? 'no findings'
      : [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '', mine.length - errors - warnings ? plural(mine.length - errors - warnings, 'note') : ''].filter(Boolean).join(', ');
    const title = `${b?.privileged ? 'Privileged: ' : ''}${crash} · ${counts}`;
    lenses.push({ range: el.headLoc.range, command: { title, command: ShowFindingsCommand, arguments: [uri, key, el.loc.range] } });
  }
  return lenses;
}

/** Whether the element `k` sits (at any depth) inside the element `ancestor`. */
function isWithin(result: CheckResult, k: string, ancestor: string): boolean {
  for (let el = result.model.elements.get(k)?.parent; el; el = el.parent) if (el.key === ancestor) return true;
  return false;
}
