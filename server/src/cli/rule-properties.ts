// SARIF rule properties for code scanning: tags, CWE ids, a numeric security-severity and a
// precision. GitHub reads `security-severity` (0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high,
// 9.0+ critical) and `precision`, and files `external/cwe/cwe-N` tags under the CWE:
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#reportingdescriptor-object
import type { RuleMeta, Severity } from '../analysis/types';

/**
 * A CWE only where the rule's trigger is that weakness, not merely a possible consequence of it.
 * Placement rules (RS001 "an interpreter in the kernel") name a design risk no CWE entry
 * describes, so they carry none.
 */
export const RULE_CWES: Record<string, { cwe: number[]; why: string }> = {
  RS004: { cwe: [125, 129], why: 'fires when a privileged consumer reads structured input without runtime bounds checks or a field-count schema: an unchecked index into the input (CWE-129, https://cwe.mitre.org/data/definitions/129.html) that reads past the end of the array (CWE-125, https://cwe.mitre.org/data/definitions/125.html), as Channel File 291\'s 21st field did (CrowdStrike root cause analysis, https://www.crowdstrike.com/wp-content/uploads/2024/08/Channel-File-291-Incident-Root-Cause-Analysis-08.06.2024.pdf)' },
  RS013: { cwe: [345], why: 'fires when delivered content is unsigned or its integrity is not verified on the endpoint: insufficient verification of data authenticity (https://cwe.mitre.org/data/definitions/345.html)' },
  RS028: { cwe: [770], why: 'fires when kernel buffering grows without a bound or allocates per event without limit: allocation without limits (https://cwe.mitre.org/data/definitions/770.html)' },
  RS029: { cwe: [306], why: 'fires when a kernel endpoint has no ACL or verifies callers by nothing or by process id alone: a privileged function reachable without authenticating the caller (https://cwe.mitre.org/data/definitions/306.html)' },
  RS030: { cwe: [20, 367], why: 'fires when a kernel-side channel does no validation (improper input validation, https://cwe.mitre.org/data/definitions/20.html) or lets user memory be read twice (method_neither, unlocked shared memory, double fetch: a time-of-check time-of-use race, https://cwe.mitre.org/data/definitions/367.html)' },
  RS031: { cwe: [1088], why: 'fires when the kernel waits for a user-mode verdict without a timeout: synchronous access of a remote resource without timeout (https://cwe.mitre.org/data/definitions/1088.html)' },
  RS032: { cwe: [862], why: 'fires when unload, disable or exclusion operations are accepted from callers trusted below an authenticated peer: missing authorization (https://cwe.mitre.org/data/definitions/862.html)' },
};

/**
 * security-severity by the rule's default severity. # inferred: Ringside's severities are
 * design judgements, not CVSS scores; the figures place error in GitHub's "high", warning in
 * "medium", information and hint in "low", the bands the severities were chosen to mean.
 */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', information: '3.0', hint: '1.0' };

export function securitySeverity(s: Severity): string {
  return SECURITY_SEVERITY[s];
}

/**
 * precision: a rule reads only what the design declares, never guesses from names, so its
 * findings are `high` precision; a rule whose trigger the language cannot express fully (it has
 * `limitations`) can miss context and is `medium`.
 */
export function rulePrecision(m: RuleMeta): 'high' | 'medium' {
  return m.limitations ? 'medium' : 'high';
}

export function ruleTags(m: RuleMeta): string[] {
  return ['security', m.category, ...(RULE_CWES[m.id]?.cwe ?? []).map((n) => `external/cwe/cwe-${n}`)];
}
