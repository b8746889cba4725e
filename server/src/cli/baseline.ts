// Baselines: the findings a team has reviewed and accepted for now, so `check --baseline FILE`
// reports (and fails on) only what is new. The file is JSON with one entry per finding, sorted,
// with the message and element next to the fingerprint so a reviewer can read what is accepted
// and a diff of the file shows exactly which findings were added or removed.
import type { Finding } from '../analysis/types';
import type { CheckResult } from '../check';
import { fingerprint } from './fingerprint';

export interface BaselineEntry { model: string; rule: string; element?: string; fingerprint: string; message: string }

export const BASELINE_FORMAT = 'ringside-baseline/v1';

export function baselineEntries(results: { model: string; findings: Finding[] }[]): BaselineEntry[] {
  const out: BaselineEntry[] = [];
  for (const r of results) for (const f of r.findings) {
    if (f.suppression) continue;
    out.push({ model: r.model, rule: f.ruleId, ...(f.element ? { element: f.element } : {}), fingerprint: fingerprint(f), message: f.message });
  }
  return out.sort((a, b) => a.model.localeCompare(b.model) || a.rule.localeCompare(b.rule) || (a.element ?? '').localeCompare(b.element ?? '') || a.fingerprint.localeCompare(b.fingerprint));
}

export function formatBaseline(entries: BaselineEntry[]): string {
  return JSON.stringify({ format: BASELINE_FORMAT, findings: entries }, null, 2) + '\n';
}

export function parseBaseline(text: string): { ok: true; entries: BaselineEntry[] } | { ok: false; message: string } {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { return { ok: false, message: `not JSON: ${(e as Error).message}` }; }
  const d = data as { format?: unknown; findings?: unknown };
  if (typeof d !== 'object' || d === null || d.format !== BASELINE_FORMAT || !Array.isArray(d.findings)) {
    return { ok: false, message: `not a Ringside baseline (expected "format": "${BASELINE_FORMAT}" and a "findings" list); write one with --write-baseline` };
  }
  const entries: BaselineEntry[] = [];
  for (const [i, e] of d.findings.entries()) {
    const x = e as Partial<BaselineEntry>;
    if (typeof x?.fingerprint !== 'string' || typeof x.model !== 'string') return { ok: false, message: `entry ${i + 1} needs "model" and "fingerprint" strings` };
    entries.push(x as BaselineEntry);
  }
  return { ok: true, entries };
}

/**
 * Removes from each result the findings the baseline accepts (by model and fingerprint; each
 * entry accepts one finding) and returns how many were removed.
 */
export function applyBaseline(results: { model: string; result: CheckResult }[], entries: BaselineEntry[]): number {
  const budget = new Map<string, number>();
  for (const e of entries) budget.set(`${e.model}\0${e.fingerprint}`, (budget.get(`${e.model}\0${e.fingerprint}`) ?? 0) + 1);
  let removed = 0;
  for (const { model, result } of results) {
    const keep = result.findings.filter((f) => {
      if (f.suppression) return true;
      const k = `${model}\0${fingerprint(f)}`;
      const n = budget.get(k) ?? 0;
      if (n === 0) return true;
      budget.set(k, n - 1);
      removed++;
      return false;
    });
    result.findings.length = 0;
    for (const f of keep) result.findings.push(f);
  }
  return removed;
}
