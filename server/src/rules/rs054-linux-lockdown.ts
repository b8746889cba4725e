// RS054: Linux kernel lockdown on the target hosts refuses what the design relies on: unsigned
// modules (integrity mode), kprobes and eBPF reads of kernel memory (confidentiality mode).
import type { Check } from './index';
import { type RuleModule, primary, q, code, contextsOfKind } from './extended-helpers';

const UNTRUSTED_SIGNERS = new Set(['none', 'self', 'test']);

const check: Check = (ctx) => {
  const agent = ctx.model.agent;
  if (!agent) return;
  const lockdown = agent.str('lockdown');
  for (const cx of contextsOfKind(ctx, 'linux_kernel_module')) {
    if (ctx.sem.platformOf(cx) !== 'linux') continue;
    const signer = cx.str('signer');
    if (signer === undefined || !UNTRUSTED_SIGNERS.has(signer)) continue;
    if (lockdown === undefined) { ctx.unspecified(agent, 'lockdown'); continue; }
    if (lockdown === 'none') continue;
    ctx.report({
      element: cx,
      severity: 'error',
      message: `Kernel module ${code(cx.name)} is signed by ${signer}, and lockdown = ${lockdown} on the target hosts refuses modules the kernel cannot verify: it will not load there. ` +
        'Sign it with a key the kernel trusts (a distribution key or one enrolled as a machine owner key).',
      facts: [ctx.fact(cx, 'signer', 'not verifiable by the kernel'), ctx.fact(agent, 'lockdown')],
      fixes: [{ title: 'Sign the module with a distribution or enrolled machine owner key', preferred: true, steps: [{ op: 'set', element: cx.key, attribute: 'signer', value: q('distro') }] }],
    });
  }
  for (const c of ctx.model.components) {
    const cx = ctx.sem.contextOf(c);
    if (ctx.sem.kindOf(cx) !== 'ebpf_program' || ctx.sem.platformOf(cx) !== 'linux') continue;
    if (!(c.strs('attach') ?? []).includes('kprobe')) continue;
    if (lockdown === undefined) { ctx.unspecified(agent, 'lockdown'); continue; }
    if (lockdown !== 'confidentiality') continue;
    ctx.report({
      element: c,
      message: `eBPF probe ${code(c.name)} attaches with kprobes, which lockdown = confidentiality on the target hosts refuses. ` +
        'Reads of kernel memory from eBPF are refused there too: plan a stable attach point and data that needs no such reads.',
      facts: [ctx.fact(c, 'attach', 'kprobe'), ctx.fact(agent, 'lockdown')],
      fixes: [{ title: 'Attach to a stable tracepoint instead of a kprobe', preferred: true, steps: [
        { op: 'remove-from-list', element: c.key, attribute: 'attach', value: q('kprobe') },
        ...((c.strs('attach') ?? []).includes('tracepoint') ? [] : [{ op: 'add-to-list' as const, element: c.key, attribute: 'attach', value: q('tracepoint') }]),
      ] }],
    });
  }
};

export const RS054: RuleModule = {
  meta: {
    id: 'RS054', slug: 'linux-lockdown-refuses-design',
    title: 'Linux kernel lockdown on the target hosts refuses the agent\'s module or probes',
    category: 'platform', defaultSeverity: 'warning',
    severityNote: 'Error for a module that cannot load at all; warning for kprobes refused in confidentiality mode, where part of the telemetry goes missing.',
    rationale:
      'Kernel lockdown is a Linux security module that keeps even root from changing or reading the running kernel; many distributions turn it on in integrity mode when the machine boots with UEFI Secure Boot. ' +
      'In integrity mode the kernel refuses modules whose signature it cannot verify, among other interfaces. ' +
      'Confidentiality mode additionally refuses the creation of perf and ftrace kprobes and the eBPF helpers that read kernel memory, which is what many eBPF sensors rely on; kprobes registered from signed modules stay allowed. ' +
      'A design for Linux fleets should say which lockdown mode its hosts run and keep to what that mode allows.',
    trigger: 'A Linux `linux_kernel_module` context whose `signer` is none, self or test while the agent declares `lockdown` integrity or confidentiality (error); or an eBPF component attached with kprobe while the agent declares `lockdown = "confidentiality"` (warning). Unset `lockdown` is reported as unspecified when either situation could arise.',
    series: [],
    primary: [
      primary('Linux man-pages — kernel_lockdown(7)', 'https://man7.org/linux/man-pages/man7/kernel_lockdown.7.html'),
      primary('Linux kernel commit a94549dd — lockdown: lock down tracing and perf kprobes in confidentiality mode', 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=a94549dd87f5ea4ca50fee493df08a2dc6256b53'),
      primary('Linux kernel commit 9d1f8be5 — bpf: restrict bpf when kernel lockdown is in confidentiality mode', 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=9d1f8be5cf42b497a3bddf1d523f2bb142e9318c'),
      primary('Linux kernel documentation — Kernel module signing facility', 'https://docs.kernel.org/admin-guide/module-signing.html'),
    ],
    related: ['RS025', 'RS042', 'RS044'],
    fixes: ['Sign the module with a distribution or enrolled machine owner key', 'Attach to a stable tracepoint instead of a kprobe'],
    limitations: 'Ringside cannot see which eBPF helpers a program calls; a tracepoint program that reads kernel memory is refused in confidentiality mode too.',
  },
  check,
};
