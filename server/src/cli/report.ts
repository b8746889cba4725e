// What every output format is built from: the checked models plus the I/O problems.
import type { CheckResult } from '../check';
import type { LoadProblem } from '../model/load';
import type { Finding } from '../analysis/types';

export interface Report {
  results: CheckResult[];
  problems: LoadProblem[];
  /** Base folder paths are shown relative to. */
  cwd: string;
  version: string;
  /** Findings left out because a baseline accepts them. */
  baselined?: number;
}

export interface Counts { error: number; warning: number; information: number; hint: number; suppressed: number }

export function countFindings(findings: Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, information: 0, hint: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppression) c.suppressed++;
    else c[f.severity]++;
  }
  return c;
}
