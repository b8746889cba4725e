// What a change did to a design's risk: findings introduced, resolved and changed (matched by
// their stable fingerprint, never by line), components that moved between execution contexts or
// privilege levels, blast-radius and release-reach changes, and waivers added, removed or
// expired. Pure: it compares two sets of checked models.
import type { Finding } from '../analysis/types';
import type { BlastRadius } from '../analysis/blast-radius';
import type { CheckResult } from '../check';
import type { ModelBlock, Severity } from '../model/types';
import { CONTEXT_FACTS } from '../schema/context-kinds';
import { fingerprint } from './fingerprint';

export interface NamedResult { name: string; result: CheckResult }

export interface DiffFinding { model: string; finding: Finding }
export interface ChangedFinding { model: string; before: Finding; after: Finding; what: string[] }
export interface Placement { context?: string; kind?: string; privilege?: string }
export interface Move { model: string; element: string; from: Placement; to: Placement; privilege: 'raised' | 'lowered' | 'same' | 'unknown' }
export interface ElementChange { model: string; element: string; change: 'added' | 'removed'; placement: Placement }
export interface BlastChange { model: string; element: string; aspect: 'crash' | 'recovery' | 'release reach' | 'boot-critical'; before: string; after: string; worse: boolean | undefined }
export interface WaiverChange { model: string; rule: string; target: string; change: 'added' | 'removed' | 'expired' | 'renewed'; expires?: string; reason?: string; owner?: string }

export interface RiskDiff {
  models: { name: string; status: 'added' | 'removed' | 'compared' }[];
  introduced: DiffFinding[];
  resolved: DiffFinding[];
  changed: ChangedFinding[];
  unchanged: DiffFinding[];
  moves: Move[];
  elements: ElementChange[];
  blast: BlastChange[];
  waivers: WaiverChange[];
}

/**
 * Privilege levels from least to most (context-kinds.ts `privilege`). Off-host code and code in
 * another process are not on the ladder's privileged end; a move up it is "raised".
 */
const PRIVILEGE_ORDER = ['off_host', 'in_other_process', 'user', 'user_protected', 'kernel_verified', 'ring0', 'above_kernel'];

const CRASH_ORDER = ['process', 'service', 'host', 'host_every_boot', 'fleet'];
const RECOVERY_ORDER = ['fix_at_source', 'restart', 'reboot', 'safe_mode_or_winre', 'hands_on_per_host'];
const REACH_ORDER = ['not_delivered', 'first_ring', 'all_hosts'];

export function diffResults(base: NamedResult[], head: NamedResult[], today: string): RiskDiff {
  const d: RiskDiff = { models: [], introduced: [], resolved: [], changed: [], unchanged: [], moves: [], elements: [], blast: [], waivers: [] };
  const baseBy = new Map(base.map((b) => [b.name, b.result]));
  const headBy = new Map(head.map((h) => [h.name, h.result]));
  const names = [...new Set([...baseBy.keys(), ...headBy.keys()])].sort();
  for (const name of names) {
    const b = baseBy.get(name), h = headBy.get(name);
    d.models.push({ name, status: !b ? 'added' : !h ? 'removed' : 'compared' });
    compareFindings(name, b?.findings ?? [], h?.findings ?? [], d);
    comparePlacement(name, b, h, d);
    compareWaivers(name, b?.model.waivers ?? [], h?.model.waivers ?? [], today, d);
  }
  return d;
}

function compareFindings(model: string, before: Finding[], after: Finding[], d: RiskDiff): void {
  const group = (fs: Finding[]) => {
    const m = new Map<string, Finding[]>();
    for (const f of fs) { const k = fingerprint(f); const l = m.get(k); if (l) l.push(f); else m.set(k, [f]); }
    return m;
  };
  const b = group(before), a = group(after);
  for (const [k, heads] of a) {
    const bases = b.get(k) ?? [];
    heads.forEach((f, i) => {
      const old = bases[i];
      if (!old) { d.introduced.push({ model, finding: f }); return; }
      const what: string[] = [];
      if (old.severity !== f.severity) what.push(`severity ${old.severity} → ${f.severity}`);
      if (!!old.suppression !== !!f.suppression) what.push(f.suppression ? `now waived (until ${f.suppression.expires})` : 'no longer waived');
      if (old.message !== f.message) what.push('message changed');
      if (what.length) d.changed.push({ model, before: old, after: f, what });
      else d.unchanged.push({ model, finding: f });
    });
    for (const old of bases.slice(heads.length)) d.resolved.push({ model, finding: old });
  }
  for (const [k, bases] of b) if (!a.has(k)) for (const f of bases) d.resolved.push({ model, finding: f });
}

