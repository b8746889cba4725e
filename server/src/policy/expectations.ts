// Inline expectations for fixture models and policy tests, in the style of Semgrep's `ruleid:` comments:
//
//   # expect: RS001            the next non-comment line starts a finding of RS001
//   # expect: RS018 warning    ... and it has this severity
//   # expect: RS-ENUM@14       ... and it starts at column 14 (1-based)
//   # expect-not: RS034        RS034 must not fire anywhere in the model
//   # expect-meta: exact       RS-META-UNSPECIFIED findings are compared too (default: ignored
//                              unless some `expect: RS-META-UNSPECIFIED` is written)
//   # check-only: RS001 RS003  compare only these rules (and model errors); for per-rule
//                              fixtures that should not break when another rule changes
//                              (other rules' RS-META-UNSPECIFIED needs are then optional)
//
// Every finding of a rule (RSnnn, or a policy id such as ORG001) or model code must be expected;
// suppressed findings count as present only when written `expect: RSnnn waived`. The project's
// fixture tests and `ringside test-policies` both use this module. Pure: no I/O.
import type { Finding } from '../analysis/types';
import type { Model } from '../model/types';

export interface Expectation { file: string; line: number; column?: number; ruleId: string; severity?: string; waived: boolean; source: string }

const EXPECT = /^\s*(?:#|\/\/)\s*expect:\s*([A-Za-z][-A-Za-z0-9_]*)(?:@(\d+))?(?:\s+(error|warning|information|hint))?(\s+waived)?\s*$/;
const EXPECT_NOT = /^\s*(?:#|\/\/)\s*expect-not:\s*(.+)$/;
const EXPECT_META = /^\s*(?:#|\/\/)\s*expect-meta:\s*exact\s*$/;
const CHECK_ONLY = /^\s*(?:#|\/\/)\s*check-only:\s*(.+)$/;

export function readExpectations(files: { file: string; text: string }[]) {
  const expected: Expectation[] = [];
  const forbidden = new Set<string>();
  let metaExact = false;
  let only: Set<string> | undefined;
  for (const f of files) {
    const lines = f.text.split(/\r?\n/);
    lines.forEach((line, i) => {
      const m = EXPECT.exec(line);
      if (m) {
        // The finding is on the next line that is not itself a comment.
        let j = i + 1;
        while (j < lines.length && /^\s*(#|\/\/|$)/.test(lines[j])) j++;
        expected.push({ file: f.file, line: j, column: m[2] ? Number(m[2]) - 1 : undefined, ruleId: m[1], severity: m[3], waived: !!m[4], source: `${f.file}:${i + 1}` });
      }
      const n = EXPECT_NOT.exec(line);
      if (n) for (const id of n[1].split(/[\s,]+/).filter(Boolean)) forbidden.add(id);
      if (EXPECT_META.test(line)) metaExact = true;
      const o = CHECK_ONLY.exec(line);
      if (o) for (const id of o[1].split(/[\s,]+/).filter(Boolean)) (only ??= new Set()).add(id);
    });
  }
  if (expected.some((e) => e.ruleId === 'RS-META-UNSPECIFIED')) metaExact = true;
  return { expected, forbidden, metaExact, only };
}

/**
 * Compares findings with expectations; returns human-readable mismatches (empty = pass).
 * `scope` limits the comparison to those rule ids (plus model errors), as `check-only` does.
 */
export function compareExpectations(model: Model, findings: Finding[], scope?: ReadonlySet<string>): string[] {
  const read = readExpectations(model.files);
  const { expected, forbidden, metaExact } = read;
  const only = read.only ?? (scope ? new Set([...scope, ...expected.map((e) => e.ruleId)]) : undefined);
  const problems: string[] = [];
  // Model errors always count: a fixture must be a valid model. Everything else is a rule or policy.
  const isModelCode = (id: string) => /^RS-/.test(id) && id !== 'RS-META-UNSPECIFIED';
  // Under check-only, an unspecified-property finding that no listed rule needed is optional: it may
  // satisfy an expectation, but it is never reported as unexpected. A per-rule fixture then does not
  // break when another rule starts asking for one more property.
  const needScope = only && [...only].some((id) => id !== 'RS-META-UNSPECIFIED' && !isModelCode(id)) ? only : undefined;
  const optional = (f: Finding) => !!needScope && f.ruleId === 'RS-META-UNSPECIFIED' && !!f.unspecified && !neededBy(f).some((r) => needScope.has(r));
  const considered = findings.filter((f) => (metaExact || f.ruleId !== 'RS-META-UNSPECIFIED')
    && (!only || only.has(f.ruleId) || isModelCode(f.ruleId)));
  const unmatched = new Set(considered);
  for (const e of expected) {
    const fits = (f: Finding) => unmatched.has(f) && f.ruleId === e.ruleId && f.loc.file === e.file && f.loc.range.start.line === e.line
      && (e.column === undefined || f.loc.range.start.character === e.column)
      && (!e.severity || f.severity === e.severity) && !!f.suppression === e.waived;
    const hit = considered.find((f) => fits(f) && !optional(f)) ?? considered.find(fits);
    if (hit) unmatched.delete(hit);
    else {
      const near = considered.filter((f) => f.ruleId === e.ruleId).map((f) => `${f.loc.file}:${f.loc.range.start.line + 1}:${f.loc.range.start.character + 1} ${f.severity}${f.suppression ? ' waived' : ''}`);
      problems.push(`missing ${e.ruleId}${e.severity ? ' ' + e.severity : ''}${e.waived ? ' waived' : ''} at ${e.file}:${e.line + 1}${e.column !== undefined ? ':' + (e.column + 1) : ''} (expected by ${e.source})${near.length ? `; found it at ${near.join(', ')}` : ''}`);
    }
  }
  for (const f of unmatched) {
    if (optional(f)) continue;
    if (f.suppression && !expected.some((e) => e.waived)) continue;
    problems.push(`unexpected ${f.ruleId} ${f.severity}${f.suppression ? ' (waived)' : ''} at ${f.loc.file}:${f.loc.range.start.line + 1}: ${f.message}`);
  }
  for (const id of forbidden) {
    for (const f of findings.filter((x) => x.ruleId === id)) problems.push(`forbidden ${id} fired at ${f.loc.file}:${f.loc.range.start.line + 1}: ${f.message}`);
  }
  return problems;
}

/**
 * The rules behind an unspecified-property finding. Read loosely on purpose: the finding lists them
 * either once (`rules`) or per property (`properties[].rules`) when needs are grouped per element.
 */
function neededBy(f: Finding): string[] {
  const u = f.unspecified as unknown as { rules?: string[]; properties?: { rules?: string[] }[] } | undefined;
  return [...(u?.rules ?? []), ...(u?.properties ?? []).flatMap((p) => p.rules ?? [])];
}
