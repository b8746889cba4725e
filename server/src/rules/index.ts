// The rule pack: metadata from rules/meta.ts joined with the checks of each category module.
import type { Rule } from '../analysis/engine';
import type { RuleContext } from '../analysis/engine';
import { RULE_META } from './meta';
import { checks as untrustedInput } from './untrusted-input';
import { checks as contentDeployment } from './content-deployment';
import { checks as bootRecovery } from './boot-recovery';
import { checks as kernelQuality } from './kernel-quality';
import { checks as kernelInterface } from './kernel-interface';
import { checks as tamper } from './tamper';
import { checks as platform } from './platform';
import { EXTENDED_RULES } from './extended';

export type Check = (ctx: RuleContext) => void;

const ALL_CHECKS: Record<string, Check> = {
  ...untrustedInput, ...contentDeployment, ...bootRecovery, ...kernelQuality, ...kernelInterface, ...tamper, ...platform,
  ...Object.fromEntries(EXTENDED_RULES.map((r) => [r.meta.id, r.check])),
};

/** Every rule with both metadata and a check; test/unit/registry.test.ts fails when one lacks either. */
export const RULES: Rule[] = RULE_META.filter((meta) => ALL_CHECKS[meta.id]).map((meta) => ({ meta, check: ALL_CHECKS[meta.id] }));

/** Check ids without metadata, for the registry test. */
export const CHECKS_WITHOUT_META = Object.keys(ALL_CHECKS).filter((id) => !RULE_META.some((m) => m.id === id));