function placement(r: BlastRadius): Placement {
  return { context: r.context, kind: r.contextKind, privilege: r.contextKind ? CONTEXT_FACTS.get(r.contextKind)?.privilege : undefined };
}

function comparePlacement(model: string, b: CheckResult | undefined, h: CheckResult | undefined, d: RiskDiff): void {
  const before = new Map((b?.blastRadius ?? []).map((r) => [r.element, r]));
  const after = new Map((h?.blastRadius ?? []).map((r) => [r.element, r]));
  for (const [el, r] of after) {
    const old = before.get(el);
    if (!old) { if (b) d.elements.push({ model, element: el, change: 'added', placement: placement(r) }); continue; }
    if (el.startsWith('component.') && (old.context !== r.context || old.contextKind !== r.contextKind)) {
      const from = placement(old), to = placement(r);
      const i = PRIVILEGE_ORDER.indexOf(from.privilege ?? ''), j = PRIVILEGE_ORDER.indexOf(to.privilege ?? '');
      d.moves.push({ model, element: el, from, to, privilege: i < 0 || j < 0 ? 'unknown' : j > i ? 'raised' : j < i ? 'lowered' : 'same' });
    }
    const aspects: [BlastChange['aspect'], string, string, string, string, string[] | undefined][] = [
      ['crash', old.crash, r.crash, old.crashText, r.crashText, CRASH_ORDER],
      ['recovery', old.recovery, r.recovery, old.recoveryText, r.recoveryText, RECOVERY_ORDER],
      ['release reach', old.fleetReach, r.fleetReach, old.fleetText, r.fleetText, REACH_ORDER],
      ['boot-critical', String(old.bootCritical), String(r.bootCritical), String(old.bootCritical), String(r.bootCritical), ['false', 'true']],
    ];
    for (const [aspect, x, y, xt, yt, order] of aspects) {
      if (x === y) continue;
      const i = order?.indexOf(x) ?? -1, j = order?.indexOf(y) ?? -1;
      d.blast.push({ model, element: el, aspect, before: xt, after: yt, worse: i < 0 || j < 0 ? undefined : j > i });
    }
  }
  if (h) for (const [el, r] of before) if (!after.has(el)) d.elements.push({ model, element: el, change: 'removed', placement: placement(r) });
}

function waiverKey(w: ModelBlock): string {
  const t = w.ref('target');
  return `${w.name ?? ''} ${t ? `${t.type}.${t.name}` : ''}`;
}

function compareWaivers(model: string, before: ModelBlock[], after: ModelBlock[], today: string, d: RiskDiff): void {
  const b = new Map(before.map((w) => [waiverKey(w), w]));
  const a = new Map(after.map((w) => [waiverKey(w), w]));
  const info = (w: ModelBlock, change: WaiverChange['change']): WaiverChange => {
    const t = w.ref('target');
    return { model, rule: w.name ?? '', target: t ? `${t.type}.${t.name}` : '', change, expires: w.str('expires'), reason: w.str('reason'), owner: w.str('owner') };
  };
  // Both sides are judged on the same day, so a waiver "expires" in a change when its date is
  // moved into the past or it is added already expired; a later date "renews" it.
  const expired = (w: ModelBlock) => { const e = w.str('expires'); return e !== undefined && e < today; };
  for (const [k, w] of a) {
    const old = b.get(k);
    if (!old) d.waivers.push(info(w, expired(w) ? 'expired' : 'added'));
    else if (expired(w) && !expired(old)) d.waivers.push(info(w, 'expired'));
    else if ((w.str('expires') ?? '') > (old.str('expires') ?? '')) d.waivers.push(info(w, 'renewed'));
  }
  for (const [k, w] of b) if (!a.has(k)) d.waivers.push(info(w, 'removed'));
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** The introduced findings that fail the run: not waived, at or above `failOn`. */
export function failingIntroduced(d: RiskDiff, failOn: 'error' | 'warning' | 'never'): DiffFinding[] {
  if (failOn === 'never') return [];
  return d.introduced.filter((x) => !x.finding.suppression && RANK[x.finding.severity] >= RANK[failOn]);
}
