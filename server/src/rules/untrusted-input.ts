// Placeholder until the rules of this category land.
import type { Check } from './index';
export const checks: Record<string, Check> = {};
