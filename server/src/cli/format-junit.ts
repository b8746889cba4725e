// JUnit XML, the report format CI systems without SARIF support still show: one test suite per
// model, one test case per finding (errors and warnings fail it), load problems as errors.
import type { Finding } from '../analysis/types';
import { RULE_META_BY_ID } from '../rules/meta';
import type { Report } from './report';
import { modelName } from './analyze';

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
  // Characters XML 1.0 cannot carry at all.
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');

function testcase(f: Finding): string {
  const pos = `${f.loc.file}:${f.loc.range.start.line + 1}:${f.loc.range.start.character + 1}`;
  const name = `${f.ruleId} ${f.element ?? pos}`;
  const title = (RULE_META_BY_ID.get(f.ruleId) ?? f.meta)?.title ?? f.ruleId;
  const open = `    <testcase classname="${xml(f.loc.file)}" name="${xml(name)}" file="${xml(f.loc.file)}" line="${f.loc.range.start.line + 1}">`;
  if (f.severity === 'error' || f.severity === 'warning') {
    return `${open}\n      <failure type="${f.severity}" message="${xml(`${title}: ${f.message}`)}">${xml(`${pos}: ${f.severity} ${f.ruleId} ${f.message}`)}</failure>\n    </testcase>`;
  }
  return `${open}\n      <system-out>${xml(`${pos}: ${f.severity} ${f.ruleId} ${f.message}`)}</system-out>\n    </testcase>`;
}

export function formatJunit(report: Report): string {
  const suites: string[] = [];
  let tests = 0, failures = 0, errors = 0;
  for (const r of report.results) {
    const findings = r.findings.filter((f) => !f.suppression);
    const fails = findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
    const cases = findings.length ? findings.map(testcase) : [`    <testcase classname="${xml(modelName(r.model, report.cwd))}" name="no findings"/>`];
    tests += cases.length; failures += fails;
    suites.push(`  <testsuite name="${xml(modelName(r.model, report.cwd))}" tests="${cases.length}" failures="${fails}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  if (report.problems.length) {
    errors = report.problems.length; tests += errors;
    suites.push(`  <testsuite name="unreadable paths" tests="${errors}" failures="0" errors="${errors}" skipped="0">\n${report.problems.map((p) =>
      `    <testcase classname="${xml(p.path)}" name="read ${xml(p.path)}">\n      <error message="${xml(p.message)}"/>\n    </testcase>`).join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ringside" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
