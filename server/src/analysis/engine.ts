// Runs the rule pack over a model: each rule in isolation, then merges "unspecified" needs,
// applies review/settings severity overrides and waivers. Pure: no I/O, no LSP.
import type { Loc, Model, ModelBlock, ModelDiagnostic, RelatedInfo, Severity } from '../model/types';
import { BLOCK_SCHEMAS } from '../schema/language';
import type { Fact, Finding, FixDescriptor, PathHop, RuleMeta } from './types';
import { Semantics } from './semantics';
import { FlowIndex } from './flow';
import { didYouMean, suggest } from '../model/suggest';
import { blastRadius, type BlastRadius } from './blast-radius';
import { compareText } from './compare-text';
import type { ModelChange } from '../model/build';
import { trackReads, ANY_PROP, RAW_READ } from '../model/read-tracking';

export const META_UNSPECIFIED_ID = 'RS-META-UNSPECIFIED';
export const INTERNAL_ERROR_ID = 'RS-INTERNAL';
/** Codes the engine itself reports about waivers and the review block. */
export const WAIVER_CODES = {
  unknownRule: 'RS-WAIVER-UNKNOWN-RULE', expired: 'RS-WAIVER-EXPIRED', unused: 'RS-WAIVER-UNUSED', reviewUnknownRule: 'RS-REVIEW-UNKNOWN-RULE',
  incomplete: 'RS-WAIVER-INCOMPLETE',
} as const;

/**
 * A waiver reason or owner that is not filled in: empty, or still a placeholder such as the
 * "TODO: …" the "Add waiver" quick fix writes. Such a waiver suppresses nothing until filled in.
 */
