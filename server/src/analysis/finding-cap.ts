// Bounded reports (issue 10): a file of a million tiny blocks produced millions of findings of
// one rule, and the reports ran out of memory. At most MAX_FINDINGS_PER_RULE_AND_FILE findings of
// one rule in one file are kept; the rest become one summary finding that says how many were left
// out, with the highest severity among them, so exit codes and counts of severity stay honest.
// Model diagnostics are bounded the same way when they are made (model/build.ts); their summaries
// (`leftOut`) are merged here with whatever else is left out.
import type { Finding } from './types';
import type { Severity } from '../model/types';
import { MAX_PER_RULE_AND_FILE, leftOutMessage } from '../model/cap';

export const MAX_FINDINGS_PER_RULE_AND_FILE = MAX_PER_RULE_AND_FILE;

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

export function capFindings(findings: Finding[], max = MAX_FINDINGS_PER_RULE_AND_FILE): Finding[] {
  const seen = new Map<string, number>();
  let over = false;
  for (const f of findings) {
    if (f.leftOut) continue;
    const key = `${f.ruleId}\u0000${f.loc.file}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > max) over = true;
  }
  // Summaries made with the model stand as they are unless more of their rule is left out here.
  if (!over) return findings;
  const kept: Finding[] = [];
  const left = new Map<string, { first: Finding; count: number; severity: Severity; at: number }>();
  const count = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.loc.file}`;
    if (!f.leftOut) {
      const n = (count.get(key) ?? 0) + 1;
      count.set(key, n);
      if (n <= max) { kept.push(f); continue; }
    }
    const l = left.get(key);
    const sev = f.suppression ? 'hint' : f.severity;
    const weight = f.leftOut ?? 1;
    if (!l) left.set(key, { first: f, count: weight, severity: sev, at: kept.length });
    else {
      l.count += weight;
      if (RANK[sev] > RANK[l.severity]) l.severity = sev;
    }
  }
  // Each summary goes where its rule's findings for that file stopped.
  const summaries = [...left.values()].sort((a, b) => b.at - a.at);
  for (const l of summaries) {
    kept.splice(l.at, 0, {
      ruleId: l.first.ruleId,
      severity: l.severity,
      defaultSeverity: l.severity,
      message: leftOutMessage(l.first.ruleId, l.count, max),
      loc: l.first.loc,
      facts: [],
      leftOut: l.count,
    });
  }
  return kept;
}
