// Shared helpers for the rules added by issue 8 §3 (RS046 onward). Each of those rules lives in one
// file holding its metadata, check and fixes; this module holds only what several of them use.
// Pure: no I/O. It imports nothing from rules/meta.ts, so meta.ts can import the rule files.
import type { Link, RuleMeta } from '../analysis/types';
import type { RuleContext } from '../analysis/engine';
import type { ModelBlock } from '../model/types';
import { CONTEXT_FACTS } from '../schema/context-kinds';
import type { Check } from './index';

/** A source link marked primary (the vendor's or maintainer's own text) or secondary. */
export type SourceLink = Link & { kind: 'primary' | 'secondary' };

export const primary = (title: string, url: string): SourceLink => ({ title, url, kind: 'primary' });
export const secondary = (title: string, url: string): SourceLink => ({ title, url, kind: 'secondary' });

/** One rule, whole: what the registry shows and what runs. */
export interface RuleModule {
  meta: Omit<RuleMeta, 'primary'> & { primary: SourceLink[] };
  check: Check;
}

export const q = (s: string): string => `"${s}"`;
/** An element name inside a message: plain text, as the first sentence is shown without Markdown. */
export const code = (s: string | undefined): string => s ?? '?';
/** "a", "a and b", "a, b and c". */
export const joinAnd = (xs: string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** Agent roles attackers try to switch off first. */
export const TAMPER_SENSITIVE_ROLES = new Set(['edr', 'av', 'epp']);
/** Windows kernel-mode driver context kinds. */
export const WINDOWS_DRIVER_KINDS = new Set(['kernel_driver', 'boot_start_driver', 'elam_driver']);

export function contextsOfKind(ctx: RuleContext, ...kinds: string[]): ModelBlock[] {
  return ctx.model.contexts.filter((c) => kinds.includes(ctx.sem.kindOf(c) ?? ''));
}

/** The platform an element runs on: its context's `platform`, else the agent's. */
export function platformOfElement(ctx: RuleContext, el: ModelBlock): string | undefined {
  const cx = el.type === 'context' ? el : ctx.sem.contextOf(el);
  return ctx.sem.platformOf(cx);
}

/** The one-line summary of a context kind, in the platform's own words ("Linux loadable kernel module"). */
export function kindSummary(ctx: RuleContext, cx: ModelBlock | undefined): string {
  const kind = ctx.sem.kindOf(cx);
  const summary = CONTEXT_FACTS.get(kind ?? '')?.summary;
  // Drop the parenthesis ("(ring 0)", "(deprecated)") so the phrase reads inside a sentence.
  return summary ? summary.replace(/\s*\([^)]*\)\s*$/, '') : `${kind ?? 'unknown'} context`;
}

/** Contexts whose code runs in or above the kernel (including verified eBPF). */
export function runsInKernel(ctx: RuleContext, cx: ModelBlock | undefined): boolean {
  const p = CONTEXT_FACTS.get(ctx.sem.kindOf(cx) ?? '')?.privilege;
  return p === 'ring0' || p === 'kernel_verified' || p === 'above_kernel';
}

/** A name `base`, `base_2`, ... that no element of `type` uses yet. */
export function freshName(ctx: RuleContext, type: string, base: string): string {
  let name = base;
  for (let i = 2; ctx.model.elements.has(`${type}.${name}`); i++) name = `${base}_${i}`;
  return name;
}
