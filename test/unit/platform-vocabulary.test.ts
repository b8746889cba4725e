// Messages speak the platform of the element (issue 8 §2): no rule message or quick-fix title on a
// Linux or macOS design uses Windows-only vocabulary, and none on a hypervisor calls it ring 0.
// Data: the deliberately poor designs in test/fixtures/platforms/ (Linux kernel module and eBPF,
// macOS kext and system extension, a hypervisor), plus every incident and rule fixture whose
// agent is not on Windows.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFixtureModels } from '../helpers/fixture-models';
import { repoRoot, parser, TEST_TODAY } from '../helpers/parser';
import { checkInput } from '../../server/src/check';
import type { Finding } from '../../server/src/analysis/types';

/**
 * Windows-only terms, as whole words. Chosen to be unambiguous: "registry" alone is left out
 * because it also names the rule registry and package registries; "registry callback" is in.
 */
const WINDOWS_ONLY: [string, RegExp][] = [
  ['IOCTL', /\bIOCTLs?\b/i], ['APC', /\bAPCs?\b/], ['Driver Verifier', /\bDriver Verifier\b/i], ['bugcheck', /\bbug ?checks?(ed)?\b/i],
  ['BSOD', /\bBSOD\b/i], ['blue screen', /\bblue screen\b/i], ['PatchGuard', /\bPatchGuard\b/i], ['Kernel Patch Protection', /\bKernel Patch Protection\b/i],
  ['minifilter', /\bminifilters?\b/i], ['Filter Manager', /\bFilter Manager\b/i], ['ELAM', /\bELAM\b/], ['WHQL', /\bWHQL\b/], ['HLK', /\bHLK\b/],
  ['registry callback', /\bregistry callbacks?\b/i], ['WinRE', /\bWinRE\b/], ['Safe Mode', /\bSafe Mode\b/], ['BitLocker', /\bBitLocker\b/i],
  ['HVCI', /\bHVCI\b/], ['memory integrity', /\bmemory integrity\b/i], ['WFP', /\bWFP\b/], ['ETW', /\bETW\b/], ['IRQL', /\bIRQL\b|DISPATCH_LEVEL/],
  ['PPL', /\bPPL\b/], ['Quick Machine Recovery', /\bQuick Machine Recovery\b/i], ['Windows Update', /\bWindows Update\b/i], ['AMSI', /\bAMSI\b/],
  ['WDAC', /\bWDAC\b|\bApp Control\b/], ['ALPC', /\bALPC\b/], ['Windows', /\bWindows\b/],
];
/** A hypervisor runs below the kernel: "ring 0" or "kernel driver" misdescribes it. */
const NOT_FOR_HYPERVISOR: [string, RegExp][] = [['ring 0', /\bring[- ]0\b/i], ['kernel driver', /\bkernel driver\b/i]];

const root = repoRoot();
const platformDir = path.join(root, 'test', 'fixtures', 'platforms');
const models = [
  ...collectFixtureModels(platformDir),
  ...['incidents', 'rules'].flatMap((sub) => collectFixtureModels(path.join(root, 'test', 'fixtures', sub))),
];

/** Text a user reads for a finding: its message and its quick-fix titles. */
function shown(f: Finding): string[] {
  return [f.message, ...(f.fixes ?? []).map((x) => x.title)];
}

const fired = new Set<string>();
let checked = 0;

for (const m of models) {
  const files = m.files.map((f) => ({ file: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }));
  const platform = /platform\s*=\s*"(\w+)"/.exec(files.map((f) => f.text).join('\n'))?.[1];
  if (platform === undefined || platform === 'windows') continue;
  // A mixed design with a Windows context is not a non-Windows design.
  if (files.some((f) => /platform\s*=\s*"windows"/.test(f.text))) continue;
  const inPlatformDir = m.files[0].startsWith(platformDir);
  test(`${path.relative(root, m.name)} speaks ${platform}, not Windows`, async () => {
    const p = await parser();
    const result = checkInput(p, { root: path.dirname(m.files[0]), files }, { today: TEST_TODAY });
    const rules = result.findings.filter((f) => /^RS\d{3}$/.test(f.ruleId));
    if (inPlatformDir) {
      assert.deepEqual(result.model.diagnostics.map((d) => d.message), [], 'platform fixtures are valid models');
      assert.ok(rules.length >= 5, `a platform fixture should make several rules fire; got ${rules.map((f) => f.ruleId).join(', ')}`);
    }
    const problems: string[] = [];
    for (const f of rules) {
      fired.add(f.ruleId);
      checked++;
      for (const text of shown(f)) {
        for (const [term, re] of WINDOWS_ONLY) if (re.test(text)) problems.push(`${f.ruleId} says "${term}" on ${platform}: ${text}`);
        const el = f.element ? result.model.elements.get(f.element) : undefined;
        let ctx = el;
        while (ctx && ctx.type !== 'context') ctx = ctx.parent;
        if (ctx?.str('kind') === 'hypervisor') {
          for (const [term, re] of NOT_FOR_HYPERVISOR) if (re.test(text)) problems.push(`${f.ruleId} says "${term}" about a hypervisor: ${text}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('the platform fixtures exercise most of the rule pack', () => {
  // Runs after the per-model tests above (node:test runs top-level tests in order).
  assert.ok(checked > 0);
  assert.ok(fired.size >= 30, `only ${fired.size} rules fired on non-Windows designs: ${[...fired].sort().join(' ')}`);
});
