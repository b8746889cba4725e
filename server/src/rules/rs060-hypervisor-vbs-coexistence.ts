// RS060: a Windows hypervisor component that needs virtualization-based security turned off.
import type { Check } from './index';
import { type RuleModule, primary, q, code, contextsOfKind } from './extended-helpers';

const check: Check = (ctx) => {
  for (const cx of contextsOfKind(ctx, 'hypervisor')) {
    if (ctx.sem.platformOf(cx) !== 'windows') continue;
    const mode = cx.str('vbs_coexistence');
    if (mode === undefined) { ctx.unspecified(cx, 'vbs_coexistence'); continue; }
    if (mode !== 'disables_vbs') continue;
    const ept = ctx.sem.componentsIn(cx).filter((c) => (c.strs('attach') ?? []).includes('ept_monitoring'));
    ctx.report({
      element: cx,
      message: `Hypervisor context ${code(cx.name)} needs virtualization-based security off, which also removes memory integrity and Credential Guard from every host it runs on. ` +
        (ept.length > 0 ? `Its EPT monitoring (${ept.map((c) => code(c.name)).join(', ')}) then replaces protections Windows already had.` : 'The product then lowers the protection it was installed to raise.'),
      facts: [ctx.fact(cx, 'vbs_coexistence', 'VBS off'), ...ept.map((c) => ctx.fact(c, 'attach', 'second-level page permissions'))],
      fixes: [
        { title: 'Build on the interfaces VBS provides instead of a hypervisor of its own', preferred: true, steps: [{ op: 'set', element: cx.key, attribute: 'vbs_coexistence', value: q('uses_vbs') }] },
        { title: 'Run nested under Hyper-V so VBS stays on', steps: [{ op: 'set', element: cx.key, attribute: 'vbs_coexistence', value: q('runs_nested') }] },
      ],
    });
  }
};

export const RS060: RuleModule = {
  meta: {
    id: 'RS060', slug: 'hypervisor-disables-vbs',
    title: 'Windows hypervisor component needs virtualization-based security turned off',
    category: 'platform', defaultSeverity: 'warning',
    severityNote: 'Warning because the trade is sometimes deliberate, but it removes protections customers may be required to keep.',
    rationale:
      'On Windows, virtualization-based security (VBS) uses the Windows hypervisor to create an isolated environment; memory integrity (HVCI) and Credential Guard run there. ' +
      'Only one hypervisor can own the processor\'s virtualization extensions, so a vendor hypervisor that monitors memory through second-level page tables (Intel EPT, AMD NPT) either runs nested under Hyper-V, builds on what VBS exposes, or needs VBS turned off. ' +
      'Turning VBS off removes memory integrity and Credential Guard from every host the product runs on. ' +
      'A design should state how its hypervisor lives with VBS.',
    trigger: 'A Windows context of `kind` hypervisor with `vbs_coexistence = "disables_vbs"` (unset is reported as unspecified).',
    series: [],
    primary: [
      primary('Microsoft Learn — Virtualization-based security (VBS)', 'https://learn.microsoft.com/en-us/windows-hardware/design/device-experiences/oem-vbs'),
      primary('Microsoft Learn — Driver compatibility with memory integrity and VBS', 'https://learn.microsoft.com/en-us/windows-hardware/test/hlk/testref/driver-compatibility-with-device-guard'),
      primary('Microsoft Learn — Run Hyper-V in a virtual machine with nested virtualization', 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/user-guide/nested-virtualization'),
      primary('Intel — 64 and IA-32 Architectures Software Developer Manuals (VMX, VMCALL, EPT)', 'https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html'),
    ],
    related: ['RS024', 'RS058'],
    fixes: ['Build on the interfaces VBS provides', 'Run nested under Hyper-V'],
  },
  check,
};
