// Which findings fail a CI run. Suppressed findings never do.
import type { Finding } from '../analysis/types';
export type FailOn = 'error' | 'warning' | 'never';

const RANK = { error: 3, warning: 2, information: 1, hint: 0 } as const;

export function failsOn(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const min = RANK[failOn];
  return findings.some((f) => !f.suppression && RANK[f.severity] >= min);
}
