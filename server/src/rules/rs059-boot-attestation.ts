// RS059: an agent that depends on early-boot code but whose back end never verifies how the host
// booted (Secure Boot, measured boot, the anti-malware boot driver's measurements).
import type { Check } from './index';
import { type RuleModule, primary, q, code, joinAnd } from './extended-helpers';

const check: Check = (ctx) => {
  const agent = ctx.model.agent;
  if (!agent) return;
  const early = ctx.model.contexts.filter((cx) => {
    const kind = ctx.sem.kindOf(cx);
    return kind === 'elam_driver' || kind === 'boot_start_driver' || (kind === 'linux_kernel_module' && cx.str('start') === 'boot');
  });
  if (early.length === 0) return;
  const attestation = agent.str('boot_attestation');
  if (attestation === undefined) { ctx.unspecified(agent, 'boot_attestation'); return; }
  if (attestation !== 'none') return;
  const windows = early.some((cx) => ctx.sem.platformOf(cx) === 'windows');
  ctx.report({
    element: agent,
    message: `Agent ${code(agent.name)} loads code at boot (${joinAnd(early.map((cx) => code(cx.name)))}), but its back end takes each host's word that this happened. ` +
      (windows
        ? 'Measured boot records Secure Boot state and the boot drivers, including the early-launch anti-malware driver, in the TPM; verify that log remotely.'
        : 'Measured boot records the boot chain in the TPM; verify that log remotely.'),
    facts: [ctx.fact(agent, 'boot_attestation'), ...early.map((cx) => ctx.fact(cx, 'kind', 'loads at boot'))],
    fixes: [{ title: 'Verify the TPM measured-boot log in the back end', preferred: true, steps: [{ op: 'set', element: agent.key, attribute: 'boot_attestation', value: q('measured_boot') }] }],
  });
};

export const RS059: RuleModule = {
  meta: {
    id: 'RS059', slug: 'early-boot-code-without-attestation',
    title: 'Early-boot code without remote verification of how the host booted',
    category: 'boot-and-recovery', defaultSeverity: 'information',
    severityNote: 'Information because attestation detects a subverted boot rather than preventing one; the early-boot code is still worth having.',
    rationale:
      'Early-boot code is there to see what loads before the rest of the agent: on Windows the early-launch anti-malware (ELAM) driver classifies boot drivers before they initialise. ' +
      'A bootkit that disables Secure Boot or loads before it can also make the host report that all is well. ' +
      'Measured boot lets a remote party check instead: the firmware and Windows record each boot component, ELAM driver included, in the TPM, and a back end can verify that log. ' +
      'A design that loads early-boot code should say whether its back end verifies the log or trusts the host.',
    trigger: 'The model has an elam_driver or boot_start_driver context, or a linux_kernel_module with `start = "boot"`, and the agent declares `boot_attestation = "none"` (unset is reported as unspecified).',
    series: [],
    primary: [
      primary('Microsoft Learn — Secure the Windows boot process', 'https://learn.microsoft.com/en-us/windows/security/operating-system-security/system-security/secure-the-windows-10-boot-process'),
      primary('Microsoft Learn — Early launch antimalware', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/install/early-launch-antimalware'),
    ],
    related: ['RS018', 'RS020'],
    fixes: ['Verify the TPM measured-boot log in the back end'],
  },
  check,
};
