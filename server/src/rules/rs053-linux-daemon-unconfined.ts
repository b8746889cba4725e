// RS053: the Linux daemon that runs the agent's sensing or response is protected by nothing.
// RS034 goes quiet as soon as any sensing runs outside plain user mode (an eBPF probe, say), yet
// probes do not protect the daemon that loads them; this rule looks at the daemon itself.
import type { Check } from './index';
import type { FixDescriptor } from '../analysis/types';
import type { ModelBlock } from '../model/types';
import { type RuleModule, primary, q, code, joinAnd, contextsOfKind, freshName, TAMPER_SENSITIVE_ROLES } from './extended-helpers';

/** Confinement that stands between other root processes and the daemon. */
const PROTECTING = new Set(['selinux', 'apparmor', 'bpf_lsm']);
/** Plain user-mode contexts: when all the agent's sensing runs there, RS034 is the rule that speaks. */
const USER_ONLY = new Set(['user_service', 'user_process', 'injected_module']);

/**
 * Whether BPF-LSM programs run on the targets: unknown (undefined) unless `kernel_features` is
 * declared on the context or the agent; without bpf in the kernel's lsm= list they load but never run.
 */
function bpfLsmRuns(ctx: Parameters<Check>[0], cx: ModelBlock | undefined): boolean | undefined {
  const features = cx?.strs('kernel_features') ?? ctx.model.agent?.strs('kernel_features');
  return features === undefined ? undefined : features.includes('bpf_lsm');
}

/** A self-protection component that can refuse signals and ptrace aimed at the agent. */
function guardedByLsm(ctx: Parameters<Check>[0]): ModelBlock | undefined {
  return ctx.model.components.find((c) => {
    if (!ctx.sem.hasKind(c, 'self_protection')) return false;
    const cx = ctx.sem.contextOf(c);
    const kind = ctx.sem.kindOf(cx);
    return kind === 'linux_kernel_module'
      || (kind === 'ebpf_program' && (c.strs('attach') ?? []).includes('bpf_lsm') && bpfLsmRuns(ctx, cx) !== false);
  });
}

const check: Check = (ctx) => {
  const role = ctx.model.agent?.str('role');
  if (!role || !TAMPER_SENSITIVE_ROLES.has(role)) return;
  if (guardedByLsm(ctx)) return;
  // When every sensing and enforcing part runs in plain user mode, RS034 already reports that nothing
  // protects the agent; this rule covers the designs RS034 stops looking at.
  const hostActive = ctx.model.components.filter((c) => (ctx.sem.isSensor(c) || ctx.sem.hasKind(c, 'response_actuator', 'self_protection'))
    && ctx.sem.kindOf(ctx.sem.contextOf(c)) !== 'cloud_service');
  if (hostActive.every((c) => USER_ONLY.has(ctx.sem.kindOf(ctx.sem.contextOf(c)) ?? ''))) return;
  const probes = contextsOfKind(ctx, 'ebpf_program').filter((cx) => ctx.sem.platformOf(cx) === 'linux');
  for (const cx of contextsOfKind(ctx, 'user_service')) {
    if (ctx.sem.platformOf(cx) !== 'linux') continue;
    const active = ctx.sem.componentsIn(cx).filter((c) => ctx.sem.isSensor(c) || ctx.sem.hasKind(c, 'response_actuator', 'self_protection', 'detection_logic'));
    if (active.length === 0) continue;
    const confinement = cx.strs('confinement');
    if (confinement === undefined) { ctx.unspecified(cx, 'confinement'); continue; }
    if (confinement.some((c) => PROTECTING.has(c) && (c !== 'bpf_lsm' || bpfLsmRuns(ctx, cx) !== false))) continue;
    const fixes: FixDescriptor[] = [
      { title: 'Confine the daemon with an SELinux policy module of its own', preferred: true, steps: [{ op: 'add-to-list', element: cx.key, attribute: 'confinement', value: q('selinux') }] },
      { title: 'Confine the daemon with an AppArmor profile', steps: [{ op: 'add-to-list', element: cx.key, attribute: 'confinement', value: q('apparmor') }] },
    ];
    if (probes.length > 0 && bpfLsmRuns(ctx, probes[0]) !== false) {
      const name = freshName(ctx, 'component', 'agent_guard');
      fixes.push({
        title: `Add a BPF-LSM program to ${code(probes[0].name)} that refuses signals, ptrace and writes aimed at the agent`,
        steps: [{ op: 'add-block', parent: probes[0].key, text: `component ${q(name)} {\n  kinds  = ["self_protection"]\n  attach = ["bpf_lsm"]\n}\n` }],
      });
    }
    const probeNote = probes.length > 0 ? ` The eBPF programs in ${joinAnd(probes.map((p) => code(p.name)))} observe the system; they do not protect the daemon that loads them.` : '';
    ctx.report({
      element: cx,
      message: `Linux daemon ${code(cx.name)} runs ${joinAnd(active.map((c) => code(c.name)))} as root with no SELinux, AppArmor or BPF-LSM protection, so any root process can kill, ptrace or replace it.${probeNote}`,
      facts: [ctx.fact(cx, 'confinement', confinement.length === 0 ? 'nothing declared' : 'no mandatory access control'), ...active.map((c) => ctx.fact(c, 'kinds'))],
      fixes,
    });
  }
};

export const RS053: RuleModule = {
  meta: {
    id: 'RS053', slug: 'linux-daemon-unconfined',
    title: 'Linux agent daemon is not protected by SELinux, AppArmor or BPF-LSM',
    category: 'tamper-and-opposite-risk', defaultSeverity: 'warning',
    severityNote: 'Warning because the attacker needs root first; the daemon then falls with one signal, and every probe it loaded with it.',
    rationale:
      'On Linux the daemon that loads the agent\'s eBPF programs, reads their ring buffers and carries out responses is an ordinary root process unless something confines it. ' +
      'Observing the system from the kernel does not protect that process: a root attacker can still signal, trace or replace it, and probes whose loader is gone stop being read. ' +
      'Linux offers mandatory access control for this — an SELinux domain or an AppArmor profile of the agent\'s own, or a BPF-LSM program that refuses signals, ptrace and writes aimed at the agent. ' +
      'systemd\'s sandboxing directives are worth having, but they restrict what the daemon itself may do if it is compromised, not what other root processes may do to it. ' +
      'Ringside\'s RS034 stops looking once any sensing runs outside plain user mode (an eBPF probe, a kernel module); this rule checks the daemon in exactly those designs, and leaves all-user-mode designs to RS034.',
    trigger: 'The agent\'s `role` is edr, av or epp; a Linux `user_service` context holds sensing, detection, response or self-protection components; its `confinement` lists none of selinux, apparmor or bpf_lsm; no self_protection component runs in a Linux kernel module or in an eBPF program attached with bpf_lsm; and some sensing or enforcement runs outside plain user mode (otherwise RS034 applies). Unset `confinement` is reported as unspecified.',
    series: [],
    primary: [
      primary('Linux kernel documentation — Linux Security Module usage', 'https://docs.kernel.org/admin-guide/LSM/index.html'),
      primary('Linux kernel documentation — LSM BPF programs', 'https://docs.kernel.org/bpf/prog_lsm.html'),
      primary('systemd — systemd.exec(5): sandboxing', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html'),
    ],
    related: ['RS034', 'RS042'],
    fixes: ['Confine the daemon with an SELinux policy module', 'Confine the daemon with an AppArmor profile', 'Add a BPF-LSM self-protection program'],
    limitations: 'A confining policy is only as good as its rules; Ringside takes the declaration at its word.',
  },
  check,
};
