// RS058: a hypercall interface into the vendor's hypervisor that does not check which guest code
// is calling. Hypercalls are a channel mechanism like IOCTLs, one level further down.
import type { Check } from './index';
import { type RuleModule, primary, q, code } from './extended-helpers';

const WEAK = new Set(['none', 'pid']);
const CONTROL = new Set(['unload', 'disable_protection', 'add_exclusion', 'update_policy', 'read_memory', 'write_memory']);

const check: Check = (ctx) => {
  for (const ch of ctx.model.channels) {
    if (ch.str('mechanism') !== 'hypercall') continue;
    const to = ch.ref('to')?.target;
    const kind = ctx.sem.kindOf(ctx.sem.contextOf(to ?? ch));
    if (!to || (kind !== 'hypervisor' && kind !== 'secure_kernel')) continue;
    const verification = ch.str('caller_verification');
    if (verification === undefined) { ctx.unspecified(ch, 'caller_verification'); continue; }
    if (!WEAK.has(verification)) continue;
    const control = (ch.strs('operations') ?? []).filter((o) => CONTROL.has(o));
    ctx.report({
      element: ch,
      severity: control.length > 0 ? 'error' : 'warning',
      message: `Hypercall interface ${code(ch.name)} into ${code(ctx.sem.contextOf(to)?.name)} accepts calls from any guest kernel code (caller_verification = ${verification}). ` +
        (control.length > 0 ? `Those calls include ${control.join(', ')}; ` : '') +
        'kernel-level attackers are who the hypervisor is meant to stand above, and they can issue hypercalls too.',
      facts: [ctx.fact(ch, 'mechanism', 'guest-to-hypervisor call'), ctx.fact(ch, 'caller_verification', 'caller not verified'), ...(control.length > 0 ? [ctx.fact(ch, 'operations', 'control operations')] : [])],
      fixes: [{ title: 'Accept hypercalls only from the measured, signed guest component registered at start-up', preferred: true, steps: [{ op: 'set', element: ch.key, attribute: 'caller_verification', value: q('signer') }] }],
    });
  }
};

export const RS058: RuleModule = {
  meta: {
    id: 'RS058', slug: 'hypercall-without-caller-check',
    title: 'Hypercall interface accepts calls from any guest kernel code',
    category: 'kernel-user-interface', defaultSeverity: 'warning',
    severityNote: 'Error when the interface changes what the hypervisor enforces; warning when it only reports.',
    rationale:
      'A hypervisor-based sensor is worth its cost because it sits above the guest kernel, out of reach of kernel-level attackers. ' +
      'Its interface to the guest is the hypercall: an instruction (VMCALL on Intel, VMMCALL on AMD) that traps to the hypervisor with a call code and parameters the guest chooses, and which the guest\'s kernel mode can issue. ' +
      'Microsoft\'s hypervisor specification shows the access control this needs: each hypercall is checked against the privileges of the calling partition and, with virtual trust levels, against which level issued it. ' +
      'A vendor hypervisor that lets any guest kernel code switch protection off or read memory hands those powers to the attacker it was built to stop. ' +
      'Inferred by Ringside: the caller should be the guest component the hypervisor measured and registered at start-up.',
    trigger: 'A `channel` with `mechanism = "hypercall"` whose receiver runs in a hypervisor or secure_kernel context, with `caller_verification` none or pid (unset is reported as unspecified). Error when its `operations` include unload, disable_protection, add_exclusion, update_policy, read_memory or write_memory.',
    series: [],
    primary: [
      primary('Microsoft Learn — Hyper-V Top-Level Functional Specification: hypercall interface', 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/hypercall-interface'),
      primary('Microsoft Learn — Hyper-V TLFS: virtual secure mode', 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/vsm'),
      primary('Intel — 64 and IA-32 Architectures Software Developer Manuals (VMX, VMCALL, EPT)', 'https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html'),
    ],
    related: ['RS029', 'RS032', 'RS060'],
    fixes: ['Accept hypercalls only from the measured, signed guest component'],
  },
  check,
};
