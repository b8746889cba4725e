// RS048: older signed builds of the vendor's own Windows driver stay loadable (bring your own
// vulnerable driver), unless they are blocklisted.
import type { Check } from './index';
import type { ModelBlock } from '../model/types';
import { type RuleModule, primary, secondary, q, code, contextsOfKind } from './extended-helpers';

/** A channel from outside the context into one of its components: the driver's attack surface. */
function inboundChannels(ctx: Parameters<Check>[0], cx: ModelBlock): ModelBlock[] {
  return ctx.sem.componentsIn(cx).flatMap((c) => ctx.sem.channelsTo(c).filter((ch) => {
    const from = ch.ref('from')?.target;
    return !!from && ctx.sem.contextOf(from) !== cx;
  }));
}

const check: Check = (ctx) => {
  for (const cx of contextsOfKind(ctx, 'kernel_driver', 'boot_start_driver', 'elam_driver')) {
    if (ctx.sem.platformOf(cx) !== 'windows') continue;
    const fate = cx.str('superseded_versions');
    const inbound = inboundChannels(ctx, cx);
    if (fate === undefined) {
      // Without an interface callers can reach, an old build is a much smaller gift to an attacker.
      if (inbound.length > 0) ctx.unspecified(cx, 'superseded_versions');
      continue;
    }
    if (fate !== 'loadable') continue;
    const surface = inbound.map((c) => code(c.name)).join(', ');
    ctx.report({
      element: cx,
      message: `Older signed builds of kernel driver ${code(cx.name)} still load, so an administrator-level attacker can install a vulnerable one (bring your own vulnerable driver). ` +
        (surface ? `Its flaws would then be reachable through ${surface}; ` : '') + 'submit vulnerable builds to Microsoft\'s vulnerable driver blocklist.',
      facts: [ctx.fact(cx, 'superseded_versions', 'old builds load'), ...inbound.map((ch) => ctx.note(ch, 'reachable from outside the driver'))],
      fixes: [{ title: 'Submit vulnerable older builds to Microsoft\'s vulnerable driver blocklist', preferred: true, steps: [{ op: 'set', element: cx.key, attribute: 'superseded_versions', value: q('blocklisted') }] }],
    });
  }
};

export const RS048: RuleModule = {
  meta: {
    id: 'RS048', slug: 'superseded-driver-versions-loadable',
    title: 'Older signed builds of the vendor\'s Windows driver stay loadable',
    category: 'kernel-user-interface', defaultSeverity: 'warning',
    severityNote: 'Warning because the attacker already needs administrator rights; what the old build gives them is the kernel.',
    rationale:
      'A driver signature does not expire when the vendor fixes a bug: Windows keeps loading the old, vulnerable build unless something blocks it. ' +
      'Attackers who have administrator rights install such a build to reach kernel mode (bring your own vulnerable driver), and a security vendor\'s own drivers are attractive because they are designed to end processes and inspect memory. ' +
      'Microsoft maintains a vulnerable driver blocklist, which Windows applies and organisations can enforce with App Control for Business, and takes submissions of vulnerable drivers from vendors and researchers. ' +
      'A design should say what happens to superseded builds: blocklisted when they are vulnerable, or none released yet.',
    trigger: 'A Windows context of `kind` kernel_driver, boot_start_driver or elam_driver with `superseded_versions = "loadable"`. Unset is reported as unspecified when a channel from another context reaches one of its components.',
    series: [],
    primary: [
      primary('Microsoft Learn — Microsoft recommended driver block rules', 'https://learn.microsoft.com/en-us/windows/security/application-security/application-control/app-control-for-business/design/microsoft-recommended-driver-block-rules'),
      primary('Microsoft Security Intelligence — Vulnerable and malicious driver reporting center', 'https://www.microsoft.com/en-us/wdsi/driversubmission'),
      secondary('LOLDrivers — community list of vulnerable and malicious Windows drivers', 'https://www.loldrivers.io/'),
    ],
    related: ['RS049', 'RS050', 'RS047'],
    fixes: ['Submit vulnerable older builds to Microsoft\'s vulnerable driver blocklist'],
  },
  check,
};
