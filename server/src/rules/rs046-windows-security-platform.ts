// RS046: detection work inside a Windows kernel driver, with a route to Microsoft's Windows endpoint
// security platform (security products in user mode; private preview for MVI partners, July 2025).
import type { Check } from './index';
import type { FixDescriptor, FixStep } from '../analysis/types';
import { INTERPRETER_KINDS } from '../analysis/semantics';
import { type RuleModule, primary, q, code, joinAnd, contextsOfKind, freshName, TAMPER_SENSITIVE_ROLES } from './extended-helpers';

/** Work that decides rather than senses: it can run wherever the events are delivered. */
const DECIDING_KINDS = [...INTERPRETER_KINDS, 'detection_logic', 'correlator'];
const PLATFORM_KIND = 'windows_security_platform';

const check: Check = (ctx) => {
  const role = ctx.model.agent?.str('role');
  if (!role || !TAMPER_SENSITIVE_ROLES.has(role)) return;
  const target = contextsOfKind(ctx, PLATFORM_KIND)[0];
  for (const cx of contextsOfKind(ctx, 'kernel_driver', 'boot_start_driver')) {
    if (ctx.sem.platformOf(cx) !== 'windows') continue;
    const deciding = ctx.sem.componentsIn(cx).filter((c) => ctx.sem.hasKind(c, ...DECIDING_KINDS));
    if (deciding.length === 0) continue;
    const names = joinAnd(deciding.map((c) => code(c.name)));
    const kinds = [...new Set(deciding.flatMap((c) => ctx.sem.kinds(c).filter((k) => DECIDING_KINDS.includes(k))))];
    const name = target?.name ?? freshName(ctx, 'context', 'security_platform');
    const steps: FixStep[] = target ? [] : [{ op: 'add-block', near: cx.key, text: `context ${q(name)} {\n  kind = ${q(PLATFORM_KIND)}\n}\n` }];
    for (const c of deciding) steps.push({ op: 'move-block', element: c.key, toParent: `context.${name}` });
    const fixes: FixDescriptor[] = [{ title: `Move ${names} to the Windows endpoint security platform (user mode)`, preferred: true, steps }];
    ctx.report({
      element: cx,
      message: `Kernel driver ${code(cx.name)} runs detection work (${names}: ${kinds.join(', ')}) in kernel mode, where a fault stops the host. ` +
        'Microsoft\'s Windows endpoint security platform, in private preview for MVI partners since July 2025, is built so security products can do this in user mode: ' +
        'plan the move and keep the driver to sensing until the platform covers it.',
      facts: [ctx.fact(cx, 'kind', 'kernel mode'), ...deciding.map((c) => ctx.fact(c, 'kinds', 'decides rather than senses'))],
      related: deciding.map((c) => ({ loc: c.headLoc, message: `${code(c.name)} could run in user mode` })),
      fixes,
    });
  }
};

export const RS046: RuleModule = {
  meta: {
    id: 'RS046', slug: 'windows-security-platform-route',
    title: 'Detection work in a Windows kernel driver could move to the Windows endpoint security platform',
    category: 'untrusted-input-in-kernel', defaultSeverity: 'information',
    severityNote: 'Information because the platform is in private preview; the finding records the route, not a defect.',
    rationale:
      'In June 2025 Microsoft announced the Windows endpoint security platform: a set of capabilities that let anti-virus and EDR products run outside the kernel, with a private preview for Microsoft Virus Initiative (MVI) partners starting in July 2025. ' +
      'It follows the September 2024 Windows endpoint security summit and the November 2024 announcement that MVI partners must follow safe deployment practices. ' +
      'Evaluating detections, rules or content is the part of an agent that least needs ring 0 and whose faults most often come from new input; Microsoft describes Defender for Endpoint\'s kernel drivers as capturing signals while detection logic updates apply to user-mode components. ' +
      'This rule marks that work in a Windows kernel driver and offers the move to a `windows_security_platform` context. ' +
      'Which events and enforcement points the platform exposes is still being defined with vendors, so the sensing itself stays where it is.',
    trigger: 'The agent\'s `role` is edr, av or epp, and a Windows context of `kind` kernel_driver or boot_start_driver holds components whose `kinds` include content_interpreter, rule_engine, content_parser, signature_scanner, ml_inference, detection_logic or correlator. One finding per driver.',
    series: [],
    primary: [
      primary('Windows Experience Blog — The Windows Resiliency Initiative: building resilience for a future-ready enterprise, 26 Jun 2025', 'https://blogs.windows.com/windowsexperience/2025/06/26/the-windows-resiliency-initiative-building-resilience-for-a-future-ready-enterprise/'),
      primary('Windows Experience Blog — Windows security and resiliency: protecting your business, 19 Nov 2024', 'https://blogs.windows.com/windowsexperience/2024/11/19/windows-security-and-resiliency-protecting-your-business/'),
      primary('Microsoft Learn — Defender for Endpoint safe deployment practices', 'https://learn.microsoft.com/en-us/defender-endpoint/mde-sdp-strategy'),
      primary('Windows Experience Blog — Taking steps that drive resiliency and security for Windows customers, 12 Sep 2024', 'https://blogs.windows.com/windowsexperience/2024/09/12/taking-steps-that-drive-resiliency-and-security-for-windows-customers/'),
    ],
    related: ['RS001', 'RS047'],
    fixes: ['Move the detection components to a `windows_security_platform` context (created if the model has none)'],
    limitations: 'Ringside cannot know which of the driver\'s sensors the platform will replace; only components that decide rather than sense are moved.',
  },
  check,
};
