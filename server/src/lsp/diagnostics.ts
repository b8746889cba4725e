// Findings → LSP diagnostics, plus the rule catalogue views the custom requests answer with
// (rule documentation, rule list). Pure mapping: no connection, no I/O.
import { snippet } from '../syntax/snippet';
import {
  DiagnosticSeverity, DiagnosticTag,
  type Diagnostic, type DiagnosticRelatedInformation,
} from 'vscode-languageserver-types';
import type { Finding } from '../analysis/types';
import type { Loc, Severity } from '../model/types';
import type { Range } from '../syntax/range';
import { RULE_META, META_UNSPECIFIED, ruleMeta } from '../rules/meta';
import { MODEL_CODE_INFO } from '../model/codes';
import { WAIVER_CODES } from '../analysis/engine';
import type { FindingCounts, RuleDocResult, ListRulesResult } from './protocol';

export const DIAGNOSTIC_SOURCE = 'ringside';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What code actions need from a diagnostic, carried in `Diagnostic.data`: which finding it is (the
 * model is the one of the document the code actions are asked for). The code-action handler looks
 * the finding up in the model's current analysis (by rule, range and message, or by rule, element
 * and message when the text moved since), so fixes are always computed against the model as it
 * is now. Kept small on purpose: a model of 1,000 components can have thousands of findings, and
 * every byte is serialized on each keystroke.
 */
export interface DiagnosticData {
  ruleId: string;
  /** Model key of the element the finding is about. */
  element?: string;
}

export { ruleMeta };

/** The first series link of a rule (kept for the rule page's "series" link). */
export function ruleLink(id: string): string | undefined {
  return ruleMeta(id)?.series[0]?.url;
}

/**
 * The diagnostic's code link: the rule's page inside the editor. The client serves
 * `ringside-rule:` documents (client/src/rule-docs.ts) and opens this link in its Markdown preview
 * instead of a browser; any other client gets a URI it can ignore.
 */
export function rulePageUri(id: string): string {
  return `ringside-rule:${id}.md`;
}

/** Budget of a diagnostic message: the title plus one sentence, as linters keep theirs. */
export const MESSAGE_BUDGET = 200;

/** Plain text: Markdown code spans lose their backticks (the Problems panel shows them literally). */
export function plainText(s: string): string {
  return s.replace(/`([^`]*)`/g, '$1').replace(/`/g, '');
}

/**
 * The first sentence of a finding's message. A sentence ends at ". " (or "! ", "? ") before a
 * capital letter, a quote or a code span, and not after an abbreviation such as "e.g." or "i.e.".
 */
