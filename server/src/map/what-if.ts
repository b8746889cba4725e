// What-if placement: what moving a component into another context changes, computed before
// anything is applied. The move is the fix engine's `move-block` step; its edits are applied to
// in-memory copies of the files and the copy is checked again, so the preview is exactly what
// applying the edit will produce.
import type { HclParser } from '../syntax/parser';
import { parseSource } from '../model/source';
import { checkSources, type CheckResult } from '../check';
import type { AnalysisOptions } from '../analysis/engine';
import type { Finding } from '../analysis/types';
import type { BlastRadius } from '../analysis/blast-radius';
import type { ModelBlock } from '../model/types';
import { applyEdits, fixEdits, type FileEdit } from '../fixes/apply';
import { CONTEXT_FACTS, type Band } from '../schema/context-kinds';
import { BAND_LABEL, bandIndex } from './graph';

export interface FindingChange { ruleId: string; severity: string; element?: string; message: string }

export interface ChannelCrossing {
  channel: string;
  from: string;
  to: string;
  /** Bands of the sending and receiving contexts, before and after the move. */
  before: { from?: Band; to?: Band };
  after: { from?: Band; to?: Band };
  /** The channel joins different bands after the move but did not before, or now goes up in privilege. */
  nowCrosses: boolean;
  /** It crossed before and no longer does. */
  noLongerCrosses: boolean;
  /** After the move it carries content into a more privileged band. */
  upwardAfter: boolean;
  form?: string;
}

export interface MovePreview {
  component: string;
  fromContext?: string;
  toContext: string;
  edits: FileEdit[];
  resolved: FindingChange[];
  introduced: FindingChange[];
  blastBefore?: BlastRadius;
  blastAfter?: BlastRadius;
  channels: ChannelCrossing[];
  /** Model errors after the move (should be none: the move keeps references valid). */
  errorsAfter: string[];
  after: CheckResult;
}

/** What identifies "the same finding" across a move: rule, element and, for needs, the property. */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.element ?? ''}|${f.unspecified?.properties.map((p) => p.property).join(',') ?? ''}${f.suppression ? '|waived' : ''}`;
}

function change(f: Finding): FindingChange {
  return { ruleId: f.ruleId, severity: f.suppression ? 'waived' : f.severity, element: f.element, message: f.message };
}

/** Keys of the contexts a component may move to: every other context with a known kind. */
export function moveTargets(result: CheckResult, componentKey: string): { key: string; name: string; kind: string; band: Band }[] {
  const comp = result.model.components.find((c) => c.key === componentKey);
  const current = comp && result.semantics.contextOf(comp);
  return result.model.contexts
    .filter((c) => c !== current && c.name && CONTEXT_FACTS.has(c.str('kind') ?? ''))
    .map((c) => ({ key: c.key, name: c.name!, kind: c.str('kind')!, band: CONTEXT_FACTS.get(c.str('kind')!)!.band }))
    .sort((a, b) => bandIndex(a.band) - bandIndex(b.band) || a.name.localeCompare(b.name));
}

function bandOfComponent(result: CheckResult, c: ModelBlock | undefined): Band | undefined {
  if (!c) return undefined;
  return CONTEXT_FACTS.get(result.semantics.kindOf(result.semantics.contextOf(c)) ?? '')?.band;
}

function crossings(before: CheckResult, after: CheckResult, componentKey: string): ChannelCrossing[] {
  const out: ChannelCrossing[] = [];
  for (const ch of after.model.channels) {
    const f = ch.ref('from')?.target, t = ch.ref('to')?.target;
    if (!ch.name || (f?.key !== componentKey && t?.key !== componentKey)) continue;
    const old = before.model.channels.find((c) => c.key === ch.key);
    const b = { from: bandOfComponent(before, old?.ref('from')?.target), to: bandOfComponent(before, old?.ref('to')?.target) };
    const a = { from: bandOfComponent(after, f), to: bandOfComponent(after, t) };
    const crossedBefore = b.from !== undefined && b.to !== undefined && b.from !== b.to;
    const crossesAfter = a.from !== undefined && a.to !== undefined && a.from !== a.to;
    const carries = ch.refs('carries').some((r) => r.target);
    const upwardAfter = carries && bandIndex(a.to) > bandIndex(a.from);
    const upwardBefore = carries && bandIndex(b.to) > bandIndex(b.from);
    out.push({
      channel: ch.key, from: f?.key ?? '?', to: t?.key ?? '?', before: b, after: a,
      nowCrosses: (crossesAfter && !crossedBefore) || (upwardAfter && !upwardBefore), noLongerCrosses: crossedBefore && !crossesAfter,
      upwardAfter, form: ch.str('form'),
    });
  }
  return out;
}

/**
 * Previews moving `componentKey` (e.g. `component.content_interpreter`) into `contextKey`. Throws an
 * Error with a clear message when either does not exist or the move is impossible.
 */
export function previewMove(parser: HclParser, before: CheckResult, componentKey: string, contextKey: string, options: AnalysisOptions): MovePreview {
  const comp = before.model.components.find((c) => c.key === componentKey);
  if (!comp) throw new Error(`There is no \`${componentKey}\` in this model.`);
  const target = before.model.contexts.find((c) => c.key === contextKey);
  if (!target) throw new Error(`There is no \`${contextKey}\` in this model.`);
  const fromCtx = before.semantics.contextOf(comp);
  if (fromCtx === target) throw new Error(`\`${componentKey}\` is already in \`${contextKey}\`.`);
  const edits = fixEdits(parser, before.model, { title: 'move', steps: [{ op: 'move-block', element: componentKey, toParent: contextKey }] });
  const files = before.model.files.map((sf) => {
    const mine = edits.filter((e) => e.file === sf.file);
    return mine.length ? parseSource(parser, sf.file, applyEdits(sf.text, mine)) : sf;
  });
  const after = checkSources(before.model.root, files, options);

  const count = (fs: Finding[]) => {
    const m = new Map<string, Finding[]>();
    for (const f of fs) (m.get(findingKey(f)) ?? m.set(findingKey(f), []).get(findingKey(f))!).push(f);
    return m;
  };
  const b = count(before.findings), a = count(after.findings);
  const resolved: FindingChange[] = [], introduced: FindingChange[] = [];
  for (const [k, fs] of b) for (const f of fs.slice(a.get(k)?.length ?? 0)) resolved.push(change(f));
  for (const [k, fs] of a) for (const f of fs.slice(b.get(k)?.length ?? 0)) introduced.push(change(f));

  return {
    component: componentKey, fromContext: fromCtx?.key, toContext: contextKey, edits, resolved, introduced,
    blastBefore: before.blastRadius.find((x) => x.element === componentKey),
    blastAfter: after.blastRadius.find((x) => x.element === componentKey),
    channels: crossings(before, after, componentKey),
    errorsAfter: after.model.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
    after,
  };
}