export function isPlaceholder(text: string | undefined): boolean {
  const t = (text ?? '').trim();
  return t === '' || /^(TODO|FIXME|TBD|XXX)\b/i.test(t) || /^<.*>$/.test(t);
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export interface RuleReport {
  /** The element the finding is about; waivers match on it. */
  element: ModelBlock;
  message: string;
  /** Where to show it; defaults to the element's type and name. */
  loc?: Loc;
  facts?: Fact[];
  path?: PathHop[];
  related?: RelatedInfo[];
  fixes?: FixDescriptor[];
  /** Overrides the rule's default severity (e.g. RS018: error only for boot-critical contexts). */
  severity?: Severity;
  /** Set when evidence lowered the severity; the text says which evidence. */
  downgradedBy?: string;
}

export type SeverityOverrides = Record<string, Severity | 'off'>;

export interface AnalysisOptions {
  /** Today's date, "YYYY-MM-DD", for waiver expiry. Passed in so analysis stays pure and testable. */
  today: string;
  /** Editor settings; the model's review block wins over them. */
  overrides?: SeverityOverrides;
}

export interface AnalysisResult {
  findings: Finding[];
  blastRadius: BlastRadius[];
  semantics: Semantics;
  flows: FlowIndex;
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'information', information: 'hint', hint: 'hint' };
export function lowerSeverity(s: Severity): Severity { return LOWER[s]; }

export class RuleContext {
  constructor(
    readonly model: Model,
    readonly sem: Semantics,
    private readonly flowIndex: () => FlowIndex,
    readonly rule: RuleMeta,
    private readonly out: Finding[],
    private readonly needs: Need[],
  ) {}

  /** Content and data flows; built on first use. */
  get flows(): FlowIndex { return this.flowIndex(); }

  report(r: RuleReport): void {
    this.out.push({
      ruleId: this.rule.id,
      severity: r.severity ?? this.rule.defaultSeverity,
      defaultSeverity: r.severity ?? this.rule.defaultSeverity,
      message: r.message,
      loc: r.loc ?? r.element.headLoc,
      element: r.element.key,
      facts: r.facts ?? [],
      path: r.path,
      related: r.related,
      fixes: r.fixes,
      downgradedBy: r.downgradedBy,
      // Policies are not in the built-in registry: their findings carry their own metadata.
      ...(this.rule.category === 'policy' ? { meta: this.rule } : {}),
    });
  }

  /**
   * The rule needed `property` of `el` (a dotted path like `recovery.remote` for nested blocks)
   * and the model leaves it out. One information finding per element and property is reported,
   * naming every rule that needed it.
   */
  unspecified(el: ModelBlock, property: string): void {
    this.needs.push({ el, property });
  }

  /** A fact about an attribute, e.g. `context csagent: kind = kernel_driver`, located at the attribute. */
  fact(el: ModelBlock, attribute: string, note?: string): Fact {
    const p = el.prop(attribute);
    // Evidence is a list of work done: leaving it out and writing [] say the same thing.
    const noEvidence = attribute === 'evidence' && (p === undefined || (Array.isArray(p.value) && p.value.length === 0));
    const shown = noEvidence ? 'none declared' : p ? showValue(p.value) : 'unset';
    return { text: `${describe(el)}: ${attribute} = ${shown}${note ? ` (${note})` : ''}`, loc: p?.loc ?? el.headLoc };
  }

  /** A fact about an element without a single attribute behind it. */
  note(el: ModelBlock, text: string): Fact {
    return { text: `${describe(el)}: ${text}`, loc: el.headLoc };
  }

}

export function describe(el: ModelBlock): string {
  if (el.name !== undefined) return `${el.type} ${el.name}`;
  return el.parent ? `${describe(el.parent)} › ${el.type}` : el.type;
}

function showValue(v: unknown): string {
  if (v === undefined) return 'invalid';
  if (Array.isArray(v)) return `[${v.map(showValue).join(', ')}]`;
  if (typeof v === 'object' && v !== null && 'type' in v && 'name' in v) return `${(v as { type: string }).type}.${(v as { name: string }).name}`;
  return String(v);
}

export function modelDiagnosticToFinding(d: ModelDiagnostic): Finding {
  const f: Finding = { ruleId: d.code, severity: d.severity, defaultSeverity: d.severity, message: d.message, loc: d.loc, facts: [], related: d.related };
  // Quick fixes need these (did-you-mean replacements, "add required attribute").
  if (d.suggestions) f.suggestions = d.suggestions;
  if (d.missingAttribute) f.missingAttribute = d.missingAttribute;
  if (d.leftOut) f.leftOut = d.leftOut;
  return f;
}

/** A property a rule needed and the model leaves out. */
interface Need { el: ModelBlock; property: string }

/** One rule's output on one model, and the attribute names (and raw reads) it looked at. */
interface RuleRun { findings: Finding[]; needs: Need[]; reads: Set<string> }

/**
 * What an incremental analysis keeps between analyses of one model: each rule's last findings
 * keyed on what it read, and the reads behind the shared indexes (semantics, flows). Opaque to
 * callers; see `analyze`.
 */
export class AnalysisMemo {
  readonly runs = new Map<Rule, RuleRun>();
  /** The "unspecified" findings merged from the needs of these runs (reused while every run is). */
  unspecified: { runs: RuleRun[]; findings: Finding[] } | undefined;
  /** Attribute names read to build indexes every rule may use; grows, never shrinks (sound). */
  readonly shared = new Set<string>();
}

/** Counts of the last analysis, for timing logs and tests. */
export interface AnalysisStats { rulesRun: number; rulesReused: number }

/** Whether a rule that read `reads` (plus the shared reads) may see something different now. */
function affected(change: ModelChange, reads: Set<string>, shared: Set<string>): boolean {
  if (change.structural) return true;
  if (change.text && (reads.has(RAW_READ) || shared.has(RAW_READ))) return true;
  if (change.props.size > 0 && (reads.has(ANY_PROP) || shared.has(ANY_PROP))) return true;
  for (const name of change.props) if (reads.has(name) || shared.has(name)) return true;
  return false;
}

/**
 * A Semantics whose indexes, built on first use by whichever rule asks first, record their reads
 * as shared: every rule depends on them, not only the one that happened to build them.
 */
class SharedSemantics extends Semantics {
  constructor(model: Model, private readonly shared: Set<string>) { super(model); }
  override channelsFrom(c: ModelBlock): readonly ModelBlock[] { return trackReads(this.shared, () => super.channelsFrom(c)); }
  override channelsTo(c: ModelBlock): readonly ModelBlock[] { return trackReads(this.shared, () => super.channelsTo(c)); }
  override deploymentsOf(input: ModelBlock): ModelBlock[] { return trackReads(this.shared, () => super.deploymentsOf(input)); }
}

/**
 * Runs the rules over a model. With `incremental`, a rule whose recorded reads (attribute names,
 * raw text) do not meet what changed since the last analysis (`change`, from ModelCache) is not
 * run again: its findings are reused. Every read is recorded while a rule runs (read-tracking.ts),
 * so no rule declares its inputs by hand; a structural change re-runs everything. The findings
 * are the same as a from-scratch analysis (a property test checks it on random edits).
 */
export function analyze(model: Model, rules: Rule[], options: AnalysisOptions,
  incremental?: { memo: AnalysisMemo; change: ModelChange | undefined; stats?: AnalysisStats }): AnalysisResult {
  const memo = incremental?.memo ?? new AnalysisMemo();
  const change = incremental?.change;
  const shared = memo.shared;
  const sem = new SharedSemantics(model, shared);
  let flowIndex: FlowIndex | undefined;
  const flows = () => (flowIndex ??= trackReads(shared, () => new FlowIndex(model, (c) => sem.channelsFrom(c))));
  const findings: Finding[] = model.diagnostics.map(modelDiagnosticToFinding);
  const ruleFindings: Finding[] = [];
  const stats: AnalysisStats = { rulesRun: 0, rulesReused: 0 };
  const runs = new Map<Rule, RuleRun>();

  for (const rule of rules) {
    const prev = memo.runs.get(rule);
    let run: RuleRun;
    if (prev && change && !affected(change, prev.reads, shared)) {
      run = prev;
      stats.rulesReused++;
    } else {
      run = runRule(model, sem, flows, rule, shared);
      stats.rulesRun++;
    }
    runs.set(rule, run);
    // Copies: severity overrides and waivers below change findings, the memo keeps them as found.
    for (const f of run.findings) ruleFindings.push({ ...f });
  }
  memo.runs.clear();
  for (const [rule, run] of runs) memo.runs.set(rule, run);
  if (incremental?.stats) Object.assign(incremental.stats, stats);

  // One information finding per element and property, naming every rule that needed it, in the
  // order the rules asked. They depend on the runs' needs only: when every run was reused, so are
  // they (merging the needs of a large model on every keystroke was a tenth of an edit's cost).
  const ordered = rules.map((rule) => runs.get(rule)!);
  const last = memo.unspecified;
  let unspecified: Finding[];
  if (last && last.runs.length === ordered.length && last.runs.every((r, i) => r === ordered[i])) unspecified = last.findings;
  else {
    const needs = new Map<string, { el: ModelBlock; property: string; rules: Set<string> }>();
    for (let i = 0; i < rules.length; i++) {
      for (const { el, property } of ordered[i].needs) {
        const key = `${el.key}|${property}`;
        const n = needs.get(key);
        if (n) n.rules.add(rules[i].meta.id);
        else needs.set(key, { el, property, rules: new Set([rules[i].meta.id]) });
      }
    }
    unspecified = unspecifiedFindings(needs.values());
    memo.unspecified = { runs: ordered, findings: unspecified };
  }
  for (const f of unspecified) ruleFindings.push({ ...f });

  const known = new Set([...rules.map((r) => r.meta.id), META_UNSPECIFIED_ID]);
  const configured = applySeverityConfig(model, ruleFindings, known, options.overrides ?? {}, findings);
  applyWaivers(model, configured, known, options.today, findings);
  for (const f of configured) findings.push(f); // no spread: a garbage model can have 100k findings
  findings.sort(compareFindings);

  return new Analysis(findings, sem, flows, model);
}

/**
 * What `analyze` returns. Flows and blast radius are built on first use: the editor needs them
 * only for code lenses and hovers, and computing them for every element on every keystroke is
 * wasted work. The getters are the class's, not an object literal's: a literal made on every
 * analysis was measured to keep the last few analyses (and through their models every file's
 * text) alive past their first minor collection (see TrackedModel in model/build.ts).
 */
class Analysis implements AnalysisResult {
  private blast: BlastRadius[] | undefined;
  constructor(public findings: Finding[], readonly semantics: Semantics, private readonly flowIndexOf: () => FlowIndex, private readonly analysed: Model) {}
  get flows(): FlowIndex { return this.flowIndexOf(); }
  get blastRadius(): BlastRadius[] {
    return (this.blast ??= [...this.analysed.contexts, ...this.analysed.components].map((el) => blastRadius(el, this.semantics, this.flowIndexOf())));
  }
}

/** Build the indexes Semantics knows of now, so that the check below sees only caches added later. */
const warmed = new WeakSet<Semantics>();
function warm(sem: Semantics): void {
  if (warmed.has(sem)) return;
  warmed.add(sem);
  const none = undefined as unknown as ModelBlock; // the indexes are built whole, whatever is asked
  sem.channelsFrom(none);
  sem.deploymentsOf(none);
}

/** Run one rule in isolation, recording what it reads. */
function runRule(model: Model, sem: Semantics, flows: () => FlowIndex, rule: Rule, shared: Set<string>): RuleRun {
  const run: RuleRun = { findings: [], needs: [], reads: new Set() };
  const local: Finding[] = [];
  warm(sem);
  // A lazily built cache of Semantics that this rule filled is shared by later rules: count
  // everything this rule read as shared then (sound, if coarser than needed).
  const before = Object.values(sem);
  try {
    trackReads(run.reads, () => rule.check(new RuleContext(model, sem, flows, rule.meta, local, run.needs)));
    for (const f of local) run.findings.push(f);
  } catch (e) {
    // One broken rule must not take the others down: report it and keep going.
    run.findings.push({
      ruleId: INTERNAL_ERROR_ID, severity: 'error', defaultSeverity: 'error',
      message: `Rule ${rule.meta.id} (${rule.meta.slug}) failed on this model and reported nothing: ${(e as Error)?.message ?? String(e)}. The other rules still ran; please report this.`,
      loc: model.agent?.headLoc ?? { file: model.files[0]?.file ?? model.root, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
      facts: [{ text: `internal error in ${rule.meta.id}` }],
    });
  }
  const after = Object.values(sem);
  if (after.length !== before.length || after.some((v, i) => v !== before[i])) for (const r of run.reads) shared.add(r);
  return run;
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareText(a.loc.file, b.loc.file) || a.loc.range.start.line - b.loc.range.start.line
    || a.loc.range.start.character - b.loc.range.start.character || compareText(a.ruleId, b.ruleId);
}

/**
 * One information finding per element, listing every property some rule needed and left
 * unspecified, with the rules that need each one: a half-written context gets one entry, not one
 * per property. Quick fixes: one "Declare" per property value.
 */
function unspecifiedFindings(needs: Iterable<{ el: ModelBlock; property: string; rules: Set<string> }>): Finding[] {
  const byElement = new Map<string, { el: ModelBlock; props: { property: string; rules: string[] }[] }>();
  for (const n of needs) {
    let g = byElement.get(n.el.key);
    if (!g) byElement.set(n.el.key, (g = { el: n.el, props: [] }));
    g.props.push({ property: n.property, rules: [...n.rules].sort() });
  }
  const out: Finding[] = [];
  for (const { el, props } of byElement.values()) {
    props.sort((a, b) => compareText(a.property, b.property));
    const fixes: FixDescriptor[] = [];
    for (const p of props) fixes.push(...declareFixes(el, p.property));
    const allRules = [...new Set(props.flatMap((p) => p.rules))].sort();
    const names = props.map((p) => p.property);
    const message = props.length === 1
      ? `${describe(el)} does not say ${names[0]}, which ${andList(allRules)} need${allRules.length === 1 ? 's' : ''} to judge it. Ringside will not guess.`
      : `${describe(el)} does not say ${andList(names)}, which ${andList(allRules)} need to judge it. Ringside will not guess.`;
    out.push({
      ruleId: META_UNSPECIFIED_ID, severity: 'information', defaultSeverity: 'information',
      message, loc: el.headLoc, element: el.key,
      facts: props.map((p) => ({ text: `${p.property} is unset; needed by ${andList(p.rules)}`, loc: el.headLoc })),
      fixes, unspecified: { element: el.key, properties: props },
    });
  }
  return out;
}

function andList(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** "Declare property = value" fixes for one unset property: enum values with safe ones first, or true/false. */
function declareFixes(el: ModelBlock, property: string): FixDescriptor[] {
  const dot = property.lastIndexOf('.');
  const blockPath = dot >= 0 ? property.slice(0, dot) : '';
  const attribute = dot >= 0 ? property.slice(dot + 1) : property;
  const targetKey = blockPath ? `${el.key}.${blockPath}` : el.key;
  const blockType = blockPath ? blockPath.split('.').pop()! : el.type;
  const schema = BLOCK_SCHEMAS.get(blockType)?.attributes.find((a) => a.name === attribute);
  const t = schema?.type;
  const choices = t?.kind === 'enum' ? t.enum.values.map((v) => `"${v.value}"`) : t?.kind === 'bool' ? ['true', 'false'] : [];
  if (choices.length === 0 || choices.length > 8) return [];
  // Nothing is marked preferred: declaring a fact about the design is the author's call. The
  // editor orders these safe values first by trying each one (lsp/code-actions.ts).
  return choices.map((c) => ({ title: `Declare ${property} = ${c}`, steps: [{ op: 'set', element: targetKey, attribute, value: c }] }));
}

function applySeverityConfig(model: Model, findings: Finding[], known: Set<string>, settings: SeverityOverrides, out: Finding[]): Finding[] {
  const effective: SeverityOverrides = {};
  for (const [id, sev] of Object.entries(settings)) if (known.has(id)) effective[id] = sev;
  for (const r of model.review?.subs('rule') ?? []) {
    if (!r.name) continue;
    if (!known.has(r.name)) {
      const near = suggest(r.name, known);
      out.push({
        ruleId: WAIVER_CODES.reviewUnknownRule, severity: 'error', defaultSeverity: 'error', facts: [],
        message: `${r.name} is not a Ringside rule id.${didYouMean(near, (x) => x)} Rules are ${ruleRange(known)} and ${META_UNSPECIFIED_ID}.`,
        loc: { file: r.file, range: r.nameRange ?? r.typeRange },
        ...(near.length && r.nameRange ? { suggestions: { range: r.nameRange, values: near, quote: true } } : {}),
      });
      continue;
    }
    const sev = r.str('severity');
    if (sev) effective[r.name] = sev as Severity | 'off';
  }
  const kept: Finding[] = [];
  for (const f of findings) {
    const o = effective[f.ruleId];
    if (o === 'off') continue;
    if (o) f.severity = o;
    kept.push(f);
  }
  return kept;
}

/** "RS001 to RS045", from the registered ids, so the text follows the registry. */
function ruleRange(known: Set<string>): string {
  const ids = [...known].filter((k) => /^RS\d{3}$/.test(k)).sort();
  return ids.length ? `${ids[0]} to ${ids[ids.length - 1]}` : 'none';
}

function applyWaivers(model: Model, findings: Finding[], known: Set<string>, today: string, out: Finding[]): void {
  for (const w of model.waivers) {
    const id = w.name;
    if (!id) continue;
    const idLoc: Loc = { file: w.file, range: w.nameRange ?? w.typeRange };
    if (!known.has(id)) {
      const near = suggest(id, known);
      out.push({ ruleId: WAIVER_CODES.unknownRule, severity: 'error', defaultSeverity: 'error', loc: idLoc, facts: [],
        message: `Waiver for unknown rule ${id}.${didYouMean(near, (x) => x)} Rules are ${ruleRange(known)} and ${META_UNSPECIFIED_ID}.`,
        ...(near.length && w.nameRange ? { suggestions: { range: w.nameRange, values: near, quote: true } } : {}) });
      continue;
    }
    const target = w.ref('target')?.target;
    const expires = w.str('expires');
    const reason = w.str('reason') ?? '';
    const owner = w.str('owner') ?? '';
    if (!target || !expires) continue; // the model already reported what is missing
    if (expires < today) {
      out.push({ ruleId: WAIVER_CODES.expired, severity: 'error', defaultSeverity: 'error', facts: [{ text: `waiver ${id}: expires = ${expires}, today is ${today}` }],
        loc: w.prop('expires')?.loc ?? idLoc, element: w.key,
        message: `Waiver for ${id} on \`${target.key}\` expired on ${expires}; the finding is reported again. Renew it with a new date and a fresh reason, or fix the design.` });
      continue;
    }
    if (isPlaceholder(reason) || isPlaceholder(owner)) {
      const missing = [isPlaceholder(reason) ? 'reason' : '', isPlaceholder(owner) ? 'owner' : ''].filter(Boolean).join(' and ');
      const at = (isPlaceholder(reason) ? w.prop('reason')?.loc : w.prop('owner')?.loc) ?? idLoc;
      out.push({ ruleId: WAIVER_CODES.incomplete, severity: 'warning', defaultSeverity: 'warning', loc: at, element: w.key,
        facts: [{ text: `waiver ${id}: ${missing} not filled in` }],
        message: `Waiver for ${id} on ${target.key} is not filled in: write its ${missing}. Until then it suppresses nothing.` });
      continue;
    }
    let used = false;
    for (const f of findings) {
      if (f.ruleId !== id || f.suppression || !f.element) continue;
      if (f.element === target.key || isInside(model, f.element, target)) {
        f.suppression = { reason, owner, expires, loc: w.headLoc };
        used = true;
      }
    }
    if (!used) {
      out.push({ ruleId: WAIVER_CODES.unused, severity: 'warning', defaultSeverity: 'warning', loc: idLoc, element: w.key, facts: [],
        message: `Waiver for ${id} on \`${target.key}\` matches no finding; remove it, or check the rule id and target.`,
        fixes: [{ title: 'Remove the unused waiver', steps: [{ op: 'remove-block', loc: w.loc }] }] });
    }
  }
}

/** Whether the element named by `key` is nested (at any depth) inside `ancestor`. */
function isInside(model: Model, key: string, ancestor: ModelBlock): boolean {
  let el = model.elements.get(key)?.parent;
  while (el) {
    if (el === ancestor) return true;
    el = el.parent;
  }
  return false;
}
