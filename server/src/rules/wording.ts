// Words that depend on the platform or context a finding is about, so that a message about a
// Linux module does not speak of Driver Verifier and one about a hypervisor does not call it
// ring 0. Rules call these instead of hard-coding Windows terms. Pure functions of the model.
import type { RuleContext } from '../analysis/engine';
import type { ModelBlock } from '../model/types';

/** The platform of an element: its context's own `platform`, else the agent's. */
export function platformOfElement(ctx: RuleContext, el: ModelBlock | undefined): string | undefined {
  let c = el;
  while (c && c.type !== 'context') c = c.parent;
  return ctx.sem.platformOf(c);
}

/** Where privileged code of a context runs, as a noun phrase: "ring 0", "the hypervisor" … */
export function privilegedPlace(ctx: RuleContext, context: ModelBlock | undefined): string {
  const kind = ctx.sem.kindOf(context);
  if (kind === 'hypervisor') return 'the hypervisor';
  if (kind === 'secure_kernel') return 'the secure kernel';
  return 'ring 0';
}

/** Adjective form: "ring-0" / "hypervisor" / "secure-kernel". */
export function privilegedAdjective(ctx: RuleContext, context: ModelBlock | undefined): string {
  const kind = ctx.sem.kindOf(context);
  return kind === 'hypervisor' ? 'hypervisor' : kind === 'secure_kernel' ? 'secure-kernel' : 'ring-0';
}

/** The platform's checker for kernel code in CI (Driver Verifier is Windows-only). */
export function kernelChecker(platform: string | undefined): string {
  if (platform === 'windows') return 'Driver Verifier';
  if (platform === 'linux') return 'KASAN';
  if (platform === 'macos') return 'a KASAN kernel from the Kernel Debug Kit';
  return 'a kernel address sanitizer';
}

/** The documented ways to observe and block on a platform, instead of patching the kernel. */
export function documentedHooks(platform: string | undefined): string {
  if (platform === 'windows') return 'the documented callbacks, minifilters or WFP';
  if (platform === 'linux') return 'tracepoints, LSM hooks (BPF-LSM) or fanotify';
  if (platform === 'macos') return 'Endpoint Security and NetworkExtension';
  return 'the documented kernel interfaces';
}

/** Mechanisms that can refuse an operation before it completes, on a platform. */
export function preOperationMechanisms(platform: string | undefined): string {
  if (platform === 'windows') return 'pre-operation callbacks or minifilters';
  if (platform === 'linux') return 'BPF-LSM or fanotify permission events';
  if (platform === 'macos') return 'Endpoint Security AUTH events';
  return 'pre-operation callbacks, ES AUTH, BPF-LSM or fanotify permission events';
}

/**
 * Text that continues a message as a sentence of its own: capitalised, without Markdown, and
 * starting with "Its" where it would otherwise open on an attribute name ("Its acl = …").
 */
export function asSentence(text: string): string {
  const plain = text.replace(/`/g, '');
  if (/^[a-z][a-z0-9_.]* = /.test(plain)) return `Its ${plain}`;
  return plain.replace(/^./, (x) => x.toUpperCase());
}
