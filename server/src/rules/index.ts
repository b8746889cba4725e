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

export type Check = (ctx: RuleContext) => void;

const ALL_CHECKS: Record<string, Check> = {
  ...untrustedInput, ...contentDeployment, ...bootRecovery, ...kernelQuality, ...kernelInterface, ...tamper, ...platform,
};

export const RULES: Rule[] = RULE_META.map((meta) => {
  const check = ALL_CHECKS[meta.id];
  if (!check) throw new Error(`rule ${meta.id} has metadata but no check`);
  return { meta, check };
});