export function firstSentence(message: string): string {
  const re = /([.!?])\s+(?=[A-Z0-9"`'(])/g;
  for (let m = re.exec(message); m; m = re.exec(message)) {
    const before = message.slice(0, m.index + 1);
    if (/\b(e\.g|i\.e|etc|vs|cf|no|Fig|approx)\.$/i.test(before) || /\b[A-Z]\.$/.test(before)) continue;
    return before;
  }
  return message.trim();
}

/** Cut at a word boundary so the whole, with an ellipsis, fits `max` characters. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  // The cut never splits a surrogate pair or a grapheme (snippet() without its ellipsis).
  const cut = snippet(s, max - 1).slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:(\u2014-]+$/, '')}…`;
}

/**
 * What the Problems panel shows: the rule's short title, then the one sentence that says what is
 * specific to this place. The rationale lives in the hover and the rule page.
 */
export function diagnosticMessage(f: Finding): string {
  const title = (ruleMeta(f.ruleId) ?? f.meta)?.title ?? MODEL_CODE_INFO.get(f.ruleId)?.title;
  const sentence = plainText(firstSentence(f.message));
  if (!title) return clip(sentence, MESSAGE_BUDGET);
  return clip(`${title}: ${sentence}`, MESSAGE_BUDGET);
}

/** At most this many related-information entries: they are for navigation, not for facts. */
export const RELATED_LIMIT = 4;

function related(loc: Loc, message: string): DiagnosticRelatedInformation {
  return { location: { uri: loc.file, range: loc.range }, message };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameLoc(a: Loc, b: Loc): boolean {
  return a.file === b.file && sameRange(a.range, b.range);
}

/** One diagnostic for a finding. Suppressed (waived) findings are never published; see `publishable`. */
export function toDiagnostic(f: Finding): Diagnostic {
  const d: Diagnostic = {
    range: f.loc.range,
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Error,
    code: f.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: diagnosticMessage(f),
  };
  // Built-in rules and model codes: the rule's page inside the editor. Policy rules: their own source.
  const href = ruleMeta(f.ruleId) || MODEL_CODE_INFO.has(f.ruleId) ? rulePageUri(f.ruleId) : f.meta?.primary[0]?.url;
  if (href) d.codeDescription = { href };

  // Places to go to: the flow path (source input → sink), then related places. Facts are for the
  // hover; they are not repeated here. A few entries only, so the Problems panel stays one row
  // per finding with a short list under it.
  const info: DiagnosticRelatedInformation[] = [];
  const seen: { loc: Loc; message: string }[] = [];
  const add = (loc: Loc, message: string) => {
    if (info.length >= RELATED_LIMIT) return;
    if (loc.file === f.loc.file && sameRange(loc.range, f.loc.range)) return; // no place to go to
    if (seen.some((s) => s.message === message && sameLoc(s.loc, loc))) return;
    seen.push({ loc, message });
    info.push(related(loc, plainText(message)));
  };
  for (const hop of f.path ?? []) add(hop.loc, hop.message);
  for (const r of f.related ?? []) add(r.loc, r.message);
  if (info.length) d.relatedInformation = info;

  if (f.ruleId === WAIVER_CODES.unused) d.tags = [DiagnosticTag.Unnecessary];

  const data: DiagnosticData = { ruleId: f.ruleId };
  if (f.element) data.element = f.element;
  d.data = data;
  return d;
}

/** Waived findings are counted but not shown: the waiver itself documents the accepted risk. */
export function publishable(f: Finding): boolean {
  return !f.suppression;
}

/** Diagnostics per file for a list of findings; files without findings are absent. */
export function diagnosticsByFile(findings: readonly Finding[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const f of findings) {
    if (!publishable(f)) continue;
    let list = out.get(f.loc.file);
    if (!list) out.set(f.loc.file, (list = []));
    list.push(toDiagnostic(f));
  }
  return out;
}

export function countFindings(model: string, findings: readonly Finding[], extraErrors = 0): FindingCounts {
  const c: FindingCounts = { model, error: extraErrors, warning: 0, information: 0, hint: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppression) c.suppressed++;
    else if (f.severity in SEVERITY) c[f.severity]++;
  }
  return c;
}

/** An RS-FILE diagnostic for a file that could not be read as a design file. */
export function fileProblemDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'RS-FILE',
    source: DIAGNOSTIC_SOURCE,
    message: `This file cannot be read as a design file: ${message}.`,
    data: { ruleId: 'RS-FILE' } satisfies DiagnosticData,
  };
}

/** The rule picker's list: every catalogue rule and the unspecified-property notice. */
export function listRules(): ListRulesResult {
  return { rules: [...RULE_META, META_UNSPECIFIED].map((m) => ({ id: m.id, title: m.title, severity: m.defaultSeverity })) };
}

/** Markdown documentation of a rule or model code; undefined when the id is unknown. */
export function ruleDoc(id: string): RuleDocResult | undefined {
  const m = ruleMeta(id);
  if (m) {
    const lines = [
      `# ${m.id} — ${m.title}`, '',
      `\`${m.slug}\` · default severity **${m.defaultSeverity}** · ${m.category}`, '',
      m.rationale, '',
      `*Severity:* ${m.severityNote}`, '',
      `*Trigger:* ${m.trigger}`,
    ];
    if (m.downgrade) lines.push('', `*Downgraded by:* ${m.downgrade}`);
    if (m.limitations) lines.push('', `*Limitations:* ${m.limitations}`);
    if (m.fixes.length) lines.push('', '*Quick fixes:*', ...m.fixes.map((f) => `- ${f}`));
    if (m.related.length) lines.push('', `*Related:* ${m.related.join(', ')}`);
    if (m.seriesPlannedPart) lines.push('', `*Note:* the series announced Part ${m.seriesPlannedPart} for this topic, but it was not published; the link points at the announcement.`);
    if (m.series.length) lines.push('', '*In the series:*', ...m.series.map((l) => `- [${l.title}](${l.url})`));
    if (m.primary.length) lines.push('', '*Sources:*', ...m.primary.map((l) => `- [${l.title}](${l.url})`));
    return { ruleId: m.id, title: m.title, markdown: lines.join('\n') + '\n', url: m.series[0]?.url };
  }
  const c = MODEL_CODE_INFO.get(id);
  if (c) {
    return { ruleId: c.code, title: c.title, markdown: `# ${c.code} — ${c.title}\n\nDefault severity **${c.severity}**.\n\n${c.description}\n` };
  }
  return undefined;
}