/** The preview in words, for the editor's confirmation dialog and the map. */
export function previewText(p: MovePreview): string {
  const name = p.component.replace(/^component\./, '');
  const lines: string[] = [`Move \`${name}\` from ${p.fromContext ?? 'nowhere'} to ${p.toContext}:`];
  const sev = (f: FindingChange) => `${f.ruleId} (${f.severity}) on ${f.element ?? 'the model'}`;
  lines.push(p.resolved.length ? `Resolves ${p.resolved.length}: ${p.resolved.map(sev).join('; ')}` : 'Resolves no finding.');
  lines.push(p.introduced.length ? `Introduces ${p.introduced.length}: ${p.introduced.map(sev).join('; ')}` : 'Introduces no finding.');
  if (p.blastBefore && p.blastAfter) {
    lines.push(`A crash takes down: ${p.blastBefore.crashText} → ${p.blastAfter.crashText}`);
    lines.push(`Recovery: ${p.blastBefore.recovery.replace(/_/g, ' ')} → ${p.blastAfter.recovery.replace(/_/g, ' ')}`);
  }
  for (const c of p.channels) {
    const band = (x?: Band) => (x ? BAND_LABEL[x] : '?');
    const what = c.upwardAfter ? `now carries content up in privilege (${band(c.after.from)} → ${band(c.after.to)}, form ${c.form ?? 'unspecified'})`
      : c.nowCrosses ? `now crosses ${band(c.after.from)} → ${band(c.after.to)}`
        : c.noLongerCrosses ? `no longer crosses a privilege boundary (was ${band(c.before.from)} → ${band(c.before.to)})`
          : `stays ${band(c.after.from)} → ${band(c.after.to)}`;
    lines.push(`Channel ${c.channel.replace(/^channel\./, '')}: ${what}`);
  }
  if (p.errorsAfter.length) lines.push(`The moved model has ${p.errorsAfter.length} error(s): ${p.errorsAfter[0]}`);
  return lines.join('\n');
}
