// RS050: a Windows driver that is memory-integrity (HVCI) compatible but not compatible with
// kernel-mode hardware-enforced stack protection (CET shadow stacks, /CETCOMPAT).
import type { Check } from './index';
import { type RuleModule, primary, code, contextsOfKind } from './extended-helpers';

const check: Check = (ctx) => {
  for (const cx of contextsOfKind(ctx, 'kernel_driver', 'boot_start_driver', 'elam_driver')) {
    if (ctx.sem.platformOf(cx) !== 'windows') continue;
    // Kernel CET requires memory integrity; an HVCI-incompatible driver is RS024's finding first.
    if (cx.bool('hvci_compatible') !== true) continue;
    const cet = cx.bool('cet_compatible');
    if (cet === undefined) { ctx.unspecified(cx, 'cet_compatible'); continue; }
    if (cet) continue;
    ctx.report({
      element: cx,
      message: `Kernel driver ${code(cx.name)} works with memory integrity but not with kernel-mode hardware-enforced stack protection, so hosts that turn it on cannot load it. ` +
        'Link it with /CETCOMPAT and test it with kernel shadow stacks on.',
      facts: [ctx.fact(cx, 'hvci_compatible', 'memory integrity compatible'), ctx.fact(cx, 'cet_compatible', 'not shadow-stack compatible')],
      fixes: [{ title: 'Build with /CETCOMPAT and test with kernel shadow stacks enabled', preferred: true, steps: [{ op: 'set', element: cx.key, attribute: 'cet_compatible', value: 'true' }] }],
    });
  }
};

export const RS050: RuleModule = {
  meta: {
    id: 'RS050', slug: 'driver-not-kernel-cet-compatible',
    title: 'Windows driver is memory-integrity compatible but not kernel shadow-stack (CET) compatible',
    category: 'kernel-code-quality', defaultSeverity: 'information',
    severityNote: 'Information because kernel-mode stack protection is off by default today; it becomes a load failure on the hosts that turn it on.',
    rationale:
      'Kernel-mode hardware-enforced stack protection gives every kernel stack a shadow stack that the CPU (Intel CET or AMD shadow stacks) checks on each return, which stops return-oriented programming in the kernel. ' +
      'It builds on memory integrity: Microsoft lists virtualization-based security and HVCI as prerequisites, so it is the next requirement a driver meets after HVCI compatibility. ' +
      'The feature is off by default, but customers can turn it on, and Windows Security warns when incompatible drivers prevent it. ' +
      'A driver marks itself compatible with the `/CETCOMPAT` linker option and must not manipulate return addresses on its stack.',
    trigger: 'A Windows context of `kind` kernel_driver, boot_start_driver or elam_driver with `hvci_compatible = true` and `cet_compatible = false` (unset is reported as unspecified).',
    series: [],
    primary: [
      primary('Microsoft Learn — Kernel mode hardware-enforced stack protection', 'https://learn.microsoft.com/en-us/windows-server/security/kernel-mode-hardware-stack-protection'),
      primary('Microsoft Learn — /CETCOMPAT (CET shadow stack compatible)', 'https://learn.microsoft.com/en-us/cpp/build/reference/cetcompat'),
      primary('Microsoft Learn — Driver compatibility with memory integrity and VBS', 'https://learn.microsoft.com/en-us/windows-hardware/test/hlk/testref/driver-compatibility-with-device-guard'),
    ],
    related: ['RS024'],
    fixes: ['Build with /CETCOMPAT and test with kernel shadow stacks enabled'],
  },
  check,
};
