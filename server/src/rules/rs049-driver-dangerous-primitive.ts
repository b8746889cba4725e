// RS049: a channel into kernel code that reads or writes memory at caller-chosen addresses without
// checking who calls: the primitive that makes a signed driver a BYOVD gadget. Process termination
// over a channel is RS032's subject (state-changing operations); this rule adds memory access.
import type { Check } from './index';
import type { FixDescriptor } from '../analysis/types';
import { type RuleModule, primary, secondary, q, code, joinAnd, platformOfElement, kindSummary } from './extended-helpers';

const PRIMITIVES = ['read_memory', 'write_memory'];
const VERIFIED = new Set(['signer', 'ppl_signer', 'code_requirement']);
/** The strongest caller check each platform offers, for the fix. */
// Linux has no general check of a calling process's code signature, so only removal is offered there.
const BEST_CHECK: Record<string, string> = { windows: 'ppl_signer', macos: 'code_requirement' };
const MECHANISM_WORDS: Record<string, string> = { ioctl: 'IOCTL interface', filter_port: 'filter communication port', iokit_user_client: 'IOKit user client', kernel_control_socket: 'kernel control socket', netlink: 'netlink socket', hypercall: 'hypercall interface' };

const check: Check = (ctx) => {
  for (const ch of ctx.model.channels) {
    const to = ch.ref('to')?.target;
    const from = ch.ref('from')?.target;
    if (!to || !from) continue;
    const toCx = ctx.sem.contextOf(to);
    if (!ctx.sem.isPrivileged(toCx) || ctx.sem.isPrivileged(ctx.sem.contextOf(from))) continue;
    const exposed = (ch.strs('operations') ?? []).filter((o) => PRIMITIVES.includes(o));
    if (exposed.length === 0) continue;
    const verification = ch.str('caller_verification');
    if (verification === undefined) { ctx.unspecified(ch, 'caller_verification'); continue; }
    if (VERIFIED.has(verification)) continue;
    const platform = platformOfElement(ctx, to) ?? '';
    const mechanism = ch.str('mechanism') ?? '';
    // IOCTL is how Windows drivers name this interface; a Linux module exposes a device file.
    const what = mechanism === 'ioctl' && platform !== 'windows' ? 'device interface' : MECHANISM_WORDS[mechanism] ?? 'channel';
    const lead = `${what[0].toUpperCase()}${what.slice(1)}`;
    const fixes: FixDescriptor[] = [
      { title: `Remove ${joinAnd(exposed)} from the channel and do that work in user mode`, preferred: true, steps: exposed.map((o) => ({ op: 'remove-from-list' as const, element: ch.key, attribute: 'operations', value: q(o) })) },
    ];
    if (BEST_CHECK[platform]) fixes.push({ title: `Accept only callers verified by ${BEST_CHECK[platform]}`, steps: [{ op: 'set', element: ch.key, attribute: 'caller_verification', value: q(BEST_CHECK[platform]) }] });
    ctx.report({
      element: ch,
      message: `${lead} ${code(ch.name)} lets callers it does not verify ask ${kindSummary(ctx, toCx)} ${code(toCx?.name)} to ${joinAnd(exposed.map((o) => o.replace('_', ' ')))} (caller_verification = ${verification}). ` +
        'A signed kernel component that does this for anyone is a ready-made tool for attackers who load it themselves.',
      facts: [ctx.fact(ch, 'operations', 'kernel-level primitive'), ctx.fact(ch, 'caller_verification', 'caller not verified'), ctx.fact(toCx!, 'kind')],
      fixes,
    });
  }
};

export const RS049: RuleModule = {
  meta: {
    id: 'RS049', slug: 'kernel-primitive-for-any-caller',
    title: 'Kernel channel reads or writes memory at addresses unverified callers choose',
    category: 'kernel-user-interface', defaultSeverity: 'error',
    severityNote: 'Error because arbitrary memory access from user mode hands the kernel to whoever can open the channel, or load the driver.',
    rationale:
      'Attackers who reach administrator rights look for signed drivers that will do privileged work on request: terminate a protected process, or read and write memory at an address the caller chooses. ' +
      'Such drivers are the reason Microsoft keeps a vulnerable driver blocklist, and community lists such as LOLDrivers catalogue hundreds of them. ' +
      'A security product\'s driver is a prime candidate, because ending processes and reading memory are what it does. ' +
      'Keeping the primitive out of the kernel interface, or accepting only the vendor\'s own verified service as a caller, means a copy of the driver loaded by an attacker gives them nothing they did not have.',
    trigger: 'A `channel` from a component outside a privileged context to one inside it, whose `operations` include read_memory or write_memory, and whose `caller_verification` is none, pid or token. Unset `caller_verification` is reported as unspecified.',
    series: [],
    primary: [
      primary('Microsoft Learn — Microsoft recommended driver block rules', 'https://learn.microsoft.com/en-us/windows/security/application-security/application-control/app-control-for-business/design/microsoft-recommended-driver-block-rules'),
      primary('Microsoft Learn — Windows driver security checklist', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/driversecurity/driver-security-checklist'),
      secondary('LOLDrivers — community list of vulnerable and malicious Windows drivers', 'https://www.loldrivers.io/'),
    ],
    related: ['RS048', 'RS029', 'RS032'],
    fixes: ['Remove the primitive from the channel and do that work in user mode', 'Accept only callers whose code signature is verified'],
  },
  check,
};
