// Every quick fix of every finding on every fixture model (same discovery as fixtures.test.ts):
// applying it must not break the model (no new model error) and must make the finding go away (the
// same rule no longer fires on the same element). The "waive" action is checked the same way: the
// waiver it writes must suppress the finding. Rules and fixtures are written concurrently, so this
// test is generic and reads the fixtures at run time.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFixtureModels, type FixtureModel } from '../helpers/fixture-models';
import { repoRoot, parser, TEST_TODAY } from '../helpers/parser';
import { checkInput, type CheckResult } from '../../server/src/check';
import { MODEL_CODE_INFO } from '../../server/src/model/codes';
import { applyEdits, fixEdits, addWaiverEdit, type FileEdit } from '../../server/src/fixes/apply';
import type { Finding } from '../../server/src/analysis/types';
import type { HclParser } from '../../server/src/syntax/parser';

const root = repoRoot();
const models: FixtureModel[] = ['incidents', 'rules'].flatMap((sub) => collectFixtureModels(path.join(root, 'test', 'fixtures', sub)));

type Input = { root: string; files: { file: string; text: string }[] };

function modelErrors(r: CheckResult): string[] {
  return r.findings.filter((f) => MODEL_CODE_INFO.has(f.ruleId) && f.severity === 'error').map((f) => `${f.ruleId} ${f.message}`);
}

/** Errors in `after` that `before` did not have (as a multiset). */
function newErrors(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((e) => {
    const i = left.indexOf(e);
    if (i >= 0) { left.splice(i, 1); return false; }
    return true;
  });
}


/**
 * Whether `b` is still the finding `a` a fix addressed. Unspecified properties are grouped per
 * element, so a "Declare P = V" fix clears property P from the element's entry, not the entry.
 */
function sameFinding(a: Finding, b: Finding, declared?: string): boolean {
  if (a.ruleId !== b.ruleId || a.element !== b.element) return false;
  if (declared && b.unspecified) return b.unspecified.properties.some((p) => p.property === declared);
  return true;
}

function declaredBy(title: string): string | undefined {
  return /^Declare (\S+) = /.exec(title)?.[1];
}

/** What a user does after "Add waiver": fill in the reason and owner placeholders. */
function filledIn(edit: FileEdit): FileEdit {
  return { ...edit, newText: edit.newText.replace(/"TODO: why this risk is accepted"/, '"Accepted for the test."').replace(/"TODO: team"/, '"test team"') };
}

/** Applies edits to the model's files; reports overlapping or unsorted edits. */
function applyTo(input: Input, edits: FileEdit[]): Input | string {
  for (let i = 1; i < edits.length; i++) {
    const a = edits[i - 1], b = edits[i];
    if (a.file === b.file) {
      const ordered = a.range.end.line < b.range.start.line || (a.range.end.line === b.range.start.line && a.range.end.character <= b.range.start.character);
      if (!ordered) return 'edits overlap or are not sorted';
    }
  }
  const unknown = edits.find((e) => !input.files.some((f) => f.file === e.file));
  if (unknown) return `edit for a file outside the model: ${unknown.file}`;
  return { root: input.root, files: input.files.map((f) => ({ file: f.file, text: applyEdits(f.text, edits.filter((e) => e.file === f.file)) })) };
}

function recheck(p: HclParser, input: Input, before: CheckResult, f: Finding, edits: FileEdit[], label: string, wantSuppressed: boolean, declared?: string): string[] {
  const next = applyTo(input, edits);
  if (typeof next === 'string') return [`${label}: ${next}`];
  const after = checkInput(p, next, { today: TEST_TODAY });
  const problems = newErrors(modelErrors(before), modelErrors(after)).map((e) => `${label}: introduces ${e}`);
  const still = after.findings.find((g) => sameFinding(f, g, declared) && !g.suppression);
  if (still) problems.push(`${label}: ${f.ruleId} still fires on ${f.element ?? '(no element)'}: ${still.message}`);
  if (wantSuppressed && !after.findings.some((g) => sameFinding(f, g) && g.suppression)) {
    if (!still) problems.push(`${label}: the finding is gone instead of waived`);
  }
  return problems;
}

for (const m of models) {
  const rel = path.relative(root, m.name);
  const load = (): Input => ({ root: path.dirname(m.files[0]), files: m.files.map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') })) });

  test(`quick fixes: ${rel}`, async () => {
    const p = await parser();
    const input = load();
    const before = checkInput(p, input, { today: TEST_TODAY });
    const problems: string[] = [];
    for (const f of before.findings) {
      for (const fix of f.fixes ?? []) {
        const label = `${f.ruleId} on ${f.element ?? '(no element)'} — "${fix.title}"`;
        let edits: FileEdit[];
        try {
          edits = fixEdits(p, before.model, fix);
        } catch (e) {
          problems.push(`${label}: fixEdits failed: ${(e as Error).message}`);
          continue;
        }
        problems.push(...recheck(p, input, before, f, edits, label, false, declaredBy(fix.title)));
      }
    }
    assert.deepEqual(problems, [], `${rel}\n` + problems.join('\n'));
  });

  test(`waive action: ${rel}`, async () => {
    const p = await parser();
    const input = load();
    const before = checkInput(p, input, { today: TEST_TODAY });
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const f of before.findings) {
      if (!/^RS\d{3}$/.test(f.ruleId) || f.suppression || !f.element) continue;
      const key = `${f.ruleId}|${f.element}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const label = `waive ${f.ruleId} on ${f.element}`;
      let edit: FileEdit;
      try {
        edit = addWaiverEdit(before.model, f, TEST_TODAY);
      } catch (e) {
        problems.push(`${label}: addWaiverEdit failed: ${(e as Error).message}`);
        continue;
      }
      // As written, the waiver's placeholders make it incomplete: it must suppress nothing.
      const raw = applyTo(input, [edit]);
      if (typeof raw !== 'string') {
        const after = checkInput(p, raw, { today: TEST_TODAY });
        if (!after.findings.some((g) => g.ruleId === 'RS-WAIVER-INCOMPLETE')) problems.push(`${label}: the unfilled waiver is not reported as incomplete`);
        if (after.findings.some((g) => sameFinding(f, g) && g.suppression)) problems.push(`${label}: the unfilled waiver suppresses the finding`);
      }
      problems.push(...recheck(p, input, before, f, [filledIn(edit)], label, true));
    }
    assert.deepEqual(problems, [], `${rel}\n` + problems.join('\n'));
  });
}

test('quick-fix fixtures exist', () => {
  assert.ok(models.length > 0, 'no fixture models found under test/fixtures');
});
